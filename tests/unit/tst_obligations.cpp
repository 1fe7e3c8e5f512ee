// ObligationEngine: the Art. 172 p9 deadline table — windows, due dates and statuses of both
// channels under the three rules, with the Kazakhstan calendar of 2024–2028 — plus the texts
// that explain an obligation in kk, ru and en, and the rules file they come from.
#include "casework/obligationrules.h"
#include "casework/obligations.h"
#include "casework/obligationtext.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

/** "calendar_month", "fixed_day:10" or "every_n_days:14". */
ChannelRule ruleOf(const QString &spec)
{
    const QStringList parts = spec.split(u':');
    const DeadlineRule kind = ruleFromName(parts.first());
    const int value = parts.value(1).toInt();
    return { kind, kind == DeadlineRule::FixedDay ? value : 0, kind == DeadlineRule::EveryNDays ? value : 0 };
}

/** "2026-04-20..2026-05-10", or "2026-05-15.." while still suspended. */
QList<SuspensionPeriod> suspensionsOf(const QStringList &specs)
{
    QList<SuspensionPeriod> out;
    for (const QString &spec : specs) {
        const QStringList ends = spec.split(u".."_s);
        out << SuspensionPeriod { QDate::fromString(ends.at(0), Qt::ISODate),
            QDate::fromString(ends.value(1), Qt::ISODate) };
    }
    return out;
}

/** "<channel> <outcome> on=… due=… for=… new=… amends=ci-1"; ids ci-1, ci-2, … in the order given. */
QList<CheckInFact> checkInsOf(const QStringList &specs)
{
    QList<CheckInFact> out;
    for (const QString &spec : specs) {
        const QStringList words = spec.split(u' ');
        CheckInFact c;
        c.id = u"ci-%1"_s.arg(out.size() + 1);
        (void)channelFromName(words.at(0), &c.channel);
        (void)outcomeFromName(words.at(1), &c.outcome);
        for (const QString &word : words.mid(2)) {
            const QString key = word.section(u'=', 0, 0);
            const QString value = word.section(u'=', 1);
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (key == u"on")
                c.occurredOn = date;
            else if (key == u"due")
                c.dueOn = date;
            else if (key == u"for")
                c.obligationDue = date;
            else if (key == u"new")
                c.newDueOn = date;
            else if (key == u"amends")
                c.amendsId = value;
        }
        if (!c.dueOn.isValid())
            c.dueOn = c.obligationDue.isValid() ? c.obligationDue : c.occurredOn;
        c.excuseReason = c.outcome == CheckInOutcome::Excused ? u"illness"_s : QString();
        out << c;
    }
    return out;
}

DeadlineInputs inputs(QDate starts, QDate ends, const QString &police = u"calendar_month"_s,
    const QString &probation = u"calendar_month"_s)
{
    DeadlineInputs in;
    in.order.id = u"order-1"_s;
    in.order.personId = u"person-1"_s;
    in.order.decisionNumber = u"2-123/2026"_s;
    in.order.status = u"in_force"_s;
    in.order.startsOn = starts;
    in.order.endsOn = ends;
    in.order.police = ruleOf(police);
    in.order.probation = ruleOf(probation);
    return in;
}

QString describe(const Obligation &o)
{
    return u"%1 %2 %3..%4 %5"_s.arg(channelName(o.channel), o.dueOn.toString(Qt::ISODate),
        o.windowStart.toString(Qt::ISODate), o.windowEnd.toString(Qt::ISODate), statusName(o.status));
}

QStringList describeAll(const QList<Obligation> &obligations)
{
    QStringList out;
    for (const Obligation &o : obligations)
        out << describe(o);
    return out;
}

WorkCalendar calendar()
{
    auto c = WorkCalendar::builtIn();
    return c.ok() ? c.value() : WorkCalendar();
}

/** One obligation set up by rule, month and channel, for the text tests. */
Obligation single(const QString &rule, QDate starts, QDate ends, QDate today, Channel channel,
    const QStringList &checkIns = {})
{
    DeadlineInputs in = inputs(starts, ends, rule, rule);
    in.checkIns = checkInsOf(checkIns);
    const QList<Obligation> all = ObligationEngine(calendar()).compute(in, channel, today);
    return all.isEmpty() ? Obligation() : all.first();
}

} // namespace

