#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Qadam::Server {

using namespace Qt::StringLiterals;

using SqlRow = QVariantList;
using SqlRows = QList<SqlRow>;

/**
 * One database connection as the shared transaction code (SqlTxn) sees it: statements with
 * `?N` parameters, rows of Null / LongLong / Double / QString / QByteArray. Implemented over
 * SQLCipher (EmbeddedStore) and libpqxx (PgStore). Errors never carry parameter values.
 */
class SqlConnection
{
public:
    virtual ~SqlConnection() = default;
    /** Starts a transaction: a write one serialised against every other writer, a read one on
     *  one consistent snapshot. */
    [[nodiscard]] virtual Status begin(bool write) = 0;
    [[nodiscard]] virtual Status commit() = 0;
    virtual void rollback() = 0;
    /** Runs one statement. Parameters: null QVariant, QString, qint64 (any integer), QByteArray. */
    [[nodiscard]] virtual Result<SqlRows> query(const QString &sql, const QVariantList &params) = 0;
    /** An SQL row source of the strings in the JSON array bound to parameter `index`
     *  (`x IN <listOf(2)>`). */
    [[nodiscard]] virtual QString listOf(int index) const = 0;
    /** `column` is one of the strings in the JSON array bound to parameter `index`, in the form
     *  each database reads by index: PostgreSQL plans `IN (jsonb subquery)` as a hash join over a
     *  sequential scan while the table's statistics are stale, so it gets `= ANY(ARRAY(...))`. */
    [[nodiscard]] virtual QString inList(const QString &column, int index) const
    {
        return column + u" IN "_s + listOf(index);
    }
    /** The same test as `inList`, for a query another index drives (rows in sequence order over a
     *  short stretch): the database should not read by `column`'s index. SQLite plans
     *  `x IN (list)` as one index range per listed value; PostgreSQL costs both plans itself. */
    [[nodiscard]] virtual QString inListScanned(const QString &column, int index) const
    {
        return inList(column, index);
    }
};

} // namespace Qadam::Server
