#pragma once

#include "workcalendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Qadam {

// The legal-deadline engine of PEC Art. 172 part 9: a person under administrative supervision
// appears at least once a month at the police (registration, reporting, preventive conversation)
// and at the probation service (report on the assistance received) — two independent
// obligations, each with its own rule, window, due date and status. A pure function of plain
// inputs (the order's terms, its suspensions, the check-ins, the calendar and `today`), testable
// without a database; ObligationLoader reads the inputs from the store.
//
// The rules, as decided for this engine (see also the closing note of issue 3):
// - In force: from startsOn through endsOn (inclusive), or through the day before terminatedOn
//   when that is earlier; a draft order has no obligations. A suspension stops obligations from
//   its startsOn through its endsOn (inclusive; open while endsOn is empty). The order's status
//   field is not consulted beyond "draft": the dates and suspension records decide.
// - Calendar month (default): month M has an obligation when the order is in force and not
//   suspended on at least one working day of M. Its window runs from the first to the last such
//   day (calendar days, suspended gaps included); it is due on the last working day of it.
// - Fixed day d: the window is the calendar-month window; due on day d (the month's last day
//   when shorter), or the previous working day of the window when d is not one; when the window
//   has no working day on or before d (the order began after d), on the window's last working day.
// - Every N days: due N days (suspended days not counted) after the last attended appearance of
//   the channel — the first after the order's start, and after a miss N days after the missed
//   due date (or after an excuse's new date) — moved to the next working day. Its window runs
//   from the day after that appearance to the due date. No obligation falls due after the order.
// - An attended check-in of the channel satisfies the obligation whose window holds its date (or
//   the one its obligationDue names, when the date lies in that window or before the new date of
//   an excuse). One check-in satisfies one obligation; the earliest attendance counts.
// - An excused or missed check-in decides the obligation it answers: for the monthly rules the
//   one of the month of its obligationDue (dueOn when that is empty), for every N days the one
//   whose window holds that date; when several do, the latest record (by id: UUIDv7 ids sort by
//   creation) wins, so a missed record after an excuse whose new date passed makes it missed. An
//   attendance always wins over both. An amended check-in is replaced by its amendment. An excused
//   obligation stays excused (it never alerts) until an attendance or a later record.
// - Status at `today`: attended; excused; missed when a missed check-in says so; upcoming
//   before the window opens; due soon from the day the due date is within the next
//   `dueSoonWorkingDays` working days (due today included); open before that; OVERDUE from the
//   day after the due date while the window is still open (fixed day: the rest of the month;
//   calendar month: the weekend or holidays after its last working day); MISSED from the day after
//   the window closed unattended (every N days: the day after the due date). Overdue days are
//   counted both as calendar days (shown) and as working days (escalation).
// - Obligations are listed from the order's start until the end of the month `horizonMonths`
//   after today's (by default: through next month).

/** The two appearance channels of Art. 172 p9. */
enum class Channel : quint8 { Police, Probation };
/** How a channel's due date is set (SupervisionOrder.policeRule / probationRule). */
enum class DeadlineRule : quint8 { CalendarMonth, FixedDay, EveryNDays };
/** Where an obligation stands on a given day. */
enum class ObligationStatus : quint8 { Upcoming, Open, DueSoon, Overdue, Attended, Excused, Missed };
/** CheckIn.outcome. */
enum class CheckInOutcome : quint8 { Attended, Missed, Excused };

[[nodiscard]] QString channelName(Channel channel); ///< "police", "probation"
bool channelFromName(QStringView name, Channel *channel); ///< false (channel untouched) for another name
[[nodiscard]] QString ruleName(DeadlineRule rule); ///< the schema's enum values
[[nodiscard]] DeadlineRule ruleFromName(QStringView name); ///< empty/unknown → CalendarMonth
[[nodiscard]] QString statusName(ObligationStatus status); ///< "due_soon", "overdue", …
bool outcomeFromName(QStringView name, CheckInOutcome *outcome);

/** One channel's rule as set on the order. */
struct ChannelRule
{
    DeadlineRule kind = DeadlineRule::CalendarMonth;
    int fixedDay = 0; ///< 1–31, FixedDay only
    int everyDays = 0; ///< ≥ 1, EveryNDays only
};

/** What the engine needs of a SupervisionOrder. Ids only, no case content. */
struct OrderTerms
{
    QString id;
    QString personId;
    QString decisionNumber;
    QString status;
    QDate startsOn;
    QDate endsOn; ///< invalid: open-ended
    QDate terminatedOn; ///< invalid: not terminated
    ChannelRule police;
    ChannelRule probation;
    QString policeOfficerId;
    QString probationOfficerId;
    QString probationUnitId;

