// Tests for Qadam::StatisticsExport: the de-identified statistics CSV on a store with exactly
// known records (reportingfixture.h) — known cells, suppression of small cells (4 suppressed, 5
// shown; too few people suppresses too), no name/IIN/note/id canary in the output, the reader's
// scope, refusal of actors without export permission (nothing written, no audit event), bad
// input, deterministic bytes, and exactly one audit event per export.
#include "audit/auditlog.h"
#include "reporting/statisticsexport.h"
#include "reportingfixture.h"
#include "util/clock.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

Q_DECLARE_METATYPE(Qadam::StatisticsOptions)

namespace {

StatisticsOptions firstQuarter(StatisticsPeriod period = StatisticsPeriod::Month)
{
    StatisticsOptions o;
    o.from = QDate(2026, 1, 1);
    o.to = QDate(2026, 3, 31);
    o.asOf = Test::ReportingFixture::asOf();
    o.period = period;
    return o;
}

/** The CSV's data rows, each split into its columns (no field of this export is quoted). */
QList<QStringList> rowsOf(const QByteArray &csv)
{
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows << lines.at(i).split(u',');
    return rows;
}

/** The count column of the row whose other columns are `key`; empty when there is no such row. */
QString cell(const QByteArray &csv, const QStringList &key)
{
    for (const QStringList &row : rowsOf(csv))
        if (row.mid(0, row.size() - 1) == key)
            return row.last();
    return {};
}

QStringList key(const QString &metric, const QString &period, const QString &category = u"released_convict"_s,
    const QString &region = u"KZ-AAA"_s)
{
    const QString section = metric.startsWith(u"appearance") ? u"compliance"_s
        : metric.startsWith(u"measure")                      ? u"programme"_s
                                                             : u"referrals"_s;
    return { section, metric, period, region, category, u"male"_s, u"35-44"_s };
}

} // namespace

class tst_StatisticsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_store.close(); }
    void knownCells_data();
    void knownCells();
    void fewPeopleAreSuppressedEvenWithManyEvents();
    void quarterAddsMonthsUp();
    void headerAndDeterministicOrder();
    void noIdentifyingContent();
    void supervisorOfAnotherRegionGetsNoRowsOfIt();
    void actorWithoutExportPermissionIsRefused_data();
    void actorWithoutExportPermissionIsRefused();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void unwritableFileLeavesNoEvent();
    void everyExportWritesExactlyOneAuditEvent();
    void ageBand_data();
    void ageBand();

private:
    QByteArray exported(const QString &who, const StatisticsOptions &options = firstQuarter());
    qint64 auditEvents();

    QTemporaryDir m_dir;
    Test::ReportingFixture m_store;
    ManualClock m_clock;
};

void tst_StatisticsExport::initTestCase()
{
    QVERIFY(m_store.build(m_dir.filePath(u"statistics.db"_s)));
}

QByteArray tst_StatisticsExport::exported(const QString &who, const StatisticsOptions &options)
{
    auto csv = StatisticsExport(m_store.db(), m_clock, m_store.actor(who)).exportBytes(options);
    if (!csv.ok())
        QTest::qFail(qPrintable(csv.error().detail), __FILE__, __LINE__);
    return csv.ok() ? csv.value() : QByteArray();
}

qint64 tst_StatisticsExport::auditEvents()
{
    return m_store.db().scalar(u"SELECT count(*) FROM audit_event"_s).value().toLongLong();
}

void tst_StatisticsExport::knownCells_data()
{
    QTest::addColumn<QStringList>("key");
    QTest::addColumn<QString>("count");
    QTest::newRow("7 attended") << key(u"appearance_police_attended"_s, u"2026-01"_s) << u"7"_s;
    QTest::newRow("6 attended, one excused") << key(u"appearance_police_attended"_s, u"2026-02"_s) << u"6"_s;
    QTest::newRow("5 is shown") << key(u"appearance_probation_attended"_s, u"2026-02"_s) << u"5"_s;
    QTest::newRow("4 is suppressed") << key(u"appearance_probation_attended"_s, u"2026-03"_s) << u"<5"_s;
    QTest::newRow("3 missed, suppressed") << key(u"appearance_probation_missed"_s, u"2026-03"_s) << u"<5"_s;
    QTest::newRow("1 excused, suppressed") << key(u"appearance_police_excused"_s, u"2026-02"_s) << u"<5"_s;
    QTest::newRow("second category, suppressed")
        << key(u"appearance_police_attended"_s, u"2026-01"_s, u"returnee"_s) << u"<5"_s;
    QTest::newRow("no missed police appearance: no row")
        << key(u"appearance_police_missed"_s, u"2026-03"_s) << QString();
    QTest::newRow("measures done") << key(u"measure_done"_s, u"2026-02"_s) << u"<5"_s;
    QTest::newRow("measure open") << key(u"measure_open"_s, u"2026-03"_s) << u"<5"_s;
    QTest::newRow("cancelled measures are not counted")
        << key(u"measure_cancelled"_s, u"2026-03"_s) << QString();
    QTest::newRow("measure due after the period: no row")
        << key(u"measure_open"_s, u"2026-05"_s) << QString();
    QTest::newRow("referral started") << key(u"referral_started"_s, u"2026-02"_s) << u"<5"_s;
    QTest::newRow("referral completed") << key(u"referral_completed"_s, u"2026-03"_s) << u"<5"_s;
    QTest::newRow("referral ended") << key(u"referral_ended"_s, u"2026-02"_s) << u"<5"_s;
}

