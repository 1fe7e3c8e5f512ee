#include "casescope.h"

#include "casework/caseaccess.h"
#include "store/database.h"
#include "store/textset.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** Officers: a superset of CaseAccess's "own case" (the rule itself confirms each row). */
const QString kOfficerCandidates = u"SELECT id FROM person WHERE case_officer_id = ?1 "
                                   u"OR (coalesce(case_officer_id, '') = '' AND created_by = ?1) "
                                   u"UNION SELECT person_id FROM supervision_order "
                                   u"WHERE probation_officer_id = ?1 OR police_officer_id = ?1"_s;

/** Counsellors: people with any referral addressed to them or to their organisation. */
const QString kCounsellorCandidates
    = u"SELECT person_id FROM referral WHERE counsellor_id = ?1 OR (coalesce(counsellor_id, '') = '' "
      u"AND organisation_id = (SELECT organisation_id FROM staff_user WHERE id = ?1))"_s;

/** Supervisors: cases of their organisation (case officer or order unit) or their territory and
 *  the territories below it. */
const QString kSupervisorCandidates
    = u"WITH me AS (SELECT organisation_id AS org, territory_code AS territory FROM staff_user WHERE id = "
      u"?1), "
      u"down(code) AS (SELECT territory FROM me UNION SELECT e.code FROM ref_entry e JOIN down "
      u"ON e.parent_code = down.code WHERE e.dictionary = 'territory') "
      u"SELECT p.id FROM person p LEFT JOIN staff_user s ON s.id = p.case_officer_id "
      u"WHERE s.organisation_id = (SELECT org FROM me) OR p.residence_territory IN (SELECT code FROM down) "
      u"UNION SELECT person_id FROM supervision_order "
      u"WHERE probation_unit_id = (SELECT org FROM me) OR police_unit_id = (SELECT org FROM me)"_s;

} // namespace

QString CaseScope::candidatesSql(Role role)
{
    switch (role) {
    case Role::ProbationOfficer:
    case Role::PoliceOfficer:
        return kOfficerCandidates;
    case Role::Counsellor:
        return kCounsellorCandidates;
    case Role::Supervisor:
        return kSupervisorCandidates;
    case Role::Administrator:
        break;
    }
    return {};
}

Result<QSet<QString>> CaseScope::candidates(Database &db, const Actor &actor)
{
    const QString sql = candidatesSql(actor.role);
    if (sql.isEmpty())
        return QSet<QString>();
    auto stmt = db.cached(sql);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, actor.userId);
    return textSet(stmt.value());
}

Result<QHash<QString, AccessContext>> CaseScope::contexts(
    Database &db, const Actor &actor, const QDate &today, const AccessPolicy &policy)
{
    auto found = candidates(db, actor);
    if (!found.ok())
        return found.error();
    CaseAccess access(db);
    QHash<QString, AccessContext> out;
    for (const QString &id : std::as_const(found.value())) {
        auto ctx = access.resolve(actor, id, today);
        if (!ctx.ok())
            return ctx.error();
        if (policy.mayReadCase(actor, ctx.value()))
            out.insert(id, std::move(ctx).value());
    }
    return out;
}

Result<QSet<QString>> CaseScope::personIds(
    Database &db, const Actor &actor, const QDate &today, const AccessPolicy &policy)
{
    auto found = contexts(db, actor, today, policy);
    if (!found.ok())
        return found.error();
    QSet<QString> ids;
    ids.reserve(found.value().size());
    for (auto it = found.value().cbegin(); it != found.value().cend(); ++it)
        ids.insert(it.key());
    return ids;
}

} // namespace Qadam
