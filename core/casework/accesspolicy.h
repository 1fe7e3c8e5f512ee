#pragma once

#include "casework/fieldgroups.h"
#include "domain/roles.h"
#include "domain/schema.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <array>
#include <optional>

namespace Qadam {

/** Why the policy allowed or refused. Codes (accessReasonName) are stable: the audit log's
 *  authorisation-failure events carry them, with ids only. */
enum class AccessReason {
    Allowed,
    ActorNotActive, ///< no active StaffUser record for the actor
    UnknownField,
    NoCaseContent, ///< the role sees no case content at all (administrators)
    RecordKindNotPermitted, ///< the role has no access to this record kind
    ActionNotPermitted, ///< the role may not do this action on this record kind
    FieldGroupNotPermitted, ///< the role may not do this action on this field group
    NotOwnCase, ///< officers: the case is another officer's
    OutsideUnitRegion, ///< supervisors: the case is outside their unit and region
    NoReferral, ///< counsellors: the person was never referred to them
    ReferralNotAccepted, ///< counsellors: referral sent, not accepted yet
    ReferralNotStarted, ///< counsellors: the referral's term has not begun
    ReferralExpired, ///< counsellors: the referral's term is over, or it expired
    ReferralEnded, ///< counsellors: the referral was completed or revoked
    ReferralDeclined, ///< counsellors: they declined the referral
    NotOnReferral, ///< the record belongs to a referral to someone else
    NotAuthor, ///< only the session's author may do this
    SealedAuthorOnly, ///< a sealed session's notes are for its author only
    ConfidentialNotGranted, ///< confidential notes need an explicit grant
    TierNotShared, ///< the counsellor did not share the session's summary
    OtherChannel, ///< a check-in of the other service's channel
    AlertKindNotPermitted, ///< an alert kind the role may not raise
    NotRoutedToActor, ///< an alert routed to another role or person
    NotSelf, ///< a staff record other than the actor's own
};

[[nodiscard]] QString accessReasonName(AccessReason reason);
[[nodiscard]] std::optional<AccessReason> accessReasonFromName(const QString &name);

/** A counsellor's standing on a case, from the referrals of the person addressed to them. */
enum class ReferralStanding { None, Declined, Ended, Expired, NotStarted, Offered, Active };

/** One referral's standing for the counsellor it is addressed to, on `today`, from its status and
 *  term (inclusive; an invalid date is an open end). Shared by the device and the server. */
[[nodiscard]] ReferralStanding referralStanding(const QString &status, const QDate &start, const QDate &end,
                                                const QDate &today);

/**
 * What the policy needs to know about one actor and one case, resolved from the store by
 * CaseAccess (or by the server from its own store). Ids only.
 */
struct AccessContext
{
    QString personId; ///< the case; empty for records that belong to no case
    bool actorActive = false; ///< the actor is an active StaffUser
    bool ownCase = false; ///< officers: case officer, or officer of a live order
    bool inUnit = false; ///< supervisors: the case's officer or order is in their organisation
    bool inRegion = false; ///< supervisors: the person lives in their territory
    ReferralStanding referral = ReferralStanding::None; ///< counsellors
    QStringList activeReferralIds; ///< accepted/active referrals to the actor, term covering today
    QStringList offeredReferralIds; ///< sent referrals to the actor awaiting an answer
    /** Supervisors: explicitly granted access to confidential (non-sealed) counselling notes of
     *  this case. Nothing in the store grants it yet; default no. */
    bool confidentialGrant = false;
};

/** One answer of the policy; `field` names the refused field when a set of fields was checked. */
struct AccessDecision
{
    AccessReason reason = AccessReason::FieldGroupNotPermitted;
    QString field;

    [[nodiscard]] bool allowed() const { return reason == AccessReason::Allowed; }
    [[nodiscard]] QString code() const { return accessReasonName(reason); }
};

/** Which cases a grant reaches. */
enum class AccessScope {
    OwnCase, ///< ctx.ownCase
    UnitRegion, ///< ctx.inUnit or ctx.inRegion
    ReferredCase, ///< ctx.referral is Active
    Anywhere, ///< no case condition (directory records; record-level conditions decide)
};

/** A condition on the record (or the grant flag) that a grant needs besides its scope. */
struct AccessCondition
{
    enum class Predicate {
        FieldIn, ///< record[field] is one of values
        FieldNotIn, ///< record[field] is none of values
        Granted, ///< ctx.confidentialGrant
        SessionAuthor, ///< record.counsellorId is the actor
        SessionTeam, ///< record.referralId is one of ctx.activeReferralIds
        AddressedReferral, ///< record id is one of ctx.activeReferralIds or offeredReferralIds
        RoutedToMe, ///< record.routedRole is empty or the actor's role, or assignedTo is the actor
        AssignedToMe, ///< record.assignedTo is the actor
        Self, ///< record id is the actor's id
    };
    Predicate predicate = Predicate::FieldIn;
    QString field;
    QStringList values;
    AccessReason reason = AccessReason::FieldGroupNotPermitted; ///< reported when it fails
};

/** One allow rule: on these cases, under these conditions, these groups per action. */
struct AccessGrant
{
    AccessScope scope = AccessScope::OwnCase;
    QList<AccessCondition> when;
    std::array<quint32, kAccessActionCount> groups {}; ///< per action, a bit per FieldGroup

