#pragma once

#include "util/result.h"

namespace Qadam {

/**
 * SQLite's memory allocator for the whole process: the system allocator, except that every block
 * is zeroed (sodium_memzero over its usable size) before it goes back to the heap, and a block a
 * realloc moves is zeroed at its old place. So decrypted pages, row values and statement buffers
 * do not outlive their use in freed heap memory — after a lock closes the connection, the heap
 * holds none of the records that were read.
 *
 * This replaces SQLCipher's `cipher_memory_security`, which does the same zeroing (with a volatile
 * byte loop) but also calls mlock() on every allocation and munlock() on every free: 1.3 million
 * system calls in the sync benchmark's push of 10,000 records, three quarters of its time. Swap is
 * the platform's to protect (phones have none; desktops are told to encrypt it in the security
 * README); zeroing on free is what keeps plaintext out of the heap, and that stays.
 *
 * Installed once, before SQLite initialises (sqlite3_config refuses it afterwards). Database::open
 * installs it and refuses to open a store when that is no longer possible, so the product never
 * runs SQLite on a non-zeroing heap without saying so.
 */
namespace WipingAllocator {

/** Installs the allocator if SQLite has not initialised yet; the result is remembered. */
[[nodiscard]] Status install();
/** True once install() has succeeded in this process. */
[[nodiscard]] bool installed();
/** Bytes zeroed on free or realloc since start (a counter for tests and benchmarks). */
[[nodiscard]] quint64 bytesWiped();

} // namespace WipingAllocator
} // namespace Qadam
