// WorkCalendar: the Kazakhstan working-day calendar as data — weekends, public holidays moved off
// weekends, religious holidays that are not, Kurban Ait per year, transfers of days off — and its
// update without a release through the reference-data import.
#include "casework/workcalendar.h"
#include "domain/referencedata.h"
#include "store/database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

constexpr qint64 kNow = 1'780'000'000'000;

QByteArray builtInJson()
{
    QFile file(QString::fromUtf16(WorkCalendar::kResource));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The bundled document with `edit` applied to its kz_calendar dictionary. */
QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(builtInJson()).object();
    QJsonArray dictionaries = root.value(u"dictionaries"_s).toArray();
    QJsonObject calendar = dictionaries.at(0).toObject();
    edit(calendar);
    dictionaries.replace(0, calendar);
    root.insert(u"dictionaries"_s, dictionaries);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/** Replaces the entry coded `code` (appends it when absent). */
void putEntry(QJsonObject &calendar, const QJsonObject &entry)
{
    QJsonArray entries = calendar.value(u"entries"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries.at(i).toObject().value(u"code"_s) == entry.value(u"code"_s)) {
            entries.replace(i, entry);
            calendar.insert(u"entries"_s, entries);
            return;
        }
    entries.append(entry);
    calendar.insert(u"entries"_s, entries);
}

QJsonObject entry(const QString &code, const QJsonObject &data)
{
    return { { u"code"_s, code },
        { u"label"_s, QJsonObject { { u"kk"_s, code }, { u"ru"_s, code }, { u"en"_s, code } } },
        { u"data"_s, data } };
}

/** 2026 with a transfer: Saturday 2 May worked, Friday 8 May off (as a decree would set it). */
QByteArray version2With2026Transfer()
{
    return edited([](QJsonObject &calendar) {
        calendar.insert(u"version"_s, 2);
        putEntry(calendar,
            entry(u"year.2026"_s,
                { { u"kind"_s, u"year"_s }, { u"year"_s, 2026 },
                    { u"movable"_s,
                        QJsonArray { QJsonObject { { u"holiday"_s, u"kurban_ait"_s },
                            { u"date"_s, u"2026-05-27"_s }, { u"verified"_s, true } } } },
                    { u"transfers"_s,
                        QJsonArray { QJsonObject { { u"workingDay"_s, u"2026-05-02"_s },
                            { u"dayOff"_s, u"2026-05-08"_s }, { u"verified"_s, true } } } } }));
    });
}

} // namespace

class tst_WorkCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInCoversTheListedYears();
    void workingDays_data();
    void workingDays();
    void workingDaysIn2025MatchTheOfficialCalendar();
    void navigation_data();
    void navigation();
    void unverifiedDatesAreNotConfirmed_data();
    void unverifiedDatesAreNotConfirmed();
    void malformedCalendarIsRefused_data();
    void malformedCalendarIsRefused();
    void newerVersionImportedWithoutRelease();

private:
    WorkCalendar m_calendar;
};

void tst_WorkCalendar::initTestCase()
{
    auto calendar = WorkCalendar::builtIn();
    QVERIFY2(calendar.ok(), qPrintable(calendar.ok() ? QString() : calendar.error().detail));
    m_calendar = calendar.value();
}

void tst_WorkCalendar::builtInCoversTheListedYears()
{
    QCOMPARE(m_calendar.version(), 1);
    for (int year = 2024; year <= 2028; ++year)
        QVERIFY2(m_calendar.covers(QDate(year, 6, 1)), qPrintable(QString::number(year)));
    QVERIFY(!m_calendar.covers(QDate(2023, 6, 1)));
    QVERIFY(!m_calendar.covers(QDate(2029, 6, 1)));
}

