#include "vault.h"

#include "attemptcounter.h"
#include "durablefile.h"
#include "keystore.h"
#include "store/migrations.h"
#include "storecopy.h"
#include "util/clock.h"
#include "util/logging.h"
#include "vaultfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kDatabaseFile = u"qadam.db"_s;
const QString kHeaderFile = u"vault.json"_s;
const QString kAttemptsFile = u"attempts"_s;
const QString kRekeySuffix = u".rekey"_s;

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

/** The passphrase as NFC-normalised UTF-8 in guarded memory, so that the same letters typed on
 *  keyboards that compose differently (e.g. Kazakh "Ә" precomposed or not) give the same key.
 *  The temporary copies are zeroed; the caller's QString is the caller's to clear. */
SecureBuffer passphraseBytes(const QString &passphrase)
{
    QString nfc = passphrase.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = nfc.toUtf8();
    SecureBuffer bytes = SecureBuffer::copyOf(utf8);
    Database::wipe(utf8);
    if (!nfc.isEmpty())
        sodium_memzero(nfc.data(), size_t(nfc.size()) * sizeof(QChar));
    return bytes;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

const char *operationName(VaultEvent::Operation operation)
{
    switch (operation) {
    case VaultEvent::Create:
        return "create";
    case VaultEvent::Unlock:
        return "unlock";
    case VaultEvent::Lock:
        return "lock";
    case VaultEvent::ChangePassphrase:
        return "change passphrase";
    case VaultEvent::Rekey:
        return "rekey";
    case VaultEvent::Wipe:
        return "wipe";
    }
    return "?";
}

} // namespace

/** Key material recovered by a verified passphrase; every member lives in guarded memory. */
struct Vault::Keys
{
    SecureBuffer kek;
    SecureBuffer current;
    SecureBuffer pending; ///< empty unless a rekey was interrupted
};

Vault::Vault(VaultConfig config)
    : m_config(std::move(config))
    , m_clock(m_config.clock ? m_config.clock : &systemClock())
{
    Q_ASSERT(m_config.maxAttempts > AttemptCounter::kFreeFailures);
    if (!SecureBuffer::initSodium())
        qCCritical(lcCore) << "libsodium failed to initialise";
}

Vault::~Vault()
{
    forgetKeys(); // no event: the observer may already be gone
}

bool Vault::exists(const QString &directory)
{
    return QFileInfo::exists(QDir(directory).filePath(kHeaderFile));
}

QString Vault::databasePath() const
{
    return QDir(m_config.directory).filePath(kDatabaseFile);
}
QString Vault::headerPath() const
{
    return QDir(m_config.directory).filePath(kHeaderFile);
}
QString Vault::attemptsPath() const
{
    return QDir(m_config.directory).filePath(kAttemptsFile);
}
QString Vault::rekeyPath() const
{
    return databasePath() + kRekeySuffix;
}

// ---- reporting and the attempt counter ----

Status Vault::report(VaultEvent::Operation operation, Status status) const
{
    if (status.ok())
        qCInfo(lcCore).noquote() << "vault" << operationName(operation) << "ok";
    else // codes only: details hold no secrets, but they stay out of the log all the same
        qCInfo(lcCore).noquote() << "vault" << operationName(operation)
                                 << "failed:" << errorCodeName(status.code());
    if (m_config.onEvent) {
        m_config.onEvent(VaultEvent { operation, status.ok(), status.ok() ? Error::Storage : status.code(),
            failedAttempts(), lockedUntilMs(), m_clock->nowMs() });
    }
    return status;
}

int Vault::failedAttempts() const
{
    if (!exists(m_config.directory))
        return 0;
    return AttemptCounter(attemptsPath()).load(m_clock->nowMs()).failures;
}

qint64 Vault::lockedUntilMs() const
{
    if (!exists(m_config.directory))
        return 0;
    const qint64 now = m_clock->nowMs();
    return AttemptCounter::lockedUntilMs(AttemptCounter(attemptsPath()).load(now), now);
}

// ---- header, parameters and derivation ----

Result<VaultFile> Vault::loadHeader() const
{
    auto bytes = DurableFile::read(headerPath());
    if (!bytes.ok())
        return bytes.code() == Error::NotFound ? Error::make(Error::NotFound, u"no vault in this directory"_s)
                                               : bytes.error();
    return VaultFile::parse(bytes.value());
}

