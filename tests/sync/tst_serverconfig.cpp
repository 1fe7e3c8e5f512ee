// Tests for qadam-server's layered settings and store key (sync/server/serverconfig.h).
#include "serverconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Server;

namespace {

const QString kHexKey = QString(64, u'a');

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class tst_ServerConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configFile_data();
    void configFile();
    void precedence();
    void refusesBadSettings_data();
    void refusesBadSettings();
    void parseListen_data();
    void parseListen();
    void newStoreGetsKeyFile();
    void existingStoreWithoutKeyIsRefused();
    void configuredKeyWins_data();
    void configuredKeyWins();
    void postgresNeedsNoKey();
};

void tst_ServerConfig::configFile_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("INI at top level") << "store=sqlite:/srv/q.db\nlisten=0.0.0.0:9000\nthreads=4\n"_ba;
    QTest::newRow("INI in a [server] section") << "[server]\nstore=sqlite:/srv/q.db\nlisten=0.0.0.0:9000\nthreads=4\n"_ba;
    QTest::newRow("JSON") << R"({"store": "sqlite:/srv/q.db", "listen": "0.0.0.0:9000", "threads": 4})"_ba;
}

void tst_ServerConfig::configFile()
{
    QFETCH(QByteArray, text);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server.conf"_s);
    QVERIFY(writeFile(path, text));
    ServerConfig c;
    QVERIFY(c.loadFile(path).ok());
    QCOMPARE(c.store, u"sqlite:/srv/q.db"_s);
    QCOMPARE(c.listen, u"0.0.0.0:9000"_s);
    QCOMPARE(c.threads, 4);
}

void tst_ServerConfig::precedence()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server.json"_s);
    QVERIFY(writeFile(path, R"({"store": "sqlite:/file.db", "listen": "127.0.0.1:1", "threads": 3})"_ba));
    ServerConfig c;
    QCOMPARE(c.listen, u"127.0.0.1:8080"_s);  // default
    QVERIFY(c.loadFile(path).ok());
    QProcessEnvironment env;
    env.insert(u"QADAM_SERVER_STORE"_s, u"sqlite:/env.db"_s);
    QVERIFY(c.loadEnvironment(env).ok());
    QVERIFY(c.set(u"listen"_s, u"127.0.0.1:0"_s).ok());  // what main() does with --listen
    QCOMPARE(c.store, u"sqlite:/env.db"_s);                // env over file
    QCOMPARE(c.listen, u"127.0.0.1:0"_s);                  // command line over file
    QCOMPARE(c.threads, 3);                                // file over default
}

void tst_ServerConfig::refusesBadSettings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("unknown name") << u"stroe"_s << u"sqlite:/x"_s;
    QTest::newRow("threads not a number") << u"threads"_s << u"many"_s;
    QTest::newRow("no threads") << u"threads"_s << u"0"_s;
    QTest::newRow("tiny body limit") << u"max_body_bytes"_s << u"10"_s;
}

void tst_ServerConfig::refusesBadSettings()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    ServerConfig c;
    const Status s = c.set(name, value);
    QVERIFY(!s.ok());
    QCOMPARE(errorCodeName(s.code()), errorCodeName(Error::Invalid));
}

void tst_ServerConfig::parseListen_data()
{
    QTest::addColumn<QString>("listen");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("loopback") << u"127.0.0.1:8080"_s << true << u"127.0.0.1"_s << 8080;
    QTest::newRow("any free port") << u"127.0.0.1:0"_s << true << u"127.0.0.1"_s << 0;
    QTest::newRow("IPv6 in brackets") << u"[::1]:9000"_s << true << u"::1"_s << 9000;
    QTest::newRow("port only") << u":9000"_s << true << u"127.0.0.1"_s << 9000;
    QTest::newRow("no port") << u"localhost"_s << false << QString() << 0;
    QTest::newRow("port too big") << u"127.0.0.1:70000"_s << false << QString() << 0;
    QTest::newRow("port not a number") << u"127.0.0.1:http"_s << false << QString() << 0;
}

void tst_ServerConfig::parseListen()
{
    QFETCH(QString, listen);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    const Result<ListenAddress> r = Server::parseListen(listen);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r.value().host, host);
        QCOMPARE(int(r.value().port), port);
    }
}

void tst_ServerConfig::newStoreGetsKeyFile()
{
    QTemporaryDir dir;
    ServerConfig c;
    c.store = u"sqlite:"_s + dir.filePath(u"server.db"_s);
    const Result<StoreKey> first = resolveStoreKey(c);
    QVERIFY(first.ok());
    QCOMPARE(first.value().key.size(), 32);
    const QString keyFile = dir.filePath(u"server.db.key"_s);
    QCOMPARE(first.value().generatedFile, keyFile);
    QCOMPARE(QFileInfo(keyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup
                                                 | QFile::WriteOther),
             QFileDevice::Permissions());
    // The next start reads the same key from the file and generates nothing.
    const Result<StoreKey> second = resolveStoreKey(c);
    QVERIFY(second.ok());
    QCOMPARE(second.value().key, first.value().key);
    QVERIFY(second.value().generatedFile.isEmpty());
}

void tst_ServerConfig::existingStoreWithoutKeyIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"server.db"_s), "not empty"));
    ServerConfig c;
    c.store = u"sqlite:"_s + dir.filePath(u"server.db"_s);
    const Result<StoreKey> r = resolveStoreKey(c);
    QVERIFY(!r.ok());
    QCOMPARE(errorCodeName(r.code()), errorCodeName(Error::WrongKey));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"server.db.key"_s)));  // never overwrites a store's key
}

void tst_ServerConfig::configuredKeyWins_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<bool>("ok");
    QTest::newRow("64 hex digits") << kHexKey << true;
    QTest::newRow("upper case hex") << kHexKey.toUpper() << true;
    QTest::newRow("too short") << QString(62, u'a') << false;
    QTest::newRow("not hex") << QString(64, u'g') << false;
}

void tst_ServerConfig::configuredKeyWins()
{
    QFETCH(QString, hex);
    QFETCH(bool, ok);
    QTemporaryDir dir;
    ServerConfig c;
    c.store = u"sqlite:"_s + dir.filePath(u"server.db"_s);
    c.keyHex = hex;
    const Result<StoreKey> r = resolveStoreKey(c);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.value().key, QByteArray(32, char(0xaa)));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"server.db.key"_s)));
}

void tst_ServerConfig::postgresNeedsNoKey()
{
    ServerConfig c;
    c.store = u"postgresql://qadam@localhost/qadam"_s;
    const Result<StoreKey> r = resolveStoreKey(c);
    QVERIFY(r.ok());
    QVERIFY(r.value().key.isEmpty());
    QVERIFY(r.value().generatedFile.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ServerConfig)
#include "tst_serverconfig.moc"
