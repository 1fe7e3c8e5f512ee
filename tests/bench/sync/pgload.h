#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Qadam::Bench {

/** The size of the PostgreSQL load. */
struct PgLoadOptions
{
    int devices = 1000;           ///< simulated enrolled devices (two per officer)
    int casesPerOfficer = 3;
    int rounds = 3;               ///< incremental syncs per device
    int changesPerSync = 2;       ///< check-ins each incremental sync pushes
    int clientThreads = 8;        ///< concurrent libcurl handles (one Transport per thread)
    int ingestDevices = 8;        ///< devices pushing creates concurrently
    int ingestOps = 48'000;       ///< creates pushed in the ingest phase, all devices together
    int ingestBatch = 500;        ///< ops per request
    int serverThreads = 8;
    /** A qadam-server binary: the load goes to `qadam-server serve` as its own process on the same
     *  PostgreSQL (set-up stays in-process), so its memory is measured alone. Empty: in-process. */
    QString serverBinary;
};

/** What the load measured. */
struct PgLoadResult
{
    QString store;                ///< the URL without credentials
    qint64 ingestOps = 0;
    qint64 ingestRejected = 0;
    double ingestSeconds = 0;
    double ingestOpsPerSecond = 0;
    int devices = 0;
    qint64 syncRequests = 0;
    qint64 syncErrors = 0;
    qint64 opsRejected = 0;
    qint64 changesPulled = 0;
    double syncSeconds = 0;
    QList<double> latenciesMs;    ///< per incremental /v1/sync request
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
    double setupSeconds = 0;
    bool separateServer = false;  ///< the load went to a qadam-server process
    qint64 serverPeakRssKiB = 0;  ///< that process's VmHWM after the load (0: in-process)
    qint64 serverRssKiB = 0;      ///< its VmRSS then
};

/**
 * Server load on PostgreSQL through the real HTTP server on loopback: `url` is a postgresql://
 * URL, or "auto" to start a private cluster with tests/integration/pgcluster.sh in `workDir`
 * (stopped afterwards). Set-up (untimed, in-process): an organisation, devices/2 officers with
 * their cases, every device enrolled and synced once. Ingest: `ingestDevices` threads push batches
 * of check-in creates over HTTP; ops/s = applied ops over wall time. Incremental: every device
 * does `rounds` real /v1/sync requests with its cursor and a few check-ins, from a pool of
 * `clientThreads` libcurl handles; each request's latency is recorded. With `serverBinary`
 * the HTTP side is a `qadam-server serve` process on the same store (stateless scale-out), and its
 * peak resident memory is read from /proc/PID/status before it is stopped.
 */
[[nodiscard]] Result<PgLoadResult> runPgLoad(const QString &url, const PgLoadOptions &options, const QString &workDir);

[[nodiscard]] QString renderPgLoad(const PgLoadResult &r);
[[nodiscard]] QJsonObject pgLoadJson(const PgLoadResult &r);

} // namespace Qadam::Bench
