// Tests for Qadam::Sync::SyncEngine and its policies: byte-sized batches, backoff with jitter,
// HTTP status mapping, the state machine, and an end-to-end run against a real HttpServer +
// SyncService on an embedded store in-process (loopback, port 0), with real encrypted devices.
#include "httpserver.h"
#include "metrics.h"
#include "serverstore.h"
#include "syncservice.h"

#include "replica/replica.h"
#include "search/nameindex.h"
#include "store/database.h"
#include "store/migrations.h"
#include "syncengine.h"
#include "syncpolicy.h"
#include "testsupport.h"
#include "transport.h"
#include "util/clock.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Sync;
using Qadam::Server::HttpServer;
using Qadam::Server::SyncService;

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

EngineConfig fastConfig(const QString &clientVersion = u"0.1.0"_s)
{
    EngineConfig c;
    c.clientVersion = clientVersion;
    c.deviceName = u"test device"_s;
    c.platform = u"linux"_s;
    c.debounceMs = 10;
    c.periodicMs = 60 * 60'000;  // tests trigger syncs themselves
    c.backoffInitialMs = 4'000;
    c.backoffMaxMs = 60'000;
    c.transport.connectTimeoutMs = 5'000;
    return c;
}

QVariantMap personFields(const QString &officerId)
{
    return {{u"surnameCyr"_s, u"Жұмабаев"_s}, {u"givenNameCyr"_s, u"Ерлан"_s}, {u"surnameLat"_s, u"Zhumabayev"_s},
            {u"givenNameLat"_s, u"Yerlan"_s}, {u"birthDate"_s, u"1990-04-12"_s}, {u"preferredLanguage"_s, u"kk"_s},
            {u"caseStatus"_s, u"active"_s},   {u"caseOfficerId"_s, officerId}};
}

/** `n` people with a note each, written on the device at `path` in one transaction (their ids,
 *  in the order written; fewer on a failure). */
QStringList writePeople(const QString &path, const Clock &clock, const QString &userId, int n)
{
    QStringList written;
    auto db = Test::openMigrated(path);
    WriteService writes(*db, clock, Actor{userId, Role::ProbationOfficer});
    Transaction tx(*db);
    if (!tx.beginStatus().ok())
        return {};
    for (int i = 0; i < n; ++i) {
        QVariantMap fields = personFields(userId);
        fields.insert(u"notes"_s, u"Synthetic note %1 of a long offline week, with enough text to weigh."_s.arg(i));
        auto id = writes.create(u"Person"_s, fields);
        if (!id.ok())
            return {};
        written << id.value();
    }
    return tx.commit().ok() ? written : QStringList();
}

/** The system's time plus an offset a test moves: hours pass between two replies. */
class MovingClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + offset.load(); }
    std::atomic<qint64> offset{0};
};

qint64 count(Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    return v.ok() ? v.value().toLongLong() : -1;
}

/** A device: its own encrypted store file and an engine on it (on the test thread). */
struct Device
{
    QString path;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void batchSizing_data();
    void batchSizing();
    void batchSelection_data();
    void batchSelection();
    void backoffStaysWithinJitterBounds_data();
    void backoffStaysWithinJitterBounds();
    void httpStatusesMapToFailureKinds_data();
    void httpStatusesMapToFailureKinds();
    void plainHttpOnlyToLoopback_data();
    void plainHttpOnlyToLoopback();

    void notEnrolledStaysIdle();
    void unreachableServerBacksOffAndSchedulesRetry();
    void wrongEnrolmentCodeIsRefused();
    void localWriteReachesServerAndSecondDevice();
    void sameNoteEditedOnTwoDevicesBecomesConflict();
    void idleSyncIsOneRequest();
    void finishedCycleLeavesItsPagesInTheStoreFile();
    void restartRefreshesAndRotatesTheToken();
    void runsOnItsOwnThreadWithProgress();
    void oversizedBatchesHalveUntilAccepted();
    void longQueueGoesOutInOrderOnce();
    void oldClientNeedsUpgrade();
    void revokedDeviceIsWiped_data();
    void revokedDeviceIsWiped();
    void learnsThatTheServerReadsIdsAsBytes();
    void longCycleOutlivesItsAccessTokens_data();
    void longCycleOutlivesItsAccessTokens();

private:
    [[nodiscard]] QString enrolmentCode();
    [[nodiscard]] bool enrolAndSync(Device &device);
    [[nodiscard]] bool syncAndWait(SyncEngine &engine);
    Device makeDevice(const QString &name, const QString &clientVersion = u"0.1.0"_s);

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<Server::ServerStore> m_store;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<Server::Metrics> m_metrics;
    std::unique_ptr<HttpServer> m_server;
    QString m_userId;
    int m_wipes = 0;
};

