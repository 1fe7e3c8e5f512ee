// AppSession: enrolment, unlock with lockout, lock, idle and background lock, passphrase change,
// sign-out and wipe. The vault works on the store thread; see appsession_p.h.
#include "appsession_p.h"

#include "replica/syncstate.h"
#include "store/database.h"

#include <QDir>
#include <QGuiApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Qadam {

using namespace SessionDetail;

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

} // namespace Qadam
