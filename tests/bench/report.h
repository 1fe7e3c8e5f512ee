#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Qadam::Bench {

/** The figures of the three measured configurations, each as runSuite returned them. */
struct Sides
{
    QJsonObject cipher; ///< SQLCipher as the product opens it (Database::open: memory security on)
    QJsonObject cipherDirect; ///< SQLCipher with the same pragmas but cipher_memory_security off
    QJsonObject plain; ///< plain SQLite on the plaintext copy
};

/** Everything the report prints besides the figures. */
struct ReportContext
{
    QString command; ///< how this run was started
    QJsonObject dataset; ///< Dataset::info
    QString spec; ///< seed, today, cache directory
    qint64 dueRows = 0; ///< rows of the whole-store due list checked against the C++ reference
};

/**
 * Result checks that make the benchmark fail (exit code 1) — wrong answers, never slow ones:
 * errors on any side, a search prefix drawn from a real name that finds nobody, the sides
 * returning different rows, proposed indexes changing a due list, FTS5 finding other people than
 * the token table.
 */
[[nodiscard]] QStringList resultProblems(const Sides &sides);

/** Prints the comparison: the main table, the page-cache sweep, token table against FTS5 and the
 *  due list with proposed indexes, then any problems. */
void printReport(const ReportContext &context, const Sides &sides, const QStringList &problems);

} // namespace Qadam::Bench
