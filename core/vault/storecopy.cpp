#include "storecopy.h"

#include "durablefile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

Result<QStringList> tableNames(Database &db)
{
    auto stmt
        = db.prepare(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     u"ORDER BY name"_s);
    if (!stmt.ok())
        return stmt.error();
    QStringList names;
    while (true) {
        auto row = stmt.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return names;
        names << stmt.value().text(0);
    }
}

Result<qint64> rowCount(Database &db, const QString &table)
{
    QString quoted = table;
    quoted.replace(u'"', u"\"\""_s);
    auto count = db.scalar(u"SELECT count(*) FROM \"%1\""_s.arg(quoted));
    if (!count.ok())
        return count.error();
    return count.value().toLongLong();
}

} // namespace

QStringList StoreCopy::withSideFiles(const QString &path)
{
    return { path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s };
}

void StoreCopy::remove(const QString &copyPath)
{
    for (const QString &path : withSideFiles(copyPath))
        QFile::remove(path);
}

Status StoreCopy::make(
    Database &source, const QString &copyPath, const SecureBuffer &key, const DatabaseOptions &options)
{
    remove(copyPath);
    Status s = source.checkpoint();
    if (s.ok())
        s = source.exportTo(copyPath, key.view());
    if (s.ok())
        s = verify(source, copyPath, key, options);
    if (s.ok())
        s = DurableFile::syncFile(copyPath);
    if (!s.ok())
        remove(copyPath);
    return s;
}

Status StoreCopy::verify(
    Database &source, const QString &copyPath, const SecureBuffer &key, const DatabaseOptions &options)
{
    auto copy = Database::open(copyPath, key.view(), options);
    if (!copy.ok())
        return copy.error();
    auto original = tableNames(source);
    auto copied = tableNames(*copy.value());
    if (!original.ok() || !copied.ok())
        return !original.ok() ? original.error() : copied.error();
    if (original.value() != copied.value())
        return Error::make(Error::Corrupt, u"store copy lacks tables"_s);
    for (const QString &table : original.value()) {
        auto a = rowCount(source, table);
        auto b = rowCount(*copy.value(), table);
        if (!a.ok() || !b.ok())
            return !a.ok() ? a.error() : b.error();
        if (a.value() != b.value())
            return Error::make(Error::Corrupt, u"store copy differs in table %1"_s.arg(table));
    }
    // `copy` closes on return, which checkpoints and removes its WAL before the caller syncs.
    return copy.value()->checkIntegrity();
}

} // namespace Qadam