void tst_SyncEngine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = Server::openServerStore(u"sqlite:"_s + m_dir.filePath(u"server.db"_s), QByteArray(32, 's'));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().detail));
    m_store = std::move(store).value();
    m_service = std::make_unique<SyncService>(*m_store, m_clock);
    m_metrics = std::make_unique<Server::Metrics>(m_store->kind());
    Server::HttpConfig config;
    config.threads = 2;
    config.keepAliveSeconds = 1;
    m_server = std::make_unique<HttpServer>(*m_service, *m_metrics, config);
    QVERIFY(m_server->start().ok());
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

void tst_SyncEngine::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

QString tst_SyncEngine::enrolmentCode()
{
    auto code = m_service->issueEnrolmentCode(m_userId);
    return code.ok() ? code.value() : QString();
}

Device tst_SyncEngine::makeDevice(const QString &name, const QString &clientVersion)
{
    Device d;
    d.path = m_dir.filePath(name + u".db"_s);
    d.engine = std::make_unique<SyncEngine>(factoryFor(d.path), m_clock, fastConfig(clientVersion),
                                            [this] { ++m_wipes; });
    d.engine->setRandom([] { return 0.5; });
    return d;
}

bool tst_SyncEngine::syncAndWait(SyncEngine &engine)
{
    QSignalSpy synced(&engine, &SyncEngine::synced);
    engine.syncNow();
    return synced.wait(kWaitMs);
}

bool tst_SyncEngine::enrolAndSync(Device &device)
{
    QSignalSpy enrolled(device.engine.get(), &SyncEngine::enrolled);
    QSignalSpy synced(device.engine.get(), &SyncEngine::synced);
    device.engine->start();
    device.engine->enroll(m_server->url(), enrolmentCode());
    if (enrolled.size() != 1 || !enrolled.constFirst().at(0).toBool())
        return false;
    return synced.wait(kWaitMs);
}

// ---- policies ----------------------------------------------------------------------------

void tst_SyncEngine::batchSizing_data()
{
    QTest::addColumn<QString>("events");  // s = success, f = 413 or timeout
    QTest::addColumn<qint64>("expected");
    QTest::newRow("starts at 64 KiB") << QString() << qint64(64 * 1024);
    QTest::newRow("doubles after a success") << u"s"_s << qint64(128 * 1024);
    QTest::newRow("capped at 1 MiB") << u"ssssssss"_s << qint64(1024 * 1024);
    QTest::newRow("halves on 413 or timeout") << u"f"_s << qint64(32 * 1024);
    QTest::newRow("never below the floor") << u"ffffffffff"_s << BatchSizer::kFloor;
    QTest::newRow("recovers after halving") << u"ffs"_s << qint64(32 * 1024);
}

void tst_SyncEngine::batchSizing()
{
    QFETCH(QString, events);
    QFETCH(qint64, expected);
    BatchSizer sizer;
    for (QChar e : events)
        e == u's' ? sizer.onSuccess() : sizer.onTooLargeOrTimeout();
    QCOMPARE(sizer.budget(), expected);
}

void tst_SyncEngine::batchSelection_data()
{
    QTest::addColumn<QList<qint64>>("sizes");
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<int>("expected");
    QTest::newRow("nothing to send") << QList<qint64>{} << qint64(1000) << 0;
    QTest::newRow("all fit") << QList<qint64>{100, 200, 300} << qint64(1000) << 3;
    QTest::newRow("stops before the budget") << QList<qint64>{400, 400, 400} << qint64(1000) << 2;
    QTest::newRow("an op over the budget goes alone") << QList<qint64>{5000, 10} << qint64(1000) << 1;
    QTest::newRow("oldest first, never skipping") << QList<qint64>{10, 5000, 10} << qint64(1000) << 1;
}

void tst_SyncEngine::batchSelection()
{
    QFETCH(QList<qint64>, sizes);
    QFETCH(qint64, budget);
    QFETCH(int, expected);
    QCOMPARE(BatchSizer::take(sizes, budget), expected);
}

void tst_SyncEngine::backoffStaysWithinJitterBounds_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("lowest jitter: half the ceiling") << 0.0 << QList<qint64>{2'000, 4'000, 8'000, 16'000, 30'000, 30'000};
    QTest::newRow("highest jitter: the ceiling") << 1.0 << QList<qint64>{4'000, 8'000, 16'000, 32'000, 60'000, 60'000};
    QTest::newRow("middle") << 0.5 << QList<qint64>{3'000, 6'000, 12'000, 24'000, 45'000, 45'000};
}

