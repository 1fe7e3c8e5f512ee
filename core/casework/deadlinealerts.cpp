// Missed and overdue appearances → Alert records through AlertService, de-duplicated by
// obligation key and escalated level by level with the Alert state machine's "escalate" command.
#include "deadlinealerts.h"

#include "alertservice.h"
#include "obligationloader.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

Role routedRole(const QString &route, Channel channel)
{
    if (route == u"supervisor")
        return Role::Supervisor;
    return channel == Channel::Police ? Role::PoliceOfficer : Role::ProbationOfficer;
}

/** The alert a new level would escalate: the highest-level one not yet resolved, or nullptr when
 *  every alert of the key is resolved. */
const ExistingAlert *current(const QList<ExistingAlert> &alerts)
{
    const ExistingAlert *best = nullptr;
    for (const ExistingAlert &a : alerts)
        if (a.status != u"resolved"
            && (!best || a.level > best->level || (a.level == best->level && a.id > best->id)))
            best = &a;
    return best;
}

/** Below this many orders a second thread costs more than it saves. */
constexpr qsizetype kOrdersPerThread = 2000;

/** One slice of the orders: its obligations counted and its alerts planned. */
struct Slice
{
    AlertPassReport report;
    QList<AlertAction> actions;
};

Slice planSlice(const ObligationEngine &engine, const DeadlineInputs *first, const DeadlineInputs *last,
    const ExistingAlerts &existing, QDate today, const DeadlineRules &rules)
{
    Slice slice;
    QList<Obligation> obligations;
    for (const DeadlineInputs *inputs = first; inputs != last; ++inputs) {
        obligations.clear();
        engine.appendChannel(*inputs, Channel::Police, today, obligations);
        engine.appendChannel(*inputs, Channel::Probation, today, obligations);
        for (const Obligation &o : obligations)
            ++slice.report.byStatus[int(o.status)];
        slice.report.obligations += obligations.size();
        slice.actions << DeadlineAlerts::plan(inputs->order, obligations, existing, today, rules);
    }
    slice.report.orders = last - first;
    for (const AlertAction &a : slice.actions)
        ++(a.kind == AlertAction::Kind::Raise ? slice.report.raised : slice.report.escalated);
    return slice;
}

} // namespace

AlertPassReport &AlertPassReport::operator+=(const AlertPassReport &other)
{
    orders += other.orders;
    obligations += other.obligations;
    for (int i = 0; i < 7; ++i)
        byStatus[i] += other.byStatus[i];
    raised += other.raised;
    escalated += other.escalated;
    return *this;
}

DeadlineAlerts::DeadlineAlerts(
    Database &db, WriteService &writer, ObligationEngine engine, const DeadlineRules &rules)
    : m_db(db)
    , m_writer(writer)
    , m_engine(std::move(engine))
    , m_rules(rules)
{ }

QList<AlertAction> DeadlineAlerts::plan(const OrderTerms &order, const QList<Obligation> &obligations,
    const ExistingAlerts &existing, QDate today, const DeadlineRules &rules)
{
    QList<AlertAction> actions;
    const QDate oldest = today.addDays(-rules.lookbackDays());
    for (const Obligation &o : obligations) {
        if (!o.isUnsatisfied() || o.dueOn < oldest)
            continue;
        const EscalationLevel *level = rules.levelFor(rules.overdueDays(o));
        if (!level)
            continue;
        const auto found = existing.constFind(o.key());
        const ExistingAlert *alert = found == existing.cend() ? nullptr : current(*found);
        if (found != existing.cend() && (!alert || alert->level >= level->level))
            continue; // resolved by a person, or already at this level
        AlertAction a;
        a.kind = alert ? AlertAction::Kind::Escalate : AlertAction::Kind::Raise;
        a.obligation = o;
        a.level = *level;
        a.routedRole = routedRole(level->route, o.channel);
        if (level->route == u"channel_officer")
            a.assignee = order.officerId(o.channel);
        if (alert) {
            a.alertId = alert->id;
            a.alertVersion = alert->version;
        }
        actions << a;
    }
    return actions;
}