class tst_Obligations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deadlines_data();
    void deadlines();
    void extensionAddsItsMonths();
    void draftOrderHasNoObligations();
    void overdueCountsCalendarAndWorkingDays();
    void lateAttendanceIsMarked();
    void keyIsOnePerMonthOrDueDate();
    void explain_data();
    void explain();
    void statusText_data();
    void statusText();
    void builtInRulesAreComplete();
    void malformedRulesAreRefused_data();
    void malformedRulesAreRefused();
    void escalationLevelsByDaysOverdue();
};

void tst_Obligations::deadlines_data()
{
    QTest::addColumn<QDate>("starts");
    QTest::addColumn<QDate>("ends");
    QTest::addColumn<QDate>("terminated");
    QTest::addColumn<QString>("police");
    QTest::addColumn<QString>("probation");
    QTest::addColumn<QStringList>("suspensions");
    QTest::addColumn<QStringList>("checkIns");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QStringList>("expected");

    const QString month = u"calendar_month"_s;
    const auto row
        = [&](const char *name, QDate starts, QDate ends, const QString &rule, const QStringList &suspended,
              const QStringList &checkIns, QDate today, const QStringList &expected) {
              QTest::newRow(name) << starts << ends << QDate() << month << rule << suspended << checkIns
                                  << today << u"probation"_s << expected;
          };

    // Month ends and month lengths (calendar-month rule: the last working day of the window).
    row("30-day month: due on its last day", QDate(2026, 4, 1), QDate(2026, 4, 30), month, {}, {},
        QDate(2026, 5, 4), { u"probation 2026-04-30 2026-04-01..2026-04-30 missed"_s });
    row("31-day month ending on a weekend", QDate(2026, 5, 1), QDate(2026, 5, 31), month, {}, {},
        QDate(2026, 6, 2), { u"probation 2026-05-29 2026-05-01..2026-05-31 missed"_s });
    row("28-day February ending on a Saturday", QDate(2026, 2, 1), QDate(2026, 2, 28), month, {}, {},
        QDate(2026, 2, 20), { u"probation 2026-02-27 2026-02-01..2026-02-28 open"_s });
    row("29-day February of a leap year", QDate(2028, 2, 1), QDate(2028, 2, 29), month, {}, {},
        QDate(2028, 2, 25), { u"probation 2028-02-29 2028-02-01..2028-02-29 due_soon"_s });
    row("month ends across the new year", QDate(2025, 12, 1), QDate(2026, 1, 31), month, {}, {},
        QDate(2026, 2, 3),
        { u"probation 2025-12-31 2025-12-01..2025-12-31 missed"_s,
            u"probation 2026-01-30 2026-01-01..2026-01-31 missed"_s });

    // The order's own dates.
    row("order starting on the 31st, a Saturday: nothing that month", QDate(2026, 1, 31), QDate(2026, 3, 31),
        month, {}, {}, QDate(2026, 4, 6),
        { u"probation 2026-02-27 2026-02-01..2026-02-28 missed"_s,
            u"probation 2026-03-31 2026-03-01..2026-03-31 missed"_s });
    row("order starting on the 31st, a working day: a one-day window", QDate(2026, 3, 31), QDate(2026, 4, 30),
        month, {}, {}, QDate(2026, 3, 31),
        { u"probation 2026-03-31 2026-03-31..2026-03-31 due_soon"_s,
            u"probation 2026-04-30 2026-04-01..2026-04-30 upcoming"_s });
    row("order ending mid-month", QDate(2026, 4, 1), QDate(2026, 5, 13), month, {}, {}, QDate(2026, 5, 20),
        { u"probation 2026-04-30 2026-04-01..2026-04-30 missed"_s,
            u"probation 2026-05-13 2026-05-01..2026-05-13 missed"_s });
    row("open-ended order lists through next month", QDate(2026, 3, 1), QDate(), month, {}, {},
        QDate(2026, 4, 20),
        { u"probation 2026-03-31 2026-03-01..2026-03-31 missed"_s,
            u"probation 2026-04-30 2026-04-01..2026-04-30 open"_s,
            u"probation 2026-05-29 2026-05-01..2026-05-31 upcoming"_s });
    QTest::newRow("terminated order: the last day in force is the day before")
        << QDate(2026, 1, 1) << QDate(2027, 12, 31) << QDate(2026, 3, 10) << month << month << QStringList()
        << QStringList() << QDate(2026, 4, 1) << u"probation"_s
        << QStringList { u"probation 2026-01-30 2026-01-01..2026-01-31 missed"_s,
               u"probation 2026-02-27 2026-02-01..2026-02-28 missed"_s,
               u"probation 2026-03-06 2026-03-01..2026-03-09 missed"_s };

    // Suspensions.
    row("suspension spanning a month boundary", QDate(2026, 3, 1), QDate(2026, 6, 30), month,
        { u"2026-04-20..2026-05-10"_s }, {}, QDate(2026, 7, 1),
        { u"probation 2026-03-31 2026-03-01..2026-03-31 missed"_s,
            u"probation 2026-04-17 2026-04-01..2026-04-19 missed"_s,
            u"probation 2026-05-29 2026-05-11..2026-05-31 missed"_s,
            u"probation 2026-06-30 2026-06-01..2026-06-30 missed"_s });
    row("suspension covering a whole month", QDate(2026, 3, 1), QDate(2026, 5, 31), month,
        { u"2026-03-28..2026-05-02"_s }, {}, QDate(2026, 6, 1),
        { u"probation 2026-03-27 2026-03-01..2026-03-27 missed"_s,
            u"probation 2026-05-29 2026-05-03..2026-05-31 missed"_s });
    row("open suspension stops the obligations", QDate(2026, 3, 1), QDate(2026, 12, 31), month,
        { u"2026-05-15.."_s }, {}, QDate(2026, 6, 10),
        { u"probation 2026-03-31 2026-03-01..2026-03-31 missed"_s,
            u"probation 2026-04-30 2026-04-01..2026-04-30 missed"_s,
            u"probation 2026-05-14 2026-05-01..2026-05-14 missed"_s });

    // Fixed day.
    row("fixed day 31 in February: the last day, then the working day before", QDate(2026, 2, 1),
        QDate(2026, 3, 31), u"fixed_day:31"_s, {}, {}, QDate(2026, 4, 1),
        { u"probation 2026-02-27 2026-02-01..2026-02-28 missed"_s,
            u"probation 2026-03-31 2026-03-01..2026-03-31 missed"_s });
    row("fixed day 31 in a leap February", QDate(2028, 2, 1), QDate(2028, 2, 29), u"fixed_day:31"_s, {}, {},
        QDate(2028, 3, 1), { u"probation 2028-02-29 2028-02-01..2028-02-29 missed"_s });
    row("fixed day on a holiday moves to the previous working day", QDate(2026, 3, 1), QDate(2026, 3, 31),
        u"fixed_day:8"_s, {}, {}, QDate(2026, 3, 2),
        { u"probation 2026-03-06 2026-03-01..2026-03-31 open"_s });
    row("fixed day on Nauryz moves back over the weekend", QDate(2026, 3, 1), QDate(2026, 3, 31),
        u"fixed_day:23"_s, {}, {}, QDate(2026, 3, 19),
        { u"probation 2026-03-20 2026-03-01..2026-03-31 due_soon"_s });
    row("fixed day before the order's start: the window's last working day", QDate(2026, 4, 15),
        QDate(2026, 5, 31), u"fixed_day:10"_s, {}, {}, QDate(2026, 4, 15),
        { u"probation 2026-04-30 2026-04-15..2026-04-30 open"_s,
            u"probation 2026-05-08 2026-05-01..2026-05-31 upcoming"_s });
    row("fixed day inside a suspension: the working day before it", QDate(2026, 4, 1), QDate(2026, 4, 30),
        u"fixed_day:15"_s, { u"2026-04-13..2026-04-20"_s }, {}, QDate(2026, 5, 1),
        { u"probation 2026-04-10 2026-04-01..2026-04-30 missed"_s });
    row("transfer Saturday is a working day", QDate(2024, 5, 1), QDate(2024, 5, 31), u"fixed_day:4"_s, {}, {},
        QDate(2024, 5, 2), { u"probation 2024-05-04 2024-05-01..2024-05-31 due_soon"_s });
    row("bridge day of a transfer is not; overdue while the window is open", QDate(2024, 4, 1),
        QDate(2024, 5, 31), u"fixed_day:8"_s, {}, {}, QDate(2024, 4, 29),
        { u"probation 2024-04-08 2024-04-01..2024-04-30 overdue"_s,
            u"probation 2024-05-06 2024-05-01..2024-05-31 upcoming"_s });

    // Every N days.
    row("every N days across a holiday", QDate(2026, 3, 9), QDate(2026, 4, 30), u"every_n_days:14"_s, {},
        { u"probation attended on=2026-03-26"_s }, QDate(2026, 4, 20),
        { u"probation 2026-03-26 2026-03-09..2026-03-26 attended"_s,
            u"probation 2026-04-09 2026-03-27..2026-04-09 missed"_s,
            u"probation 2026-04-23 2026-04-10..2026-04-23 due_soon"_s });
    row("every N days counts on from a late appearance", QDate(2026, 4, 1), QDate(2026, 5, 10),
        u"every_n_days:10"_s, {}, { u"probation attended on=2026-04-14"_s }, QDate(2026, 4, 30),
        { u"probation 2026-04-13 2026-04-01..2026-04-13 missed"_s,
            u"probation 2026-04-23 2026-04-14..2026-04-23 attended"_s,
            u"probation 2026-04-24 2026-04-15..2026-04-24 missed"_s,
            u"probation 2026-05-04 2026-04-25..2026-05-04 due_soon"_s });
    row("every N days stops the clock while suspended", QDate(2026, 4, 1), QDate(2026, 5, 5),
        u"every_n_days:10"_s, { u"2026-04-06..2026-04-10"_s }, {}, QDate(2026, 4, 10),
        { u"probation 2026-04-16 2026-04-01..2026-04-16 open"_s,
            u"probation 2026-04-27 2026-04-17..2026-04-27 upcoming"_s });

    // Check-ins.
    row("attended on the due date itself", QDate(2026, 4, 1), QDate(2026, 4, 30), month, {},
        { u"probation attended on=2026-04-30"_s }, QDate(2026, 5, 5),
        { u"probation 2026-04-30 2026-04-01..2026-04-30 attended"_s });
    row("attended one day after: the window has closed, it is next month's", QDate(2026, 4, 1),
        QDate(2026, 5, 31), month, {}, { u"probation attended on=2026-05-01 for=2026-04-30"_s },
        QDate(2026, 6, 1),
        { u"probation 2026-04-30 2026-04-01..2026-04-30 missed"_s,
            u"probation 2026-05-29 2026-05-01..2026-05-31 attended"_s });
    row("attended one day after a fixed day: late, inside the window", QDate(2026, 4, 1), QDate(2026, 4, 30),
        u"fixed_day:15"_s, {}, { u"probation attended on=2026-04-16"_s }, QDate(2026, 5, 4),
        { u"probation 2026-04-15 2026-04-01..2026-04-30 attended"_s });
    row("check-in outside the window satisfies nothing", QDate(2026, 4, 1), QDate(2026, 4, 30), month, {},
        { u"probation attended on=2026-03-31 for=2026-04-30"_s }, QDate(2026, 5, 4),
        { u"probation 2026-04-30 2026-04-01..2026-04-30 missed"_s });
    row("excused with a new date", QDate(2026, 4, 1), QDate(2026, 5, 31), month, {},
        { u"probation excused for=2026-04-30 new=2026-05-06"_s }, QDate(2026, 5, 4),
        { u"probation 2026-04-30 2026-04-01..2026-04-30 excused"_s,
            u"probation 2026-05-29 2026-05-01..2026-05-31 open"_s });
    row("attended by the excuse's new date", QDate(2026, 4, 1), QDate(2026, 5, 31), month, {},
        { u"probation excused for=2026-04-30 new=2026-05-06"_s,
            u"probation attended on=2026-05-05 for=2026-04-30"_s },
        QDate(2026, 5, 12),
        { u"probation 2026-04-30 2026-04-01..2026-04-30 attended"_s,
            u"probation 2026-05-29 2026-05-01..2026-05-31 open"_s });
    row("missed recorded before the window closes", QDate(2026, 4, 1), QDate(2026, 4, 30), u"fixed_day:10"_s,
        {}, { u"probation missed for=2026-04-10"_s }, QDate(2026, 4, 14),
        { u"probation 2026-04-10 2026-04-01..2026-04-30 missed"_s });
    row("an attendance beats a missed record", QDate(2026, 4, 1), QDate(2026, 4, 30), u"fixed_day:10"_s, {},
        { u"probation missed for=2026-04-10"_s, u"probation attended on=2026-04-20"_s }, QDate(2026, 4, 24),
        { u"probation 2026-04-10 2026-04-01..2026-04-30 attended"_s });
    row("the later of an excuse and a missed record decides", QDate(2026, 4, 1), QDate(2026, 4, 30), month,
        {}, { u"probation excused for=2026-04-30 new=2026-05-06"_s, u"probation missed for=2026-04-30"_s },
        QDate(2026, 5, 8), { u"probation 2026-04-30 2026-04-01..2026-04-30 missed"_s });
    row("an amended check-in counts as amended", QDate(2026, 4, 1), QDate(2026, 4, 30), month, {},
        { u"probation attended on=2026-04-20"_s, u"probation missed for=2026-04-30 amends=ci-1"_s },
        QDate(2026, 5, 4), { u"probation 2026-04-30 2026-04-01..2026-04-30 missed"_s });

    // Status on the way through one obligation.
    for (const auto &[name, today, status] :
        { std::tuple { "status: upcoming before the window opens", QDate(2026, 3, 25), u"upcoming"_s },
            std::tuple { "status: open", QDate(2026, 4, 20), u"open"_s },
            std::tuple { "status: due soon within 3 working days", QDate(2026, 4, 27), u"due_soon"_s },
            std::tuple { "status: due soon on the due date", QDate(2026, 4, 30), u"due_soon"_s },
            std::tuple { "status: missed the day after the window closed", QDate(2026, 5, 1), u"missed"_s } })
        row(name, QDate(2026, 4, 1), QDate(2026, 4, 30), month, {}, {}, today,
            { u"probation 2026-04-30 2026-04-01..2026-04-30 "_s + status });
    row("status: overdue on the weekend after a Friday due date", QDate(2026, 5, 1), QDate(2026, 5, 31),
        month, {}, {}, QDate(2026, 5, 30), { u"probation 2026-05-29 2026-05-01..2026-05-31 overdue"_s });

    // Both channels.
    QTest::newRow("both channels diverging")
        << QDate(2026, 4, 1) << QDate(2026, 4, 30) << QDate() << u"fixed_day:10"_s << month << QStringList()
        << QStringList { u"police attended on=2026-04-09"_s } << QDate(2026, 4, 20) << u"both"_s
        << QStringList { u"police 2026-04-10 2026-04-01..2026-04-30 attended"_s,
               u"probation 2026-04-30 2026-04-01..2026-04-30 open"_s };
    QTest::newRow("a police appearance does not satisfy probation")
        << QDate(2026, 4, 1) << QDate(2026, 4, 30) << QDate() << month << month << QStringList()
        << QStringList { u"police attended on=2026-04-15"_s } << QDate(2026, 5, 4) << u"both"_s
        << QStringList { u"police 2026-04-30 2026-04-01..2026-04-30 attended"_s,
               u"probation 2026-04-30 2026-04-01..2026-04-30 missed"_s };
}

