#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Qadam::Fuzz {

/**
 * The entry functions of the fuzz targets (tests/fuzz/README.md). Each takes one input as
 * libFuzzer hands it over, runs it through the real product code and returns 0; a broken
 * invariant aborts (libFuzzer reports it as a crash, the replay test as a failed run). The same
 * functions are built with the normal compiler for tst_fuzzreplay, which replays the seeds and
 * every saved crash input in ctest, so CI checks them without clang.
 *
 * Each target keeps its world (stores in a temporary folder, seeded once per process) in a
 * function-local static; inputs never see each other's writes, so a saved input reproduces alone.
 * An empty input only builds the world (the libFuzzer binaries do it before fuzzing starts).
 * Not thread-safe: one input at a time, as libFuzzer runs them.
 */
enum class Target { ServerRequest, ClientReply, WireFrame, ReferenceData };

/** The server: selector byte, then an EnrollRequest/TokenRequest/SyncRequest body (raw or one
 *  zstd frame) for the real SyncService on a seeded EmbeddedStore. */
int serverRequest(const uint8_t *data, size_t size);
/** The client: selector byte, then a SyncResponse (raw or a zstd frame) applied by Replica to a
 *  SQLCipher store holding records and pending ops. */
int clientReply(const uint8_t *data, size_t size);
/** The framing: zstd decompression, the six message types, their round trips. */
int wireFrame(const uint8_t *data, size_t size);
/** The reference-data loaders: selector byte, then a JSON document for one of them. */
int referenceData(const uint8_t *data, size_t size);

/** The entry function of `target`. */
using Entry = int (*)(const uint8_t *, size_t);
[[nodiscard]] Entry entry(Target target);
/** The target's name as used for folders and binaries ("server_request", …). */
[[nodiscard]] QString targetName(Target target);
[[nodiscard]] QList<Target> allTargets();

/** The seed inputs of `target`: built from the golden vectors (tests/sync/golden) and the JSON
 *  data bundled in core/data, plus inputs made to reach the seeded world's records. */
[[nodiscard]] QList<QByteArray> seeds(Target target);

/** Runs one input through `target` (the replay test's way in). */
inline int run(Target target, const QByteArray &input)
{
    return entry(target)(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

/** Aborts with `what` when `condition` is false: a broken invariant is a crash for libFuzzer. */
void require(bool condition, const char *what);

} // namespace Qadam::Fuzz
