#pragma once

// The sync integration harness: real `qadam-server` processes on 127.0.0.1 over a fresh store
// per test (an embedded SQLCipher file or a PostgreSQL database made from a seeded template), and
// devices = a fresh encrypted core store + WriteService + the product's SyncEngine. Synthetic data
// only (core/generator plus a few hand-made users, referrals and consents).
#include "domain/record.h"
#include "domain/roles.h"
#include "replica/replicatypes.h"
#include "serverstore.h"
#include "syncengine.h"
#include "transport.h"
#include "util/clock.h"
#include "util/result.h"
#include "wirecodec.h"

#include <QHash>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Qadam {
class Database;
class WriteService;
}

namespace Qadam::Integration {

namespace pb = ::qadam::sync::v1;

/** The store kinds every integration test runs against. */
enum class StoreKind { Sqlite, Postgres };

/** Rows for initTestCase_data(): "sqlite" and "postgresql", narrowed by QADAM_IT_STORE. */
[[nodiscard]] QStringList storeRowsToRun();
[[nodiscard]] StoreKind storeKindOf(const QString &row);

/** The fixture's PostgreSQL URL (QADAM_PG_URL, else the file QADAM_PG_URL_FILE names); an error
 *  text when none is configured or the file is missing. */
[[nodiscard]] Result<QString> pgBaseUrl();
/** Runs one statement outside a transaction on the fixture's maintenance database. */
[[nodiscard]] Status pgAdminExec(const QString &sql);
/** `base` with its database name replaced. */
[[nodiscard]] QString pgUrlFor(const QString &base, const QString &database);

/** What the seeding made: ids the tests act on. */
struct SeedInfo
{
    QString officerId;                 ///< probation officer: case officer of every person
    QString counsellorId;              ///< counsellor of an NGO: referred exactly `referredCases`
    QString secondOfficerId;           ///< probation officer of another office: no cases
    QStringList people;                ///< every person (case) id
    QStringList referredCases;         ///< the counsellor's cases (active referrals)
    QHash<QString, QString> referralOf; ///< case → referral id
    qint64 importedRecords = 0;
};

/** One server store for one test: its URL, key, and what it holds. Copies of a seeded template. */
class TestStore
{
public:
    ~TestStore();
    /** A fresh copy of the seeded template of `kind` in `dir` (sqlite) or a new database (PG). */
    [[nodiscard]] static Result<std::unique_ptr<TestStore>> create(StoreKind kind, const QString &dir);
    [[nodiscard]] StoreKind kind() const { return m_kind; }
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] static QString keyHex();
    [[nodiscard]] const SeedInfo &seed() const { return m_seed; }
    /** Opens the store in this process (reads and test-side changes). */
    [[nodiscard]] Result<std::unique_ptr<Server::ServerStore>> open() const;
    /** A backup copy (file copy / CREATE DATABASE … TEMPLATE) as another TestStore. The store
     *  must not be in use by a server (sqlite: WAL checkpointed by the server's shutdown). */
    [[nodiscard]] Result<std::unique_ptr<TestStore>> backup(const QString &dir) const;

private:
    TestStore() = default;
    StoreKind m_kind = StoreKind::Sqlite;
    QString m_url;
    QString m_pgDatabase;  ///< dropped with the store
    SeedInfo m_seed;
};

/** Server-side facts the rejection tests compare before and after. */
struct ServerFacts
{
    qint64 highWater = -1;
    qint64 auditEvents = -1;
    QString recordsDigest;  ///< hash over every record's (entity, id, version, fields)
    bool operator==(const ServerFacts &) const = default;
};
[[nodiscard]] Result<ServerFacts> serverFacts(Server::ServerStore &store);
/** The receipt count of one device (ops the server processed), by scanning device_seq 1..upTo. */
[[nodiscard]] Result<qint64> receiptCount(Server::ServerStore &store, const QString &deviceId, qint64 upTo);
/** One stored record, or nullopt. */
[[nodiscard]] Result<std::optional<Server::StoredRecord>> serverRecord(Server::ServerStore &store,
                                                                       const QString &entity, const QString &id);

