// AppSession: the device's vault and identity as a person meets them. Generated stores acting as
// each role, unlock with lockout feedback and the wipe after the tenth failure, lock, idle and
// background auto-lock, passphrase change, sign-out, persisted settings, and enrolment plus the
// first sync against a real `qadam-server serve --demo` on 127.0.0.1.
#include "appsession.h"

#include "appsupport.h"
#include "storeworker.h"
#include "replica/syncstate.h"
#include "store/database.h"
#include "util/clock.h"
#include "vault/filekeystore.h"
#include "vault/vault.h"

#include <QDir>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::AppTest;

namespace {

const QString kPass = QString::fromUtf16(kPassphrase);
const QString kWrong = u"not the passphrase at all"_s;

/** One statement's first value on the session's store thread; -1 on error. */
qint64 count(AppSession &session, const QString &sql, const QVariantList &params = {})
{
    qint64 n = -1;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto v = ctx.db.scalar(sql, params);
        if (v.ok())
            n = v.value().toLongLong();
    });
    return n;
}

/** unlock() and wait for it to finish. */
void unlockAndWait(AppSession &session, const QString &passphrase)
{
    session.unlock(passphrase);
    QVERIFY(waitFor([&] { return !session.busy(); }));
}

} // namespace

class tst_AppSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDeviceNeedsEnrolment();
    void openGeneratedActsAsBestPlacedUser_data();
    void openGeneratedActsAsBestPlacedUser();
    void explicitActorIsKept();
    void lockAndUnlock();
    void wrongPassphraseFigures();
    void lockoutCountsDownAndRefusesMeanwhile();
    void tenthFailureWipes();
    void unfinishedEnrolmentStartsAgain();
    void idleAutoLock();
    void activityKeepsUnlocked();
    void backgroundLocks();
    void changePassphrase();
    void changePassphraseRejects_data();
    void changePassphraseRejects();
    void signOutAndWipe();
    void settingsPersist();
    void settingsRejectBadValues();
    void passphraseStrength_data();
    void passphraseStrength();
    void versionsNameLibraries();
    void demoHint();
    void enrolRejectsBadInput_data();
    void enrolRejectsBadInput();
    void enrolAndFirstSyncAgainstDemoServer();
    void enrolWithUsedCodeLeavesNothing();
};

void tst_AppSession::newDeviceNeedsEnrolment()
{
    TempSession s;
    QCOMPARE(s->state(), AppSession::State::NeedsEnrolment);
    QVERIFY(s->userId().isEmpty());
    QCOMPARE(s->remainingAttempts(), 10);
    QVERIFY(!s->worker()->isAttached());
    QCOMPARE(AppSession::instance(), &s.session());
}

void tst_AppSession::openGeneratedActsAsBestPlacedUser_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("casesSql"); // the user's cases, ?1 = user id
    QTest::newRow("officer") << Role::ProbationOfficer
                             << u"SELECT count(*) FROM person WHERE case_officer_id = ?1"_s;
    QTest::newRow("counsellor") << Role::Counsellor
                                << u"SELECT count(DISTINCT person_id) FROM referral WHERE counsellor_id = ?1 "
                                   u"AND status IN ('accepted', 'active')"_s;
    QTest::newRow("supervisor") << Role::Supervisor
                                << u"SELECT count(*) FROM person p JOIN staff_user o ON o.id = p.case_officer_id "
                                   u"JOIN staff_user s ON s.organisation_id = o.organisation_id WHERE s.id = ?1"_s;
}