void tst_Obligations::deadlines()
{
    QFETCH(QDate, starts);
    QFETCH(QDate, ends);
    QFETCH(QDate, terminated);
    QFETCH(QString, police);
    QFETCH(QString, probation);
    QFETCH(QStringList, suspensions);
    QFETCH(QStringList, checkIns);
    QFETCH(QDate, today);
    QFETCH(QString, channel);
    QFETCH(QStringList, expected);

    DeadlineInputs in = inputs(starts, ends, police, probation);
    in.order.terminatedOn = terminated;
    in.suspensions = suspensionsOf(suspensions);
    in.checkIns = checkInsOf(checkIns);
    const ObligationEngine engine(calendar());
    const QList<Obligation> got = channel == u"both"
        ? engine.compute(in, today)
        : engine.compute(in, channel == u"police" ? Channel::Police : Channel::Probation, today);
    QCOMPARE(describeAll(got), expected);
}

void tst_Obligations::extensionAddsItsMonths()
{
    const ObligationEngine engine(calendar());
    DeadlineInputs in = inputs(QDate(2026, 3, 1), QDate(2026, 4, 30));
    const QList<Obligation> before = engine.compute(in, Channel::Probation, QDate(2026, 4, 10));
    in.order.status = u"extended"_s;
    in.order.endsOn = QDate(2026, 6, 30);
    const QList<Obligation> after = engine.compute(in, Channel::Probation, QDate(2026, 4, 10));
    QCOMPARE(before.size(), 2);
    QCOMPARE(after.size(), 3); // through next month (May); June appears as time moves on
    QCOMPARE(describeAll(after).mid(0, 2), describeAll(before));
    QCOMPARE(describe(after.last()), u"probation 2026-05-29 2026-05-01..2026-05-31 upcoming"_s);
    QCOMPARE(engine.compute(in, Channel::Probation, QDate(2026, 6, 1)).size(), 4);
}