/** A `qadam-server serve` child process on 127.0.0.1 with a port file. */
class ServerProcess
{
public:
    ServerProcess(const TestStore &store, const QString &workDir);
    ~ServerProcess();
    /** Starts and waits for the port file; false (with the process' output logged) on failure. */
    [[nodiscard]] bool start(const QStringList &extraArgs = {});
    /** SIGTERM and wait (SIGKILL after a timeout). */
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    /** The running server's pid (the crash harness SIGKILLs it), 0 when none runs. */
    [[nodiscard]] qint64 processId() const { return m_process.processId(); }
    [[nodiscard]] QString url() const;
    /** Runs an admin subcommand on the same store (`qadam-server <command> --store … args`);
     *  stdout on exit code 0, else an error with stderr. */
    [[nodiscard]] Result<QString> admin(const QString &command, const QStringList &args = {}) const;
    /** Issues an enrolment code for a user through the CLI. */
    [[nodiscard]] Result<QString> issueCode(const QString &userId) const;

private:
    [[nodiscard]] QProcessEnvironment environment() const;
    QString m_storeUrl;
    QString m_workDir;
    QProcess m_process;
    quint16 m_port = 0;
    int m_starts = 0;
};

/** A device: an encrypted core store, the local write path and the product's SyncEngine, all on
 *  the test's thread (the engine's requests block it, the server is another process). */
class Device
{
public:
    explicit Device(const QString &dir, Sync::EngineConfig config = defaultConfig());
    ~Device();
    [[nodiscard]] static Sync::EngineConfig defaultConfig();

