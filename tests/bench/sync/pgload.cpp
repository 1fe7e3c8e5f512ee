#include "pgload.h"

#include "syncbench.h"

#include "../benchutil.h"

#include "httpserver.h"
#include "metrics.h"
#include "pushapplier.h"
#include "scope.h"
#include "serverstore.h"
#include "syncservice.h"
#include "transport.h"
#include "wirecodec.h"

#include "util/clock.h"
#include "util/uuid.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <tuple>

using namespace Qt::StringLiterals;
namespace pb = ::qadam::sync::v1;

namespace Qadam::Bench {

namespace {

constexpr int kBatch = 1000;

/** One simulated device: its token, cursor, next device_seq and its officer's cases. */
struct SimDevice
{
    QByteArray token;
    QByteArray cursor;
    quint64 nextSeq = 1;
    QStringList cases;
};

/** A private cluster started with pgcluster.sh, stopped when this goes. */
class Cluster
{
public:
    explicit Cluster(QString dir) : m_dir(std::move(dir)) { }
    ~Cluster()
    {
        if (m_started)
            QProcess::execute(u"bash"_s, {script(), u"stop"_s, m_dir});
    }
    [[nodiscard]] Result<QString> start()
    {
        if (QProcess::execute(u"bash"_s, {script(), u"start"_s, m_dir}) != 0)
            return Error::make(Error::Unavailable, u"pgcluster.sh start failed"_s);
        m_started = true;
        QFile f(QDir(m_dir).filePath(u"url"_s));
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(Error::Unavailable, u"pgcluster.sh wrote no url"_s);
        return QString::fromUtf8(f.readAll()).trimmed();
    }

private:
    static QString script() { return QStringLiteral(QADAM_SOURCE_DIR "/tests/integration/pgcluster.sh"); }
    QString m_dir;
    bool m_started = false;
};

QVariantMap personFields(const QString &officerId, int i)
{
    return {{u"surnameCyr"_s, u"Жұмабаев"_s},     {u"givenNameCyr"_s, u"Ерлан"_s},
            {u"surnameLat"_s, u"Zhumabayev"_s},   {u"givenNameLat"_s, u"Yerlan"_s},
            {u"birthDate"_s, u"19%1-04-12"_s.arg(60 + i % 40)}, {u"preferredLanguage"_s, u"kk"_s},
            {u"caseStatus"_s, u"active"_s},       {u"caseOfficerId"_s, officerId}};
}

void addCheckIn(pb::SyncRequest &req, SimDevice &d, const QString &personId, qint64 nowMs)
{
    pb::Op *op = req.add_ops();
    op->set_device_seq(d.nextSeq++);
    op->set_op_id(Wire::uuidToBytes(newUuidV7(nowMs)));
    op->set_entity("CheckIn");
    op->set_record_id(Wire::uuidToBytes(newUuidV7(nowMs)));
    op->set_kind(pb::OP_KIND_CREATE);
    op->set_hlc(quint64(nowMs) << 16);
    op->set_occurred_at(nowMs);
    op->set_schema_version(7);
    const QVariantMap fields{{u"personId"_s, personId},
                             {u"channel"_s, u"probation"_s},
                             {u"dueOn"_s, u"2026-01-20"_s},
                             {u"outcome"_s, u"attended"_s},
                             {u"occurredOn"_s, u"2026-01-19"_s},
                             {u"summary"_s, u"Attended on time; employment confirmed."_s}};
    Wire::toFields(fields, op->mutable_fields());
}

pb::SyncRequest syncRequest(const SimDevice &d)
{
    pb::SyncRequest req;
    req.set_protocol_version(Wire::kProtocolVersion);
    req.set_client_version("0.1.0");
    req.set_cursor(d.cursor.toStdString());
    req.set_max_reply_bytes(512 * 1024);
    req.set_pull(true);
    return req;
}

/** Set-up: organisation, officers with cases, devices enrolled and synced once (in-process). */
class Setup
{
public:
    Setup(Server::ServerStore &store, Server::SyncService &service, const Clock &clock)
        : m_store(store), m_service(service), m_clock(clock) { }

