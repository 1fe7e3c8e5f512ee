#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace Qadam {

/** The type of one record field, as stored and as validated. */
enum class FieldType {
    Text,       ///< UTF-8 text, optional maxLength
    Date,       ///< local calendar date, ISO yyyy-MM-dd (Kazakhstan dates, never timestamps)
    Integer,    ///< 64-bit integer
    Boolean,    ///< stored 0/1
    Id,         ///< UUID of another record (refEntity names which)
    Enum,       ///< one of enumValues
    EnumSet,    ///< comma-separated subset of enumValues (flags)
    Code,       ///< a code from a reference dictionary (refDictionary names which)
    Json,       ///< structured JSON object or array, stored as compact text
    Timestamp,  ///< UTC milliseconds since the epoch (business time of an event)
};

/** How sensitive a field is: drives merge policy (Status/Risk/Note conflict instead of
 *  last-writer-wins), role read policy, and what may never reach logs or audit. */
enum class Sensitivity {
    Ordinary,     ///< low-stakes: last received wins, loser kept in history
    Identifying,  ///< names, addresses: never in lists or notifications in full
    Restricted,   ///< IIN and the like: only roles the policy names
    Status,       ///< state-machine fields: same-field edits become conflict records
    Risk,         ///< risk signals and judgements: conflict records
    Note,         ///< free-text notes: conflict records; counselling notes stay with the author's team
};

/** One field of an entity. The column name is the snake_case form of `name`. */
struct FieldSpec
{
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    int maxLength = 0;                 ///< Text/Json: 0 means the default limit (see Schema)
    QStringList enumValues;            ///< Enum/EnumSet
    QString refEntity;                 ///< Id: the entity referred to (checked to exist on write)
    QString refDictionary;             ///< Code: reference dictionary name
    Sensitivity sensitivity = Sensitivity::Ordinary;
    QString columnName;                ///< set by Schema once (column() computes it otherwise)

    [[nodiscard]] QString column() const;
};

struct EntitySpec;
/** Whole-record check after per-field validation: `merged` holds every field after the change. */
using RecordCheck = std::function<Status(const QVariantMap &merged)>;

/** One record kind of DOMAIN.md: its table, fields and rules. */
struct EntitySpec
{
    QString name;                       ///< e.g. "Person" — the wire and audit name
    QString table;                      ///< e.g. "person"
    bool appendOnly = false;            ///< check-ins, sessions, reviews: corrections are amendments
    QString personField;                ///< field holding the person (case bucket), if any
    QList<FieldSpec> fields;
    RecordCheck check;                  ///< optional cross-field rule
    QString fieldColumns;               ///< the fields' columns in order, ", "-separated: set by Schema once

    [[nodiscard]] const FieldSpec *field(const QString &fieldName) const;
};

/** The registry of every entity. Immutable after construction; safe to share across threads. */
class Schema
{
public:
    /** Latest schema version the migrations produce. */
    static constexpr int kVersion = 8;
    /** Default upper bound on a text field's length, in characters. */
    static constexpr int kDefaultMaxText = 4000;
    /** Default upper bound on a JSON field's size, in bytes. */
    static constexpr int kDefaultMaxJson = 64 * 1024;

    [[nodiscard]] static const Schema &builtIn();

    [[nodiscard]] const EntitySpec *entity(const QString &name) const;
    [[nodiscard]] const QList<EntitySpec> &entities() const { return m_entities; }

    /** Checks one field's value against its spec. Null/empty values pass unless required. */
    [[nodiscard]] static Status validateField(const FieldSpec &field, const QVariant &value);
    /** Normalises a value to its storage form (dates to ISO text, booleans to 0/1, JSON compact). */
    [[nodiscard]] static QVariant toStorage(const FieldSpec &field, const QVariant &value);

    /** Takes the entities and fills in each field's column name once (read on every store access). */
    explicit Schema(QList<EntitySpec> entities);

private:
    QList<EntitySpec> m_entities;
};

/** camelCase → snake_case, used for column names. */
[[nodiscard]] QString snakeCase(const QString &camel);

} // namespace Qadam
