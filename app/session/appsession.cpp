#include "appsession.h"

#include "clipboardguard.h"
#include "storeworker.h"

#include "domain/referencedata.h"
#include "generator/syntheticdata.h"
#include "replica/replica.h"
#include "replica/syncstate.h"
#include "store/database.h"
#include "syncengine.h"
#include "util/clock.h"
#include "vault/filekeystore.h"
#include "vault/vault.h"
#include "vault/vaultaudit.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QGuiApplication>
#include <QJSEngine>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "qadam.app.session")

namespace Qadam {

namespace {

QPointer<AppSession> g_instance;

const QStringList kLanguages = {u"kk"_s, u"ru"_s, u"en"_s};
constexpr int kDefaultLockMinutes = 5;
constexpr int kMaxLockMinutes = 60;
#if defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
constexpr bool kExportByDefault = false; // a phone is easily lost: files leave the vault only when asked for
#else
constexpr bool kExportByDefault = true;
#endif

/** The dictionaries the screens choose from (need domains, interventions, excuse reasons, regions)
 *  ship with the app: an enrolled device gets them on enrolment, and a newer app version's
 *  dictionaries at the next unlock (only newer versions are written). */
void importReferenceData(Database &db, const Clock &clock)
{
    if (Status s = ReferenceData::importBuiltIn(db, clock.nowMs()); !s.ok())
        qCWarning(lcSession) << "could not import the built-in reference data:" << errorCodeName(s.code());
}

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

Identity identityOf(Database &db)
{
    Identity id;
    auto creds = SyncState(db).credentials();
    if (!creds.ok() || creds.value().userId.isEmpty())
        return id;
    Role role = Role::ProbationOfficer;
    if (!roleFromName(creds.value().role, &role))
        return id;
    id.actor = Actor{creds.value().userId, role};
    id.displayName = creds.value().displayName;
    id.serverUrl = creds.value().serverUrl;
    id.deviceId = creds.value().deviceId;
    id.enrolled = creds.value().enrolled();
    id.known = true;
    return id;
}

/** The case-count query per role for openGenerated(): (uid, n) rows. */
QString caseCountSql(Role role)
{
    switch (role) {
    case Role::ProbationOfficer:
        return u"SELECT uid, count(DISTINCT pid) AS n FROM (SELECT case_officer_id AS uid, id AS pid FROM person "
               u"UNION ALL SELECT probation_officer_id, person_id FROM supervision_order) GROUP BY uid"_s;
    case Role::Counsellor:
        return u"SELECT counsellor_id AS uid, count(DISTINCT person_id) AS n FROM referral "
               u"WHERE status IN ('accepted', 'active') GROUP BY counsellor_id"_s;
    case Role::Supervisor:
        return u"SELECT s.id AS uid, count(DISTINCT p.id) AS n FROM staff_user s "
               u"JOIN staff_user o ON o.organisation_id = s.organisation_id "
               u"JOIN person p ON p.case_officer_id = o.id GROUP BY s.id"_s;
    case Role::PoliceOfficer:
    case Role::Administrator:
        break;
    }
    return u"SELECT NULL AS uid, 0 AS n"_s;
}

/** The generated user of `role` with the most cases (ties: smallest id). */
Result<Identity> pickGeneratedUser(Database &db, Role role)
{
    auto q = db.prepare(u"SELECT s.id, s.display_name FROM staff_user s LEFT JOIN (%1) c ON c.uid = s.id "
                        u"WHERE s.role = ?1 AND s.status = 'active' ORDER BY coalesce(c.n, 0) DESC, s.id LIMIT 1"_s
                            .arg(caseCountSql(role)));
    if (!q.ok())
        return q.error();
    q.value().bind(1, roleName(role));
    auto row = q.value().step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Error::make(Error::NotFound, u"the generated data has no active %1"_s.arg(roleName(role)));
    Identity id;
    id.actor = Actor{q.value().text(0), role};
    id.displayName = q.value().text(1);
    id.known = true;
    return id;
}

/** Stores a generated store's identity where enrolment stores it (no device, no token). */
Status storeIdentity(Database &db, const Identity &id)
{
    SyncCredentials creds;
    creds.userId = id.actor.userId;
    creds.role = roleName(id.actor.role);
    creds.displayName = id.displayName;
    return SyncState(db).setCredentials(creds);
}

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
            return Error::make(Error::Locked, u"the vault is locked"_s);
        return factory();
    }

private:
    std::mutex m_mutex;
    Vault::ConnectionFactory m_factory;
};

