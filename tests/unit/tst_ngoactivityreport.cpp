// Tests for Qadam::NgoActivityReport: sessions held and attendance per provider organisation and
// month on a store with exactly known records (reportingfixture.h) — known rows for a supervisor
// and for a counsellor, an amended session counted once, no session content or person id in the
// output, the reader's scope, refusal without export permission (no file, no audit event), bad
// input, and exactly one audit event per export.
#include "reporting/ngoactivityreport.h"
#include "reportingfixture.h"
#include "util/clock.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

NgoActivityOptions firstQuarter()
{
    NgoActivityOptions o;
    o.from = QDate(2026, 1, 1);
    o.to = QDate(2026, 3, 31);
    o.asOf = Test::ReportingFixture::asOf();
    o.language = u"en"_s;
    return o;
}

QStringList linesOf(const QByteArray &csv)
{
    return QString::fromUtf8(csv).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class tst_NgoActivityReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_store.close(); }
    void supervisorSeesTheirCasesWork();
    void counsellorSeesCurrentReferralsOnly();
    void oneOrganisation();
    void noSessionContentOrPersonIds();
    void supervisorOfAnotherRegion();
    void actorWithoutExportPermissionIsRefused_data();
    void actorWithoutExportPermissionIsRefused();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void everyExportWritesExactlyOneAuditEvent();

private:
    QByteArray exported(const QString &who, const NgoActivityOptions &options = firstQuarter());
    qint64 auditEvents();

    QTemporaryDir m_dir;
    Test::ReportingFixture m_store;
    ManualClock m_clock;
};

void tst_NgoActivityReport::initTestCase()
{
    QVERIFY(m_store.build(m_dir.filePath(u"ngo.db"_s)));
}

QByteArray tst_NgoActivityReport::exported(const QString &who, const NgoActivityOptions &options)
{
    auto csv = NgoActivityReport(m_store.db(), m_clock, m_store.actor(who)).exportBytes(options);
    if (!csv.ok())
        QTest::qFail(qPrintable(csv.error().detail), __FILE__, __LINE__);
    return csv.ok() ? csv.value() : QByteArray();
}

qint64 tst_NgoActivityReport::auditEvents()
{
    return m_store.db().scalar(u"SELECT count(*) FROM audit_event"_s).value().toLongLong();
}

void tst_NgoActivityReport::supervisorSeesTheirCasesWork()
{
    // Alpha NGO: A2's sessions in January, February and March; A1's two in February and one in
    // March (amended, counted once); A2's referral completed in March. Beta NGO's only referral
    // was declined: no activity, no rows. B1's session belongs to region B.
    const QString alpha = m_store.id(u"ngo1"_s) + u",Alpha NGO,"_s;
    const QStringList expected { u"organisation_id,organisation,month,sessions_held,people_attended,"
                                 u"referrals_in_term,referrals_completed"_s,
        alpha + u"2026-01,1,1,1,0"_s, alpha + u"2026-02,3,2,2,0"_s, alpha + u"2026-03,2,2,2,1"_s };
    QCOMPARE(linesOf(exported(u"supA"_s)), expected);
}

void tst_NgoActivityReport::counsellorSeesCurrentReferralsOnly()
{
    // c1's current referrals are A1's and B1's (active on asOf); A2's completed one is no longer
    // theirs to see.
    const QString alpha = m_store.id(u"ngo1"_s) + u",Alpha NGO,"_s;
    const QStringList lines = linesOf(exported(u"c1"_s));
    QCOMPARE(lines.mid(1),
        (QStringList {
            alpha + u"2026-01,0,0,0,0"_s, alpha + u"2026-02,3,2,2,0"_s, alpha + u"2026-03,1,1,2,0"_s }));
}

void tst_NgoActivityReport::oneOrganisation()
{
    NgoActivityOptions options = firstQuarter();
    options.organisationId = m_store.id(u"ngo2"_s);
    QCOMPARE(linesOf(exported(u"supA"_s, options)).size(), 1); // the header only
    options.organisationId = m_store.id(u"ngo1"_s);
    QCOMPARE(linesOf(exported(u"supA"_s, options)).size(), 4);
}