void tst_SyncEngine::backoffStaysWithinJitterBounds()
{
    QFETCH(double, random);
    QFETCH(QList<qint64>, expected);
    Backoff backoff(4'000, 60'000, [random] { return random; });
    QList<qint64> delays;
    for (int i = 0; i < expected.size(); ++i)
        delays << backoff.nextDelayMs();
    QCOMPARE(delays, expected);
    backoff.reset();
    QCOMPARE(backoff.nextDelayMs(), expected.constFirst());
}

void tst_SyncEngine::httpStatusesMapToFailureKinds_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failure");
    QTest::newRow("200 ok") << 200 << int(TransportFailure::None);
    QTest::newRow("301 redirect refused") << 301 << int(TransportFailure::Refused);
    QTest::newRow("307 redirect refused") << 307 << int(TransportFailure::Refused);
    QTest::newRow("400 malformed") << 400 << int(TransportFailure::Rejected);
    QTest::newRow("401 token") << 401 << int(TransportFailure::Unauthorized);
    QTest::newRow("403 forbidden") << 403 << int(TransportFailure::Forbidden);
    QTest::newRow("404 out of scope") << 404 << int(TransportFailure::Rejected);
    QTest::newRow("413 too large") << 413 << int(TransportFailure::TooLarge);
    QTest::newRow("422 invalid") << 422 << int(TransportFailure::Rejected);
    QTest::newRow("426 upgrade") << 426 << int(TransportFailure::UpgradeRequired);
    QTest::newRow("429 busy") << 429 << int(TransportFailure::Transient);
    QTest::newRow("500 fault") << 500 << int(TransportFailure::Transient);
    QTest::newRow("503 unavailable") << 503 << int(TransportFailure::Transient);
}

void tst_SyncEngine::httpStatusesMapToFailureKinds()
{
    QFETCH(int, status);
    QFETCH(int, failure);
    QCOMPARE(int(Transport::failureForStatus(status)), failure);
}

void tst_SyncEngine::plainHttpOnlyToLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://sync.example.kz"_s << true;
    QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http elsewhere") << u"http://sync.example.kz"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
    QTest::newRow("garbage") << u"not a url"_s << false;
}

void tst_SyncEngine::plainHttpOnlyToLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(Transport::urlAllowed(url, true), allowed);
}

// ---- state machine and end to end ----------------------------------------------------------

void tst_SyncEngine::notEnrolledStaysIdle()
{
    Device d = makeDevice(u"unenrolled"_s);
    QSignalSpy states(d.engine.get(), &SyncEngine::stateChanged);
    d.engine->start();
    d.engine->syncNow();
    QTest::qWait(50);
    QCOMPARE(d.engine->state(), SyncEngine::State::Idle);
    QCOMPARE(d.engine->stateReason(), u"not_enrolled"_s);
}