void tst_Obligations::draftOrderHasNoObligations()
{
    DeadlineInputs in = inputs(QDate(2026, 3, 1), QDate(2026, 6, 30));
    in.order.status = u"draft"_s;
    QVERIFY(ObligationEngine(calendar()).compute(in, QDate(2026, 5, 1)).isEmpty());
    in.order.status = u"in_force"_s;
    QCOMPARE(
        ObligationEngine(calendar()).compute(in, QDate(2026, 5, 1)).size(), 8); // March to June, two channels
}

void tst_Obligations::overdueCountsCalendarAndWorkingDays()
{
    const Obligation overdue = single(
        u"fixed_day:10"_s, QDate(2026, 4, 1), QDate(2026, 4, 30), QDate(2026, 4, 14), Channel::Police);
    QCOMPARE(overdue.status, ObligationStatus::Overdue);
    QCOMPARE(overdue.overdueDays, 4);
    QCOMPARE(overdue.overdueWorkingDays, 2); // Monday 13 and Tuesday 14 April

    const Obligation missed = single(
        u"calendar_month"_s, QDate(2026, 4, 1), QDate(2026, 4, 30), QDate(2026, 5, 4), Channel::Police);
    QCOMPARE(missed.status, ObligationStatus::Missed);
    QCOMPARE(missed.overdueDays, 4);
    QCOMPARE(missed.overdueWorkingDays, 1); // 1 May is a holiday, then a weekend: Monday 4 May

    const Obligation kept = single(u"calendar_month"_s, QDate(2026, 4, 1), QDate(2026, 4, 30),
        QDate(2026, 5, 4), Channel::Police, { u"police attended on=2026-04-29"_s });
    QCOMPARE(kept.overdueDays, 0);
    QCOMPARE(kept.overdueWorkingDays, 0);
}