void tst_AppSession::openGeneratedActsAsBestPlacedUser()
{
    QFETCH(Role, role);
    QFETCH(QString, casesSql);
    GeneratedSession s(role, 40);
    QVERIFY2(s.isOpen(), qPrintable(errorCodeName(s.status().code())));
    QCOMPARE(s->state(), AppSession::State::Unlocked);
    QCOMPARE(s->role(), roleName(role));
    QVERIFY(!s->roleTitle().isEmpty());
    QVERIFY(!s->displayName().isEmpty());
    QCOMPARE(count(s.session(), u"SELECT count(*) FROM staff_user WHERE id = ?1 AND role = ?2"_s,
                   {s->userId(), roleName(role)}), 1);
    const qint64 mine = count(s.session(), casesSql, {s->userId()});
    QVERIFY2(mine > 0, "the chosen user has no cases");
    // Nobody else of the role has more.
    const QString others = casesSql;
    QString otherUser;
    s->worker()->runBlocking([&](CoreContext &ctx) {
        auto q = ctx.db.prepare(u"SELECT id FROM staff_user WHERE role = ?1 AND status = 'active' AND id <> ?2"_s);
        QVERIFY(q.ok());
        q.value().bind(1, roleName(role));
        q.value().bind(2, ctx.actor.userId);
        while (q.value().step().value()) {
            auto n = ctx.db.scalar(others, {q.value().text(0)});
            QVERIFY(n.ok());
            QVERIFY2(n.value().toLongLong() <= mine, "a user of the role has more cases");
        }
    });
    // The worker acts as that user.
    QString actorId;
    s->worker()->runBlocking([&](CoreContext &ctx) { actorId = ctx.actor.userId; });
    QCOMPARE(actorId, s->userId());
}

void tst_AppSession::explicitActorIsKept()
{
    TempSession s;
    Actor wanted{u"01900000-0000-7000-8000-00000000abcd"_s, Role::Supervisor};
    QVERIFY(s->openGenerated(kPass, wanted, 10).ok());
    QCOMPARE(s->userId(), wanted.userId);
    QCOMPARE(s->role(), u"supervisor"_s);
}

void tst_AppSession::lockAndUnlock()
{
    GeneratedSession s(Role::ProbationOfficer, 10);
    QVERIFY(s.isOpen());
    const QString user = s->userId();
    const qint64 people = count(s.session(), u"SELECT count(*) FROM person"_s);
    QVERIFY(people > 0);
    QSignalSpy state(&s.session(), &AppSession::stateChanged);

    s->lock();
    QCOMPARE(s->state(), AppSession::State::Locked);
    QVERIFY(!s->worker()->isAttached());
    QCOMPARE(state.size(), 1);

    unlockAndWait(s.session(), kPass);
    QCOMPARE(s->state(), AppSession::State::Unlocked);
    QVERIFY(s->errorText().isEmpty());
    QCOMPARE(s->userId(), user); // the identity survives the lock, read from the store
    QCOMPARE(count(s.session(), u"SELECT count(*) FROM person"_s), people);

    // An app restart finds the vault locked and the same user after unlock.
    s.restart();
    QCOMPARE(s->state(), AppSession::State::Locked);
    QVERIFY(s->userId().isEmpty());
    unlockAndWait(s.session(), kPass);
    QCOMPARE(s->state(), AppSession::State::Unlocked);
    QCOMPARE(s->userId(), user);
    QCOMPARE(s->role(), u"probation_officer"_s);
}

void tst_AppSession::wrongPassphraseFigures()
{
    ManualClock clock;
    TempSession s(false, &clock);
    QVERIFY(s->openGenerated(kPass, Actor{{}, Role::ProbationOfficer}, 5).ok());
    s->lock();
    QSignalSpy lockout(&s.session(), &AppSession::lockoutChanged);
    for (int i = 1; i <= 3; ++i) {
        unlockAndWait(s.session(), kWrong);
        QCOMPARE(s->state(), AppSession::State::Locked);
        QCOMPARE(s->failedAttempts(), i);
        QCOMPARE(s->remainingAttempts(), 10 - i);
        QCOMPARE(s->lockoutSeconds(), 0); // three failures are free
        QVERIFY(s->errorText().contains(QString::number(10 - i)));
    }
    QVERIFY(lockout.size() >= 3);
    unlockAndWait(s.session(), kPass);
    QCOMPARE(s->state(), AppSession::State::Unlocked);
    QCOMPARE(s->failedAttempts(), 0);
    QCOMPARE(s->remainingAttempts(), 10);
}

