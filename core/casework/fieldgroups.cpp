#include "fieldgroups.h"

#include <QJsonValue>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const std::array<std::pair<AccessAction, QStringView>, kAccessActionCount> kActionNames = { {
    { AccessAction::Read, u"read" },
    { AccessAction::Create, u"create" },
    { AccessAction::Update, u"update" },
    { AccessAction::Command, u"command" },
    { AccessAction::Export, u"export" },
    { AccessAction::Share, u"share" },
} };

const std::array<std::pair<FieldGroup, QStringView>, kFieldGroupCount> kGroupNames = { {
    { FieldGroup::Identity, u"identity" },
    { FieldGroup::RestrictedId, u"restricted_id" },
    { FieldGroup::Basics, u"basics" },
    { FieldGroup::Legal, u"legal" },
    { FieldGroup::Status, u"status" },
    { FieldGroup::Assignment, u"assignment" },
    { FieldGroup::SignOff, u"sign_off" },
    { FieldGroup::CaseNotes, u"case_notes" },
    { FieldGroup::CounsellingSummary, u"counselling_summary" },
    { FieldGroup::CounsellingNotes, u"counselling_notes" },
    { FieldGroup::PoliceNotes, u"police_notes" },
    { FieldGroup::Risk, u"risk" },
} };

const std::array<std::pair<Sensitivity, QStringView>, 6> kSensitivityNames = { {
    { Sensitivity::Ordinary, u"Ordinary" },
    { Sensitivity::Identifying, u"Identifying" },
    { Sensitivity::Restricted, u"Restricted" },
    { Sensitivity::Status, u"Status" },
    { Sensitivity::Risk, u"Risk" },
    { Sensitivity::Note, u"Note" },
} };

Status invalid(const QString &where, const QString &why)
{
    return Error::make(Error::Invalid, u"fieldGroups %1: %2"_s.arg(where, why), where);
}

using BySensitivity = QMap<Sensitivity, FieldGroup>;

/** Reads {"Ordinary": "basics", …} on top of `base`. */
Result<BySensitivity> readBySensitivity(const QJsonObject &json, BySensitivity base, const QString &where)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto sensitivity = AccessNames::valueOf(kSensitivityNames, it.key());
        const auto group = fieldGroupFromName(it.value().toString());
        if (!sensitivity || !group)
            return invalid(where + u'.' + it.key(), u"unknown sensitivity or group"_s).error();
        base.insert(*sensitivity, *group);
    }
    return base;
}

} // namespace

QString accessActionName(AccessAction action)
{
    return AccessNames::nameOf(kActionNames, action);
}

std::optional<AccessAction> accessActionFromName(const QString &name)
{
    return AccessNames::valueOf(kActionNames, name);
}

QString fieldGroupName(FieldGroup group)
{
    return AccessNames::nameOf(kGroupNames, group);
}

std::optional<FieldGroup> fieldGroupFromName(const QString &name)
{
    return AccessNames::valueOf(kGroupNames, name);
}

QList<AccessAction> allAccessActions()
{
    QList<AccessAction> all;
    for (const auto &entry : kActionNames)
        all << entry.first;
    return all;
}

QList<FieldGroup> allFieldGroups()
{
    QList<FieldGroup> all;
    for (const auto &entry : kGroupNames)
        all << entry.first;
    return all;
}

Result<FieldGroups> FieldGroups::fromJson(const QJsonObject &json, const Schema &schema)
{
    auto defaults = readBySensitivity(json.value(u"bySensitivity"_s).toObject(), {}, u"bySensitivity"_s);
    if (!defaults.ok())
        return defaults.error();
    if (defaults.value().size() != int(kSensitivityNames.size()))
        return invalid(u"bySensitivity"_s, u"every sensitivity needs a group"_s).error();
    const QJsonObject overrides = json.value(u"entities"_s).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        if (!schema.entity(it.key()))
            return invalid(it.key(), u"not an entity"_s).error();

    FieldGroups groups;
    for (const EntitySpec &spec : schema.entities()) {
        const QJsonObject own = overrides.value(spec.name).toObject();
        auto bySensitivity
            = readBySensitivity(own.value(u"bySensitivity"_s).toObject(), defaults.value(), spec.name);
        if (!bySensitivity.ok())
            return bySensitivity.error();
        QHash<QString, FieldGroup> &fields = groups.m_groups[spec.name];
        for (const FieldSpec &f : spec.fields)
            fields.insert(f.name, bySensitivity.value().value(f.sensitivity));
        const QJsonObject single = own.value(u"fields"_s).toObject();
        for (auto f = single.begin(); f != single.end(); ++f) {
            const auto group = fieldGroupFromName(f.value().toString());
            if (!spec.field(f.key()) || !group)
                return invalid(spec.name + u'.' + f.key(), u"unknown field or group"_s).error();
            fields.insert(f.key(), *group);
        }
    }
    return groups;
}

std::optional<FieldGroup> FieldGroups::groupOf(const QString &entity, const QString &field) const
{
    const auto e = m_groups.constFind(entity);
    if (e == m_groups.cend())
        return std::nullopt;
    const auto f = e->constFind(field);
    return f == e->cend() ? std::nullopt : std::optional<FieldGroup>(*f);
}

QList<FieldGroup> FieldGroups::groupsOf(const QString &entity) const
{
    QList<FieldGroup> present;
    const QHash<QString, FieldGroup> fields = m_groups.value(entity);
    for (FieldGroup g : allFieldGroups())
        for (FieldGroup f : fields)
            if (f == g && !present.contains(g))
                present << g;
    return present;
}

} // namespace Qadam
