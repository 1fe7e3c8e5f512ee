#pragma once

#include "casework/accesspolicy.h"
#include "casework/fieldgroups.h"
#include "domain/roles.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace Qadam {

class Clock;
class Database;

/** What one export wrote. The audit event carries the ids; the counts are for the caller's
 *  message ("412 rows, 37 cells suppressed") and logs. */
struct ExportReceipt
{
    QString exportId; ///< UUIDv7; the audit event's recordId
    QString auditEventId;
    qint64 rows = 0; ///< data rows, header excluded
    qint64 suppressedCells = 0; ///< statistics: cells shown as "<N"
};

/** A report built in memory, not delivered yet. */
struct ReportCsv
{
    QByteArray bytes;
    qint64 rows = 0; ///< data rows, header excluded
    qint64 suppressedCells = 0;
};

/**
 * What the report exports share: the "may export at all" check against the access policy, the
 * one audit event per export, and writing the file so that either both the file and the event
 * exist or neither does. Used by StatisticsExport and NgoActivityReport; the PDF case report may
 * use append() for its own event. Thread: the one that owns the Database.
 */
namespace ReportExport {

/**
 * Whether the policy lets `actor` export `group` of `entity` on at least some case: the actor must
 * be an active StaffUser in that role, and a grant must allow the export on a case in the role's
 * own scope. Error::Forbidden ("policy <reason>: export <entity>") when not — the caller refuses
 * the whole export and writes nothing.
 */
[[nodiscard]] Status mayExport(
    Database &db, const Actor &actor, const AccessPolicy &policy, const QString &entity, FieldGroup group);

/**
 * Appends the export's audit event (action "export", entity `reportKind` — e.g.
 * "StatisticsReport", "NgoActivityReport" — recordId `exportId`, personId `personId` or none).
 * Ids only, never content. Must run inside the caller's transaction.
 */
[[nodiscard]] Result<QString> appendAudit(Database &db, const Clock &clock, const Actor &actor,
    const QString &reportKind, const QString &exportId, const QString &personId = {});

/**
 * One audited delivery: opens a transaction, appends the export's audit event under a new export
 * id, runs `deliver` (write the file, hand over the bytes) and commits only when it succeeded —
 * so a failed delivery leaves no event. The receipt's rows/suppressedCells are the caller's.
 */
[[nodiscard]] Result<ExportReceipt> audited(Database &db, const Clock &clock, const Actor &actor,
    const QString &reportKind, const std::function<Status()> &deliver);

/**
 * Writes `bytes` to `path` atomically (QSaveFile) and appends the audit event in one store
 * transaction: the event is committed only when the file was; the file is removed when the
 * commit fails. Error::Invalid for an empty path, Error::Storage when the file cannot be written
 * (nothing is left behind, no event).
 */
[[nodiscard]] Result<ExportReceipt> writeAudited(Database &db, const Clock &clock, const Actor &actor,
    const QString &reportKind, const QString &path, const QByteArray &bytes);

/** Writes a built report to `path` with its audit event (writeAudited); a failed build is passed
 *  on and writes nothing. The receipt carries the report's row and suppression counts. */
[[nodiscard]] Result<ExportReceipt> writeFile(Database &db, const Clock &clock, const Actor &actor,
    const QString &reportKind, const QString &path, const Result<ReportCsv> &built);
/** Appends a built report's audit event and hands its bytes over; `receipt` (optional) is
 *  filled. A failed build is passed on and writes nothing. */
[[nodiscard]] Result<QByteArray> deliverBytes(Database &db, const Clock &clock, const Actor &actor,
    const QString &reportKind, const Result<ReportCsv> &built, ExportReceipt *receipt);

} // namespace ReportExport

} // namespace Qadam
