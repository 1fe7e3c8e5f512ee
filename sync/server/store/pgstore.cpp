#include "pgstore.h"

#include "sqlconnection.h"
#include "sqltxn.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <pqxx/pqxx>

#include <condition_variable>
#include <mutex>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPgStore, "qadam.server.store")

namespace Qadam::Server {

namespace {

constexpr int kSchemaVersion = 4;
constexpr qint64 kLockClass = 0x51AD;  ///< advisory lock namespace: (class << 32) | hash(schema)
constexpr qint64 kSchemaLockObject = 1;  ///< the schema lock of every store; writers lock hash(schema)

/** pqxx exceptions as Errors. Details name the SQLSTATE only: server messages may quote values. */
Error pgError(const std::exception &e, const char *what)
{
    if (dynamic_cast<const pqxx::broken_connection *>(&e) || dynamic_cast<const pqxx::in_doubt_error *>(&e))
        return Error::make(Error::Unavailable, u"postgresql %1: connection lost"_s.arg(QLatin1StringView(what)));
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&e)) {
        const QString state = QString::fromStdString(sql->sqlstate());
        // 08 connection, 40 serialization/deadlock, 53 resources, 57P admin shutdown: try again.
        const bool transient = state.startsWith(u"08"_s) || state.startsWith(u"40"_s) || state.startsWith(u"53"_s)
                               || state.startsWith(u"57P"_s);
        return Error::make(transient ? Error::Unavailable : Error::Storage,
                           u"postgresql %1 failed, sqlstate %2"_s.arg(QLatin1StringView(what), state));
    }
    return Error::make(Error::Storage, u"postgresql %1 failed"_s.arg(QLatin1StringView(what)));
}

/** The connection is gone (or going: 57P admin shutdown/termination, 08 connection failure). */
bool isBroken(const std::exception &e)
{
    if (dynamic_cast<const pqxx::broken_connection *>(&e))
        return true;
    const auto *sql = dynamic_cast<const pqxx::sql_error *>(&e);
    return sql && (sql->sqlstate().rfind("08", 0) == 0 || sql->sqlstate().rfind("57P", 0) == 0);
}

/** `?N` placeholders (the shared SQL) as PostgreSQL's `$N`. */
std::string toPgSql(const QString &sql)
{
    static const QRegularExpression placeholder(u"\\?(\\d+)"_s);
    QString out = sql;
    out.replace(placeholder, u"$\\1"_s);
    return out.toStdString();
}

std::string paramText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return std::to_string(v.toLongLong());
    case QMetaType::Double:
        return QByteArray::number(v.toDouble(), 'g', 17).toStdString();
    case QMetaType::QByteArray:
        return "\\x" + v.toByteArray().toHex().toStdString();  // bytea input, text format
    default:
        return v.toString().toStdString();
    }
}

QVariant fieldValue(const pqxx::field &f)
{
    if (f.is_null())
        return QVariant();
    const QByteArray raw(f.c_str(), int(f.size()));
    switch (f.type()) {
    case 20: case 21: case 23: case 26:  // int8, int2, int4, oid
        return QVariant(raw.toLongLong());
    case 16:  // bool
        return QVariant(qint64(raw == "t" ? 1 : 0));
    case 17:  // bytea, hex output
        return QVariant(QByteArray::fromHex(raw.mid(2)));
    case 700: case 701: case 1700:
        return QVariant(raw.toDouble());
    default:
        return QVariant(QString::fromUtf8(raw));
    }
}

} // namespace

/** SqlConnection over one libpqxx connection; prepared statements cached per connection. */
class PgConnection final : public SqlConnection
{
public:
    PgConnection(std::string url, qint64 writeLock) : m_url(std::move(url)), m_writeLock(writeLock) { }

    Status connect()
    {
        if (m_conn && !m_broken && m_conn->is_open())
            return {};
        m_txn.reset();
        m_conn.reset();
        m_prepared.clear();
        try {
            m_conn = std::make_unique<pqxx::connection>(m_url);
            m_broken = false;
            return {};
        } catch (const std::exception &e) {
            return pgError(e, "connect");
        }
    }

    pqxx::connection &raw() { return *m_conn; }

