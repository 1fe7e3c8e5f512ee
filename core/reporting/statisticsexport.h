#pragma once

#include "casework/accesspolicy.h"
#include "domain/roles.h"
#include "reporting/reportexport.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace Qadam {

class Clock;
class Database;

/** How the period is cut into rows. */
enum class StatisticsPeriod { Month, Quarter, Year };

/** What the de-identified statistics cover. */
struct StatisticsOptions
{
    QDate from; ///< first day (inclusive). Required.
    QDate to; ///< last day (inclusive). Required, not before `from`.
    QDate asOf; ///< statuses as they stand on this day (usually today). Required.
    StatisticsPeriod period = StatisticsPeriod::Month;
    /** Cells counting fewer than this many (events or distinct people) are suppressed: written as
     *  "<N". 5 by default; below 2 is refused (Error::Invalid). */
    int suppressBelow = 5;
};

/**
 * The de-identified statistics export (issue 7): counts for compliance, programme delivery and
 * referrals, cross-tabulated by period, region, category, sex and age band, as CSV (UTF-8, LF,
 * RFC 4180 quoting). No names, IINs, dates of birth, addresses, ids or free text: every column
 * is a code from a closed list or a number.
 *
 * Columns (header row first):
 *   section,metric,period,region,category,sex,age_band,count
 *  - section/metric: compliance/appearance_<police|probation>_<attended|excused|missed>
 *    (Art. 172 p9 obligations falling due in the period, as they stand on asOf — the deadline
 *    engine's rules); programme/measure_<done|open|not_possible> (measures due in the period,
 *    cancelled ones left out; open = planned or in progress); referrals/referral_<started|
 *    completed|ended> (started: term begins in the period; completed: outcome reported in it;
 *    ended: declined, revoked or expired with the term beginning in it).
 *  - period: "2026-03", "2026-Q1" or "2026".
 *  - region: the region code of the residence ("unknown" when none).
 *  - category: one Person.categoryFlags code; a person with two flags counts in both rows
 *    ("none" when unflagged).
 *  - sex: "female", "male", "unknown". age_band: "0-17", "18-24", "25-34", "35-44", "45-54",
 *    "55+", "unknown" — age on the last day of the row's period.
 *  - count: the number of events, or "<5" (with suppressBelow = 5) when the cell counts fewer
 *    than 5 events OR fewer than 5 distinct people. Empty cells (zero) have no row.
 * Only the full cross-tabulation is written — no subtotals or margins — so a suppressed cell
 * cannot be recovered by subtraction from the file itself (primary suppression only).
 * Rows are sorted by every column but count, so the same store gives the same bytes.
 *
 * Scope and permission: the actor must be allowed by the access policy to export Person status
 * (ReportExport::mayExport) — otherwise Error::Forbidden and nothing is written, no audit event.
 * Only cases the actor may open (CaseScope) and may export each section's records of
 * (CheckIn, ProgrammeMeasure, Referral: status group) are counted.
 *
 * Every successful write appends exactly one audit event ("export", "StatisticsReport", the
 * export id). Thread: the one that owns the Database; the Database, clock and policy outlive
 * this.
 */
class StatisticsExport
{
public:
    static constexpr QStringView kReportKind = u"StatisticsReport";

    StatisticsExport(
        Database &db, const Clock &clock, Actor actor, const AccessPolicy &policy = AccessPolicy::builtIn());

    /** Builds the CSV and writes it to `path` with its audit event (ReportExport::writeAudited). */
    [[nodiscard]] Result<ExportReceipt> writeFile(const StatisticsOptions &options, const QString &path);
    /** Builds the CSV and appends its audit event, for callers that deliver the bytes themselves
     *  (the UI's save dialog, the CLI's stdout): the event is written before the bytes are
     *  returned, so a delivered export is always audited. */
    [[nodiscard]] Result<QByteArray> exportBytes(
        const StatisticsOptions &options, ExportReceipt *receipt = nullptr);

    /** The header row's columns. */
    [[nodiscard]] static QStringList columns();
    /** The age band of someone born on `born`, on `on` ("unknown" for an invalid birth date). */
    [[nodiscard]] static QString ageBand(const QDate &born, const QDate &on);

private:
    [[nodiscard]] Result<ReportCsv> build(const StatisticsOptions &options);

    Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    const AccessPolicy &m_policy;
};

} // namespace Qadam
