#pragma once

#include "util/result.h"
#include "workload.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace Qadam {
class Database;
}

namespace Qadam::Bench {

/** Which data set to benchmark. The cache key is made of every field but `directory`. */
struct DatasetSpec
{
    quint64 seed = 1;
    int people = 100000;
    int eventsPerPerson = 10;
    QDate today;
    QString directory; ///< where the encrypted file and its plaintext copy are kept between runs
    bool smoke = false; ///< small workload: fewer queries and runs
    bool regenerate = false; ///< ignore a cached data set
};

/** The benchmark's two files: the SQLCipher store and its plaintext copy (same schema and rows). */
struct Dataset
{
    QString encryptedPath;
    QString plainPath;
    QJsonObject info; ///< counts per entity, generation seconds, file sizes, whether it was cached
};

/** The synthetic raw key of the benchmark store (never a product key). */
[[nodiscard]] QByteArray benchKey();

/**
 * Generates the data set in Seed mode into an encrypted store (progress on stderr) and exports a
 * plaintext copy with Database::exportTo(path, {}); reuses both when a previous run left them.
 * Files are built under temporary names and renamed when complete.
 */
[[nodiscard]] Result<Dataset> prepareDataset(const DatasetSpec &spec);

/** Draws the queries both sides run from the generated names, officers and orders. */
[[nodiscard]] Result<Workload> makeWorkload(Database &db, const DatasetSpec &spec);

/** Checks the due-list SQL (whole store, no limit) against the same rule computed in C++ from the
 *  raw rows. Returns the number of due rows, or Error::Corrupt naming the first difference. */
[[nodiscard]] Result<qint64> checkDueList(Database &db, const QDate &today);

} // namespace Qadam::Bench
