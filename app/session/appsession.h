#pragma once

#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace Qadam {

class Clock;
class StoreWorker;

/**
 * The signed-in device: vault (enrol, unlock, lock, wipe), the store thread, the sync engine
 * thread, language and lock settings. One per process, made by main.cpp (or a test's setup) and
 * handed to QML as the singleton `Session` (module Qadam.Models).
 *
 * States: NeedsEnrolment (no vault on this device) -> Locked <-> Unlocked; Wiped after a wipe
 * command from the server or the tenth failed unlock (enrol() starts afresh from there); a
 * sign-out wipes and returns to NeedsEnrolment. No case content is ever logged.
 *
 * Threads: the vault and every SQL statement run on the store thread (StoreWorker); the
 * SyncEngine runs on its own thread with its own connection (Vault::connectionFactory). This
 * object lives on the GUI thread. Who the user is (id, role, name, server) comes from the
 * credentials the server gave at enrolment (SyncState::credentials), re-read on every unlock.
 *
 * Settings that are not sensitive (language, lock timeout) live in `settings.ini` in the data
 * directory; everything else is inside the encrypted store.
 */
class AppSession : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)                    ///< enrol/unlock/wipe running
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)  ///< translated, last failure
    Q_PROPERTY(int failedAttempts READ failedAttempts NOTIFY lockoutChanged)
    Q_PROPERTY(int remainingAttempts READ remainingAttempts NOTIFY lockoutChanged) ///< before the wipe
    Q_PROPERTY(int lockoutSeconds READ lockoutSeconds NOTIFY lockoutChanged)       ///< 0: may try now
    Q_PROPERTY(QString userId READ userId NOTIFY identityChanged)
    Q_PROPERTY(QString role READ role NOTIFY identityChanged)  ///< roleName(): probation_officer, …
    Q_PROPERTY(QString roleTitle READ roleTitle NOTIFY identityChanged) ///< translated
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY identityChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged) ///< kk, ru, en
    Q_PROPERTY(int lockTimeoutMinutes READ lockTimeoutMinutes WRITE setLockTimeoutMinutes NOTIFY settingsChanged)
    /** Reports may leave the app (PDF, CSV): off by default on phones and tablets, on on desktops. */
    Q_PROPERTY(bool exportEnabled READ exportEnabled WRITE setExportEnabled NOTIFY settingsChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY identityChanged)
    Q_PROPERTY(bool demo READ isDemo CONSTANT)
    /** The demo vault's passphrase, a hint for the unlock screen; empty unless demo. */
    Q_PROPERTY(QString demoPassphrase READ demoPassphrase CONSTANT)
    // Sync, for the always-visible indicator and the Sync screen.
    Q_PROPERTY(bool online READ online NOTIFY syncChanged)
    Q_PROPERTY(QString syncState READ syncState NOTIFY syncChanged)      ///< idle, connecting, pushing, pulling, backing_off, needs_attention, locked
    Q_PROPERTY(QString syncReason READ syncReason NOTIFY syncChanged)    ///< the engine's reason code, e.g. rejected_ops
    Q_PROPERTY(QString syncStateText READ syncStateText NOTIFY syncChanged) ///< translated
    Q_PROPERTY(int syncPercent READ syncPercent NOTIFY syncChanged)      ///< -1 when not measurable
    Q_PROPERTY(qint64 pendingChanges READ pendingChanges NOTIFY syncChanged)
    Q_PROPERTY(int unresolvedConflicts READ unresolvedConflicts NOTIFY syncChanged)
    Q_PROPERTY(int rejectedChanges READ rejectedChanges NOTIFY syncChanged)
    Q_PROPERTY(qint64 lastSyncAt READ lastSyncAt NOTIFY syncChanged)    ///< UTC ms, 0 = never
    Q_PROPERTY(QString versions READ versions CONSTANT)                  ///< Qt, SQLCipher, app

