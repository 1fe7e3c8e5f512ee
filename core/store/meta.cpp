#include "meta.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace Qadam::Meta {

Result<QString> get(Database &db, const QString &key, const QString &fallback)
{
    auto v = db.scalar(u"SELECT value FROM meta WHERE key = ?1"_s, {key});
    if (!v.ok())
        return v.error();
    return v.value().isNull() ? fallback : v.value().toString();
}

Status set(Database &db, const QString &key, const QString &value)
{
    auto stmt = db.cached(u"INSERT INTO meta(key, value) VALUES (?1, ?2) "
                           u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, key).bind(2, value);
    return stmt.value().run();
}

Result<qint64> takeNext(Database &db, const QString &key, qint64 first)
{
    auto current = get(db, key, QString::number(first));
    if (!current.ok())
        return current.error();
    const qint64 value = current.value().toLongLong();
    if (Status s = set(db, key, QString::number(value + 1)); !s.ok())
        return s.error();
    return value;
}

} // namespace Qadam::Meta
