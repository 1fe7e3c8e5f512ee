#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace Qadam {

class Database;

/** One numbered, forward-only schema step. Its SQL is frozen once released: later changes get a
 *  new number, so every earlier schema version can still be migrated. */
struct Migration
{
    int version;
    QString name;
    QString resource;  ///< qrc path of the SQL
};

/**
 * Applies migrations in order, each in its own transaction, and records each in
 * `schema_migrations(version, name, applied_at)`. Never goes backwards: a database newer than
 * this build is refused with Error::Unsupported rather than touched.
 */
class Migrator
{
public:
    [[nodiscard]] static const QList<Migration> &all();
    [[nodiscard]] static int latestVersion();

    /** The version a database is at (0 for a new, empty one). */
    [[nodiscard]] static Result<int> currentVersion(Database &db);
    /** Migrates up to `target` (default: latest). */
    [[nodiscard]] static Status migrate(Database &db, int target = -1, qint64 nowMs = 0);
};

} // namespace Qadam