QString stateName(Sync::SyncEngine::State state)
{
    using S = Sync::SyncEngine::State;
    switch (state) {
    case S::Idle: return u"idle"_s;
    case S::Connecting: return u"connecting"_s;
    case S::Pushing: return u"pushing"_s;
    case S::Pulling: return u"pulling"_s;
    case S::BackingOff: return u"backing_off"_s;
    case S::NeedsAttention: return u"needs_attention"_s;
    case S::Locked: return u"locked"_s;
    }
    return u"idle"_s;
}

} // namespace

struct AppSession::Private
{
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
    std::shared_ptr<EngineConnections> connections = std::make_shared<EngineConnections>();
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
    QString language = u"en"_s;
    int lockTimeoutMinutes = kDefaultLockMinutes;
    bool exportEnabled = kExportByDefault;
    bool online = false;
    QString syncState = u"idle"_s;
    QString syncReason;
    int syncPercent = -1;
    qint64 pendingChanges = 0;
    int unresolvedConflicts = 0;
    int rejectedChanges = 0;
    qint64 lastSyncAt = 0;
};

AppSession::AppSession(Config config, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->config = std::move(config);
    if (d->config.clock)
        d->clockPtr = d->config.clock;
    QDir().mkpath(d->config.dataDirectory);
    d->keyStore = std::make_unique<FileKeyStore>(d->config.keyStoreDirectory);
    VaultConfig vc;
    vc.directory = d->config.dataDirectory;
    vc.keyStore = d->keyStore.get();
    vc.clock = d->clockPtr;
    vc.onEvent = [this](const VaultEvent &e) { d->vaultAudit.record(e); }; // on the store thread
    if (d->config.cheapKdfForTests)
        vc.kdf = vc.floor = KdfParams::cheapestForTests();
    d->maxAttempts = vc.maxAttempts;
    d->vault = std::make_unique<Vault>(vc);
    d->worker = new StoreWorker(this);
    connect(d->worker, &StoreWorker::changed, this, [this](const QStringList &personIds) {
        if (d->engine)
            QMetaObject::invokeMethod(d->engine, &Sync::SyncEngine::localWrite, Qt::QueuedConnection);
        Q_EMIT dataChanged(personIds);
    });

    d->settings = std::make_unique<QSettings>(QDir(d->config.dataDirectory).filePath(u"settings.ini"_s),
                                              QSettings::IniFormat);
    const QString systemLanguage = QLocale::system().name().left(2);
    d->language = d->settings->value(u"language"_s, kLanguages.contains(systemLanguage) ? systemLanguage : u"en"_s)
                      .toString();
    if (!kLanguages.contains(d->language))
        d->language = u"en"_s;
    d->lockTimeoutMinutes = qBound(1, d->settings->value(u"lockTimeoutMinutes"_s, kDefaultLockMinutes).toInt(),
                                   kMaxLockMinutes);
    d->exportEnabled = d->settings->value(u"exportEnabled"_s, kExportByDefault).toBool();

    d->idleTimer.setSingleShot(true);
    connect(&d->idleTimer, &QTimer::timeout, this, &AppSession::lock);
    d->lockoutTimer.setInterval(1000);
    connect(&d->lockoutTimer, &QTimer::timeout, this, [this] {
        if (lockoutSeconds() == 0)
            d->lockoutTimer.stop();
        Q_EMIT lockoutChanged();
    });
    d->dataTimer.setSingleShot(true);
    d->dataTimer.setInterval(250);
    connect(&d->dataTimer, &QTimer::timeout, this, [this] { Q_EMIT dataChanged({}); });
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        d->clipboard = new ClipboardGuard(QGuiApplication::clipboard(), this); // R20
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
            // Hidden/suspended is "in the background" (a phone's home button, a minimised
            // window); Inactive only means another window has the focus on a desktop.
            if (s == Qt::ApplicationHidden || s == Qt::ApplicationSuspended)
                lock();
            else if (s == Qt::ApplicationActive && d->engine && d->state == State::Unlocked)
                QMetaObject::invokeMethod(d->engine, &Sync::SyncEngine::foreground, Qt::QueuedConnection);
        });
    }

    d->state = Vault::exists(d->config.dataDirectory) ? State::Locked : State::NeedsEnrolment;
    d->worker->execBlocking([this] {
        d->failedAttempts = d->vault->failedAttempts();
        d->lockedUntilMs = d->vault->lockedUntilMs();
    });
    if (lockoutSeconds() > 0)
        d->lockoutTimer.start();
    g_instance = this;
}

