#include "hlc.h"

#include <algorithm>

namespace Qadam {

qint64 HybridClock::tick()
{
    const qint64 physical = HybridClock::pack(m_clock.nowMs(), 0);
    m_last = std::max(physical, m_last + 1);
    return m_last;
}

qint64 HybridClock::observe(qint64 remote)
{
    const qint64 physical = HybridClock::pack(m_clock.nowMs(), 0);
    m_last = std::max({physical, m_last + 1, remote + 1});
    return m_last;
}

} // namespace Qadam