    /** A connection found broken here (server restart, idle kill) is replaced once: nothing of
     *  the transaction has happened yet. */
    Status begin(bool write) override
    {
        Status s = tryBegin(write);
        if (!s.ok() && m_broken)
            s = tryBegin(write);
        return s;
    }

    Status commit() override
    {
        if (!m_txn)
            return Error::make(Error::Storage, u"postgresql commit without a transaction"_s);
        try {
            m_txn->commit();
            m_txn.reset();
            return {};
        } catch (const std::exception &e) {
            return fail(e, "commit");
        }
    }

    void rollback() override
    {
        try {
            if (m_txn)
                m_txn->abort();
        } catch (const std::exception &e) {
            m_broken = m_broken || isBroken(e);
        }
        m_txn.reset();
    }

    Result<SqlRows> query(const QString &sql, const QVariantList &params) override
    {
        if (!m_txn)
            return Error::make(Error::Storage, u"postgresql query without a transaction"_s);
        std::vector<std::string> texts;
        texts.reserve(size_t(params.size()));
        std::vector<const char *> values;
        for (const QVariant &p : params) {
            if (!p.isValid() || p.isNull()) {
                values.push_back(nullptr);
                continue;
            }
            texts.push_back(paramText(p));
            values.push_back(texts.back().c_str());
        }
        try {
            const pqxx::result r = m_txn->exec_prepared(statementName(sql), pqxx::prepare::make_dynamic_params(values));
            SqlRows rows;
            rows.reserve(int(r.size()));
            for (const auto &row : r) {
                SqlRow out;
                out.reserve(int(row.size()));
                for (const auto &f : row)
                    out.append(fieldValue(f));
                rows.append(std::move(out));
            }
            return rows;
        } catch (const std::exception &e) {
            return Error(fail(e, "query").error());
        }
    }

    QString inList(const QString &column, int index) const override
    {
        return u"%1 = ANY(ARRAY(SELECT jsonb_array_elements_text(CAST(?%2 AS jsonb))))"_s.arg(column).arg(index);
    }

    QString listOf(int index) const override
    {
        return u"(SELECT value FROM jsonb_array_elements_text(CAST(?%1 AS jsonb)) AS value)"_s.arg(index);
    }

private:
    Status tryBegin(bool write)
    {
        if (Status s = connect(); !s.ok())
            return s;
        try {
            if (write) {
                m_txn = std::make_unique<pqxx::work>(*m_conn);
                // One writer at a time across every server on this store: sequences commit in order.
                m_txn->exec("SELECT pg_advisory_xact_lock(" + std::to_string(m_writeLock) + ")");
            } else {
                m_txn = std::make_unique<pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>>(*m_conn);
            }
            return {};
        } catch (const std::exception &e) {
            return fail(e, "begin");
        }
    }

    std::string statementName(const QString &sql)
    {
        auto it = m_prepared.find(sql);
        if (it != m_prepared.end())
            return it->second;
        std::string name = "q" + std::to_string(m_prepared.size() + 1);
        m_conn->prepare(name, toPgSql(sql));
        m_prepared.emplace(sql, name);
        return name;
    }

    Status fail(const std::exception &e, const char *what)
    {
        m_broken = m_broken || isBroken(e);
        return pgError(e, what);
    }

    std::string m_url;
    qint64 m_writeLock;
    std::unique_ptr<pqxx::connection> m_conn;
    std::unique_ptr<pqxx::transaction_base> m_txn;
    std::unordered_map<QString, std::string> m_prepared;
    bool m_broken = false;
};

struct PgStore::Pool
{
    std::vector<std::unique_ptr<PgConnection>> connections;
    std::vector<PgConnection *> free;
    std::mutex mutex;
    std::condition_variable available;
};

