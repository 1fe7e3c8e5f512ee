#include "reportexport.h"

#include "audit/auditlog.h"
#include "casework/caseaccess.h"
#include "store/database.h"
#include "store/meta.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** The id the probe context and record share, so record conditions naming the actor's
 *  referrals hold; never stored. */
const QString kProbeId = QStringLiteral("probe");

/** The most favourable case for the role's own scope: every case condition holds. */
AccessContext probeContext(bool actorActive)
{
    AccessContext ctx;
    ctx.personId = kProbeId;
    ctx.actorActive = actorActive;
    ctx.ownCase = ctx.inUnit = ctx.inRegion = true;
    ctx.referral = ReferralStanding::Active;
    ctx.activeReferralIds = { kProbeId };
    return ctx;
}

/** The device id from `meta`, created on first use as the write path does. */
Result<QString> deviceId(Database &db, const Clock &clock)
{
    auto id = Meta::get(db, u"device_id"_s);
    if (!id.ok() || !id.value().isEmpty())
        return id;
    const QString fresh = newUuidV7(clock.nowMs());
    if (Status s = Meta::set(db, u"device_id"_s, fresh); !s.ok())
        return s.error();
    return fresh;
}

} // namespace

namespace ReportExport {

Status mayExport(
    Database &db, const Actor &actor, const AccessPolicy &policy, const QString &entity, FieldGroup group)
{
    const EntitySpec *spec = policy.schema().entity(entity);
    if (!spec)
        return Error::make(Error::Invalid, u"unknown entity"_s, entity);
    auto me = CaseAccess(db).resolveActor(actor);
    if (!me.ok())
        return me.error();
    const QVariantMap record { { u"id"_s, kProbeId }, { u"confidentialityTier"_s, u"shared_summary"_s } };
    const AccessDecision d = policy.decide(
        actor, *spec, AccessAction::Export, group, record, probeContext(me.value().actorActive));
    if (!d.allowed())
        return Error::make(Error::Forbidden, u"policy %1: export %2"_s.arg(d.code(), entity));
    return {};
}

Result<QString> appendAudit(Database &db, const Clock &clock, const Actor &actor, const QString &reportKind,
    const QString &exportId, const QString &personId)
{
    auto device = deviceId(db, clock);
    if (!device.ok())
        return device.error();
    AuditEvent event;
    event.id = newUuidV7(clock.nowMs());
    event.at = clock.nowMs();
    event.actorId = actor.userId;
    event.actorRole = roleName(actor.role);
    event.deviceId = device.value();
    event.action = u"export"_s;
    event.entity = reportKind;
    event.recordId = exportId;
    event.personId = personId;
    if (Status s = AuditLog::append(db, event); !s.ok())
        return s.error();
    return event.id;
}

Result<ExportReceipt> audited(Database &db, const Clock &clock, const Actor &actor, const QString &reportKind,
    const std::function<Status()> &deliver)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.beginStatus().error();
    ExportReceipt receipt;
    receipt.exportId = newUuidV7(clock.nowMs());
    auto event = appendAudit(db, clock, actor, reportKind, receipt.exportId);
    if (!event.ok())
        return event.error();
    receipt.auditEventId = event.value();
    if (Status s = deliver(); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return receipt;
}

Result<ExportReceipt> writeAudited(Database &db, const Clock &clock, const Actor &actor,
    const QString &reportKind, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty())
        return Error::make(Error::Invalid, u"no file to write"_s, u"path"_s);
    bool written = false;
    auto receipt = audited(db, clock, actor, reportKind, [&]() -> Status {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error::make(Error::Storage, u"cannot write the export file: %1"_s.arg(file.errorString()));
        written = true;
        return {};
    });
    if (!receipt.ok() && written)
        QFile::remove(path); // the event rolled back: no file without its audit event
    return receipt;
}

Result<ExportReceipt> writeFile(Database &db, const Clock &clock, const Actor &actor,
    const QString &reportKind, const QString &path, const Result<ReportCsv> &built)
{
    if (!built.ok())
        return built.error();
    auto receipt = writeAudited(db, clock, actor, reportKind, path, built.value().bytes);
    if (!receipt.ok())
        return receipt.error();
    receipt.value().rows = built.value().rows;
    receipt.value().suppressedCells = built.value().suppressedCells;
    return receipt;
}

Result<QByteArray> deliverBytes(Database &db, const Clock &clock, const Actor &actor,
    const QString &reportKind, const Result<ReportCsv> &built, ExportReceipt *receipt)
{
    if (!built.ok())
        return built.error();
    auto done = audited(db, clock, actor, reportKind, [] { return Status {}; });
    if (!done.ok())
        return done.error();
    if (receipt) {
        *receipt = done.value();
        receipt->rows = built.value().rows;
        receipt->suppressedCells = built.value().suppressedCells;
    }
    return built.value().bytes;
}

} // namespace ReportExport

} // namespace Qadam
