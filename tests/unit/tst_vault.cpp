// Tests for Vault and its parts (KdfParams, VaultFile, AttemptCounter, FileKeyStore).
// Cheap Argon2id parameters with a lowered floor everywhere except calibration and the product
// defaults; a ManualClock for every delay. Some tests run this binary again as a child process
// (see main() and runChild()) to show the counter and a rekey surviving a real kill.

#include "store/database.h"
#include "testsupport.h"
#include "util/clock.h"
#include "vault/attemptcounter.h"
#include "vault/filekeystore.h"
#include "vault/kdfparams.h"
#include "vault/vault.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kPassphrase = u"Қадам-canary-passphrase-7Ә"_s;
const QString kWrongPassphrase = u"Қадам-canary-passphrase-7ә"_s;
const QString kNewPassphrase = u"Жаңа-canary-passphrase-31"_s;
constexpr int kChildExitBase = 100; // child exit code = base + Error::Code, 0 on success

/** A vault directory, a key-store directory beside it, and a clock the test moves. */
struct Fixture
{
    explicit Fixture(bool withKeyStore = true)
        : keyStore(withKeyStore ? std::make_unique<FileKeyStore>(root.filePath(u"keystore"_s)) : nullptr)
    { }

    [[nodiscard]] QString dir() const { return root.filePath(u"vault"_s); }
    [[nodiscard]] QString file(const QString &name) const { return dir() + u'/' + name; }
    [[nodiscard]] VaultConfig config()
    {
        VaultConfig c;
        c.directory = dir();
        c.kdf = KdfParams::cheapestForTests();
        c.floor = KdfParams::cheapestForTests();
        c.clock = &clock;
        c.keyStore = keyStore.get();
        return c;
    }

    QTemporaryDir root;
    ManualClock clock;
    std::unique_ptr<FileKeyStore> keyStore;
};

/** Writes `rows` synthetic rows into a probe table; returns false on any error. */
bool writeRows(Database &db, int rows)
{
    if (!db.exec(u"CREATE TABLE IF NOT EXISTS vault_probe (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s)
             .ok())
        return false;
    Transaction tx(db);
    auto insert = db.prepare(u"INSERT INTO vault_probe (body) VALUES (?1)"_s);
    if (!tx.began() || !insert.ok())
        return false;
    for (int i = 0; i < rows; ++i) {
        insert.value().bind(1, u"synthetic note %1 Айгерім canary-row"_s.arg(i));
        if (!insert.value().run().ok())
            return false;
        insert.value().reset();
    }
    return tx.commit().ok();
}

/** Row count and a hash over every probe row, so "data intact" compares content, not counts. */
QString probeChecksum(Database &db)
{
    auto rows = db.scalar(u"SELECT count(*) || ':' || coalesce(group_concat(id || '=' || body, '|'), '') "
                          u"FROM (SELECT id, body FROM vault_probe ORDER BY id)"_s);
    if (!rows.ok())
        return u"error: "_s + errorCodeName(rows.code());
    return QString::fromLatin1(
        QCryptographicHash::hash(rows.value().toString().toUtf8(), QCryptographicHash::Sha256).toHex());
}

/** Files below `dir` holding `bytes` raw, as lower/upper hex or as base64. */
QStringList filesContainingBytes(const QString &dir, const QByteArray &bytes)
{
    const QList<QByteArray> needles = { bytes, bytes.toHex(), bytes.toHex().toUpper(), bytes.toBase64() };
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        for (const QByteArray &needle : needles) {
            if (content.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

/** Moves the clock past any delay, then tries `passphrase`. */
Status attemptAfterDelay(Vault &vault, ManualClock &clock, const QString &passphrase)
{
    if (const qint64 until = vault.lockedUntilMs(); until > clock.nowMs())
        clock.set(until);
    return vault.unlock(passphrase);
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    return writeBytes(path, QJsonDocument(o).toJson());
}

QString randomBase64(int bytes, char fill)
{
    return QString::fromLatin1(QByteArray(bytes, fill).toBase64());
}

/** A process's resident memory in KiB (Linux /proc), 0 when unknown. */
qint64 residentKiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/** Starts this test binary as a child: `--vault-child <root> <clockMs> <mode> <arg>`. */
void startChild(QProcess &child, Fixture &f, const QString &mode, const QString &arg)
{
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
        { u"--vault-child"_s, f.root.path(), QString::number(f.clock.nowMs()), mode, arg });
}

} // namespace

Q_DECLARE_METATYPE(Qadam::Error::Code)
Q_DECLARE_METATYPE(Qadam::RekeyStep)

/** Tests for Vault: creation, unlock limits, passphrase change, rekey and wipe. */
class tst_Vault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlcipherShellOpensWithExportedKey();
    void createAndUnlockRoundTrip_data();
    void createAndUnlockRoundTrip();
    void createRejects_data();
    void createRejects();
    void unlockWithoutVault();
    void wrongPassphraseLeavesStoreUntouched_data();
    void wrongPassphraseLeavesStoreUntouched();
    void growingDelay_data();
    void growingDelay();
    void clockRolledBackDoesNotShortenDelay_data();
    void clockRolledBackDoesNotShortenDelay();
    void wipeAfterMaxFailures_data();
    void wipeAfterMaxFailures();
    void explicitWipe();
    void interruptedWipeIsFinished();
    void counterSurvivesRestart_data();
    void counterSurvivesRestart();
    void counterSurvivesProcessRestart();
    void counterSurvivesKillDuringDerivation();
    void missingCounterFailsClosed();
    void storedParamsBelowFloorRefused_data();
    void storedParamsBelowFloorRefused();
    void tamperedHeader_data();
    void tamperedHeader();
    void copiedVaultNeedsDeviceSecret();
    void missingStoreIsCorrupt();
    void changePassphrase_data();
    void changePassphrase();
    void rekeyKeepsRowsAndRejectsOldKey_data();
    void rekeyKeepsRowsAndRejectsOldKey();
    void rekeyInterruptedByKill_data();
    void rekeyInterruptedByKill();
    void lockForgetsKeys();
    void connectionFactoryOpensOnAnotherThreadUntilLocked();
    void eventsForAudit();
    void secretsNeverReachDisk();
    void delayPolicy_data();
    void delayPolicy();
    void calibratedParamsMeetFloor();
    void productDefaultsCreateCalibratedVault();
};

void tst_Vault::createAndUnlockRoundTrip_data()
{
    QTest::addColumn<bool>("withKeyStore");
    QTest::addColumn<QString>("createWith");
    QTest::addColumn<QString>("unlockWith");
    QTest::newRow("with key store") << true << kPassphrase << kPassphrase;
    QTest::newRow("passphrase only") << false << kPassphrase << kPassphrase;
    // "Әй" precomposed (NFC) at creation, decomposed (NFD: и + breve) at unlock.
    QTest::newRow("NFD input opens NFC-created vault")
        << true << u"Ә\u0439-passphrase"_s << QString(u"Ә\u0438\u0306-passphrase"_s);
}

void tst_Vault::createAndUnlockRoundTrip()
{
    QFETCH(bool, withKeyStore);
    QFETCH(QString, createWith);
    QFETCH(QString, unlockWith);
    Fixture f(withKeyStore);
    QString checksum;
    {
        Vault vault(f.config());
        QVERIFY(!Vault::exists(f.dir()));
        const Status created = vault.create(createWith);
        QVERIFY2(created.ok(), qPrintable(created.error().detail));
        QVERIFY(Vault::exists(f.dir()));
        QVERIFY(vault.isUnlocked());
        QVERIFY(writeRows(*vault.database(), 25));
        checksum = probeChecksum(*vault.database());
        vault.lock();
        QVERIFY(!vault.isUnlocked());
    }
    Vault reopened(f.config());
    const Status s = reopened.unlock(unlockWith);
    QVERIFY2(s.ok(), qPrintable(s.error().detail));
    QCOMPARE(probeChecksum(*reopened.database()), checksum);
    QCOMPARE(reopened.failedAttempts(), 0);
    QVERIFY(reopened.database()->checkIntegrity().ok());
    QCOMPARE(QFileInfo(f.file(u"vault.json"_s)).permissions() & (QFile::ReadOther | QFile::ReadGroup),
        QFileDevice::Permissions());
    QCOMPARE(QFileInfo::exists(f.root.filePath(u"keystore"_s)), withKeyStore);
}

void tst_Vault::createRejects_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("existing");
    QTest::addColumn<bool>("productFloor");
    QTest::addColumn<Error::Code>("expected");
    QTest::newRow("vault exists") << kPassphrase << true << false << Error::Conflict;
    QTest::newRow("empty passphrase") << QString() << false << false << Error::Invalid;
    QTest::newRow("parameters below floor") << kPassphrase << false << true << Error::Unsupported;
}

