#pragma once

namespace Qadam::ProcessHardening {

/**
 * Keeps the process's memory — the raw data key, the server's store key, tokens, the records on
 * screen — out of crash output (SECURITY.md R4): the core-file limit is set to zero and, on Linux
 * and Android, the process is made non-dumpable, so no core file is written even where a user or
 * a service manager raised the limit, and other non-root processes cannot ptrace it or read its
 * memory. The app and qadam-server call it first thing in main(). Returns false when the
 * platform refused a step (nothing to undo: the other step still holds).
 */
bool keepMemoryOutOfCrashOutput();

/** True while the process may not write a core file (the limit is zero, or it is non-dumpable). */
[[nodiscard]] bool memoryKeptOutOfCrashOutput();

} // namespace Qadam::ProcessHardening