void tst_SyncEngine::unreachableServerBacksOffAndSchedulesRetry()
{
    const QString path = m_dir.filePath(u"unreachable.db"_s);
    {
        auto db = Test::openMigrated(path);
        QVERIFY(db);
        SyncCredentials c;
        c.serverUrl = u"http://127.0.0.1:9"_s;  // nothing listens on the discard port
        c.deviceId = u"018f0000-0000-7000-8000-00000000d001"_s;
        c.refreshToken = u"synthetic-refresh"_s;
        QVERIFY(SyncState(*db).setCredentials(c).ok());
    }
    SyncEngine engine(factoryFor(path), m_clock, fastConfig());
    engine.setRandom([] { return 0.5; });
    QSignalSpy states(&engine, &SyncEngine::stateChanged);
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), SyncEngine::State::BackingOff, kWaitMs);
    // The next attempt is scheduled: within the jitter bounds of the first backoff step.
    QVERIFY(engine.nextAttemptDelayMs() >= 2'000);
    QVERIFY(engine.nextAttemptDelayMs() <= 4'000);
    QCOMPARE(states.constFirst().at(0).value<SyncEngine::State>(), SyncEngine::State::Connecting);
    engine.stop();
}

void tst_SyncEngine::wrongEnrolmentCodeIsRefused()
{
    Device d = makeDevice(u"wrongcode"_s);
    QSignalSpy enrolled(d.engine.get(), &SyncEngine::enrolled);
    d.engine->start();
    d.engine->enroll(m_server->url(), u"not-a-code"_s);
    QCOMPARE(enrolled.size(), 1);
    QCOMPARE(enrolled.constFirst().at(0).toBool(), false);
    auto db = Test::openMigrated(d.path);
    QVERIFY(!SyncState(*db).credentials().value().enrolled());
}

void tst_SyncEngine::localWriteReachesServerAndSecondDevice()
{
    Device a = makeDevice(u"device-a"_s);
    QVERIFY(enrolAndSync(a));
    QCOMPARE(a.engine->state(), SyncEngine::State::Idle);

    // A local write through the product's write path, on its own connection to the store.
    QString personId;
    {
        auto db = Test::openMigrated(a.path);
        WriteService writes(*db, m_clock, Actor{m_userId, Role::ProbationOfficer});
        auto created = writes.create(u"Person"_s, personFields(m_userId));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail));
        personId = created.value();
        QCOMPARE(Outbox::outstanding(*db).value(), 1);
    }
    QSignalSpy synced(a.engine.get(), &SyncEngine::synced);
    QSignalSpy pending(a.engine.get(), &SyncEngine::pendingCountChanged);
    a.engine->localWrite();
    QVERIFY(synced.wait(kWaitMs));
    {
        auto db = Test::openMigrated(a.path);
        QCOMPARE(Outbox::outstanding(*db).value(), 0);
        QVERIFY(Replica(*db, m_clock).rejectedOps().value().isEmpty());
    }
    QVERIFY(!pending.isEmpty());
    QCOMPARE(pending.constLast().at(0).toLongLong(), 0);

    // A second device of the same officer pulls it, without queueing anything of its own.
    Device b = makeDevice(u"device-b"_s);
    QVERIFY(enrolAndSync(b));
    {
        auto db = Test::openMigrated(b.path);
        WriteService reads(*db, m_clock, Actor{m_userId, Role::ProbationOfficer});
        auto got = reads.get(u"Person"_s, personId);
        QVERIFY(got.ok());
        QCOMPARE(got.value().fields.value(u"surnameLat"_s).toString(), u"Zhumabayev"_s);
        QCOMPARE(NameIndex::search(*db, u"жұма"_s).value(), QStringList{personId});
        QCOMPARE(count(*db, u"SELECT count(*) FROM outbox"_s), 0);
        // B changes a field; A pulls it.
        QVERIFY(reads.update(u"Person"_s, personId, got.value().version, {{u"residenceAddress"_s, u"Synthetic st. 1"_s}})
                    .ok());
    }
    QVERIFY(syncAndWait(*b.engine));
    QVERIFY(syncAndWait(*a.engine));
    auto db = Test::openMigrated(a.path);
    auto got = WriteService(*db, m_clock, Actor{m_userId, Role::ProbationOfficer}).get(u"Person"_s, personId);
    QVERIFY(got.ok());
    QCOMPARE(got.value().fields.value(u"residenceAddress"_s).toString(), u"Synthetic st. 1"_s);
    QCOMPARE(got.value().fields.value(u"surnameLat"_s).toString(), u"Zhumabayev"_s);
}

void tst_SyncEngine::sameNoteEditedOnTwoDevicesBecomesConflict()
{
    Device a = makeDevice(u"conflict-a"_s);
    QVERIFY(enrolAndSync(a));
    QString personId;
    {
        auto db = Test::openMigrated(a.path);
        auto created = WriteService(*db, m_clock, Actor{m_userId, Role::ProbationOfficer})
                           .create(u"Person"_s, personFields(m_userId));
        QVERIFY(created.ok());
        personId = created.value();
    }
    QVERIFY(syncAndWait(*a.engine));
    Device b = makeDevice(u"conflict-b"_s);
    QVERIFY(enrolAndSync(b));

    // Both devices change the note offline; A reaches the server first.
    for (const auto &[device, text] : {std::pair{&a, u"Note written on A"_s}, std::pair{&b, u"Note written on B"_s}}) {
        auto db = Test::openMigrated(device->path);
        WriteService writes(*db, m_clock, Actor{m_userId, Role::ProbationOfficer});
        auto current = writes.get(u"Person"_s, personId);
        QVERIFY(current.ok());
        QVERIFY(writes.update(u"Person"_s, personId, current.value().version, {{u"notes"_s, text}}).ok());
    }
    QVERIFY(syncAndWait(*a.engine));
    QSignalSpy conflicts(b.engine.get(), &SyncEngine::conflictsChanged);
    QVERIFY(syncAndWait(*b.engine));

    auto db = Test::openMigrated(b.path);
    Replica replica(*db, m_clock);
    const QList<RemoteConflict> list = replica.conflicts().value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().recordId, personId);
    QCOMPARE(list.constFirst().field, u"notes"_s);
    QCOMPARE(list.constFirst().serverValue.toString(), u"Note written on A"_s);
    QCOMPARE(list.constFirst().deviceValue.toString(), u"Note written on B"_s);
    QVERIFY(!conflicts.isEmpty());
    // The device shows the server's value; the losing text lives on in the conflict record.
    auto got = WriteService(*db, m_clock, Actor{m_userId, Role::ProbationOfficer}).get(u"Person"_s, personId);
    QCOMPARE(got.value().fields.value(u"notes"_s).toString(), u"Note written on A"_s);
    QCOMPARE(Outbox::outstanding(*db).value(), 0);
}

