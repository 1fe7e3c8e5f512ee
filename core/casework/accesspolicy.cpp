// The access policy: deny by default, allow rules from core/data/access_policy.json.
//
// Data format 1:
//   {"format": 1, "version": n,
//    "fieldGroups": {…}                                   (see fieldgroups.h)
//    "roles": {"probation_officer": {"scope": "own_case",   (the role's default scope)
//       "grants": [{"entities": ["Person", …], "scope": "…", (optional override)
//                   "when": [{"field": "channel", "in": ["probation"], "reason": "other_channel"},
//                            {"predicate": "session_team"}],
//                   "read": ["identity", …], "create": […], "update": […], "command": ["status"],
//                   "export": […], "share": […]}]}}}
// A request is allowed when one grant of the actor's role for the record kind lists the action
// and the field group, its scope holds for the case and all its conditions hold for the record.
// A refusal reports the first failing check of the first grant that would have applied.
#include "accesspolicy.h"

#include "util/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using Predicate = AccessCondition::Predicate;
using R = AccessReason;

const std::array<std::pair<AccessReason, QStringView>, 24> kReasonNames = { {
    { R::Allowed, u"allowed" },
    { R::ActorNotActive, u"actor_not_active" },
    { R::UnknownField, u"unknown_field" },
    { R::NoCaseContent, u"no_case_content" },
    { R::RecordKindNotPermitted, u"record_kind_not_permitted" },
    { R::ActionNotPermitted, u"action_not_permitted" },
    { R::FieldGroupNotPermitted, u"field_group_not_permitted" },
    { R::NotOwnCase, u"not_own_case" },
    { R::OutsideUnitRegion, u"outside_unit_region" },
    { R::NoReferral, u"no_referral" },
    { R::ReferralNotAccepted, u"referral_not_accepted" },
    { R::ReferralNotStarted, u"referral_not_started" },
    { R::ReferralExpired, u"referral_expired" },
    { R::ReferralEnded, u"referral_ended" },
    { R::ReferralDeclined, u"referral_declined" },
    { R::NotOnReferral, u"not_on_referral" },
    { R::NotAuthor, u"not_author" },
    { R::SealedAuthorOnly, u"sealed_author_only" },
    { R::ConfidentialNotGranted, u"confidential_not_granted" },
    { R::TierNotShared, u"tier_not_shared" },
    { R::OtherChannel, u"other_channel" },
    { R::AlertKindNotPermitted, u"alert_kind_not_permitted" },
    { R::NotRoutedToActor, u"not_routed_to_actor" },
    { R::NotSelf, u"not_self" },
} };

const std::array<std::pair<AccessScope, QStringView>, 4> kScopeNames = { {
    { AccessScope::OwnCase, u"own_case" },
    { AccessScope::UnitRegion, u"unit_region" },
    { AccessScope::ReferredCase, u"referred_case" },
    { AccessScope::Anywhere, u"anywhere" },
} };

/** Predicates named in the data, each with the reason reported when it fails. */
const std::array<std::pair<Predicate, QStringView>, 7> kPredicateNames = { {
    { Predicate::Granted, u"granted" },
    { Predicate::SessionAuthor, u"session_author" },
    { Predicate::SessionTeam, u"session_team" },
    { Predicate::AddressedReferral, u"addressed_referral" },
    { Predicate::RoutedToMe, u"routed_to_me" },
    { Predicate::AssignedToMe, u"assigned_to_me" },
    { Predicate::Self, u"self" },
} };

AccessReason predicateReason(Predicate p)
{
    switch (p) {
    case Predicate::Granted:
        return R::ConfidentialNotGranted;
    case Predicate::SessionAuthor:
        return R::NotAuthor;
    case Predicate::RoutedToMe:
    case Predicate::AssignedToMe:
        return R::NotRoutedToActor;
    case Predicate::Self:
        return R::NotSelf;
    default:
        return R::NotOnReferral;
    }
}

const QSet<QString> kGrantKeys = { u"entities"_s, u"scope"_s, u"when"_s, u"read"_s, u"create"_s, u"update"_s,
    u"command"_s, u"export"_s, u"share"_s };

Status invalid(const QString &where, const QString &why)
{
    return Error::make(Error::Invalid, u"access policy %1: %2"_s.arg(where, why), where);
}

/** Why a counsellor without an active referral is refused. */
AccessReason standingReason(ReferralStanding standing)
{
    switch (standing) {
    case ReferralStanding::Active:
        return R::Allowed;
    case ReferralStanding::Offered:
        return R::ReferralNotAccepted;
    case ReferralStanding::NotStarted:
        return R::ReferralNotStarted;
    case ReferralStanding::Expired:
        return R::ReferralExpired;
    case ReferralStanding::Ended:
        return R::ReferralEnded;
    case ReferralStanding::Declined:
        return R::ReferralDeclined;
    case ReferralStanding::None:
        break;
    }
    return R::NoReferral;
}

