#pragma once

#include <QDateTime>

namespace Qadam {

/** Seconds east of UTC of Kazakhstan's one time zone (UTC+5 since 2024-03-01). */
inline constexpr int kKazakhstanUtcOffset = 5 * 3600;

/** The calendar day in Kazakhstan at `ms` (UTC milliseconds): the "today" of every legal date,
 *  deadline and generated record, whatever time zone the device or the test machine is set to. */
[[nodiscard]] inline QDate kazakhstanDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, kKazakhstanUtcOffset).date();
}

/** Source of wall time, injectable so tests control it. Thread-safe implementations only. */
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;  ///< UTC milliseconds since the epoch
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    [[nodiscard]] QDate today() const { return kazakhstanDate(nowMs()); } ///< see kazakhstanDate()
};

/** The real wall clock. */
class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

/** A clock tests move by hand. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 ms = 1'780'000'000'000) : m_ms(ms) { }
    [[nodiscard]] qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

} // namespace Qadam
