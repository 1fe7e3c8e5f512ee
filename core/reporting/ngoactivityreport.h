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

/** What the NGO activity report covers. */
struct NgoActivityOptions
{
    QDate from; ///< first day (inclusive). Required.
    QDate to; ///< last day (inclusive). Required, not before `from`.
    QDate asOf; ///< the day scope and referral standing are judged on (usually today). Required.
    QString organisationId; ///< one provider organisation; empty = every provider in scope
    QString language = QStringLiteral("ru"); ///< organisation names: "kk", "ru" or "en"
};

/**
 * The NGO activity report (issue 7): verifiable evidence of delivered work, per provider
 * organisation and calendar month — how many counselling sessions were held and how many people
 * attended — with no session content at all (no topics, notes, states, modes, engagement or
 * risk signals, no person ids). CSV (UTF-8, LF, RFC 4180 quoting, formula-safe text).
 *
 * Columns (header row first):
 *   organisation_id,organisation,month,sessions_held,people_attended,referrals_in_term,referrals_completed
 *  - sessions_held: CounsellingSession records on the referrals to that organisation dated in the
 *    month (amended sessions count once, in their latest form);
 *  - people_attended: distinct people with at least one of those sessions;
 *  - referrals_in_term: referrals to the organisation, accepted/active/completed, whose term
 *    overlaps the month;
 *  - referrals_completed: completed with the outcome reported in the month.
 * For every organisation with any activity in the period, one row per month of the period (zeros
 * included, so a quiet month shows), sorted by organisation name, id, then month. A referral
 * naming no organisation is counted under an empty organisation id. Counts are not suppressed: they describe
 * the organisation's work, not people, and carry no person attribute.
 *
 * Scope and permission: the actor must be allowed to export a referral's counselling summary
 * (ReportExport::mayExport on Referral / counselling_summary: probation officers, supervisors
 * and counsellors) — otherwise Error::Forbidden and nothing is written, no audit event. Only
 * referrals the policy lets the actor export on a case they may open are counted (a counsellor:
 * the referrals addressed to them that are current on asOf).
 *
 * Every successful write appends exactly one audit event ("export", "NgoActivityReport", the
 * export id). Thread: the one that owns the Database.
 */
class NgoActivityReport
{
public:
    static constexpr QStringView kReportKind = u"NgoActivityReport";

    NgoActivityReport(
        Database &db, const Clock &clock, Actor actor, const AccessPolicy &policy = AccessPolicy::builtIn());

    /** Builds the CSV and writes it to `path` with its audit event. */
    [[nodiscard]] Result<ExportReceipt> writeFile(const NgoActivityOptions &options, const QString &path);
    /** Builds the CSV and appends its audit event before returning the bytes. */
    [[nodiscard]] Result<QByteArray> exportBytes(
        const NgoActivityOptions &options, ExportReceipt *receipt = nullptr);

    [[nodiscard]] static QStringList columns();

private:
    [[nodiscard]] Result<ReportCsv> build(const NgoActivityOptions &options);

    Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    const AccessPolicy &m_policy;
};

} // namespace Qadam
