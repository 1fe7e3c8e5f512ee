#include "attemptcounter.h"

#include "durablefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

qint64 AttemptCounter::delayMs(int failures)
{
    if (failures <= kFreeFailures)
        return 0;
    const int doublings = std::min(failures - kFreeFailures - 1, 20);
    return std::min(kMaxDelayMs, kBaseDelayMs << doublings);
}

qint64 AttemptCounter::lockedUntilMs(const State &state, qint64 nowMs)
{
    const qint64 delay = delayMs(state.failures);
    if (delay == 0)
        return 0;
    const qint64 start = std::min(state.lastFailureMs, nowMs);
    return start + delay;
}

Result<AttemptCounter::State> AttemptCounter::read() const
{
    auto bytes = DurableFile::read(m_path);
    if (!bytes.ok())
        return bytes.error();
    const QJsonObject o = QJsonDocument::fromJson(bytes.value()).object();
    const qint64 failures = o.value(u"failures").toInteger(-1);
    const qint64 last = o.value(u"lastFailureMs").toInteger(-1);
    if (o.value(u"version").toInteger() != 1 || failures < 0 || failures > 1'000'000 || last < 0)
        return Error::make(Error::Corrupt, u"attempt counter unreadable"_s);
    return State { int(failures), last };
}

AttemptCounter::State AttemptCounter::load(qint64 nowMs) const
{
    auto state = read();
    return state.ok() ? state.value() : State { kFreeFailures, nowMs };
}

Result<AttemptCounter::State> AttemptCounter::admit(qint64 nowMs) const
{
    State state = load(nowMs);
    if (nowMs < state.lastFailureMs) {
        // The clock went back: restart the delay from now rather than trust either time.
        state.lastFailureMs = nowMs;
        if (Status s = write(state); !s.ok())
            return s.error();
    }
    if (const qint64 until = lockedUntilMs(state, nowMs); nowMs < until)
        return Error::make(Error::LockedOut, u"next attempt in %1 s"_s.arg((until - nowMs + 999) / 1000));
    if (Status s = write({ state.failures + 1, nowMs }); !s.ok())
        return s.error(); // not counted, so not tried
    return state;
}

Status AttemptCounter::write(const State &state) const
{
    const QJsonObject o { { u"version"_s, 1 }, { u"failures"_s, state.failures },
        { u"lastFailureMs"_s, state.lastFailureMs } };
    return DurableFile::write(m_path, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status AttemptCounter::remove() const
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return Error::make(Error::Storage, u"cannot remove the attempt counter"_s);
    return {};
}

} // namespace Qadam
