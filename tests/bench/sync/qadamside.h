#pragma once

#include "syncbench.h"

namespace Qadam::Bench {

/** What one run of our side measured besides the phases, and what it checked. */
struct QadamExtras
{
    double limitDeviceMs = 0;     ///< the same rows into a fresh core store, one transaction
    double limitServerMs = 0;     ///< the same rows into a fresh EmbeddedStore, one transaction
    qint64 localRecords = 0;      ///< records device A wrote as local edits
    qint64 changed = 0;           ///< records changed in push_delta
    qint64 rawChangedZstd = 0;    ///< zstd (level 3) of the JSON lines of the raw changes
    qint64 supportRecords = 0;    ///< records on the server before the devices enrol
    qint64 bPulledAll = 0;        ///< records device B holds after pull_full
    QMap<QString, int> refused;   ///< local writes the write path refused (left out on both sides)
    QStringList failures;         ///< correctness checks that failed (empty = all passed)
    QMap<QString, double> seedMs; ///< untimed set-up steps, for the record
};

/**
 * Our side of one data set, one repetition: an in-process HttpServer (port 0) over a fresh
 * EmbeddedStore with the support records, a FaultProxy in pass-through in front of it counting
 * bytes (headers included); two devices of the set's officer (fresh encrypted core stores, each
 * with a SyncEngine on this thread) enrolled through the proxy. Device A writes the local records
 * (seed, untimed), then the phases run; figures are deltas of the proxy's byte counters and the
 * server's request counters around each phase. When `exportPath` is set, device A's records are
 * written there as JSON lines for the PouchDB peer.
 */
[[nodiscard]] Result<PhaseMap> runQadam(const SyncDataset &set, const BenchOptions &options, int repetition,
                                        const QString &exportPath, QadamExtras *extras);

} // namespace Qadam::Bench
