// The PDF case report (CaseExport, CaseReport, CaseReportPdf) on a real generated store, read back
// with poppler's pdftotext and pdftoppm: the sections a probation officer expects, none of the
// counselling-note canaries planted in the store (while text that may be exported — the person's
// name, the watermark — is there, so the check can fail), a first page that is not blank, the
// exporting user named on every page, exactly one ids-only audit event per export, and refusals
// (outside the supervisor's region, a role without the export permission, an unknown case, no
// file) that leave no file and no event.
#include "caseexport.h"
#include "casereport.h"
#include "casereportpdf.h"

#include "write/writeservice.h"

#include "appsupport.h"
#include "pdftestsupport.h"
#include "persontestsupport.h"
#include "translations.h"


#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::PersonTest;

namespace {

const QString kCanary = u"CANARY-counselling-note-7f3a"_s;

} // namespace

class tst_CaseReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void officerReportHasSectionsAndNoCounsellingNotes();
    void pageIsNotBlank();
    void reportIsInTheReadersLanguage();
    void everyPageNamesTheExportingUser();
    void exportWritesExactlyOneAuditEvent();
    void supervisorOutsideRegionCannotExport();
    void supervisorReportHasNoNamesOrIin();
    void roleWithoutExportPermissionIsRefused();
    void unknownCaseAndNoFileAreRefused();

private:
    void open(Role role);
    /** A case of the signed-in user (in scope or not) with the most sessions and appearances. */
    QString caseInScope(bool inScope, const QString &candidatesSql = {});
    /** Writes the report; the error, or an empty string when written. */
    Result<QString> exportCase(const QString &personId, const QString &path, const QString &language = u"en"_s);
    qint64 exportEvents();
    void plantCanaries(const QString &personId);

    std::unique_ptr<AppTest::GeneratedSession> m_session;
    QTemporaryDir m_out;
};

void tst_CaseReportPdf::initTestCase()
{
    QVERIFY2(PdfTest::missingTool(u"pdftotext"_s).isEmpty(), qPrintable(PdfTest::missingTool(u"pdftotext"_s)));
    QVERIFY2(PdfTest::missingTool(u"pdftoppm"_s).isEmpty(), qPrintable(PdfTest::missingTool(u"pdftoppm"_s)));
    QVERIFY(m_out.isValid());
}

void tst_CaseReportPdf::cleanup()
{
    m_session.reset();
}

void tst_CaseReportPdf::open(Role role)
{
    m_session = std::make_unique<AppTest::GeneratedSession>(role, 60);
    QVERIFY2(m_session->isOpen(), qPrintable(m_session->status().error().detail));
}

QString tst_CaseReportPdf::caseInScope(bool inScope, const QString &candidatesSql)
{
    AppSession &s = m_session->session();
    const QStringList people = column(s,
        !candidatesSql.isEmpty() ? candidatesSql
                                 : u"SELECT p.id FROM person p ORDER BY (SELECT count(*) FROM counselling_session c WHERE "
                                   u"c.person_id = p.id AND c.confidentiality_tier = 'shared_summary') + (SELECT count(*) "
                                   u"FROM check_in c WHERE c.person_id = p.id) DESC, p.id"_s,
        candidatesSql.isEmpty() ? QVariantList() : QVariantList { s.userId() });
    return PersonTest::caseInScope(s, people, inScope);
}

Result<QString> tst_CaseReportPdf::exportCase(const QString &personId, const QString &path, const QString &language)
{
    Result<QString> out = Error::make(Error::Storage, u"not run"_s);
    m_session->session().worker()->runBlocking(
        [&](CoreContext &ctx) { out = CaseExport::writePdf(ctx, personId, path, language); });
    return out;
}

qint64 tst_CaseReportPdf::exportEvents()
{
    return count(m_session->session(), u"SELECT count(*) FROM audit_event WHERE action = 'export'"_s);
}