AppSession::~AppSession()
{
    if (d->engine) {
        d->engine->abortRequests();
        QMetaObject::invokeMethod(d->engine, &Sync::SyncEngine::stop, Qt::BlockingQueuedConnection);
    }
    d->syncThread.quit();
    d->syncThread.wait();
    d->worker->detach();
    d->worker->execBlocking([this] { d->vault->lock(); });
}

AppSession *AppSession::instance() { return g_instance; }

QDate AppSession::today()
{
    return g_instance ? g_instance->d->clock().today() : SystemClock().today();
}

AppSession *AppSession::create(QQmlEngine *, QJSEngine *)
{
    // The application owns the session; QML must not delete it.
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

StoreWorker *AppSession::worker() const { return d->worker; }
AppSession::State AppSession::state() const { return d->state; }
bool AppSession::busy() const { return d->busy; }
QString AppSession::errorText() const { return d->errorText; }
int AppSession::failedAttempts() const { return d->failedAttempts; }
int AppSession::remainingAttempts() const { return qMax(0, d->maxAttempts - d->failedAttempts); }
int AppSession::lockoutSeconds() const
{
    const qint64 left = d->lockedUntilMs - d->clock().nowMs();
    return left > 0 ? int((left + 999) / 1000) : 0;
}
QString AppSession::userId() const { return d->identity.actor.userId; }
QString AppSession::role() const { return d->identity.known ? roleName(d->identity.actor.role) : QString(); }
QString AppSession::roleTitle() const
{
    if (!d->identity.known)
        return {};
    switch (d->identity.actor.role) {
    case Role::ProbationOfficer: return tr("Probation officer");
    case Role::PoliceOfficer: return tr("District police officer");
    case Role::Counsellor: return tr("Counsellor");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Administrator: return tr("Administrator");
    }
    return {};
}
Actor AppSession::actor() const { return d->identity.actor; }
QString AppSession::serverUrl() const { return d->identity.serverUrl; }
QString AppSession::displayName() const { return d->identity.displayName; }
QString AppSession::demoPassphrase() const { return d->config.demo ? kDemoPassphrase.toString() : QString(); }
QString AppSession::language() const { return d->language; }

void AppSession::setLanguage(const QString &language)
{
    if (language == d->language || !kLanguages.contains(language))
        return;
    d->language = language;
    d->settings->setValue(u"language"_s, language);
    d->settings->sync();
    Q_EMIT languageChanged();
}

int AppSession::lockTimeoutMinutes() const { return d->lockTimeoutMinutes; }
bool AppSession::exportEnabled() const { return d->exportEnabled; }

void AppSession::setExportEnabled(bool enabled)
{
    if (enabled == d->exportEnabled)
        return;
    d->exportEnabled = enabled;
    d->settings->setValue(u"exportEnabled"_s, enabled);
    d->settings->sync();
    Q_EMIT settingsChanged();
}


void AppSession::setLockTimeoutMinutes(int minutes)
{
    minutes = qBound(1, minutes, kMaxLockMinutes);
    if (minutes == d->lockTimeoutMinutes)
        return;
    d->lockTimeoutMinutes = minutes;
    d->settings->setValue(u"lockTimeoutMinutes"_s, minutes);
    d->settings->sync();
    if (d->state == State::Unlocked)
        noteActivity();
    Q_EMIT settingsChanged();
}

void AppSession::setIdleLockIntervalForTests(int ms)
{
    d->idleIntervalForTestsMs = ms;
    if (d->state == State::Unlocked)
        noteActivity();
}

bool AppSession::isDemo() const { return d->config.demo; }
bool AppSession::online() const { return d->online; }
QString AppSession::syncState() const { return d->syncState; }
QString AppSession::syncReason() const { return d->syncReason; }

QString AppSession::syncStateText() const
{
    const QString &s = d->syncState;
    if (!d->identity.enrolled)
        return tr("Sync is off: this device is not enrolled");
    if (s == u"connecting")
        return tr("Connecting…");
    if (s == u"pushing")
        return tr("Sending changes…");
    if (s == u"pulling")
        //: %1 is a percentage of the records to receive
        return d->syncPercent >= 0 ? tr("Receiving changes… %1%").arg(d->syncPercent) : tr("Receiving changes…");
    if (s == u"backing_off")
        return tr("Offline: will try again soon");
    if (s == u"needs_attention") {
        if (d->syncReason == u"rejected_ops")
            return tr("Some changes were refused: open Sync");
        if (d->syncReason == u"upgrade")
            return tr("Update the app to keep syncing");
        if (d->syncReason == u"unauthorized" || d->syncReason == u"not_enrolled")
            return tr("The server no longer accepts this device: enrol it again");
        return tr("Sync needs attention");
    }
    if (s == u"locked")
        return d->syncReason == u"lease_expired" ? tr("Offline for too long: connect to sync")
                                                 : tr("Sync paused while locked");
    return d->lastSyncAt > 0 ? tr("Up to date") : tr("Not synced yet");
}

int AppSession::syncPercent() const { return d->syncPercent; }
qint64 AppSession::pendingChanges() const { return d->pendingChanges; }
int AppSession::unresolvedConflicts() const { return d->unresolvedConflicts; }
int AppSession::rejectedChanges() const { return d->rejectedChanges; }
qint64 AppSession::lastSyncAt() const { return d->lastSyncAt; }

QString AppSession::versions() const
{
    QString app = QCoreApplication::applicationVersion();
    if (app.isEmpty())
        app = u"dev"_s;
    //: About: versions of the app and the libraries it is built on
    return tr("Qadam %1 · Qt %2 · SQLCipher %3")
        .arg(app, QString::fromLatin1(qVersion()), Database::libraryCipherVersion());
}

Status AppSession::openGenerated(const QString &passphrase, const Actor &actor, int people)
{
    Status outcome;
    Identity identity;
    Database *db = nullptr;
    d->worker->execBlocking([&] {
        const bool create = !Vault::exists(d->config.dataDirectory);
        if (create) {
            if (Status s = d->vault->create(passphrase); !s.ok()) {
                outcome = s;
                return;
            }
        } else if (!d->vault->isUnlocked()) {
            if (Status s = d->vault->unlock(passphrase); !s.ok()) {
                outcome = s;
                return;
            }
        }
        db = d->vault->database();
        if (create) {
            GeneratorOptions options;
            options.people = people;
            options.today = d->clock().today(); // the store thread's today (CoreContext::today)
            options.mode = GeneratorOptions::Mode::Seed;
            if (auto r = SyntheticData::generate(*db, options); !r.ok()) {
                outcome = r.error();
                return;
            }
        }
        identity = identityOf(*db);
        const bool wanted = identity.known && identity.actor.role == actor.role
            && (actor.userId.isEmpty() || actor.userId == identity.actor.userId);
        if (wanted)
            return;
        if (actor.userId.isEmpty()) {
            auto picked = pickGeneratedUser(*db, actor.role);
            if (!picked.ok()) {
                outcome = picked.error();
                return;
            }
            identity = picked.value();
        } else {
            identity = Identity{actor, {}, {}, false, true, {}};
        }
        outcome = storeIdentity(*db, identity);
    });
    if (!outcome.ok())
        return outcome;
    d->identity = identity;
    d->worker->attach(db, identity.actor, d->clock());
    setUnlocked();
    Q_EMIT identityChanged();
    return {};
}

int AppSession::passphraseStrength(const QString &passphrase) const
{
    // Length dominates; variety of character classes adds a little. Four words beat any symbol soup.
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    const int length = int(passphrase.size());
    if (length < 8)
        return 0;
    int score = length >= 20 ? 3 : length >= 14 ? 2 : 1;
    if (classes >= 3)
        ++score;
    return qMin(score, 4);
}

// ---- state helpers ------------------------------------------------------------------------------

void AppSession::setBusy(bool busy)
{
    if (busy == d->busy)
        return;
    d->busy = busy;
    Q_EMIT busyChanged();
}

void AppSession::setError(const QString &text)
{
    if (text == d->errorText)
        return;
    d->errorText = text;
    Q_EMIT errorTextChanged();
}

void AppSession::setState(State state)
{
    if (state == d->state)
        return;
    d->state = state;
    Q_EMIT stateChanged();
}

void AppSession::setUnlocked()
{
    setError({});
    setState(State::Unlocked);
    noteActivity();
}

void AppSession::setLockout(int failed, qint64 lockedUntilMs)
{
    d->failedAttempts = failed;
    d->lockedUntilMs = lockedUntilMs;
    if (lockoutSeconds() > 0)
        d->lockoutTimer.start();
    Q_EMIT lockoutChanged();
}

/** Forgets who was signed in and every sync figure (after a wipe). */
void AppSession::clearIdentity()
{
    d->identity = {};
    d->online = false;
    d->syncState = u"idle"_s;
    d->syncReason.clear();
    d->syncPercent = -1;
    d->pendingChanges = 0;
    d->unresolvedConflicts = 0;
    d->rejectedChanges = 0;
    d->lastSyncAt = 0;
    Q_EMIT identityChanged();
    Q_EMIT syncChanged();
}

// ---- enrol, unlock, lock --------------------------------------------------------------------------

void AppSession::enrol(const QString &serverUrl, const QString &code, const QString &passphrase)
{
    if (d->busy || (d->state != State::NeedsEnrolment && d->state != State::Wiped))
        return;
    const QUrl url(serverUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()) {
        setError(tr("Enter the server address you were given, starting with https://"));
        Q_EMIT enrolFinished(false, d->errorText);
        return;
    }
    if (code.trimmed().isEmpty()) {
        setError(tr("Enter the one-time enrolment code you were given."));
        Q_EMIT enrolFinished(false, d->errorText);
        return;
    }
    if (passphraseStrength(passphrase) < kMinimumStrength) {
        setError(tr("Choose a longer passphrase: at least 14 characters, or 8 with capitals, digits and signs."));
        Q_EMIT enrolFinished(false, d->errorText);
        return;
    }
    setError({});
    setBusy(true);
    d->worker->exec(this, [this, passphrase] {
        if (Vault::exists(d->config.dataDirectory))
            return Status(Error::make(Error::Conflict, u"a vault exists"_s));
        Status s = d->vault->create(passphrase);
        if (s.ok())
            d->connections->set(d->vault->connectionFactory());
        return s;
    }, [this, url = url.toString(QUrl::StripTrailingSlash), code = code.trimmed()](const Status &created) {
        if (!created.ok()) {
            setBusy(false);
            setError(tr("Could not create the encrypted store on this device."));
            Q_EMIT enrolFinished(false, d->errorText);
            return;
        }
        ensureEngine();
        d->enrolling = true;
        d->syncPercent = -1;
        // The engine may have been paused by a lock before a wipe: it must take the new store.
        QMetaObject::invokeMethod(d->engine, [engine = d->engine, url, code] {
            engine->setAppLocked(false);
            engine->enroll(url, code);
        }, Qt::QueuedConnection);
    });
}

void AppSession::onEnrolled(bool ok, const QString &reason)
{
    if (!ok) {
        d->enrolling = false;
        // Nothing of a refused enrolment stays: the new vault goes, and the same form can be tried again.
        QMetaObject::invokeMethod(d->engine, &Sync::SyncEngine::stop, Qt::BlockingQueuedConnection);
        d->worker->execBlocking([this] {
            d->connections->set({});
            if (Status s = d->vault->wipe(); !s.ok())
                qCWarning(lcSession) << "could not remove the vault of a refused enrolment:" << errorCodeName(s.code());
        });
        setBusy(false);
        if (reason == u"unauthorized")
            setError(tr("The server did not accept this code: it may be mistyped, used or expired. Ask for a new one."));
        else if (reason == u"upgrade" || reason == u"http_426")
            setError(tr("This version of the app is too old for the server. Update the app."));
        else if (reason == u"pin_required" || reason == u"bad_pin")
            setError(tr("Enter the server address exactly as printed, including the part after #pin=."));
        else
            setError(tr("Could not reach the server. Check the address and the connection, then try again."));
        setState(State::NeedsEnrolment);
        Q_EMIT enrolFinished(false, d->errorText);
        return;
    }
    Identity identity;
    Database *db = nullptr;
    d->worker->execBlocking([&] {
        db = d->vault->database();
        identity = identityOf(*db);
        d->flushVaultAudit(*db, identity);
        importReferenceData(*db, d->clock());
    });
    d->identity = identity;
    d->engineStarted = true;
    d->worker->attach(db, identity.actor, d->clock());
    Q_EMIT identityChanged();
    Q_EMIT syncChanged();
    // The first sync follows on its own; finishEnrolment() opens the app when it ends.
}

/** The first sync after enrolment ended (or cannot go on now): the app opens. */
void AppSession::finishEnrolment()
{
    if (!d->enrolling)
        return;
    d->enrolling = false;
    setBusy(false);
    setUnlocked();
    Q_EMIT dataChanged({});
    Q_EMIT enrolFinished(true, {});
}

void AppSession::unlock(const QString &passphrase)
{
    if (d->busy || d->state != State::Locked)
        return;
    if (lockoutSeconds() > 0) {
        setError(tr("Too many failed attempts: wait until the countdown ends."));
        return;
    }
    setBusy(true);
    struct Outcome
    {
        Status status;
        int failed = 0;
        qint64 lockedUntil = 0;
        Database *db = nullptr;
        Identity identity;
    };
    d->worker->exec(this, [this, passphrase] {
        Outcome o;
        d->vaultAudit.noteFailuresBefore(d->vault->failedAttempts());
        o.status = d->vault->unlock(passphrase);
        o.failed = d->vault->failedAttempts();
        o.lockedUntil = d->vault->lockedUntilMs();
        if (o.status.ok()) {
            o.db = d->vault->database();
            o.identity = identityOf(*o.db);
            d->flushVaultAudit(*o.db, o.identity);
            importReferenceData(*o.db, d->clock());
            d->connections->set(d->vault->connectionFactory());
        }
        return o;
    }, [this](const Outcome &o) {
        setBusy(false);
        setLockout(o.failed, o.lockedUntil);
        if (o.status.ok() && !o.identity.known) {
            // A vault without an identity is an enrolment that never finished (the app was
            // closed meanwhile): it holds nothing from a server, so it goes and enrolment restarts.
            wipeLocally(State::NeedsEnrolment);
            setError(tr("The enrolment of this device did not finish. Enrol it again."));
            return;
        }
        if (o.status.ok()) {
            d->identity = o.identity;
            d->worker->attach(o.db, o.identity.actor, d->clock());
            Q_EMIT identityChanged();
            setUnlocked();
            startEngine();
            loadConflictCount();
            return;
        }
        if (o.status.code() == Error::Wiped) {
            d->connections->set({});
            clearIdentity();
            setError(tr("Too many failed attempts: the data on this device was erased. Enrol the device again."));
            setState(State::Wiped);
            return;
        }
        if (o.status.code() == Error::LockedOut)
            setError(tr("Too many failed attempts: wait until the countdown ends."));
        else if (o.status.code() == Error::WrongKey)
            //: %n is the number of attempts left before the data on this device is erased
            setError(tr("Wrong passphrase. %n attempt(s) left before this device erases its data.", nullptr,
                        remainingAttempts()));
        else
            setError(tr("The store on this device could not be opened."));
    });
}

void AppSession::lock()
{
    if (d->state != State::Unlocked)
        return;
    d->idleTimer.stop();
    if (d->engine)
        QMetaObject::invokeMethod(d->engine, [engine = d->engine] { engine->setAppLocked(true); }, Qt::QueuedConnection);
    d->worker->detach();
    d->worker->execBlocking([this] {
        d->connections->set({});
        d->vault->lock();
    });
    if (d->clipboard)
        d->clipboard->clearNow(); // a copied name must not outlive the unlocked app
    setState(State::Locked);
}

void AppSession::noteActivity()
{
    if (d->state != State::Unlocked)
        return;
    d->idleTimer.start(d->idleIntervalForTestsMs > 0 ? d->idleIntervalForTestsMs : d->lockTimeoutMinutes * 60'000);
}

void AppSession::changePassphrase(const QString &current, const QString &next)
{
    if (d->busy || (d->state != State::Unlocked && d->state != State::Locked))
        return;
    if (passphraseStrength(next) < kMinimumStrength) {
        Q_EMIT passphraseChanged(false, tr("Choose a longer passphrase: at least 14 characters, or 8 with capitals, "
                                           "digits and signs."));
        return;
    }
    if (next == current) {
        Q_EMIT passphraseChanged(false, tr("The new passphrase is the same as the current one."));
        return;
    }
    setBusy(true);
    d->worker->exec(this, [this, current, next] {
        d->vaultAudit.noteFailuresBefore(d->vault->failedAttempts());
        Status s = d->vault->changePassphrase(current, next);
        if (d->vault->isUnlocked())
            d->flushVaultAudit(*d->vault->database(), identityOf(*d->vault->database()));
        return std::make_tuple(s, d->vault->failedAttempts(), d->vault->lockedUntilMs());
    }, [this](const std::tuple<Status, int, qint64> &r) {
        const auto &[status, failed, lockedUntil] = r;
        setBusy(false);
        setLockout(failed, lockedUntil);
        if (status.ok()) {
            Q_EMIT passphraseChanged(true, tr("Passphrase changed."));
            return;
        }
        if (status.code() == Error::Wiped) {
            wipeLocally(State::Wiped);
            setError(tr("Too many failed attempts: the data on this device was erased. Enrol the device again."));
            Q_EMIT passphraseChanged(false, d->errorText);
            return;
        }
        Q_EMIT passphraseChanged(false, status.code() == Error::LockedOut
                                            ? tr("Too many failed attempts: wait until the countdown ends.")
                                            : status.code() == Error::WrongKey
                                                ? tr("The current passphrase is wrong.")
                                                : tr("The passphrase could not be changed."));
    });
}

void AppSession::signOutAndWipe()
{
    if (d->busy || d->state == State::NeedsEnrolment)
        return;
    wipeLocally(State::NeedsEnrolment);
}

/** Stops sync and the store thread's work, then destroys the vault, its key-store secret and
 *  the store. Blocks briefly: a running sync request is aborted first. */
void AppSession::wipeLocally(State next)
{
    d->idleTimer.stop();
    d->enrolling = false;
    if (d->clipboard)
        d->clipboard->clearNow();
    if (d->engine) {
        d->engine->abortRequests();
        QMetaObject::invokeMethod(d->engine, &Sync::SyncEngine::stop, Qt::BlockingQueuedConnection);
        d->engineStarted = false;
    }
    d->worker->detach();
    d->worker->execBlocking([this] {
        d->connections->set({});
        if (Status s = d->vault->wipe(); !s.ok())
            qCWarning(lcSession) << "wipe incomplete:" << errorCodeName(s.code());
    });
    clearIdentity();
    setLockout(0, 0);
    setBusy(false);
    setState(next);
    Q_EMIT dataChanged({});
}

void AppSession::syncNow()
{
    if (d->engine && d->state == State::Unlocked)
        QMetaObject::invokeMethod(d->engine, &Sync::SyncEngine::syncNow, Qt::QueuedConnection);
}

// ---- the sync engine ------------------------------------------------------------------------------

void AppSession::ensureEngine()
{
    if (d->engine)
        return;
    Sync::EngineConfig config;
    config.clientVersion = QCoreApplication::applicationVersion().isEmpty() ? u"0.1.0"_s
                                                                             : QCoreApplication::applicationVersion();
    config.deviceName = QSysInfo::machineHostName();
    config.platform = QSysInfo::prettyProductName();
    config.transport.userAgent = u"Qadam/"_s + config.clientVersion;
    config.transport.caBundlePath = d->config.caBundlePath;
    config.requirePinnedKey = true; // an https server only with the key pins of its enrolment slip (R33)
    auto connections = d->connections;
    // The engine's wipe hook runs on its thread; the wipe itself is the store thread's (on wiped()).
    d->engine = new Sync::SyncEngine([connections] { return connections->open(); }, d->clock(), config, {});
    d->engine->moveToThread(&d->syncThread);
    d->syncThread.setObjectName(u"qadam-sync"_s);
    connect(&d->syncThread, &QThread::finished, d->engine, &QObject::deleteLater);
    using E = Sync::SyncEngine;
    connect(d->engine, &E::enrolled, this, &AppSession::onEnrolled);
    connect(d->engine, &E::stateChanged, this,
            [this](E::State state, const QString &reason) { onSyncState(int(state), reason); });
    connect(d->engine, &E::progress, this, [this](qint64 done, qint64 total) {
        d->syncPercent = total > 0 ? int(std::clamp<qint64>(done * 100 / total, 0, 100)) : -1;
        d->dataTimer.start();
        Q_EMIT syncChanged();
    });
    connect(d->engine, &E::pendingCountChanged, this, [this](qint64 pending) {
        d->pendingChanges = pending;
        Q_EMIT syncChanged();
    });
    connect(d->engine, &E::conflictsChanged, this, [this](int unresolved) {
        d->unresolvedConflicts = unresolved;
        d->dataTimer.start();
        Q_EMIT syncChanged();
    });
    connect(d->engine, &E::rejectedCountChanged, this, [this](int rejected) {
        d->rejectedChanges = rejected;
        Q_EMIT syncChanged();
    });
    connect(d->engine, &E::synced, this, [this](qint64 atMs) {
        d->lastSyncAt = atMs;
        d->online = true;
        d->syncPercent = -1;
        Q_EMIT syncChanged();
        Q_EMIT dataChanged({});
        finishEnrolment();
    });
    connect(d->engine, &E::wiped, this, [this] {
        wipeLocally(State::Wiped);
        setError(tr("This device was signed out by the server and its data erased."));
    });
    d->syncThread.start();
}

void AppSession::startEngine()
{
    if (!d->identity.enrolled)
        return;
    ensureEngine();
    if (!d->engineStarted) {
        d->engineStarted = true;
        QMetaObject::invokeMethod(d->engine, &Sync::SyncEngine::start, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(d->engine, [engine = d->engine] { engine->setAppLocked(false); },
                                  Qt::QueuedConnection);
    }
}

void AppSession::onSyncState(int state, const QString &reason)
{
    using S = Sync::SyncEngine::State;
    const auto s = S(state);
    d->syncState = stateName(s);
    d->syncReason = reason;
    if (s == S::Pushing || s == S::Pulling)
        d->online = true;
    else if (s == S::BackingOff)
        d->online = false;
    if (s != S::Pulling && s != S::Pushing && s != S::Connecting)
        d->syncPercent = -1;
    Q_EMIT syncChanged();
    // A first sync that cannot finish now (offline, refused) still opens the app: it goes on later.
    if (d->enrolling && (s == S::BackingOff || s == S::NeedsAttention || s == S::Locked))
        finishEnrolment();
}

void AppSession::loadConflictCount()
{
    d->worker->post(this, [](CoreContext &ctx) {
        auto conflicts = Replica(ctx.db, ctx.clock).conflicts();
        return conflicts.ok() ? int(conflicts.value().size()) : 0;
    }, [this](int unresolved) {
        d->unresolvedConflicts = unresolved;
        Q_EMIT syncChanged();
    });
}

} // namespace Qadam