Status Vault::checkParams(const KdfParams &params) const
{
    if (!params.isUsable())
        return Error::make(
            Error::Unsupported, u"Argon2id parameters out of range (%1)"_s.arg(params.describe()));
    if (!params.isAtLeast(m_config.floor))
        return Error::make(Error::Unsupported,
            u"Argon2id parameters below the floor (%1 < %2)"_s.arg(
                params.describe(), m_config.floor.describe()));
    return {};
}

Result<SecureBuffer> Vault::deriveKek(const QString &passphrase, const VaultFile &header) const
{
    const SecureBuffer pass = passphraseBytes(passphrase);
    auto derived = header.kdf.derive(QByteArrayView(pass.data(), pass.size()), header.salt);
    if (!derived.ok() || header.keyStoreId.isEmpty())
        return derived;
    if (!m_config.keyStore)
        return Error::make(Error::Unsupported, u"this vault needs its device key store"_s);
    return m_config.keyStore->mix(header.keyStoreId, derived.value());
}

Result<Vault::Keys> Vault::checkPassphrase(const QString &passphrase, const VaultFile &header)
{
    if (!header.keyStoreId.isEmpty() && !m_config.keyStore)
        return Error::make(Error::Unsupported, u"this vault needs its device key store"_s);
    const AttemptCounter counter(attemptsPath());
    if (counter.load(m_clock->nowMs()).failures >= m_config.maxAttempts) {
        qCWarning(lcCore) << "vault: finishing an interrupted wipe";
        (void)destroyEverything(header.keyStoreId);
        return Error::make(Error::Wiped, u"too many failed attempts"_s);
    }
    auto before = counter.admit(m_clock->nowMs());
    if (!before.ok())
        return before.error();

    auto kek = deriveKek(passphrase, header);
    if (!kek.ok()) {
        (void)counter.write(before.value()); // nothing was guessed: give the attempt back
        return kek.error();
    }
    auto current = header.unwrap(header.current, kek.value());
    if (!current.ok()) {
        if (current.code() != Error::WrongKey) {
            (void)counter.write(before.value());
            return current.error();
        }
        if (before.value().failures + 1 >= m_config.maxAttempts) {
            qCWarning(lcCore) << "vault: failed attempts reached the limit; destroying keys and store";
            (void)destroyEverything(header.keyStoreId);
            return Error::make(Error::Wiped, u"too many failed attempts"_s);
        }
        return Error::make(Error::WrongKey, u"the passphrase does not open the vault"_s);
    }
    if (Status s = counter.write({}); !s.ok())
        qCWarning(lcCore) << "could not reset the attempt counter:" << errorCodeName(s.code());

    Keys keys { std::move(kek).value(), std::move(current).value(), {} };
    if (header.pending) {
        // A pending key that fails to verify was edited; the current key alone decides then.
        auto pending = header.unwrap(*header.pending, keys.kek);
        if (pending.ok())
            keys.pending = std::move(pending).value();
    }
    return keys;
}

// ---- create, unlock, lock ----

Status Vault::create(const QString &passphrase)
{
    if (isUnlocked() || exists(m_config.directory))
        return report(VaultEvent::Create, Error::make(Error::Conflict, u"a vault exists already"_s));
    if (passphrase.isEmpty())
        return report(
            VaultEvent::Create, Error::make(Error::Invalid, u"empty passphrase"_s, u"passphrase"_s));

    VaultFile header;
    header.kdf = m_config.kdf.opsLimit == 0 ? KdfParams::calibrate() : m_config.kdf;
    if (Status s = checkParams(header.kdf); !s.ok())
        return report(VaultEvent::Create, s);
    if (Status s = DurableFile::makePrivateDirectory(m_config.directory); !s.ok())
        return report(VaultEvent::Create, s);
    (void)destroyEverything({}); // leftovers of a wipe or a create that was killed

    header.salt = randomBytes(KdfParams::kSaltBytes);
    if (m_config.keyStore)
        header.keyStoreId = u"qadam-vault-"_s + QString::fromLatin1(randomBytes(8).toHex());
    Status s = createStore(passphrase, header);
    if (!s.ok())
        (void)destroyEverything(header.keyStoreId);
    return report(VaultEvent::Create, s);
}

