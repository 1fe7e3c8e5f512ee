#pragma once

#include "serverstore.h"

#include <memory>

namespace Qadam::Server {

/**
 * The production store: PostgreSQL through libpqxx, schema in store/pg_schema.sql (created
 * idempotently under an advisory lock, so servers starting together do not race). Any number of
 * qadam-server processes may share one database: write transactions take one transaction-level
 * advisory lock, so change sequences commit strictly in order; read transactions are REPEATABLE
 * READ READ ONLY. The tables live in the first schema of the connection's search_path (created
 * if missing), so one database can hold separate stores (`?options=-csearch_path%3Dname`).
 * A small pool of connections; a lost connection is reopened on the next begin().
 */
class PgStore final : public ServerStore
{
public:
    [[nodiscard]] static Result<std::unique_ptr<PgStore>> open(const QString &url, int poolSize = 4);
    ~PgStore() override;

    Result<std::unique_ptr<StoreTxn>> begin(bool write) override;
    QString kind() const override;

    /** Drops the store's schema with everything in it (tests; decommissioning a tenant). */
    [[nodiscard]] static Status dropSchema(const QString &url);

private:
    struct Pool;
    explicit PgStore(std::unique_ptr<Pool> pool);
    std::unique_ptr<Pool> m_pool;
};

} // namespace Qadam::Server