void tst_Obligations::lateAttendanceIsMarked()
{
    const Obligation late = single(u"fixed_day:15"_s, QDate(2026, 4, 1), QDate(2026, 4, 30),
        QDate(2026, 5, 4), Channel::Probation, { u"probation attended on=2026-04-16"_s });
    QVERIFY(late.isLate());
    QCOMPARE(late.checkInId, u"ci-1"_s);
    QCOMPARE(late.attendedOn, QDate(2026, 4, 16));
    const Obligation onTime = single(u"fixed_day:15"_s, QDate(2026, 4, 1), QDate(2026, 4, 30),
        QDate(2026, 5, 4), Channel::Probation, { u"probation attended on=2026-04-15"_s });
    QVERIFY(!onTime.isLate());
}

void tst_Obligations::keyIsOnePerMonthOrDueDate()
{
    const Obligation monthly = single(
        u"calendar_month"_s, QDate(2026, 4, 1), QDate(2026, 4, 30), QDate(2026, 5, 4), Channel::Probation);
    QCOMPARE(monthly.key(), u"order-1:probation:2026-04"_s);
    const Obligation everyN = single(
        u"every_n_days:14"_s, QDate(2026, 3, 9), QDate(2026, 4, 30), QDate(2026, 4, 1), Channel::Police);
    QCOMPARE(everyN.key(), u"order-1:police:2026-03-26"_s);
}

