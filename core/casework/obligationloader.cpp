// Loads the deadline engine's inputs: orders first, then suspensions and check-ins attached to
// their order by id. For all orders each table is scanned once (a full scan beats an index walk
// that jumps between pages, each page decrypted on read).
#include "obligationloader.h"

#include "obligationrules.h"
#include "store/database.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** Above this many people one scan of every order beats a query per person. */
constexpr qsizetype kBulkLoadFrom = 300;

/** A date column as its Julian day number (QDate's numbering), parsed by SQLite: the bulk pass
 *  reads millions of dates, and text columns would cost an allocation each. */
QString day(const QString &column)
{
    return u"CAST(julianday(%1) + 0.5 AS INTEGER)"_s.arg(column);
}

QDate dayAt(const Statement &s, int column)
{
    const qint64 jd = s.integer(column);
    return jd > 0 ? QDate::fromJulianDay(jd) : QDate();
}

const QString &orderColumns()
{
    static const QString sql
        = u"SELECT id, person_id, decision_number, status, %1, %2, %3, police_rule, police_fixed_day, "
          u"police_every_days, probation_rule, probation_fixed_day, probation_every_days, "
          u"police_officer_id, probation_officer_id, probation_unit_id FROM supervision_order WHERE "_s.arg(
              day(u"starts_on"_s), day(u"ends_on"_s), day(u"terminated_on"_s));
    return sql;
}

const QString &suspensionColumns()
{
    static const QString sql = u"SELECT order_id, %1, %2 FROM order_suspension WHERE "_s.arg(
        day(u"starts_on"_s), day(u"ends_on"_s));
    return sql;
}

static_assert(int(Channel::Police) == 0 && int(Channel::Probation) == 1);
static_assert(int(CheckInOutcome::Attended) == 0 && int(CheckInOutcome::Missed) == 1
    && int(CheckInOutcome::Excused) == 2);

/** Channel and outcome come as the numbers of Channel and CheckInOutcome; NULL when unknown. */
const QString &checkInColumns()
{
    static const QString sql
        = u"SELECT order_id, id, amends_id, CASE channel WHEN 'police' THEN 0 WHEN 'probation' "
          u"THEN 1 END, CASE outcome WHEN 'attended' THEN 0 WHEN 'missed' THEN 1 WHEN 'excused' "
          u"THEN 2 END, %1, %2, %3, %4, excuse_reason FROM check_in WHERE "_s.arg(
              day(u"due_on"_s), day(u"obligation_due"_s), day(u"occurred_on"_s), day(u"new_due_on"_s));
    return sql;
}

ChannelRule channelRule(const Statement &s, int first)
{
    return ChannelRule { ruleFromName(s.text(first)), int(s.integer(first + 1)), int(s.integer(first + 2)) };
}

OrderTerms orderTerms(const Statement &s)
{
    OrderTerms o;
    o.id = s.text(0);
    o.personId = s.text(1);
    o.decisionNumber = s.text(2);
    o.status = s.text(3);
    o.startsOn = dayAt(s, 4);
    o.endsOn = dayAt(s, 5);
    o.terminatedOn = dayAt(s, 6);
    o.police = channelRule(s, 7);
    o.probation = channelRule(s, 10);
    o.policeOfficerId = s.text(13);
    o.probationOfficerId = s.text(14);
    o.probationUnitId = s.text(15);
    return o;
}

/** A check-in row, or false when its channel or outcome is not one the engine knows. */
bool checkInFact(const Statement &s, CheckInFact &c)
{
    if (s.isNull(3) || s.isNull(4))
        return false;
    c.id = s.text(1);
    c.amendsId = s.text(2);
    c.channel = Channel(s.integer(3));
    c.outcome = CheckInOutcome(s.integer(4));
    c.dueOn = dayAt(s, 5);
    c.obligationDue = dayAt(s, 6);
    c.occurredOn = dayAt(s, 7);
    c.newDueOn = dayAt(s, 8);
    c.excuseReason = s.text(9);
    return true;
}

/** Finds an order's position by id. Rows of one order mostly come together (written together,
 *  or read in index order), so the last answer is kept and compared before the hash is asked. */
