#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Qadam {

class Database;

/** A prepared statement with bound parameters only. Move-only; finalised on destruction.
 *  Used on the thread that owns its Database. */
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    /** Bind by 1-based index. A null QVariant binds NULL; QDate binds ISO text; QByteArray a blob. */
    Statement &bind(int index, const QVariant &value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    /** Binds UTF-8 bytes as text without an intermediate QString (for key literals the caller
     *  wipes: SQLite copies them into its own, wiped memory; nothing is kept here). */
    Statement &bindUtf8(int index, const QByteArray &utf8);

    /** Steps once: true while a row is available, false when done. */
    [[nodiscard]] Result<bool> step();
    /** Steps until done; for statements that return no rows. */
    [[nodiscard]] Status run();
    /** Resets so the statement can be bound and run again (bindings cleared). */
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] QString columnName(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] qint64 integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    /** Column as QVariant: Null, LongLong, Double, QString or QByteArray. */
    [[nodiscard]] QVariant value(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, Database *db, bool *inUse = nullptr) : m_stmt(stmt), m_db(db), m_inUse(inUse) { }
    void release();
    /** Binds text or a blob without SQLite copying it; `bytes` is kept until the binding is
     *  replaced or cleared (reset(), release()). */
    void bindHeld(int index, QByteArray bytes, bool text);
    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
    bool *m_inUse = nullptr;  ///< set when borrowed from Database::cached(): reset and returned, not finalised
    bool m_bindFailed = false;
    std::vector<QByteArray> m_held;  ///< bound bytes by index - 1 (SQLITE_STATIC): alive until cleared
};

/** Options applied at open. Defaults are the product's; benchmarks may vary cacheKiB. */
struct DatabaseOptions
{
    int cacheKiB = 16 * 1024;      ///< page cache; see tests/bench for the measurement behind it
    bool wal = true;
    int busyTimeoutMs = 5000;
    bool readOnly = false;
};

/**
 * One SQLCipher 4 connection (RAII). Keys with a raw 256-bit key (`PRAGMA key = "x'…'"`),
 * verifies the key with a read right after keying (SQLITE_NOTADB → Error::WrongKey), refuses
 * SQLCipher < 4, installs the WipingAllocator (freed SQLite memory is zeroed) and sets WAL,
 * temp_store=MEMORY and the page cache.
 * Not thread-safe: one owning thread per connection.
 */
class Database
{
public:
    /** Opens or creates `path`. `rawKey` must be 32 bytes; it is not retained after open. */
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path, const QByteArray &rawKey,
                                                                const DatabaseOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Runs one or more statements without parameters (schema, pragmas). */
    [[nodiscard]] Status exec(const QString &sql);
    [[nodiscard]] Result<Statement> prepare(const QString &sql);
    /** Like prepare(), but the compiled statement is kept on the connection and reused: the
     *  returned handle resets it when destroyed. For hot paths — compiling is most of a
     *  simple statement's allocations, and every freed block is zeroed. If the
     *  same SQL is already borrowed (a nested use), a fresh statement is prepared instead. */
    [[nodiscard]] Result<Statement> cached(const QString &sql);
    /** Convenience: first column of the first row, or a null QVariant when there is no row. */
    [[nodiscard]] Result<QVariant> scalar(const QString &sql, const QVariantList &params = {});

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString cipherVersion() const { return m_cipherVersion; }

    /** PRAGMA integrity_check and cipher_integrity_check; Error::Corrupt names what failed. */
    [[nodiscard]] Status checkIntegrity();
    /** Re-encrypts in place under a new raw key (PRAGMA rekey). Callers wanting atomicity across
     *  the key file use Vault::rekey, which exports to a new file instead. */
    [[nodiscard]] Status rekey(const QByteArray &newRawKey);
    /** Writes a copy of the whole database, encrypted with `rawKey` (empty = plaintext, for
     *  benchmarks only), to `targetPath` via sqlcipher_export. */
    [[nodiscard]] Status exportTo(const QString &targetPath, const QByteArray &rawKey);
    /** Checkpoints the WAL into the main file and truncates it. */
    [[nodiscard]] Status checkpoint();
    /** Copies what the WAL holds into the main file without waiting for readers (a PASSIVE
     *  checkpoint): frames a reader still needs wait for the next one. */
    [[nodiscard]] Status checkpointPassive();
    /** How many WAL pages a commit on this connection may leave before it checkpoints them itself
     *  (SQLite's auto-checkpoint, 1000 by default); 0 turns that off. Per connection. */
    void setAutoCheckpoint(int pages);

    [[nodiscard]] Error lastError(const QString &what) const;
    sqlite3 *handle() const { return m_db; }

    /** Formats a raw key as the SQLCipher blob literal `x'…'` in a buffer the caller wipes. */
    [[nodiscard]] static QByteArray keyLiteral(const QByteArray &rawKey);
    /** Zeroes a buffer's bytes (sodium_memzero) — for key material. */
    static void wipe(QByteArray &bytes);
    /** The SQLCipher library's version string (e.g. "4.6.1 community"), without opening a file. */
    [[nodiscard]] static QString libraryCipherVersion();
    /** True for SQLCipher 4 or newer ("4.6.1 community"); the store refuses anything older. */
    [[nodiscard]] static bool isSupportedCipherVersion(const QString &cipherVersion);

private:
    explicit Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) { }
    [[nodiscard]] Status configure(const QByteArray &rawKey, const DatabaseOptions &options);
    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
    int m_savepointDepth = 0;
    struct CacheEntry { sqlite3_stmt *stmt = nullptr; bool inUse = false; };
    std::unordered_map<QString, CacheEntry> m_cache;  ///< node-based: entry addresses stay valid
    friend class Transaction;
    friend class Statement;
};

/** A transaction that rolls back unless committed. The outermost one is BEGIN IMMEDIATE, so writers
 *  serialise early; one opened while another is active becomes a SAVEPOINT, so a batch can wrap
 *  many service calls and a failed call rolls back only its own part. */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool began() const { return m_began.ok(); }
    [[nodiscard]] const Status &beginStatus() const { return m_began; }
    [[nodiscard]] Status commit();
    Database &db() const { return m_db; }

private:
    Database &m_db;
    QString m_savepoint;  ///< empty for the outermost transaction
    Status m_began;
    bool m_done = false;
};

} // namespace Qadam