AccessReason scopeReason(AccessScope scope, const AccessContext &ctx)
{
    switch (scope) {
    case AccessScope::OwnCase:
        return ctx.ownCase ? R::Allowed : R::NotOwnCase;
    case AccessScope::UnitRegion:
        return ctx.inUnit || ctx.inRegion ? R::Allowed : R::OutsideUnitRegion;
    case AccessScope::ReferredCase:
        return standingReason(ctx.referral);
    case AccessScope::Anywhere:
        break;
    }
    return R::Allowed;
}

/** A referral-bound predicate failed: say why in terms of the actor's standing when it is weak. */
AccessReason referralReason(const AccessContext &ctx)
{
    const bool standing
        = ctx.referral == ReferralStanding::Active || ctx.referral == ReferralStanding::Offered;
    return standing ? R::NotOnReferral : standingReason(ctx.referral);
}

Result<AccessCondition> readCondition(
    const QJsonObject &json, const QList<const EntitySpec *> &entities, const QString &where)
{
    AccessCondition c;
    if (json.contains(u"predicate"_s)) {
        const auto p = AccessNames::valueOf(kPredicateNames, json.value(u"predicate"_s).toString());
        if (!p)
            return invalid(where, u"unknown predicate"_s).error();
        c.predicate = *p;
        c.reason = predicateReason(*p);
        return c;
    }
    c.field = json.value(u"field"_s).toString();
    c.predicate = json.contains(u"notIn"_s) ? Predicate::FieldNotIn : Predicate::FieldIn;
    for (const QJsonValue &v : json.value(json.contains(u"notIn"_s) ? u"notIn"_s : u"in"_s).toArray())
        c.values << v.toString();
    const auto reason = accessReasonFromName(json.value(u"reason"_s).toString());
    if (!reason || *reason == R::Allowed || c.values.isEmpty())
        return invalid(where, u"a field condition needs values and a reason"_s).error();
    c.reason = *reason;
    for (const EntitySpec *e : entities)
        if (!e->field(c.field))
            return invalid(where, u"%1 has no field %2"_s.arg(e->name, c.field)).error();
    return c;
}

Result<quint32> readGroups(const QJsonArray &names, const QString &where)
{
    quint32 bits = 0;
    for (const QJsonValue &v : names) {
        const auto group = fieldGroupFromName(v.toString());
        if (!group)
            return invalid(where, u"unknown field group %1"_s.arg(v.toString())).error();
        bits |= 1u << int(*group);
    }
    return bits;
}

QString text(const QVariantMap &record, const QString &key)
{
    return record.value(key).toString();
}

} // namespace

QString accessReasonName(AccessReason reason)
{
    return AccessNames::nameOf(kReasonNames, reason);
}

std::optional<AccessReason> accessReasonFromName(const QString &name)
{
    return AccessNames::valueOf(kReasonNames, name);
}

bool AccessGrant::allows(AccessAction action, FieldGroup group) const
{
    return groups[std::size_t(action)] & (1u << int(group));
}

const AccessPolicy &AccessPolicy::builtIn()
{
    static const AccessPolicy policy = [] {
        QFile file(QString::fromUtf16(kBuiltInResource));
        const QByteArray json = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        auto loaded = fromJson(json);
        if (loaded.ok())
            return std::move(loaded).value();
        qCCritical(lcCore) << "bundled access policy refused; allowing nothing:" << loaded.error().detail;
        return AccessPolicy(Schema::builtIn());
    }();
    return policy;
}

Result<AccessPolicy> AccessPolicy::fromJson(const QByteArray &json, const Schema &schema)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"format"_s).toInt() != 1)
        return invalid(u"document"_s, u"not a format 1 policy"_s).error();
    AccessPolicy policy(schema);
    policy.m_version = root.value(u"version"_s).toInt();
    auto groups = FieldGroups::fromJson(root.value(u"fieldGroups"_s).toObject(), schema);
    if (!groups.ok())
        return groups.error();
    policy.m_groups = std::move(groups).value();
    if (Status s = policy.readReasons(root.value(u"reasons"_s).toObject()); !s.ok())
        return s.error();
    const QJsonObject roles = root.value(u"roles"_s).toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        Role role;
        if (!roleFromName(it.key(), &role))
            return invalid(it.key(), u"unknown role"_s).error();
        if (Status s = policy.readRole(role, it.value().toObject()); !s.ok())
            return s.error();
    }
    return policy;
}