void tst_WorkCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("an ordinary Wednesday") << QDate(2026, 4, 15) << true;
    QTest::newRow("Saturday") << QDate(2026, 4, 18) << false;
    QTest::newRow("Sunday") << QDate(2026, 4, 19) << false;
    QTest::newRow("New Year, 1 January") << QDate(2026, 1, 1) << false;
    QTest::newRow("New Year, 2 January") << QDate(2026, 1, 2) << false;
    QTest::newRow("Orthodox Christmas on a Wednesday") << QDate(2026, 1, 7) << false;
    QTest::newRow("Christmas on a Sunday is not moved") << QDate(2024, 1, 8) << true;
    QTest::newRow("8 March on a Sunday") << QDate(2026, 3, 8) << false;
    QTest::newRow("8 March 2026 moved to Monday 9 March") << QDate(2026, 3, 9) << false;
    QTest::newRow("Nauryz on Monday 23 March") << QDate(2026, 3, 23) << false;
    QTest::newRow("Nauryz Saturday moved to Tuesday 24 March") << QDate(2026, 3, 24) << false;
    QTest::newRow("Nauryz Sunday moved to Wednesday 25 March") << QDate(2026, 3, 25) << false;
    QTest::newRow("the day after Nauryz works") << QDate(2026, 3, 26) << true;
    QTest::newRow("Nauryz 2025 on a Friday") << QDate(2025, 3, 21) << false;
    QTest::newRow("Nauryz 2025 weekend days moved to Tuesday") << QDate(2025, 3, 25) << false;
    QTest::newRow("Unity Day 1 May") << QDate(2026, 5, 1) << false;
    QTest::newRow("Defender's Day 7 May") << QDate(2026, 5, 7) << false;
    QTest::newRow("8 May 2026 has no transfer in version 1") << QDate(2026, 5, 8) << true;
    QTest::newRow("Victory Day on a Saturday moved to Monday 11 May") << QDate(2026, 5, 11) << false;
    QTest::newRow("Kurban Ait 2024 on a Monday") << QDate(2024, 6, 17) << false;
    QTest::newRow("Kurban Ait 2025 on a Friday") << QDate(2025, 6, 6) << false;
    QTest::newRow("Kurban Ait 2026") << QDate(2026, 5, 27) << false;
    QTest::newRow("Capital Day 2024 on a Saturday moved to Monday") << QDate(2024, 7, 8) << false;
    QTest::newRow("Capital Day 2026 on a Monday") << QDate(2026, 7, 6) << false;
    QTest::newRow("Constitution Day 2025 moved to Monday 1 September") << QDate(2025, 9, 1) << false;
    QTest::newRow("Republic Day 2026 moved to Monday 26 October") << QDate(2026, 10, 26) << false;
    QTest::newRow("Independence Day") << QDate(2026, 12, 16) << false;
    QTest::newRow("transfer Saturday 4 May 2024 is a working day") << QDate(2024, 5, 4) << true;
    QTest::newRow("its bridge day, Wednesday 8 May 2024, is off") << QDate(2024, 5, 8) << false;
    QTest::newRow("transfer Sunday 5 January 2025 is a working day") << QDate(2025, 1, 5) << true;
    QTest::newRow("its bridge day, Friday 3 January 2025, is off") << QDate(2025, 1, 3) << false;
    QTest::newRow("a year not listed still has its fixed holidays") << QDate(2029, 1, 1) << false;
    QTest::newRow("a year not listed still moves them off weekends") << QDate(2029, 12, 17) << false;
    QTest::newRow("leap day 2028, a Tuesday") << QDate(2028, 2, 29) << true;
}

void tst_WorkCalendar::workingDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(m_calendar.isWorkingDay(date), working);
}

void tst_WorkCalendar::workingDaysIn2025MatchTheOfficialCalendar()
{
    // The ministry's production calendar for 2025: 246 working days on a five-day week.
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2024, 12, 31), QDate(2025, 12, 31)), 246);
}

void tst_WorkCalendar::navigation_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("on or before: a working day is itself")
        << u"before"_s << QDate(2026, 4, 30) << 0 << QDate(2026, 4, 30);
    QTest::newRow("on or before: back over Nauryz and a weekend")
        << u"before"_s << QDate(2026, 3, 25) << 0 << QDate(2026, 3, 20);
    QTest::newRow("on or after: forward over Nauryz")
        << u"after"_s << QDate(2026, 3, 21) << 0 << QDate(2026, 3, 26);
    QTest::newRow("on or after: across the year end")
        << u"after"_s << QDate(2025, 12, 31) << 0 << QDate(2025, 12, 31);
    QTest::newRow("on or after: New Year then a weekend")
        << u"after"_s << QDate(2026, 1, 1) << 0 << QDate(2026, 1, 5);
    QTest::newRow("add 0 working days") << u"add"_s << QDate(2026, 4, 29) << 0 << QDate(2026, 4, 29);
    QTest::newRow("add 1 before the May holidays")
        << u"add"_s << QDate(2026, 4, 29) << 1 << QDate(2026, 4, 30);
    QTest::newRow("add 1 over 1 May and a weekend")
        << u"add"_s << QDate(2026, 4, 30) << 1 << QDate(2026, 5, 4);
    QTest::newRow("add 3 from a Saturday") << u"add"_s << QDate(2026, 4, 18) << 3 << QDate(2026, 4, 22);
}

void tst_WorkCalendar::navigation()
{
    QFETCH(QString, operation);
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    const QDate got = operation == u"before" ? m_calendar.workingDayOnOrBefore(from)
        : operation == u"after"              ? m_calendar.workingDayOnOrAfter(from)
                                             : m_calendar.addWorkingDays(from, n);
    QCOMPARE(got, expected);
}

