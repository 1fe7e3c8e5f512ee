#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qadam::Bench {

/** A check-in target for the insert measurement: an existing person and order. */
struct InsertTarget
{
    QString personId;
    QString orderId;
};

/**
 * What both benchmark binaries run, so the SQLCipher and the plain SQLite side see exactly the
 * same queries. Made by qadam_bench_store from the generated data (prefixes already folded by
 * NameIndex::fold, which only qadam_core has) and handed to qadam_bench_plain as a JSON file.
 */
struct Workload
{
    QString today; ///< yyyy-MM-dd, the generator's today
    QList<QStringList> cyrillic; ///< one-word Cyrillic prefix queries
    QList<QStringList> latin; ///< one-word Latin prefix queries
    QList<QStringList> twoWords; ///< surname prefix + given-name prefix
    QStringList officers; ///< probation officers with orders in force (due list scope)
    QList<InsertTarget> insertTargets;
    QList<int> cacheKiB; ///< page cache sizes to sweep
    int defaultCacheKiB = 0; ///< DatabaseOptions::cacheKiB, the product default
    int searchLimit = 50; ///< NameIndex::search's default
    int dueLimit = 200;
    int dueRunsEveryone = 10; ///< runs of the whole-store due list
    int insertRows = 10000;
    int insertRuns = 5;
    int agreementQueries = 20; ///< FTS5 result sets compared in full with the token table
    bool mainOnly = false; ///< only the main table: no page-cache sweep, FTS5 or proposed indexes

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Workload fromJson(const QJsonObject &json);
};

} // namespace Qadam::Bench
