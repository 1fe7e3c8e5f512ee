#pragma once

#include "domain/record.h"

#include <QHash>
#include <QString>
#include <QVariant>

namespace Qadam {

class Database;
struct FieldSpec;

/**
 * Plain, translated words for the Sync screens: record kinds, field names, stored values and the
 * server's rejection codes. Pure functions (tr() context "ConflictText") except the name lookups,
 * which read the store and so run on the store thread only.
 */
namespace ConflictText {

/** "Person", "Supervision order", … for an entity name of the schema. */
[[nodiscard]] QString entityTitle(const QString &entity);
/** "Notes", "Case status", … for a field; an unknown field gets its name split into words. */
[[nodiscard]] QString fieldTitle(const QString &field);
/** A stored value as a person reads it: enum codes in words, dates localised, ids as names
 *  (`names` maps staff ids to display names), "(empty)" for nothing. Always plain text. */
[[nodiscard]] QString valueText(const FieldSpec *spec, const QVariant &stored, const QHash<QString, QString> &names);
/** Why the server refused a change, in words, for a rejection code (forbidden, invalid, …). */
[[nodiscard]] QString reasonText(const QString &code, const QString &fieldTitle);
/** A UTC instant in the local time zone, short localised date and time. */
[[nodiscard]] QString dateTimeText(qint64 utcMs);

/** True for free text a person may merge by hand (notes, reasons, assessments). */
[[nodiscard]] bool isMergeableText(const FieldSpec *spec);

/** Store thread: display names of every StaffUser row (id → name). */
[[nodiscard]] QHash<QString, QString> staffNames(Database &db);
/** Store thread: "Surname Given" of a person (Cyrillic, Latin when no Cyrillic name is stored);
 *  empty when the person is not on this device. Never the IIN. */
[[nodiscard]] QString personName(Database &db, const QString &personId);

} // namespace ConflictText

} // namespace Qadam
