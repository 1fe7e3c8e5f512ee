#pragma once

#include "syncbench.h"

namespace Qadam::Bench {

/** Whether `node` runs here; its version in `version`. */
[[nodiscard]] bool nodeAvailable(QString *version = nullptr);

/**
 * Installs the PouchDB peer (../shared/peers/pouchdb) into `options.pouchRunDir`: copies
 * package.json, package-lock.json and bench.js, and runs `npm ci --no-audit --no-fund` there once
 * (skipped when node_modules exists). Error::Unavailable when node or npm is missing or fails.
 */
[[nodiscard]] Status preparePouch(const BenchOptions &options);

/** Runs `node bench.js --input=FILE --json --db=leveldb --pct=P` and returns its phases (with
 *  seed and conflict as the peer reports them). */
[[nodiscard]] Result<PhaseMap> runPouch(const BenchOptions &options, const QString &inputPath);

} // namespace Qadam::Bench