    [[nodiscard]] bool allows(AccessAction action, FieldGroup group) const;
};

/**
 * The access policy: ONE function answers "may actor U do action A on field group F of record R
 * of this case", for the app (WriteService, screens) and the sync server (push checks, reply
 * filtering). Deny by default; the allow rules (role × record kind × action × field group, with
 * scope and record conditions) are data, core/data/access_policy.json, for the security team to
 * review. Every refusal says why (AccessReason).
 *
 * `record` is the record's fields in storage form plus, when it has one, its id under the key
 * "id" (no entity has a field of that name). Immutable after construction; safe to share across
 * threads.
 */
class AccessPolicy
{
public:
    static constexpr auto kBuiltInResource = u":/qadam/data/access_policy.json";

    /** The policy bundled with this build. If the bundled data failed to load (a build defect the
     *  tests catch) it allows nothing. */
    [[nodiscard]] static const AccessPolicy &builtIn();
    /** Reads and checks policy data against `schema` (which must outlive the policy): every role,
     *  entity, field, action, group, scope, predicate and reason must be known. */
    [[nodiscard]] static Result<AccessPolicy> fromJson(
        const QByteArray &json, const Schema &schema = Schema::builtIn());

    /** May `actor` do `action` on `group` of `record` (of kind `spec`) on the case of `ctx`? */
    [[nodiscard]] AccessDecision decide(const Actor &actor, const EntitySpec &spec, AccessAction action,
        FieldGroup group, const QVariantMap &record, const AccessContext &ctx) const;
    /** decide() for the group of every field named in `fields`; the first refusal names its field.
     *  Command ignores `fields` and asks for the status group. */
    [[nodiscard]] AccessDecision decideFields(const Actor &actor, const EntitySpec &spec, AccessAction action,
        const QStringList &fields, const QVariantMap &record, const AccessContext &ctx) const;
    /** `record` without the fields the actor may not read; empty when nothing is readable. Keys the
     *  schema does not know are dropped. The sync server filters its replies with this. */
    [[nodiscard]] QVariantMap readable(const Actor &actor, const EntitySpec &spec, const QVariantMap &record,
        const AccessContext &ctx) const;
    /** Whether the actor may open the case of `ctx` at all (read the person's basics). */
    [[nodiscard]] bool mayReadCase(const Actor &actor, const AccessContext &ctx) const;
    /** mayReadCase() with its reason. */
    [[nodiscard]] AccessDecision decideCaseRead(const Actor &actor, const AccessContext &ctx) const;

    /** What a refusal means for the user, in "kk", "ru" or "en" (from the policy data, so the
     *  wording is reviewed with the rules); empty for another language. */
    [[nodiscard]] QString reasonLabel(AccessReason reason, const QString &language) const;

    [[nodiscard]] const FieldGroups &fieldGroups() const { return m_groups; }
    [[nodiscard]] const Schema &schema() const { return *m_schema; }
    /** The data's version, for the audit trail of policy changes. */
    [[nodiscard]] int version() const { return m_version; }

private:
    explicit AccessPolicy(const Schema &schema)
        : m_schema(&schema)
    { }
    [[nodiscard]] Status readRole(Role role, const QJsonObject &json);
    [[nodiscard]] Status readReasons(const QJsonObject &json);
    [[nodiscard]] AccessReason check(const AccessGrant &grant, const Actor &actor, const QVariantMap &record,
        const AccessContext &ctx) const;
    [[nodiscard]] AccessReason checkCondition(const AccessCondition &condition, const Actor &actor,
        const QVariantMap &record, const AccessContext &ctx) const;
    [[nodiscard]] bool hasCaseGrants(Role role) const;

    const Schema *m_schema = nullptr;
    FieldGroups m_groups;
    std::array<QHash<QString, QList<AccessGrant>>, 5> m_grants; ///< per Role: entity → grants
    QHash<QString, QString> m_labels; ///< "<reason code>/<language>" → text
    int m_version = 0;
};

} // namespace Qadam