/** New sessions of the case in every confidentiality tier, each note and risk field a canary,
 *  written as the counsellor who holds the case's referral (as a sync from their device would). */
void tst_CaseReportPdf::plantCanaries(const QString &personId)
{
    AppSession &s = m_session->session();
    const QString referral = scalar(s, u"SELECT id FROM referral WHERE person_id = ?1 AND counsellor_id IS NOT NULL "
                                       u"ORDER BY term_start DESC LIMIT 1"_s, { personId }).toString();
    const QString counsellor = scalar(s, u"SELECT counsellor_id FROM referral WHERE id = ?1"_s, { referral }).toString();
    QVERIFY(!referral.isEmpty() && !counsellor.isEmpty());
    int planted = 0;
    s.worker()->runBlocking([&](CoreContext &ctx) {
        WriteService asCounsellor(ctx.db, ctx.clock, Actor { counsellor, Role::Counsellor });
        for (const QString &tier : { u"shared_summary"_s, u"counselling_team"_s, u"sealed"_s }) {
            auto id = asCounsellor.create(u"CounsellingSession"_s,
                { { u"personId"_s, personId }, { u"referralId"_s, referral }, { u"counsellorId"_s, counsellor },
                    { u"occurredOn"_s, ctx.today.addDays(-1) }, { u"mode"_s, u"face_to_face"_s },
                    { u"durationMinutes"_s, 50 }, { u"engagement"_s, u"engaged"_s }, { u"confidentialityTier"_s, tier },
                    { u"topics"_s, kCanary + u" topics"_s }, { u"notesObservations"_s, kCanary + u" observations"_s },
                    { u"notesAnalysis"_s, kCanary + u" analysis"_s }, { u"notesConclusions"_s, kCanary + u" conclusions"_s },
                    { u"notesPlan"_s, kCanary + u" plan"_s }, { u"stability"_s, u"fluctuating"_s },
                    { u"stabilityRationale"_s, kCanary + u" rationale"_s } });
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail + u' ' + id.error().field));
            ++planted;
        }
    });
    QCOMPARE(planted, 3);
    QCOMPARE(count(s, u"SELECT count(*) FROM counselling_session WHERE person_id = ?1 AND notes_plan LIKE ?2"_s,
                 { personId, kCanary + u"%"_s }),
        3);
}

void tst_CaseReportPdf::officerReportHasSectionsAndNoCounsellingNotes()
{
    open(Role::ProbationOfficer);
    const QString personId = caseInScope(true);
    QVERIFY(!personId.isEmpty());
    plantCanaries(personId);
    const QString path = m_out.filePath(u"officer.pdf"_s);
    auto written = exportCase(personId, path);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().detail));
    const QString text = PdfTest::pdfText(path);
    QVERIFY2(!text.isNull(), "pdftotext could not read the report");

    for (const QString &heading : { u"Case report"_s, u"Person summary"_s, u"Administrative supervision: order and obligations"_s,
             u"Appearances for registration at the internal affairs body"_s, u"Appearances at the probation service"_s,
             u"Individual programme of social and legal assistance"_s, u"Referrals and outcomes"_s,
             u"Counselling sessions (attendance only)"_s, u"Progress reviews"_s })
        QVERIFY2(text.simplified().contains(heading), qPrintable(u"missing heading: "_s + heading));
    // What the officer may export is there, so reading the PDF works ...
    const QString surname = scalar(m_session->session(), u"SELECT surname_lat FROM person WHERE id = ?1"_s, { personId }).toString();
    QVERIFY(!surname.isEmpty());
    QVERIFY2(text.contains(surname), "the person's name is missing: the text was not read");
    // ... the shared sessions are listed (so their notes were candidates) ...
    QVERIFY(count(m_session->session(),
                u"SELECT count(*) FROM counselling_session WHERE person_id = ?1 AND confidentiality_tier = 'shared_summary'"_s,
                { personId })
        > 0);
    // ... and no counselling note, nor the IIN, ever is.
    QVERIFY2(!text.contains(u"CANARY"_s), "a counselling note reached the PDF");
    const QString iin = scalar(m_session->session(), u"SELECT iin FROM person WHERE id = ?1"_s, { personId }).toString();
    QVERIFY(!iin.isEmpty());
    QVERIFY(!text.contains(iin));
}

