// The security requirements through the app's composition root (AppSession), against a real
// `qadam-server serve --demo` over TLS with a key signed by a CA made at test time:
//  - R33: enrolment needs the server's key pins in the address; without them, or with another
//    key's pins, nothing reaches the server (the one-time code still works afterwards); with them
//    the device enrols, keeps the address without its pins and syncs;
//  - R23: every unlock, failed or not, is in the device's audit chain, without the passphrase;
//  - R20: text the app copied is gone from the clipboard when the app locks.
// Runs on Xvfb (xcb): only a real X server tells the app that it owns the clipboard.
#include "appsession.h"
#include "storeworker.h"

#include "store/database.h"
#include "testca.h"

#include <QClipboard>
#include <QDeadlineTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kPassphrase = u"Correct-Horse-Battery-Staple-42"_s;
const QString kWrong = u"Correct-Horse-Battery-Staple-43"_s;
constexpr int kWaitMs = 60'000;

} // namespace

class tst_AppSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pinnedEnrolmentAuditedUnlocksAndClipboard();

private:
    [[nodiscard]] QString file(const QString &name) const { return m_ca.file(name); }
    [[nodiscard]] bool startServer();
    [[nodiscard]] qint64 enrolRequests() const;
    /** Enrols `session` with `address`; the enrolFinished outcome. */
    static bool enrol(AppSession &session, const QString &address, const QString &code);
    static QStringList auditActions(AppSession &session, QByteArray *blob);

    Test::TestCa m_ca;
    QProcess m_server;
    quint16 m_port = 0;
    QString m_code;
    QByteArray m_pin;
    QByteArray m_otherPin;
};

void tst_AppSecurity::initTestCase()
{
    QVERIFY2(QGuiApplication::platformName() == u"xcb", "run under xvfb-run with QT_QPA_PLATFORM=xcb");
    QVERIFY2(m_ca.make({u"server"_s, u"other"_s}), "could not make the test CA (openssl CLI)");
    m_pin = m_ca.pin(u"server"_s);
    m_otherPin = m_ca.pin(u"other"_s);
    QVERIFY(m_pin.size() == 52 && m_otherPin.size() == 52);
    QVERIFY(startServer());
}

void tst_AppSecurity::cleanupTestCase()
{
    m_server.terminate();
    if (!m_server.waitForFinished(15'000))
        m_server.kill();
}

bool tst_AppSecurity::startServer()
{
    const QString portFile = file(u"port"_s);
    m_server.setStandardOutputFile(file(u"server.log"_s));
    m_server.setStandardErrorFile(file(u"server.err"_s));
    m_server.start(QStringLiteral(QADAM_SERVER_BIN),
                   {u"serve"_s, u"--demo"_s, u"--demo-people"_s, u"5"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--store"_s,
                    u"sqlite:"_s + file(u"server.db"_s), u"--port-file"_s, portFile, u"--tls-cert"_s,
                    file(u"server.crt"_s), u"--tls-key"_s, file(u"server.key"_s)});
    QDeadlineTimer deadline(120'000);
    while (!deadline.hasExpired() && m_server.state() != QProcess::NotRunning) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly) && (m_port = quint16(f.readAll().trimmed().toUInt())) > 0)
            break;
        QTest::qWait(100);
    }
    QFile log(file(u"server.log"_s));
    if (m_port == 0 || !log.open(QIODevice::ReadOnly)) {
        QFile err(file(u"server.err"_s));
        (void)err.open(QIODevice::ReadOnly);
        qWarning("qadam-server did not start: %s", err.readAll().right(2000).constData());
        return false;
    }
    static const QRegularExpression line(u"^\\s+(\\S+)\\s+probation_officer\\s"_s, QRegularExpression::MultilineOption);
    m_code = line.match(QString::fromUtf8(log.readAll())).captured(1);
    return !m_code.isEmpty();
}

bool tst_AppSecurity::enrol(AppSession &session, const QString &address, const QString &code)
{
    QSignalSpy finished(&session, &AppSession::enrolFinished);
    session.enrol(address, code, kPassphrase);
    if (finished.isEmpty() && !finished.wait(kWaitMs))
        return false;
    return finished.constFirst().at(0).toBool();
}

QStringList tst_AppSecurity::auditActions(AppSession &session, QByteArray *blob)
{
    QStringList actions;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto st = ctx.db.prepare(u"SELECT action, actor_id, device_id, entity, record_id, id FROM audit_event "
                                 u"ORDER BY seq"_s);
        if (!st.ok())
            return;
        while (st.value().step().value()) {
            actions << st.value().text(0);
            for (int c = 0; c < st.value().columnCount(); ++c)
                *blob += st.value().text(c).toUtf8() + '\x1f';
        }
    });
    return actions;
}

void tst_AppSecurity::pinnedEnrolmentAuditedUnlocksAndClipboard()
{
    QTemporaryDir data;
    AppSession::Config config;
    config.dataDirectory = data.filePath(u"data"_s);
    config.keyStoreDirectory = data.filePath(u"keystore"_s);
    config.cheapKdfForTests = true;
    config.caBundlePath = file(u"ca.crt"_s); // the CA is trusted, as an installed interception root would be
    AppSession session(config);
    const QString base = u"https://127.0.0.1:%1"_s.arg(m_port);

    // R33: no pins, or another key's pins: refused, and the code was never presented.
    QVERIFY(!enrol(session, base, m_code));
    QVERIFY(session.errorText().contains(u"#pin="_s));
    QCOMPARE(session.state(), AppSession::State::NeedsEnrolment);
    QVERIFY(!enrol(session, base + u"#pin="_s + QString::fromLatin1(m_otherPin), m_code));
    QCOMPARE(session.state(), AppSession::State::NeedsEnrolment);
    // The server's pins: enrolled with the same one-time code, which was therefore never used up.
    QVERIFY2(enrol(session, base + u"#pin="_s + QString::fromLatin1(m_pin), m_code), qPrintable(session.errorText()));
    QCOMPARE(session.state(), AppSession::State::Unlocked);
    QCOMPARE(session.serverUrl(), base);

    // R20: a copied text goes when the app locks.
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setText(u"Zharkynbekova clipcanary"_s);
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->ownsClipboard(), 5'000);
    session.lock();
    QCOMPARE(session.state(), AppSession::State::Locked);
    QCOMPARE(clipboard->text(), QString());

    // R23: two wrong passphrases, then the right one; all three are audit events.
    QSignalSpy state(&session, &AppSession::stateChanged);
    QSignalSpy busy(&session, &AppSession::busyChanged);
    for (const QString &p : {kWrong, kWrong, kPassphrase}) {
        busy.clear();
        session.unlock(p);
        QTRY_VERIFY_WITH_TIMEOUT(!session.busy() && !busy.isEmpty(), kWaitMs);
    }
    QCOMPARE(session.state(), AppSession::State::Unlocked);
    QByteArray blob;
    const QStringList actions = auditActions(session, &blob);
    QCOMPARE(actions.count(u"unlock_failed"_s), 2);
    QVERIFY(actions.contains(u"unlock"_s));
    QVERIFY(actions.contains(u"lock"_s));
    QVERIFY(actions.contains(u"vault_create"_s));
    QVERIFY(blob.contains(session.userId().toUtf8())); // control: the search sees the ids
    for (const QString &secret : {kPassphrase, kWrong})
        QVERIFY2(!blob.contains(secret.toUtf8()) && !blob.contains(secret.toUtf8().toBase64()),
                 "a passphrase is in the device's audit chain");
}

QTEST_MAIN(tst_AppSecurity)
#include "tst_appsecurity.moc"
