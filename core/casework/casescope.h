#pragma once

#include "casework/accesspolicy.h"
#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>

namespace Qadam {

class Database;

/**
 * The cases one actor may open, resolved in bulk: a cheap SQL pre-selection by role (officers:
 * case officer or officer of a live order, or the intake author of a case without officer;
 * counsellors: referrals addressed to them or their organisation; supervisors: their unit's or
 * region's cases) narrows the store, then every candidate is confirmed by the core rule itself
 * (CaseAccess + AccessPolicy::mayReadCase), so lists, the dashboard and the reports never
 * disagree with what the person page and the server allow.
 *
 * Reads only; used on the thread that owns the Database.
 */
class CaseScope
{
public:
    /** Person ids the actor may open on `today`; administrators get none. */
    [[nodiscard]] static Result<QSet<QString>> personIds(Database &db, const Actor &actor, const QDate &today,
        const AccessPolicy &policy = AccessPolicy::builtIn());
    /** The resolved access context of every case the actor may open on `today`, by person id, for
     *  callers that ask the policy more than "may read" (exports). */
    [[nodiscard]] static Result<QHash<QString, AccessContext>> contexts(Database &db, const Actor &actor,
        const QDate &today, const AccessPolicy &policy = AccessPolicy::builtIn());

    /** The narrowing query for `role` (bound: ?1 = the user id); empty for administrators.
     *  Public so a test can check its plan reads indexes, not whole tables. */
    [[nodiscard]] static QString candidatesSql(Role role);

private:
    [[nodiscard]] static Result<QSet<QString>> candidates(Database &db, const Actor &actor);
};

} // namespace Qadam