void tst_Vault::createRejects()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, existing);
    QFETCH(bool, productFloor);
    QFETCH(Error::Code, expected);
    Fixture f;
    if (existing) {
        Vault first(f.config());
        QVERIFY(first.create(kPassphrase).ok());
    }
    const QByteArray headerBefore = Test::fileHash(f.file(u"vault.json"_s));
    VaultConfig config = f.config();
    if (productFloor)
        config.floor = KdfParams::floor();
    Vault vault(config);
    QCOMPARE(vault.create(passphrase).code(), expected);
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(Test::fileHash(f.file(u"vault.json"_s)), headerBefore);
}

void tst_Vault::unlockWithoutVault()
{
    Fixture f;
    Vault vault(f.config());
    QCOMPARE(vault.unlock(kPassphrase).code(), Error::NotFound);
    QCOMPARE(vault.failedAttempts(), 0);
}

void tst_Vault::wrongPassphraseLeavesStoreUntouched_data()
{
    QTest::addColumn<QString>("wrong");
    QTest::newRow("one letter's case differs") << kWrongPassphrase;
    QTest::newRow("trailing space") << QString(kPassphrase + u' ');
    QTest::newRow("empty") << QString();
    QTest::newRow("new passphrase before any change") << kNewPassphrase;
}

void tst_Vault::wrongPassphraseLeavesStoreUntouched()
{
    QFETCH(QString, wrong);
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    QVERIFY(writeRows(*vault.database(), 10));
    vault.lock();
    const QByteArray dbBefore = Test::fileHash(f.file(u"qadam.db"_s));
    const QByteArray headerBefore = Test::fileHash(f.file(u"vault.json"_s));
    QVERIFY(!dbBefore.isEmpty());

    const Status s = vault.unlock(wrong);
    QCOMPARE(s.code(), Error::WrongKey);
    if (!wrong.isEmpty())
        QVERIFY(!s.error().detail.contains(wrong));
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(vault.failedAttempts(), 1);
    QCOMPARE(Test::fileHash(f.file(u"qadam.db"_s)), dbBefore);
    QCOMPARE(Test::fileHash(f.file(u"vault.json"_s)), headerBefore);
    QVERIFY(!QFileInfo::exists(f.file(u"qadam.db-wal"_s)));

    QVERIFY(vault.unlock(kPassphrase).ok());
    QCOMPARE(vault.failedAttempts(), 0);
}

