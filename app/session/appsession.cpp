#include "appsession.h"

#include "storeworker.h"

#include "generator/syntheticdata.h"
#include "store/database.h"
#include "util/clock.h"
#include "vault/filekeystore.h"
#include "vault/vault.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QDate>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {
QPointer<AppSession> g_instance;
} // namespace

struct AppSession::Private
{
    Config config;
    SystemClock clock;
    std::unique_ptr<FileKeyStore> keyStore;
    std::unique_ptr<Vault> vault;      // used on the store thread only
    StoreWorker *worker = nullptr;
    State state = State::NeedsEnrolment;
    bool busy = false;
    QString errorText;
    int failedAttempts = 0;
    qint64 lockedUntilMs = 0;
    int maxAttempts = 10;
    Actor actor;
    QString serverUrl;
    QString language = u"en"_s;
    int lockTimeoutMinutes = 5;
    bool online = false;
    QString syncState = u"idle"_s;
    int syncPercent = -1;
    qint64 pendingChanges = 0;
    int unresolvedConflicts = 0;
    int rejectedChanges = 0;
    qint64 lastSyncAt = 0;
};

AppSession::AppSession(Config config, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->config = std::move(config);
    d->keyStore = std::make_unique<FileKeyStore>(d->config.keyStoreDirectory);
    VaultConfig vc;
    vc.directory = d->config.dataDirectory;
    vc.keyStore = d->keyStore.get();
    d->maxAttempts = vc.maxAttempts;
    d->vault = std::make_unique<Vault>(vc);
    d->worker = new StoreWorker(this);
    d->state = Vault::exists(d->config.dataDirectory) ? State::Locked : State::NeedsEnrolment;
    g_instance = this;
}

AppSession::~AppSession()
{
    d->worker->detach();
    d->worker->execBlocking([this] { d->vault->lock(); });
}

AppSession *AppSession::instance() { return g_instance; }

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
    const qint64 left = d->lockedUntilMs - d->clock.nowMs();
    return left > 0 ? int((left + 999) / 1000) : 0;
}
QString AppSession::userId() const { return d->actor.userId; }
QString AppSession::role() const { return roleName(d->actor.role); }
QString AppSession::roleTitle() const
{
    switch (d->actor.role) {
    case Role::ProbationOfficer: return tr("Probation officer");
    case Role::PoliceOfficer: return tr("District police officer");
    case Role::Counsellor: return tr("Counsellor");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Administrator: return tr("Administrator");
    }
    return {};
}
Actor AppSession::actor() const { return d->actor; }
QString AppSession::serverUrl() const { return d->serverUrl; }
QString AppSession::language() const { return d->language; }
void AppSession::setLanguage(const QString &language)
{
    if (language == d->language)
        return;
    d->language = language;
    Q_EMIT languageChanged();
}
int AppSession::lockTimeoutMinutes() const { return d->lockTimeoutMinutes; }
void AppSession::setLockTimeoutMinutes(int minutes)
{
    if (minutes == d->lockTimeoutMinutes)
        return;
    d->lockTimeoutMinutes = minutes;
    Q_EMIT settingsChanged();
}
bool AppSession::isDemo() const { return d->config.demo; }
bool AppSession::online() const { return d->online; }
QString AppSession::syncState() const { return d->syncState; }
QString AppSession::syncStateText() const { return d->syncState; }
int AppSession::syncPercent() const { return d->syncPercent; }
qint64 AppSession::pendingChanges() const { return d->pendingChanges; }
int AppSession::unresolvedConflicts() const { return d->unresolvedConflicts; }
int AppSession::rejectedChanges() const { return d->rejectedChanges; }
qint64 AppSession::lastSyncAt() const { return d->lastSyncAt; }
QString AppSession::versions() const { return QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())); }

Status AppSession::openGenerated(const QString &passphrase, const Actor &actor, int people)
{
    Status outcome;
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
        if (create) {
            GeneratorOptions options;
            options.people = people;
            options.today = QDate::currentDate();
            if (auto r = SyntheticData::generate(*d->vault->database(), options); !r.ok())
                outcome = r.error();
        }
    });
    if (!outcome.ok())
        return outcome;
    d->actor = actor;
    d->worker->attach(d->vault->database(), actor, d->clock);
    d->state = State::Unlocked;
    Q_EMIT identityChanged();
    Q_EMIT stateChanged();
    return {};
}

int AppSession::passphraseStrength(const QString &passphrase) const
{
    // Length dominates; variety of character classes adds a little. Four words beat any symbol soup.
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const int length = int(passphrase.size());
    if (length < 8)
        return 0;
    int score = length >= 20 ? 3 : length >= 14 ? 2 : 1;
    if (classes >= 3)
        ++score;
    return qMin(score, 4);
}

void AppSession::enrol(const QString &, const QString &, const QString &) {}

void AppSession::unlock(const QString &passphrase)
{
    if (d->busy)
        return;
    d->busy = true;
    Q_EMIT busyChanged();
    d->worker->exec(this, [this, passphrase] {
        Status s = d->vault->unlock(passphrase);
        return std::make_tuple(s, d->vault->failedAttempts(), d->vault->lockedUntilMs());
    }, [this](std::tuple<Status, int, qint64> r) {
        auto [status, failed, lockedUntil] = r;
        d->busy = false;
        d->failedAttempts = failed;
        d->lockedUntilMs = lockedUntil;
        Q_EMIT lockoutChanged();
        if (status.ok()) {
            d->worker->attach(d->vault->database(), d->actor, d->clock);
            d->errorText.clear();
            d->state = State::Unlocked;
            Q_EMIT stateChanged();
        } else if (status.error().code == Error::Wiped) {
            d->state = State::Wiped;
            d->errorText = tr("Too many failed attempts: the data on this device was erased.");
            Q_EMIT stateChanged();
        } else {
            d->errorText = status.error().code == Error::LockedOut ? tr("Locked for a while after failed attempts.")
                                                                   : tr("Wrong passphrase.");
        }
        Q_EMIT errorTextChanged();
        Q_EMIT busyChanged();
    });
}

void AppSession::lock()
{
    if (d->state != State::Unlocked)
        return;
    d->worker->detach();
    d->worker->execBlocking([this] { d->vault->lock(); });
    d->state = State::Locked;
    Q_EMIT stateChanged();
}

void AppSession::changePassphrase(const QString &, const QString &) {}
void AppSession::signOutAndWipe() {}
void AppSession::syncNow() {}
void AppSession::noteActivity() {}

} // namespace Qadam
