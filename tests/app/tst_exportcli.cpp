// `qadam export …` run as a scheduled job would run it: the built binary, a vault made with the
// product's Argon2id parameters, the passphrase from a file or stdin. A case report is written
// and readable (pdftotext); a wrong passphrase, an unknown case, a missing argument or a
// passphrase offered on the command line exit non-zero and leave no file; `qadam --help` lists
// the command. Needs QADAM_APP_BIN (tests/app/CMakeLists.txt).
#include "appsupport.h"
#include "pdftestsupport.h"
#include "persontestsupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kPass = u"scheduled reporting passphrase 42"_s;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_ExportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void casePdfFromPassphraseFile();
    void casePdfFromStdinInRussian();
    void wrongPassphraseExitsNonZeroAndWritesNothing();
    void refusalsExitNonZeroAndWriteNothing_data();
    void refusalsExitNonZeroAndWriteNothing();
    void helpListsTheExportCommand();

private:
    Run qadam(const QStringList &args, const QByteArray &stdinBytes = {});
    QStringList common() const;
    qint64 exportEvents();

    QTemporaryDir m_dir;
    QString m_personId;
    QString m_passFile;
};

void tst_ExportCli::initTestCase()
{
    QVERIFY2(PdfTest::missingTool(u"pdftotext"_s).isEmpty(), qPrintable(PdfTest::missingTool(u"pdftotext"_s)));
    QVERIFY(QFile::exists(QStringLiteral(QADAM_APP_BIN)));
    // A vault with the product's KDF parameters (the command line refuses the tests' cheap ones).
    AppSession::Config config;
    config.dataDirectory = m_dir.filePath(u"data"_s);
    config.keyStoreDirectory = m_dir.filePath(u"keys"_s);
    {
        AppSession session(config);
        Actor officer;
        officer.role = Role::ProbationOfficer;
        const Status opened = session.openGenerated(kPass, officer, 30);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
        // A case under supervision with appearances at the probation service.
        m_personId = PersonTest::scalar(session,
            u"SELECT p.id FROM person p WHERE p.case_officer_id = ?1 AND EXISTS (SELECT 1 FROM check_in c WHERE "
            u"c.person_id = p.id AND c.channel = 'probation') ORDER BY p.id LIMIT 1"_s,
            { session.userId() }).toString();
        QVERIFY(!m_personId.isEmpty());
    }
    m_passFile = m_dir.filePath(u"pass.txt"_s);
    QFile pass(m_passFile);
    QVERIFY(pass.open(QIODevice::WriteOnly));
    pass.write(kPass.toUtf8() + '\n');
}

QStringList tst_ExportCli::common() const
{
    return { u"--data-dir"_s, m_dir.filePath(u"data"_s), u"--key-dir"_s, m_dir.filePath(u"keys"_s) };
}

Run tst_ExportCli::qadam(const QStringList &args, const QByteArray &stdinBytes)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QADAM_APP_BIN), args);
    p.write(stdinBytes);
    p.closeWriteChannel();
    Run run;
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

void tst_ExportCli::casePdfFromPassphraseFile()
{
    const QString out = m_dir.filePath(u"case.pdf"_s);
    const Run r = qadam(QStringList { u"export"_s, u"case-pdf"_s, u"--person"_s, m_personId, u"--out"_s, out, u"--lang"_s,
                            u"en"_s, u"--passphrase-file"_s, m_passFile }
        + common());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = PdfTest::pdfText(out);
    QVERIFY(text.simplified().contains(u"Appearances at the probation service"_s));
    QVERIFY(text.contains(u"Exported by"_s));
    QVERIFY(!r.out.contains(kPass) && !r.err.contains(kPass));
}

void tst_ExportCli::casePdfFromStdinInRussian()
{
    const QString out = m_dir.filePath(u"case-ru.pdf"_s);
    const Run r = qadam(QStringList { u"export"_s, u"case-pdf"_s, u"--person"_s, m_personId, u"--out"_s, out, u"--lang"_s,
                            u"ru"_s }
            + common(),
        kPass.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // --lang installs that language's translations: the channel is named in Russian.
    const QString text = PdfTest::pdfText(out);
    QVERIFY2(text.contains(u"Явка в службу пробации"_s), qPrintable(text.left(2500)));
}

void tst_ExportCli::wrongPassphraseExitsNonZeroAndWritesNothing()
{
    const QString out = m_dir.filePath(u"wrong.pdf"_s);
    const Run r = qadam(QStringList { u"export"_s, u"case-pdf"_s, u"--person"_s, m_personId, u"--out"_s, out } + common(),
        QByteArray("not the passphrase\n"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(out));
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!r.err.contains(u"not the passphrase"_s));
    // The failed attempt counts like one in the app; the right passphrase still opens it.
    const QString after = m_dir.filePath(u"after.pdf"_s);
    const Run ok = qadam(QStringList { u"export"_s, u"case-pdf"_s, u"--person"_s, m_personId, u"--out"_s, after,
                             u"--passphrase-file"_s, m_passFile }
        + common());
    QCOMPARE(ok.exitCode, 0);
}

void tst_ExportCli::refusalsExitNonZeroAndWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown case") << QStringList { u"case-pdf"_s, u"--person"_s, u"01900000-0000-7000-8000-000000000000"_s } << 3;
    QTest::newRow("no person") << QStringList { u"case-pdf"_s } << 1;
    QTest::newRow("unknown kind") << QStringList { u"everything"_s } << 1;
    QTest::newRow("bad language") << QStringList { u"case-pdf"_s, u"--person"_s, u"x"_s, u"--lang"_s, u"de"_s } << 1;
    QTest::newRow("period backwards")
        << QStringList { u"statistics"_s, u"--from"_s, u"2026-06-30"_s, u"--to"_s, u"2026-01-01"_s } << 1;
    QTest::newRow("bad period") << QStringList { u"statistics"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
        u"2026-06-30"_s, u"--period"_s, u"week"_s } << 1;
    QTest::newRow("passphrase on the command line") << QStringList { u"case-pdf"_s, u"--person"_s, u"x"_s,
        u"--passphrase"_s, u"secret"_s } << 1;
}

void tst_ExportCli::refusalsExitNonZeroAndWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const QString out = m_dir.filePath(u"refused.out"_s);
    const Run r = qadam(QStringList { u"export"_s } + args + QStringList { u"--out"_s, out, u"--passphrase-file"_s, m_passFile }
        + common());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!QFile::exists(out));
    QVERIFY(!r.err.isEmpty());
}

void tst_ExportCli::helpListsTheExportCommand()
{
    const Run r = qadam({ u"--help"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"qadam export case-pdf --person ID --out FILE.pdf"_s));
    QVERIFY(r.out.contains(u"qadam export statistics"_s));
    QVERIFY(r.out.contains(u"qadam export ngo-activity"_s));
}

QTEST_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
