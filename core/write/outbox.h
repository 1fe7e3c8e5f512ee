#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Qadam {

class Database;

/** One pending sync operation, in the op format of ARCHITECTURE.md ("Sync protocol"). */
struct OutboxOp
{
    qint64 deviceSeq = 0;      ///< with deviceId, the idempotency key; strictly increasing, no gaps
    QString opId;              ///< UUIDv7
    QString deviceId;
    QString entity;
    QString recordId;
    QString kind;              ///< create | patch | command
    QString command;           ///< for kind == command: approve, close, transfer, …
    qint64 baseVersion = 0;    ///< version the change was made on (0 for create)
    QVariantMap fields;        ///< changed fields in storage form
    qint64 hlc = 0;
    qint64 occurredAt = 0;     ///< business time (UTC ms)
    int schemaVersion = 0;
    qint64 createdAt = 0;
    QString state = QStringLiteral("pending");
};

/**
 * The device's queue of operations for the server. `append` allocates the next device_seq from
 * the `meta` counter inside the caller's transaction, so a rolled-back write leaves no op and no
 * gap, and the sequence keeps rising across restarts even after acknowledged ops are removed.
 */
class Outbox
{
public:
    [[nodiscard]] static Status append(Database &db, OutboxOp &op);
    /** Ops in `state`, oldest first. */
    [[nodiscard]] static Result<QList<OutboxOp>> list(Database &db, const QString &state = QStringLiteral("pending"),
                                                      int limit = 1000);
    [[nodiscard]] static Result<qint64> count(Database &db, const QString &state = QStringLiteral("pending"));
};

} // namespace Qadam