void tst_AppSession::lockoutCountsDownAndRefusesMeanwhile()
{
    ManualClock clock;
    TempSession s(false, &clock);
    QVERIFY(s->openGenerated(kPass, Actor{{}, Role::ProbationOfficer}, 5).ok());
    s->lock();
    for (int i = 0; i < 4; ++i)
        unlockAndWait(s.session(), kWrong);
    QCOMPARE(s->failedAttempts(), 4);
    QCOMPARE(s->lockoutSeconds(), 30);

    // Even the right passphrase waits for the countdown, and the attempt is not counted.
    unlockAndWait(s.session(), kPass);
    QCOMPARE(s->state(), AppSession::State::Locked);
    QCOMPARE(s->failedAttempts(), 4);
    QVERIFY(!s->errorText().isEmpty());

    clock.advance(12'000);
    QCOMPARE(s->lockoutSeconds(), 18);
    QSignalSpy lockout(&s.session(), &AppSession::lockoutChanged);
    QVERIFY(lockout.wait(3000)); // the countdown ticks for the screen
    clock.advance(18'000);
    QCOMPARE(s->lockoutSeconds(), 0);
    unlockAndWait(s.session(), kPass);
    QCOMPARE(s->state(), AppSession::State::Unlocked);
}

void tst_AppSession::tenthFailureWipes()
{
    ManualClock clock;
    TempSession s(false, &clock);
    QVERIFY(s->openGenerated(kPass, Actor{{}, Role::ProbationOfficer}, 5).ok());
    const QString data = s.config().dataDirectory;
    s->lock();
    for (int i = 1; i <= 9; ++i) {
        unlockAndWait(s.session(), kWrong);
        QCOMPARE(s->failedAttempts(), i);
        clock.advance(2 * 3'600'000);
    }
    QCOMPARE(s->remainingAttempts(), 1);
    unlockAndWait(s.session(), kWrong);
    QCOMPARE(s->state(), AppSession::State::Wiped);
    QVERIFY(s->userId().isEmpty());
    QVERIFY(!s->errorText().isEmpty());
    QVERIFY(!Vault::exists(data));
    QVERIFY(!QFileInfo::exists(data + u"/qadam.db"_s));
    // The device can be enrolled again: a new restart sees no vault.
    s.restart();
    QCOMPARE(s->state(), AppSession::State::NeedsEnrolment);
}

void tst_AppSession::unfinishedEnrolmentStartsAgain()
{
    TempSession s;
    {
        // The app was closed after the vault was made and before the server answered.
        FileKeyStore keys(s.config().keyStoreDirectory);
        VaultConfig vc;
        vc.directory = s.config().dataDirectory;
        vc.keyStore = &keys;
        vc.kdf = vc.floor = KdfParams::cheapestForTests();
        Vault vault(vc);
        QVERIFY(vault.create(kPass).ok());
        vault.lock();
    }
    s.restart();
    QCOMPARE(s->state(), AppSession::State::Locked);
    unlockAndWait(s.session(), kPass);
    QCOMPARE(s->state(), AppSession::State::NeedsEnrolment);
    QVERIFY(!s->errorText().isEmpty());
    QVERIFY(!Vault::exists(s.config().dataDirectory));
    QVERIFY(!s->worker()->isAttached());
}

void tst_AppSession::idleAutoLock()
{
    GeneratedSession s(Role::ProbationOfficer, 5);
    QVERIFY(s.isOpen());
    s->setIdleLockIntervalForTests(100);
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), AppSession::State::Locked, 10'000);
    QVERIFY(!s->worker()->isAttached());
    unlockAndWait(s.session(), kPass);
    QCOMPARE(s->state(), AppSession::State::Unlocked);
    // The timer runs again after an unlock.
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), AppSession::State::Locked, 10'000);
}

void tst_AppSession::activityKeepsUnlocked()
{
    GeneratedSession s(Role::ProbationOfficer, 5);
    QVERIFY(s.isOpen());
    // The default timeout is minutes: activity only restarts it, the session stays open.
    QCOMPARE(s->lockTimeoutMinutes(), 5);
    for (int i = 0; i < 5; ++i) {
        s->noteActivity();
        QTest::qWait(20);
    }
    QCOMPARE(s->state(), AppSession::State::Unlocked);
    // Activity while locked does not unlock anything.
    s->lock();
    s->noteActivity();
    QCOMPARE(s->state(), AppSession::State::Locked);
}