Status Vault::createStore(const QString &passphrase, VaultFile &header)
{
    if (m_config.keyStore) {
        if (Status s = m_config.keyStore->create(header.keyStoreId); !s.ok())
            return s;
    }
    auto kek = deriveKek(passphrase, header);
    if (!kek.ok())
        return kek.error();
    SecureBuffer dataKey = SecureBuffer::random(KdfParams::kKeyBytes);
    if (dataKey.isEmpty())
        return Error::make(Error::Storage, u"cannot allocate guarded memory"_s);

    auto db = Database::open(databasePath(), dataKey.view(), m_config.databaseOptions);
    if (!db.ok())
        return db.error();
    if (Status s = Migrator::migrate(*db.value(), -1, m_clock->nowMs()); !s.ok())
        return s;
    auto wrapped = header.wrap(dataKey, kek.value());
    if (!wrapped.ok())
        return wrapped.error();
    header.current = wrapped.value();
    if (Status s = AttemptCounter(attemptsPath()).write({}); !s.ok())
        return s;
    // The commit point: from here on exists() is true.
    if (Status s = DurableFile::write(headerPath(), header.serialize()); !s.ok())
        return s;
    m_db = std::move(db).value();
    m_dataKey = std::move(dataKey);
    m_kek = std::move(kek).value();
    return {};
}

Status Vault::unlock(const QString &passphrase)
{
    if (isUnlocked())
        return report(VaultEvent::Unlock, Error::make(Error::Conflict, u"already unlocked"_s));
    auto header = loadHeader();
    if (!header.ok())
        return report(VaultEvent::Unlock, header.error());
    if (Status s = checkParams(header.value().kdf); !s.ok())
        return report(VaultEvent::Unlock, s);
    auto keys = checkPassphrase(passphrase, header.value());
    if (!keys.ok())
        return report(VaultEvent::Unlock, keys.error());
    auto db = openStore(header.value(), keys.value());
    if (!db.ok())
        return report(VaultEvent::Unlock, db.error());
    if (Status s = Migrator::migrate(*db.value(), -1, m_clock->nowMs()); !s.ok())
        return report(VaultEvent::Unlock, s);
    m_db = std::move(db).value();
    m_dataKey = std::move(keys.value().current);
    m_kek = std::move(keys.value().kek);
    return report(VaultEvent::Unlock, {});
}

Result<std::unique_ptr<Database>> Vault::openStore(VaultFile &header, Keys &keys)
{
    if (!QFileInfo::exists(databasePath()))
        return Error::make(Error::Corrupt, u"the store file is missing"_s);
    const Error mismatch = Error::make(Error::Corrupt, u"the store does not open with the vault's key"_s);
    auto db = Database::open(databasePath(), keys.current.view(), m_config.databaseOptions);
    if (db.ok()) {
        if (header.pending) { // a rekey was killed before its rename: the old store stands
            header.pending.reset();
            if (Status s = DurableFile::write(headerPath(), header.serialize()); !s.ok())
                qCWarning(lcCore) << "could not drop the pending key:" << errorCodeName(s.code());
        }
        removeRekeyLeftovers();
        return db;
    }
    if (db.code() != Error::WrongKey)
        return db.error();
    if (keys.pending.isEmpty())
        return mismatch;
    auto renamed = Database::open(databasePath(), keys.pending.view(), m_config.databaseOptions);
    if (!renamed.ok())
        return renamed.code() == Error::WrongKey ? mismatch : renamed.error();
    // A rekey was killed after its rename: finish it by promoting the pending key.
    header.current = *header.pending;
    header.pending.reset();
    if (Status s = DurableFile::write(headerPath(), header.serialize()); !s.ok())
        return s.error();
    keys.current = std::move(keys.pending);
    removeRekeyLeftovers();
    return renamed;
}

void Vault::lock()
{
    const bool wasUnlocked = isUnlocked();
    forgetKeys();
    if (wasUnlocked)
        (void)report(VaultEvent::Lock, {});
}

void Vault::forgetKeys()
{
    m_db.reset(); // sqlite3_close_v2; the WipingAllocator zeroes every block it frees
    m_sharedKey.reset(); // freed (and zeroed) once a factory call in flight on another thread ends
    m_dataKey.clear(); // sodium_free zeroes
    m_kek.clear();
}