    [[nodiscard]] Result<QList<SimDevice>> run(const PgLoadOptions &o);

private:
    [[nodiscard]] Status importPeople(const QList<std::pair<QString, QString>> &people);
    [[nodiscard]] Result<SimDevice> enrol(const QString &userId, const QStringList &cases);

    Server::ServerStore &m_store;
    Server::SyncService &m_service;
    const Clock &m_clock;
};

Status Setup::importPeople(const QList<std::pair<QString, QString>> &people)
{
    for (qsizetype start = 0; start < people.size(); start += kBatch) {
        auto txn = m_store.begin(true);
        if (!txn.ok())
            return txn.error();
        Server::Session session;
        session.actor = Actor{QString(), Role::Administrator};
        session.nowMs = m_clock.nowMs();
        session.today = Server::kazakhstanDate(session.nowMs);
        int i = 0;
        for (const auto &[personId, officerId] : people.mid(start, kBatch))
            if (auto seq = Server::PushApplier(*txn.value(), session).serverWrite(u"Person"_s, personId, personFields(officerId, ++i));
                !seq.ok())
                return seq.error();
        if (Status s = txn.value()->commit(); !s.ok())
            return s;
    }
    return {};
}

Result<SimDevice> Setup::enrol(const QString &userId, const QStringList &cases)
{
    auto code = m_service.issueEnrolmentCode(userId);
    if (!code.ok())
        return code.error();
    pb::EnrollRequest req;
    req.set_code(code.value().toStdString());
    req.set_device_name("simulated device");
    req.set_client_version("0.1.0");
    req.set_platform("linux");
    const Server::ServiceReply reply = m_service.enroll(Wire::serialise(req));
    pb::TokenReply token;
    if (reply.status != 200 || !Wire::parse(reply.body, token))
        return Error::make(Error::Unauthorized, u"enrolment refused (%1)"_s.arg(reply.status));
    SimDevice d;
    d.token = QByteArray::fromStdString(token.access_token());
    d.cases = cases;
    for (int page = 0; page < 1000; ++page) {
        const Server::ServiceReply r = m_service.sync(d.token, Wire::serialise(syncRequest(d)));
        pb::SyncResponse response;
        if (r.status != 200 || !Wire::parse(r.body, response))
            return Error::make(Error::Unavailable, u"first sync failed (%1)"_s.arg(r.status));
        d.cursor = QByteArray::fromStdString(response.cursor());
        if (!response.more())
            return d;
    }
    return Error::make(Error::Unavailable, u"first sync never finished"_s);
}

Result<QList<SimDevice>> Setup::run(const PgLoadOptions &o)
{
    auto org = m_service.createOrganisation({{u"nameKk"_s, u"Synthetic office"_s},
                                             {u"nameRu"_s, u"Synthetic office"_s},
                                             {u"kind"_s, u"probation_service"_s}});
    if (!org.ok())
        return org.error();
    // Two devices per officer for the incremental syncs; the ingest devices' officers come after
    // them, so the ingest does not land in the incremental devices' buckets.
    const int officers = std::max(1, o.devices / 2);
    QStringList officerIds;
    QList<std::pair<QString, QString>> people;
    QHash<QString, QStringList> cases;
    for (int i = 0; i < officers + o.ingestDevices; ++i) {
        auto user = m_service.createUser({{u"displayName"_s, u"Synthetic Officer %1"_s.arg(i)},
                                          {u"role"_s, u"probation_officer"_s},
                                          {u"organisationId"_s, org.value()},
                                          {u"status"_s, u"active"_s}});
        if (!user.ok())
            return user.error();
        officerIds << user.value();
        for (int c = 0; c < o.casesPerOfficer; ++c) {
            const QString id = newUuidV7(m_clock.nowMs());
            people.append({id, user.value()});
            cases[user.value()] << id;
        }
    }
    if (Status s = importPeople(people); !s.ok())
        return s.error();
    QList<SimDevice> devices;
    for (int i = 0; i < o.devices + o.ingestDevices; ++i) {
        const QString officer = i < o.devices ? officerIds.at(i % officers) : officerIds.at(officers + i - o.devices);
        auto d = enrol(officer, cases.value(officer));
        if (!d.ok())
            return d.error();
        devices << d.value();
        if (i % 100 == 99)
            std::fprintf(stderr, "\rpg load: %d / %d devices enrolled", i + 1, o.devices + o.ingestDevices);
    }
    std::fputc('\n', stderr);
    return devices;
}

/** One POST through the product's libcurl transport; fills `response` on a 200. */
bool post(Sync::Transport &t, const QString &url, const pb::SyncRequest &req, const QByteArray &token,
          pb::SyncResponse &response)
{
    const Sync::TransportReply reply = t.post(url, u"/v1/sync"_s, Wire::serialise(req), token);
    return reply.ok() && Wire::parse(reply.body, response);
}

qint64 rejectedIn(const pb::SyncResponse &response)
{
    qint64 n = 0;
    for (const pb::OpResult &r : response.results())
        n += r.outcome() == pb::OUTCOME_REJECTED ? 1 : 0;
    return n;
}

Status ingest(const QString &url, QList<SimDevice> &devices, const PgLoadOptions &o, const Clock &clock,
              PgLoadResult &r)
{
    const int n = o.ingestDevices;
    const int first = int(devices.size()) - n;  // the ingest devices follow the incremental ones
    const int batchesPerDevice = std::max(1, o.ingestOps / (n * o.ingestBatch));
    std::atomic<qint64> applied{0}, rejected{0}, failures{0};
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i) {
        threads.emplace_back([&, i] {
            Sync::Transport transport;
            SimDevice &d = devices[first + i];
            for (int b = 0; b < batchesPerDevice; ++b) {
                pb::SyncRequest req = syncRequest(d);
                req.set_pull(false);
                for (int k = 0; k < o.ingestBatch; ++k)
                    addCheckIn(req, d, d.cases.at(k % d.cases.size()), clock.nowMs());
                pb::SyncResponse response;
                if (!post(transport, url, req, d.token, response)) {
                    ++failures;
                    continue;
                }
                const qint64 bad = rejectedIn(response);
                rejected += bad;
                applied += response.results_size() - bad;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    r.ingestSeconds = double(timer.nsecsElapsed()) / 1e9;
    r.ingestOps = applied.load();
    r.ingestRejected = rejected.load();
    r.ingestOpsPerSecond = double(r.ingestOps) / r.ingestSeconds;
    if (failures.load() > 0)
        return Error::make(Error::Unavailable, u"%1 ingest requests failed"_s.arg(failures.load()));
    return {};
}

void incremental(const QString &url, QList<SimDevice> &devices, const PgLoadOptions &o, const Clock &clock,
                 PgLoadResult &r)
{
    const qsizetype simulated = o.devices;
    const qsizetype tasks = simulated * o.rounds;
    std::atomic<qsizetype> next{0};
    std::atomic<qint64> errors{0}, rejected{0}, pulled{0};
    std::mutex mutex;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int t = 0; t < o.clientThreads; ++t) {
        threads.emplace_back([&] {
            Sync::Transport transport;
            QList<double> mine;
            for (qsizetype task = next++; task < tasks; task = next++) {
                SimDevice &d = devices[task % simulated];  // round-major: every device once a round
                pb::SyncRequest req = syncRequest(d);
                for (int k = 0; k < o.changesPerSync; ++k)
                    addCheckIn(req, d, d.cases.at(k % d.cases.size()), clock.nowMs());
                QElapsedTimer one;
                one.start();
                pb::SyncResponse response;
                const bool ok = post(transport, url, req, d.token, response);
                mine << double(one.nsecsElapsed()) / 1e6;
                if (!ok) {
                    ++errors;
                    continue;
                }
                d.cursor = QByteArray::fromStdString(response.cursor());
                rejected += rejectedIn(response);
                pulled += response.changes_size();
            }
            const std::lock_guard lock(mutex);
            r.latenciesMs << mine;
        });
    }
    for (std::thread &t : threads)
        t.join();
    r.syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    r.syncRequests = r.latenciesMs.size();
    r.syncErrors = errors.load();
    r.opsRejected = rejected.load();
    r.changesPulled = pulled.load();
}

/** `qadam-server serve` on `storeUrl` as a child process, stopped (SIGTERM) when this goes. */
class ServerProcess
{
public:
    ServerProcess(QString binary, QString workDir) : m_binary(std::move(binary)), m_dir(std::move(workDir)) { }
    ~ServerProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000))
            m_process.kill();
        m_process.waitForFinished(5'000);
    }
    [[nodiscard]] Result<QString> start(const QString &storeUrl, int threads)
    {
        const QString portFile = QDir(m_dir).filePath(u"qadam-server.port"_s);
        QFile::remove(portFile);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"qadam.*.info=false"_s);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        env.insert(u"QADAM_SERVER_THREADS"_s, QString::number(threads));
        m_process.setProcessEnvironment(env);
        m_process.start(m_binary, {u"serve"_s, u"--store"_s, storeUrl, u"--listen"_s, u"127.0.0.1:0"_s,
                                   u"--port-file"_s, portFile});
        if (!m_process.waitForStarted(10'000))
            return Error::make(Error::Unavailable, u"cannot start %1: %2"_s.arg(m_binary, m_process.errorString()));
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 30'000 && m_process.state() == QProcess::Running) {
            QFile f(portFile);
            if (f.open(QIODevice::ReadOnly)) {
                const int port = f.readAll().trimmed().toInt();
                if (port > 0)
                    return u"http://127.0.0.1:%1"_s.arg(port);
            }
            m_process.waitForFinished(50);
        }
        return Error::make(Error::Unavailable, u"qadam-server wrote no port"_s);
    }
    /** VmHWM and VmRSS in KiB from /proc/PID/status. */
    [[nodiscard]] std::pair<qint64, qint64> memoryKiB() const
    {
        return Util::memoryKiB(u"/proc/%1/status"_s.arg(m_process.processId()));
    }

private:
    QString m_binary;
    QString m_dir;
    QProcess m_process;
};

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype at = std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size())));
    return sorted.at(at);
}

} // namespace