    /** Enrols with a one-time code and runs the first sync to its end. */
    [[nodiscard]] bool enroll(const QString &serverUrl, const QString &code);
    /** Enrols only: no sync follows (the engine is stopped right after). */
    [[nodiscard]] bool enrollOnly(const QString &serverUrl, const QString &code);
    /** One manual sync, waited for to its end (synced, or a stop: attention, locked, wiped). */
    [[nodiscard]] bool sync(int timeoutMs = 60'000);
    /** Points the device at another server (same store behind it): re-reads its credentials. */
    [[nodiscard]] bool switchServer(const QString &serverUrl);
    void stopEngine();
    /** A new engine on the same store, as after the app restarted: no access token in memory. */
    void restartEngine();

    [[nodiscard]] Database &db() { return *m_db; }
    [[nodiscard]] WriteService &writer();
    [[nodiscard]] Sync::SyncEngine &engine() { return *m_engine; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] SyncCredentials credentials();
    [[nodiscard]] Sync::SyncEngine::State state() const { return m_lastState; }
    [[nodiscard]] QString stateReason() const { return m_lastReason; }
    [[nodiscard]] bool wiped() const { return m_wipeCalls > 0; }
    [[nodiscard]] int wipeCalls() const { return m_wipeCalls; }

    /** The record as stored, or an empty optional. */
    [[nodiscard]] std::optional<Record> record(const QString &entity, const QString &id);
    [[nodiscard]] qint64 count(const QString &entity);
    /** Every record: "Entity/id" → version and fields (compact JSON). */
    [[nodiscard]] QMap<QString, QString> snapshot();
    /** Ids of records of one case, every entity. */
    [[nodiscard]] qint64 recordsOfCase(const QString &personId);
    [[nodiscard]] QList<RemoteConflict> conflicts();
    /** Settles a conflict with the chosen value through the product's path (Replica::resolveConflict). */
    [[nodiscard]] Status resolveConflict(const QString &conflictId, const QVariant &chosen);
    [[nodiscard]] qint64 outboxCount(const QString &state);
    [[nodiscard]] QStringList searchNames(const QString &query);
    /** Ops the server refused, as "Entity reason field" lines, for failure messages. */
    [[nodiscard]] QStringList rejectedSummary();

private:
    void onWipe();
    void makeEngine();
    QString m_dir;
    QString m_path;
    Sync::EngineConfig m_config;
    SystemClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WriteService> m_writer;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    Sync::SyncEngine::State m_lastState = Sync::SyncEngine::State::Idle;
    QString m_lastReason;
    int m_synced = 0;
    int m_wipeCalls = 0;
};

/** A hand-driven client that speaks the wire directly (forged and malformed requests, raw reply
 *  bytes). Its device_seq counter starts at 1. */
class RawClient
{
public:
    explicit RawClient(QString serverUrl);
    [[nodiscard]] bool enroll(const QString &code);
    [[nodiscard]] Sync::TransportReply post(const QString &path, const QByteArray &message,
                                            const QByteArray &token = {});
    /** One /v1/sync with `ops` (device_seq assigned) and the held cursor; the cursor advances. */
    [[nodiscard]] Sync::TransportReply sync(QList<pb::Op> ops, bool pull = true, quint32 maxReplyBytes = 0,
                                            const QString &clientVersion = QStringLiteral("0.1.0"));
    /** Pulls until `more` is false; every reply body (decompressed protobuf) is appended to `raw`. */
    [[nodiscard]] bool pullAll(QList<QByteArray> &raw, QList<pb::SyncResponse> *replies = nullptr);
    [[nodiscard]] const pb::TokenReply &token() const { return m_token; }
    [[nodiscard]] QByteArray accessToken() const { return QByteArray::fromStdString(m_token.access_token()); }
    [[nodiscard]] QString deviceId() const;
    [[nodiscard]] qint64 nextSeq() const { return m_nextSeq; }
    void setNextSeq(qint64 seq) { m_nextSeq = seq; }

private:
    QString m_url;
    Sync::Transport m_transport;
    pb::TokenReply m_token;
    QByteArray m_cursor;
    qint64 m_nextSeq = 1;
};

/** A patch op on one record (device_seq left 0 for RawClient::sync to fill). */
[[nodiscard]] pb::Op patchOp(const QString &entity, const QString &id, qint64 baseVersion, const QVariantMap &fields,
                             const QString &resolvesConflict = {});

/** Occurrences of a text (UTF-8) or, for ids, of its 16 raw bytes too, in any of `blobs`. */
[[nodiscard]] bool anyContains(const QList<QByteArray> &blobs, const QString &needle, bool isUuid = false);

/** One test's world: a fresh store copy, a running server on it, a scratch directory. Members
 *  are torn down server first, then the store (its PG database is dropped), then the directory. */
class Scenario
{
public:
    /** Makes the store for row "sqlite"/"postgresql" and starts a server; false on failure (logged). */
    [[nodiscard]] bool start(const QString &storeRow);
    [[nodiscard]] TestStore &store() { return *m_store; }
    [[nodiscard]] ServerProcess &server() { return *m_server; }
    [[nodiscard]] const SeedInfo &seed() const { return m_store->seed(); }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    /** A device of `userId` enrolled with a fresh code (through the CLI) and synced once. */
    [[nodiscard]] std::unique_ptr<Device> device(const QString &userId, const QString &name,
                                                 Sync::EngineConfig config = Device::defaultConfig());
    /** A raw wire client of `userId`, enrolled. */
    [[nodiscard]] std::unique_ptr<RawClient> rawClient(const QString &userId);
    /** Server facts read through a fresh connection to the store. */
    [[nodiscard]] ServerFacts facts();
    /** The stored record (fresh connection), or nullopt. */
    [[nodiscard]] std::optional<Server::StoredRecord> serverRecord(const QString &entity, const QString &id);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ServerProcess> m_server;
};

/** Path of the qadam-server and devicetool binaries (compile definitions). */
[[nodiscard]] QString serverBinary();
[[nodiscard]] QString deviceToolBinary();

} // namespace Qadam::Integration
