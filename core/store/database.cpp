#include "database.h"

#include "util/logging.h"
#include "wipingallocator.h"

#include <QDate>

#include <cstring>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

Error sqliteError(sqlite3 *db, int rc, const QString &what)
{
    const int primary = rc & 0xff;
    const Error::Code code = primary == SQLITE_NOTADB ? Error::WrongKey
                           : primary == SQLITE_CORRUPT ? Error::Corrupt
                           : primary == SQLITE_CONSTRAINT ? Error::Conflict
                                                          : Error::Storage;
    // sqlite3_errmsg never carries bound values, only the statement's shape.
    const QString msg = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return Error::make(code, u"%1: sqlite error %2 (%3)"_s.arg(what).arg(rc).arg(msg));
}


} // namespace

// ---- Statement ----

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_inUse(other.m_inUse),
      m_bindFailed(other.m_bindFailed), m_held(std::move(other.m_held))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_inUse = other.m_inUse;
        m_bindFailed = other.m_bindFailed;
        m_held = std::move(other.m_held);
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_inUse) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        *m_inUse = false;
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
    m_held.clear();
}

void Statement::bindHeld(int index, QByteArray bytes, bool text)
{
    // The bytes are bound in place (SQLITE_STATIC) and kept here until the binding is cleared,
    // instead of SQLite copying them (SQLITE_TRANSIENT): each such copy is an allocation and
    // a wipe on free.
    // Bytes Qt does not own (QByteArray::fromRawData) have no lifetime we could extend: copied.
    const bool owned = bytes.data_ptr().isMutable() || bytes.isEmpty();
    const char *data = bytes.constData();
    const int size = int(bytes.size());
    const auto destructor = owned ? SQLITE_STATIC : SQLITE_TRANSIENT;
    int rc;
    if (text) {
        // A length of -1 marks the text NUL-terminated (Qt's bytes always are), so SQLite need
        // not copy it to add a terminator when a function reads it (json_each(?N)); text with an
        // embedded NUL keeps its exact length.
        const bool terminated = owned && size > 0 && std::memchr(data, 0, size_t(size)) == nullptr;
        rc = sqlite3_bind_text(m_stmt, index, data, terminated ? -1 : size, destructor);
    } else {
        rc = sqlite3_bind_blob(m_stmt, index, data, size, destructor);
    }
    m_bindFailed |= rc != SQLITE_OK;
    if (rc != SQLITE_OK || !owned || index < 1)
        return;
    if (m_held.size() < size_t(index))
        m_held.resize(size_t(index));
    m_held[size_t(index) - 1] = std::move(bytes);  // after binding: the old bytes are no longer referenced
}

Statement &Statement::bind(int index, const QString &value)
{
    bindHeld(index, value.toUtf8(), true);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    m_bindFailed |= sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    bindHeld(index, blob, false);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    m_bindFailed |= sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_bindFailed |= sqlite3_bind_null(m_stmt, index) != SQLITE_OK;
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double: {
        m_bindFailed |= sqlite3_bind_double(m_stmt, index, value.toDouble()) != SQLITE_OK;
        return *this;
    }
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    case QMetaType::QDate:
        return bind(index, value.toDate().toString(Qt::ISODate));
    default:
        return bind(index, value.toString());
    }
}

Result<bool> Statement::step()
{
    if (m_bindFailed)
        return Error::make(Error::Storage, u"bind failed"_s);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db ? m_db->handle() : nullptr, rc, u"step"_s);
}

Status Statement::run()
{
    while (true) {
        auto r = step();
        if (!r.ok())
            return r.error();
        if (!r.value())
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_held.clear();
    m_bindFailed = false;
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
QString Statement::columnName(int column) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, column)); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return integer(column);
    case SQLITE_FLOAT: return real(column);
    case SQLITE_TEXT: return text(column);
    case SQLITE_BLOB: return blob(column);
    default: return QVariant();
    }
}

// ---- Database ----

