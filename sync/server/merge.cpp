#include "merge.h"

namespace Qadam::Server {

namespace {

bool isEmpty(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (isEmpty(a) || isEmpty(b))
        return isEmpty(a) && isEmpty(b);
    return a == b;
}

} // namespace

bool MergePlan::changes() const
{
    for (const FieldMerge &f : fields)
        if (f.kind != FieldMerge::Kind::Conflict && f.kind != FieldMerge::Kind::Keep)
            return true;
    return false;
}

bool MergePlan::keepsServerValue() const
{
    for (const FieldMerge &f : fields)
        if (f.kind == FieldMerge::Kind::Keep)
            return true;
    return false;
}

bool MergePlan::hasConflict() const
{
    for (const FieldMerge &f : fields)
        if (f.kind == FieldMerge::Kind::Conflict)
            return true;
    return false;
}

bool isProtected(Sensitivity s)
{
    return s == Sensitivity::Status || s == Sensitivity::Risk || s == Sensitivity::Note;
}

void applyFields(QVariantMap &fields, const QVariantMap &changes)
{
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (isEmpty(it.value()))
            fields.remove(it.key());
        else
            fields.insert(it.key(), it.value());
    }
}

MergePlan planMerge(const EntitySpec &spec, const StoredRecord &stored, const QVariantMap &changes,
                    qint64 baseVersion, const QString &device, const QStringList &force, bool restore)
{
    MergePlan plan;
    plan.merged = stored.fields;
    QVariantMap applied;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QVariant old = stored.fields.value(it.key());
        if (sameValue(old, it.value()))
            continue;
        FieldMerge m{it.key(), FieldMerge::Kind::Apply, old, it.value()};
        const bool ownChange = !restore && !device.isEmpty() && stored.fieldWriters.value(it.key()) == device;
        const bool concurrent =
            stored.fieldVersions.value(it.key(), 0) > baseVersion && !ownChange && !force.contains(it.key());
        if (concurrent) {
            const FieldSpec *f = spec.field(it.key());
            const bool guarded = f && isProtected(f->sensitivity);
            m.kind = guarded ? FieldMerge::Kind::Conflict
                   : restore ? FieldMerge::Kind::Keep
                             : FieldMerge::Kind::Overwrite;
        }
        if (m.kind == FieldMerge::Kind::Apply || m.kind == FieldMerge::Kind::Overwrite)
            applied.insert(it.key(), it.value());
        plan.fields << m;
    }
    applyFields(plan.merged, applied);
    return plan;
}

} // namespace Qadam::Server
