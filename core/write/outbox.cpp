#include "outbox.h"

#include "store/database.h"
#include "store/meta.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qadam {

Status Outbox::append(Database &db, OutboxOp &op)
{
    Q_ASSERT(db.inTransaction());
    auto seq = Meta::takeNext(db, u"next_device_seq"_s);
    if (!seq.ok())
        return seq.error();
    op.deviceSeq = seq.value();
    auto stmt = db.cached(u"INSERT INTO outbox(device_seq, op_id, device_id, entity, record_id, kind, command, "
                           u"base_version, fields, hlc, occurred_at, schema_version, created_at, state) "
                           u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"_s);
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(op.fields)).toJson(QJsonDocument::Compact);
    s.bind(1, op.deviceSeq).bind(2, op.opId).bind(3, op.deviceId).bind(4, op.entity).bind(5, op.recordId);
    s.bind(6, op.kind).bind(7, op.command.isEmpty() ? QVariant() : QVariant(op.command)).bind(8, op.baseVersion);
    s.bind(9, QString::fromUtf8(json)).bind(10, op.hlc).bind(11, op.occurredAt).bind(12, qint64(op.schemaVersion));
    s.bind(13, op.createdAt).bind(14, op.state);
    return s.run();
}

Result<QList<OutboxOp>> Outbox::list(Database &db, const QString &state, int limit)
{
    auto stmt = db.cached(u"SELECT device_seq, op_id, device_id, entity, record_id, kind, command, base_version, "
                           u"fields, hlc, occurred_at, schema_version, created_at, state FROM outbox "
                           u"WHERE state = ?1 ORDER BY device_seq LIMIT ?2"_s);
    if (!stmt.ok())
        return stmt.error();
    Statement &s = stmt.value();
    s.bind(1, state).bind(2, qint64(limit));
    QList<OutboxOp> ops;
    while (true) {
        auto row = s.step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        OutboxOp op;
        op.deviceSeq = s.integer(0);
        op.opId = s.text(1);
        op.deviceId = s.text(2);
        op.entity = s.text(3);
        op.recordId = s.text(4);
        op.kind = s.text(5);
        op.command = s.text(6);
        op.baseVersion = s.integer(7);
        op.fields = QJsonDocument::fromJson(s.text(8).toUtf8()).object().toVariantMap();
        op.hlc = s.integer(9);
        op.occurredAt = s.integer(10);
        op.schemaVersion = int(s.integer(11));
        op.createdAt = s.integer(12);
        op.state = s.text(13);
        ops << op;
    }
    return ops;
}

Result<qint64> Outbox::count(Database &db, const QString &state)
{
    auto v = db.scalar(u"SELECT count(*) FROM outbox WHERE state = ?1"_s, {state});
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

} // namespace Qadam