QByteArray Database::keyLiteral(const QByteArray &rawKey)
{
    QByteArray literal(3 + rawKey.size() * 2, '\0');
    literal[0] = 'x';
    literal[1] = '\'';
    sodium_bin2hex(literal.data() + 2, size_t(rawKey.size() * 2 + 1),
                   reinterpret_cast<const unsigned char *>(rawKey.constData()), size_t(rawKey.size()));
    literal[literal.size() - 1] = '\'';
    return literal;
}

void Database::wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QString Database::libraryCipherVersion()
{
    (void)WipingAllocator::install(); // before SQLite initialises, whichever call comes first
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return version;
}

bool Database::isSupportedCipherVersion(const QString &cipherVersion)
{
    bool ok = false;
    const int major = cipherVersion.section(u'.', 0, 0).trimmed().toInt(&ok);
    return ok && major >= 4;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QByteArray &rawKey,
                                                 const DatabaseOptions &options)
{
    if (rawKey.size() != 32)
        return Error::make(Error::Invalid, u"raw key must be 32 bytes"_s);
    // Case data never goes through SQLite on a heap that keeps freed plaintext.
    if (Status s = WipingAllocator::install(); !s.ok())
        return s.error();
    sqlite3 *handle = nullptr;
    const int flags = options.readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    if (rc != SQLITE_OK)
        return sqliteError(handle, rc, u"open"_s);
    sqlite3_extended_result_codes(handle, 1);
    if (Status s = db->configure(rawKey, options); !s.ok())
        return s.error();
    return db;
}

Status Database::configure(const QByteArray &rawKey, const DatabaseOptions &options)
{
    // SQLCipher's own log goes to stderr; it holds page numbers, not content, but the product
    // reports failures through Error values instead.
    (void)exec(u"PRAGMA cipher_log_level = NONE"_s);
    m_cipherVersion = scalar(u"PRAGMA cipher_version"_s).value().toString();
    if (!isSupportedCipherVersion(m_cipherVersion))
        return Error::make(Error::Unsupported,
                           u"SQLCipher 4 or newer is required; found '%1'"_s.arg(m_cipherVersion));

    QByteArray literal = keyLiteral(rawKey);
    const int rc = sqlite3_key_v2(m_db, "main", literal.constData(), int(literal.size()));
    wipe(literal);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, u"key"_s);

    // PRAGMA key always succeeds; a read right after keying tells a wrong key (SQLITE_NOTADB).
    if (auto r = scalar(u"SELECT count(*) FROM sqlite_schema"_s); !r.ok())
        return r.error();

    const QString hmac = scalar(u"PRAGMA cipher_hmac_algorithm"_s).value().toString();
    if (hmac != u"HMAC_SHA512")
        return Error::make(Error::Unsupported, u"HMAC-SHA512 page authentication is required; found '%1'"_s.arg(hmac));

    // cipher_memory_security stays off: the WipingAllocator zeroes every freed block without
    // SQLCipher's mlock/munlock system call per allocation (see wipingallocator.h).
    QString pragmas = u"PRAGMA temp_store = MEMORY;"
                      u"PRAGMA foreign_keys = ON;"
                      u"PRAGMA cache_size = -%1;"_s.arg(options.cacheKiB);
    if (!options.readOnly && options.wal)
        pragmas += u"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"_s;
    if (Status s = exec(pragmas); !s.ok())
        return s;
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    return {};
}

Database::~Database()
{
    for (const auto &[sql, entry] : m_cache)
        sqlite3_finalize(entry.stmt);
    sqlite3_close_v2(m_db);
}

Status Database::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, u"exec"_s);
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, u"prepare"_s);
    return Statement(stmt, this);
}