Result<PgLoadResult> runPgLoad(const QString &url, const PgLoadOptions &o, const QString &workDir)
{
    Cluster cluster(QDir(workDir).filePath(u"pgcluster"_s));
    QString storeUrl = url;
    if (url == u"auto") {
        auto started = cluster.start();
        if (!started.ok())
            return started.error();
        storeUrl = started.value();
    }
    auto store = Server::openServerStore(storeUrl);
    if (!store.ok())
        return store.error();
    SystemClock clock;
    Server::SyncService service(*store.value(), clock);
    Server::Metrics metrics(store.value()->kind());
    Server::HttpConfig config;
    config.threads = o.serverThreads;
    config.keepAliveSeconds = 30;
    Server::HttpServer server(service, metrics, config);
    if (o.serverBinary.isEmpty()) {
        if (Status s = server.start(); !s.ok())
            return s.error();
    }
    PgLoadResult r;
    r.store = storeUrl.section(u'@', -1);
    r.devices = o.devices;
    QElapsedTimer timer;
    timer.start();
    auto devices = Setup(*store.value(), service, clock).run(o);
    if (!devices.ok())
        return devices.error();
    r.setupSeconds = double(timer.elapsed()) / 1000.0;
    ServerProcess process(o.serverBinary, workDir);
    QString loadUrl = server.url();
    if (!o.serverBinary.isEmpty()) {
        auto started = process.start(storeUrl, o.serverThreads);
        if (!started.ok())
            return started.error();
        loadUrl = started.value();
        r.separateServer = true;
    }
    std::fprintf(stderr, "pg load: ingest…\n");
    if (Status s = ingest(loadUrl, devices.value(), o, clock, r); !s.ok())
        return s.error();
    std::fprintf(stderr, "pg load: %d devices × %d incremental syncs…\n", o.devices, o.rounds);
    incremental(loadUrl, devices.value(), o, clock, r);
    if (r.separateServer)
        std::tie(r.serverPeakRssKiB, r.serverRssKiB) = process.memoryKiB();
    server.stop();
    QList<double> sorted = r.latenciesMs;
    std::sort(sorted.begin(), sorted.end());
    r.p50 = percentile(sorted, 0.50);
    r.p95 = percentile(sorted, 0.95);
    r.p99 = percentile(sorted, 0.99);
    r.max = sorted.isEmpty() ? 0 : sorted.constLast();
    return r;
}

