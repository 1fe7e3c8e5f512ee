#pragma once

// The measurements of the store benchmark, compiled twice: into qadam_bench_store against
// SQLCipher (QADAM_BENCH_SQLCIPHER defined) and into qadam_bench_plain against plain SQLite.
// The two libraries export the same symbols, so they never meet in one binary; this source is
// what keeps both sides running the same SQL (the product's, from core/search/nameindexsql.h
// and core/store/queries.h) in the same way.

#include "workload.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace Qadam::Bench {

/** An open connection to the benchmark database, configured like the product's. */
class Connection
{
public:
    virtual ~Connection() = default;
    [[nodiscard]] virtual sqlite3 *handle() const = 0;
};

/** Opens the benchmark database with a page cache of `cacheKiB`; null (and a message on stderr)
 *  when it cannot. Each side supplies its own: Database::open for SQLCipher, sqlite3_open_v2 with
 *  the same pragmas for plain SQLite. */
using Connector = std::function<std::unique_ptr<Connection>(int cacheKiB)>;

/**
 * Runs every measurement of `workload` on connections from `connect`: caseload search (Cyrillic,
 * Latin, two words), the due list (one officer, whole store), inserting check-ins in one
 * transaction, a page-cache sweep, the token table against FTS5, and the due list with proposed
 * indexes (built and rolled back). Each timing includes prepare, bind and stepping every row, as
 * the product does per call; warm-up runs come first. Returns figures and result fingerprints as
 * JSON ("error" set on failure). Leaves the database's rows as it found them. Prints nothing.
 */
[[nodiscard]] QJsonObject runSuite(const Connector &connect, const Workload &workload);

/** "SQLCipher 4.6.1 community (SQLite 3.46.1), memory security on" or "SQLite 3.40.1". */
[[nodiscard]] QString engineName(sqlite3 *db);

/**
 * Opens `path` with the raw C API: `keyStatement` first when given (PRAGMA key, SQLCipher), then
 * the pragmas Database::configure sets (temp_store, foreign_keys, cache_size, WAL, synchronous)
 * but never cipher_memory_security. Keep in step with core/store/database.cpp.
 */
[[nodiscard]] std::unique_ptr<Connection> openDirect(
    const QString &path, int cacheKiB, const QByteArray &keyStatement = {});

/** The body of a measuring child process: reads the workload file, runs the suite on openDirect
 *  connections and prints the JSON on stdout. Returns the process exit code. */
[[nodiscard]] int runSuiteProcess(
    const QString &path, const QString &workloadPath, const QByteArray &keyStatement = {});

} // namespace Qadam::Bench
