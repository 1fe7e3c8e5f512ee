#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Qadam::Bench {

/** Everything the report prints besides the two sides' figures. */
struct ReportContext
{
    QString command;        ///< how this run was started
    QJsonObject dataset;    ///< Dataset::info
    QString spec;           ///< seed, today, cache directory
    qint64 dueRows = 0;     ///< rows of the whole-store due list checked against the C++ reference
};

/**
 * Result checks that make the benchmark fail (exit code 1) — wrong answers, never slow ones:
 * errors on either side, a search prefix drawn from a real name that finds nobody, the two sides
 * returning different rows, proposed indexes changing a due list, FTS5 finding other people than
 * the token table.
 */
[[nodiscard]] QStringList resultProblems(const QJsonObject &cipher, const QJsonObject &plain);

/** Prints the comparison: the main table, the page-cache sweep, token table against FTS5 and the
 *  due list with proposed indexes, then any problems. */
void printReport(const ReportContext &context, const QJsonObject &cipher, const QJsonObject &plain,
                 const QStringList &problems);

} // namespace Qadam::Bench