    [[nodiscard]] const ChannelRule &rule(Channel channel) const
    {
        return channel == Channel::Police ? police : probation;
    }
    /** The last day in force: endsOn or the day before terminatedOn, the earlier; invalid = open. */
    [[nodiscard]] QDate lastDayInForce() const;
    [[nodiscard]] const QString &officerId(Channel channel) const
    {
        return channel == Channel::Police ? policeOfficerId : probationOfficerId;
    }
};

/** An OrderSuspension's dates. */
struct SuspensionPeriod
{
    QDate startsOn;
    QDate endsOn; ///< invalid: still suspended
};

/** What the engine needs of a CheckIn. excuseReason is a note: shown, never logged. */
struct CheckInFact
{
    QString id;
    QString amendsId;
    Channel channel = Channel::Probation;
    CheckInOutcome outcome = CheckInOutcome::Attended;
    QDate dueOn;
    QDate obligationDue;
    QDate occurredOn;
    QDate newDueOn;
    QString excuseReason;

    /** The due date it answers: obligationDue, else dueOn. */
    [[nodiscard]] QDate answers() const { return obligationDue.isValid() ? obligationDue : dueOn; }
};

/** Everything about one order the engine reads. */
struct DeadlineInputs
{
    OrderTerms order;
    QList<SuspensionPeriod> suspensions;
    QList<CheckInFact> checkIns; ///< both channels, any order
};

/** One Art. 172 p9 obligation of one channel, with its status on the day it was computed for. */
struct Obligation
{
    QString orderId;
    QString personId;
    QString decisionNumber;
    Channel channel = Channel::Probation;
    DeadlineRule rule = DeadlineRule::CalendarMonth;
    int ruleValue = 0; ///< the fixed day or N
    QDate windowStart;
    QDate windowEnd;
    QDate nominalDue; ///< the date the rule names before the working-day move
    QDate dueOn;
    ObligationStatus status = ObligationStatus::Upcoming;
    int overdueDays = 0; ///< calendar days past due, unsatisfied (overdue or missed)
    int overdueWorkingDays = 0; ///< working days in (dueOn, today], unsatisfied
    QString checkInId; ///< the check-in that satisfied, excused or marked it missed
    QDate attendedOn;
    QDate newDueOn; ///< excused: the new date given
    QString excuseReason;

    /** De-duplication key of its alert (Alert.obligationKey), also given to the alert of a missed
     *  appearance an officer records: "<orderId>:<channel>:<yyyy-MM>" for the monthly rules (one
     *  obligation a month; stable when a calendar update moves the due date within the month),
     *  "<orderId>:<channel>:<yyyy-MM-dd>" (the due date) for every N days. */
    [[nodiscard]] QString key() const;
    [[nodiscard]] bool isLate() const { return attendedOn.isValid() && attendedOn > dueOn; }
    [[nodiscard]] bool isUnsatisfied() const
    {
        return status == ObligationStatus::Overdue || status == ObligationStatus::Missed;
    }
};

/** The engine's tunables (from deadline_rules.json, see DeadlineRules). */
struct DeadlineSettings
{
    int dueSoonWorkingDays = 3;
    /** Obligations are listed while their window opens by the end of the month this many months
     *  after today's (1: through next month). */
    int horizonMonths = 1;
};

/** The pure deadline engine. Reentrant; holds the calendar by value (shared, immutable). */
class ObligationEngine
{
public:
    explicit ObligationEngine(WorkCalendar calendar, DeadlineSettings settings = {})
        : m_calendar(std::move(calendar))
        , m_settings(settings)
    { }

    /** Both channels' obligations, police first, each in due-date order. */
    [[nodiscard]] QList<Obligation> compute(const DeadlineInputs &inputs, QDate today) const;
    /** One channel's obligations in due-date order. */
    [[nodiscard]] QList<Obligation> compute(const DeadlineInputs &inputs, Channel channel, QDate today) const;
    /** Appends one channel's obligations to `out` (reuses its storage in bulk passes). */
    void appendChannel(
        const DeadlineInputs &inputs, Channel channel, QDate today, QList<Obligation> &out) const;

    [[nodiscard]] const WorkCalendar &calendar() const { return m_calendar; }
    [[nodiscard]] const DeadlineSettings &settings() const { return m_settings; }

private:
    WorkCalendar m_calendar;
    DeadlineSettings m_settings;
};

} // namespace Qadam
