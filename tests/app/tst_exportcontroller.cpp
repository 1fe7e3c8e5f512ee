// ExportController on a real generated store: each intent writes its file with exactly one audit
// event and reports succeeded(path); a refused intent (export switched off on the device, a case
// outside the supervisor's region, no file chosen, a bad period) reports failed(message) and
// leaves no file and no event. Which roles see the case-report action at all.
#include "exportcontroller.h"

#include "appsupport.h"
#include "persontestsupport.h"

#include "reporting/ngoactivityreport.h"
#include "reporting/statisticsexport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::PersonTest;

class tst_ExportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void exportIsOnByDefaultOnDesktop();
    void casePdfIsWrittenAndAuditedOnce();
    void switchedOffRefusesAndWritesNothing();
    void supervisorOutsideRegionFails();
    void noFileChosenFails();
    void caseActionOnlyForRolesThatMayExport_data();
    void caseActionOnlyForRolesThatMayExport();
    void statisticsAndNgoActivityAreWrittenAndAudited();
    void badPeriodFailsAndWritesNothing();

private:
    void open(Role role);
    QString caseInScope(bool inScope);
    qint64 exportEvents(const QString &entity = {});
    /** Runs `intent` and waits until the controller is idle again. */
    [[nodiscard]] bool run(ExportController &c, const std::function<void()> &intent);

    std::unique_ptr<AppTest::GeneratedSession> m_session;
    QTemporaryDir m_out;
};

void tst_ExportController::cleanup()
{
    m_session.reset();
}

void tst_ExportController::open(Role role)
{
    m_session = std::make_unique<AppTest::GeneratedSession>(role, 60);
    QVERIFY2(m_session->isOpen(), qPrintable(m_session->status().error().detail));
}

QString tst_ExportController::caseInScope(bool inScope)
{
    AppSession &s = m_session->session();
    return PersonTest::caseInScope(s, column(s, u"SELECT id FROM person ORDER BY id"_s), inScope);
}

qint64 tst_ExportController::exportEvents(const QString &entity)
{
    return entity.isEmpty()
        ? count(m_session->session(), u"SELECT count(*) FROM audit_event WHERE action = 'export'"_s)
        : count(m_session->session(), u"SELECT count(*) FROM audit_event WHERE action = 'export' AND entity = ?1"_s, { entity });
}

bool tst_ExportController::run(ExportController &c, const std::function<void()> &intent)
{
    intent();
    return AppTest::waitFor([&] { return !c.busy(); }, 60'000);
}

void tst_ExportController::exportIsOnByDefaultOnDesktop()
{
    AppTest::TempSession fresh;
    QVERIFY(fresh->exportEnabled());
    fresh->setExportEnabled(false);
    fresh.restart(); // the choice is kept in the device's settings
    QVERIFY(!fresh->exportEnabled());
}

void tst_ExportController::casePdfIsWrittenAndAuditedOnce()
{
    open(Role::ProbationOfficer);
    ExportController c;
    QVERIFY(c.available());
    QVERIFY(c.mayExportCases());
    const QString personId = caseInScope(true);
    QVERIFY(!personId.isEmpty());
    const QString path = m_out.filePath(u"case.pdf"_s);
    const qint64 before = exportEvents();
    QSignalSpy ok(&c, &ExportController::succeeded);
    QSignalSpy failed(&c, &ExportController::failed);
    QVERIFY(run(c, [&] { c.exportCasePdf(personId, QUrl::fromLocalFile(path)); }));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ok.count(), 1);
    QCOMPARE(ok.first().at(0).toString(), path);
    QVERIFY(!ok.first().at(1).toString().isEmpty());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QCOMPARE(exportEvents(u"Person"_s), before + 1);
    QCOMPARE(exportEvents(), before + 1);
    QVERIFY(c.suggestedFileName(u"case"_s, personId).endsWith(u".pdf"_s));
}

void tst_ExportController::switchedOffRefusesAndWritesNothing()
{
    open(Role::ProbationOfficer);
    ExportController c;
    QSignalSpy available(&c, &ExportController::availableChanged);
    m_session->session().setExportEnabled(false);
    QVERIFY(available.count() >= 1);
    QVERIFY(!c.available());
    QVERIFY(!c.mayExportCases());
    const QString path = m_out.filePath(u"off.pdf"_s);
    const qint64 before = exportEvents();
    QSignalSpy failed(&c, &ExportController::failed);
    QSignalSpy ok(&c, &ExportController::succeeded);
    c.exportCasePdf(caseInScope(true), QUrl::fromLocalFile(path));
    c.exportStatistics(u"2026-01-01"_s, u"2026-06-30"_s, u"month"_s, QUrl::fromLocalFile(m_out.filePath(u"off.csv"_s)));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(ok.count(), 0);
    QVERIFY(!c.busy());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(m_out.filePath(u"off.csv"_s)));
    QCOMPARE(exportEvents(), before);
}

