// SECURITY.md R33 end to end: the device's SyncEngine enrols with an address that carries the
// server's key pins ("https://127.0.0.1:port#pin=sha256//…"), keeps them with its credentials
// and uses them for every later request. The server is the real HttpServer + SyncService over
// TLS with a key signed by a CA made at test time (openssl CLI); the device trusts that CA, as
// a phone trusts a state-installed interception root, so only the pin stands between it and an
// impostor. Every refusal is checked on the server's side: no request reached it.
#include "httpserver.h"
#include "metrics.h"
#include "serverstore.h"
#include "syncengine.h"
#include "syncservice.h"
#include "transport.h"

#include "replica/syncstate.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testca.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Sync;

namespace {

constexpr int kWaitMs = 20'000;

SyncEngine::DatabaseFactory factoryFor(const QString &path)
{
    return [path]() -> Result<std::unique_ptr<Database>> {
        auto db = Database::open(path, Test::testKey());
        if (!db.ok())
            return db.error();
        if (Status s = Migrator::migrate(*db.value()); !s.ok())
            return s.error();
        return std::move(db).value();
    };
}

} // namespace

class tst_EnginePinning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void addressCarriesWellFormedPins_data();
    void addressCarriesWellFormedPins();
    void pinnedEnrolmentKeepsThePinForEverySync();
    void refusedEnrolmentSendsNothing_data();
    void refusedEnrolmentSendsNothing();

private:
    [[nodiscard]] QString file(const QString &name) const { return m_ca.file(name); }
    /** Serves HTTPS with `cert`/`key` on `port` (0: any). */
    [[nodiscard]] bool serve(const QString &cert, const QString &key, quint16 port = 0);
    [[nodiscard]] qint64 requests() const;
    [[nodiscard]] std::unique_ptr<SyncEngine> engine(const QString &name, bool requirePin = true);
    [[nodiscard]] QString code();

    Test::TestCa m_ca;
    SystemClock m_clock;
    std::unique_ptr<Server::ServerStore> m_store;
    std::unique_ptr<Server::SyncService> m_service;
    std::unique_ptr<Server::Metrics> m_metrics;
    std::unique_ptr<Server::HttpServer> m_server;
    QString m_userId;
    QByteArray m_pin;      ///< of server.key, the real server's
    QByteArray m_otherPin; ///< of impostor.key, signed by the same trusted CA
};

void tst_EnginePinning::initTestCase()
{
    QVERIFY2(m_ca.make({u"server"_s, u"impostor"_s}), "could not make the test CA (openssl CLI)");
    m_pin = m_ca.pin(u"server"_s);
    m_otherPin = m_ca.pin(u"impostor"_s);
    QVERIFY(m_pin.size() == 52 && m_otherPin.size() == 52 && m_pin != m_otherPin);

    auto store = Server::openServerStore(u"sqlite:"_s + file(u"server.db"_s), QByteArray(32, 's'));
    QVERIFY(store.ok());
    m_store = std::move(store).value();
    m_service = std::make_unique<Server::SyncService>(*m_store, m_clock);
    m_metrics = std::make_unique<Server::Metrics>(m_store->kind());
    const auto org = m_service->createOrganisation({{u"nameKk"_s, u"Synthetic office"_s},
                                                    {u"nameRu"_s, u"Synthetic office"_s},
                                                    {u"kind"_s, u"probation_service"_s}});
    QVERIFY(org.ok());
    const auto user = m_service->createUser({{u"displayName"_s, u"Synthetic Officer"_s},
                                             {u"role"_s, u"probation_officer"_s},
                                             {u"organisationId"_s, org.value()},
                                             {u"status"_s, u"active"_s}});
    QVERIFY(user.ok());
    m_userId = user.value();
}

void tst_EnginePinning::cleanup()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
}

bool tst_EnginePinning::serve(const QString &cert, const QString &key, quint16 port)
{
    cleanup();
    Server::HttpConfig config;
    config.threads = 2;
    config.keepAliveSeconds = 1;
    config.port = port;
    config.tlsCertFile = file(cert);
    config.tlsKeyFile = file(key);
    m_server = std::make_unique<Server::HttpServer>(*m_service, *m_metrics, config);
    const Status started = m_server->start();
    if (!started.ok())
        qWarning() << "server did not start:" << started.error().detail;
    return started.ok();
}

qint64 tst_EnginePinning::requests() const
{
    // Every request that reached the server is counted by route and status; the sum of all of them.
    qint64 n = 0;
    for (const QByteArray &line : m_metrics->exposition().split('\n')) {
        if (line.startsWith("qadam_http_requests_total{"))
            n += line.mid(line.lastIndexOf(' ') + 1).toLongLong();
    }
    return n;
}

std::unique_ptr<SyncEngine> tst_EnginePinning::engine(const QString &name, bool requirePin)
{
    EngineConfig c;
    c.deviceName = u"test device"_s;
    c.platform = u"linux"_s;
    c.debounceMs = 10;
    c.periodicMs = 60 * 60'000;
    c.backoffInitialMs = 60'000; // a refused request is not retried within the test
    c.requirePinnedKey = requirePin;
    c.transport.connectTimeoutMs = 5'000;
    c.transport.caBundlePath = file(u"ca.crt"_s); // trusted, like a root in the system store
    auto e = std::make_unique<SyncEngine>(factoryFor(file(name + u".db"_s)), m_clock, c);
    e->setRandom([] { return 0.5; });
    return e;
}

QString tst_EnginePinning::code()
{
    auto c = m_service->issueEnrolmentCode(m_userId);
    return c.ok() ? c.value() : QString();
}

