// Integration harness: the server process, devices (SyncEngine on the test thread) and the raw
// wire client.
#include "harness.h"

#include "replica/replica.h"
#include "replica/syncstate.h"
#include "search/nameindex.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/uuid.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Qadam::Integration {

namespace {

Error failure(const QString &what)
{
    return Error::make(Error::Storage, what);
}

/** Waits with a running event loop until `done` holds or the deadline passes. */
template<typename Done>
bool waitFor(Done done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

QString compactJson(const QVariantMap &fields)
{
    QVariantMap clean;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!it.value().isNull() && !(it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty()))
            clean.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(clean)).toJson(QJsonDocument::Compact));
}

} // namespace

// ---- ServerProcess ------------------------------------------------------------------------------

ServerProcess::ServerProcess(const TestStore &store, const QString &workDir)
    : m_storeUrl(store.url()), m_workDir(workDir)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

ServerProcess::~ServerProcess()
{
    stop();
}

QProcessEnvironment ServerProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QADAM_SERVER_KEY"_s, TestStore::keyHex());
    // A test may ask for the server's every log level (the canary search of R15 does).
    const QString rules = qEnvironmentVariable("QADAM_TEST_SERVER_LOG_RULES", u"qadam.*.debug=false"_s);
    env.insert(u"QT_LOGGING_RULES"_s, rules);
    return env;
}

