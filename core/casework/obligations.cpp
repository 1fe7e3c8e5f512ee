// The Art. 172 p9 deadline engine: obligations per channel from the order's rule, the days it is
// in force and not suspended, the working-day calendar and the check-ins. The rules are written
// out in obligations.h; this file follows them step by step: active days → windows and due dates
// → check-ins matched to obligations → status on `today`.
#include "obligations.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QDate kFar(9999, 12, 31); ///< stands for "open" at the end of a period
constexpr int kMaxChain = 5000; ///< every-N obligations per order: far more than any real term

/** A run of days, both ends inclusive. */
struct Interval
{
    QDate from;
    QDate to;
};
using Intervals = QVarLengthArray<Interval, 4>;

/** The days an order is in force and not suspended. */
class ActiveDays
{
public:
    ActiveDays(const OrderTerms &order, const QList<SuspensionPeriod> &suspensions)
        : m_first(order.startsOn)
        , m_last(order.lastDayInForce().isValid() ? order.lastDayInForce() : kFar)
    {
        for (const SuspensionPeriod &s : suspensions)
            if (s.startsOn.isValid())
                m_suspended.append({ s.startsOn, s.endsOn.isValid() ? s.endsOn : kFar });
        std::sort(m_suspended.begin(), m_suspended.end(),
            [](const Interval &a, const Interval &b) { return a.from < b.from; });
    }

    [[nodiscard]] QDate first() const { return m_first; }
    [[nodiscard]] QDate last() const { return m_last; }

    /** The active runs within [from, to], in order. */
    void clip(QDate from, QDate to, Intervals &out) const
    {
        out.clear();
        QDate cursor = std::max(from, m_first);
        const QDate end = std::min(to, m_last);
        for (const Interval &s : m_suspended) {
            if (cursor > end || s.from > end)
                break;
            if (s.to < cursor)
                continue;
            if (s.from > cursor)
                out.append({ cursor, s.from.addDays(-1) });
            cursor = s.to == kFar ? kFar : s.to.addDays(1);
        }
        if (cursor <= end)
            out.append({ cursor, end });
    }

    /** The suspension holding `d`, or nullptr. */
    [[nodiscard]] const Interval *suspensionAt(QDate d) const
    {
        for (const Interval &s : m_suspended)
            if (s.from <= d && d <= s.to)
                return &s;
        return nullptr;
    }

private:
    QDate m_first;
    QDate m_last;
    Intervals m_suspended;
};

/** One channel's check-ins, pointing into DeadlineInputs (no copies in the bulk pass). */
using Facts = QVarLengthArray<const CheckInFact *, 32>;

/** How check-ins decided one obligation: indices into the channel's check-ins, -1 for none. */
struct Decision
{
    int decider = -1; ///< the latest excused or missed record
    int attended = -1; ///< the earliest attendance
};
using Decisions = QVarLengthArray<Decision, 64>;

class MonthSlots;
struct Month;

/** One channel's computation: shared state of the steps below. */
struct ChannelRun
{
    const WorkCalendar &calendar;
    const DeadlineInputs &inputs;
    Channel channel;
    QDate today;
    QDate horizon; ///< the last day a window may open
    QDate dueSoonLimit; ///< due on or before this (and not past): due soon
    ActiveDays active;
    Facts checkIns; ///< this channel's, amendments applied

    [[nodiscard]] const ChannelRule &rule() const { return inputs.order.rule(channel); }
    [[nodiscard]] Obligation make(const Intervals &window, QDate nominal, QDate due) const;
    /** The last working day of the active runs on or before `limit`. */
    [[nodiscard]] QDate lastWorkingDay(const Intervals &runs, QDate limit) const;
    [[nodiscard]] std::optional<Obligation> monthObligation(const Month &month, Intervals &runs) const;
    void monthly(QList<Obligation> &out, Decisions &decisions) const;
    void matchMonthly(const Obligation *obligations, const MonthSlots &slots, Decisions &decisions) const;
    [[nodiscard]] Decision matchWindow(const Obligation &o) const;
    void everyN(QList<Obligation> &out, Decisions &decisions) const;
    [[nodiscard]] QDate addActiveDays(QDate from, int n) const;
    [[nodiscard]] QDate activeWorkingDayOnOrAfter(QDate d) const;
    void settle(Obligation &o, const Decision &d) const;
};

/** The check-ins of one channel, an amended record replaced by its amendment. */
Facts channelCheckIns(const QList<CheckInFact> &all, Channel channel)
{
    QSet<QString> amended;
    for (const CheckInFact &c : all)
        if (!c.amendsId.isEmpty())
            amended.insert(c.amendsId);
    Facts out;
    for (const CheckInFact &c : all)
        if (c.channel == channel && (amended.isEmpty() || !amended.contains(c.id)))
            out.append(&c);
    return out;
}

