#include "auditupload.h"

#include "audit/auditlog.h"
#include "replica/syncstate.h"
#include "wirecodec.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace Qadam::Sync::AuditUpload {

Result<Batch> next(Database &db, SyncState &state, int limit)
{
    Batch b;
    auto after = state.auditUploadedThrough();
    if (!after.ok())
        return after.error();
    // The end first: an event appended while this runs belongs to the next batch.
    auto end = AuditLog::lastSeq(db);
    if (!end.ok())
        return end.error();
    b.after = after.value();
    if (end.value() < b.after)  // a chain that restarted (a wiped and re-made store): from its start
        b.after = 0;
    auto events = AuditLog::eventsWithoutOps(db, b.after, end.value(), limit + 1);
    if (!events.ok())
        return events.error();
    QList<AuditEvent> &list = events.value();
    b.more = list.size() > limit;
    if (b.more)
        list.resize(limit);
    b.scannedThrough = b.more ? list.constLast().seq : end.value();
    b.events.reserve(size_t(list.size()));
    for (const AuditEvent &e : list) {
        pb::DeviceAuditEvent w;
        w.set_seq(quint64(e.seq));
        w.set_id(Wire::uuidToBytes(e.id));
        w.set_at(e.at);
        w.set_action(e.action.toStdString());
        w.set_entity(e.entity.toStdString());
        w.set_record_id(Wire::uuidToBytes(e.recordId));
        w.set_person_id(Wire::uuidToBytes(e.personId));
        // The server would refuse the whole request for it: one odd event must not stop the sync.
        if (const QString fault = Wire::deviceAuditFault(w); !fault.isEmpty()) {
            qCWarning(lcSync) << "audit event" << e.seq << "not uploadable:" << fault;
            continue;
        }
        b.events.push_back(std::move(w));
    }
    return b;
}

Status settle(SyncState &state, const Batch &batch, quint64 auditThrough)
{
    qint64 mark = batch.scannedThrough;
    if (!batch.events.empty() && auditThrough < batch.events.back().seq())
        mark = std::min<qint64>(qint64(auditThrough), batch.after);
    if (mark == batch.after)
        return {};
    return state.setAuditUploadedThrough(mark);
}

} // namespace Qadam::Sync::AuditUpload
