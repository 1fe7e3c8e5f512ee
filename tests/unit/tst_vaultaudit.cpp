// SECURITY.md R23 on the device: every unlock, change of passphrase and lock, failed or not,
// becomes an audit event (VaultAuditTrail) with ids only; failures while locked wait for the
// next unlock; failures of a run killed before it unlocked again are counted from the vault's
// persistent counter. The audit store is searched for the passphrases in three encodings.
#include "audit/auditlog.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/clock.h"
#include "vault/filekeystore.h"
#include "vault/kdfparams.h"
#include "vault/vault.h"
#include "vault/vaultaudit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kPassphrase = u"Қадам-audit-canary-passphrase"_s;
const QString kWrong = u"Қадам-audit-canary-wrongphrase"_s;
const QString kActor = u"0190a6b2-0000-7000-8000-00000000a001"_s;
const QString kDevice = u"0190a6b2-0000-7000-8000-00000000d001"_s;

struct Device
{
    QTemporaryDir root;
    ManualClock clock{1'780'000'000'000};
    FileKeyStore keyStore{root.filePath(u"keystore"_s)};
    VaultAuditTrail trail;

    [[nodiscard]] VaultConfig config()
    {
        VaultConfig c;
        c.directory = root.filePath(u"vault"_s);
        c.kdf = c.floor = KdfParams::cheapestForTests();
        c.clock = &clock;
        c.keyStore = &keyStore;
        c.onEvent = [this](const VaultEvent &e) { trail.record(e); };
        return c;
    }
    /** An unlock as the app does it: the counter first, then the attempt, then the flush. */
    Status unlock(Vault &vault, const QString &passphrase)
    {
        trail.noteFailuresBefore(vault.failedAttempts());
        Status s = vault.unlock(passphrase);
        if (s.ok())
            s = trail.flush(*vault.database(), kActor, u"probation_officer"_s, kDevice, clock.nowMs());
        return s;
    }
};

/** The device audit chain's actions in order, and every field as one blob to search. */
QStringList actions(Database &db, QByteArray *blob = nullptr)
{
    QStringList out;
    auto st = db.prepare(u"SELECT action, actor_id, actor_role, device_id, entity, record_id, person_id, id "
                         u"FROM audit_event ORDER BY seq"_s);
    if (!st.ok())
        return {u"<query failed>"_s};
    while (true) {
        auto row = st.value().step();
        if (!row.ok() || !row.value())
            break;
        out << st.value().text(0);
        if (blob)
            for (int c = 0; c < st.value().columnCount(); ++c)
                *blob += st.value().text(c).toUtf8() + '\x1f';
    }
    return out;
}

bool holdsSecret(const QByteArray &blob, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return blob.contains(utf8) || blob.contains(utf16) || blob.contains(utf8.toBase64());
}

} // namespace

class tst_VaultAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyUnlockIsAnEventWithoutSecrets()
    {
        Device d;
        Vault vault(d.config());
        QVERIFY(vault.create(kPassphrase).ok());
        QVERIFY(d.trail.flush(*vault.database(), kActor, u"probation_officer"_s, kDevice, d.clock.nowMs()).ok());
        vault.lock();
        QCOMPARE(d.unlock(vault, kWrong).code(), Error::WrongKey);
        QCOMPARE(d.unlock(vault, kWrong).code(), Error::WrongKey);
        QCOMPARE(d.trail.pending(), 3); // lock and two failures wait for an unlock
        QVERIFY(d.unlock(vault, kPassphrase).ok());
        QCOMPARE(d.trail.pending(), 0);
        QCOMPARE(vault.changePassphrase(kWrong, kWrong + u"2"_s).code(), Error::WrongKey);
        QVERIFY(d.trail.flush(*vault.database(), kActor, u"probation_officer"_s, kDevice, d.clock.nowMs()).ok());

        QByteArray blob;
        QCOMPARE(actions(*vault.database(), &blob),
                 (QStringList{u"vault_create"_s, u"lock"_s, u"unlock_failed"_s, u"unlock_failed"_s, u"unlock"_s,
                              u"passphrase_change_failed"_s}));
        QVERIFY(blob.contains(kActor.toUtf8()) && blob.contains(kDevice.toUtf8())); // control: the search finds ids
        QVERIFY(!holdsSecret(blob, kPassphrase));
        QVERIFY(!holdsSecret(blob, kWrong));
        auto chain = AuditLog::verify(*vault.database());
        QVERIFY(chain.ok() && chain.value().intact());
    }

    /** The app is killed after failed attempts: the next run learns them from the counter. */
    void failuresOfAKilledRunAreCounted()
    {
        Device d;
        {
            Vault vault(d.config());
            QVERIFY(vault.create(kPassphrase).ok());
            vault.lock();
        }
        {
            VaultAuditTrail lost; // the first run's queue dies with it
            VaultConfig c = d.config();
            c.onEvent = [&lost](const VaultEvent &e) { lost.record(e); };
            Vault vault(c);
            for (int i = 0; i < 2; ++i)
                QCOMPARE(vault.unlock(kWrong).code(), Error::WrongKey);
        }
        d.trail = VaultAuditTrail();
        Vault vault(d.config());
        QCOMPARE(d.unlock(vault, kWrong).code(), Error::WrongKey); // one more in this run
        QVERIFY(d.unlock(vault, kPassphrase).ok());
        const QStringList seen = actions(*vault.database());
        QCOMPARE(seen.count(u"unlock_failed_earlier"_s), 2);
        QCOMPARE(seen.count(u"unlock_failed"_s), 1);
        QCOMPARE(seen.last(), u"unlock"_s);
    }

    /** Refused while the delay runs: its own action, and it is not counted as a guess. */
    void lockedOutAttemptsAreEvents()
    {
        Device d;
        Vault vault(d.config());
        QVERIFY(vault.create(kPassphrase).ok());
        vault.lock();
        Status last;
        for (int i = 0; i < 6 && last.code() != Error::LockedOut; ++i)
            last = d.unlock(vault, kWrong);
        QCOMPARE(last.code(), Error::LockedOut);
        d.clock.advance(24LL * 3600 * 1000);
        QVERIFY(d.unlock(vault, kPassphrase).ok());
        const QStringList seen = actions(*vault.database());
        QCOMPARE(seen.count(u"unlock_locked_out"_s), 1);
        QCOMPARE(seen.count(u"unlock_failed_earlier"_s), 0);
        QCOMPARE(seen.last(), u"unlock"_s);
    }
};

QTEST_GUILESS_MAIN(tst_VaultAudit)
#include "tst_vaultaudit.moc"
