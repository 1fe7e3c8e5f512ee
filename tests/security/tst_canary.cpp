// R1, R15 and the token half of R4, end to end: a real qadam-server process (SQLCipher store) and
// two devices of the product's SyncEngine. Unique canaries (a name-like text, an address and a
// note) are written on one device, synced through the server and pulled by another; then every
// file under the scenario folder (device stores with WAL/SHM, the server store, the server's
// captured stdout+stderr) and every log message of this process (the devices' engines) is
// searched for the canaries and the refresh tokens in UTF-8, UTF-16LE and base64.
#include "harness.h"
#include "testsupport.h"
#include "write/writeservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Integration;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

template<typename R>
QString text(const std::optional<R> &record, const QString &field)
{
    return record ? record->fields.value(field).toString() : QString();
}

} // namespace

class tst_Canary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void syncedCanariesAppearInNoFileAndNoLog();

private:
    void verifyNoFileContains(const QString &dir, const QStringList &needles, const char *when);
    void verifyServerAuditHoldsIdsOnly(Scenario &s, const QStringList &secrets);
};

void tst_Canary::initTestCase()
{
    // The devices and the server log at every level here: a leak at debug level is a leak too.
    QLoggingCategory::setFilterRules(u"qadam.*=true"_s);
    qputenv("QADAM_TEST_SERVER_LOG_RULES", "qadam.*=true");
    g_previous = qInstallMessageHandler(captureLog);
}

void tst_Canary::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

void tst_Canary::verifyNoFileContains(const QString &dir, const QStringList &needles, const char *when)
{
    for (const QString &needle : needles) {
        const QStringList hits = Test::filesContaining(dir, needle);
        QVERIFY2(hits.isEmpty(), qPrintable(u"%1: a secret in plaintext in %2"_s.arg(QLatin1String(when), hits.join(u", "_s))));
    }
}

// R32: every event the flow left in the server's chain (enrolments, tokens, applied pushes, the
// devices' own events) holds identifiers only: each field is empty, a UUID or an action name, and
// no secret is in any of them. Read decrypted, through the store, where the file search cannot see.
void tst_Canary::verifyServerAuditHoldsIdsOnly(Scenario &s, const QStringList &secrets)
{
    auto store = s.store().open();
    QVERIFY(store.ok());
    auto txn = store.value()->begin(false);
    QVERIFY(txn.ok());
    auto events = txn.value()->auditEvents(0, 1'000'000);
    QVERIFY(events.ok());
    QSet<QString> actions;
    static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    static const QRegularExpression name(u"^[A-Za-z_:.-]*$"_s);
    for (const Server::ServerAuditEvent &e : events.value()) {
        actions.insert(e.action.section(u':', 0, 1));
        for (const QString &id : {e.id, e.actorId, e.deviceId, e.recordId, e.bucket})
            QVERIFY2(id.isEmpty() || uuid.match(id).hasMatch(), qPrintable(u"event %1: not an id"_s.arg(e.seq)));
        for (const QString &word : {e.action, e.entity})
            QVERIFY2(name.match(word).hasMatch(), qPrintable(u"event %1: not a name"_s.arg(e.seq)));
        for (const QString &secret : secrets)
            for (const QString &field : {e.id, e.actorId, e.deviceId, e.action, e.entity, e.recordId, e.bucket})
                QVERIFY2(!field.contains(secret), qPrintable(u"event %1 holds a secret"_s.arg(e.seq)));
    }
    // The flow's kinds of event are all there, so the check above covered them.
    for (const QString &action : {u"enroll"_s, u"token"_s, u"push:applied"_s})
        QVERIFY2(actions.contains(action), qPrintable(action));
}

void tst_Canary::syncedCanariesAppearInNoFileAndNoLog()
{
    Scenario s;
    QVERIFY(s.start(u"sqlite"_s));
    const QString root = QFileInfo(s.path(u"x"_s)).absolutePath();
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper();
    const QStringList canaries = {u"Канарейкина Әлия %1"_s.arg(tag), u"мкр. Канарейка-%1, 7"_s.arg(tag),
                                  u"CanaryNote %1: келді, құжаттарын әкелді"_s.arg(tag)};

    auto a = s.device(s.seed().officerId, u"device-a"_s);
    QVERIFY(a);
    const QString person = s.seed().people.at(3);
    const auto before = a->record(u"Person"_s, person);
    QVERIFY(before);
    QVERIFY(a->writer().update(u"Person"_s, person, before->version,
                               {{u"residenceAddress"_s, canaries.at(1)}, {u"notes"_s, canaries.at(2)}}).ok());
    QVERIFY(a->writer().create(u"Document"_s, {{u"personId"_s, person}, {u"kind"_s, u"other"_s},
                                              {u"title"_s, canaries.at(0)}}).ok());
    QVERIFY(a->sync());
    auto b = s.device(s.seed().officerId, u"device-b"_s);
    QVERIFY(b);
    // The canaries really travelled: the search below looks where they are, encrypted.
    QCOMPARE(text(b->record(u"Person"_s, person), u"notes"_s), canaries.at(2));
    QCOMPARE(text(s.serverRecord(u"Person"_s, person), u"residenceAddress"_s), canaries.at(1));

    QStringList secrets = canaries;
    for (Device *d : {a.get(), b.get()}) {
        const QString token = d->credentials().refreshToken;
        QVERIFY(token.size() >= 16);
        secrets << token;
    }
    QVERIFY(QFileInfo::exists(a->path() + u"-wal"_s));  // the WAL holds recent pages: searched too
    verifyNoFileContains(root, secrets, "while running");
    if (QTest::currentTestFailed())
        return;
    verifyServerAuditHoldsIdsOnly(s, secrets);
    if (QTest::currentTestFailed())
        return;

    a->stopEngine();
    b->stopEngine();
    s.server().stop();
    a.reset();
    b.reset();
    verifyNoFileContains(root, secrets, "after shutdown");
    if (QTest::currentTestFailed())
        return;

    // The server's output was captured and is not empty, so the search above covered a real log.
    const QStringList serverLogs = QDir(root).entryList({u"server-*.log"_s}, QDir::Files);
    QVERIFY(!serverLogs.isEmpty());
    QVERIFY(QFileInfo(QDir(root).filePath(serverLogs.first())).size() > 0);
    {
        // ...at debug level: the server's per-request debug lines are in it.
        QFile serverLog(QDir(root).filePath(serverLogs.first()));
        QVERIFY(serverLog.open(QIODevice::ReadOnly));
        QVERIFY2(serverLog.readAll().contains("/v1/sync\" status 200"), "the server did not log at debug level");
    }

    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY(!log.isEmpty());
    for (const QString &secret : secrets)
        for (const QString &line : log)
            QVERIFY2(!line.contains(secret), qPrintable(u"a secret in a device log line (category %1)"_s.arg(line.section(u' ', 0, 0))));

    // The search can fail: a file written in the clear is found.
    QFile plain(QDir(root).filePath(u"control.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write(canaries.at(2).toUtf8().toBase64());
    plain.close();
    QCOMPARE(Test::filesContaining(root, canaries.at(2)).size(), 1);
}

QTEST_GUILESS_MAIN(tst_Canary)
#include "tst_canary.moc"