bool within(QDate d, QDate from, QDate to)
{
    return d.isValid() && from <= d && d <= to;
}

/** The last day an excused obligation accepts an attendance: its window end or the new date. */
QDate acceptsUntil(const Obligation &o, const Decision &d, const Facts &checkIns)
{
    if (d.decider < 0 || checkIns[d.decider]->outcome != CheckInOutcome::Excused)
        return o.windowEnd;
    return std::max(o.windowEnd, checkIns[d.decider]->newDueOn);
}

/** Keeps the later record (UUIDv7 ids sort by creation time). */
void decide(Decision &d, int index, const Facts &checkIns)
{
    if (d.decider < 0 || checkIns[index]->id > checkIns[d.decider]->id)
        d.decider = index;
}

/** Keeps the earlier attendance. */
void attend(Decision &d, int index, const Facts &checkIns)
{
    if (d.attended < 0 || checkIns[index]->occurredOn < checkIns[d.attended]->occurredOn)
        d.attended = index;
}

/** Months counted from year 0: consecutive months differ by one. One calendar conversion (the
 *  engine's hot path: QDate's year() and month() convert twice). */
int monthNumber(QDate d)
{
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    return year * 12 + month - 1;
}

/** A month by its monthNumber: its first day and its length. */
struct Month
{
    explicit Month(int number)
        : year(number / 12)
        , month(number % 12 + 1)
        , first(year, month, 1)
    {
        static constexpr int lengths[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        days = lengths[month - 1] + (month == 2 && QDate::isLeapYear(year) ? 1 : 0);
    }
    [[nodiscard]] QDate last() const { return first.addDays(days - 1); }
    [[nodiscard]] QDate day(int d) const { return first.addDays(std::clamp(d, 1, days) - 1); }

    int year;
    int month;
    QDate first;
    int days = 0;
};

Obligation ChannelRun::make(const Intervals &window, QDate nominal, QDate due) const
{
    Obligation o;
    o.orderId = inputs.order.id;
    o.personId = inputs.order.personId;
    o.decisionNumber = inputs.order.decisionNumber;
    o.channel = channel;
    o.rule = rule().kind;
    o.ruleValue = o.rule == DeadlineRule::FixedDay ? rule().fixedDay
        : o.rule == DeadlineRule::EveryNDays       ? rule().everyDays
                                                   : 0;
    o.windowStart = window.front().from;
    o.windowEnd = window.back().to;
    o.nominalDue = nominal;
    o.dueOn = due;
    return o;
}

QDate ChannelRun::lastWorkingDay(const Intervals &runs, QDate limit) const
{
    for (qsizetype i = runs.size() - 1; i >= 0; --i) {
        if (runs[i].from > limit)
            continue;
        const QDate d = calendar.workingDayOnOrBefore(std::min(runs[i].to, limit));
        if (d.isValid() && d >= runs[i].from)
            return d;
    }
    return {};
}

/** Which obligation (index from the first of the channel) each month holds, -1 for none. */
class MonthSlots
{
public:
    MonthSlots(QDate first, QDate last)
        : m_first(monthNumber(first))
        , m_slots(std::max(0, monthNumber(last) - m_first + 1), -1)
    { }
    void set(int number, int index) { m_slots[number - m_first] = index; }
    [[nodiscard]] int of(QDate d) const
    {
        const int i = d.isValid() ? monthNumber(d) - m_first : -1;
        return i >= 0 && i < m_slots.size() ? m_slots[i] : -1;
    }

private:
    int m_first;
    QVarLengthArray<int, 128> m_slots;
};

std::optional<Obligation> ChannelRun::monthObligation(const Month &month, Intervals &runs) const
{
    active.clip(month.first, month.last(), runs);
    const QDate lastWorking = runs.isEmpty() ? QDate() : lastWorkingDay(runs, runs.back().to);
    if (!lastWorking.isValid())
        return std::nullopt;
    if (rule().kind != DeadlineRule::FixedDay)
        return make(runs, lastWorking, lastWorking);
    const QDate nominal = month.day(rule().fixedDay);
    const QDate before = lastWorkingDay(runs, nominal);
    return make(runs, nominal, before.isValid() ? before : lastWorking);
}

/** Calendar month and fixed day: one obligation per month with an active working day. */
void ChannelRun::monthly(QList<Obligation> &out, Decisions &decisions) const
{
    const qsizetype begin = out.size();
    const QDate last = std::min(active.last(), horizon);
    MonthSlots slots(active.first(), last);
    Intervals runs;
    for (int m = monthNumber(active.first()), lastMonth = monthNumber(last); m <= lastMonth; ++m) {
        if (std::optional<Obligation> o = monthObligation(Month(m), runs)) {
            slots.set(m, int(out.size() - begin));
            out.append(std::move(*o));
        }
    }
    decisions.resize(out.size() - begin);
    matchMonthly(out.constData() + begin, slots, decisions);
}

void ChannelRun::matchMonthly(
    const Obligation *obligations, const MonthSlots &slots, Decisions &decisions) const
{
    for (int i = 0; i < checkIns.size(); ++i)
        if (const int s = slots.of(checkIns[i]->answers());
            s >= 0 && checkIns[i]->outcome != CheckInOutcome::Attended)
            decide(decisions[s], i, checkIns);
    for (int i = 0; i < checkIns.size(); ++i) {
        const CheckInFact &c = *checkIns[i];
        if (c.outcome != CheckInOutcome::Attended)
            continue;
        int s = slots.of(c.obligationDue);
        if (s >= 0
            && !within(c.occurredOn, obligations[s].windowStart,
                acceptsUntil(obligations[s], decisions[s], checkIns)))
            s = -1;
        if (s < 0 && (s = slots.of(c.occurredOn)) >= 0
            && !within(c.occurredOn, obligations[s].windowStart, obligations[s].windowEnd))
            s = -1;
        if (s >= 0)
            attend(decisions[s], i, checkIns);
    }
}

QDate ChannelRun::addActiveDays(QDate from, int n) const
{
    QDate d = from;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        if (d > active.last())
            return {};
        if (const Interval *s = active.suspensionAt(d)) {
            if (s->to == kFar)
                return {};
            d = s->to;
            continue;
        }
        ++counted;
    }
    return d;
}

