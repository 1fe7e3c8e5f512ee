#pragma once

#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace Qadam {

class Database;

/**
 * The people whose case the signed-in user may open, for the Today and Caseload lists. A cheap
 * SQL pre-selection by role (officers: case officer or officer of a live order, or the intake
 * author of a case without officer; counsellors: referrals addressed to them or their
 * organisation; supervisors: their unit's or region's cases) narrows the store, then every
 * candidate is confirmed by the core rule itself (CaseAccess + AccessPolicy::mayReadCase), so
 * the lists never disagree with what the person page and the server allow.
 *
 * Store thread only (inside StoreWorker work). Reads only.
 */
class CaseloadScope
{
public:
    /** Person ids the actor may open on `today`; administrators get none. */
    [[nodiscard]] static Result<QSet<QString>> personIds(Database &db, const Actor &actor, const QDate &today);

private:
    [[nodiscard]] static Result<QSet<QString>> candidates(Database &db, const Actor &actor);
};

} // namespace Qadam
