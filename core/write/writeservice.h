#pragma once

#include "domain/record.h"
#include "domain/roles.h"
#include "domain/schema.h"
#include "util/hlc.h"
#include "util/result.h"

#include <QString>
#include <QVariantMap>

namespace Qadam {

class Database;
class Clock;

/**
 * The one write path for local edits. Each call runs ONE transaction that validates (typed error,
 * nothing written on failure), writes the record with its version and hybrid-logical-clock
 * metadata, appends the outbox op for the server and appends the audit event — all or nothing.
 * Append-only records (check-ins, sessions, reviews) refuse updates; corrections are amendments.
 *
 * Lives on the thread that owns the Database. The device id is created on first use and kept in
 * `meta`; the HLC is restored from and persisted to `meta` with every write.
 */
class WriteService
{
public:
    WriteService(Database &db, const Clock &clock, Actor actor, const Schema &schema = Schema::builtIn());

    /** Creates a record; returns its new UUIDv7. `occurredAt` is the business time (0 = now). */
    [[nodiscard]] Result<QString> create(const QString &entity, const QVariantMap &fields, qint64 occurredAt = 0);
    /** Patches fields of a mutable record made at `baseVersion`; a stale base is Error::Conflict. */
    [[nodiscard]] Status update(const QString &entity, const QString &id, qint64 baseVersion, const QVariantMap &changes);
    /** Records a correction of an append-only record: a new record whose amendsId is `originalId`. */
    [[nodiscard]] Result<QString> amend(const QString &entity, const QString &originalId, const QVariantMap &fields);
    /** Audits a read of a case before it is shown, for roles whose reads are audited (R30). If this
     *  fails, the caller must not show the case. Other roles: no event, success. */
    [[nodiscard]] Status recordCaseRead(const QString &personId);

    [[nodiscard]] Result<Record> get(const QString &entity, const QString &id);
    [[nodiscard]] Result<QString> deviceId();
    [[nodiscard]] const Actor &actor() const { return m_actor; }

private:
    [[nodiscard]] Result<const EntitySpec *> specFor(const QString &entity) const;
    [[nodiscard]] Status validate(const EntitySpec &spec, const QVariantMap &changes, const QVariantMap &merged);
    [[nodiscard]] Status checkReferences(const EntitySpec &spec, const QVariantMap &changes);
    [[nodiscard]] Status afterWrite(const EntitySpec &spec, const Record &record);
    [[nodiscard]] Status appendOpAndAudit(const EntitySpec &spec, const Record &record, const QString &kind,
                                          qint64 baseVersion, const QVariantMap &fields, qint64 occurredAt,
                                          const QString &action);
    [[nodiscard]] Status appendAudit(const QString &action, const QString &entity, const QString &recordId,
                                     const QString &personId);
    [[nodiscard]] Status loadState();
    [[nodiscard]] Status persistHlc();
    [[nodiscard]] Result<QString> insertNew(const EntitySpec &spec, QVariantMap fields, qint64 occurredAt,
                                            const QString &action);

    Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    const Schema &m_schema;
    HybridClock m_hlc;
    QString m_deviceId;
};

} // namespace Qadam
