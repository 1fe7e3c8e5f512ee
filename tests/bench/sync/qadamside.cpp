#include "qadamside.h"

#include "localwrites.h"

#include "faultproxy.h"
#include "httpserver.h"
#include "metrics.h"
#include "pushapplier.h"
#include "scope.h"
#include "serverstore.h"
#include "syncengine.h"
#include "syncservice.h"
#include "wirecodec.h"

#include "store/database.h"
#include "store/migrations.h"
#include "util/clock.h"
#include "write/outbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using Qadam::Server::HttpServer;
using Qadam::Server::SyncService;
using Qadam::Sync::SyncEngine;

namespace Qadam::Bench {

namespace {

constexpr int kSyncTimeoutMs = 600'000;
constexpr int kImportBatch = 1000;

/** Requests the server answered, any route and status that a sync can produce. */
qint64 requestsServed(const Server::Metrics &metrics)
{
    qint64 n = 0;
    for (const QString &route : {u"/v1/sync"_s, u"/v1/token"_s, u"/v1/enroll"_s})
        for (int status : {200, 400, 401, 403, 404, 413, 422, 426, 500, 503})
            n += metrics.requests(route, status);
    return n;
}

/** Seconds the server spent in requests so far (the latency histogram's sum in /metrics). */
double serverSeconds(const Server::Metrics &metrics)
{
    const QByteArray key = "qadam_http_request_duration_seconds_sum ";
    const QByteArray text = metrics.exposition();
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return 0;
    const qsizetype end = text.indexOf('\n', at);
    return text.mid(at + key.size(), end - at - key.size()).trimmed().toDouble();
}

SyncEngine::DatabaseFactory factoryFor(const QString &path)
{
    return [path]() -> Result<std::unique_ptr<Database>> {
        auto db = Database::open(path, benchDeviceKey());
        if (!db.ok())
            return db.error();
        if (Status s = Migrator::migrate(*db.value()); !s.ok())
            return s.error();
        return std::move(db).value();
    };
}

Sync::EngineConfig engineConfig()
{
    Sync::EngineConfig c;
    c.deviceName = u"bench device"_s;
    c.platform = u"linux"_s;
    c.debounceMs = 60 * 60'000;   // the benchmark triggers every sync itself
    c.periodicMs = 60 * 60'000;
    return c;
}

/** Runs one sync cycle of `engine` (started by `kick`) and waits for its end. */
Status syncOnce(SyncEngine &engine, const std::function<void()> &kick)
{
    QEventLoop loop;
    bool done = false;
    QString failure;
    const auto finish = [&](const QString &why) {
        done = true;
        failure = why;
        loop.quit();
    };
    QObject::connect(&engine, &SyncEngine::synced, &loop, [&] { finish({}); });
    QObject::connect(&engine, &SyncEngine::stateChanged, &loop, [&](SyncEngine::State s, const QString &reason) {
        if (s == SyncEngine::State::BackingOff || s == SyncEngine::State::Locked
            || (s == SyncEngine::State::NeedsAttention && reason != u"rejected_ops"))
            finish(reason.isEmpty() ? u"backing_off"_s : reason);
    });
    QObject::connect(&engine, &SyncEngine::enrolled, &loop, [&](bool ok, const QString &reason) {
        if (!ok)
            finish(u"enrolment refused: "_s + reason);
    });
    QTimer::singleShot(kSyncTimeoutMs, &loop, [&] { finish(u"timeout"_s); });
    kick();
    if (!done)
        loop.exec();
    return failure.isEmpty() ? Status{} : Error::make(Error::Unavailable, u"sync did not finish: "_s + failure);
}

Result<qint64> scalarOf(const QString &path, const QString &sql)
{
    auto db = factoryFor(path)();
    if (!db.ok())
        return db.error();
    auto v = db.value()->scalar(sql);
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

Result<qint64> recordCount(const QString &path)
{
    QStringList parts;
    for (const EntitySpec &spec : Schema::builtIn().entities())
        parts << u"(SELECT count(*) FROM %1)"_s.arg(spec.table);
    return scalarOf(path, u"SELECT "_s + parts.join(u" + "_s));
}

/** The server, the proxy in front of it and the two devices of one repetition. */
class Rig
{
public:
    Rig(const SyncDataset &set, QString dir) : m_set(set), m_dir(std::move(dir)) { }
    ~Rig();

    [[nodiscard]] Status start();
    [[nodiscard]] Status importSupport();
    [[nodiscard]] Status enrol(const QString &name, std::unique_ptr<SyncEngine> &engine);

    /** Runs one sync of `engine` as a measured phase. */
    [[nodiscard]] Result<PhaseFigures> measure(SyncEngine &engine);

    QString pathA() const { return QDir(m_dir).filePath(u"device-a.db"_s); }
    QString pathB() const { return QDir(m_dir).filePath(u"device-b.db"_s); }

    std::unique_ptr<SyncEngine> a;
    std::unique_ptr<SyncEngine> b;
    SystemClock clock;

private:
    const SyncDataset &m_set;
    QString m_dir;
    std::unique_ptr<Server::ServerStore> m_store;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<Server::Metrics> m_metrics;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<Test::FaultProxy> m_proxy;
};

Rig::~Rig()
{
    for (auto *e : {a.get(), b.get()})
        if (e)
            e->stop();
    if (m_proxy)
        m_proxy->stop();
    if (m_server)
        m_server->stop();
}

Status Rig::start()
{
    auto store = Server::openServerStore(u"sqlite:"_s + QDir(m_dir).filePath(u"server.db"_s), benchServerKey());
    if (!store.ok())
        return store.error();
    m_store = std::move(store).value();
    m_service = std::make_unique<SyncService>(*m_store, clock);
    m_metrics = std::make_unique<Server::Metrics>(m_store->kind());
    Server::HttpConfig config;
    config.threads = 4;
    config.keepAliveSeconds = 30;
    m_server = std::make_unique<HttpServer>(*m_service, *m_metrics, config);
    if (Status s = m_server->start(); !s.ok())
        return s;
    m_proxy = std::make_unique<Test::FaultProxy>(m_server->port());
    if (!m_proxy->start())
        return Error::make(Error::Unavailable, u"the byte-counting proxy did not start"_s);
    return {};
}

Status Rig::importSupport()
{
    for (qsizetype start = 0; start < m_set.support.size(); start += kImportBatch) {
        auto txn = m_store->begin(true);
        if (!txn.ok())
            return txn.error();
        for (const Record &r : m_set.support.mid(start, kImportBatch)) {
            Server::Session session;
            session.actor = Actor{r.createdBy, Role::Administrator};
            session.nowMs = clock.nowMs();
            session.today = Server::kazakhstanDate(session.nowMs);
            auto seq = Server::PushApplier(*txn.value(), session).serverWrite(r.entity, r.id, r.fields);
            if (!seq.ok())
                return Error::make(seq.code(), u"support %1 refused: %2"_s.arg(r.entity, seq.error().detail));
            if (r.entity == u"StaffUser")
                if (Status s = txn.value()->putAccount(Server::AccountRow{r.id, false}); !s.ok())
                    return s;
        }
        if (Status s = txn.value()->commit(); !s.ok())
            return s;
    }
    return {};
}

Status Rig::enrol(const QString &name, std::unique_ptr<SyncEngine> &engine)
{
    auto code = m_service->issueEnrolmentCode(m_set.officerId);
    if (!code.ok())
        return code.error();
    engine = std::make_unique<SyncEngine>(factoryFor(QDir(m_dir).filePath(name)), clock, engineConfig());
    engine->setRandom([] { return 0.5; });
    engine->start();
    const QString url = u"http://127.0.0.1:%1"_s.arg(m_proxy->port());
    SyncEngine *e = engine.get();
    return syncOnce(*e, [e, url, code] { e->enroll(url, code.value()); });
}

Result<PhaseFigures> Rig::measure(SyncEngine &engine)
{
    const qint64 up = m_proxy->bytesUp(), down = m_proxy->bytesDown(), requests = requestsServed(*m_metrics);
    const double server = serverSeconds(*m_metrics);
    QElapsedTimer timer;
    timer.start();
    if (Status s = syncOnce(engine, [&engine] { engine.syncNow(); }); !s.ok())
        return s.error();
    PhaseFigures f;
    f.ms = double(timer.nsecsElapsed()) / 1e6;
    // The proxy forwards on its own threads; give the last reply's bytes a moment to be counted.
    QThread::msleep(5);
    f.bytesUp = m_proxy->bytesUp() - up;
    f.bytesDown = m_proxy->bytesDown() - down;
    f.requests = requestsServed(*m_metrics) - requests;
    f.serverMs = (serverSeconds(*m_metrics) - server) * 1000.0;
    return f;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return Error::make(Error::Storage, u"cannot write "_s + path);
    return {};
}

/** Seeds device A and returns its written records; measures the limit and exports on request. */
Result<LocalSeed> seedA(Rig &rig, const SyncDataset &set, const QString &dir, const QString &exportPath,
                        QadamExtras *extras)
{
    auto db = factoryFor(rig.pathA())();
    if (!db.ok())
        return db.error();
    QElapsedTimer timer;
    timer.start();
    auto seed = writeLocal(*db.value(), rig.clock, set);
    if (!seed.ok())
        return seed.error();
    extras->seedMs.insert(u"write_local"_s, double(timer.elapsed()));
    extras->refused = seed.value().refused;
    extras->localRecords = seed.value().written.size();
    auto records = readBack(*db.value(), seed.value().written);
    if (!records.ok())
        return records.error();
    if (!exportPath.isEmpty())
        if (Status s = writeFile(exportPath, jsonLines(records.value(), set.name != u"checkins")); !s.ok())
            return s.error();
    auto device = deviceLimitMs(dir, records.value());
    auto server = serverLimitMs(dir, records.value());
    if (!device.ok() || !server.ok())
        return device.ok() ? server.error() : device.error();
    extras->limitDeviceMs = device.value();
    extras->limitServerMs = server.value();
    return seed;
}

void check(QadamExtras *extras, bool ok, const QString &what)
{
    if (!ok)
        extras->failures << what;
}

Status checkConverged(Rig &rig, QadamExtras *extras)
{
    auto a = factoryFor(rig.pathA())();
    auto b = factoryFor(rig.pathB())();
    if (!a.ok() || !b.ok())
        return a.ok() ? b.error() : a.error();
    auto outstanding = Outbox::outstanding(*a.value());
    auto rejected = Outbox::count(*a.value(), u"rejected"_s);
    check(extras, outstanding.ok() && outstanding.value() == 0, u"device A still has ops to upload"_s);
    check(extras, rejected.ok() && rejected.value() == 0,
          u"the server rejected %1 ops of device A"_s.arg(rejected.ok() ? rejected.value() : -1));
    auto idsA = idsPerEntity(*a.value());
    auto idsB = idsPerEntity(*b.value());
    if (!idsA.ok() || !idsB.ok())
        return idsA.ok() ? idsB.error() : idsA.error();
    for (auto it = idsA.value().cbegin(); it != idsA.value().cend(); ++it) {
        const QStringList &onB = idsB.value().value(it.key());
        check(extras, it.value() == onB,
              u"%1: device A holds %2 records, device B %3 (or other ids)"_s.arg(it.key())
                  .arg(it.value().size())
                  .arg(onB.size()));
    }
    return {};
}

} // namespace

Result<PhaseMap> runQadam(const SyncDataset &set, const BenchOptions &options, int repetition,
                          const QString &exportPath, QadamExtras *extras)
{
    const QString dir = QDir(options.workDir).filePath(u"%1-run%2"_s.arg(set.name).arg(repetition));
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    Rig rig(set, dir);
    QElapsedTimer timer;
    timer.start();
    if (Status s = rig.start(); !s.ok())
        return s.error();
    if (Status s = rig.importSupport(); !s.ok())
        return s.error();
    extras->supportRecords = set.support.size();
    extras->seedMs.insert(u"server_import"_s, double(timer.restart()));
    if (Status s = rig.enrol(u"device-a.db"_s, rig.a); !s.ok())
        return s.error();
    if (Status s = rig.enrol(u"device-b.db"_s, rig.b); !s.ok())
        return s.error();
    extras->seedMs.insert(u"enrol_two_devices"_s, double(timer.restart()));
    auto seed = seedA(rig, set, dir, exportPath, extras);
    if (!seed.ok())
        return seed.error();

    PhaseMap phases;
    auto opsBefore = scalarOf(rig.pathA(), u"SELECT count(*) FROM outbox"_s);
    auto push = rig.measure(*rig.a);
    if (!push.ok())
        return push.error();
    phases.insert(u"push_full"_s, push.value());
    phases[u"push_full"_s].docs = opsBefore.ok() ? opsBefore.value() : -1;
    auto noop = rig.measure(*rig.a);
    if (!noop.ok())
        return noop.error();
    phases.insert(u"push_noop"_s, noop.value());

    {
        auto db = factoryFor(rig.pathA())();
        if (!db.ok())
            return db.error();
        auto raw = changeSome(*db.value(), rig.clock, set.officerId, seed.value().written, options.pct, &extras->changed);
        if (!raw.ok())
            return raw.error();
        extras->rawChangedZstd = Wire::compress(raw.value(), 3).size();
    }
    auto delta = rig.measure(*rig.a);
    if (!delta.ok())
        return delta.error();
    phases.insert(u"push_delta"_s, delta.value());
    phases[u"push_delta"_s].docs = extras->changed;

    auto before = recordCount(rig.pathB());
    auto pull = rig.measure(*rig.b);
    auto after = recordCount(rig.pathB());
    if (!pull.ok())
        return pull.error();
    phases.insert(u"pull_full"_s, pull.value());
    phases[u"pull_full"_s].docs = before.ok() && after.ok() ? after.value() - before.value() : -1;
    extras->bPulledAll = after.ok() ? after.value() : -1;
    auto again = rig.measure(*rig.b);
    if (!again.ok())
        return again.error();
    phases.insert(u"push_after_pull"_s, again.value());

    if (Status s = checkConverged(rig, extras); !s.ok())
        return s.error();
    return phases;
}

} // namespace Qadam::Bench
