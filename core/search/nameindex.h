#pragma once

#include "util/result.h"

#include <QStringList>
#include <QVariantMap>

namespace Qadam {

class Database;

/**
 * Caseload search by name: a prefix of any name part, in Cyrillic or Latin, in any letter case.
 * Tokens live in `person_name_token` and are rewritten in the same transaction as the Person
 * record (WriteService calls `reindex`). Normalisation happens here in C++ because SQLite's
 * lower() only folds ASCII.
 */
class NameIndex
{
public:
    /** The Person fields that hold name parts. */
    [[nodiscard]] static const QStringList &nameFields();
    /** Case-folds, strips Latin diacritics and folds Kazakh letters to Russian base forms. */
    [[nodiscard]] static QString fold(const QString &text);
    /** Russian-style Latin transliteration of already folded Cyrillic text. */
    [[nodiscard]] static QString transliterate(const QString &folded);
    /** The distinct tokens stored for a set of name fields. */
    [[nodiscard]] static QStringList tokensFor(const QVariantMap &personFields);

    /** Replaces the tokens of one person. Call inside the transaction that writes the person. */
    [[nodiscard]] static Status reindex(Database &db, const QString &personId, const QVariantMap &personFields);
    /** Person ids matching every word of `query` as a prefix of some name part, at most `limit`. */
    [[nodiscard]] static Result<QStringList> search(Database &db, const QString &query, int limit = 50);
};

} // namespace Qadam