void tst_ExportController::supervisorOutsideRegionFails()
{
    open(Role::Supervisor);
    ExportController c;
    QVERIFY(c.mayExportCases());
    const QString outside = caseInScope(false);
    QVERIFY(!outside.isEmpty());
    const QString path = m_out.filePath(u"outside.pdf"_s);
    const qint64 before = exportEvents();
    QSignalSpy failed(&c, &ExportController::failed);
    QSignalSpy ok(&c, &ExportController::succeeded);
    QVERIFY(run(c, [&] { c.exportCasePdf(outside, QUrl::fromLocalFile(path)); }));
    QCOMPARE(ok.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains(u"Nothing was saved"_s));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(exportEvents(), before);
}

void tst_ExportController::noFileChosenFails()
{
    open(Role::ProbationOfficer);
    ExportController c;
    const qint64 before = exportEvents();
    QSignalSpy failed(&c, &ExportController::failed);
    QVERIFY(run(c, [&] { c.exportCasePdf(caseInScope(true), QUrl()); }));
    QVERIFY(run(c, [&] { c.exportNgoActivity(u"2026-01-01"_s, u"2026-06-30"_s, QString(), QUrl()); }));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(exportEvents(), before);
}

void tst_ExportController::caseActionOnlyForRolesThatMayExport_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("mayExport");
    QTest::newRow("probation officer") << Role::ProbationOfficer << true;
    QTest::newRow("supervisor") << Role::Supervisor << true;
    QTest::newRow("counsellor") << Role::Counsellor << false;
}

void tst_ExportController::caseActionOnlyForRolesThatMayExport()
{
    QFETCH(Role, role);
    QFETCH(bool, mayExport);
    open(role);
    ExportController c;
    QVERIFY(c.available());
    QCOMPARE(c.mayExportCases(), mayExport);
}

void tst_ExportController::statisticsAndNgoActivityAreWrittenAndAudited()
{
    open(Role::Supervisor);
    ExportController c;
    QSignalSpy ok(&c, &ExportController::succeeded);
    QSignalSpy failed(&c, &ExportController::failed);
    const QDate today = AppSession::today();
    const QString from = today.addMonths(-6).toString(Qt::ISODate);
    const QString to = today.toString(Qt::ISODate);

    const qint64 stats = exportEvents(u"StatisticsReport"_s);
    const QString csv = m_out.filePath(u"statistics.csv"_s);
    QVERIFY(run(c, [&] { c.exportStatistics(from, to, u"quarter"_s, QUrl::fromLocalFile(csv)); }));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    QCOMPARE(ok.count(), 1);
    QFile statistics(csv);
    QVERIFY(statistics.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(statistics.readLine()).trimmed(), StatisticsExport::columns().join(u','));
    QCOMPARE(exportEvents(u"StatisticsReport"_s), stats + 1);

    const qint64 ngo = exportEvents(u"NgoActivityReport"_s);
    const QString ngoCsv = m_out.filePath(u"ngo.csv"_s);
    QVERIFY(run(c, [&] { c.exportNgoActivity(from, to, QString(), QUrl::fromLocalFile(ngoCsv)); }));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    QCOMPARE(ok.count(), 2);
    QFile activity(ngoCsv);
    QVERIFY(activity.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(activity.readLine()).trimmed(), NgoActivityReport::columns().join(u','));
    QCOMPARE(exportEvents(u"NgoActivityReport"_s), ngo + 1);
}

void tst_ExportController::badPeriodFailsAndWritesNothing()
{
    open(Role::Supervisor);
    ExportController c;
    const qint64 before = exportEvents();
    QSignalSpy failed(&c, &ExportController::failed);
    const QString csv = m_out.filePath(u"bad.csv"_s);
    QVERIFY(run(c, [&] { c.exportStatistics(u"2026-06-30"_s, u"2026-01-01"_s, u"month"_s, QUrl::fromLocalFile(csv)); }));
    QVERIFY(run(c, [&] { c.exportStatistics(u"not a date"_s, u"2026-01-01"_s, u"month"_s, QUrl::fromLocalFile(csv)); }));
    QVERIFY(run(c, [&] { c.exportStatistics(u"2026-01-01"_s, u"2026-06-30"_s, u"fortnight"_s, QUrl::fromLocalFile(csv)); }));
    QVERIFY(run(c, [&] { c.exportNgoActivity(u"2026-06-30"_s, u"2026-01-01"_s, QString(), QUrl::fromLocalFile(csv)); }));
    QCOMPARE(failed.count(), 4);
    QVERIFY(!QFile::exists(csv));
    QCOMPARE(exportEvents(), before);
}

QTEST_MAIN(tst_ExportController)
#include "tst_exportcontroller.moc"