void tst_CaseReportPdf::pageIsNotBlank()
{
    open(Role::ProbationOfficer);
    const QString personId = caseInScope(true);
    const QString path = m_out.filePath(u"page.pdf"_s);
    QVERIFY(exportCase(personId, path).ok());
    QTemporaryDir pngs;
    const QImage page = PdfTest::renderPage(path, 1, 50, pngs);
    QVERIFY2(!page.isNull(), "pdftoppm could not render page 1");
    // A4 at 50 dpi is about 413 x 584; text, rules and table headers ink several percent of it.
    QVERIFY(page.width() > 400 && page.height() > 570);
    const qint64 inked = PdfTest::inkedPixels(page);
    QVERIFY2(inked > page.width() * page.height() / 50, qPrintable(u"only %1 inked pixels"_s.arg(inked)));
    if (qEnvironmentVariableIsSet("QADAM_KEEP_REPORT")) // look at it: QADAM_KEEP_REPORT=/tmp/dir
        QFile::copy(path, qEnvironmentVariable("QADAM_KEEP_REPORT") + u"/case-report.pdf"_s);
}

/** The report follows the app's language: headings, labels and footer, not only the data. */
void tst_CaseReportPdf::reportIsInTheReadersLanguage()
{
    open(Role::ProbationOfficer);
    const QString personId = caseInScope(true);
    Translations translations(&m_session->session(), nullptr); // as main.cpp: follows the language
    m_session->session().setLanguage(u"ru"_s);
    const QString path = m_out.filePath(u"russian.pdf"_s);
    QVERIFY(exportCase(personId, path, u"ru"_s).ok());
    const QString text = PdfTest::pdfText(path).simplified();
    for (const QString &heading : { u"Отчёт по делу"_s, u"Сведения о человеке"_s })
        QVERIFY2(text.contains(heading), qPrintable(u"missing heading: "_s + heading));
    for (const QString &english : { u"Case report"_s, u"Person summary"_s, u"Exported by"_s })
        QVERIFY2(!text.contains(english), qPrintable(u"left in English: "_s + english));
}

void tst_CaseReportPdf::everyPageNamesTheExportingUser()
{
    open(Role::ProbationOfficer);
    const QString personId = caseInScope(true);
    const QString path = m_out.filePath(u"watermark.pdf"_s);
    QVERIFY(exportCase(personId, path).ok());
    const QString me = scalar(m_session->session(), u"SELECT display_name FROM staff_user WHERE id = ?1"_s,
        { m_session->session().userId() }).toString();
    QVERIFY(!me.isEmpty());
    const QStringList pages = PdfTest::pdfText(path).split(QChar(u'\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, "a full case report runs over more than one page");
    for (int i = 0; i < pages.size(); ++i) {
        const QString page = pages.at(i).simplified();
        QVERIFY2(page.contains(u"Exported by "_s + me), qPrintable(u"page %1 has no watermark"_s.arg(i + 1)));
        QVERIFY2(page.contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())), qPrintable(u"page %1 unnumbered"_s.arg(i + 1)));
    }
}

