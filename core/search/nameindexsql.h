#pragma once

// The caseload name search as SQL, header-only so that tests/bench runs the product's exact query
// against plain SQLite too (that binary cannot link qadam_core). NameIndex::search builds its
// statement here.

#include <QString>
#include <QStringList>

namespace Qadam::NameIndexSql {

/**
 * Person ids whose name tokens (table person_name_token, migration 3) start with each of `words`
 * prefixes, at most `limit`. The prefixes, already folded by NameIndex::fold, are bound as
 * ?1 … ?words. One range scan on the primary key per word; a person matches when every word
 * matches some name part (INTERSECT), and is listed once even when several of their name parts
 * start with the prefix (DISTINCT). U+10FFFF sorts after every continuation in SQLite's binary
 * (UTF-8) collation, so `token < prefix || char(1114111)` closes the range.
 */
[[nodiscard]] inline QString search(int words, int limit)
{
    QStringList selects;
    for (int i = 0; i < words; ++i)
        selects << QStringLiteral(
            "SELECT DISTINCT person_id FROM person_name_token WHERE token >= ?%1 AND token < ?%1 || "
            "char(1114111)")
                       .arg(i + 1);
    return selects.join(QStringLiteral(" INTERSECT ")) + QStringLiteral(" LIMIT %1").arg(limit);
}

} // namespace Qadam::NameIndexSql
