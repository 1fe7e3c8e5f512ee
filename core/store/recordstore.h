#pragma once

#include "domain/record.h"
#include "domain/schema.h"
#include "util/result.h"

#include <QStringList>

namespace Qadam {

class Database;

/**
 * Generic row access for every entity, driven by its EntitySpec: the only place that turns
 * records into SQL. Bound parameters only; table and column names come from the built-in schema,
 * never from input. Used on the thread that owns its Database.
 */
class RecordStore
{
public:
    explicit RecordStore(Database &db) : m_db(db) { }

    [[nodiscard]] Result<Record> get(const EntitySpec &spec, const QString &id);
    [[nodiscard]] Result<bool> exists(const EntitySpec &spec, const QString &id);
    [[nodiscard]] Status insert(const EntitySpec &spec, const Record &record);
    /** Writes `changed` fields and the metadata of `record` (its new version). */
    [[nodiscard]] Status update(const EntitySpec &spec, const Record &record, const QStringList &changed);

    /** The columns every entity table starts with. */
    [[nodiscard]] static const QStringList &commonColumns();

private:
    Database &m_db;
};

} // namespace Qadam