void tst_CaseReportPdf::exportWritesExactlyOneAuditEvent()
{
    open(Role::ProbationOfficer);
    const QString personId = caseInScope(true);
    const qint64 before = exportEvents();
    const qint64 chain = count(m_session->session(), u"SELECT count(*) FROM audit_event"_s);
    QVERIFY(exportCase(personId, m_out.filePath(u"audit1.pdf"_s)).ok());
    QCOMPARE(exportEvents(), before + 1);
    QCOMPARE(count(m_session->session(), u"SELECT count(*) FROM audit_event"_s), chain + 1);
    AppSession &s = m_session->session();
    QCOMPARE(count(s, u"SELECT count(*) FROM audit_event WHERE action = 'export' AND entity = 'Person' AND record_id = ?1 "
                      u"AND person_id = ?1 AND actor_id = ?2 AND actor_role = 'probation_officer'"_s,
                 { personId, s.userId() }),
        1);
    QVERIFY(exportCase(personId, m_out.filePath(u"audit2.pdf"_s)).ok());
    QCOMPARE(exportEvents(), before + 2);
}

void tst_CaseReportPdf::supervisorOutsideRegionCannotExport()
{
    open(Role::Supervisor);
    const QString outside = caseInScope(false);
    QVERIFY(!outside.isEmpty());
    const QString path = m_out.filePath(u"outside.pdf"_s);
    const qint64 before = exportEvents();
    auto written = exportCase(outside, path);
    QVERIFY(!written.ok());
    QCOMPARE(written.code(), Error::Forbidden);
    QCOMPARE(written.error().detail, u"outside_unit_region"_s);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(exportEvents(), before);
}

void tst_CaseReportPdf::supervisorReportHasNoNamesOrIin()
{
    open(Role::Supervisor);
    const QString inside = caseInScope(true);
    QVERIFY(!inside.isEmpty());
    const QString path = m_out.filePath(u"supervisor.pdf"_s);
    QVERIFY(exportCase(inside, path).ok());
    const QString text = PdfTest::pdfText(path);
    QVERIFY(text.contains(u"Progress reviews"_s));
    // The policy lets a supervisor export a case's basics and status, not who the person is.
    const QString surname = scalar(m_session->session(), u"SELECT surname_lat FROM person WHERE id = ?1"_s, { inside }).toString();
    QVERIFY(!text.contains(surname));
    QVERIFY(text.simplified().contains(u"Names withheld"_s));
    QVERIFY(text.contains(inside.section(u'-', -1).toUpper())); // the case reference still identifies the file
}

void tst_CaseReportPdf::roleWithoutExportPermissionIsRefused()
{
    open(Role::Counsellor);
    // A case referred to this counsellor: they may open it, but not export a case report.
    const QString referred = caseInScope(true,
        u"SELECT DISTINCT person_id FROM referral WHERE counsellor_id = ?1 ORDER BY person_id"_s);
    QVERIFY(!referred.isEmpty());
    const QString path = m_out.filePath(u"counsellor.pdf"_s);
    const qint64 before = exportEvents();
    auto written = exportCase(referred, path);
    QVERIFY(!written.ok());
    QCOMPARE(written.code(), Error::Forbidden);
    QCOMPARE(written.error().detail, u"export_not_permitted"_s);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(exportEvents(), before);
}

void tst_CaseReportPdf::unknownCaseAndNoFileAreRefused()
{
    open(Role::ProbationOfficer);
    const qint64 before = exportEvents();
    const QString path = m_out.filePath(u"unknown.pdf"_s);
    auto unknown = exportCase(u"01900000-0000-7000-8000-000000000000"_s, path);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.code(), Error::NotFound);
    QVERIFY(!QFile::exists(path));
    auto noFile = exportCase(caseInScope(true), QString());
    QVERIFY(!noFile.ok());
    QCOMPARE(noFile.code(), Error::Invalid);
    auto badDir = exportCase(caseInScope(true), m_out.filePath(u"no/such/dir/report.pdf"_s));
    QVERIFY(!badDir.ok());
    QCOMPARE(badDir.code(), Error::Storage);
    QCOMPARE(exportEvents(), before);
}

QTEST_MAIN(tst_CaseReportPdf)
#include "tst_casereportpdf.moc"