QDate ChannelRun::activeWorkingDayOnOrAfter(QDate d) const
{
    for (int step = 0; d.isValid() && step < kMaxChain; ++step) {
        d = calendar.workingDayOnOrAfter(d);
        const Interval *s = d.isValid() ? active.suspensionAt(d) : nullptr;
        if (!s)
            return d;
        d = s->to == kFar ? QDate() : s->to.addDays(1);
    }
    return {};
}

/** Every N days: the check-ins that decide one obligation of the chain. */
Decision ChannelRun::matchWindow(const Obligation &o) const
{
    Decision d;
    for (int i = 0; i < checkIns.size(); ++i)
        if (checkIns[i]->outcome != CheckInOutcome::Attended
            && within(checkIns[i]->answers(), o.windowStart, o.dueOn))
            decide(d, i, checkIns);
    const QDate until = acceptsUntil(o, d, checkIns);
    for (int i = 0; i < checkIns.size(); ++i)
        if (checkIns[i]->outcome == CheckInOutcome::Attended
            && within(checkIns[i]->occurredOn, o.windowStart, until))
            attend(d, i, checkIns);
    return d;
}

/** Every N days: a chain, each due date counted from the appearance that settled the one before
 *  (after a miss, from the missed due date; after an excuse, from its later new date). */
void ChannelRun::everyN(QList<Obligation> &out, Decisions &decisions) const
{
    const int n = std::max(1, rule().everyDays);
    QDate from = active.first();
    QDate windowStart = active.first();
    for (int step = 0; step < kMaxChain && windowStart <= horizon; ++step) {
        const QDate nominal = addActiveDays(from, n);
        const QDate due = nominal.isValid() ? activeWorkingDayOnOrAfter(nominal) : QDate();
        if (!due.isValid() || due > active.last())
            return;
        out.append(make({ { windowStart, due } }, nominal, due));
        const Decision d = matchWindow(out.last());
        decisions.append(d);
        const CheckInFact *excuse = d.decider >= 0 && checkIns[d.decider]->outcome == CheckInOutcome::Excused
            ? checkIns[d.decider]
            : nullptr;
        from = d.attended >= 0                 ? checkIns[d.attended]->occurredOn
            : excuse && excuse->newDueOn > due ? excuse->newDueOn
                                               : due;
        windowStart = from.addDays(1);
    }
}