Status DeadlineAlerts::apply(const QList<AlertAction> &actions)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    AlertService alerts(m_db, m_writer);
    for (const AlertAction &a : actions) {
        if (a.kind == AlertAction::Kind::Escalate) {
            if (Status s
                = alerts.escalate(a.alertId, a.alertVersion, a.level.level, a.routedRole, a.level.severity);
                !s.ok())
                return s;
            continue;
        }
        const Obligation &o = a.obligation;
        const bool byRecord = !o.checkInId.isEmpty(); // a missed check-in decided it
        AlertRequest request;
        request.kind = m_rules.alertKind();
        request.severity = a.level.severity;
        request.personId = o.personId;
        request.source = byRecord ? AlertSource { u"CheckIn"_s, o.checkInId }
                                  : AlertSource { u"SupervisionOrder"_s, o.orderId };
        request.routedRole = a.routedRole;
        request.assignee = a.assignee;
        request.dedupKey = o.key();
        request.escalationLevel = a.level.level;
        if (auto raised = alerts.raise(request); !raised.ok())
            return raised.error();
    }
    return tx.commit();
}

Result<ExistingAlerts> DeadlineAlerts::existingAlerts(
    Database &db, const DeadlineRules &rules, const QString &personId)
{
    QString sql = u"SELECT id, version, obligation_key, status, escalation_level FROM alert "
                  u"WHERE kind = ?1 AND obligation_key IS NOT NULL"_s;
    if (!personId.isEmpty())
        sql += u" AND person_id = ?2"_s;
    auto stmt = personId.isEmpty() ? db.prepare(sql) : db.cached(sql);
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, rules.alertKind());
    if (!personId.isEmpty())
        s.bind(2, personId);
    ExistingAlerts out;
    while (true) {
        auto more = s.step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            return out;
        out[s.text(2)] << ExistingAlert { s.text(0), s.integer(1), s.text(3), int(s.integer(4)) };
    }
}

QList<AlertAction> DeadlineAlerts::planAll(const ObligationEngine &engine,
    const QList<DeadlineInputs> &orders, const ExistingAlerts &existing, QDate today,
    const DeadlineRules &rules, AlertPassReport &report, int threads)
{
    const qsizetype slices
        = std::clamp<qsizetype>(threads, 1, std::max<qsizetype>(1, orders.size() / kOrdersPerThread));
    std::vector<Slice> results(static_cast<size_t>(slices));
    const auto work = [&](qsizetype i) {
        const DeadlineInputs *first = orders.constData() + orders.size() * i / slices;
        const DeadlineInputs *last = orders.constData() + orders.size() * (i + 1) / slices;
        results[size_t(i)] = planSlice(engine, first, last, existing, today, rules);
    };
    std::vector<std::thread> workers;
    for (qsizetype i = 1; i < slices; ++i)
        workers.emplace_back(work, i);
    work(0);
    QList<AlertAction> actions;
    for (qsizetype i = 0; i < slices; ++i) {
        if (i > 0)
            workers[size_t(i - 1)].join();
        report += results[size_t(i)].report;
        actions << results[size_t(i)].actions;
    }
    return actions;
}

Result<AlertPassReport> DeadlineAlerts::run(
    const QList<DeadlineInputs> &orders, const ExistingAlerts &existing)
{
    AlertPassReport report;
    const QList<AlertAction> actions
        = planAll(m_engine, orders, existing, m_writer.today(), m_rules, report, QThread::idealThreadCount());
    if (Status s = apply(actions); !s.ok())
        return s.error();
    return report;
}

Result<AlertPassReport> DeadlineAlerts::runForOrder(const QString &orderId)
{
    auto inputs = ObligationLoader(m_db).order(orderId);
    if (!inputs.ok())
        return inputs.error();
    auto existing = existingAlerts(m_db, m_rules, inputs.value().order.personId);
    if (!existing.ok())
        return existing.error();
    return run({ inputs.value() }, existing.value());
}

Result<AlertPassReport> DeadlineAlerts::runAll()
{
    auto inputs = ObligationLoader(m_db).all();
    if (!inputs.ok())
        return inputs.error();
    auto existing = existingAlerts(m_db, m_rules);
    if (!existing.ok())
        return existing.error();
    return run(inputs.value(), existing.value());
}

} // namespace Qadam