bool ServerProcess::start(const QStringList &extraArgs)
{
    const QString portFile = m_workDir + u"/port-%1"_s.arg(++m_starts);
    QFile::remove(portFile);
    const QString log = m_workDir + u"/server-%1.log"_s.arg(m_starts);
    m_process.setStandardOutputFile(log);
    m_process.setProcessEnvironment(environment());
    m_process.start(serverBinary(), QStringList{u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--store"_s, m_storeUrl,
                                                u"--port-file"_s, portFile} + extraArgs);
    const bool ready = waitFor([&] {
        QFile f(portFile);
        return m_process.state() != QProcess::NotRunning && f.open(QIODevice::ReadOnly)
            && f.readAll().trimmed().toUInt() > 0;
    }, 30'000);
    if (!ready) {
        m_process.waitForFinished(1000);
        QFile output(log);
        (void)output.open(QIODevice::ReadOnly);
        qWarning("qadam-server did not start: %s", output.readAll().right(4000).constData());
        return false;
    }
    QFile f(portFile);
    (void)f.open(QIODevice::ReadOnly);
    m_port = quint16(f.readAll().trimmed().toUInt());
    return true;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15'000)) {
        qWarning("qadam-server ignored SIGTERM; killing it");
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
    m_port = 0;
}

QString ServerProcess::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

Result<QString> ServerProcess::admin(const QString &command, const QStringList &args) const
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(serverBinary(), QStringList{command, u"--store"_s, m_storeUrl} + args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return failure(u"qadam-server %1 failed (%2): %3"_s.arg(command).arg(p.exitCode())
                           .arg(QString::fromUtf8(p.readAllStandardError())));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

Result<QString> ServerProcess::issueCode(const QString &userId) const
{
    auto out = admin(u"issue-code"_s, {u"--user"_s, userId});
    if (!out.ok())
        return out;
    // "enrolment code for user <id>: <code> (one use, expires in 24 h)"
    const QRegularExpressionMatch m = QRegularExpression(u": (\\S+) \\(one use"_s).match(out.value());
    if (!m.hasMatch())
        return failure(u"issue-code printed no code"_s);
    return m.captured(1);
}

// ---- Device -------------------------------------------------------------------------------------

Device::Device(const QString &dir, Sync::EngineConfig config)
    : m_dir(dir), m_path(dir + u"/device.db"_s), m_config(std::move(config))
{
    QDir().mkpath(dir);
    m_db = Test::openMigrated(m_path);
    makeEngine();
}

void Device::restartEngine()
{
    m_engine.reset();
    makeEngine();
}

void Device::makeEngine()
{
    const QString path = m_path;
    m_engine = std::make_unique<Sync::SyncEngine>(
        [path]() { return Database::open(path, Test::testKey()); }, m_clock, m_config, [this] { onWipe(); });
    m_engine->setRandom([] { return 0.5; });
    QObject::connect(m_engine.get(), &Sync::SyncEngine::stateChanged, m_engine.get(),
                     [this](Sync::SyncEngine::State s, const QString &reason) {
                         m_lastState = s;
                         m_lastReason = reason;
                     });
    QObject::connect(m_engine.get(), &Sync::SyncEngine::synced, m_engine.get(), [this] { ++m_synced; });
}

Device::~Device()
{
    m_engine.reset();
    m_writer.reset();
    m_db.reset();
}

Sync::EngineConfig Device::defaultConfig()
{
    Sync::EngineConfig c;
    c.deviceName = u"integration-device"_s;
    c.platform = u"linux"_s;
    c.debounceMs = 3'600'000;    // only manual syncs: the test decides when
    c.periodicMs = 3'600'000;
    c.backoffInitialMs = 20;
    c.backoffMaxMs = 200;
    c.transport.connectTimeoutMs = 5'000;
    c.transport.totalTimeoutMs = 30'000;
    return c;
}

void Device::onWipe()
{
    ++m_wipeCalls;
    m_writer.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_path + suffix);
}

bool Device::enrollOnly(const QString &serverUrl, const QString &code)
{
    bool ok = false;
    auto c = QObject::connect(m_engine.get(), &Sync::SyncEngine::enrolled, m_engine.get(),
                              [&ok](bool success, const QString &) { ok = success; });
    m_engine->enroll(serverUrl, code);
    QObject::disconnect(c);
    m_engine->stop();
    return ok;
}

bool Device::enroll(const QString &serverUrl, const QString &code)
{
    return enrollOnly(serverUrl, code) && sync();
}

bool Device::sync(int timeoutMs)
{
    const int before = m_synced;
    const int wipesBefore = m_wipeCalls;
    m_lastState = Sync::SyncEngine::State::Connecting;
    m_engine->syncNow();
    const auto stopped = [&] {
        using S = Sync::SyncEngine::State;
        return m_wipeCalls > wipesBefore || m_lastState == S::Locked
            || (m_lastState == S::NeedsAttention && m_lastReason != u"rejected_ops");
    };
    waitFor([&] { return m_synced > before || stopped(); }, timeoutMs);
    if (m_synced == before)
        qWarning("device sync ended without success: state %d reason %s", int(m_lastState), qPrintable(m_lastReason));
    return m_synced > before;
}

void Device::stopEngine()
{
    m_engine->stop();
}

bool Device::switchServer(const QString &serverUrl)
{
    // The engine re-reads the server URL before every cycle and keeps its access token.
    SyncState state(*m_db);
    auto c = state.credentials();
    if (!c.ok())
        return false;
    SyncCredentials changed = c.value();
    changed.serverUrl = serverUrl;
    return state.setCredentials(changed).ok();
}

SyncCredentials Device::credentials()
{
    if (!m_db)
        return {};
    auto c = SyncState(*m_db).credentials();
    return c.ok() ? c.value() : SyncCredentials{};
}

WriteService &Device::writer()
{
    if (!m_writer) {
        const SyncCredentials c = credentials();
        Actor actor{c.userId, Role::ProbationOfficer};
        (void)roleFromName(c.role, &actor.role);
        m_writer = std::make_unique<WriteService>(*m_db, m_clock, actor);
    }
    return *m_writer;
}

std::optional<Record> Device::record(const QString &entity, const QString &id)
{
    const EntitySpec *spec = Schema::builtIn().entity(entity);
    if (!m_db || !spec)
        return std::nullopt;
    auto r = RecordStore(*m_db).get(*spec, id);
    return r.ok() ? std::optional<Record>(r.value()) : std::nullopt;
}

qint64 Device::count(const QString &entity)
{
    const EntitySpec *spec = Schema::builtIn().entity(entity);
    if (!m_db || !spec)
        return -1;
    auto n = m_db->scalar(u"SELECT count(*) FROM %1"_s.arg(spec->table));
    return n.ok() ? n.value().toLongLong() : -1;
}

QMap<QString, QString> Device::snapshot()
{
    QMap<QString, QString> out;
    if (!m_db)
        return out;
    RecordStore records(*m_db);
    for (const EntitySpec &spec : Schema::builtIn().entities()) {
        auto ids = m_db->prepare(u"SELECT id FROM %1"_s.arg(spec.table));
        if (!ids.ok())
            continue;
        for (auto row = ids.value().step(); row.ok() && row.value(); row = ids.value().step()) {
            auto r = records.get(spec, ids.value().text(0));
            if (r.ok())
                out.insert(spec.name + u'/' + r.value().id,
                           u"v%1 %2"_s.arg(r.value().version).arg(compactJson(r.value().fields)));
        }
    }
    return out;
}

qint64 Device::recordsOfCase(const QString &personId)
{
    qint64 n = 0;
    if (!m_db)
        return 0;
    for (const EntitySpec &spec : Schema::builtIn().entities()) {
        if (spec.personField.isEmpty())
            continue;
        const QString column = spec.personField == u"id" ? u"id"_s : spec.field(spec.personField)->column();
        auto c = m_db->scalar(u"SELECT count(*) FROM %1 WHERE %2 = ?1"_s.arg(spec.table, column), {personId});
        n += c.ok() ? c.value().toLongLong() : 0;
    }
    return n;
}

QList<RemoteConflict> Device::conflicts()
{
    if (!m_db)
        return {};
    SystemClock clock;
    Replica replica(*m_db, clock);
    auto c = replica.conflicts();
    return c.ok() ? c.value() : QList<RemoteConflict>{};
}

Status Device::resolveConflict(const QString &conflictId, const QVariant &chosen)
{
    if (!m_db)
        return Error::make(Error::Storage, u"wiped"_s);
    Replica replica(*m_db, m_clock);
    return replica.resolveConflict(writer(), conflictId, chosen);
}

qint64 Device::outboxCount(const QString &state)
{
    if (!m_db)
        return -1;
    auto n = Outbox::count(*m_db, state);
    return n.ok() ? n.value() : -1;
}

QStringList Device::searchNames(const QString &query)
{
    if (!m_db)
        return {};
    auto r = NameIndex::search(*m_db, query);
    return r.ok() ? r.value() : QStringList{};
}

QStringList Device::rejectedSummary()
{
    QStringList out;
    if (!m_db)
        return out;
    auto ops = Outbox::list(*m_db, u"rejected"_s, 100);
    if (ops.ok())
        for (const OutboxOp &op : ops.value())
            out << u"%1 %2 %3 %4"_s.arg(op.entity, op.kind, op.resultCode, op.resultField);
    return out;
}

// ---- RawClient ----------------------------------------------------------------------------------

RawClient::RawClient(QString serverUrl) : m_url(std::move(serverUrl)) { }

Sync::TransportReply RawClient::post(const QString &path, const QByteArray &message, const QByteArray &token)
{
    return m_transport.post(m_url, path, message, token);
}

bool RawClient::enroll(const QString &code)
{
    pb::EnrollRequest req;
    req.set_code(code.toStdString());
    req.set_device_name("integration-raw");
    req.set_client_version("0.1.0");
    req.set_platform("linux");
    const Sync::TransportReply reply = post(u"/v1/enroll"_s, Wire::serialise(req));
    return reply.ok() && Wire::parse(reply.body, m_token);
}

QString RawClient::deviceId() const
{
    return Wire::uuidFromBytes(m_token.device_id());
}

Sync::TransportReply RawClient::sync(QList<pb::Op> ops, bool pull, quint32 maxReplyBytes, const QString &clientVersion)
{
    pb::SyncRequest req;
    req.set_protocol_version(Wire::kProtocolVersion);
    req.set_client_version(clientVersion.toStdString());
    req.set_cursor(m_cursor.toStdString());
    req.set_pull(pull);
    if (maxReplyBytes > 0)
        req.set_max_reply_bytes(maxReplyBytes);
    for (pb::Op &op : ops) {
        op.set_device_seq(quint64(m_nextSeq++));
        *req.add_ops() = op;
    }
    Sync::TransportReply reply = post(u"/v1/sync"_s, Wire::serialise(req), accessToken());
    pb::SyncResponse response;
    if (reply.ok() && Wire::parse(reply.body, response) && !response.cursor().empty())
        m_cursor = QByteArray::fromStdString(response.cursor());
    return reply;
}

bool RawClient::pullAll(QList<QByteArray> &raw, QList<pb::SyncResponse> *replies)
{
    for (int i = 0; i < 10'000; ++i) {
        const Sync::TransportReply reply = sync({});
        pb::SyncResponse response;
        if (!reply.ok() || !Wire::parse(reply.body, response))
            return false;
        raw << reply.body;
        if (replies)
            *replies << response;
        if (!response.more())
            return true;
    }
    return false;
}

pb::Op patchOp(const QString &entity, const QString &id, qint64 baseVersion, const QVariantMap &fields,
               const QString &resolvesConflict)
{
    pb::Op op;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    op.set_op_id(Wire::uuidToBytes(newUuidV7(now)));
    op.set_entity(entity.toStdString());
    op.set_record_id(Wire::uuidToBytes(id));
    op.set_kind(pb::OP_KIND_PATCH);
    op.set_base_version(quint64(baseVersion));
    Wire::toFields(fields, op.mutable_fields());
    op.set_hlc(quint64(now) << 16);
    op.set_occurred_at(now);
    op.set_schema_version(quint32(Schema::kVersion));
    if (!resolvesConflict.isEmpty())
        op.set_resolves_conflict(Wire::uuidToBytes(resolvesConflict));
    return op;
}

} // namespace Qadam::Integration