void tst_WorkCalendar::unverifiedDatesAreNotConfirmed_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("an ordinary day of a listed year") << QDate(2026, 4, 15) << true;
    QTest::newRow("Kurban Ait 2025, from the official calendar") << QDate(2025, 6, 6) << true;
    QTest::newRow("the 2024 transfer, from the ministry's order") << QDate(2024, 5, 8) << true;
    QTest::newRow("Kurban Ait 2026, not yet official") << QDate(2026, 5, 27) << false;
    QTest::newRow("Kurban Ait 2027, an estimate") << QDate(2027, 5, 16) << false;
    QTest::newRow("a year not listed") << QDate(2029, 4, 18) << false;
}

void tst_WorkCalendar::unverifiedDatesAreNotConfirmed()
{
    QFETCH(QDate, date);
    QFETCH(bool, confirmed);
    QCOMPARE(m_calendar.isConfirmed(date), confirmed);
}

void tst_WorkCalendar::malformedCalendarIsRefused_data()
{
    QTest::addColumn<QJsonObject>("badEntry");
    QTest::newRow("unknown kind") << entry(u"bridge"_s, { { u"kind"_s, u"bridge"_s } });
    QTest::newRow("holiday without dates") << entry(u"x"_s, { { u"kind"_s, u"holiday"_s } });
    QTest::newRow("holiday date not MM-dd")
        << entry(u"x"_s, { { u"kind"_s, u"holiday"_s }, { u"dates"_s, QJsonArray { u"13-01"_s } } });
    QTest::newRow("weekday out of range")
        << entry(u"weekend"_s, { { u"kind"_s, u"weekend"_s }, { u"weekdays"_s, QJsonArray { 6, 8 } } });
    QTest::newRow("year code and year disagree")
        << entry(u"year.2030"_s, { { u"kind"_s, u"year"_s }, { u"year"_s, 2031 } });
    QTest::newRow("transfer without a day off") << entry(u"year.2030"_s,
        { { u"kind"_s, u"year"_s }, { u"year"_s, 2030 },
            { u"transfers"_s, QJsonArray { QJsonObject { { u"workingDay"_s, u"2030-05-04"_s } } } } });
    QTest::newRow("movable date in another year") << entry(u"year.2030"_s,
        { { u"kind"_s, u"year"_s }, { u"year"_s, 2030 },
            { u"movable"_s,
                QJsonArray {
                    QJsonObject { { u"holiday"_s, u"kurban_ait"_s }, { u"date"_s, u"2031-04-14"_s } } } } });
}

void tst_WorkCalendar::malformedCalendarIsRefused()
{
    QFETCH(QJsonObject, badEntry);
    const QByteArray json = edited([&](QJsonObject &calendar) {
        calendar.insert(u"version"_s, 3);
        putEntry(calendar, badEntry);
    });
    auto parsed = WorkCalendar::fromJson(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), Error::Invalid);

    QTemporaryDir dir;
    auto db = Test::openMigrated(dir.filePath(u"bad.db"_s));
    QCOMPARE(WorkCalendar::importUpdate(*db, json, kNow).code(), Error::Invalid);
    QCOMPARE(ReferenceData::version(*db, QString::fromUtf16(WorkCalendar::kDictionary)).value(), 0);
}

void tst_WorkCalendar::newerVersionImportedWithoutRelease()
{
    QTemporaryDir dir;
    auto db = Test::openMigrated(dir.filePath(u"calendar.db"_s));
    QVERIFY(db);
    auto before = WorkCalendar::load(*db);
    QVERIFY(before.ok());
    QCOMPARE(before.value().version(), 1);
    QVERIFY(before.value().isWorkingDay(QDate(2026, 5, 8)));

    QVERIFY(WorkCalendar::importUpdate(*db, version2With2026Transfer(), kNow).ok());
    auto after = WorkCalendar::load(*db);
    QVERIFY(after.ok());
    QCOMPARE(after.value().version(), 2);
    QVERIFY(!after.value().isWorkingDay(QDate(2026, 5, 8)));
    QVERIFY(after.value().isWorkingDay(QDate(2026, 5, 2)));
    QVERIFY(after.value().isConfirmed(QDate(2026, 5, 27)));

    // The bundled version 1 arriving again (an old server, a reinstall) changes nothing.
    QVERIFY(WorkCalendar::importUpdate(*db, builtInJson(), kNow).ok());
    QCOMPARE(WorkCalendar::load(*db).value().version(), 2);
}

QTEST_GUILESS_MAIN(tst_WorkCalendar)
#include "tst_workcalendar.moc"
