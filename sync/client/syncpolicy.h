#pragma once

#include <QList>
#include <QtGlobal>

#include <functional>

namespace Qadam::Sync {

/**
 * How many bytes of ops one push carries. Starts at 64 KiB, doubles after each successful push
 * up to 1 MiB, halves after a 413 or a timeout down to a floor. Pure value type.
 */
class BatchSizer
{
public:
    static constexpr qint64 kStart = 64 * 1024;
    static constexpr qint64 kCeiling = 1024 * 1024;
    static constexpr qint64 kFloor = 4 * 1024;

    [[nodiscard]] qint64 budget() const { return m_budget; }
    void onSuccess() { m_budget = budgetAfterSuccess(); }
    /** The budget the next batch gets if the one in flight succeeds. */
    [[nodiscard]] qint64 budgetAfterSuccess() const { return std::min(kCeiling, m_budget * 2); }
    void onTooLargeOrTimeout() { m_budget = std::max(kFloor, m_budget / 2); }
    [[nodiscard]] bool atFloor() const { return m_budget <= kFloor; }

    /** How many of the leading ops (their wire sizes, oldest first) fit in `budget` bytes. At
     *  least one when any is given: an op bigger than the budget goes alone. */
    [[nodiscard]] static int take(const QList<qint64> &opSizes, qint64 budget, int maxOps = 5000);
    /** The same, asking `sizeAt(i)` only for the ops it considers (sizes cost a serialisation). */
    [[nodiscard]] static int take(const std::function<qint64(int)> &sizeAt, int count, qint64 budget, int maxOps);

private:
    qint64 m_budget = kStart;
};

/**
 * Delay before the next attempt after consecutive failures: exponential from `initialMs`, capped
 * at `maxMs`, with "equal jitter" — a delay d becomes d/2 + random·d/2, so it is never below half
 * and never above the cap. `random` returns a value in [0, 1); injected so tests pin it.
 */
class Backoff
{
public:
    Backoff(qint64 initialMs, qint64 maxMs, std::function<double()> random);

    /** Records a failure and returns the delay before the next attempt. */
    [[nodiscard]] qint64 nextDelayMs();
    void reset() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }
    /** The delay before jitter for `failures` consecutive failures (1 = the first). */
    [[nodiscard]] qint64 ceilingFor(int failures) const;

private:
    qint64 m_initialMs;
    qint64 m_maxMs;
    std::function<double()> m_random;
    int m_failures = 0;
};

} // namespace Qadam::Sync