// ---- Scenario -----------------------------------------------------------------------------------

namespace Qadam::Integration {

bool Scenario::start(const QString &storeRow)
{
    auto store = TestStore::create(storeKindOf(storeRow), m_dir.path());
    if (!store.ok()) {
        qWarning("store %s: %s", qPrintable(storeRow), qPrintable(store.error().detail));
        return false;
    }
    m_store = std::move(store).value();
    m_server = std::make_unique<ServerProcess>(*m_store, m_dir.path());
    return m_server->start();
}

std::unique_ptr<Device> Scenario::device(const QString &userId, const QString &name, Sync::EngineConfig config)
{
    auto code = m_server->issueCode(userId);
    if (!code.ok()) {
        qWarning("issue-code: %s", qPrintable(code.error().detail));
        return {};
    }
    auto device = std::make_unique<Device>(path(name), std::move(config));
    if (!device->enroll(m_server->url(), code.value()))
        return {};
    return device;
}

std::unique_ptr<RawClient> Scenario::rawClient(const QString &userId)
{
    auto code = m_server->issueCode(userId);
    auto client = std::make_unique<RawClient>(m_server->url());
    if (!code.ok() || !client->enroll(code.value()))
        return {};
    return client;
}

ServerFacts Scenario::facts()
{
    auto store = m_store->open();
    if (!store.ok())
        return {};
    auto facts = serverFacts(*store.value());
    return facts.ok() ? facts.value() : ServerFacts{};
}

std::optional<Server::StoredRecord> Scenario::serverRecord(const QString &entity, const QString &id)
{
    auto store = m_store->open();
    if (!store.ok())
        return std::nullopt;
    auto r = Integration::serverRecord(*store.value(), entity, id);
    return r.ok() ? r.value() : std::nullopt;
}

} // namespace Qadam::Integration
