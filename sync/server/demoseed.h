#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace Qadam {
class Clock;
}

namespace Qadam::Server {

class ServerStore;
class SyncService;

/** One demo account to print: who it is and its one-time enrolment code. */
struct DemoAccount
{
    QString userId;
    QString displayName;
    QString role;
    QString enrolmentCode;
    int cases = 0; ///< cases the account reaches (officer: own; counsellor: referrals; supervisor: unit)
};

/** What `qadam-server serve --demo` seeded. */
struct DemoSeed
{
    QList<DemoAccount> accounts; ///< a probation officer, a counsellor with referrals, a supervisor
    qint64 records = 0;
};

/**
 * Fills the server with the synthetic generator's data (core/generator/syntheticdata.h): the
 * generator writes `people` cases into a temporary encrypted core Database (Seed mode, seed 1),
 * then every record of every entity is imported as a server-authored write (validated, case links
 * maintained, audited), directory first, in batches. Returns one-time enrolment codes for the
 * officer with the most cases, a counsellor with active referrals and a supervisor. Synthetic
 * data only; the temporary database is deleted.
 */
[[nodiscard]] Result<DemoSeed> seedDemo(SyncService &service, ServerStore &store, const Clock &clock, int people);

} // namespace Qadam::Server
