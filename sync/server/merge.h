#pragma once

#include "domain/schema.h"
#include "serverstore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Qadam::Server {

/** How a changed field of an op meets the stored record. */
struct FieldMerge
{
    enum class Kind {
        Apply,       ///< nobody else changed it since the op's base: the op's value
        Overwrite,   ///< changed concurrently, low-stakes: last received wins, old value to history
        Conflict,    ///< changed concurrently, status/risk/note: the server value stays
        Keep,        ///< a restore's older value, low-stakes: the server value stays, the restored one to history
    };
    QString field;
    Kind kind = Kind::Apply;
    QVariant oldValue;
    QVariant newValue;
};

/** The field-level merge of one patch (or restore) onto a stored record. Pure: no store access. */
struct MergePlan
{
    QList<FieldMerge> fields;  ///< only fields whose value differs from the stored one
    QVariantMap merged;        ///< the record's fields after the merge (for whole-record checks)

    [[nodiscard]] bool changes() const;
    [[nodiscard]] bool hasConflict() const;
    [[nodiscard]] bool keepsServerValue() const;
};

/** Sensitivities whose same-field edits become conflict records (ARCHITECTURE.md "Merge"). */
[[nodiscard]] bool isProtected(Sensitivity s);

/**
 * Merges `changes` (storage form; null = clear) made on `baseVersion` into `stored`: a field
 * whose last change (stored.fieldVersions) is at or below the base, or was made by `device`
 * itself (an earlier op of the same offline chain: every op of a chain carries the server version
 * the device last saw, so its own earlier changes are above that base), is applied; a field changed
 * since by anyone else is a concurrent edit — kept on the server with a conflict for protected sensitivities,
 * last-received otherwise. `force` fields (a conflict being resolved) are applied regardless.
 * A `restore` (a whole record re-uploaded from a backup, not an edit) never wins over a newer
 * server change: such a field is kept on the server (Keep), or a conflict when protected.
 */
[[nodiscard]] MergePlan planMerge(const EntitySpec &spec, const StoredRecord &stored, const QVariantMap &changes,
                                  qint64 baseVersion, const QString &device, const QStringList &force = {},
                                  bool restore = false);

/** Applies `changes` to `fields` (a null value removes the field). */
void applyFields(QVariantMap &fields, const QVariantMap &changes);

} // namespace Qadam::Server