void tst_StatisticsExport::knownCells()
{
    QFETCH(QStringList, key);
    QFETCH(QString, count);
    QCOMPARE(cell(exported(u"supA"_s), key), count);
}

void tst_StatisticsExport::fewPeopleAreSuppressedEvenWithManyEvents()
{
    // Four measures done in February by two people: with a threshold of 3, four events pass but
    // two people do not.
    StatisticsOptions options = firstQuarter();
    options.suppressBelow = 3;
    const QByteArray csv = exported(u"supA"_s, options);
    QCOMPARE(cell(csv, key(u"measure_done"_s, u"2026-02"_s)), u"<3"_s);
    QCOMPARE(cell(csv, key(u"appearance_probation_missed"_s, u"2026-03"_s)), u"3"_s);
}

void tst_StatisticsExport::quarterAddsMonthsUp()
{
    const QByteArray csv = exported(u"supA"_s, firstQuarter(StatisticsPeriod::Quarter));
    QCOMPARE(cell(csv, key(u"appearance_police_attended"_s, u"2026-Q1"_s)), u"20"_s);
    QCOMPARE(cell(csv, key(u"appearance_probation_attended"_s, u"2026-Q1"_s)), u"16"_s);
    const QByteArray year = exported(u"supA"_s, firstQuarter(StatisticsPeriod::Year));
    QCOMPARE(cell(year, key(u"appearance_police_attended"_s, u"2026"_s)), u"20"_s);
}

void tst_StatisticsExport::headerAndDeterministicOrder()
{
    const QByteArray csv = exported(u"supA"_s);
    QVERIFY(csv.startsWith("section,metric,period,region,category,sex,age_band,count\n"));
    const QList<QStringList> rows = rowsOf(csv);
    QVERIFY(rows.size() > 10);
    QList<QStringList> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(rows, sorted);
    QCOMPARE(exported(u"supA"_s), csv);
}

void tst_StatisticsExport::noIdentifyingContent()
{
    const QString csv = QString::fromUtf8(exported(u"supA"_s));
    QVERIFY(!csv.isEmpty());
    const QStringList canaries
        = QStringList { Test::ReportingFixture::kCanaryName, Test::ReportingFixture::kCanaryIin,
              Test::ReportingFixture::kCanaryNote, u"1990"_s, u"Staff"_s, u"NGO"_s }
        + m_store.ids({ u"A1"_s, u"A2"_s, u"A3"_s, u"a1"_s, u"ngo1"_s });
    for (const QString &canary : canaries)
        QVERIFY2(!csv.contains(canary, Qt::CaseInsensitive), qPrintable(canary));
    // Every column but the count is a code from a closed list.
    for (const QStringList &row : rowsOf(csv.toUtf8())) {
        QCOMPARE(row.size(), 8);
        QVERIFY(row.at(5) == u"male" || row.at(5) == u"female" || row.at(5) == u"unknown");
    }
}

void tst_StatisticsExport::supervisorOfAnotherRegionGetsNoRowsOfIt()
{
    const QByteArray csv = exported(u"supB"_s);
    const QList<QStringList> rows = rowsOf(csv);
    QVERIFY(!rows.isEmpty());
    for (const QStringList &row : rows)
        QCOMPARE(row.at(3), u"KZ-BBB"_s);
    QCOMPARE(
        cell(csv, key(u"appearance_police_attended"_s, u"2026-01"_s, u"released_convict"_s, u"KZ-BBB"_s)),
        u"<5"_s);
    // An officer's export covers their own cases only: a1 has three, so every cell is small.
    for (const QStringList &row : rowsOf(exported(u"a1"_s)))
        QVERIFY(row.last().startsWith(u'<'));
}

void tst_StatisticsExport::actorWithoutExportPermissionIsRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("police officer") << u"cop"_s;
    QTest::newRow("counsellor") << u"c1"_s;
    QTest::newRow("administrator") << u"admin"_s;
    QTest::newRow("unknown user") << u"nobody"_s;
}

void tst_StatisticsExport::actorWithoutExportPermissionIsRefused()
{
    QFETCH(QString, who);
    Actor actor = m_store.actor(who);
    if (actor.userId.isEmpty())
        actor = Actor { u"018f0000-0000-7000-8000-ffffffffffff"_s, Role::Supervisor };
    const qint64 before = auditEvents();
    const QString path = m_dir.filePath(u"refused-%1.csv"_s.arg(who));
    StatisticsExport exporter(m_store.db(), m_clock, actor);
    auto written = exporter.writeFile(firstQuarter(), path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, Error::Forbidden);
    QVERIFY(!QFile::exists(path));
    auto bytes = exporter.exportBytes(firstQuarter());
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, Error::Forbidden);
    QCOMPARE(auditEvents(), before);
}

