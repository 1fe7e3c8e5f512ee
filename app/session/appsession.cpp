#include "appsession_p.h"

#include "domain/referencedata.h"
#include "generator/syntheticdata.h"
#include "replica/replica.h"
#include "replica/syncstate.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QGuiApplication>
#include <QJSEngine>
#include <QLocale>
#include <QPointer>
#include <QSysInfo>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "qadam.app.session")

namespace Qadam {

using namespace SessionDetail;

namespace {

QPointer<AppSession> g_instance;

const QStringList kLanguages = {u"kk"_s, u"ru"_s, u"en"_s};
constexpr int kMaxLockMinutes = 60;

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
} // namespace

namespace SessionDetail {

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

/** The dictionaries the screens choose from (need domains, interventions, excuse reasons, regions)
 *  ship with the app: an enrolled device gets them on enrolment, and a newer app version's
 *  dictionaries at the next unlock (only newer versions are written). */
void importReferenceData(Database &db, const Clock &clock)
{
    if (Status s = ReferenceData::importBuiltIn(db, clock.nowMs()); !s.ok())
        qCWarning(lcSession) << "could not import the built-in reference data:" << errorCodeName(s.code());
}

} // namespace SessionDetail


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

} // namespace Qadam