void tst_Obligations::explain_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QDate>("starts");
    QTest::addColumn<QDate>("ends");
    QTest::addColumn<int>("channel");
    QTest::addColumn<QStringList>("checkIns");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    const QDate april(2026, 4, 1);
    const QDate aprilEnd(2026, 4, 30);
    const int probation = int(Channel::Probation);
    const int police = int(Channel::Police);
    QTest::newRow("en: the issue's example")
        << u"calendar_month"_s << april << aprilEnd << probation << QStringList() << u"en"_s
        << u"due 30 April: order 2-123/2026, probation channel, calendar-month "
           u"rule, window 1–30 April"_s;
    QTest::newRow("ru")
        << u"calendar_month"_s << april << aprilEnd << probation << QStringList() << u"ru"_s
        << u"срок 30 апреля: решение № 2-123/2026, явка в службу пробации, правило календарного "
           u"месяца, период явки 1–30 апреля"_s;
    QTest::newRow("kk") << u"calendar_month"_s << april << aprilEnd << probation << QStringList() << u"kk"_s
                        << u"мерзімі 30 сәуір: № 2-123/2026 шешім, пробация қызметіне келу, күнтізбелік ай "
                           u"ережесі, келу кезеңі 1–30 сәуір"_s;
    QTest::newRow("another language gets English")
        << u"calendar_month"_s << april << aprilEnd << police << QStringList() << u"de"_s
        << u"due 30 April: order 2-123/2026, police channel, calendar-month "
           u"rule, window 1–30 April"_s;
    QTest::newRow("en: fixed day on a holiday says why it moved")
        << u"fixed_day:8"_s << QDate(2026, 3, 1) << QDate(2026, 3, 31) << police << QStringList() << u"en"_s
        << u"due 6 March: order 2-123/2026, police channel, fixed day 8, window 1–31 March; 8 March is not a "
           u"working "
           u"day of the window: moved to the previous working day"_s;
    QTest::newRow("ru: fixed day on a holiday")
        << u"fixed_day:8"_s << QDate(2026, 3, 1) << QDate(2026, 3, 31) << police << QStringList() << u"ru"_s
        << u"срок 6 марта: решение № 2-123/2026, явка в орган внутренних дел, фиксированный день: 8, период "
           u"явки "
           u"1–31 марта; 8 марта — нерабочий день периода: срок перенесён на предыдущий рабочий день"_s;
    QTest::newRow("en: fixed day 31 in a leap February")
        << u"fixed_day:31"_s << QDate(2028, 2, 1) << QDate(2028, 2, 29) << probation << QStringList()
        << u"en"_s
        << u"due 29 February: order 2-123/2026, probation channel, fixed day 31, window 1–29 February; the "
           u"month has "
           u"no day 31: its last day is used"_s;
    QTest::newRow("en: fixed day before the order began")
        << u"fixed_day:10"_s << QDate(2026, 4, 15) << aprilEnd << probation << QStringList() << u"en"_s
        << u"due 30 April: order 2-123/2026, probation channel, fixed day 10, window 15–30 April; the window "
           u"opens "
           u"after day 10: due on its last working day"_s;
    QTest::newRow("en: every N days moved past a holiday")
        << u"every_n_days:14"_s << QDate(2026, 3, 9) << aprilEnd << probation << QStringList() << u"en"_s
        << u"due 26 March: order 2-123/2026, probation channel, every 14 days after the last appearance, "
           u"window "
           u"9–26 March; 23 March is not a working day: moved to the next working day"_s;
    QTest::newRow("en: a window across two months")
        << u"every_n_days:10"_s << QDate(2026, 3, 25) << aprilEnd << probation << QStringList() << u"en"_s
        << u"due 6 April: order 2-123/2026, probation channel, every 10 days after the last appearance, "
           u"window "
           u"25 March – 6 April; 4 April is not a working day: moved to the next working day"_s;
    QTest::newRow("en: excused with its reason and new date")
        << u"calendar_month"_s << april << aprilEnd << probation
        << QStringList { u"probation excused for=2026-04-30 new=2026-05-06"_s } << u"en"_s
        << u"due 30 April: order 2-123/2026, probation channel, calendar-month rule, window 1–30 April; "
           u"excused: "
           u"illness; new date 6 May"_s;
}

