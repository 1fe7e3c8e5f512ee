#pragma once

#include "domain/record.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Qadam::Bench {

/** The phases both sides report, in order (the PouchDB peer's names). */
[[nodiscard]] const QStringList &syncPhases();

/** One phase's figures on one side: wall time, HTTP requests, bytes on the wire, records moved. */
struct PhaseFigures
{
    double ms = 0;
    qint64 requests = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    qint64 docs = 0;
    double serverMs = 0;          ///< Qadam only: time the HTTP server spent handling the requests
    [[nodiscard]] qint64 bytes() const { return bytesUp + bytesDown; }
};

using PhaseMap = QMap<QString, PhaseFigures>;

/** The median of each figure over repeated runs, phase by phase. */
[[nodiscard]] PhaseMap medianOf(const QList<PhaseMap> &runs);
[[nodiscard]] double median(QList<double> values);

/**
 * One data set of the benchmark, as both sides see it. `support` is the server's state before
 * the devices enrol (directory, and for the check-in set the people and orders the check-ins
 * refer to: every device already holds them); `local` are the records device A writes as local
 * edits through WriteService, in an order where every reference exists before it is used.
 */
struct SyncDataset
{
    QString name;                 ///< "checkins" or "mixed"
    QList<Record> support;        ///< imported on the server as server-authored writes
    QList<Record> local;          ///< created on device A (ids are replaced by A's own)
    QString officerId;            ///< the probation officer who owns every case of the set
    QMap<QString, qint64> perEntity;  ///< local records per entity
};

/** The generated source store and the data sets drawn from it. */
struct SourceData
{
    QString path;                 ///< the generated encrypted store (cached)
    QDate today;
    int people = 0;
    qint64 checkInsAvailable = 0;
    bool cached = false;
    double generationSeconds = 0;
};

/** The benchmark's synthetic raw keys (never product keys). */
[[nodiscard]] QByteArray benchDeviceKey();
[[nodiscard]] QByteArray benchServerKey();

/** How big the benchmark is and where its files go. */
struct BenchOptions
{
    int checkIns = 10'000;        ///< check-in records of the first data set
    int mixedRecords = 10'000;    ///< about this many records of whole caseloads in the second
    int repeat = 1;
    int pct = 1;                  ///< percent of records changed in push_delta
    QString cacheDir;
    QString workDir;              ///< device and server files of the runs
    QString pouchPeerDir;         ///< the peer's sources (package.json, bench.js)
    QString pouchRunDir;          ///< where the peer is installed (npm ci) and run
    bool pouchOptional = false;   ///< smoke: skip the PouchDB side with a note when node is absent
    bool smoke = false;
    QString jsonPath;
    QStringList datasets = {QStringLiteral("checkins"), QStringLiteral("mixed")};
};

} // namespace Qadam::Bench