/** Every reason needs its text in kk, ru and en; a code the enum does not know is a mistake. */
Status AccessPolicy::readReasons(const QJsonObject &json)
{
    for (const QString &code : json.keys())
        if (!accessReasonFromName(code))
            return invalid(u"reasons"_s, u"unknown reason %1"_s.arg(code));
    for (const auto &entry : kReasonNames) {
        const QJsonObject labels = json.value(entry.second.toString()).toObject();
        for (const QString &language : { u"kk"_s, u"ru"_s, u"en"_s }) {
            const QString text = labels.value(language).toString().trimmed();
            if (text.isEmpty())
                return invalid(u"reasons"_s, u"%1 needs a %2 text"_s.arg(entry.second.toString(), language));
            m_labels.insert(entry.second.toString() + u'/' + language, text);
        }
    }
    return {};
}

QString AccessPolicy::reasonLabel(AccessReason reason, const QString &language) const
{
    return m_labels.value(accessReasonName(reason) + u'/' + language);
}

Status AccessPolicy::readRole(Role role, const QJsonObject &json)
{
    const QString name = roleName(role);
    const auto defaultScope = AccessNames::valueOf(kScopeNames, json.value(u"scope"_s).toString());
    if (!defaultScope)
        return invalid(name, u"unknown scope"_s);
    const QJsonArray grants = json.value(u"grants"_s).toArray();
    for (qsizetype i = 0; i < grants.size(); ++i) {
        const QJsonObject g = grants.at(i).toObject();
        const QString where = u"%1 grant %2"_s.arg(name).arg(i);
        for (const QString &key : g.keys())
            if (!kGrantKeys.contains(key))
                return invalid(where, u"unknown key %1"_s.arg(key));
        QList<const EntitySpec *> entities;
        for (const QJsonValue &e : g.value(u"entities"_s).toArray()) {
            const EntitySpec *spec = m_schema->entity(e.toString());
            if (!spec)
                return invalid(where, u"unknown entity %1"_s.arg(e.toString()));
            entities << spec;
        }
        AccessGrant grant;
        const auto scope = g.contains(u"scope"_s)
            ? AccessNames::valueOf(kScopeNames, g.value(u"scope"_s).toString())
            : defaultScope;
        if (!scope || entities.isEmpty())
            return invalid(where, u"needs entities and a known scope"_s);
        grant.scope = *scope;
        for (const QJsonValue &c : g.value(u"when"_s).toArray()) {
            auto condition = readCondition(c.toObject(), entities, where);
            if (!condition.ok())
                return condition.error();
            grant.when << condition.value();
        }
        for (AccessAction action : allAccessActions()) {
            auto bits = readGroups(g.value(accessActionName(action)).toArray(), where);
            if (!bits.ok())
                return bits.error();
            grant.groups[std::size_t(action)] = bits.value();
        }
        for (const EntitySpec *spec : entities)
            m_grants[std::size_t(role)][spec->name] << grant;
    }
    return {};
}

bool AccessPolicy::hasCaseGrants(Role role) const
{
    const auto &byEntity = m_grants[std::size_t(role)];
    for (auto it = byEntity.cbegin(); it != byEntity.cend(); ++it) {
        const EntitySpec *spec = m_schema->entity(it.key());
        if (spec && !spec->personField.isEmpty())
            return true;
    }
    return false;
}

AccessReason AccessPolicy::checkCondition(
    const AccessCondition &c, const Actor &actor, const QVariantMap &record, const AccessContext &ctx) const
{
    bool holds = false;
    switch (c.predicate) {
    case Predicate::FieldIn:
        holds = c.values.contains(text(record, c.field));
        break;
    case Predicate::FieldNotIn:
        holds = !c.values.contains(text(record, c.field));
        break;
    case Predicate::Granted:
        holds = ctx.confidentialGrant;
        break;
    case Predicate::SessionAuthor:
        holds = text(record, u"counsellorId"_s) == actor.userId;
        break;
    case Predicate::SessionTeam:
        holds = ctx.activeReferralIds.contains(text(record, u"referralId"_s));
        return holds ? R::Allowed : referralReason(ctx);
    case Predicate::AddressedReferral:
        holds = ctx.activeReferralIds.contains(text(record, u"id"_s))
            || ctx.offeredReferralIds.contains(text(record, u"id"_s));
        return holds ? R::Allowed : referralReason(ctx);
    case Predicate::RoutedToMe: {
        const QString routed = text(record, u"routedRole"_s);
        holds = routed.isEmpty() || routed == roleName(actor.role)
            || text(record, u"assignedTo"_s) == actor.userId;
        break;
    }
    case Predicate::AssignedToMe:
        holds = text(record, u"assignedTo"_s) == actor.userId;
        break;
    case Predicate::Self:
        holds = text(record, u"id"_s) == actor.userId;
        break;
    }
    return holds ? R::Allowed : c.reason;
}

