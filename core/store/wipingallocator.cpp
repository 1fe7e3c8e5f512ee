#include "wipingallocator.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <malloc.h>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

using namespace Qt::StringLiterals;

namespace Qadam::WipingAllocator {

namespace {

std::atomic<quint64> g_wiped{0};
std::atomic<bool> g_installed{false};

void wipe(void *p, size_t size)
{
    sodium_memzero(p, size);
    g_wiped.fetch_add(size, std::memory_order_relaxed);
}

void *allocate(int n)
{
    return n > 0 ? std::malloc(size_t(n)) : nullptr;
}

void release(void *p)
{
    if (!p)
        return;
    wipe(p, malloc_usable_size(p));
    std::free(p);
}

void *reallocate(void *p, int n)
{
    if (!p)
        return allocate(n);
    const size_t have = malloc_usable_size(p);
    if (size_t(n) <= have)
        return p; // fits where it is: nothing left behind
    // Never std::realloc: it may move the block and free the old copy unzeroed.
    void *moved = std::malloc(size_t(n));
    if (!moved)
        return nullptr; // SQLite keeps the old block, as realloc's contract says
    std::memcpy(moved, p, have);
    release(p);
    return moved;
}

int sizeOf(void *p)
{
    return p ? int(malloc_usable_size(p)) : 0;
}

int roundUp(int n)
{
    return (n + 7) & ~7;
}

int init(void *) { return SQLITE_OK; }
void shutdown(void *) { }

const sqlite3_mem_methods g_methods = {allocate, release, reallocate, sizeOf, roundUp, init, shutdown, nullptr};

Status installOnce()
{
    const int rc = sqlite3_config(SQLITE_CONFIG_MALLOC, &g_methods);
    if (rc != SQLITE_OK)
        return Error::make(Error::Unsupported,
                           u"the wiping allocator could not be installed: SQLite was already initialised (%1)"_s
                               .arg(rc));
    g_installed = true;
    return {};
}

const Status &installStatus()
{
    static const Status status = installOnce();
    return status;
}

} // namespace

Status install()
{
    return installStatus();
}

bool installed()
{
    return g_installed.load();
}

quint64 bytesWiped()
{
    return g_wiped.load(std::memory_order_relaxed);
}

} // namespace Qadam::WipingAllocator
