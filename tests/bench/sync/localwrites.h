#pragma once

#include "syncbench.h"

#include <QHash>

namespace Qadam {
class Clock;
class Database;
}

namespace Qadam::Bench {

/** A record device A wrote: its entity and the id the write path gave it. */
struct Written
{
    QString entity;
    QString id;
};

/** What seeding device A did: the records written and those its write path refused (by reason). */
struct LocalSeed
{
    QList<Written> written;
    QMap<QString, int> refused;   ///< "Entity:error code" → count
};

/** A generated record's fields as a create takes them: references to records written before
 *  rewritten to their new ids (`newIds`), a state its machine may not start in replaced by the
 *  machine's first initial state. */
[[nodiscard]] QVariantMap createFields(const Record &r, const QHash<QString, QString> &newIds);

/** Whether the built-in access policy lets probation officer `officerId` create `r` on their own
 *  case (what device A's write path will check). */
[[nodiscard]] bool officerMayCreate(const QString &officerId, const Record &r);

/**
 * Writes the data set's local records on device A through WriteService as `officerId` with the
 * built-in access policy, so each is a create in the outbox. References to records written
 * before are rewritten to the new ids; a record in a state its machine may not start in is
 * created in the machine's first initial state. Refused records are counted, not written.
 */
[[nodiscard]] Result<LocalSeed> writeLocal(Database &db, const Clock &clock, const SyncDataset &set);

/**
 * Changes `pct` % of the written records on device A (every 100/pct-th): amendments for
 * append-only records, a patch of one text field for the others. Returns the JSON lines of the
 * raw changes (amendments whole, patches the changed field only) for the bytes target.
 */
[[nodiscard]] Result<QByteArray> changeSome(Database &db, const Clock &clock, const QString &officerId,
                                            const QList<Written> &written, int pct, qint64 *changed);

/** The records as device A holds them now. */
[[nodiscard]] Result<QList<Record>> readBack(Database &db, const QList<Written> &written);

/** One JSON object per line: `_id` and the fields (and `type` = entity when `withType`). */
[[nodiscard]] QByteArray jsonLines(const QList<Record> &records, bool withType);

/** Record ids per entity table of a device store (for the "every record arrived once" check). */
[[nodiscard]] Result<QHash<QString, QStringList>> idsPerEntity(Database &db);

/** "The limit", device end: RecordStore inserts of `records` into a fresh core store in one
 *  transaction (ms). */
[[nodiscard]] Result<double> deviceLimitMs(const QString &dir, const QList<Record> &records);
/** "The limit", server end: putRecord of `records` into a fresh EmbeddedStore in one write
 *  transaction (ms). */
[[nodiscard]] Result<double> serverLimitMs(const QString &dir, const QList<Record> &records);

} // namespace Qadam::Bench
