#pragma once

// The three victims of the kill -9 harness. Each kills its victim the planned number of times,
// checks the stores after every kill with QtTest assertions, and counts what it saw in `tally`.
#include <QString>

namespace Qadam::Integration {
class Scenario;
}

namespace Qadam::Crash {

class Plan;
struct Tally;

/** Child mode of (a): writes through WriteService on the device store at `path` until killed.
 *  `torn` writes each change as two transactions instead (a deliberate defect for the checker's test). */
int runLocalWriter(const QString &path, quint32 seed, qint64 firstIndex, bool torn = false);

/** (a) A device process killed during local writes; then the device syncs with the scenario's server. */
void killLocalWrites(Integration::Scenario &s, const Plan &plan, Tally &tally);

/** The checker's own test: a writer that splits one change over two transactions is killed up to
 *  `maxKills` times; returns the kill at which the checker reported the torn state (0: never). */
int tornWritesCaught(Integration::Scenario &s, quint32 seed, int maxKills);

/** (b) A device process killed while applying a pull. */
void killPullApply(Integration::Scenario &s, const Plan &plan, Tally &tally);

/** (c) The server killed `points` times while a device pushes, restarted on the same store each time. */
void killServerDuringPush(Integration::Scenario &s, const Plan &plan, int points, Tally &tally);

} // namespace Qadam::Crash