Result<QByteArray> Vault::exportRawKeyForInterop() const
{
    if (!isUnlocked())
        return Error::make(Error::Locked, u"the vault is locked"_s);
    return QByteArray(reinterpret_cast<const char *>(m_dataKey.data()), m_dataKey.size());
}

Vault::ConnectionFactory Vault::connectionFactory()
{
    if (isUnlocked() && !m_sharedKey)
        m_sharedKey = std::make_shared<const SecureBuffer>(
            SecureBuffer::copyOf(QByteArrayView(m_dataKey.data(), m_dataKey.size())));
    return [key = std::weak_ptr<const SecureBuffer>(m_sharedKey), path = databasePath(),
            options = m_config.databaseOptions]() -> Result<std::unique_ptr<Database>> {
        // A strong reference for the duration of the open only: locking meanwhile frees the copy
        // right after, never under our feet.
        const std::shared_ptr<const SecureBuffer> held = key.lock();
        if (!held || held->isEmpty())
            return Error::make(Error::Locked, u"the vault is locked"_s);
        return Database::open(path, held->view(), options);
    };
}

// ---- change passphrase ----

Status Vault::changePassphrase(const QString &current, const QString &next)
{
    if (next.isEmpty())
        return report(VaultEvent::ChangePassphrase,
            Error::make(Error::Invalid, u"empty passphrase"_s, u"passphrase"_s));
    auto header = loadHeader();
    if (!header.ok())
        return report(VaultEvent::ChangePassphrase, header.error());
    VaultFile renewed = header.value();
    if (m_config.kdf.opsLimit != 0)
        renewed.kdf = m_config.kdf;
    for (const KdfParams &params : { header.value().kdf, renewed.kdf }) {
        if (Status s = checkParams(params); !s.ok())
            return report(VaultEvent::ChangePassphrase, s);
    }
    auto keys = checkPassphrase(current, header.value());
    if (!keys.ok())
        return report(VaultEvent::ChangePassphrase, keys.error());

    renewed.salt = randomBytes(KdfParams::kSaltBytes);
    auto kek = deriveKek(next, renewed);
    if (!kek.ok())
        return report(VaultEvent::ChangePassphrase, kek.error());
    auto wrapped = renewed.wrap(keys.value().current, kek.value());
    if (!wrapped.ok())
        return report(VaultEvent::ChangePassphrase, wrapped.error());
    renewed.current = wrapped.value();
    renewed.pending.reset();
    if (!keys.value().pending.isEmpty()) {
        auto pending = renewed.wrap(keys.value().pending, kek.value());
        if (!pending.ok())
            return report(VaultEvent::ChangePassphrase, pending.error());
        renewed.pending = pending.value();
    }
    if (Status s = DurableFile::write(headerPath(), renewed.serialize()); !s.ok())
        return report(VaultEvent::ChangePassphrase, s);
    if (isUnlocked())
        m_kek = std::move(kek).value();
    return report(VaultEvent::ChangePassphrase, {});
}

// ---- rekey ----

Status Vault::rekey()
{
    if (!isUnlocked())
        return report(VaultEvent::Rekey, Error::make(Error::Locked, u"the vault is locked"_s));
    auto header = loadHeader();
    if (!header.ok())
        return report(VaultEvent::Rekey, header.error());
    SecureBuffer newKey = SecureBuffer::random(KdfParams::kKeyBytes);
    if (newKey.isEmpty())
        return report(VaultEvent::Rekey, Error::make(Error::Storage, u"cannot allocate guarded memory"_s));
    return report(VaultEvent::Rekey, rekeyStore(header.value(), std::move(newKey)));
}

/*
 * The order below is what makes a kill at any point recoverable (R12):
 *   1. checkpoint, export to `qadam.db.rekey` under the new key, verify and fsync the copy;
 *   2. record the new key, wrapped, as `pending` in the header (atomic write);
 *   3. close the old store (its WAL is empty and removed by the close);
 *   4. rename the copy over `qadam.db` (atomic), fsync the directory;
 *   5. promote `pending` to `current` in the header.
 * Killed before 4, the old store opens with `current`; killed between 4 and 5, `current` gives
 * WrongKey and unlock() tries `pending`, then finishes step 5 itself.
 */