void tst_AppSession::backgroundLocks()
{
    GeneratedSession s(Role::Counsellor, 5);
    QVERIFY(s.isOpen());
    Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationInactive); // another window focused: stays open
    QCOMPARE(s->state(), AppSession::State::Unlocked);
    Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationHidden);
    QCOMPARE(s->state(), AppSession::State::Locked);
    QVERIFY(!s->worker()->isAttached());
}

void tst_AppSession::changePassphrase()
{
    GeneratedSession s(Role::ProbationOfficer, 5);
    QVERIFY(s.isOpen());
    const QString next = u"a new passphrase for the device, 2026"_s;
    QSignalSpy changed(&s.session(), &AppSession::passphraseChanged);
    s->changePassphrase(kPass, next);
    QVERIFY(changed.wait(30'000));
    QCOMPARE(changed.first().at(0).toBool(), true);
    QCOMPARE(s->state(), AppSession::State::Unlocked); // still open, still working
    QVERIFY(count(s.session(), u"SELECT count(*) FROM person"_s) > 0);
    s->lock();
    unlockAndWait(s.session(), kPass);
    QCOMPARE(s->state(), AppSession::State::Locked); // the old one no longer opens
    unlockAndWait(s.session(), next);
    QCOMPARE(s->state(), AppSession::State::Unlocked);
}

void tst_AppSession::changePassphraseRejects_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("next");
    QTest::addColumn<int>("failedAfter");
    QTest::newRow("wrong current") << kWrong << u"a perfectly long new passphrase"_s << 1;
    QTest::newRow("weak new") << kPass << u"short"_s << 0;
    QTest::newRow("empty new") << kPass << QString() << 0;
    QTest::newRow("same as current") << kPass << kPass << 0;
}

void tst_AppSession::changePassphraseRejects()
{
    QFETCH(QString, current);
    QFETCH(QString, next);
    QFETCH(int, failedAfter);
    GeneratedSession s(Role::ProbationOfficer, 5);
    QVERIFY(s.isOpen());
    QSignalSpy changed(&s.session(), &AppSession::passphraseChanged);
    s->changePassphrase(current, next);
    QVERIFY(changed.size() == 1 || changed.wait(30'000));
    QCOMPARE(changed.first().at(0).toBool(), false);
    QVERIFY(!changed.first().at(1).toString().isEmpty());
    QCOMPARE(s->failedAttempts(), failedAfter);
    // Nothing changed: the old passphrase still opens.
    s->lock();
    unlockAndWait(s.session(), kPass);
    QCOMPARE(s->state(), AppSession::State::Unlocked);
}

void tst_AppSession::signOutAndWipe()
{
    GeneratedSession s(Role::Supervisor, 5);
    QVERIFY(s.isOpen());
    const QString data = s.config().dataDirectory;
    const QString keys = s.config().keyStoreDirectory;
    QVERIFY(!QDir(keys).entryList(QDir::Files).isEmpty()); // the device secret exists
    QSignalSpy dataChanged(&s.session(), &AppSession::dataChanged);
    s->signOutAndWipe();
    QCOMPARE(s->state(), AppSession::State::NeedsEnrolment);
    QVERIFY(s->userId().isEmpty());
    QVERIFY(!s->worker()->isAttached());
    QVERIFY(!Vault::exists(data));
    QVERIFY(!QFileInfo::exists(data + u"/qadam.db"_s));
    QVERIFY(QDir(keys).entryList(QDir::Files).isEmpty()); // the key-store secret is gone too
    QCOMPARE(dataChanged.size(), 1);
    s.restart();
    QCOMPARE(s->state(), AppSession::State::NeedsEnrolment);
}

void tst_AppSession::settingsPersist()
{
    TempSession s;
    QSignalSpy language(&s.session(), &AppSession::languageChanged);
    s->setLanguage(u"kk"_s);
    s->setLockTimeoutMinutes(15);
    QCOMPARE(language.size(), 1);
    s.restart();
    QCOMPARE(s->language(), u"kk"_s);
    QCOMPARE(s->lockTimeoutMinutes(), 15);
    // Non-sensitive settings only: no passphrase, user or server in the file.
    QFile file(s.config().dataDirectory + u"/settings.ini"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(ini.contains("language=kk"));
    QVERIFY(!ini.contains("passphrase"));
}

void tst_AppSession::settingsRejectBadValues()
{
    TempSession s;
    s->setLanguage(u"ru"_s);
    QSignalSpy language(&s.session(), &AppSession::languageChanged);
    s->setLanguage(u"de"_s);
    s->setLanguage(QString());
    QCOMPARE(s->language(), u"ru"_s);
    QCOMPARE(language.size(), 0);
    s->setLockTimeoutMinutes(0);
    QCOMPARE(s->lockTimeoutMinutes(), 1);
    s->setLockTimeoutMinutes(100000);
    QCOMPARE(s->lockTimeoutMinutes(), 60);
}

void tst_AppSession::passphraseStrength_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("strength");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("seven") << u"abcdefg"_s << 0;
    QTest::newRow("eight lower") << u"abcdefgh"_s << 1;
    QTest::newRow("eight mixed") << u"Abcdef1!"_s << 2;
    QTest::newRow("fourteen") << u"abcdefghijklmn"_s << 2;
    QTest::newRow("demo") << AppSession::kDemoPassphrase.toString() << 3;
    QTest::newRow("four words mixed") << u"Тау-өзен 7 жол, long one"_s << 4;
}

void tst_AppSession::passphraseStrength()
{
    QFETCH(QString, passphrase);
    QFETCH(int, strength);
    TempSession s;
    QCOMPARE(s->passphraseStrength(passphrase), strength);
}

void tst_AppSession::versionsNameLibraries()
{
    TempSession s;
    const QString v = s->versions();
    QVERIFY2(v.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(v));
    QVERIFY2(v.contains(u"SQLCipher 4"_s), qPrintable(v));
}

void tst_AppSession::demoHint()
{
    TempSession plain;
    QVERIFY(plain->demoPassphrase().isEmpty());
    TempSession demo(true);
    QCOMPARE(demo->demoPassphrase(), u"qadam-demo-passphrase"_s);
}

void tst_AppSession::enrolRejectsBadInput_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("passphrase");
    QTest::newRow("no url") << QString() << u"ABCD-EFGH"_s << kPass;
    QTest::newRow("not a url") << u"server"_s << u"ABCD-EFGH"_s << kPass;
    QTest::newRow("ftp") << u"ftp://example.org"_s << u"ABCD-EFGH"_s << kPass;
    QTest::newRow("no code") << u"https://qadam.example.org"_s << u"  "_s << kPass;
    QTest::newRow("weak passphrase") << u"https://qadam.example.org"_s << u"ABCD-EFGH"_s << u"secret"_s;
}

void tst_AppSession::enrolRejectsBadInput()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    QFETCH(QString, passphrase);
    TempSession s;
    QSignalSpy finished(&s.session(), &AppSession::enrolFinished);
    s->enrol(url, code, passphrase);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!s->errorText().isEmpty());
    QVERIFY(!s->busy());
    QCOMPARE(s->state(), AppSession::State::NeedsEnrolment);
    QVERIFY(!Vault::exists(s.config().dataDirectory)); // nothing written
}

