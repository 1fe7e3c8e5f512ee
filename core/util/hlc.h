#pragma once

#include "clock.h"

#include <QtGlobal>

namespace Qadam {

/**
 * Hybrid logical clock (Kulkarni et al.): a 64-bit value, 48 bits of wall milliseconds and a
 * 16-bit counter, that never goes backwards even when the device clock does. Device wall clocks
 * never decide a merge; the HLC orders causally related edits. Not thread-safe: owned by the
 * single writer of a store, which persists `last()` in the same transaction as each write.
 */
class HybridClock
{
public:
    explicit HybridClock(const Clock &clock, qint64 last = 0) : m_clock(clock), m_last(last) { }

    /** A timestamp for a local event, greater than every earlier one. */
    [[nodiscard]] qint64 tick();
    /** Merges a timestamp received from elsewhere; returns the new local value (greater than both). */
    qint64 observe(qint64 remote);
    [[nodiscard]] qint64 last() const { return m_last; }

    [[nodiscard]] static constexpr qint64 pack(qint64 wallMs, qint64 counter) { return (wallMs << 16) | (counter & 0xffff); }
    [[nodiscard]] static constexpr qint64 wallMs(qint64 hlc) { return hlc >> 16; }
    [[nodiscard]] static constexpr qint64 counter(qint64 hlc) { return hlc & 0xffff; }

private:
    const Clock &m_clock;
    qint64 m_last;
};

} // namespace Qadam