QString renderPgLoad(const PgLoadResult &r)
{
    QString out = u"\n== server load on PostgreSQL (%1), %2 on loopback ==\n"_s.arg(
        r.store, r.separateServer ? u"qadam-server process"_s : u"real HTTP server in-process"_s);
    out += u"set-up (untimed): %1 devices enrolled and synced once in %2 s\n"_s.arg(r.devices).arg(r.setupSeconds, 0, 'f', 1);
    out += u"ingest: %1 check-in creates in %2 s = %3 ops/s (%4 rejected)\n"_s.arg(r.ingestOps)
               .arg(r.ingestSeconds, 0, 'f', 2)
               .arg(r.ingestOpsPerSecond, 0, 'f', 0)
               .arg(r.ingestRejected);
    out += u"incremental: %1 /v1/sync requests (%2 errors, %3 ops rejected, %4 changes pulled) in %5 s; "
          u"latency p50 %6 ms, p95 %7 ms, p99 %8 ms, max %9 ms\n"_s.arg(r.syncRequests)
               .arg(r.syncErrors)
               .arg(r.opsRejected)
               .arg(r.changesPulled)
               .arg(r.syncSeconds, 0, 'f', 1)
               .arg(r.p50, 0, 'f', 1)
               .arg(r.p95, 0, 'f', 1)
               .arg(r.p99, 0, 'f', 1)
               .arg(r.max, 0, 'f', 1);
    if (r.separateServer)
        out += u"qadam-server memory after the load: peak RSS (VmHWM) %1 MiB, RSS %2 MiB\n"_s
                   .arg(double(r.serverPeakRssKiB) / 1024.0, 0, 'f', 1)
                   .arg(double(r.serverRssKiB) / 1024.0, 0, 'f', 1);
    out += u"targets:\n  [%1] ingest ≥ 5,000 ops/s: %2 ops/s\n  [%3] p99 ≤ 300 ms over %4 devices: %5 ms\n"_s
               .arg(r.ingestOpsPerSecond >= 5000 && r.ingestRejected == 0 ? u"PASS"_s : u"MISS"_s)
               .arg(r.ingestOpsPerSecond, 0, 'f', 0)
               .arg(r.p99 <= 300 && r.syncErrors == 0 ? u"PASS"_s : u"MISS"_s)
               .arg(r.devices)
               .arg(r.p99, 0, 'f', 1);
    return out;
}

QJsonObject pgLoadJson(const PgLoadResult &r)
{
    return {{u"store"_s, r.store},
            {u"devices"_s, r.devices},
            {u"setup_s"_s, r.setupSeconds},
            {u"ingest_ops"_s, r.ingestOps},
            {u"ingest_rejected"_s, r.ingestRejected},
            {u"ingest_s"_s, r.ingestSeconds},
            {u"ingest_ops_per_s"_s, r.ingestOpsPerSecond},
            {u"sync_requests"_s, r.syncRequests},
            {u"sync_errors"_s, r.syncErrors},
            {u"ops_rejected"_s, r.opsRejected},
            {u"changes_pulled"_s, r.changesPulled},
            {u"sync_s"_s, r.syncSeconds},
            {u"p50_ms"_s, r.p50},
            {u"p95_ms"_s, r.p95},
            {u"p99_ms"_s, r.p99},
            {u"max_ms"_s, r.max},
            {u"separate_server"_s, r.separateServer},
            {u"server_peak_rss_kib"_s, r.serverPeakRssKiB},
            {u"server_rss_kib"_s, r.serverRssKiB}};
}

} // namespace Qadam::Bench
