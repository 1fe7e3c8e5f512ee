#pragma once

#include "syncpolicy.h"
#include "transport.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <string>

class QTimer;

namespace qadam::sync::v1 {
class SyncRequest;
class SyncResponse;
}

namespace Qadam {
class Clock;
class Database;
class Replica;
}

namespace Qadam::Wire {
enum class Ids;
}

namespace Qadam::Sync {

class Credentials;
struct AuthOutcome;
struct PushBatch;
struct SentRequest;
namespace AuditUpload {
struct Batch;
}

/** Engine settings; defaults are the product's. */
struct EngineConfig
{
    QString clientVersion = QStringLiteral("0.1.0");
    QString deviceName;
    QString platform;
    int debounceMs = 3'000;            ///< a local write syncs this long after the last one
    int periodicMs = 5 * 60'000;       ///< idle period between syncs
    int backoffInitialMs = 5'000;      ///< first retry after a transient failure
    int backoffMaxMs = 15 * 60'000;    ///< retries never wait longer
    int maxOpsPerRequest = 5'000;
    /** Uncompressed changes one reply may carry (the server caps it at 4 MiB). 2 MiB: a first
     *  pull of 10,000 check-ins in 3 replies instead of 9, and 459 KiB on the wire instead of
     *  678 KiB (one zstd frame over more records compresses better; tests/bench sync). */
    quint32 maxReplyBytes = 2 * 1024 * 1024;
    int maxRequestsPerCycle = 100'000; ///< guard against a server that never says "no more"
    /** Enrolment over https needs the server's key pins in the address (ServerAddress, R33); the
     *  product sets it. Off: an address without pins uses transport.pinnedPublicKey. */
    bool requirePinnedKey = false;
    TransportConfig transport;
};

/**
 * The device's sync engine: pushes the outbox and pulls changes, on its own thread.
 *
 * Ownership and threads: the composition root creates the engine, moves it to a QThread and
 * talks to it only through queued slot calls and its signals. The engine opens its own Database
 * connection on that thread with the `openDatabase` factory (on start() and after unlock) and
 * closes it on stop(), lock and wipe; the Transport (libcurl) lives on the same thread. `clock`
 * must outlive the engine; `wipe` is called on the engine thread after the engine closed its
 * connection (the app wires it to Vault::wipe).
 *
 * State machine (stateChanged carries the state and a typed reason code):
 *
 *     Idle ──trigger──▶ Connecting ──token ok──▶ Pushing ⇄ Pulling ──no more──▶ Idle
 *       ▲                   │                       │
 *       │                   └──────transient────────┴──▶ BackingOff ──timer──▶ Connecting
 *       │                   401 after refresh / 426 / 403 / 4xx ──▶ NeedsAttention
 *       └── a sync that ends with rejected ops also ends in NeedsAttention ("rejected_ops"),
 *           yet the periodic timer keeps running
 *     any ──app locked / lease expired──▶ Locked ──unlocked / sync renews lease──▶ Idle
 *
 * Pushing: oldest outbox ops first in a batch sized in bytes (BatchSizer); every request also
 * pulls, so a no-change sync is one round trip. Each reply's op results, changes, conflicts and
 * cursor are applied in ONE transaction; commands (wipe, purge, lease, minimum version) follow.
 * Triggers: start(), foreground(), localWrite() (debounced), the periodic timer (backoff with
 * jitter after failures) and syncNow(). Never a silent stall: after a transient failure the next
 * attempt is always scheduled.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Pushing, Pulling, BackingOff, NeedsAttention, Locked };
    Q_ENUM(State)

    using DatabaseFactory = std::function<Result<std::unique_ptr<Database>>()>;
    using WipeHandler = std::function<void()>;

    SyncEngine(DatabaseFactory openDatabase, const Clock &clock, EngineConfig config = {},
               WipeHandler wipe = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString stateReason() const { return m_stateReason; }
    /** The delay chosen for the next attempt after the last failure (0 before any). */
    [[nodiscard]] qint64 nextAttemptDelayMs() const { return m_nextAttemptMs; }
    /** Bytes of ops the next push may carry. */
    [[nodiscard]] qint64 batchBudget() const { return m_sizer.budget(); }
    /** Injects the random source of the backoff jitter (tests). Call before start(). */
    void setRandom(std::function<double()> random);
    /** Makes a running request fail fast (shutdown). Thread-safe. */
    void abortRequests();

public Q_SLOTS:
    /** Opens the store and syncs once if enrolled. */
    void start();
    /** Stops timers and closes the store. */
    void stop();
    void foreground();
    /** A local write happened: sync a few seconds after the last one. */
    void localWrite();
    /** Manual sync: now, even while backing off or needing attention. */
    void syncNow();
    /** Binds this device to a user with a one-time code, then syncs. Emits enrolled(). The
     *  address may carry the server's key pins ("#pin=sha256//…", ServerAddress); they are kept
     *  in the store with the credentials and pin every later request of this device. */
    void enroll(const QString &serverUrl, const QString &code);
    /** The app locked (true) or unlocked (false): the engine closes or reopens its store. */
    void setAppLocked(bool locked);

Q_SIGNALS:
    void stateChanged(Qadam::Sync::SyncEngine::State state, const QString &reason);
    /** First sync: done records of done + remaining; for a percentage. */
    void progress(qint64 done, qint64 total);
    void pendingCountChanged(qint64 pending);
    void conflictsChanged(int unresolved);
    void rejectedCountChanged(int rejected);
    void needsAttention(const QString &reason);
    void synced(qint64 atMs);
    void enrolled(bool ok, const QString &reason);
    void wiped();

private:
    enum class Step { Done, Again, Failed };
    /** Device audit events per request (R30); more wait for the next request of the cycle. */
    static constexpr int kAuditEventsPerRequest = 500;
    /** The WAL (in 4 KiB store pages, 32 MiB) a cycle may grow before a commit checkpoints. */
    static constexpr int kWalPagesPerCycle = 8192;
    void scheduleSoon(int delayMs = 0);
    void runCycle();
    [[nodiscard]] bool openStore();
    void closeStore();
    void setState(State state, const QString &reason = {});
    /** One request and its reply. `auditLeft` carries over between the exchanges of a cycle:
     *  device audit events wait for a later request. */
    [[nodiscard]] Step exchange(qint64 &pulled, bool &pushedAny, bool &auditLeft);
    /** Sends a batch (possibly empty: a pull) on a helper thread; `waiting` is the queue's
     *  length from the batch's first op. */
    [[nodiscard]] SentRequest send(PushBatch &&batch, const QByteArray &cursor, qint64 waiting,
                                   AuditUpload::Batch audit);
    /** Makes a batch read ahead ready to go early (leavesQueueStanding): encoded and compressed
     *  on this thread while the request before it is on its way, for going with `cursor`, the
     *  queue's length from its first op `waiting` and the audit mark `auditAfter`. */
    void prepare(PushBatch &batch, const QByteArray &cursor, qint64 waiting, qint64 auditAfter) const;
    void fillRequest(::qadam::sync::v1::SyncRequest &request, const QByteArray &cursor, bool pull,
                     const AuditUpload::Batch &audit) const;
    /** Whether the next batch may go before `response` (to `sent`) is applied. */
    [[nodiscard]] bool leavesQueueStanding(const ::qadam::sync::v1::SyncResponse &response,
                                           const SentRequest &sent) const;
    /** Whether the next page may be asked for before `response` (a page) is applied. */
    [[nodiscard]] bool pullGoesOn(const ::qadam::sync::v1::SyncResponse &response, const SentRequest &sent);
    [[nodiscard]] bool onlyStandingCommands(const ::qadam::sync::v1::SyncResponse &response) const;
    /** How ids go in the ops to this server: as bytes once it said it reads them. */
    [[nodiscard]] Wire::Ids idsForServer() const;
    /** Whether this build is at least the version a server requires. */
    [[nodiscard]] bool meetsClientVersion(const std::string &required) const;
    [[nodiscard]] Step afterFailedExchange(const TransportReply &reply, const QList<qint64> &seqs);
    void onFailure(const TransportReply &reply);
    void onAuthFailure(TransportFailure failure, const QString &code);
    /** A refresh that failed: the wipe it ordered, or onAuthFailure. */
    void onAuthRefused(const AuthOutcome &auth);
    /** Closes the store, destroys the device's data (WipeHandler), locks and confirms the wipe. */
    void wipeNow(const QByteArray &receipt);
    [[nodiscard]] bool applyReply(const ::qadam::sync::v1::SyncResponse &response, int sentOps,
                                  const AuditUpload::Batch &audit, qint64 &pulled, bool &more);
    /** After a wipe: tells the server it is done, with the wipe command's receipt (R10). */
    void confirmWipe(const QString &serverUrl, const QString &deviceId, const QByteArray &receipt);
    /** Executes the reply's commands; false when one ends the cycle (wipe, upgrade). */
    [[nodiscard]] bool runCommands(const ::qadam::sync::v1::SyncResponse &response);
    void ensureTransport();
    void scheduleAfterFailure(const QString &reason);
    void finishCycle();
    /** Needs a person (re-enrol, upgrade, revoked): no automatic retries until syncNow(). */
    void block(const QString &reason);
    void emitCounts();
    [[nodiscard]] bool leaseExpired();

    DatabaseFactory m_openDatabase;
    const Clock &m_clock;
    EngineConfig m_config;
    WipeHandler m_wipe;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<Transport> m_transport;
    std::unique_ptr<Credentials> m_credentials;
    QTimer *m_kick = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_periodic = nullptr;
    BatchSizer m_sizer;
    /** The next push batch, read while the request before it was on its way; dropped whenever
     *  that request failed or its reply changed the queue. */
    std::unique_ptr<PushBatch> m_ahead;
    /** The batch after a request whose reply is being applied, sent as that reply came in (only
     *  when the reply leaves the queue standing: leavesQueueStanding). At most one. */
    std::unique_ptr<SentRequest> m_sent;
    bool m_serverReadsUuids = false;  ///< the server's last reply said it reads ids as 16 bytes
    Backoff m_backoff;
    State m_state = State::Idle;
    QString m_stateReason;
    qint64 m_nextAttemptMs = 0;
    bool m_running = false;
    bool m_appLocked = false;
    bool m_blocked = false;      ///< needs a person (re-enrol, upgrade): no automatic retries
    bool m_inCycle = false;
    bool m_retriedAuth = false;
};

} // namespace Qadam::Sync
