#include "embeddedstore.h"

#include "sqlconnection.h"
#include "sqltxn.h"
#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEmbeddedStore, "qadam.server.store")

namespace Qadam::Server {

namespace {

struct SchemaStep
{
    int version;
    QString resource;
};

const QList<SchemaStep> &schemaSteps()
{
    static const QList<SchemaStep> steps = {
        {1, u":/qadam/server/store/embedded_schema.sql"_s},
        {2, u":/qadam/server/store/embedded_audit_append_only.sql"_s},
        {3, u":/qadam/server/store/embedded_delivered_view.sql"_s},
        {4, u":/qadam/server/store/embedded_device_audit.sql"_s},
        {5, u":/qadam/server/store/embedded_device_wipe.sql"_s},
    };
    return steps;
}

} // namespace

/** SqlConnection over one SQLCipher connection. Used by one transaction at a time. */
class SqliteConnection final : public SqlConnection
{
public:
    explicit SqliteConnection(std::unique_ptr<Database> db) : m_db(std::move(db)) { }

    Database &db() { return *m_db; }

    Status begin(bool write) override
    {
        return m_db->exec(write ? u"BEGIN IMMEDIATE"_s : u"BEGIN DEFERRED"_s);
    }

    Status commit() override
    {
        Status s = m_db->exec(u"COMMIT"_s);
        if (!s.ok())
            rollback();
        return s;
    }

    void rollback() override
    {
        if (m_db->inTransaction())
            (void)m_db->exec(u"ROLLBACK"_s);
    }

    Result<SqlRows> query(const QString &sql, const QVariantList &params) override
    {
        auto stmt = m_db->cached(sql);
        if (!stmt.ok())
            return stmt.error();
        Statement &st = stmt.value();
        for (int i = 0; i < params.size(); ++i)
            st.bind(i + 1, params.at(i));
        SqlRows rows;
        const int columns = st.columnCount();
        for (;;) {
            auto more = st.step();
            if (!more.ok())
                return more.error();
            if (!more.value())
                break;
            SqlRow row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row.append(st.value(c));
            rows.append(std::move(row));
        }
        return rows;
    }

    QString listOf(int index) const override
    {
        return u"(SELECT value FROM json_each(?%1))"_s.arg(index);
    }

    QString inListScanned(const QString &column, int index) const override
    {
        return u"+"_s + inList(column, index);  // a unary plus keeps the column's index out of the plan
    }

private:
    std::unique_ptr<Database> m_db;
};

namespace {

Result<int> schemaVersion(Database &db)
{
    auto exists = db.scalar(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'"_s);
    if (!exists.ok())
        return exists.error();
    if (exists.value().toInt() == 0)
        return 0;
    auto v = db.scalar(u"SELECT coalesce(max(version), 0) FROM schema_version"_s);
    if (!v.ok())
        return v.error();
    return v.value().toInt();
}

/** Every pending step in one transaction (checked inside it: two processes may race here). */
Status migrate(Database &db)
{
    Transaction tx(db);
    if (!tx.began())
        return tx.beginStatus();
    auto current = schemaVersion(db);
    if (!current.ok())
        return current.error();
    if (current.value() > EmbeddedStore::latestSchemaVersion())
        return Error::make(Error::Unsupported, u"server store schema %1 is newer than this build (%2)"_s
                                                   .arg(current.value()).arg(EmbeddedStore::latestSchemaVersion()));
    if (current.value() == EmbeddedStore::latestSchemaVersion())
        return {};
    if (Status s = db.exec(u"CREATE TABLE IF NOT EXISTS schema_version ("
                           u" version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"_s);
        !s.ok())
        return s;
    for (const SchemaStep &step : schemaSteps()) {
        if (step.version <= current.value())
            continue;
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Storage, u"server schema %1 resource missing"_s.arg(step.version));
        if (Status s = db.exec(QString::fromUtf8(file.readAll())); !s.ok())
            return Error::make(s.code(), u"server schema %1: %2"_s.arg(step.version).arg(s.error().detail));
        if (Status s = db.exec(u"INSERT INTO schema_version(version, applied_at) VALUES (%1, %2)"_s
                                   .arg(step.version).arg(QDateTime::currentMSecsSinceEpoch()));
            !s.ok())
            return s;
        qCInfo(lcEmbeddedStore) << "applied server schema" << step.version;
    }
    return tx.commit();
}

} // namespace

EmbeddedStore::EmbeddedStore() = default;
EmbeddedStore::~EmbeddedStore() = default;

int EmbeddedStore::latestSchemaVersion()
{
    return schemaSteps().constLast().version;
}

Result<std::unique_ptr<EmbeddedStore>> EmbeddedStore::open(const QString &path, const QByteArray &rawKey, int poolSize)
{
    if (rawKey.size() != 32)
        return Error::make(Error::Invalid, u"server store key must be 32 bytes"_s);
    std::unique_ptr<EmbeddedStore> store(new EmbeddedStore());
    for (int i = 0; i < std::max(poolSize, 2); ++i) {
        auto db = Database::open(path, rawKey);
        if (!db.ok())
            return db.error();
        if (i == 0) {
            if (Status s = migrate(*db.value()); !s.ok())
                return s.error();
        }
        store->m_connections.push_back(std::make_unique<SqliteConnection>(std::move(db).value()));
        store->m_free.push_back(store->m_connections.back().get());
    }
    qCInfo(lcEmbeddedStore) << "embedded store open, connections:" << store->m_connections.size();
    return store;
}

Result<std::unique_ptr<StoreTxn>> EmbeddedStore::begin(bool write)
{
    SqliteConnection *conn = nullptr;
    {
        std::unique_lock lock(m_mutex);
        m_available.wait(lock, [&] { return !m_free.empty() && (!write || !m_writerBusy); });
        conn = m_free.back();
        m_free.pop_back();
        if (write)
            m_writerBusy = true;
    }
    if (Status s = conn->begin(write); !s.ok()) {
        release(conn, write);
        return s.error();
    }
    return std::unique_ptr<StoreTxn>(new SqlTxn(*conn, write, [this, conn, write] { release(conn, write); }));
}

void EmbeddedStore::release(SqliteConnection *conn, bool write)
{
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(conn);
        if (write)
            m_writerBusy = false;
    }
    m_available.notify_all();
}

QString EmbeddedStore::kind() const
{
    return u"sqlite"_s;
}

} // namespace Qadam::Server