void ChannelRun::settle(Obligation &o, const Decision &d) const
{
    if (d.decider >= 0) {
        const CheckInFact &c = *checkIns[d.decider];
        o.checkInId = c.id;
        o.status
            = c.outcome == CheckInOutcome::Excused ? ObligationStatus::Excused : ObligationStatus::Missed;
        if (c.outcome == CheckInOutcome::Excused) {
            o.excuseReason = c.excuseReason;
            o.newDueOn = c.newDueOn;
        }
    }
    if (d.attended >= 0) {
        o.checkInId = checkIns[d.attended]->id;
        o.attendedOn = checkIns[d.attended]->occurredOn;
        o.status = ObligationStatus::Attended;
        return;
    }
    if (d.decider < 0) {
        o.status = today < o.windowStart ? ObligationStatus::Upcoming
            : today <= o.dueOn
            ? (o.dueOn <= dueSoonLimit ? ObligationStatus::DueSoon : ObligationStatus::Open)
            : today <= o.windowEnd ? ObligationStatus::Overdue
                                   : ObligationStatus::Missed;
    }
    if (o.isUnsatisfied() && today > o.dueOn) {
        o.overdueDays = int(o.dueOn.daysTo(today));
        o.overdueWorkingDays = calendar.workingDaysBetween(o.dueOn, today);
    }
}

} // namespace

QString channelName(Channel channel)
{
    return channel == Channel::Police ? u"police"_s : u"probation"_s;
}

bool channelFromName(QStringView name, Channel *channel)
{
    if (name == u"police")
        *channel = Channel::Police;
    else if (name == u"probation")
        *channel = Channel::Probation;
    else
        return false;
    return true;
}

QString ruleName(DeadlineRule rule)
{
    switch (rule) {
    case DeadlineRule::FixedDay:
        return u"fixed_day"_s;
    case DeadlineRule::EveryNDays:
        return u"every_n_days"_s;
    case DeadlineRule::CalendarMonth:
        break;
    }
    return u"calendar_month"_s;
}

DeadlineRule ruleFromName(QStringView name)
{
    return name == u"fixed_day"   ? DeadlineRule::FixedDay
        : name == u"every_n_days" ? DeadlineRule::EveryNDays
                                  : DeadlineRule::CalendarMonth;
}

QString statusName(ObligationStatus status)
{
    static const QStringList names
        = { u"upcoming"_s, u"open"_s, u"due_soon"_s, u"overdue"_s, u"attended"_s, u"excused"_s, u"missed"_s };
    return names.at(int(status));
}

bool outcomeFromName(QStringView name, CheckInOutcome *outcome)
{
    if (name == u"attended")
        *outcome = CheckInOutcome::Attended;
    else if (name == u"missed")
        *outcome = CheckInOutcome::Missed;
    else if (name == u"excused")
        *outcome = CheckInOutcome::Excused;
    else
        return false;
    return true;
}

QDate OrderTerms::lastDayInForce() const
{
    const QDate beforeTermination = terminatedOn.isValid() ? terminatedOn.addDays(-1) : QDate();
    if (!endsOn.isValid())
        return beforeTermination;
    return beforeTermination.isValid() ? std::min(endsOn, beforeTermination) : endsOn;
}

QString Obligation::key() const
{
    const QString when
        = rule == DeadlineRule::EveryNDays ? dueOn.toString(Qt::ISODate) : dueOn.toString(u"yyyy-MM");
    return orderId + u':' + channelName(channel) + u':' + when;
}

QList<Obligation> ObligationEngine::compute(const DeadlineInputs &inputs, QDate today) const
{
    QList<Obligation> out;
    appendChannel(inputs, Channel::Police, today, out);
    appendChannel(inputs, Channel::Probation, today, out);
    return out;
}

QList<Obligation> ObligationEngine::compute(const DeadlineInputs &inputs, Channel channel, QDate today) const
{
    QList<Obligation> out;
    appendChannel(inputs, channel, today, out);
    return out;
}

void ObligationEngine::appendChannel(
    const DeadlineInputs &inputs, Channel channel, QDate today, QList<Obligation> &out) const
{
    const OrderTerms &order = inputs.order;
    if (order.status == u"draft" || !order.startsOn.isValid() || !today.isValid())
        return;
    const Month horizonMonth(monthNumber(today) + m_settings.horizonMonths);
    const ChannelRun run { m_calendar, inputs, channel, today, horizonMonth.last(),
        m_calendar.addWorkingDays(today, m_settings.dueSoonWorkingDays),
        ActiveDays(order, inputs.suspensions), channelCheckIns(inputs.checkIns, channel) };
    if (run.active.last() < run.active.first())
        return;
    const qsizetype begin = out.size();
    Decisions decisions;
    if (order.rule(channel).kind == DeadlineRule::EveryNDays)
        run.everyN(out, decisions);
    else
        run.monthly(out, decisions);
    for (qsizetype i = begin; i < out.size(); ++i)
        run.settle(out[i], decisions[i - begin]);
}

} // namespace Qadam
