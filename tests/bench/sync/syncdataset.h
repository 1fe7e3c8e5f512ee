#pragma once

#include "syncbench.h"

namespace Qadam {
class Database;
}

namespace Qadam::Bench {

/**
 * Generates (Seed mode, seed 1, a fixed `today`) a synthetic store with at least `checkIns`
 * check-ins and `mixedRecords` records of whole caseloads, or reuses the one a previous run left in
 * `cacheDir` (progress on stderr). The file is built under a temporary name and renamed when done.
 */
[[nodiscard]] Result<SourceData> prepareSource(const BenchOptions &options);

/** Opens the generated store read-only in spirit (the benchmark never writes to it). */
[[nodiscard]] Result<std::unique_ptr<Database>> openSource(const SourceData &source);

/**
 * The first `count` check-ins (oldest first) as local edits; the support set holds the directory
 * and every record they refer to (people, orders…, transitively), people reassigned to one
 * probation officer so a single officer's devices see every case.
 */
[[nodiscard]] Result<SyncDataset> checkInDataset(Database &source, int count);

/**
 * Whole caseloads (every record of every entity of each person, people in creation order, skipping
 * the people of the check-in set) until about `count` records; support is the directory only.
 * Local records are ordered so that references point backwards (entities sorted by their
 * references, then creation time).
 */
[[nodiscard]] Result<SyncDataset> mixedDataset(Database &source, int count);

} // namespace Qadam::Bench