void tst_NgoActivityReport::noSessionContentOrPersonIds()
{
    const QString csv = QString::fromUtf8(exported(u"supA"_s) + exported(u"c1"_s));
    const QStringList canaries
        = QStringList { Test::ReportingFixture::kCanaryName, Test::ReportingFixture::kCanaryIin,
              Test::ReportingFixture::kCanaryNote, u"face_to_face"_s, u"sealed"_s }
        + m_store.ids({ u"A1"_s, u"A2"_s, u"B1"_s, u"c1"_s, u"rA1"_s, u"rA2"_s });
    for (const QString &canary : canaries)
        QVERIFY2(!csv.contains(canary, Qt::CaseInsensitive), qPrintable(canary));
}

void tst_NgoActivityReport::supervisorOfAnotherRegion()
{
    const QString alpha = m_store.id(u"ngo1"_s) + u",Alpha NGO,"_s;
    QCOMPARE(linesOf(exported(u"supB"_s)).mid(1),
        (QStringList {
            alpha + u"2026-01,0,0,0,0"_s, alpha + u"2026-02,1,1,1,0"_s, alpha + u"2026-03,0,0,1,0"_s }));
}

void tst_NgoActivityReport::actorWithoutExportPermissionIsRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("police officer") << u"cop"_s;
    QTest::newRow("administrator") << u"admin"_s;
}

void tst_NgoActivityReport::actorWithoutExportPermissionIsRefused()
{
    QFETCH(QString, who);
    const qint64 before = auditEvents();
    const QString path = m_dir.filePath(u"refused-%1.csv"_s.arg(who));
    NgoActivityReport report(m_store.db(), m_clock, m_store.actor(who));
    auto written = report.writeFile(firstQuarter(), path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, Error::Forbidden);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!report.exportBytes(firstQuarter()).ok());
    QCOMPARE(auditEvents(), before);
}

void tst_NgoActivityReport::badInputIsRefused_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("field");
    const QDate day(2026, 3, 1);
    QTest::newRow("no start") << QDate() << day << day << u"from"_s;
    QTest::newRow("no end") << day << QDate() << day << u"to"_s;
    QTest::newRow("no asOf") << day << day << QDate() << u"asOf"_s;
    QTest::newRow("ends before it starts") << day << day.addDays(-1) << day << u"to"_s;
}

void tst_NgoActivityReport::badInputIsRefused()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, asOf);
    QFETCH(QString, field);
    NgoActivityOptions options = firstQuarter();
    options.from = from;
    options.to = to;
    options.asOf = asOf;
    const qint64 before = auditEvents();
    const QString path = m_dir.filePath(u"bad.csv"_s);
    auto written
        = NgoActivityReport(m_store.db(), m_clock, m_store.actor(u"supA"_s)).writeFile(options, path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, Error::Invalid);
    QCOMPARE(written.error().field, field);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(auditEvents(), before);
}

void tst_NgoActivityReport::everyExportWritesExactlyOneAuditEvent()
{
    const QString path = m_dir.filePath(u"ngo.csv"_s);
    NgoActivityReport report(m_store.db(), m_clock, m_store.actor(u"supA"_s));
    const qint64 before = auditEvents();
    auto written = report.writeFile(firstQuarter(), path);
    QVERIFY(written.ok());
    QCOMPARE(written.value().rows, 3);
    QCOMPARE(auditEvents(), before + 1);
    QVERIFY(QFile::exists(path));
    auto event = m_store.db().prepare(
        u"SELECT action, entity, record_id FROM audit_event ORDER BY seq DESC LIMIT 1"_s);
    QVERIFY(event.ok());
    QVERIFY(event.value().step().value());
    QCOMPARE(event.value().text(0), u"export"_s);
    QCOMPARE(event.value().text(1), u"NgoActivityReport"_s);
    QCOMPARE(event.value().text(2), written.value().exportId);
    QVERIFY(report.exportBytes(firstQuarter()).ok());
    QCOMPARE(auditEvents(), before + 2);
}

QTEST_GUILESS_MAIN(tst_NgoActivityReport)
#include "tst_ngoactivityreport.moc"
