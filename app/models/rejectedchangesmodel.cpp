#include "rejectedchangesmodel.h"

#include "conflicttext.h"

#include "domain/schema.h"
#include "replica/replica.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** The change as a person made it: "Changed Case status to closed", "Added Appearance", … */
QString attemptedText(const OutboxOp &op, const EntitySpec *spec, const QHash<QString, QString> &names)
{
    const QString entity = ConflictText::entityTitle(op.entity);
    if (op.kind == u"create")
        //: What a refused change tried to do; %1 is a record kind, e.g. "Appearance"
        return RejectedChangesModel::tr("Added: %1").arg(entity);
    if (op.kind == u"command")
        //: %1 is a record kind, %2 a workflow step such as "approve"
        return RejectedChangesModel::tr("%1: step “%2”").arg(entity, op.command.isEmpty() ? QString() : op.command);
    if (op.kind == u"restore")
        return RejectedChangesModel::tr("%1: copy sent again after the server was restored").arg(entity);
    QStringList keys = op.fields.keys();
    if (keys.size() == 1 || keys.contains(op.resultField)) {
        const QString key = keys.contains(op.resultField) ? op.resultField : keys.constFirst();
        const FieldSpec *field = spec ? spec->field(key) : nullptr;
        //: %1 is a field name, %2 the value the person entered
        return RejectedChangesModel::tr("Changed “%1” to “%2”")
            .arg(ConflictText::fieldTitle(key), ConflictText::valueText(field, op.fields.value(key), names));
    }
    QStringList titles;
    for (const QString &key : keys)
        titles << ConflictText::fieldTitle(key);
    //: %1 is a list of field names
    return RejectedChangesModel::tr("Changed %1").arg(titles.join(u", "_s));
}

RejectedRow rowFor(Database &db, const OutboxOp &op, const QHash<QString, QString> &names)
{
    const EntitySpec *spec = Schema::builtIn().entity(op.entity);
    RejectedRow row;
    row.deviceSeq = op.deviceSeq;
    row.entity = op.entity;
    row.entityTitle = ConflictText::entityTitle(op.entity);
    row.recordId = op.recordId;
    row.personId = !op.bucket.isEmpty() ? op.bucket : op.entity == u"Person" ? op.recordId : QString();
    row.personName = ConflictText::personName(db, row.personId);
    row.kind = op.kind;
    row.attempted = attemptedText(op, spec, names);
    row.field = op.resultField;
    row.fieldTitle = op.resultField.isEmpty() ? QString() : ConflictText::fieldTitle(op.resultField);
    row.reasonCode = op.resultCode;
    row.reasonText = ConflictText::reasonText(op.resultCode, row.fieldTitle);
    row.when = ConflictText::dateTimeText(op.occurredAt > 0 ? op.occurredAt : op.createdAt);
    row.canRetry = RejectedChangesModel::canRetry(row.kind, row.reasonCode);
    return row;
}

bool sameRow(const RejectedRow &a, const RejectedRow &b)
{
    return a.attempted == b.attempted && a.reasonText == b.reasonText && a.personName == b.personName;
}

} // namespace

RejectedChangesModel::RejectedChangesModel(QObject *parent) : ConflictListBase(parent)
{
    reload();
}

bool RejectedChangesModel::canRetry(const QString &kind, const QString &reasonCode)
{
    static const QStringList kRefusedForGood
        = { u"forbidden"_s, u"out_of_scope"_s, u"append_only"_s };
    return kind == u"patch" && !kRefusedForGood.contains(reasonCode);
}

Result<QList<RejectedRow>> RejectedChangesModel::load(CoreContext &ctx)
{
    Replica replica(ctx.db, ctx.clock);
    auto ops = replica.rejectedOps();
    if (!ops.ok())
        return ops.error();
    const QHash<QString, QString> names = ConflictText::staffNames(ctx.db);
    QList<RejectedRow> rows;
    for (const OutboxOp &op : ops.value())
        rows << rowFor(ctx.db, op, names);
    return rows;
}

void RejectedChangesModel::reload()
{
    reloadRows(m_rows, [](CoreContext &ctx) { return load(ctx); }, [](const RejectedRow &r) { return r.deviceSeq; },
               sameRow, tr("Refused changes could not be read from this device's store."));
}

QVariant RejectedChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AttemptedRole: return r.attempted;
    case DeviceSeqRole: return r.deviceSeq;
    case EntityRole: return r.entity;
    case EntityTitleRole: return r.entityTitle;
    case RecordIdRole: return r.recordId;
    case PersonIdRole: return r.personId;
    case PersonNameRole: return r.personName;
    case KindRole: return r.kind;
    case FieldRole: return r.field;
    case FieldTitleRole: return r.fieldTitle;
    case ReasonCodeRole: return r.reasonCode;
    case ReasonTextRole: return r.reasonText;
    case WhenRole: return r.when;
    case CanRetryRole: return r.canRetry;
    default: return {};
    }
}

QHash<int, QByteArray> RejectedChangesModel::roleNames() const
{
    return {{DeviceSeqRole, "deviceSeq"},   {EntityRole, "entity"},         {EntityTitleRole, "entityTitle"},
            {RecordIdRole, "recordId"},     {PersonIdRole, "personId"},     {PersonNameRole, "personName"},
            {KindRole, "kind"},             {AttemptedRole, "attempted"},   {FieldRole, "field"},
            {FieldTitleRole, "fieldTitle"}, {ReasonCodeRole, "reasonCode"}, {ReasonTextRole, "reasonText"},
            {WhenRole, "when"},             {CanRetryRole, "canRetry"}};
}

} // namespace Qadam
