#pragma once

#include "kdfparams.h"
#include "securebuffer.h"
#include "store/database.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Qadam {

class Clock;
class KeyStore;
struct VaultFile;

/** What the vault reports after each operation, for the caller's audit trail (R23). Holds
 *  outcomes and counters only, never a passphrase, key or path. While the vault is locked the
 *  audit store is unreadable, so the caller queues failed-unlock events until the next unlock. */
struct VaultEvent
{
    enum Operation { Create, Unlock, Lock, ChangePassphrase, Rekey, Wipe };
    Operation operation = Unlock;
    bool ok = false;
    Error::Code error = Error::Storage; ///< meaningful when !ok
    int failedAttempts = 0; ///< the counter after the operation
    qint64 lockedUntilMs = 0; ///< next attempt allowed at (0 = now)
    qint64 atMs = 0; ///< the vault clock's time
};

/** The points inside rekey() after which a kill must leave a store that opens (R12). */
enum class RekeyStep { Exported, PendingRecorded, OldDatabaseClosed, Renamed, Finalised };

/** How a Vault is built. The composition root sets directory and keyStore; tests also lower
 *  the KDF cost and floor and inject a ManualClock. */
struct VaultConfig
{
    QString directory;
    /** Argon2id cost for create() and changePassphrase(); zero = calibrate on this device. */
    KdfParams kdf;
    /** Stored or requested parameters below this are refused with Error::Unsupported. */
    KdfParams floor = KdfParams::floor();
    const Clock *clock = nullptr; ///< null: the system clock. Not owned.
    KeyStore *keyStore = nullptr; ///< null: passphrase only. Not owned.
    int maxAttempts = 10; ///< the failure that reaches this wipes the vault
    DatabaseOptions databaseOptions;
    /** Called after every operation; see VaultEvent. */
    std::function<void(const VaultEvent &)> onEvent;
    /** Fault injection for tests: called after each RekeyStep. Null in the product. */
    std::function<void(RekeyStep)> rekeyProbe;
};

/**
 * The encrypted store's key custodian (ARCHITECTURE.md "Security model", SECURITY.md R4–R13).
 *
 * A random 256-bit data key is the store's raw SQLCipher key. It is wrapped (XChaCha20-Poly1305)
 * by a key-encryption key (KEK): Argon2id of the NFC-normalised passphrase, mixed with the key
 * store's device secret when there is one. Files in `directory`:
 *   - `qadam.db` (+ `-wal`, `-shm`, `-journal`): the store, see Database;
 *   - `vault.json`: the header, see VaultFile — its presence is what exists() checks;
 *   - `attempts`: the failed-unlock counter, see AttemptCounter;
 *   - `qadam.db.rekey`: only while a rekey runs, the store re-encrypted under the new key.
 *
 * Every passphrase check (unlock, changePassphrase) is counted before the key is derived; 3
 * failures are free, then a growing delay applies, and the `maxAttempts`th failure wipes the
 * keys and the data. While unlocked the vault owns the open Database and keeps the data key
 * and KEK in guarded memory (SecureBuffer); lock() closes the connection and frees both.
 *
 * Not thread-safe: one owning thread, the same that uses database().
 */
class Vault
{
public:
    explicit Vault(VaultConfig config);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    /** True when `directory` holds a vault header. */
    [[nodiscard]] static bool exists(const QString &directory);

