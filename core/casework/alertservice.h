#pragma once

#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QString>

namespace Qadam {

class Database;
class WriteService;

/** The record that gave rise to an alert: its entity name and id. Ids only, never content. */
struct AlertSource
{
    QString entity; ///< an entity of the schema, e.g. "CheckIn", "CounsellingSession"
    QString id;
};

/** What to raise. Every field is an id, a code or a date: an alert never carries case content. */
struct AlertRequest
{
    QString kind; ///< Alert.kind: missed_check_in, risk_signal, overdue_measure, …
    QString severity; ///< info | warning | urgent
    QString personId;
    AlertSource source; ///< optional
    Role routedRole = Role::ProbationOfficer; ///< who handles it; never Administrator
    QString assignee; ///< a StaffUser id; empty = the holder of routedRole for this case
    QDate dueOn; ///< optional; not before today
    QString dedupKey; ///< optional: one alert per key and person, whatever its status
                      ///< (appearances: Obligation::key(), shared with the deadline engine)
    int escalationLevel = 0; ///< 0 = first notice
};

/** What raise() did: the alert's id, whether it was new, and where it went. */
struct AlertReceipt
{
    QString id;
    bool created = false; ///< false: an alert with the same key already existed (nothing written)
    QString routedRole;
    QString assignedTo; ///< empty when nobody holds the role for this case on this device
};

/**
 * Raises, routes, acknowledges, resolves and escalates alerts (missed appearance, overdue measure,
 * risk concern, referral or order ending, review due). Every write goes through the WriteService
 * it is given, so each is validated, versioned, queued for the server and audited; acknowledge,
 * resolve and escalate are the Alert state machine's commands (alerts.cpp).
 *
 * Routing by role (who holds a case, resolved from records on this device):
 *  - probation_officer: Person.caseOfficerId, else the probationOfficerId of the person's latest
 *    order in force;
 *  - police_officer: the policeOfficerId of that order;
 *  - supervisor: the approver of the person's current programme, else an active supervisor of
 *    the order's probation unit (or of the case officer's organisation), lowest id first;
 *  - counsellor: the counsellor of the person's active referral;
 *  - administrator: refused (administrators see no case content).
 * When nobody is found the alert is still raised with its routed role and no assignee, so the
 * role's queue shows it.
 *
 * Same thread as the Database and WriteService, which the caller owns and which outlive this.
 */
class AlertService
{
public:
    AlertService(Database &db, WriteService &writer);

    /** Raises an alert, or returns the existing one with the same dedupKey for the person. One
     *  transaction (a savepoint inside the caller's, so a service can raise with its record). */
    [[nodiscard]] Result<AlertReceipt> raise(const AlertRequest &request);
    /** The brief form: kind, severity, person, source, role, assignee (empty = by route). */
    [[nodiscard]] Result<AlertReceipt> raise(const QString &kind, const QString &severity,
        const QString &personId, const AlertSource &source, Role routedRole, const QString &assignee = {});

    /** The Alert "acknowledge" command on the version the user saw (audited). */
    [[nodiscard]] Status acknowledge(const QString &alertId, qint64 baseVersion);
    /** The Alert "resolve" command; `note` is required and stays a Note-sensitivity field. */
    [[nodiscard]] Status resolve(const QString &alertId, qint64 baseVersion, const QString &note);
    /** Moves an open or acknowledged alert to a higher level and re-routes it to `role`'s holder
     *  (the Alert "escalate" command). A level not above the current one, or an administrator, is
     *  Error::Invalid. */
    [[nodiscard]] Status escalate(
        const QString &alertId, qint64 baseVersion, int level, Role role, const QString &severity = {});

    /** Who holds `role` for the person's case (empty when nobody does on this device). */
    [[nodiscard]] Result<QString> holderOf(const QString &personId, Role role);

private:
    /** The first alert raised with `key` for the person; an empty id when there is none. */
    [[nodiscard]] Result<AlertReceipt> existing(const QString &personId, const QString &key);
    [[nodiscard]] Result<QString> insert(const AlertRequest &request, const AlertReceipt &route);

    Database &m_db;
    WriteService &m_writer;
};

} // namespace Qadam
