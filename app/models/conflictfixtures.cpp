// TEST AND SCREENSHOT-TOUR ONLY: synthetic conflicts and refused changes (see the header).
#include "conflictfixtures.h"

#include "storeworker.h"

#include "replica/replica.h"
#include "store/database.h"
#include "util/clock.h"
#include "util/uuid.h"
#include "write/outbox.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam::ConflictFixtures {

Result<QString> personInScope(CoreContext &ctx, int skip)
{
    auto stmt = ctx.db.prepare(u"SELECT id FROM person WHERE case_status = 'active' "
                               u"ORDER BY (case_officer_id = ?1) DESC, id LIMIT 1 OFFSET ?2"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, ctx.actor.userId).bind(2, qint64(skip));
    auto row = stmt.value().step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error::make(Error::NotFound, u"no active person in the store"_s);
    return stmt.value().text(0);
}

Result<QString> addConflict(CoreContext &ctx, const QString &entity, const QString &recordId, const QString &field,
                            const QVariant &serverValue, const QVariant &deviceValue, int minutesAgo)
{
    auto device = ctx.writes.deviceId();
    if (!device.ok())
        return device.error();
    auto record = ctx.writes.get(entity, recordId);
    if (!record.ok())
        return record.error();
    RemoteConflict c;
    c.id = newUuidV7(ctx.clock.nowMs());
    c.entity = entity;
    c.recordId = recordId;
    c.bucket = entity == u"Person" ? recordId : record.value().fields.value(u"personId"_s).toString();
    c.field = field;
    c.serverValue = serverValue;
    c.deviceValue = deviceValue;
    c.deviceId = device.value();
    c.userId = ctx.actor.userId;
    c.at = ctx.clock.nowMs() - minutesAgo * 60 * 1000LL;
    RemotePage page;
    page.conflicts << c;
    Replica replica(ctx.db, ctx.clock);
    if (Status s = replica.applyPage(page); !s.ok())
        return s.error();
    return c.id;
}

Result<qint64> addRejectedPatch(CoreContext &ctx, const QString &entity, const QString &recordId,
                                const QVariantMap &changes, const QString &code, const QString &field)
{
    auto record = ctx.writes.get(entity, recordId);
    if (!record.ok())
        return record.error();
    const QString newestSql = u"SELECT coalesce(max(device_seq), 0) FROM outbox"_s;
    auto before = ctx.db.scalar(newestSql);
    if (!before.ok())
        return before.error();
    if (Status s = ctx.writes.update(entity, recordId, record.value().version, changes); !s.ok())
        return s.error();
    auto newest = ctx.db.scalar(newestSql);
    if (!newest.ok())
        return newest.error();
    // An edit that changes nothing writes no op: there would be nothing for the server to refuse.
    if (newest.value().toLongLong() == before.value().toLongLong())
        return Error::make(Error::Invalid, u"the change leaves the record as it was"_s);
    RemoteOpResult refused;
    refused.deviceSeq = newest.value().toLongLong();
    refused.outcome = OpOutcome::Rejected;
    refused.reason = code;
    refused.field = field;
    Replica replica(ctx.db, ctx.clock);
    if (Status s = replica.applyResults({refused}); !s.ok())
        return s.error();
    return refused.deviceSeq;
}

Result<Seeded> seed(CoreContext &ctx)
{
    auto person = personInScope(ctx);
    auto other = personInScope(ctx, 1);
    if (!person.ok() || !other.ok())
        return person.ok() ? other.error() : person.error();
    Seeded seeded;
    seeded.personId = person.value();
    auto notes = addConflict(ctx, u"Person"_s, seeded.personId, u"notes"_s,
                             u"Works shifts at the bakery on Abai street. Prefers appearances on Tuesday mornings."_s,
                             u"Started at the bakery this month. Asked to move the probation appearance to Thursdays."_s);
    if (!notes.ok())
        return notes.error();
    // Half an hour apart: the list's order (oldest first) never rests on two ids made in one
    // millisecond, which a UUIDv7's random bits order either way.
    auto status = addConflict(ctx, u"Person"_s, seeded.personId, u"caseStatus"_s, u"active"_s, u"transferred"_s, 90);
    if (!status.ok())
        return status.error();
    seeded.conflictIds << notes.value() << status.value();
    auto refused = addRejectedPatch(ctx, u"Person"_s, other.value(),
                                    {{u"notes"_s, u"Visited at home; the family asks for help with documents."_s}},
                                    u"out_of_scope"_s);
    if (!refused.ok())
        return refused.error();
    seeded.rejectedSeqs << refused.value();
    return seeded;
}

Status seedBlocking(StoreWorker &worker)
{
    Status outcome = Error::make(Error::Locked, u"no store attached"_s);
    worker.runBlocking([&outcome](CoreContext &ctx) { outcome = Status::of(seed(ctx)); });
    return outcome;
}

} // namespace Qadam::ConflictFixtures