Status Vault::rekeyStore(VaultFile &header, SecureBuffer newKey)
{
    if (Status s = StoreCopy::make(*m_db, rekeyPath(), newKey, m_config.databaseOptions); !s.ok())
        return s;
    probe(RekeyStep::Exported);

    auto wrapped = header.wrap(newKey, m_kek);
    if (!wrapped.ok()) {
        abortRekey(header, false);
        return wrapped.error();
    }
    header.pending = wrapped.value();
    if (Status s = DurableFile::write(headerPath(), header.serialize()); !s.ok()) {
        abortRekey(header, true);
        return s;
    }
    probe(RekeyStep::PendingRecorded);

    m_db.reset();
    // A clean close checkpoints and deletes the WAL. Anything left would be replayed into the
    // new file under the wrong key after the rename, so stop instead.
    for (const QString &side : StoreCopy::withSideFiles(databasePath()).mid(1)) {
        if (QFileInfo::exists(side)) {
            abortRekey(header, true);
            return Error::make(Error::Storage, u"the store did not close cleanly; rekey abandoned"_s);
        }
    }
    probe(RekeyStep::OldDatabaseClosed);

    if (Status s = DurableFile::replace(rekeyPath(), databasePath()); !s.ok()) {
        abortRekey(header, true);
        return s;
    }
    probe(RekeyStep::Renamed);

    header.current = *header.pending;
    header.pending.reset();
    if (Status s = DurableFile::write(headerPath(), header.serialize()); !s.ok()) {
        lock(); // the next unlock promotes the pending key itself
        return s;
    }
    probe(RekeyStep::Finalised);

    m_sharedKey.reset();
    m_dataKey = std::move(newKey);
    auto db = Database::open(databasePath(), m_dataKey.view(), m_config.databaseOptions);
    if (!db.ok()) {
        lock();
        return db.error();
    }
    m_db = std::move(db).value();
    return {};
}

void Vault::abortRekey(VaultFile &header, bool pendingRecorded)
{
    if (pendingRecorded) {
        header.pending.reset();
        if (Status s = DurableFile::write(headerPath(), header.serialize()); !s.ok())
            qCWarning(lcCore) << "could not drop the pending key:" << errorCodeName(s.code());
    }
    removeRekeyLeftovers();
    if (!m_db) {
        auto db = Database::open(databasePath(), m_dataKey.view(), m_config.databaseOptions);
        if (db.ok())
            m_db = std::move(db).value();
        else
            lock();
    }
}

void Vault::removeRekeyLeftovers() const
{
    StoreCopy::remove(rekeyPath());
}

void Vault::probe(RekeyStep step) const
{
    if (m_config.rekeyProbe)
        m_config.rekeyProbe(step);
}

// ---- wipe ----

Status Vault::wipe()
{
    auto header = loadHeader();
    // Without a readable header the key-store secret's id is unknown; that secret alone
    // unlocks nothing, and the next create() makes a new one.
    return report(VaultEvent::Wipe, destroyEverything(header.ok() ? header.value().keyStoreId : QString()));
}

/** Key material first (key-store secret, then the header with the wrapped keys), so that an
 *  interrupted wipe has already made the data unreadable; then the store and its side files,
 *  including temporary files of interrupted atomic writes; the counter last. */
Status Vault::destroyEverything(const QString &keyStoreId)
{
    forgetKeys();
    Status result;
    const auto keep = [&result](Status s) {
        if (!s.ok() && result.ok())
            result = s;
    };
    if (!keyStoreId.isEmpty() && m_config.keyStore)
        keep(m_config.keyStore->remove(keyStoreId));
    const QDir dir(m_config.directory);
    const QStringList patterns = { kHeaderFile + u'*', kDatabaseFile + u'*', kAttemptsFile + u'*' };
    for (const QString &pattern : patterns) {
        for (const QString &name : dir.entryList({ pattern }, QDir::Files | QDir::Hidden | QDir::System))
            keep(DurableFile::shred(dir.filePath(name)));
    }
    if (dir.exists())
        keep(DurableFile::syncDirectory(m_config.directory));
    return result;
}

} // namespace Qadam