void tst_Obligations::explain()
{
    QFETCH(QString, rule);
    QFETCH(QDate, starts);
    QFETCH(QDate, ends);
    QFETCH(int, channel);
    QFETCH(QStringList, checkIns);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const Obligation o = single(rule, starts, ends, ends, Channel(channel), checkIns);
    QVERIFY(o.dueOn.isValid());
    QCOMPARE(ObligationText::explain(o, language), expected);
}

void tst_Obligations::statusText_data()
{
    QTest::addColumn<QStringList>("checkIns");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en overdue") << QStringList() << QDate(2026, 4, 14) << u"en"_s << u"overdue 4 days"_s;
    QTest::newRow("ru overdue") << QStringList() << QDate(2026, 4, 14) << u"ru"_s << u"просрочено на 4 дн."_s;
    QTest::newRow("kk overdue") << QStringList() << QDate(2026, 4, 14) << u"kk"_s
                                << u"4 күнге кешіктірілді"_s;
    QTest::newRow("en due soon") << QStringList() << QDate(2026, 4, 8) << u"en"_s << u"due soon"_s;
    QTest::newRow("en attended") << QStringList { u"police attended on=2026-04-09"_s } << QDate(2026, 4, 14)
                                 << u"en"_s << u"attended 9 April"_s;
    QTest::newRow("ru excused with a new date")
        << QStringList { u"police excused for=2026-04-10 new=2026-04-17"_s } << QDate(2026, 4, 14) << u"ru"_s
        << u"уважительная причина, новый срок 17 апреля"_s;
    QTest::newRow("kk missed") << QStringList() << QDate(2026, 5, 4) << u"kk"_s << u"келмеді"_s;
}