AccessReason AccessPolicy::check(
    const AccessGrant &grant, const Actor &actor, const QVariantMap &record, const AccessContext &ctx) const
{
    if (const AccessReason r = scopeReason(grant.scope, ctx); r != R::Allowed)
        return r;
    for (const AccessCondition &c : grant.when)
        if (const AccessReason r = checkCondition(c, actor, record, ctx); r != R::Allowed)
            return r;
    return R::Allowed;
}

AccessDecision AccessPolicy::decide(const Actor &actor, const EntitySpec &spec, AccessAction action,
    FieldGroup group, const QVariantMap &record, const AccessContext &ctx) const
{
    if (!ctx.actorActive)
        return { R::ActorNotActive, {} };
    const auto &byEntity = m_grants[std::size_t(actor.role)];
    const auto grants = byEntity.constFind(spec.name);
    if (grants == byEntity.cend())
        return { !spec.personField.isEmpty() && !hasCaseGrants(actor.role) ? R::NoCaseContent
                                                                           : R::RecordKindNotPermitted,
            {} };
    bool actionGranted = false;
    std::optional<AccessReason> firstRefusal;
    for (const AccessGrant &g : *grants) {
        actionGranted = actionGranted || g.groups[std::size_t(action)] != 0;
        if (!g.allows(action, group))
            continue;
        const AccessReason r = check(g, actor, record, ctx);
        if (r == R::Allowed)
            return { R::Allowed, {} };
        firstRefusal = firstRefusal.value_or(r);
    }
    if (firstRefusal)
        return { *firstRefusal, {} };
    return { actionGranted ? R::FieldGroupNotPermitted : R::ActionNotPermitted, {} };
}

AccessDecision AccessPolicy::decideFields(const Actor &actor, const EntitySpec &spec, AccessAction action,
    const QStringList &fields, const QVariantMap &record, const AccessContext &ctx) const
{
    if (action == AccessAction::Command || fields.isEmpty()) {
        const FieldGroup group = action == AccessAction::Command ? FieldGroup::Status : FieldGroup::Basics;
        return decide(actor, spec, action, group, record, ctx);
    }
    quint32 decided = 0;
    for (const QString &field : fields) {
        const auto group = m_groups.groupOf(spec.name, field);
        if (!group)
            return { R::UnknownField, field };
        if (decided & (1u << int(*group)))
            continue;
        AccessDecision d = decide(actor, spec, action, *group, record, ctx);
        if (!d.allowed())
            return { d.reason, field };
        decided |= 1u << int(*group);
    }
    return { R::Allowed, {} };
}

QVariantMap AccessPolicy::readable(
    const Actor &actor, const EntitySpec &spec, const QVariantMap &record, const AccessContext &ctx) const
{
    std::array<std::optional<bool>, kFieldGroupCount> mayRead;
    QVariantMap visible;
    for (auto it = record.cbegin(); it != record.cend(); ++it) {
        const auto group = m_groups.groupOf(spec.name, it.key());
        if (!group)
            continue;
        std::optional<bool> &may = mayRead[std::size_t(*group)];
        if (!may)
            may = decide(actor, spec, AccessAction::Read, *group, record, ctx).allowed();
        if (*may)
            visible.insert(it.key(), it.value());
    }
    if (!visible.isEmpty() && record.contains(u"id"_s))
        visible.insert(u"id"_s, record.value(u"id"_s));
    return visible;
}

AccessDecision AccessPolicy::decideCaseRead(const Actor &actor, const AccessContext &ctx) const
{
    const EntitySpec *person = m_schema->entity(u"Person"_s);
    if (!person || ctx.personId.isEmpty())
        return { R::RecordKindNotPermitted, {} };
    return decide(actor, *person, AccessAction::Read, FieldGroup::Basics, { { u"id"_s, ctx.personId } }, ctx);
}

bool AccessPolicy::mayReadCase(const Actor &actor, const AccessContext &ctx) const
{
    return decideCaseRead(actor, ctx).allowed();
}

ReferralStanding referralStanding(const QString &status, const QDate &start, const QDate &end, const QDate &today)
{
    const bool over = end.isValid() && end < today;
    if (status == u"accepted" || status == u"active") {
        if (start.isValid() && start > today)
            return ReferralStanding::NotStarted;
        return over ? ReferralStanding::Expired : ReferralStanding::Active;
    }
    if (status == u"sent")
        return over ? ReferralStanding::Expired : ReferralStanding::Offered;
    if (status == u"declined")
        return ReferralStanding::Declined;
    if (status == u"expired")
        return ReferralStanding::Expired;
    return ReferralStanding::Ended; // completed, revoked
}

} // namespace Qadam