    /** First run: new data key, salt and key-store secret; creates and migrates the store and
     *  leaves the vault unlocked. Error::Conflict when a vault exists, Error::Invalid for an
     *  empty passphrase, Error::Unsupported for KDF parameters below the floor. */
    [[nodiscard]] Status create(const QString &passphrase);
    /** Opens and migrates the store. Error::WrongKey (generic: wrong passphrase or edited
     *  header; the store's bytes are untouched), Error::LockedOut during a delay (nothing is
     *  tried), Error::Wiped when this failure reached maxAttempts, Error::Unsupported for
     *  stored parameters below the floor, Error::NotFound without a vault, Error::Conflict when
     *  already unlocked. Finishes or rolls back a rekey that a kill interrupted. */
    [[nodiscard]] Status unlock(const QString &passphrase);
    /** Closes the store and zeroes the data key and KEK. Idempotent. */
    void lock();
    /** Re-wraps the data key under a new passphrase and a new salt; the store is not touched.
     *  `current` is checked like an unlock (counted, delayed, may wipe). Works locked or unlocked. */
    [[nodiscard]] Status changePassphrase(const QString &current, const QString &next);
    /** Re-encrypts the store under a new random data key: export to a new file, record the new
     *  wrapped key as pending, rename over the old file, finalise the header. A kill at any
     *  point leaves a store that opens with one of the two keys; unlock() completes the rest.
     *  Error::Locked when locked. */
    [[nodiscard]] Status rekey();
    /** Destroys the key-store secret, the header, the store and its side files, and the
     *  counter; afterwards create() starts afresh. */
    [[nodiscard]] Status wipe();

    [[nodiscard]] bool isUnlocked() const { return m_db != nullptr; }
    /** The open store while unlocked, else null. Invalidated by lock(), rekey() and wipe(). */
    [[nodiscard]] Database *database() { return m_db.get(); }
    [[nodiscard]] int failedAttempts() const;
    /** When the next passphrase check is allowed (0 = now). */
    [[nodiscard]] qint64 lockedUntilMs() const;

    /** A copy of the raw 32-byte data key, for interop with the sqlcipher CLI and for tests.
     *  The caller wipes it (Database::wipe). Never for logs, UI or files. Error::Locked when
     *  locked. */
    [[nodiscard]] Result<QByteArray> exportRawKeyForInterop() const;

    /** Opens one more connection to the store; callable on any thread (the sync engine opens
     *  its own on its thread). Error::Locked once the vault is locked, rekeyed or wiped. */
    using ConnectionFactory = std::function<Result<std::unique_ptr<Database>>()>;
    /** A factory for further connections to the unlocked store. It holds a guarded copy of the
     *  data key only weakly: lock(), rekey() and wipe() drop the copy, after which the factory
     *  answers Error::Locked (ask for a new one after the next unlock). While locked, the
     *  factory returned answers Error::Locked. Call on the vault's thread; call the factory on any. */
    [[nodiscard]] ConnectionFactory connectionFactory();

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString headerPath() const;
    [[nodiscard]] QString attemptsPath() const;
    [[nodiscard]] QString rekeyPath() const;

private:
    struct Keys;

    [[nodiscard]] Result<VaultFile> loadHeader() const;
    [[nodiscard]] Status checkParams(const KdfParams &params) const;
    [[nodiscard]] Result<SecureBuffer> deriveKek(const QString &passphrase, const VaultFile &header) const;
    [[nodiscard]] Result<Keys> checkPassphrase(const QString &passphrase, const VaultFile &header);
    [[nodiscard]] Result<std::unique_ptr<Database>> openStore(VaultFile &header, Keys &keys);
    [[nodiscard]] Status createStore(const QString &passphrase, VaultFile &header);
    [[nodiscard]] Status rekeyStore(VaultFile &header, SecureBuffer newKey);
    void abortRekey(VaultFile &header, bool pendingRecorded);
    [[nodiscard]] Status destroyEverything(const QString &keyStoreId);
    void removeRekeyLeftovers() const;
    void forgetKeys();
    void probe(RekeyStep step) const;
    Status report(VaultEvent::Operation operation, Status status) const;

    VaultConfig m_config;
    const Clock *m_clock;
    std::unique_ptr<Database> m_db;
    SecureBuffer m_dataKey;
    SecureBuffer m_kek;
    /** The data key copy connectionFactory() hands out weakly; reset with the keys. */
    std::shared_ptr<const SecureBuffer> m_sharedKey;
};

} // namespace Qadam