void tst_SyncEngine::idleSyncIsOneRequest()
{
    Device d = makeDevice(u"idle"_s);
    QVERIFY(enrolAndSync(d));
    const qint64 before = m_metrics->requests(u"/v1/sync"_s, 200);
    QVERIFY(syncAndWait(*d.engine));
    QCOMPARE(m_metrics->requests(u"/v1/sync"_s, 200), before + 1);
    QCOMPARE(d.engine->state(), SyncEngine::State::Idle);
}

void tst_SyncEngine::finishedCycleLeavesItsPagesInTheStoreFile()
{
    // The engine's commits leave their pages in the WAL (no checkpoint in the middle of a pull);
    // when the cycle ends they are copied into the store file itself. A copy of that file alone
    // (what a crash of the WAL's disk blocks, or a backup of the one file, keeps) holds the
    // records the cycle pulled.
    Device a = makeDevice(u"wal-a"_s);
    QVERIFY(enrolAndSync(a));
    const QStringList people = writePeople(a.path, m_clock, m_userId, 3);
    QCOMPARE(people.size(), 3);
    QSignalSpy synced(a.engine.get(), &SyncEngine::synced);
    a.engine->localWrite();
    QVERIFY(synced.wait(kWaitMs));

    Device b = makeDevice(u"wal-b"_s);
    QVERIFY(enrolAndSync(b));
    const QString copy = m_dir.filePath(u"wal-b-file-only.db"_s);
    QVERIFY(QFile::copy(b.path, copy));
    QVERIFY(QFileInfo::exists(b.path + u"-wal"_s));  // the engine's connection is still open
    auto db = Test::openMigrated(copy);
    QVERIFY(db);
    WriteService reads(*db, m_clock, Actor{m_userId, Role::ProbationOfficer});
    for (const QString &id : people)
        QVERIFY2(reads.get(u"Person"_s, id).ok(), qPrintable(id));
}

void tst_SyncEngine::restartRefreshesAndRotatesTheToken()
{
    Device d = makeDevice(u"restart"_s);
    QVERIFY(enrolAndSync(d));
    d.engine->stop();
    auto refreshToken = [&d] {
        auto db = Test::openMigrated(d.path);
        return SyncState(*db).credentials().value().refreshToken;
    };
    const QString before = refreshToken();
    const qint64 tokens = m_metrics->requests(u"/v1/token"_s, 200);

    // A new engine (an app restart) holds no access token: it refreshes once, storing the new
    // refresh token, and syncs.
    Device again{d.path, std::make_unique<SyncEngine>(factoryFor(d.path), m_clock, fastConfig())};
    QSignalSpy synced(again.engine.get(), &SyncEngine::synced);
    again.engine->start();
    QVERIFY(synced.wait(kWaitMs));
    QCOMPARE(m_metrics->requests(u"/v1/token"_s, 200), tokens + 1);
    const QString after = refreshToken();
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
}