void tst_Obligations::statusText()
{
    QFETCH(QStringList, checkIns);
    QFETCH(QDate, today);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const Obligation o
        = single(u"fixed_day:10"_s, QDate(2026, 4, 1), QDate(2026, 4, 30), today, Channel::Police, checkIns);
    QCOMPARE(ObligationText::status(o, language), expected);
}

void tst_Obligations::builtInRulesAreComplete()
{
    QFile file(QString::fromUtf16(DeadlineRules::kResource));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto rules = DeadlineRules::fromJson(file.readAll());
    QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().detail));
    QCOMPARE(rules.value().version(), 1);
    QCOMPARE(rules.value().settings().dueSoonWorkingDays, 3);
    QCOMPARE(rules.value().alertKind(), u"missed_check_in"_s);
    QCOMPARE(rules.value().levels().size(), 2);
    QCOMPARE(DeadlineRules::builtIn().version(), 1);
}

void tst_Obligations::malformedRulesAreRefused_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("another format") << u"\"format\": 1"_s << u"\"format\": 2"_s;
    QTest::newRow("a language missing") << u"\"kk\": \"мерзімі {due}"_s << u"\"xx\": \"мерзімі {due}"_s;
    QTest::newRow("levels that do not rise") << u"\"afterOverdueDays\": 3"_s << u"\"afterOverdueDays\": 1"_s;
    QTest::newRow("an unknown route") << u"\"route\": \"supervisor\""_s << u"\"route\": \"minister\""_s;
    QTest::newRow("an unknown severity") << u"\"severity\": \"urgent\""_s << u"\"severity\": \"panic\""_s;
    QTest::newRow("a negative due-soon window")
        << u"\"dueSoonWorkingDays\": 3"_s << u"\"dueSoonWorkingDays\": -1"_s;
}

void tst_Obligations::malformedRulesAreRefused()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFile file(QString::fromUtf16(DeadlineRules::kResource));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString json = QString::fromUtf8(file.readAll());
    QVERIFY2(json.contains(from), qPrintable(from));
    json.replace(from, to);
    auto rules = DeadlineRules::fromJson(json.toUtf8());
    QVERIFY(!rules.ok());
    QCOMPARE(rules.code(), Error::Invalid);
}

void tst_Obligations::escalationLevelsByDaysOverdue()
{
    const DeadlineRules &rules = DeadlineRules::builtIn();
    QCOMPARE(rules.levelFor(0), nullptr);
    QCOMPARE(rules.levelFor(1)->route, u"channel_officer"_s);
    QCOMPARE(rules.levelFor(2)->level, 0);
    QCOMPARE(rules.levelFor(3)->route, u"supervisor"_s);
    QCOMPARE(rules.levelFor(30)->severity, u"urgent"_s);
}

QTEST_GUILESS_MAIN(tst_Obligations)
#include "tst_obligations.moc"