void tst_Vault::growingDelay_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("1st failure: no delay") << 1 << qint64(0);
    QTest::newRow("3rd failure: no delay") << 3 << qint64(0);
    QTest::newRow("4th failure: 30 s") << 4 << qint64(30'000);
    QTest::newRow("5th failure: 60 s") << 5 << qint64(60'000);
    QTest::newRow("7th failure: 4 min") << 7 << qint64(240'000);
    QTest::newRow("9th failure: 16 min") << 9 << qint64(960'000);
}

void tst_Vault::growingDelay()
{
    QFETCH(int, failures);
    QFETCH(qint64, delayMs);
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    vault.lock();
    for (int i = 0; i < failures; ++i)
        QCOMPARE(attemptAfterDelay(vault, f.clock, kWrongPassphrase).code(), Error::WrongKey);
    QCOMPARE(vault.failedAttempts(), failures);
    const qint64 failedAt = f.clock.nowMs();
    QCOMPARE(vault.lockedUntilMs(), delayMs == 0 ? 0 : failedAt + delayMs);

    if (delayMs > 0) {
        // Even the right passphrase is not tried during the delay, and nothing is counted.
        QCOMPARE(vault.unlock(kPassphrase).code(), Error::LockedOut);
        f.clock.advance(delayMs - 1);
        QCOMPARE(vault.unlock(kPassphrase).code(), Error::LockedOut);
        QCOMPARE(vault.failedAttempts(), failures);
        f.clock.advance(1);
    }
    QVERIFY(vault.unlock(kPassphrase).ok());
    QCOMPARE(vault.failedAttempts(), 0);
    QCOMPARE(vault.lockedUntilMs(), 0);
}

void tst_Vault::clockRolledBackDoesNotShortenDelay_data()
{
    QTest::addColumn<qint64>("elapsedBeforeRollbackMs");
    QTest::addColumn<qint64>("rollbackMs");
    QTest::newRow("back one day") << qint64(0) << qint64(86'400'000);
    QTest::newRow("back one second, 20 s into the delay") << qint64(20'000) << qint64(1'000);
    QTest::newRow("back ten years") << qint64(5'000) << qint64(315'576'000'000);
}

void tst_Vault::clockRolledBackDoesNotShortenDelay()
{
    QFETCH(qint64, elapsedBeforeRollbackMs);
    QFETCH(qint64, rollbackMs);
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    vault.lock();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(attemptAfterDelay(vault, f.clock, kWrongPassphrase).code(), Error::WrongKey);
    f.clock.advance(elapsedBeforeRollbackMs);
    const qint64 remainingMs = vault.lockedUntilMs() - f.clock.nowMs();
    QCOMPARE(remainingMs, 30'000 - elapsedBeforeRollbackMs);

    f.clock.advance(-rollbackMs);
    QCOMPARE(vault.unlock(kPassphrase).code(), Error::LockedOut);
    const qint64 remainingAfterRollbackMs = vault.lockedUntilMs() - f.clock.nowMs();
    QVERIFY(remainingAfterRollbackMs >= remainingMs); // never shorter...
    QVERIFY(remainingAfterRollbackMs <= 30'000); // ...nor more than one full delay
    f.clock.advance(remainingMs - 1);
    QCOMPARE(vault.unlock(kPassphrase).code(), Error::LockedOut);
    QCOMPARE(vault.failedAttempts(), 4);
    f.clock.set(vault.lockedUntilMs());
    const Status s = vault.unlock(kPassphrase);
    QVERIFY2(s.ok(), qPrintable(errorCodeName(s.code())));
    QCOMPARE(vault.failedAttempts(), 0);
}

void tst_Vault::wipeAfterMaxFailures_data()
{
    QTest::addColumn<int>("maxAttempts");
    QTest::newRow("product limit of 10") << 10;
    QTest::newRow("configured limit of 5") << 5;
}

void tst_Vault::wipeAfterMaxFailures()
{
    QFETCH(int, maxAttempts);
    Fixture f;
    VaultConfig config = f.config();
    config.maxAttempts = maxAttempts;
    Vault vault(config);
    QVERIFY(vault.create(kPassphrase).ok());
    QVERIFY(writeRows(*vault.database(), 10));
    vault.lock();
    // What a killed process leaves behind: WAL, shared memory, journal, a half-made rekey copy.
    const QStringList sideFiles
        = { u"qadam.db-wal"_s, u"qadam.db-shm"_s, u"qadam.db-journal"_s, u"qadam.db.rekey"_s };
    for (const QString &name : sideFiles)
        QVERIFY(writeBytes(f.file(name), QByteArray(4096, 'w')));
    const QString keyStoreDir = f.root.filePath(u"keystore"_s);
    QCOMPARE(QDir(keyStoreDir).entryList(QDir::Files).size(), 1);

    for (int i = 1; i < maxAttempts; ++i) {
        QCOMPARE(attemptAfterDelay(vault, f.clock, kWrongPassphrase).code(), Error::WrongKey);
        QVERIFY(QFileInfo::exists(f.file(u"qadam.db"_s)));
    }
    QCOMPARE(vault.failedAttempts(), maxAttempts - 1);
    QCOMPARE(attemptAfterDelay(vault, f.clock, kWrongPassphrase).code(), Error::Wiped);

    QVERIFY(!Vault::exists(f.dir()));
    for (const QString &name : sideFiles + QStringList { u"qadam.db"_s, u"vault.json"_s, u"attempts"_s })
        QVERIFY2(!QFileInfo::exists(f.file(name)), qPrintable(name));
    QVERIFY(QDir(keyStoreDir).entryList(QDir::Files).isEmpty());
    QCOMPARE(vault.unlock(kPassphrase).code(), Error::NotFound);

    // A fresh start works and holds nothing of the old store.
    QCOMPARE(vault.failedAttempts(), 0);
    QVERIFY(vault.create(kNewPassphrase).ok());
    QCOMPARE(vault.database()
                 ->scalar(u"SELECT count(*) FROM sqlite_schema WHERE name = 'vault_probe'"_s)
                 .value()
                 .toInt(),
        0);
    QCOMPARE(vault.failedAttempts(), 0);
}

void tst_Vault::explicitWipe()
{
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    QVERIFY(writeRows(*vault.database(), 10));
    QVERIFY(QFileInfo::exists(f.file(u"qadam.db-wal"_s)));
    QVERIFY(vault.wipe().ok());
    QVERIFY(!vault.isUnlocked());
    QVERIFY(!Vault::exists(f.dir()));
    QCOMPARE(QDir(f.dir()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QCOMPARE(QDir(f.root.filePath(u"keystore"_s)).entryList(QDir::Files), QStringList());
    QVERIFY(vault.create(kPassphrase).ok());
}

void tst_Vault::interruptedWipeIsFinished()
{
    Fixture f;
    {
        Vault vault(f.config());
        QVERIFY(vault.create(kPassphrase).ok());
    }
    // A wipe killed after the limit was counted: even the right passphrase cannot stop it now.
    QVERIFY(writeBytes(f.file(u"attempts"_s), R"({"version":1,"failures":10,"lastFailureMs":0})"));
    Vault vault(f.config());
    QCOMPARE(vault.unlock(kPassphrase).code(), Error::Wiped);
    QVERIFY(!Vault::exists(f.dir()));
    QVERIFY(!QFileInfo::exists(f.file(u"qadam.db"_s)));
}

void tst_Vault::counterSurvivesRestart_data()
{
    QTest::addColumn<int>("failures");
    QTest::newRow("2 failures, no delay") << 2;
    QTest::newRow("5 failures, in a delay") << 5;
}

void tst_Vault::counterSurvivesRestart()
{
    QFETCH(int, failures);
    Fixture f;
    qint64 lockedUntil = 0;
    {
        Vault vault(f.config());
        QVERIFY(vault.create(kPassphrase).ok());
        vault.lock();
        for (int i = 0; i < failures; ++i)
            QCOMPARE(attemptAfterDelay(vault, f.clock, kWrongPassphrase).code(), Error::WrongKey);
        lockedUntil = vault.lockedUntilMs();
    }
    Vault restarted(f.config());
    QCOMPARE(restarted.failedAttempts(), failures);
    QCOMPARE(restarted.lockedUntilMs(), lockedUntil);
    if (lockedUntil > 0)
        QCOMPARE(restarted.unlock(kPassphrase).code(), Error::LockedOut);
    f.clock.set(std::max(lockedUntil, f.clock.nowMs()));
    QVERIFY(restarted.unlock(kPassphrase).ok());
}

void tst_Vault::counterSurvivesProcessRestart()
{
    Fixture f;
    {
        Vault vault(f.config());
        QVERIFY(vault.create(kPassphrase).ok());
    }
    for (int expected = 1; expected <= 2; ++expected) {
        QProcess child;
        startChild(child, f, u"unlock"_s, kWrongPassphrase);
        QVERIFY(child.waitForFinished(60'000));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), kChildExitBase + Error::WrongKey);
        QCOMPARE(Vault(f.config()).failedAttempts(), expected);
    }
    QProcess child;
    startChild(child, f, u"unlock"_s, kPassphrase);
    QVERIFY(child.waitForFinished(60'000));
    QCOMPARE(child.exitCode(), 0);
    QCOMPARE(Vault(f.config()).failedAttempts(), 0);
}

void tst_Vault::counterSurvivesKillDuringDerivation()
{
#ifndef Q_OS_LINUX
    QSKIP("watches the child's resident memory through /proc");
#endif
    Fixture f;
    VaultConfig config = f.config();
    config.kdf = { 40, size_t(64) * 1024 * 1024 }; // about a second here: time to kill mid-derivation
    {
        Vault vault(config);
        QVERIFY(vault.create(kPassphrase).ok());
    }
    const Vault observer(config);
    QCOMPARE(observer.failedAttempts(), 0);

    QProcess child;
    startChild(child, f, u"unlock"_s, kWrongPassphrase);
    QVERIFY(child.waitForStarted());
    // Argon2id fills its 64 MiB in the first pass: once the child holds that much memory it is
    // deriving, and the attempt must already be on disk.
    const QDeadlineTimer deadline(30'000);
    while (residentKiB(child.processId()) < 48 * 1024 && !deadline.hasExpired())
        QThread::usleep(200);
    QVERIFY(!deadline.hasExpired());
    child.kill();
    QVERIFY(child.waitForFinished(30'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, not finished
    QCOMPARE(observer.failedAttempts(), 1);

    Vault vault(config);
    QVERIFY(vault.unlock(kPassphrase).ok());
    QCOMPARE(vault.failedAttempts(), 0);
}

void tst_Vault::missingCounterFailsClosed()
{
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    vault.lock();
    QCOMPARE(vault.unlock(kWrongPassphrase).code(), Error::WrongKey);
    QVERIFY(QFile::remove(f.file(u"attempts"_s)));
    // Deleting the counter does not buy guesses: the free failures count as used.
    QCOMPARE(vault.failedAttempts(), AttemptCounter::kFreeFailures);
    QCOMPARE(vault.unlock(kWrongPassphrase).code(), Error::WrongKey);
    QCOMPARE(vault.unlock(kPassphrase).code(), Error::LockedOut);
    QVERIFY(writeBytes(f.file(u"attempts"_s), "{\"version\":1,\"failures\":\"zero\"}"));
    QCOMPARE(vault.failedAttempts(), AttemptCounter::kFreeFailures);
}

void tst_Vault::storedParamsBelowFloorRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("productFloor");
    QTest::newRow("test parameters against the product floor") << QString() << qint64(0) << true;
    QTest::newRow("opsLimit edited below the floor") << u"opsLimit"_s << qint64(1) << false;
    QTest::newRow("memLimit edited below the floor") << u"memLimit"_s << qint64(8192) << false;
}

void tst_Vault::storedParamsBelowFloorRefused()
{
    QFETCH(QString, field);
    QFETCH(qint64, value);
    QFETCH(bool, productFloor);
    Fixture f;
    VaultConfig config = f.config();
    config.kdf = config.floor = KdfParams { 2, 16 * 1024 };
    {
        Vault vault(config);
        QVERIFY(vault.create(kPassphrase).ok());
    }
    if (!field.isEmpty()) {
        QJsonObject header = readJson(f.file(u"vault.json"_s));
        QJsonObject kdf = header.value(u"kdf").toObject();
        kdf.insert(field, value);
        header.insert(u"kdf"_s, kdf);
        QVERIFY(writeJson(f.file(u"vault.json"_s), header));
    }
    if (productFloor)
        config.floor = KdfParams::floor();
    Vault vault(config);
    QCOMPARE(vault.unlock(kPassphrase).code(), Error::Unsupported);
    QCOMPARE(vault.changePassphrase(kPassphrase, kNewPassphrase).code(), Error::Unsupported);
    QCOMPARE(vault.failedAttempts(), 0); // refused before any guess
    QVERIFY(!vault.isUnlocked());
}

void tst_Vault::tamperedHeader_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("expected"); // an Error::Code, or -1 for success
    QTest::newRow("salt replaced") << u"salt"_s << int(Error::WrongKey);
    QTest::newRow("opsLimit raised") << u"opsRaised"_s << int(Error::WrongKey);
    QTest::newRow("memLimit raised") << u"memRaised"_s << int(Error::WrongKey);
    QTest::newRow("wrapped key bit flipped") << u"flip"_s << int(Error::WrongKey);
    QTest::newRow("nonce replaced") << u"nonce"_s << int(Error::WrongKey);
    QTest::newRow("another key-store secret") << u"otherSecret"_s << int(Error::WrongKey);
    QTest::newRow("key-store secret named but absent") << u"absentSecret"_s << int(Error::NotFound);
    QTest::newRow("opsLimit absurd") << u"opsAbsurd"_s << int(Error::Unsupported);
    QTest::newRow("memLimit absurd") << u"memAbsurd"_s << int(Error::Unsupported);
    QTest::newRow("format 2") << u"format"_s << int(Error::Unsupported);
    QTest::newRow("argon2i instead of argon2id") << u"alg"_s << int(Error::Unsupported);
    QTest::newRow("salt too short") << u"shortSalt"_s << int(Error::Corrupt);
    QTest::newRow("wrapped key missing") << u"noKey"_s << int(Error::Corrupt);
    QTest::newRow("opsLimit a string") << u"opsString"_s << int(Error::Corrupt);
    QTest::newRow("truncated file") << u"truncate"_s << int(Error::Corrupt);
    QTest::newRow("not JSON") << u"garbage"_s << int(Error::Corrupt);
    QTest::newRow("empty file") << u"empty"_s << int(Error::Corrupt);
    QTest::newRow("forged pending key is ignored") << u"forgedPending"_s << -1;
}

void tst_Vault::tamperedHeader()
{
    QFETCH(QString, edit);
    QFETCH(int, expected);
    Fixture f;
    {
        Vault vault(f.config());
        QVERIFY(vault.create(kPassphrase).ok());
        QVERIFY(writeRows(*vault.database(), 5));
    }
    const QString path = f.file(u"vault.json"_s);
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray original = raw.readAll();
    raw.close();
    QJsonObject header = QJsonDocument::fromJson(original).object();
    QJsonObject kdf = header.value(u"kdf").toObject();
    QJsonObject wrap = header.value(u"wrap").toObject();
    QJsonObject current = wrap.value(u"current").toObject();
    QByteArray bytes;
    if (edit == u"salt")
        kdf.insert(u"salt"_s, randomBase64(16, 's'));
    else if (edit == u"opsRaised")
        kdf.insert(u"opsLimit"_s, kdf.value(u"opsLimit").toInteger() + 1);
    else if (edit == u"memRaised")
        kdf.insert(u"memLimit"_s, kdf.value(u"memLimit").toInteger() * 2);
    else if (edit == u"opsAbsurd")
        kdf.insert(u"opsLimit"_s, qint64(1) << 40);
    else if (edit == u"memAbsurd")
        kdf.insert(u"memLimit"_s, qint64(1) << 45);
    else if (edit == u"opsString")
        kdf.insert(u"opsLimit"_s, u"1"_s);
    else if (edit == u"alg")
        kdf.insert(u"alg"_s, u"argon2i13"_s);
    else if (edit == u"shortSalt")
        kdf.insert(u"salt"_s, randomBase64(8, 's'));
    else if (edit == u"format")
        header.insert(u"format"_s, 2);
    else if (edit == u"nonce")
        current.insert(u"nonce"_s, randomBase64(24, 'n'));
    else if (edit == u"noKey")
        current.remove(u"key"_s);
    else if (edit == u"flip") {
        QByteArray key = QByteArray::fromBase64(current.value(u"key").toString().toLatin1());
        key[5] = char(key[5] ^ 0x01);
        current.insert(u"key"_s, QString::fromLatin1(key.toBase64()));
    } else if (edit == u"otherSecret") {
        QVERIFY(f.keyStore->create(u"qadam-vault-other"_s).ok());
        header.insert(u"keyStoreId"_s, u"qadam-vault-other"_s);
    } else if (edit == u"absentSecret")
        header.insert(u"keyStoreId"_s, u"qadam-vault-absent"_s);
    else if (edit == u"forgedPending")
        wrap.insert(u"pending"_s,
            QJsonObject { { u"nonce"_s, randomBase64(24, 'n') }, { u"key"_s, randomBase64(48, 'k') } });
    wrap.insert(u"current"_s, current);
    header.insert(u"kdf"_s, kdf);
    header.insert(u"wrap"_s, wrap);
    bytes = QJsonDocument(header).toJson();
    if (edit == u"truncate")
        bytes = original.left(original.size() / 2);
    else if (edit == u"garbage")
        bytes = QByteArray(300, '\xa7');
    else if (edit == u"empty")
        bytes.clear();
    QVERIFY(writeBytes(path, bytes));
    const QByteArray dbBefore = Test::fileHash(f.file(u"qadam.db"_s));

    Vault vault(f.config());
    const Status s = vault.unlock(kPassphrase);
    if (expected < 0) {
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        QVERIFY(!readJson(path).value(u"wrap").toObject().contains(u"pending"));
        return;
    }
    QCOMPARE(int(s.code()), expected);
    QVERIFY(!vault.isUnlocked());
    QCOMPARE(Test::fileHash(f.file(u"qadam.db"_s)), dbBefore);
    QCOMPARE(vault.failedAttempts(), expected == Error::WrongKey ? 1 : 0);
}

void tst_Vault::copiedVaultNeedsDeviceSecret()
{
    Fixture f;
    {
        Vault vault(f.config());
        QVERIFY(vault.create(kPassphrase).ok());
    }
    // The same files on "another device": its key store has no such secret.
    FileKeyStore otherDevice(f.root.filePath(u"other-keystore"_s));
    VaultConfig config = f.config();
    config.keyStore = &otherDevice;
    Vault copy(config);
    QCOMPARE(copy.unlock(kPassphrase).code(), Error::NotFound);
    config.keyStore = nullptr;
    Vault withoutStore(config);
    QCOMPARE(withoutStore.unlock(kPassphrase).code(), Error::Unsupported);
    QCOMPARE(withoutStore.failedAttempts(), 0);
    Vault original(f.config());
    QVERIFY(original.unlock(kPassphrase).ok());
}

void tst_Vault::missingStoreIsCorrupt()
{
    Fixture f;
    {
        Vault vault(f.config());
        QVERIFY(vault.create(kPassphrase).ok());
    }
    QVERIFY(QFile::remove(f.file(u"qadam.db"_s)));
    Vault vault(f.config());
    QCOMPARE(vault.unlock(kPassphrase).code(), Error::Corrupt);
    QVERIFY(!QFileInfo::exists(f.file(u"qadam.db"_s))); // not silently recreated empty
}

void tst_Vault::changePassphrase_data()
{
    QTest::addColumn<bool>("whileUnlocked");
    QTest::newRow("while locked: store file untouched") << false;
    QTest::newRow("while unlocked, then rekey") << true;
}

void tst_Vault::changePassphrase()
{
    QFETCH(bool, whileUnlocked);
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    QVERIFY(writeRows(*vault.database(), 40));
    const QString checksum = probeChecksum(*vault.database());
    const QByteArray rawKey = vault.exportRawKeyForInterop().value();
    if (!whileUnlocked)
        vault.lock();
    const QByteArray dbBefore = Test::fileHash(f.file(u"qadam.db"_s));
    const QByteArray headerBefore = Test::fileHash(f.file(u"vault.json"_s));

    QCOMPARE(vault.changePassphrase(kWrongPassphrase, kNewPassphrase).code(), Error::WrongKey);
    QCOMPARE(vault.failedAttempts(), 1);
    QCOMPARE(Test::fileHash(f.file(u"vault.json"_s)), headerBefore);
    QCOMPARE(vault.changePassphrase(kPassphrase, QString()).code(), Error::Invalid);
    QVERIFY(vault.changePassphrase(kPassphrase, kNewPassphrase).ok());
    QCOMPARE(vault.failedAttempts(), 0);
    QVERIFY(Test::fileHash(f.file(u"vault.json"_s)) != headerBefore);
    if (whileUnlocked) {
        QVERIFY(vault.isUnlocked());
        QVERIFY(vault.rekey().ok()); // wraps the new key with the KEK of the new passphrase
    } else {
        QCOMPARE(Test::fileHash(f.file(u"qadam.db"_s)), dbBefore); // re-wrapped, not re-encrypted
    }
    vault.lock();

    QCOMPARE(vault.unlock(kPassphrase).code(), Error::WrongKey);
    const Status s = vault.unlock(kNewPassphrase);
    QVERIFY2(s.ok(), qPrintable(s.error().detail));
    QCOMPARE(probeChecksum(*vault.database()), checksum);
    QCOMPARE(vault.exportRawKeyForInterop().value() == rawKey, !whileUnlocked);
}

void tst_Vault::rekeyKeepsRowsAndRejectsOldKey_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("migrated store, no extra rows") << 0;
    QTest::newRow("2000 rows") << 2000;
}

void tst_Vault::rekeyKeepsRowsAndRejectsOldKey()
{
    QFETCH(int, rows);
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    QVERIFY(writeRows(*vault.database(), rows));
    const QString checksum = probeChecksum(*vault.database());
    const QByteArray oldKey = vault.exportRawKeyForInterop().value();
    const QByteArray dbBefore = Test::fileHash(f.file(u"qadam.db"_s));

    const Status s = vault.rekey();
    QVERIFY2(s.ok(), qPrintable(s.error().detail));
    QVERIFY(vault.isUnlocked());
    const QByteArray newKey = vault.exportRawKeyForInterop().value();
    QCOMPARE(newKey.size(), 32);
    QVERIFY(newKey != oldKey);
    QCOMPARE(probeChecksum(*vault.database()), checksum);
    QVERIFY(writeRows(*vault.database(), 1)); // the reopened store is writable
    const QString checksumAfter = probeChecksum(*vault.database());
    vault.lock();

    QVERIFY(Test::fileHash(f.file(u"qadam.db"_s)) != dbBefore);
    QVERIFY(!QFileInfo::exists(f.file(u"qadam.db.rekey"_s)));
    QVERIFY(!readJson(f.file(u"vault.json"_s)).value(u"wrap").toObject().contains(u"pending"));
    QCOMPARE(Database::open(f.file(u"qadam.db"_s), oldKey).code(), Error::WrongKey);
    {
        auto direct = Database::open(f.file(u"qadam.db"_s), newKey);
        QVERIFY(direct.ok());
        QVERIFY(direct.value()->checkIntegrity().ok());
        QCOMPARE(probeChecksum(*direct.value()), checksumAfter);
    }
    QVERIFY(vault.unlock(kPassphrase).ok());
    QCOMPARE(probeChecksum(*vault.database()), checksumAfter);
}

void tst_Vault::rekeyInterruptedByKill_data()
{
    QTest::addColumn<RekeyStep>("step");
    QTest::addColumn<bool>("newKeyWins");
    QTest::newRow("after export") << RekeyStep::Exported << false;
    QTest::newRow("after pending key recorded") << RekeyStep::PendingRecorded << false;
    QTest::newRow("after old store closed") << RekeyStep::OldDatabaseClosed << false;
    QTest::newRow("after rename, header not finalised") << RekeyStep::Renamed << true;
    QTest::newRow("after header finalised") << RekeyStep::Finalised << true;
}

void tst_Vault::rekeyInterruptedByKill()
{
    QFETCH(RekeyStep, step);
    QFETCH(bool, newKeyWins);
    Fixture f;
    QString checksum;
    QByteArray oldKey;
    {
        Vault vault(f.config());
        QVERIFY(vault.create(kPassphrase).ok());
        QVERIFY(writeRows(*vault.database(), 300));
        checksum = probeChecksum(*vault.database());
        oldKey = vault.exportRawKeyForInterop().value();
    }
    QProcess child;
    startChild(child, f, u"rekey-kill"_s, QString::number(int(step)));
    QVERIFY(child.waitForFinished(60'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Vault vault(f.config());
    const Status s = vault.unlock(kPassphrase);
    QVERIFY2(s.ok(), qPrintable(s.error().detail));
    QCOMPARE(probeChecksum(*vault.database()), checksum);
    QVERIFY(vault.database()->checkIntegrity().ok());
    const QByteArray key = vault.exportRawKeyForInterop().value();
    QCOMPARE(key != oldKey, newKeyWins);
    vault.lock();
    // Recovery leaves one key, one store and no half-finished state.
    QVERIFY(!QFileInfo::exists(f.file(u"qadam.db.rekey"_s)));
    QVERIFY(!readJson(f.file(u"vault.json"_s)).value(u"wrap").toObject().contains(u"pending"));
    if (newKeyWins)
        QCOMPARE(Database::open(f.file(u"qadam.db"_s), oldKey).code(), Error::WrongKey);
    QVERIFY(vault.unlock(kPassphrase).ok());
    QVERIFY(vault.rekey().ok());
    QCOMPARE(probeChecksum(*vault.database()), checksum);
}

void tst_Vault::lockForgetsKeys()
{
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    QVERIFY(writeRows(*vault.database(), 3));
    const QString checksum = probeChecksum(*vault.database());
    QVERIFY(vault.exportRawKeyForInterop().ok());
    vault.lock();
    QVERIFY(!vault.isUnlocked());
    QVERIFY(!vault.database());
    QCOMPARE(vault.exportRawKeyForInterop().code(), Error::Locked);
    QCOMPARE(vault.rekey().code(), Error::Locked);
    QVERIFY(!QFileInfo::exists(f.file(u"qadam.db-wal"_s))); // the connection really closed
    vault.lock(); // idempotent
    QVERIFY(vault.unlock(kPassphrase).ok());
    QCOMPARE(vault.unlock(kPassphrase).code(), Error::Conflict); // no second check while open
    QCOMPARE(probeChecksum(*vault.database()), checksum);
}

void tst_Vault::connectionFactoryOpensOnAnotherThreadUntilLocked()
{
    Fixture f;
    Vault vault(f.config());
    QCOMPARE(vault.connectionFactory()().code(), Error::Locked); // no vault yet
    QVERIFY(vault.create(kPassphrase).ok());
    QVERIFY(writeRows(*vault.database(), 5));
    const QString checksum = probeChecksum(*vault.database());
    const Vault::ConnectionFactory factory = vault.connectionFactory();

    // Opened and used on another thread (like the sync engine's), with both connections open.
    QString seen = u"not opened"_s;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        auto db = factory();
        seen = db.ok() ? probeChecksum(*db.value()) : errorCodeName(db.code());
    }));
    thread->start();
    QVERIFY(thread->wait(60'000));
    QCOMPARE(seen, checksum);

    vault.lock(); // the key copy is gone with the keys: the old factory opens nothing
    QCOMPARE(factory().code(), Error::Locked);
    QCOMPARE(vault.connectionFactory()().code(), Error::Locked);
    QVERIFY(vault.unlock(kPassphrase).ok());
    QCOMPARE(factory().code(), Error::Locked); // a factory from before the lock stays dead
    auto again = vault.connectionFactory()();
    QVERIFY(again.ok());
    QCOMPARE(probeChecksum(*again.value()), checksum);
    again.value().reset();
    QVERIFY(vault.wipe().ok());
    QCOMPARE(factory().code(), Error::Locked);
}

void tst_Vault::eventsForAudit()
{
    Fixture f;
    QList<VaultEvent> events;
    VaultConfig config = f.config();
    config.onEvent = [&events](const VaultEvent &e) { events << e; };
    Vault vault(config);
    QVERIFY(vault.create(kPassphrase).ok());
    vault.lock();
    QCOMPARE(vault.unlock(kWrongPassphrase).code(), Error::WrongKey);
    QVERIFY(vault.unlock(kPassphrase).ok());

    QCOMPARE(events.size(), 4);
    QCOMPARE(events[0].operation, VaultEvent::Create);
    QVERIFY(events[0].ok);
    QCOMPARE(events[1].operation, VaultEvent::Lock);
    QCOMPARE(events[2].operation, VaultEvent::Unlock);
    QVERIFY(!events[2].ok);
    QCOMPARE(events[2].error, Error::WrongKey);
    QCOMPARE(events[2].failedAttempts, 1);
    QCOMPARE(events[2].atMs, f.clock.nowMs());
    QCOMPARE(events[3].operation, VaultEvent::Unlock);
    QVERIFY(events[3].ok);
    QCOMPARE(events[3].failedAttempts, 0);
}

void tst_Vault::secretsNeverReachDisk()
{
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    QVERIFY(writeRows(*vault.database(), 50));
    const QByteArray firstKey = vault.exportRawKeyForInterop().value();
    vault.lock();
    QVERIFY(vault.changePassphrase(kPassphrase, kNewPassphrase).ok());
    QVERIFY(vault.unlock(kNewPassphrase).ok());
    QVERIFY(vault.rekey().ok());
    const QByteArray secondKey = vault.exportRawKeyForInterop().value();
    QVERIFY(writeRows(*vault.database(), 5)); // the WAL exists now: search it too
    QVERIFY(QFileInfo::exists(f.file(u"qadam.db-wal"_s)));

    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &passphrase : { kPassphrase, kNewPassphrase })
            QCOMPARE(Test::filesContaining(f.root.path(), passphrase), QStringList());
        for (const QByteArray &key : { firstKey, secondKey })
            QCOMPARE(filesContainingBytes(f.root.path(), key), QStringList());
        // The search itself can fail: the synthetic rows are found in plaintext nowhere either,
        // but a file written in the clear is.
        QVERIFY(Test::filesContaining(f.root.path(), u"canary-row"_s).isEmpty());
        vault.lock();
    }
    QVERIFY(writeBytes(f.root.filePath(u"plain.txt"_s), firstKey.toHex()));
    QCOMPARE(filesContainingBytes(f.root.path(), firstKey).size(), 1);
}

void tst_Vault::delayPolicy_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<qint64>("delayMs");
    QTest::newRow("0") << 0 << qint64(0);
    QTest::newRow("3") << 3 << qint64(0);
    QTest::newRow("4") << 4 << qint64(30'000);
    QTest::newRow("8") << 8 << qint64(480'000);
    QTest::newRow("11: capped at one hour") << 11 << qint64(3'600'000);
    QTest::newRow("1000: capped") << 1000 << qint64(3'600'000);
}

void tst_Vault::delayPolicy()
{
    QFETCH(int, failures);
    QFETCH(qint64, delayMs);
    QCOMPARE(AttemptCounter::delayMs(failures), delayMs);
}

void tst_Vault::calibratedParamsMeetFloor()
{
    const KdfParams floor = KdfParams::floor();
    QCOMPARE(floor.opsLimit, quint64(3));
    QCOMPARE(floor.memLimitBytes, size_t(64) * 1024 * 1024);

    QElapsedTimer calibration;
    calibration.start();
    const KdfParams params = KdfParams::calibrate();
    const qint64 calibrationMs = calibration.elapsed();
    QVERIFY(params.isAtLeast(floor));

    const QByteArray salt(KdfParams::kSaltBytes, 'x');
    QElapsedTimer timer;
    timer.start();
    auto key = params.derive(QByteArrayView("a passphrase"), salt);
    const qint64 ms = timer.elapsed();
    QVERIFY(key.ok());
    QCOMPARE(key.value().size(), 32);
    qInfo("calibrated Argon2id: t=%llu m=%zu MiB, one derivation %lld ms (calibration took %lld ms)",
        static_cast<unsigned long long>(params.opsLimit), params.memLimitBytes / (1024 * 1024),
        static_cast<long long>(ms), static_cast<long long>(calibrationMs));
    QVERIFY2(ms >= 250, "a derivation with calibrated parameters must cost at least 250 ms (R7)");
}

void tst_Vault::productDefaultsCreateCalibratedVault()
{
    Fixture f;
    VaultConfig config;
    config.directory = f.dir();
    config.keyStore = f.keyStore.get(); // product floor, calibration, system clock
    Vault vault(config);
    QVERIFY(vault.create(kPassphrase).ok());
    vault.lock();
    const QJsonObject kdf = readJson(f.file(u"vault.json"_s)).value(u"kdf").toObject();
    QCOMPARE(kdf.value(u"alg").toString(), u"argon2id13"_s);
    QVERIFY(kdf.value(u"opsLimit").toInteger() >= 3);
    QVERIFY(kdf.value(u"memLimit").toInteger() >= 64 * 1024 * 1024);
    QCOMPARE(QByteArray::fromBase64(kdf.value(u"salt").toString().toLatin1()).size(), 16);
    QVERIFY(vault.unlock(kPassphrase).ok());
}

/**
 * The child side of the process tests: `--vault-child <root> <clockMs> <mode> <arg>`.
 *   unlock <passphrase>: one unlock; exit 0 or kChildExitBase + error code.
 *   rekey-kill <step>: unlock, then rekey with SIGKILL raised right after RekeyStep <step>.
 */
int runChild(const QStringList &args)
{
    if (args.size() != 4)
        return 2;
    const QString root = args.at(0);
    ManualClock clock(args.at(1).toLongLong());
    FileKeyStore keyStore(root + u"/keystore"_s);
    VaultConfig config;
    config.directory = root + u"/vault"_s;
    config.floor = KdfParams::cheapestForTests();
    config.kdf = KdfParams::cheapestForTests();
    config.clock = &clock;
    config.keyStore = &keyStore;
    if (args.at(2) == u"rekey-kill") {
        const auto killAt = RekeyStep(args.at(3).toInt());
        config.rekeyProbe = [killAt](RekeyStep step) {
            if (step == killAt)
                std::raise(SIGKILL);
        };
    }
    Vault vault(config);
    const Status unlocked = vault.unlock(args.at(2) == u"unlock" ? args.at(3) : kPassphrase);
    if (!unlocked.ok() || args.at(2) == u"unlock")
        return unlocked.ok() ? 0 : kChildExitBase + unlocked.code();
    const Status rekeyed = vault.rekey();
    return rekeyed.ok() ? 0 : kChildExitBase + rekeyed.code();
}

// Interop with a tool we did not write: Debian's sqlcipher shell reads the vault's store with the
// exported raw key, and refuses it without.
void tst_Vault::sqlcipherShellOpensWithExportedKey()
{
    Fixture f;
    Vault vault(f.config());
    QVERIFY(vault.create(kPassphrase).ok());
    QVERIFY(writeRows(*vault.database(), 12));
    QVERIFY(vault.database()->checkpoint().ok());
    QByteArray literal = Database::keyLiteral(vault.exportRawKeyForInterop().value());
    vault.lock();
    auto shell = [&](const QByteArray &keyLine) {
        QProcess p;
        p.start(QStringLiteral(QADAM_SQLCIPHER_CLI), {f.file(u"qadam.db"_s)});
        p.write(keyLine + ".tables\nSELECT 'rows=' || count(*) FROM vault_probe;\n");
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    };
    const QString keyed = shell("PRAGMA key = \"" + literal + "\";\n");
    Database::wipe(literal);
    QVERIFY2(keyed.contains(u"rows=12"_s) && keyed.contains(u"audit_event"_s) && keyed.contains(u"check_in"_s),
             qPrintable(keyed));
    const QString unkeyed = shell(QByteArray());
    QVERIFY2(!unkeyed.contains(u"rows=12"_s) && unkeyed.contains(u"not a database"_s), qPrintable(unkeyed));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--vault-child") == 0)
        return runChild(app.arguments().mid(2));
    tst_Vault tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_vault.moc"
