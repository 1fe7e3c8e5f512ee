#include "metrics.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

namespace {

/** A number as Prometheus writes it: integers plain, others with enough digits. */
QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 12);
}

/** Escapes a label value (backslash, quote, newline) per the exposition format. */
QByteArray labelValue(const QString &v)
{
    QByteArray out = v.toUtf8();
    out.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return out;
}

void header(QByteArray &out, const char *name, const char *help, const char *type)
{
    out += "# HELP "_ba + name + ' ' + help + '\n';
    out += "# TYPE "_ba + name + ' ' + type + '\n';
}

} // namespace

Metrics::Metrics(QString storeKind)
    : m_storeKind(std::move(storeKind))
{
}

void Metrics::recordRequest(const QString &route, int status, double seconds)
{
    const QMutexLocker lock(&m_mutex);
    ++m_requests[qMakePair(route, status)];
    for (size_t i = 0; i < kDurationBuckets.size(); ++i) {
        if (seconds <= kDurationBuckets[i])
            ++m_bucketCounts[i];
    }
    ++m_durationCount;
    m_durationSum += seconds;
}

void Metrics::recordOps(int applied, int merged, int conflicts, int rejected)
{
    const QMutexLocker lock(&m_mutex);
    m_applied += applied;
    m_merged += merged;
    m_conflicts += conflicts;
    m_rejected += rejected;
}

qint64 Metrics::requests(const QString &route, int status) const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests.value(qMakePair(route, status));
}

QByteArray Metrics::exposition() const
{
    const QMutexLocker lock(&m_mutex);
    QByteArray out;
    header(out, "qadam_http_requests_total", "HTTP requests by route and status.", "counter");
    QList<QPair<QString, int>> keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &k : keys) {
        out += "qadam_http_requests_total{route=\"" + labelValue(k.first) + "\",status=\""
            + QByteArray::number(k.second) + "\"} " + QByteArray::number(m_requests.value(k)) + '\n';
    }
    header(out, "qadam_sync_ops_total", "Pushed ops by outcome.", "counter");
    const std::array<QPair<const char *, qint64>, 4> ops{{{"applied", m_applied},
                                                          {"merged", m_merged},
                                                          {"conflict", m_conflicts},
                                                          {"rejected", m_rejected}}};
    for (const auto &[outcome, n] : ops)
        out += "qadam_sync_ops_total{outcome=\""_ba + outcome + "\"} " + QByteArray::number(n) + '\n';
    header(out, "qadam_sync_conflicts_total", "Conflict records created by pushes.", "counter");
    out += "qadam_sync_conflicts_total " + QByteArray::number(m_conflicts) + '\n';
    appendDurations(out);
    header(out, "qadam_store_info", "The server store in use.", "gauge");
    out += "qadam_store_info{kind=\"" + labelValue(m_storeKind) + "\"} 1\n";
    return out;
}

void Metrics::appendDurations(QByteArray &out) const
{
    const char *name = "qadam_http_request_duration_seconds";
    header(out, name, "Time from request to reply.", "histogram");
    for (size_t i = 0; i < kDurationBuckets.size(); ++i) {
        out += name + "_bucket{le=\""_ba + number(kDurationBuckets[i]) + "\"} "
            + QByteArray::number(m_bucketCounts[i]) + '\n';
    }
    out += name + "_bucket{le=\"+Inf\"} "_ba + QByteArray::number(m_durationCount) + '\n';
    out += name + "_sum "_ba + number(m_durationSum) + '\n';
    out += name + "_count "_ba + QByteArray::number(m_durationCount) + '\n';
}

} // namespace Qadam::Server
