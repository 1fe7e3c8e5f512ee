#pragma once

#include "domain/schema.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Qadam {

/** Name tables of the access policy's enums: (value, stable lower_snake name) pairs. */
namespace AccessNames {

template<typename E, std::size_t N>
[[nodiscard]] QString nameOf(const std::array<std::pair<E, QStringView>, N> &names, E value)
{
    for (const auto &[v, name] : names)
        if (v == value)
            return name.toString();
    return {};
}

template<typename E, std::size_t N>
[[nodiscard]] std::optional<E> valueOf(
    const std::array<std::pair<E, QStringView>, N> &names, const QString &name)
{
    for (const auto &[v, n] : names)
        if (n == name)
            return v;
    return std::nullopt;
}

} // namespace AccessNames

/** What a user does with a record. Update on an append-only record means an amendment. */
enum class AccessAction {
    Read, ///< see the field (on screen, in a sync reply)
    Create, ///< write the field in a new record
    Update, ///< patch the field of a mutable record, or correct it by an amendment
    Command, ///< issue a state-machine command (group: status)
    Export, ///< take the field out of the app (report, list, file)
    Share, ///< send the field to another organisation (an InformationShare)
};
inline constexpr int kAccessActionCount = 6;

/**
 * The unit the access policy speaks about: a set of fields of one record kind with the same
 * audience. Derived from each field's Sensitivity, with per-entity overrides kept as data
 * (core/data/access_policy.json, "fieldGroups").
 */
enum class FieldGroup {
    Identity, ///< names, birth date, address (Identifying)
    RestrictedId, ///< the IIN (Restricted)
    Basics, ///< ordinary case facts and links
    Legal, ///< conviction detail, court decisions, articles
    Status, ///< state-machine and status fields
    Assignment, ///< who is responsible: case officer, order officers and units, alert routing
    SignOff, ///< who approved, signed off, acknowledged or resolved, and when
    CaseNotes, ///< probation and police working notes, reasons
    CounsellingSummary, ///< session date, mode, attendance, engagement; a referral's minimal outcome
    CounsellingNotes, ///< session notes, observations, risk signals: counselling content
    PoliceNotes, ///< the preventive-conversation note of a police check-in
    Risk, ///< structured professional judgements, need severity
};
inline constexpr int kFieldGroupCount = 12;

[[nodiscard]] QString accessActionName(AccessAction action);
[[nodiscard]] std::optional<AccessAction> accessActionFromName(const QString &name);
[[nodiscard]] QString fieldGroupName(FieldGroup group);
[[nodiscard]] std::optional<FieldGroup> fieldGroupFromName(const QString &name);
[[nodiscard]] QList<AccessAction> allAccessActions();
[[nodiscard]] QList<FieldGroup> allFieldGroups();

/**
 * Which field group every field of every entity belongs to. Built once from the schema and the
 * "fieldGroups" object of the policy data:
 *   {"bySensitivity": {"Ordinary": "basics", …},            // the default for every entity
 *    "entities": {"Conviction": {"bySensitivity": {…},     // an entity's own defaults
 *                                "fields": {"personId": "basics"}}}}  // single fields
 * Every field ends up in exactly one group. Immutable after construction; safe to share.
 */
class FieldGroups
{
public:
    FieldGroups() = default;
    /** Checks every entity, field, sensitivity and group name against `schema`: Error::Invalid names
     *  what is unknown, so a renamed field cannot silently fall back to a wider group. */
    [[nodiscard]] static Result<FieldGroups> fromJson(const QJsonObject &json, const Schema &schema);

    /** The group of `field` of `entity`; nullopt for a field the schema does not have. */
    [[nodiscard]] std::optional<FieldGroup> groupOf(const QString &entity, const QString &field) const;
    /** The groups the entity's fields fall into, in enum order. */
    [[nodiscard]] QList<FieldGroup> groupsOf(const QString &entity) const;

private:
    QHash<QString, QHash<QString, FieldGroup>> m_groups; ///< entity → field → group
};

} // namespace Qadam