void tst_StatisticsExport::badInputIsRefused_data()
{
    QTest::addColumn<StatisticsOptions>("options");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    StatisticsOptions noFrom = firstQuarter();
    noFrom.from = {};
    StatisticsOptions noAsOf = firstQuarter();
    noAsOf.asOf = {};
    StatisticsOptions backwards = firstQuarter();
    backwards.to = backwards.from.addDays(-1);
    StatisticsOptions noSuppression = firstQuarter();
    noSuppression.suppressBelow = 1;
    QTest::newRow("no start") << noFrom << u"a.csv"_s << u"from"_s;
    QTest::newRow("no asOf") << noAsOf << u"a.csv"_s << u"asOf"_s;
    QTest::newRow("ends before it starts") << backwards << u"a.csv"_s << u"to"_s;
    QTest::newRow("suppression off") << noSuppression << u"a.csv"_s << u"suppressBelow"_s;
    QTest::newRow("no file name") << firstQuarter() << QString() << u"path"_s;
}

void tst_StatisticsExport::badInputIsRefused()
{
    QFETCH(StatisticsOptions, options);
    QFETCH(QString, path);
    QFETCH(QString, field);
    const qint64 before = auditEvents();
    const QString target = path.isEmpty() ? QString() : m_dir.filePath(path);
    auto written
        = StatisticsExport(m_store.db(), m_clock, m_store.actor(u"supA"_s)).writeFile(options, target);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, Error::Invalid);
    QCOMPARE(written.error().field, field);
    QVERIFY(target.isEmpty() || !QFile::exists(target));
    QCOMPARE(auditEvents(), before);
}

void tst_StatisticsExport::unwritableFileLeavesNoEvent()
{
    const qint64 before = auditEvents();
    const QString path = m_dir.filePath(u"no-such-folder/stats.csv"_s);
    auto written
        = StatisticsExport(m_store.db(), m_clock, m_store.actor(u"supA"_s)).writeFile(firstQuarter(), path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, Error::Storage);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(auditEvents(), before);
}

void tst_StatisticsExport::everyExportWritesExactlyOneAuditEvent()
{
    const QString path = m_dir.filePath(u"stats.csv"_s);
    StatisticsExport exporter(m_store.db(), m_clock, m_store.actor(u"supA"_s));
    for (int round = 0; round < 2; ++round) {
        const qint64 before = auditEvents();
        auto written = exporter.writeFile(firstQuarter(), path);
        QVERIFY(written.ok());
        QCOMPARE(auditEvents(), before + 1);
        QVERIFY(written.value().rows > 10);
        QVERIFY(written.value().suppressedCells > 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(rowsOf(file.readAll()).size(), written.value().rows);
        auto event = m_store.db().prepare(
            u"SELECT action, entity, record_id, actor_id, actor_role, coalesce(person_id, ''), id "
            u"FROM audit_event ORDER BY seq DESC LIMIT 1"_s);
        QVERIFY(event.ok());
        QVERIFY(event.value().step().value());
        QCOMPARE(event.value().text(0), u"export"_s);
        QCOMPARE(event.value().text(1), u"StatisticsReport"_s);
        QCOMPARE(event.value().text(2), written.value().exportId);
        QCOMPARE(event.value().text(3), m_store.id(u"supA"_s));
        QCOMPARE(event.value().text(4), u"supervisor"_s);
        QCOMPARE(event.value().text(5), QString());
        QCOMPARE(event.value().text(6), written.value().auditEventId);
    }
    const qint64 before = auditEvents();
    ExportReceipt receipt;
    QVERIFY(exporter.exportBytes(firstQuarter(), &receipt).ok());
    QCOMPARE(auditEvents(), before + 1);
    QVERIFY(!receipt.exportId.isEmpty());
    auto chain = AuditLog::verify(m_store.db());
    QVERIFY(chain.ok());
    QVERIFY(chain.value().intact());
}

void tst_StatisticsExport::ageBand_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("band");
    QTest::newRow("day before 18th birthday") << QDate(2008, 6, 15) << QDate(2026, 6, 14) << u"0-17"_s;
    QTest::newRow("18th birthday") << QDate(2008, 6, 15) << QDate(2026, 6, 15) << u"18-24"_s;
    QTest::newRow("35") << QDate(1990, 6, 15) << QDate(2026, 1, 31) << u"35-44"_s;
    QTest::newRow("55") << QDate(1970, 1, 1) << QDate(2026, 1, 1) << u"55+"_s;
    QTest::newRow("no birth date") << QDate() << QDate(2026, 1, 1) << u"unknown"_s;
    QTest::newRow("born after the day") << QDate(2027, 1, 1) << QDate(2026, 1, 1) << u"unknown"_s;
}

void tst_StatisticsExport::ageBand()
{
    QFETCH(QDate, born);
    QFETCH(QDate, on);
    QFETCH(QString, band);
    QCOMPARE(StatisticsExport::ageBand(born, on), band);
}

QTEST_GUILESS_MAIN(tst_StatisticsExport)
#include "tst_statisticsexport.moc"
