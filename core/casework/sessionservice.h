#pragma once

#include "alertservice.h"
#include "domain/record.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Qadam {

class Database;
class WriteService;

/** An onward referral the counsellor is prompted to consider: an observation, not a diagnosis. */
struct ReferralSuggestion
{
    QString interventionCode; ///< intervention_type code, e.g. "psychiatric_assessment"
    QString needDomain; ///< need_domain code the measure would serve
    QString because; ///< the flag that prompted it, e.g. "possible_mental_disorder"
};

/** What logging a session did. */
struct LoggedSession
{
    QString sessionId;
    QString riskAlertId; ///< the risk_signal alert to the supervisor; empty when no risk concern
    QString safetyAlertId; ///< the counsellor_safety alert when a home-visit check-out was missed
    QList<ReferralSuggestion> suggestions;
};

/**
 * Logs counselling sessions (DOMAIN.md "Session log content") through the WriteService, with
 * the rules the schema alone cannot hold:
 *  - only a counsellor logs, in their own name, for a person referred to them (the referral's
 *    counsellor, or a counsellor of the referred organisation), on a referral the provider took
 *    on (accepted, active, completed or expired), on a date inside the referral's term and not in
 *    the future; the next session is not before this one;
 *  - `requests` is a JSON array (at most 50) of {"request": what the person asked for,
 *    "alternative": what the counsellor offered instead (optional), "outcome": requestOutcomes()},
 *    texts of 1 to 1000 characters, no other keys. The outcome is the person's answer to the
 *    alternative when one was offered, else to the request itself;
 *  - the confidentiality tier defaults to counselling_team;
 *  - a risk concern — any risk signal, any altered-state flag, or stability "unstable" — raises a
 *    risk_signal alert routed to the case's supervisor IN THE SAME TRANSACTION. The alert holds
 *    ids, kind, severity and dates only: never notes, topics, flags or rationale. Severity is
 *    urgent for threats or a recruiting attempt, warning otherwise;
 *  - a missed home-visit check-out raises a counsellor_safety alert to the supervisor too;
 *  - each alert is keyed by the session's first record and its kind, so a correction never
 *    raises a second one;
 *  - possible_mental_disorder returns a suggested psychiatric assessment referral.
 * A rejected session writes nothing: no record, op, audit event or alert.
 *
 * Same thread as the Database and WriteService, which the caller owns and which outlive this.
 */
class SessionService
{
public:
    SessionService(Database &db, WriteService &writer);

    /** Logs one session; `fields` are CounsellingSession fields (counsellorId defaults to the actor). */
    [[nodiscard]] Result<LoggedSession> log(const QVariantMap &fields);
    /** Corrects a session (append-only: a new record amending `originalId`) by its own counsellor,
     *  under the same rules; `fields` are the complete corrected session. A risk concern the
     *  correction adds raises the alert; one the session had already raised is not raised again. */
    [[nodiscard]] Result<LoggedSession> amend(const QString &originalId, const QVariantMap &fields);

    /** True when the session's structured fields amount to a risk concern (see the class comment). */
    [[nodiscard]] static bool isRiskConcern(const QVariantMap &fields);
    /** Checks the shape of a `requests` value (JSON text or variant list); empty passes. */
    [[nodiscard]] static Status checkRequests(const QVariant &requests);
    /** The outcomes a request can have: accepted, partly_accepted, declined, deferred, no_feedback. */
    [[nodiscard]] static const QStringList &requestOutcomes();

private:
    [[nodiscard]] Status checkReferral(const QVariantMap &fields);
    [[nodiscard]] Status checkCounsellor(const Record &referral, const QString &counsellorId);
    /** The checked fields to store: role, counsellor, tier default, requests, referral. */
    [[nodiscard]] Result<QVariantMap> prepare(const QVariantMap &input);
    /** The first record of a session's amendment chain. */
    [[nodiscard]] Result<QString> originalOf(const QString &sessionId);
    /** Raises the supervisor's alert of `kind` for a session, one per session and kind. */
    [[nodiscard]] Result<QString> raiseFor(
        const QString &kind, const QVariantMap &fields, const QString &sessionId);
    [[nodiscard]] Result<LoggedSession> write(const QVariantMap &fields, const QString &amendsId);

    Database &m_db;
    WriteService &m_writer;
    AlertService m_alerts;
};

} // namespace Qadam
