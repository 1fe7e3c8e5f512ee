#pragma once

#include "casework/accesspolicy.h"
#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace Qadam {

class Database;

/**
 * Resolves the AccessContext of one actor on one case from the store, for the AccessPolicy:
 * - the actor: an active StaffUser whose stored role is the acting role;
 * - officers own a case when they are its Person.caseOfficerId, the probation or police officer of
 *   one of its live orders (draft, in force, suspended, extended), or, while the case has no case
 *   officer, the user who took it in (created the Person);
 * - supervisors reach it through their unit (their organisation is the case officer's, or a unit
 *   of a live order) or their region (the person's residence territory is theirs, or lies within
 *   it by the territory dictionary's parent codes);
 * - counsellors through referrals of the person addressed to them (counsellorId, or their
 *   organisation when the referral names no counsellor): accepted or active and with a term
 *   (termStart..termEnd, inclusive; open ends allowed) covering `today` → active; sent → offered.
 * The confidential-notes grant is never set here (nothing in the store grants it yet).
 * Reads only; run it inside the write's transaction so the answer matches what is written. Used
 * on the thread that owns the Database.
 */
class CaseAccess
{
public:
    explicit CaseAccess(Database &db)
        : m_db(db)
    { }

    /** The actor's context on the stored case of `personId` (an unknown person gives no access). */
    [[nodiscard]] Result<AccessContext> resolve(
        const Actor &actor, const QString &personId, const QDate &today);
    /** The context for taking in a person not stored yet, from the Person fields about to be
     *  written: an officer owns it when it names them, or no one, as case officer. */
    [[nodiscard]] Result<AccessContext> resolveIntake(const Actor &actor, const QVariantMap &person);
    /** The context for records that belong to no case (staff, organisations): the actor only. */
    [[nodiscard]] Result<AccessContext> resolveActor(const Actor &actor);

private:
    struct Staff
    {
        bool active = false;
        QString organisationId;
        QString territoryCode;
    };
    struct CaseRow
    {
        bool exists = false;
        QString caseOfficerId;
        QString territory;
        QString createdBy;
    };

    [[nodiscard]] Result<Staff> staff(const Actor &actor);
    [[nodiscard]] Result<CaseRow> caseRow(const QString &personId);
    [[nodiscard]] Result<bool> ownsViaOrder(const QString &userId, const QString &personId);
    [[nodiscard]] Result<bool> inUnit(
        const Staff &supervisor, const QString &caseOfficerId, const QString &personId);
    [[nodiscard]] Result<bool> inRegion(const Staff &supervisor, const QString &territory);
    [[nodiscard]] Status resolveReferrals(
        const Actor &actor, const Staff &me, const QDate &today, AccessContext &ctx);
    [[nodiscard]] Status resolveRole(
        const Actor &actor, const Staff &me, const CaseRow &row, AccessContext &ctx);

    Database &m_db;
};

} // namespace Qadam
