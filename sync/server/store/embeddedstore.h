#pragma once

#include "serverstore.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace Qadam::Server {

class SqliteConnection;

/**
 * The default server store: one SQLCipher file (core's Database: raw 256-bit key, WAL, memory
 * security), schema in store/embedded_schema.sql. A small pool of connections, all opened at
 * start so the key is not kept; write transactions take the store's writer slot and BEGIN
 * IMMEDIATE (serialised within the process and against other processes on the same file), read
 * transactions read one WAL snapshot. Transactions must not outlive the store. A commit() hands
 * the connection back at once; a thread must not open a second write transaction (or more
 * transactions than the pool holds) while it keeps one: it would wait for itself.
 */
class EmbeddedStore final : public ServerStore
{
public:
    /** Opens or creates the store at `path`; `rawKey` is 32 bytes. Migrates the schema forward
     *  in one transaction; refuses a file from a newer build (Error::Unsupported). */
    [[nodiscard]] static Result<std::unique_ptr<EmbeddedStore>> open(const QString &path, const QByteArray &rawKey,
                                                                     int poolSize = 4);
    ~EmbeddedStore() override;

    Result<std::unique_ptr<StoreTxn>> begin(bool write) override;
    QString kind() const override;

    /** The schema version this build writes. */
    [[nodiscard]] static int latestSchemaVersion();

private:
    EmbeddedStore();
    void release(SqliteConnection *conn, bool write);

    std::vector<std::unique_ptr<SqliteConnection>> m_connections;
    std::vector<SqliteConnection *> m_free;
    bool m_writerBusy = false;
    std::mutex m_mutex;
    std::condition_variable m_available;
};

} // namespace Qadam::Server