namespace {

/** The store's schema: current_schema(), or the first search_path entry, created. Returns the
 *  writer lock key of that schema. Runs inside the schema-lock transaction. */
qint64 ensureSchemaNamespace(pqxx::work &w)
{
    const pqxx::row current = w.exec1("SELECT current_schema()");
    if (current[0].is_null()) {
        const std::string path = w.exec1("SELECT current_setting('search_path')")[0].c_str();
        static const QRegularExpression ident(u"^[a-z_][a-z0-9_]{0,62}$"_s);
        for (QString entry : QString::fromStdString(path).split(u',')) {
            entry = entry.trimmed().remove(u'"');
            if (entry == u"$user"_s || entry.isEmpty())
                continue;
            if (!ident.match(entry).hasMatch())
                throw pqxx::usage_error("search_path schema is not a plain identifier");
            w.exec("CREATE SCHEMA IF NOT EXISTS \"" + entry.toStdString() + "\"");
            break;
        }
    }
    const pqxx::row hash = w.exec1("SELECT hashtext(current_schema())");
    if (hash[0].is_null())
        throw pqxx::usage_error("no schema in search_path");
    return (kLockClass << 32) | (hash[0].as<qint64>() & 0xffffffffLL);
}

Result<qint64> createSchema(pqxx::connection &conn)
{
    QFile file(u":/qadam/server/store/pg_schema.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Storage, u"postgresql schema resource missing"_s);
    const std::string sql = file.readAll().toStdString();
    try {
        pqxx::work w(conn);
        w.exec("SELECT pg_advisory_xact_lock(" + std::to_string((kLockClass << 32) | kSchemaLockObject) + ")");
        const qint64 writeLock = ensureSchemaNamespace(w);
        w.exec(sql);
        const pqxx::row version = w.exec1("SELECT coalesce(max(version), 0) FROM schema_version");
        if (version[0].as<int>() > kSchemaVersion)
            return Error::make(Error::Unsupported, u"server store schema %1 is newer than this build (%2)"_s
                                                       .arg(version[0].as<int>()).arg(kSchemaVersion));
        w.exec("INSERT INTO schema_version(version, applied_at) VALUES (" + std::to_string(kSchemaVersion) + ", "
               + std::to_string(QDateTime::currentMSecsSinceEpoch()) + ") ON CONFLICT (version) DO NOTHING");
        w.commit();
        return writeLock;
    } catch (const std::exception &e) {
        return pgError(e, "schema");
    }
}

} // namespace

PgStore::PgStore(std::unique_ptr<Pool> pool) : m_pool(std::move(pool)) { }
PgStore::~PgStore() = default;

Result<std::unique_ptr<PgStore>> PgStore::open(const QString &url, int poolSize)
{
    const std::string address = url.toStdString();
    auto first = std::make_unique<PgConnection>(address, 0);
    if (Status s = first->connect(); !s.ok())
        return s.error();
    auto writeLock = createSchema(first->raw());
    if (!writeLock.ok())
        return writeLock.error();
    auto pool = std::make_unique<Pool>();
    for (int i = 0; i < std::max(poolSize, 2); ++i) {
        // Connections other than the first open lazily, on their first begin().
        pool->connections.push_back(std::make_unique<PgConnection>(address, writeLock.value()));
        pool->free.push_back(pool->connections.back().get());
    }
    qCInfo(lcPgStore) << "postgresql store open, connections:" << pool->connections.size();
    return std::unique_ptr<PgStore>(new PgStore(std::move(pool)));
}

Result<std::unique_ptr<StoreTxn>> PgStore::begin(bool write)
{
    PgConnection *conn = nullptr;
    {
        std::unique_lock lock(m_pool->mutex);
        m_pool->available.wait(lock, [&] { return !m_pool->free.empty(); });
        conn = m_pool->free.back();
        m_pool->free.pop_back();
    }
    Pool *pool = m_pool.get();
    auto release = [pool, conn] {
        {
            std::lock_guard lock(pool->mutex);
            pool->free.push_back(conn);
        }
        pool->available.notify_one();
    };
    if (Status s = conn->begin(write); !s.ok()) {
        release();
        return s.error();
    }
    return std::unique_ptr<StoreTxn>(new SqlTxn(*conn, write, release));
}

QString PgStore::kind() const
{
    return u"postgresql"_s;
}

Status PgStore::dropSchema(const QString &url)
{
    try {
        pqxx::connection conn(url.toStdString());
        pqxx::work w(conn);
        const pqxx::row current = w.exec1("SELECT current_schema()");
        if (current[0].is_null())
            return {};
        const std::string name = current[0].c_str();
        if (name == "public" || name.rfind("pg_", 0) == 0)
            return Error::make(Error::Invalid, u"refusing to drop a system or public schema"_s);
        w.exec("DROP SCHEMA \"" + name + "\" CASCADE");
        w.commit();
        return {};
    } catch (const std::exception &e) {
        return pgError(e, "drop schema");
    }
}

} // namespace Qadam::Server