void tst_SyncEngine::runsOnItsOwnThreadWithProgress()
{
    // The product's arrangement: the engine lives on its own thread and opens its store there;
    // the GUI side talks to it only through queued calls and signals.
    QThread thread;
    Device d = makeDevice(u"threaded"_s);
    // What the engine reports is recorded on its thread as it emits, under a lock this thread also
    // takes. (A QSignalSpy on the engine appends on the engine's thread while wait() reads here: a
    // data race; a queued hand-over goes through Qt's event queue, which TSan cannot see in
    // Debian's uninstrumented Qt.) Connected before the thread starts, which orders the closures.
    std::mutex lock;
    int synced = 0;
    QList<bool> enrolled;
    QList<std::pair<qint64, qint64>> progress;
    SyncEngine *engine = d.engine.get();
    connect(engine, &SyncEngine::synced, engine, [&] { const std::lock_guard g(lock); ++synced; },
            Qt::DirectConnection);
    connect(engine, &SyncEngine::enrolled, engine, [&](bool ok) { const std::lock_guard g(lock); enrolled << ok; },
            Qt::DirectConnection);
    connect(engine, &SyncEngine::progress, engine, [&](qint64 done, qint64 total) {
        const std::lock_guard g(lock);
        progress.append({done, total});
    }, Qt::DirectConnection);
    // stop() ends with stateChanged(Idle, "stopped"), after it closed the store: recorded under the
    // lock too, so the engine thread's last writes reach this thread (which takes the lock below,
    // before the engine is destroyed) through a hand-over TSan sees.
    bool stopped = false;
    connect(engine, &SyncEngine::stateChanged, engine, [&](SyncEngine::State, const QString &reason) {
        const std::lock_guard g(lock);
        stopped = stopped || reason == u"stopped"_s;
    }, Qt::DirectConnection);
    const auto syncs = [&] { const std::lock_guard g(lock); return synced; };
    d.engine->moveToThread(&thread);
    thread.start();
    const QString url = m_server->url();
    const QString code = enrolmentCode();
    // Calls by slot name with copied arguments, as a signal connection makes — not lambdas or slot
    // objects: those are written here and read (and freed) there, handed over inside Qt only.
    QMetaObject::invokeMethod(engine, "start", Qt::QueuedConnection);
    QMetaObject::invokeMethod(engine, "enroll", Qt::QueuedConnection, Q_ARG(QString, url), Q_ARG(QString, code));
    QTRY_VERIFY_WITH_TIMEOUT(syncs() > 0, kWaitMs);
    QMetaObject::invokeMethod(engine, "stop", Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(kWaitMs));
    const std::lock_guard g(lock);
    QVERIFY(stopped);
    QCOMPARE(enrolled, QList<bool>{true});
    QVERIFY(!progress.isEmpty());
    QVERIFY(progress.constLast().first <= progress.constLast().second);
}

void tst_SyncEngine::oversizedBatchesHalveUntilAccepted()
{
    // A second front to the same service that takes only small bodies: the first 64 KiB batch
    // of hard-to-compress notes is refused with 413, the engine halves until the server takes it.
    Server::Metrics metrics(m_store->kind());
    Server::HttpConfig config;
    config.threads = 2;
    config.keepAliveSeconds = 1;
    config.maxBodyBytes = 20 * 1024;
    HttpServer small(*m_service, metrics, config);
    QVERIFY(small.start().ok());

    Device d = makeDevice(u"big-batches"_s);
    QSignalSpy enrolled(d.engine.get(), &SyncEngine::enrolled);
    QSignalSpy firstSync(d.engine.get(), &SyncEngine::synced);
    d.engine->start();
    d.engine->enroll(small.url(), enrolmentCode());
    QVERIFY(firstSync.wait(kWaitMs));
    // Meanwhile the officer's other device records a person: the batches that push the queue do
    // not pull (SyncEngine::exchange), the one that ends it does, in the same cycle.
    Device other = makeDevice(u"big-batches-other"_s);
    QVERIFY(enrolAndSync(other));
    QString othersPerson;
    {
        auto db = Test::openMigrated(other.path);
        WriteService writes(*db, m_clock, Actor{m_userId, Role::ProbationOfficer});
        othersPerson = writes.create(u"Person"_s, personFields(m_userId)).value();
    }
    QVERIFY(syncAndWait(*other.engine));
    other.engine->stop();
    {
        auto db = Test::openMigrated(d.path);
        WriteService writes(*db, m_clock, Actor{m_userId, Role::ProbationOfficer});
        QRandomGenerator random(4711);
        for (int i = 0; i < 40; ++i) {
            QByteArray noise(2200, Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            QVariantMap fields = personFields(m_userId);
            fields.insert(u"notes"_s, QString::fromLatin1(noise.toBase64()));
            QVERIFY(writes.create(u"Person"_s, fields).ok());
        }
    }
    QVERIFY(syncAndWait(*d.engine));
    QVERIFY(metrics.requests(u"/v1/sync"_s, 413) >= 1);
    QVERIFY(metrics.requests(u"/v1/sync"_s, 200) >= 3);  // several batches
    auto db = Test::openMigrated(d.path);
    QCOMPARE(Outbox::outstanding(*db).value(), 0);
    QCOMPARE(Outbox::count(*db, u"rejected"_s).value(), 0);
    QVERIFY(WriteService(*db, m_clock, Actor{m_userId, Role::ProbationOfficer}).get(u"Person"_s, othersPerson).ok());
    d.engine->stop();
    small.stop();
}

/** A queue of several batches: each is read while the one before it is on its way
 *  (SyncEngine::exchange). Every op reaches the server once and in the device's order, whatever
 *  the read-ahead did. */
void tst_SyncEngine::longQueueGoesOutInOrderOnce()
{
    Device d = makeDevice(u"long-queue"_s);
    QVERIFY(enrolAndSync(d));
    const QStringList written = writePeople(d.path, m_clock, m_userId, 1200);
    QCOMPARE(written.size(), 1200);
    const qint64 before = m_metrics->requests(u"/v1/sync"_s, 200);
    QVERIFY(syncAndWait(*d.engine));
    QVERIFY2(m_metrics->requests(u"/v1/sync"_s, 200) - before >= 3,
             "the queue should have taken several batches (64 KiB, then 128 KiB, ...)");
    auto db = Test::openMigrated(d.path);
    QCOMPARE(Outbox::outstanding(*db).value(), 0);
    QCOMPARE(Outbox::count(*db, u"rejected"_s).value(), 0);
    // In the device's order: the server sequence grows with the order of the writes.
    auto txn = m_store->begin(false);
    QVERIFY(txn.ok());
    qint64 previous = 0;
    for (const QString &id : std::as_const(written)) {
        auto stored = txn.value()->record(u"Person"_s, id);
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->version, qint64(1));  // created once, never applied twice
        QVERIFY2(stored.value()->seq > previous, qPrintable(u"out of order at "_s + id));
        previous = stored.value()->seq;
    }
    d.engine->stop();
}

