#pragma once

#include "domain/roles.h"
#include "obligationrules.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Qadam {

class Database;
class WriteService;

/** An alert already raised for an obligation (Alert.obligationKey), as the pass sees it. */
struct ExistingAlert
{
    QString id;
    qint64 version = 0;
    QString status;
    int level = 0; ///< a stored empty level is the first notice, 0
};

/** Alerts of the deadline kind by obligation key; a key may hold duplicates raised on two devices
 *  offline. */
using ExistingAlerts = QHash<QString, QList<ExistingAlert>>;

/** What the pass decided for one unattended obligation. */
struct AlertAction
{
    enum class Kind { Raise, Escalate };
    Kind kind = Kind::Raise;
    Obligation obligation;
    EscalationLevel level;
    Role routedRole = Role::ProbationOfficer;
    QString assignee; ///< the order's officer of the channel; empty: AlertService routes by role
    QString alertId; ///< Escalate: the alert and the version the command is made at
    qint64 alertVersion = 0;
};

/** Counts from one pass. */
struct AlertPassReport
{
    qint64 orders = 0;
    qint64 obligations = 0;
    qint64 byStatus[7] = {}; ///< indexed by ObligationStatus
    qint64 raised = 0;
    qint64 escalated = 0;

    AlertPassReport &operator+=(const AlertPassReport &other);
};

/**
 * Turns unattended Art. 172 p9 obligations into Alert records and escalates them by the levels
 * of deadline_rules.json (by default: the channel's officer from the first working day overdue,
 * the case's supervisor from the third). Writes go through AlertService — the same routing, and
 * the same key (Obligation::key) as the alert of a missed appearance recorded by an officer, so
 * the two never make two alerts — and so through the caller's WriteService, whose actor is the
 * author; a whole pass is one transaction.
 *
 * Rules: only overdue and missed obligations alert — excused, attended and not-yet-due ones never
 * do; one alert per obligation key, so running the pass again raises nothing new; an alert a
 * person resolved is never raised again for the same obligation; an open or acknowledged alert
 * below the level reached is escalated with the Alert "escalate" command (AlertService::escalate);
 * a new alert starts directly at the level reached. Obligations due more than lookbackDays ago
 * raise nothing new. The pass never resolves alerts: a person does.
 *
 * Used on the thread that owns `db`; the Database and WriteService outlive this.
 */
class DeadlineAlerts
{
public:
    DeadlineAlerts(Database &db, WriteService &writer, ObligationEngine engine,
        const DeadlineRules &rules = DeadlineRules::builtIn());

    /** The pure decision for one order's obligations, given the alerts already raised. */
    [[nodiscard]] static QList<AlertAction> plan(const OrderTerms &order,
        const QList<Obligation> &obligations, const ExistingAlerts &existing, QDate today,
        const DeadlineRules &rules);

    /** Every obligation of `orders` on `today` and the alert decision for each, counted into
     *  `report` (raised/escalated count the planned actions). Pure: reads and writes nothing.
     *  With `threads` > 1 large inputs are split into slices computed on that many threads
     *  (the engine, the rules and `existing` are only read); the result is the same. */
    [[nodiscard]] static QList<AlertAction> planAll(const ObligationEngine &engine,
        const QList<DeadlineInputs> &orders, const ExistingAlerts &existing, QDate today,
        const DeadlineRules &rules, AlertPassReport &report, int threads = 1);

    /** The pass for one order, on the write service's today. */
    [[nodiscard]] Result<AlertPassReport> runForOrder(const QString &orderId);
    /** The pass for every order that is not a draft. */
    [[nodiscard]] Result<AlertPassReport> runAll();

    /** Alerts of the rules' kind that carry an obligation key; one person's when given. */
    [[nodiscard]] static Result<ExistingAlerts> existingAlerts(
        Database &db, const DeadlineRules &rules, const QString &personId = {});
    /** Writes the actions in one transaction; nothing is written when one fails. */
    [[nodiscard]] Status apply(const QList<AlertAction> &actions);

private:
    [[nodiscard]] Result<AlertPassReport> run(
        const QList<DeadlineInputs> &orders, const ExistingAlerts &existing);

    Database &m_db;
    WriteService &m_writer;
    ObligationEngine m_engine;
    const DeadlineRules &m_rules;
};

} // namespace Qadam
