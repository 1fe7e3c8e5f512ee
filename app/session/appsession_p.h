#pragma once

// AppSession's private parts, shared by its three source files: appsession.cpp (construction,
// settings, properties, generated stores), appsessionvault.cpp (enrol, unlock, lock, passphrase,
// wipe) and appsessionsync.cpp (the sync engine on its thread).
#include "appsession.h"
#include "clipboardguard.h"
#include "storeworker.h"

#include "store/database.h"
#include "syncengine.h"
#include "util/clock.h"
#include "vault/filekeystore.h"
#include "vault/vault.h"
#include "vault/vaultaudit.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <memory>
#include <mutex>

Q_DECLARE_LOGGING_CATEGORY(lcSession)

namespace Qadam {

class Database;

namespace SessionDetail {

inline constexpr int kDefaultLockMinutes = 5;
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
inline constexpr bool kExportByDefault = false; // a phone is easily lost: files leave the vault only when asked for
#else
inline constexpr bool kExportByDefault = true;
#endif

/** Who the device acts as: what the server said at enrolment (or openGenerated stored). */
struct Identity
{
    Actor actor;
    QString displayName;
    QString serverUrl;
    bool enrolled = false; ///< holds a device id and a refresh token: the sync engine may run
    bool known = false;    ///< a user id is stored
    QString deviceId;      ///< empty before enrolment and on generated stores
};

/** The identity stored in the device's sync state (enrolment or openGenerated); unknown when none. */
[[nodiscard]] Identity identityOf(Database &db);

/** The dictionaries the screens choose from (need domains, interventions, excuse reasons, regions)
 *  ship with the app: an enrolled device gets them on enrolment, and a newer app version's
 *  dictionaries at the next unlock (only newer versions are written). */
void importReferenceData(Database &db, const Clock &clock);

/** The sync engine's connection factory, re-pointed at each unlock's vault factory. */
class EngineConnections
{
public:
    void set(Vault::ConnectionFactory factory)
    {
        std::lock_guard lock(m_mutex);
        m_factory = std::move(factory);
    }
    Result<std::unique_ptr<Database>> open()
    {
        Vault::ConnectionFactory factory;
        {
            std::lock_guard lock(m_mutex);
            factory = m_factory;
        }
        if (!factory)
            return Error::make(Error::Locked, QStringLiteral("the vault is locked"));
        return factory();
    }

private:
    std::mutex m_mutex;
    Vault::ConnectionFactory m_factory;
};

} // namespace SessionDetail

struct AppSession::Private
{
    using Identity = SessionDetail::Identity;
    Config config;
    SystemClock systemClock;
    const Clock *clockPtr = &systemClock;
    [[nodiscard]] const Clock &clock() const { return *clockPtr; }
    std::unique_ptr<FileKeyStore> keyStore;
    std::unique_ptr<Vault> vault;      // used on the store thread only
    ClipboardGuard *clipboard = nullptr; // null without a GUI (headless tests)
    VaultAuditTrail vaultAudit;        // store thread only: unlocks wait here for the audit store (R23)
    /** Store thread: appends the waiting vault events to the open store as `identity`. */
    void flushVaultAudit(Database &db, const Identity &who)
    {
        if (!who.known)
            return;
        if (Status s = vaultAudit.flush(db, who.actor.userId, roleName(who.actor.role), who.deviceId, clock().nowMs());
            !s.ok())
            qCWarning(lcSession) << "could not audit the vault's events:" << errorCodeName(s.code());
    }
    StoreWorker *worker = nullptr;
    std::unique_ptr<QSettings> settings;
    std::shared_ptr<SessionDetail::EngineConnections> connections = std::make_shared<SessionDetail::EngineConnections>();
    QThread syncThread;
    Sync::SyncEngine *engine = nullptr; // lives on syncThread
    bool engineStarted = false;
    bool enrolling = false;            // enrolled, waiting for the end of the first sync
    QTimer idleTimer;
    QTimer lockoutTimer;
    QTimer dataTimer;                  // coalesces "a sync page arrived" into one dataChanged
    int idleIntervalForTestsMs = 0;
    State state = State::NeedsEnrolment;
    bool busy = false;
    QString errorText;
    int failedAttempts = 0;
    qint64 lockedUntilMs = 0;
    int maxAttempts = 10;
    Identity identity;
    QString language = QStringLiteral("en");
    int lockTimeoutMinutes = SessionDetail::kDefaultLockMinutes;
    bool exportEnabled = SessionDetail::kExportByDefault;
    bool online = false;
    QString syncState = QStringLiteral("idle");
    QString syncReason;
    int syncPercent = -1;
    qint64 pendingChanges = 0;
    int unresolvedConflicts = 0;
    int rejectedChanges = 0;
    qint64 lastSyncAt = 0;
};

} // namespace Qadam