void tst_AppSession::enrolAndFirstSyncAgainstDemoServer()
{
#ifndef QADAM_SERVER_BIN
    QSKIP("built without qadam-server");
#else
    DemoServer server(QStringLiteral(QADAM_SERVER_BIN));
    QVERIFY(server.start(20));
    QVERIFY(!server.code(u"probation_officer"_s).isEmpty());
    TempSession s(true);
    QSignalSpy finished(&s.session(), &AppSession::enrolFinished);
    QList<int> percents;
    connect(&s.session(), &AppSession::syncChanged, this, [&] {
        if (s->syncPercent() >= 0)
            percents << s->syncPercent();
    });
    s->enrol(server.url(), server.code(u"probation_officer"_s), AppSession::kDemoPassphrase.toString());
    QVERIFY(s->busy());
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(s->state(), AppSession::State::Unlocked);
    QVERIFY(!s->busy());
    QCOMPARE(s->role(), u"probation_officer"_s);
    QVERIFY(!s->userId().isEmpty());
    QVERIFY(!s->displayName().isEmpty());
    QCOMPARE(s->serverUrl(), server.url());
    QVERIFY(s->lastSyncAt() > 0);
    QVERIFY(s->online());
    QVERIFY(!percents.isEmpty());
    QCOMPARE(percents.last(), 100);
    // The officer sees their cases after the first sync.
    const qint64 mine = count(s.session(), u"SELECT count(*) FROM person WHERE case_officer_id = ?1"_s, {s->userId()});
    QCOMPARE(mine, qint64(server.casesOf(u"probation_officer"_s)));
    QVERIFY(mine > 0);

    // Locked, sync pauses; unlocked again, a manual sync runs to its end with nothing left to send.
    s->lock();
    QTRY_COMPARE_WITH_TIMEOUT(s->syncState(), u"locked"_s, 30'000);
    unlockAndWait(s.session(), AppSession::kDemoPassphrase.toString());
    QCOMPARE(s->state(), AppSession::State::Unlocked);
    QCOMPARE(s->role(), u"probation_officer"_s);
    const qint64 before = s->lastSyncAt();
    s->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(s->lastSyncAt() > before, 60'000);
    QCOMPARE(s->syncState(), u"idle"_s);
    QCOMPARE(s->pendingChanges(), 0);

    // The administrator revokes the device: the next sync brings the wipe command.
    QString deviceId;
    s->worker()->runBlocking([&](CoreContext &ctx) {
        auto creds = SyncState(ctx.db).credentials();
        if (creds.ok())
            deviceId = creds.value().deviceId;
    });
    QVERIFY(!deviceId.isEmpty());
    QVERIFY(server.admin(u"revoke-device"_s, {u"--device"_s, deviceId}));
    s->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(s->state(), AppSession::State::Wiped, 60'000);
    QVERIFY(!Vault::exists(s.config().dataDirectory));
    QVERIFY(!QFileInfo::exists(s.config().dataDirectory + u"/qadam.db"_s));
    QVERIFY(s->userId().isEmpty());
    QVERIFY(!s->errorText().isEmpty());
    QVERIFY(!s->worker()->isAttached());
#endif
}

void tst_AppSession::enrolWithUsedCodeLeavesNothing()
{
#ifndef QADAM_SERVER_BIN
    QSKIP("built without qadam-server");
#else
    DemoServer server(QStringLiteral(QADAM_SERVER_BIN));
    QVERIFY(server.start(10));
    const QString code = server.code(u"counsellor"_s);
    {
        TempSession first;
        QSignalSpy finished(&first.session(), &AppSession::enrolFinished);
        first->enrol(server.url(), code, kPass);
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(first->role(), u"counsellor"_s);
    }
    TempSession second;
    QSignalSpy finished(&second.session(), &AppSession::enrolFinished);
    second->enrol(server.url(), code, kPass); // one use only
    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!second->errorText().isEmpty());
    QCOMPARE(second->state(), AppSession::State::NeedsEnrolment);
    QVERIFY(!Vault::exists(second.config().dataDirectory));

    // A server that is not there: a clear error, nothing kept.
    const QString deadUrl = server.url();
    server.stop();
    QSignalSpy again(&second.session(), &AppSession::enrolFinished);
    second->enrol(deadUrl, u"WHATEVER-CODE"_s, kPass);
    QVERIFY(again.wait(120'000));
    QCOMPARE(again.first().at(0).toBool(), false);
    QCOMPARE(second->state(), AppSession::State::NeedsEnrolment);
    QVERIFY(!Vault::exists(second.config().dataDirectory));
#endif
}

QTEST_MAIN(tst_AppSession)
#include "tst_appsession.moc"
