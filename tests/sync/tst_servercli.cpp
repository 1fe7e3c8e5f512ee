// Tests for the qadam-server executable as an operator uses it: the real binary in a QProcess,
// against an embedded store in a temporary directory.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** GET /healthz over a plain socket; the status line, or empty. */
QByteArray healthz(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QByteArray reply;
    const QByteArray req = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::send(fd, req.constData(), size_t(req.size()), MSG_NOSIGNAL) == req.size()) {
        char buf[1024];
        ssize_t n = 0;
        while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0)
            reply.append(buf, qsizetype(n));
    }
    ::close(fd);
    return reply.left(reply.indexOf("\r\n"));
}

} // namespace

class tst_ServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void adminCommands();
    void serveUntilSigterm();

private:
    Run run(const QStringList &args) const;
    [[nodiscard]] QString store() const { return u"sqlite:"_s + m_dir.filePath(u"server.db"_s); }

    QTemporaryDir m_dir;
};

void tst_ServerCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(QADAM_SERVER_BIN)).isExecutable());
}

Run tst_ServerCli::run(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QADAM_SERVER_STORE"_s);
    env.remove(u"QADAM_SERVER_KEY"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QADAM_SERVER_BIN), args);
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_ServerCli::helpAndVersion()
{
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"serve", "create-organisation", "create-user", "issue-code", "revoke-device",
                                "revoke-user", "assign-case", "verify-audit", "new-epoch", "QADAM_SERVER_KEY"})
        QVERIFY2(help.out.contains(QLatin1StringView(command)), command);
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"qadam-server "_s));
}

void tst_ServerCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << u"exactly one command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
    QTest::newRow("missing option") << QStringList{u"create-user"_s, u"--name"_s, u"X"_s} << u"needs --role"_s;
}

void tst_ServerCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const Run r = run(args << u"--store"_s << u"sqlite:"_s + dir.filePath(u"x.db"_s));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(QDir(dir.path()).isEmpty());  // refused before any store or key file was made
}

void tst_ServerCli::adminCommands()
{
    const Run org = run({u"create-organisation"_s, u"--store"_s, store(), u"--name"_s, u"Demo Unit"_s});
    QCOMPARE(org.exitCode, 0);
    QVERIFY(org.out.contains(u"generated a new store key in"_s));
    const QString keyFile = m_dir.filePath(u"server.db.key"_s);
    QVERIFY(QFileInfo::exists(keyFile));
    QCOMPARE(QFileInfo(keyFile).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    const QString orgId = org.out.split(u'\n').filter(u"created organisation"_s).value(0).section(u' ', 2);
    QCOMPARE(orgId.size(), 36);

    const Run user = run({u"create-user"_s, u"--store"_s, store(), u"--name"_s, u"Demo Officer"_s, u"--role"_s,
                          u"probation_officer"_s, u"--organisation"_s, orgId});
    QCOMPARE(user.exitCode, 0);
    const QString userId = user.out.section(u' ', 2, 2);
    QCOMPARE(userId.size(), 36);
    const Run code = run({u"issue-code"_s, u"--store"_s, store(), u"--user"_s, userId});
    QCOMPARE(code.exitCode, 0);
    QVERIFY(code.out.contains(u"enrolment code for user "_s + userId));

    const Run unknown = run({u"revoke-device"_s, u"--store"_s, store(), u"--device"_s, u"no-such-device"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"error"_s));
    const Run audit = run({u"verify-audit"_s, u"--store"_s, store()});
    QCOMPARE(audit.exitCode, 0);
    QVERIFY(audit.out.startsWith(u"audit chain intact"_s));

    // After restoring a backup, the operator starts a new epoch: each run gives a different one.
    const Run epoch1 = run({u"new-epoch"_s, u"--store"_s, store()});
    const Run epoch2 = run({u"new-epoch"_s, u"--store"_s, store()});
    QCOMPARE(epoch1.exitCode, 0);
    QVERIFY2(epoch1.out.startsWith(u"new epoch "_s), qPrintable(epoch1.out));
    QVERIFY(epoch2.out.startsWith(u"new epoch "_s));
    QVERIFY(epoch1.out.section(u' ', 2, 2) != epoch2.out.section(u' ', 2, 2));

    // The key itself never reaches the terminal.
    QFile f(keyFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString hex = QString::fromLatin1(f.readAll().trimmed());
    for (const Run &r : {org, user, code, unknown, audit})
        QVERIFY(!r.out.contains(hex, Qt::CaseInsensitive) && !r.err.contains(hex, Qt::CaseInsensitive));
    const Run missingConfig = run({u"verify-audit"_s, u"--store"_s, store(), u"--config"_s,
                                   m_dir.filePath(u"missing.ini"_s)});
    QCOMPARE(missingConfig.exitCode, 1);
    QVERIFY(missingConfig.err.contains(u"config file"_s));
}

void tst_ServerCli::serveUntilSigterm()
{
    const QString portFile = m_dir.filePath(u"port"_s);
    QProcess p;
    p.start(QStringLiteral(QADAM_SERVER_BIN), {u"serve"_s, u"--store"_s, store(), u"--listen"_s, u"127.0.0.1:0"_s,
                                               u"--port-file"_s, portFile});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(portFile), 60'000);
    QFile f(portFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const quint16 port = quint16(f.readAll().trimmed().toUInt());
    QVERIFY(port != 0);
    QCOMPARE(healthz(port), "HTTP/1.1 200 OK"_ba);
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(out.contains(u"listening on http://127.0.0.1:%1"_s.arg(port)));
    QVERIFY(out.contains(u"stopping"_s));
    QVERIFY(healthz(port).isEmpty());  // the port is closed
}

QTEST_GUILESS_MAIN(tst_ServerCli)
#include "tst_servercli.moc"