public:
    enum class State { NeedsEnrolment, Locked, Unlocked, Wiped };
    Q_ENUM(State)

    struct Config
    {
        QString dataDirectory;        ///< vault, store and settings of this device
        QString keyStoreDirectory;    ///< platform key-store stand-in on desktop Linux
        bool demo = false;            ///< demo hints on the unlock screen (synthetic data only)
        /** Tests and the screenshot tour: the cheapest Argon2id parameters (never the product). */
        bool cheapKdfForTests = false;
        /** Tests: the clock of the vault's delays and of the lockout countdown; not owned. Null: the system's. */
        const Clock *clock = nullptr;
        /** PEM roots the sync server's chain must end in; empty: the system's. Tests, and a
         *  deployment on its own root. The key pins come from the enrolment address either way. */
        QString caBundlePath;
    };

    /** The passphrase of demo vaults (`qadam --demo`); synthetic data only, never real data. */
    static constexpr QStringView kDemoPassphrase = u"qadam-demo-passphrase";
    /** Passphrases for new vaults must reach this passphraseStrength(). */
    static constexpr int kMinimumStrength = 2;

    explicit AppSession(Config config, QObject *parent = nullptr);
    ~AppSession() override;

    /** The instance main.cpp (or a test) made; QML's `Session`. */
    static AppSession *instance();
    /** Today in Kazakhstan on the session's clock: the day the store thread's CoreContext::today
     *  holds, for the dates screens propose and check. The system clock's without a session. */
    [[nodiscard]] static QDate today();
    static AppSession *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] StoreWorker *worker() const;

    [[nodiscard]] State state() const;
    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] int failedAttempts() const;
    [[nodiscard]] int remainingAttempts() const;
    [[nodiscard]] int lockoutSeconds() const;
    [[nodiscard]] QString userId() const;
    [[nodiscard]] QString role() const;
    [[nodiscard]] QString roleTitle() const;
    [[nodiscard]] Actor actor() const;
    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString demoPassphrase() const;
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    [[nodiscard]] int lockTimeoutMinutes() const;
    void setLockTimeoutMinutes(int minutes);
    [[nodiscard]] bool exportEnabled() const;
    void setExportEnabled(bool enabled);
    [[nodiscard]] bool isDemo() const;
    [[nodiscard]] bool online() const;
    [[nodiscard]] QString syncState() const;
    [[nodiscard]] QString syncReason() const;
    [[nodiscard]] QString syncStateText() const;
    [[nodiscard]] int syncPercent() const;
    [[nodiscard]] qint64 pendingChanges() const;
    [[nodiscard]] int unresolvedConflicts() const;
    [[nodiscard]] int rejectedChanges() const;
    [[nodiscard]] qint64 lastSyncAt() const;
    [[nodiscard]] QString versions() const;

    /**
     * Tests, screenshot tour: a vault in the data directory filled by the synthetic generator
     * (Seed mode, seed 1, `people` cases, today's date), unlocked, acting as `actor` (no server,
     * sync stays idle). Blocks until open. When `actor.userId` is empty the generated StaffUser
     * of `actor.role` with the most cases is chosen: a probation officer with the most people as
     * case or probation officer, a counsellor with the most people in accepted or active
     * referrals (their scope), the supervisor of the unit with the most people; another role:
     * its first active user. The
     * identity is stored like an enrolment's, so a later unlock() acts as the same user. An
     * existing vault in the data directory is unlocked instead of generated again.
     */
    [[nodiscard]] Status openGenerated(const QString &passphrase, const Actor &actor, int people = 60);

    /** Tests: the idle auto-lock fires after `ms` instead of lockTimeoutMinutes (0: back to minutes). */
    void setIdleLockIntervalForTests(int ms);

    /** 0 (very weak) … 4 (strong), for the strength meter. Pure; no side effects. */
    Q_INVOKABLE int passphraseStrength(const QString &passphrase) const;

public Q_SLOTS:
    /** First run: creates the vault with `passphrase`, binds this device with the one-time code, first sync. */
    void enrol(const QString &serverUrl, const QString &code, const QString &passphrase);
    void unlock(const QString &passphrase);
    void lock();
    void changePassphrase(const QString &current, const QString &next);
    /** Sign out and wipe this device (asks in QML first). */
    void signOutAndWipe();
    void syncNow();
    /** Any touch, key or scroll: restarts the idle auto-lock timer. */
    void noteActivity();

Q_SIGNALS:
    void stateChanged();
    void busyChanged();
    void errorTextChanged();
    void lockoutChanged();
    void identityChanged();
    void languageChanged();
    void settingsChanged();
    void syncChanged();
    /** A changePassphrase() finished. */
    void passphraseChanged(bool ok, const QString &message);
    /** Records changed locally or by sync: visible models reload. Empty: anything may have changed. */
    void dataChanged(const QStringList &personIds);
    /** enrol() ended: ok, or the translated reason it failed (also in errorText). */
    void enrolFinished(bool ok, const QString &message);

private:
    void setBusy(bool busy);
    void setError(const QString &text);
    void setState(State state);
    void setUnlocked();
    void setLockout(int failed, qint64 lockedUntilMs);
    void clearIdentity();
    void onEnrolled(bool ok, const QString &reason);
    void finishEnrolment();
    void wipeLocally(State next);
    void ensureEngine();
    void startEngine();
    void onSyncState(int state, const QString &reason);
    void loadConflictCount();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Qadam
