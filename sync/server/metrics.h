#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace Qadam::Server {

/**
 * The server's Prometheus counters, rendered as text exposition format 0.0.4 for GET /metrics.
 * Labels are bounded sets (route, status, outcome, store kind): never user or device ids.
 * Thread-safe: every HTTP worker thread records into one instance.
 */
class Metrics
{
public:
    /** Upper bounds (seconds) of the request duration histogram buckets (+Inf is implicit). */
    static constexpr std::array<double, 11> kDurationBuckets{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                            0.5, 1.0, 2.5, 5.0, 10.0};

    explicit Metrics(QString storeKind = {});

    /** One finished HTTP request: `route` is the route pattern (or "other"), never the raw path. */
    void recordRequest(const QString &route, int status, double seconds);
    /** Per-op outcomes of one sync request (ServiceReply counters). */
    void recordOps(int applied, int merged, int conflicts, int rejected);

    /** Requests counted so far for (route, status); for tests. */
    [[nodiscard]] qint64 requests(const QString &route, int status) const;
    /** The whole exposition text. */
    [[nodiscard]] QByteArray exposition() const;

private:
    void appendDurations(QByteArray &out) const;

    mutable QMutex m_mutex;
    QString m_storeKind;
    QHash<QPair<QString, int>, qint64> m_requests;
    qint64 m_applied = 0;
    qint64 m_merged = 0;
    qint64 m_conflicts = 0;
    qint64 m_rejected = 0;
    std::array<qint64, kDurationBuckets.size()> m_bucketCounts{};
    qint64 m_durationCount = 0;
    double m_durationSum = 0;
};

} // namespace Qadam::Server