void tst_SyncEngine::oldClientNeedsUpgrade()
{
    Device d = makeDevice(u"old-client"_s);
    QVERIFY(enrolAndSync(d));
    d.engine->stop();
    SyncEngine old(factoryFor(d.path), m_clock, fastConfig(u"0.0.1"_s));
    QSignalSpy attention(&old, &SyncEngine::needsAttention);
    old.start();
    QVERIFY(attention.wait(kWaitMs));
    QCOMPARE(attention.constFirst().at(0).toString(), u"upgrade"_s);
    QCOMPARE(old.state(), SyncEngine::State::NeedsAttention);
}

void tst_SyncEngine::revokedDeviceIsWiped_data()
{
    QTest::addColumn<bool>("unsentWork");
    QTest::addColumn<bool>("restarted");
    QTest::newRow("nothing unsent") << false << false;
    // A lost or stolen device most likely holds work it never sent: the wipe must not wait for it.
    QTest::newRow("with unsent work") << true << false;
    // Started again after its revocation, the device holds no access token (they live in memory):
    // the refresh is its first request, and the server answers it with the wipe.
    QTest::newRow("restarted, so without an access token") << true << true;
}

void tst_SyncEngine::revokedDeviceIsWiped()
{
    QFETCH(bool, unsentWork);
    QFETCH(bool, restarted);
    Device d = makeDevice(restarted ? u"revoked-restarted"_s : unsentWork ? u"revoked-busy"_s : u"revoked"_s);
    QVERIFY(enrolAndSync(d));
    if (restarted)
        d.engine->stop();
    QString deviceId;
    {
        auto db = Test::openMigrated(d.path);
        deviceId = SyncState(*db).credentials().value().deviceId;
        if (unsentWork) {
            WriteService writes(*db, m_clock, Actor{m_userId, Role::ProbationOfficer});
            QVERIFY(writes.create(u"Person"_s, personFields(m_userId)).ok());
            QCOMPARE(Outbox::outstanding(*db).value(), 1);
        }
    }
    QVERIFY(m_service->revokeDevice(deviceId).ok());
    const int wipesBefore = m_wipes;
    if (restarted)
        d.engine = std::make_unique<SyncEngine>(factoryFor(d.path), m_clock, fastConfig(), [this] { ++m_wipes; });
    QSignalSpy wiped(d.engine.get(), &SyncEngine::wiped);
    if (restarted)
        d.engine->start();
    else
        d.engine->syncNow();
    QVERIFY(wiped.wait(kWaitMs));
    QCOMPARE(m_wipes, wipesBefore + 1);
    QCOMPARE(d.engine->state(), SyncEngine::State::Locked);
    QCOMPARE(d.engine->stateReason(), u"wiped"_s);
    // The wipe was confirmed with its receipt: the server shows it done.
    const auto confirmed = [&] {
        auto txn = m_store->begin(false);
        auto device = txn.ok() ? txn.value()->device(deviceId) : Result<std::optional<Server::DeviceRow>>(txn.error());
        return device.ok() && device.value() && device.value()->wipeConfirmedAt > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(confirmed(), kWaitMs);
}

void tst_SyncEngine::learnsThatTheServerReadsIdsAsBytes()
{
    // Ids go as text to a server until its reply says it reads them as 16 bytes (an older one
    // would read them as no value); the device keeps what it was told across restarts.
    Device d = makeDevice(u"ids-as-bytes"_s);
    {
        auto db = Test::openMigrated(d.path);
        QCOMPARE(SyncState(*db).serverReadsUuidValues().value(), false);
    }
    QVERIFY(enrolAndSync(d));
    {
        auto db = Test::openMigrated(d.path);
        QCOMPARE(SyncState(*db).serverReadsUuidValues().value(), true);
        WriteService writes(*db, m_clock, Actor{m_userId, Role::ProbationOfficer});
        QVERIFY(writes.create(u"Person"_s, personFields(m_userId)).ok());  // caseOfficerId: an id field
    }
    QVERIFY(syncAndWait(*d.engine));
    auto db = Test::openMigrated(d.path);
    QCOMPARE(Outbox::outstanding(*db).value(), 0);
    QCOMPARE(Outbox::count(*db, u"rejected"_s).value(), 0);
    d.engine->stop();
}

void tst_SyncEngine::longCycleOutlivesItsAccessTokens_data()
{
    QTest::addColumn<bool>("deviceClockMoves");
    // The device sees its token run out and refreshes it before the next request: no 401 at all.
    QTest::newRow("device and server clocks") << true;
    // Only the server knows (a device clock running slow): each 401 refreshes once and goes on.
    QTest::newRow("server clock only") << false;
}

void tst_SyncEngine::longCycleOutlivesItsAccessTokens()
{
    // A long first upload on a slow link: 14 minutes pass with every reply, so one cycle outlives
    // several 15-minute access tokens. The queue must still drain in that cycle. (14, not 15: a
    // request the device checked just before a reply moved the clocks still finds its token good.)
    QFETCH(bool, deviceClockMoves);
    MovingClock serverClock;
    SyncService service(*m_store, serverClock);
    Server::Metrics metrics(m_store->kind());
    Server::HttpConfig config;
    config.threads = 2;
    config.keepAliveSeconds = 1;
    HttpServer server(service, metrics, config);
    QVERIFY(server.start().ok());
    MovingClock deviceClock;
    const QString path = m_dir.filePath(deviceClockMoves ? u"long-cycle-both.db"_s : u"long-cycle-server.db"_s);
    EngineConfig small = fastConfig();
    small.maxOpsPerRequest = 100;  // ten requests or more
    SyncEngine engine(factoryFor(path), deviceClock, small, {});
    QSignalSpy synced(&engine, &SyncEngine::synced);
    engine.start();
    auto code = service.issueEnrolmentCode(m_userId);
    QVERIFY(code.ok());
    engine.enroll(server.url(), code.value());
    QVERIFY(synced.wait(kWaitMs));
    QCOMPARE(writePeople(path, deviceClock, m_userId, 1000).size(), 1000);
    connect(&engine, &SyncEngine::pendingCountChanged, this, [&] {
        serverClock.offset += 14 * 60'000;
        if (deviceClockMoves)
            deviceClock.offset += 14 * 60'000;
    }, Qt::DirectConnection);
    const qint64 pushesBefore = metrics.requests(u"/v1/sync"_s, 200);
    synced.clear();
    engine.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() > 0 || engine.state() == SyncEngine::State::NeedsAttention, 60'000);
    QCOMPARE(engine.state(), SyncEngine::State::Idle);
    QVERIFY2(metrics.requests(u"/v1/sync"_s, 200) - pushesBefore >= 10, "one cycle of many requests");
    auto db = Test::openMigrated(path);
    QCOMPARE(Outbox::outstanding(*db).value(), 0);
    QCOMPARE(Outbox::count(*db, u"rejected"_s).value(), 0);
    if (deviceClockMoves)
        QCOMPARE(metrics.requests(u"/v1/sync"_s, 401), 0);
    else
        QVERIFY(metrics.requests(u"/v1/sync"_s, 401) >= 3);
    engine.stop();
    server.stop();
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
