#include "syncpolicy.h"

#include <QRandomGenerator>

namespace Qadam::Sync {

int BatchSizer::take(const QList<qint64> &opSizes, qint64 budget, int maxOps)
{
    return take([&opSizes](int i) { return opSizes.at(i); }, int(opSizes.size()), budget, maxOps);
}

int BatchSizer::take(const std::function<qint64(int)> &sizeAt, int count, qint64 budget, int maxOps)
{
    qint64 used = 0;
    int n = 0;
    while (n < count && n < maxOps) {
        const qint64 size = sizeAt(n);
        if (n > 0 && used + size > budget)
            break;
        used += size;
        ++n;
    }
    return n;
}

Backoff::Backoff(qint64 initialMs, qint64 maxMs, std::function<double()> random)
    : m_initialMs(std::max<qint64>(1, initialMs)), m_maxMs(std::max(maxMs, m_initialMs)), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 Backoff::ceilingFor(int failures) const
{
    qint64 d = m_initialMs;
    for (int i = 1; i < failures && d < m_maxMs; ++i)
        d *= 2;
    return std::min(d, m_maxMs);
}

qint64 Backoff::nextDelayMs()
{
    ++m_failures;
    const qint64 ceiling = ceilingFor(m_failures);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return ceiling / 2 + qint64(r * double(ceiling - ceiling / 2));
}

} // namespace Qadam::Sync