void tst_EnginePinning::addressCarriesWellFormedPins_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("pin");
    const QByteArray a = "sha256//" + QByteArray(32, 'a').toBase64();
    const QByteArray b = "sha256//" + QByteArray(32, 'b').toBase64();
    QTest::newRow("no pin") << u"https://q.example.kz"_s << true << u"https://q.example.kz"_s << QByteArray();
    QTest::newRow("one pin") << u"https://q.example.kz:8443#pin="_s + QString::fromLatin1(a) << true
                             << u"https://q.example.kz:8443"_s << a;
    QTest::newRow("two pins (rotation)") << u"https://q.example.kz#pin="_s + QString::fromLatin1(a + ';' + b) << true
                                         << u"https://q.example.kz"_s << QByteArray(a + ';' + b);
    QTest::newRow("other fragment") << u"https://q.example.kz#key="_s + QString::fromLatin1(a) << false << QString()
                                    << QByteArray();
    QTest::newRow("short hash") << u"https://q.example.kz#pin=sha256//"_s + QString::fromLatin1(QByteArray(16, 'a').toBase64())
                                << false << QString() << QByteArray();
    QTest::newRow("not base64") << u"https://q.example.kz#pin=sha256//!!!!"_s << false << QString() << QByteArray();
    QTest::newRow("other hash") << u"https://q.example.kz#pin=sha1//"_s + QString::fromLatin1(QByteArray(32, 'a').toBase64())
                                << false << QString() << QByteArray();
    QTest::newRow("empty list") << u"https://q.example.kz#pin="_s << false << QString() << QByteArray();
}

void tst_EnginePinning::addressCarriesWellFormedPins()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QFETCH(QString, url);
    QFETCH(QByteArray, pin);
    const std::optional<ServerAddress> parsed = ServerAddress::parse(address);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->url, url);
        QCOMPARE(parsed->pin, pin);
    }
}

void tst_EnginePinning::pinnedEnrolmentKeepsThePinForEverySync()
{
    QVERIFY(serve(u"server.crt"_s, u"server.key"_s));
    const quint16 port = m_server->port();
    const QString base = u"https://127.0.0.1:%1"_s.arg(port);
    {
        auto device = engine(u"pinned"_s);
        QSignalSpy enrolled(device.get(), &SyncEngine::enrolled);
        QSignalSpy synced(device.get(), &SyncEngine::synced);
        device->start();
        device->enroll(base + u"#pin="_s + QString::fromLatin1(m_pin), code());
        QCOMPARE(enrolled.size(), 1);
        QVERIFY2(enrolled.constFirst().at(0).toBool(), qPrintable(enrolled.constFirst().at(1).toString()));
        QVERIFY(synced.wait(kWaitMs));
        device->stop();
    }
    // The pin is stored with the credentials; the address without its fragment is the server's.
    {
        auto db = Database::open(file(u"pinned.db"_s), Test::testKey());
        QVERIFY(db.ok());
        SyncState state(*db.value());
        QCOMPARE(state.credentials().value().serverUrl, base);
        QCOMPARE(state.value(u"server_key_pins"_s).value().toLatin1(), m_pin);
    }

    // Another key on the same port, signed by the same trusted CA: a restarted engine refuses it.
    QVERIFY(serve(u"impostor.crt"_s, u"impostor.key"_s, port));
    const qint64 before = requests();
    {
        auto device = engine(u"pinned"_s);
        QSignalSpy states(device.get(), &SyncEngine::stateChanged);
        QSignalSpy synced(device.get(), &SyncEngine::synced);
        device->start();
        device->syncNow();
        QVERIFY(states.wait(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(device->state() == SyncEngine::State::BackingOff
                                     || device->state() == SyncEngine::State::NeedsAttention,
                                 kWaitMs);
        QCOMPARE(synced.size(), 0);
        device->stop();
    }
    QCOMPARE(requests(), before); // nothing, not even the token request, reached the impostor

    // Control: the real key back on the same port, the same stored pin: the device syncs again.
    QVERIFY(serve(u"server.crt"_s, u"server.key"_s, port));
    {
        auto device = engine(u"pinned"_s);
        QSignalSpy synced(device.get(), &SyncEngine::synced);
        device->start();
        device->syncNow();
        QVERIFY(synced.wait(kWaitMs));
        device->stop();
    }
}

void tst_EnginePinning::refusedEnrolmentSendsNothing_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<bool>("requirePin");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no pin where one is required") << QString() << true << u"pin_required"_s;
    QTest::newRow("malformed pin") << u"#pin=sha256//AAAA"_s << true << u"bad_pin"_s;
    QTest::newRow("another key's pin") << u"#pin=%1"_s.arg(QString::fromLatin1(m_otherPin)) << true << u"network"_s;
    QTest::newRow("another key's pin, pins optional") << u"#pin=%1"_s.arg(QString::fromLatin1(m_otherPin)) << false
                                                      << u"network"_s;
}

void tst_EnginePinning::refusedEnrolmentSendsNothing()
{
    QFETCH(QString, fragment);
    QFETCH(bool, requirePin);
    QFETCH(QString, reason);
    QVERIFY(serve(u"server.crt"_s, u"server.key"_s));
    const qint64 before = requests();
    auto device = engine(u"refused-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), requirePin);
    QSignalSpy enrolled(device.get(), &SyncEngine::enrolled);
    device->start();
    device->enroll(u"https://127.0.0.1:%1"_s.arg(m_server->port()) + fragment, code());
    QCOMPARE(enrolled.size(), 1);
    QCOMPARE(enrolled.constFirst().at(0).toBool(), false);
    QCOMPARE(enrolled.constFirst().at(1).toString(), reason);
    QCOMPARE(requests(), before);
    device->stop();
}

QTEST_MAIN(tst_EnginePinning)
#include "tst_enginepinning.moc"