class OrderIndex
{
public:
    explicit OrderIndex(const QHash<QString, qsizetype> &byId)
        : m_byId(byId)
    { }
    qsizetype operator()(const QString &orderId)
    {
        if (orderId != m_lastId) {
            m_lastId = orderId;
            m_last = m_byId.value(orderId, -1);
        }
        return m_last;
    }

private:
    const QHash<QString, qsizetype> &m_byId;
    QString m_lastId;
    qsizetype m_last = -1;
};

/** Runs `sql` (bound to `key` unless empty) and hands each row to `row`. */
template<typename RowFn>
Status eachRow(Database &db, const QString &sql, const QString &key, bool cachedStatement, RowFn row)
{
    auto stmt = cachedStatement ? db.cached(sql) : db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    if (!key.isEmpty())
        s.bind(1, key);
    while (true) {
        auto more = s.step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            return {};
        row(s);
    }
}

} // namespace

Result<DeadlineInputs> ObligationLoader::order(const QString &orderId)
{
    auto loaded = load(Scope::Order, orderId);
    if (!loaded.ok())
        return loaded.error();
    if (loaded.value().isEmpty())
        return Error::make(Error::NotFound, u"no such order"_s);
    return loaded.value().first();
}

Result<QList<DeadlineInputs>> ObligationLoader::person(const QString &personId)
{
    return load(Scope::Person, personId);
}

Result<QList<DeadlineInputs>> ObligationLoader::all()
{
    return load(Scope::All, QString());
}

Result<QList<DeadlineInputs>> ObligationLoader::people(const QSet<QString> &personIds)
{
    QList<DeadlineInputs> inputs;
    if (personIds.size() >= kBulkLoadFrom) {
        auto every = all();
        if (!every.ok())
            return every.error();
        for (DeadlineInputs &in : every.value())
            if (personIds.contains(in.order.personId))
                inputs.append(std::move(in));
        return inputs;
    }
    for (const QString &id : personIds) {
        auto mine = person(id);
        if (!mine.ok())
            return mine.error();
        inputs.append(std::move(mine).value());
    }
    return inputs;
}

Result<QList<Obligation>> ObligationLoader::obligations(const QSet<QString> &personIds, const QDate &today)
{
    auto calendar = WorkCalendar::load(m_db);
    if (!calendar.ok())
        return calendar.error();
    const ObligationEngine engine(calendar.value(), DeadlineRules::builtIn().settings());
    auto inputs = people(personIds);
    if (!inputs.ok())
        return inputs.error();
    QList<Obligation> out;
    for (const DeadlineInputs &in : std::as_const(inputs.value())) {
        engine.appendChannel(in, Channel::Police, today, out);
        engine.appendChannel(in, Channel::Probation, today, out);
    }
    return out;
}

Result<QList<DeadlineInputs>> ObligationLoader::load(Scope scope, const QString &key)
{
    const QString orderWhere = scope == Scope::Order ? u"id = ?1"_s
        : scope == Scope::Person                     ? u"person_id = ?1"_s
                                                     : u"status IS NOT 'draft'"_s;
    const QString childWhere = scope == Scope::Order ? u"order_id = ?1"_s
        : scope == Scope::Person                     ? u"person_id = ?1"_s
                                                     : u"order_id IS NOT NULL"_s;
    const bool cachedStatement = scope != Scope::All;
    QList<DeadlineInputs> out;
    QHash<QString, qsizetype> byId;
    Status s = eachRow(m_db, orderColumns() + orderWhere, key, cachedStatement, [&](const Statement &row) {
        byId.insert(row.text(0), out.size());
        out.append(DeadlineInputs { orderTerms(row), {}, {} });
    });
    if (!s.ok())
        return s.error();
    if (out.isEmpty())
        return out;
    OrderIndex orderOf(byId);
    s = eachRow(m_db, suspensionColumns() + childWhere, key, cachedStatement, [&](const Statement &row) {
        if (const qsizetype i = orderOf(row.text(0)); i >= 0)
            out[i].suspensions.append(SuspensionPeriod { dayAt(row, 1), dayAt(row, 2) });
    });
    if (!s.ok())
        return s.error();
    s = eachRow(m_db, checkInColumns() + childWhere, key, cachedStatement, [&](const Statement &row) {
        CheckInFact c;
        if (const qsizetype i = orderOf(row.text(0)); i >= 0 && checkInFact(row, c))
            out[i].checkIns.append(std::move(c));
    });
    if (!s.ok())
        return s.error();
    return out;
}

} // namespace Qadam