Result<Statement> Database::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto fresh = prepare(sql);
        if (!fresh.ok())
            return fresh.error();
        it = m_cache.emplace(sql, CacheEntry{std::exchange(fresh.value().m_stmt, nullptr), false}).first;
    }
    CacheEntry &entry = it->second;
    if (entry.inUse)
        return prepare(sql);
    entry.inUse = true;
    return Statement(entry.stmt, this, &entry.inUse);
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &params)
{
    auto stmt = cached(sql);
    if (!stmt.ok())
        return stmt.error();
    for (int i = 0; i < params.size(); ++i)
        stmt.value().bind(i + 1, params.at(i));
    auto row = stmt.value().step();
    if (!row.ok())
        return row.error();
    return row.value() ? stmt.value().value(0) : QVariant();
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

Error Database::lastError(const QString &what) const
{
    return sqliteError(m_db, sqlite3_errcode(m_db), what);
}

Status Database::checkIntegrity()
{
    auto stmt = prepare(u"PRAGMA integrity_check"_s);
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt.value().step();
    if (!row.ok())
        return Error::make(Error::Corrupt, row.error().detail);
    if (!row.value() || stmt.value().text(0) != u"ok")
        return Error::make(Error::Corrupt, u"integrity_check: %1"_s.arg(stmt.value().text(0)));

    auto cipher = prepare(u"PRAGMA cipher_integrity_check"_s);
    if (!cipher.ok())
        return cipher.error();
    QStringList problems;
    while (true) {
        auto r = cipher.value().step();
        if (!r.ok())
            return Error::make(Error::Corrupt, r.error().detail);
        if (!r.value())
            break;
        problems << cipher.value().text(0);
    }
    if (!problems.isEmpty())
        return Error::make(Error::Corrupt, u"cipher_integrity_check: %1"_s.arg(problems.join(u"; "_s)));
    return {};
}

Status Database::rekey(const QByteArray &newRawKey)
{
    if (newRawKey.size() != 32)
        return Error::make(Error::Invalid, u"raw key must be 32 bytes"_s);
    QByteArray literal = keyLiteral(newRawKey);
    const int rc = sqlite3_rekey_v2(m_db, "main", literal.constData(), int(literal.size()));
    wipe(literal);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, u"rekey"_s);
    return {};
}

Status Database::exportTo(const QString &targetPath, const QByteArray &rawKey)
{
    QByteArray literal = rawKey.isEmpty() ? QByteArray() : keyLiteral(rawKey);
    auto attach = prepare(u"ATTACH DATABASE ?1 AS export_target KEY ?2"_s);
    if (!attach.ok())
        return attach.error();
    attach.value().bind(1, targetPath).bindUtf8(2, literal);
    Status s = attach.value().run();
    wipe(literal);
    if (!s.ok())
        return s;
    Status exported = exec(u"SELECT sqlcipher_export('export_target')"_s);
    Status detached = exec(u"DETACH DATABASE export_target"_s);
    return !exported.ok() ? exported : detached;
}

Status Database::checkpoint()
{
    return exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

Status Database::checkpointPassive()
{
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return rc == SQLITE_OK ? Status() : Status(lastError(u"checkpoint"_s));
}

void Database::setAutoCheckpoint(int pages)
{
    sqlite3_wal_autocheckpoint(m_db, pages);
}

// ---- Transaction ----

Transaction::Transaction(Database &db) : m_db(db)
{
    if (db.inTransaction()) {
        m_savepoint = u"qadam_sp_%1"_s.arg(++m_db.m_savepointDepth);
        m_began = db.exec(u"SAVEPOINT "_s + m_savepoint);
        if (!m_began.ok())
            --m_db.m_savepointDepth;
    } else {
        m_began = db.exec(u"BEGIN IMMEDIATE"_s);
    }
}

Transaction::~Transaction()
{
    if (!m_began.ok() || m_done)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_db.exec(u"ROLLBACK"_s);
    } else {
        (void)m_db.exec(u"ROLLBACK TO %1; RELEASE %1"_s.arg(m_savepoint));
        --m_db.m_savepointDepth;
    }
}

Status Transaction::commit()
{
    if (!m_began.ok())
        return m_began;
    m_done = true;
    if (!m_savepoint.isEmpty()) {
        --m_db.m_savepointDepth;
        return m_db.exec(u"RELEASE "_s + m_savepoint);
    }
    Status s = m_db.exec(u"COMMIT"_s);
    if (!s.ok())
        (void)m_db.exec(u"ROLLBACK"_s);
    return s;
}

} // namespace Qadam
