#include "caseaccess.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** Orders that still make their officers and units responsible for the case. */
const QString kLiveOrders = u"('draft', 'in_force', 'suspended', 'extended')"_s;
/** How far up the territory dictionary a region check climbs (region → district → …). */
constexpr int kMaxTerritoryDepth = 8;


QDate isoDate(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

/** Whether `sql` returns a row; compiled once per connection (it runs on every checked write). */
Result<bool> hasRow(Database &db, const QString &sql, const QVariantList &params)
{
    auto q = db.cached(sql);
    if (!q.ok())
        return q.error();
    for (qsizetype i = 0; i < params.size(); ++i)
        q.value().bind(int(i) + 1, params.at(i));
    return q.value().step();
}

} // namespace

Result<CaseAccess::Staff> CaseAccess::staff(const Actor &actor)
{
    auto q = m_db.cached(
        u"SELECT role, status, organisation_id, territory_code FROM staff_user WHERE id = ?1"_s);
    if (!q.ok())
        return q.error();
    q.value().bind(1, actor.userId);
    auto row = q.value().step();
    if (!row.ok())
        return row.error();
    Staff s;
    if (row.value()) {
        s.active = q.value().text(0) == roleName(actor.role) && q.value().text(1) == u"active";
        s.organisationId = q.value().text(2);
        s.territoryCode = q.value().text(3);
    }
    return s;
}

Result<CaseAccess::CaseRow> CaseAccess::caseRow(const QString &personId)
{
    auto q
        = m_db.cached(u"SELECT case_officer_id, residence_territory, created_by FROM person WHERE id = ?1"_s);
    if (!q.ok())
        return q.error();
    q.value().bind(1, personId);
    auto row = q.value().step();
    if (!row.ok())
        return row.error();
    CaseRow c;
    if (row.value())
        c = CaseRow { true, q.value().text(0), q.value().text(1), q.value().text(2) };
    return c;
}

Result<bool> CaseAccess::ownsViaOrder(const QString &userId, const QString &personId)
{
    return hasRow(m_db,
        u"SELECT 1 FROM supervision_order WHERE person_id = ?1 AND status IN %1 "
        u"AND (probation_officer_id = ?2 OR police_officer_id = ?2) LIMIT 1"_s.arg(kLiveOrders),
        { personId, userId });
}

Result<bool> CaseAccess::inUnit(
    const Staff &supervisor, const QString &caseOfficerId, const QString &personId)
{
    if (supervisor.organisationId.isEmpty())
        return false;
    return hasRow(m_db,
        u"SELECT 1 FROM staff_user WHERE id = ?1 AND organisation_id = ?2 "
        u"UNION ALL SELECT 1 FROM supervision_order WHERE person_id = ?3 AND status IN %1 "
        u"AND (probation_unit_id = ?2 OR police_unit_id = ?2) LIMIT 1"_s.arg(kLiveOrders),
        { caseOfficerId, supervisor.organisationId, personId });
}

Result<bool> CaseAccess::inRegion(const Staff &supervisor, const QString &territory)
{
    if (supervisor.territoryCode.isEmpty() || territory.isEmpty())
        return false;
    if (territory == supervisor.territoryCode)
        return true;
    return hasRow(m_db,
        u"WITH RECURSIVE up(code, depth) AS (SELECT ?1, 0 UNION "
        u"SELECT e.parent_code, up.depth + 1 FROM ref_entry e JOIN up ON e.code = up.code "
        u"WHERE e.dictionary = 'territory' AND e.parent_code IS NOT NULL AND up.depth < ?3) "
        u"SELECT 1 FROM up WHERE code = ?2 LIMIT 1"_s,
        { territory, supervisor.territoryCode, kMaxTerritoryDepth });
}

Status CaseAccess::resolveReferrals(
    const Actor &actor, const Staff &me, const QDate &today, AccessContext &ctx)
{
    auto q = m_db.cached(u"SELECT id, status, term_start, term_end, counsellor_id, organisation_id "
                         u"FROM referral WHERE person_id = ?1"_s);
    if (!q.ok())
        return q.error();
    Statement &s = q.value();
    s.bind(1, ctx.personId);
    while (true) {
        auto row = s.step();
        if (!row.ok() || !row.value())
            return Status::of(row);
        const QString counsellor = s.text(4);
        const bool addressed = counsellor.isEmpty()
            ? !me.organisationId.isEmpty() && s.text(5) == me.organisationId
            : counsellor == actor.userId;
        if (!addressed)
            continue;
        const ReferralStanding standing
            = referralStanding(s.text(1), isoDate(s.text(2)), isoDate(s.text(3)), today);
        if (standing == ReferralStanding::Active)
            ctx.activeReferralIds << s.text(0);
        else if (standing == ReferralStanding::Offered)
            ctx.offeredReferralIds << s.text(0);
        ctx.referral = std::max(ctx.referral, standing);
    }
}

Status CaseAccess::resolveRole(const Actor &actor, const Staff &me, const CaseRow &row, AccessContext &ctx)
{
    if (actor.role == Role::ProbationOfficer || actor.role == Role::PoliceOfficer) {
        ctx.ownCase
            = row.caseOfficerId.isEmpty() ? row.createdBy == actor.userId : row.caseOfficerId == actor.userId;
        if (!ctx.ownCase && !ctx.personId.isEmpty()) {
            auto viaOrder = ownsViaOrder(actor.userId, ctx.personId);
            if (!viaOrder.ok())
                return viaOrder.error();
            ctx.ownCase = viaOrder.value();
        }
    } else if (actor.role == Role::Supervisor) {
        auto unit = inUnit(me, row.caseOfficerId, ctx.personId);
        auto region = inRegion(me, row.territory);
        if (!unit.ok() || !region.ok())
            return unit.ok() ? region.error() : unit.error();
        ctx.inUnit = unit.value();
        ctx.inRegion = region.value();
    }
    return {};
}

Result<AccessContext> CaseAccess::resolveActor(const Actor &actor)
{
    auto me = staff(actor);
    if (!me.ok())
        return me.error();
    AccessContext ctx;
    ctx.actorActive = me.value().active;
    return ctx;
}

Result<AccessContext> CaseAccess::resolve(const Actor &actor, const QString &personId, const QDate &today)
{
    auto me = staff(actor);
    auto row = caseRow(personId);
    if (!me.ok() || !row.ok())
        return me.ok() ? row.error() : me.error();
    AccessContext ctx;
    ctx.personId = personId;
    ctx.actorActive = me.value().active;
    if (!ctx.actorActive || !row.value().exists)
        return ctx;
    if (Status s = resolveRole(actor, me.value(), row.value(), ctx); !s.ok())
        return s.error();
    if (actor.role == Role::Counsellor) {
        if (Status s = resolveReferrals(actor, me.value(), today, ctx); !s.ok())
            return s.error();
    }
    return ctx;
}

Result<AccessContext> CaseAccess::resolveIntake(const Actor &actor, const QVariantMap &person)
{
    auto me = staff(actor);
    if (!me.ok())
        return me.error();
    AccessContext ctx;
    ctx.actorActive = me.value().active;
    const CaseRow row { true, person.value(u"caseOfficerId"_s).toString(),
        person.value(u"residenceTerritory"_s).toString(), actor.userId };
    if (ctx.actorActive) {
        if (Status s = resolveRole(actor, me.value(), row, ctx); !s.ok())
            return s.error();
    }
    return ctx;
}

} // namespace Qadam
