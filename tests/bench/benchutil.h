#pragma once

// Small helpers the benchmark binaries share (header-only, Qt Core): medians over repeated runs
// and what /proc says about the machine and a process's memory.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Qadam::Bench::Util {

/** The median; NaN for no values (a figure that was not measured). */
[[nodiscard]] inline double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

/** The value after "key:" on the first line of a /proc file starting with `key`, trimmed. */
[[nodiscard]] inline QString procField(const QString &path, const QString &key)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString s = QString::fromUtf8(line);
        if (s.startsWith(key))
            return s.section(u':', 1).trimmed();
    }
    return {};
}

/** Peak and current resident memory (VmHWM, VmRSS) in KiB from a /proc/PID/status file. */
[[nodiscard]] inline std::pair<qint64, qint64> memoryKiB(const QString &statusPath)
{
    const auto kib = [&statusPath](const QString &key) {
        return procField(statusPath, key).section(u' ', 0, 0).toLongLong();
    };
    return {kib(QStringLiteral("VmHWM")), kib(QStringLiteral("VmRSS"))};
}

} // namespace Qadam::Bench::Util
