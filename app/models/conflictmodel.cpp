#include "conflictmodel.h"

#include "conflicttext.h"

#include "domain/schema.h"
#include "replica/replica.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** The person (case) a conflicting record belongs to: the bucket, else the record's person field. */
QString personOf(const RemoteConflict &c, const EntitySpec *spec, const Record &record)
{
    if (!c.bucket.isEmpty())
        return c.bucket;
    if (spec && spec->personField == u"id")
        return record.id;
    return spec ? record.fields.value(spec->personField).toString() : QString();
}

ConflictRow rowFor(CoreContext &ctx, const RemoteConflict &c, const QHash<QString, QString> &names,
                   const QString &thisDevice)
{
    const EntitySpec *spec = Schema::builtIn().entity(c.entity);
    const FieldSpec *field = spec ? spec->field(c.field) : nullptr;
    auto record = ctx.writes.get(c.entity, c.recordId);
    const Record current = record.ok() ? record.value() : Record{};

    ConflictRow row;
    row.conflictId = c.id;
    row.entity = c.entity;
    row.entityTitle = ConflictText::entityTitle(c.entity);
    row.recordId = c.recordId;
    row.personId = personOf(c, spec, current);
    row.personName = ConflictText::personName(ctx.db, row.personId);
    row.field = c.field;
    row.fieldTitle = ConflictText::fieldTitle(c.field);
    row.deviceText = ConflictText::valueText(field, c.deviceValue, names);
    row.serverText = ConflictText::valueText(field, c.serverValue, names);
    row.deviceRaw = c.deviceValue.toString();
    row.serverRaw = c.serverValue.toString();
    row.mergeable = ConflictText::isMergeableText(field);
    row.fromThisDevice = !thisDevice.isEmpty() && c.deviceId == thisDevice;
    row.deviceWho = names.value(c.userId);
    row.deviceWhen = ConflictText::dateTimeText(c.at);
    row.serverWho = names.value(current.updatedBy);
    row.serverWhen = ConflictText::dateTimeText(current.updatedAt);
    row.at = c.at;
    return row;
}

bool sameRow(const ConflictRow &a, const ConflictRow &b)
{
    return a.deviceText == b.deviceText && a.serverText == b.serverText && a.personName == b.personName
        && a.serverWho == b.serverWho && a.serverWhen == b.serverWhen && a.deviceWhen == b.deviceWhen;
}

} // namespace

ConflictModel::ConflictModel(QObject *parent) : ConflictListBase(parent)
{
    reload();
}

Result<QList<ConflictRow>> ConflictModel::load(CoreContext &ctx, const QString &recordId)
{
    Replica replica(ctx.db, ctx.clock);
    auto conflicts = replica.conflicts();
    if (!conflicts.ok())
        return conflicts.error();
    const QHash<QString, QString> names = ConflictText::staffNames(ctx.db);
    auto device = ctx.writes.deviceId();
    const QString thisDevice = device.ok() ? device.value() : QString();
    QList<ConflictRow> rows;
    for (const RemoteConflict &c : conflicts.value()) {
        if (recordId.isEmpty() || c.recordId == recordId)
            rows << rowFor(ctx, c, names, thisDevice);
    }
    return rows;
}

void ConflictModel::reload()
{
    reloadRows(m_rows, [recordId = m_recordId](CoreContext &ctx) { return load(ctx, recordId); },
               [](const ConflictRow &r) { return r.conflictId; }, sameRow,
               tr("Conflicts could not be read from this device's store."));
}

void ConflictModel::setRecordId(const QString &recordId)
{
    if (m_recordId == recordId)
        return;
    m_recordId = recordId;
    Q_EMIT recordIdChanged();
    reload();
}

QString ConflictModel::recordTitle() const
{
    if (m_rows.isEmpty())
        return {};
    const ConflictRow &r = m_rows.constFirst();
    //: Record kind and the person it belongs to, e.g. "Person · Ахметов Ерлан"
    return r.personName.isEmpty() ? r.entityTitle : tr("%1 · %2").arg(r.entityTitle, r.personName);
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FieldTitleRole: return r.fieldTitle;
    case ConflictIdRole: return r.conflictId;
    case EntityRole: return r.entity;
    case EntityTitleRole: return r.entityTitle;
    case RecordIdRole: return r.recordId;
    case PersonIdRole: return r.personId;
    case PersonNameRole: return r.personName;
    case FieldRole: return r.field;
    case DeviceTextRole: return r.deviceText;
    case ServerTextRole: return r.serverText;
    case DeviceRawRole: return r.deviceRaw;
    case ServerRawRole: return r.serverRaw;
    case MergeableRole: return r.mergeable;
    case FromThisDeviceRole: return r.fromThisDevice;
    case DeviceWhoRole: return r.deviceWho;
    case DeviceWhenRole: return r.deviceWhen;
    case ServerWhoRole: return r.serverWho;
    case ServerWhenRole: return r.serverWhen;
    default: return {};
    }
}

QHash<int, QByteArray> ConflictModel::roleNames() const
{
    return {{ConflictIdRole, "conflictId"},       {EntityRole, "entity"},
            {EntityTitleRole, "entityTitle"},     {RecordIdRole, "recordId"},
            {PersonIdRole, "personId"},           {PersonNameRole, "personName"},
            {FieldRole, "field"},                 {FieldTitleRole, "fieldTitle"},
            {DeviceTextRole, "deviceText"},       {ServerTextRole, "serverText"},
            {DeviceRawRole, "deviceRaw"},         {ServerRawRole, "serverRaw"},
            {MergeableRole, "mergeable"},         {FromThisDeviceRole, "fromThisDevice"},
            {DeviceWhoRole, "deviceWho"},         {DeviceWhenRole, "deviceWhen"},
            {ServerWhoRole, "serverWho"},         {ServerWhenRole, "serverWhen"}};
}

} // namespace Qadam
