#pragma once

#include <QString>

namespace Qadam::Integration {
class Scenario;
}

namespace Qadam::Crash {

class Plan;
struct Tally;

/** Child mode: writes through WriteService on the device store at `path` until killed. `torn`
 *  writes each change as two transactions instead (a deliberate defect for the checker's test). */
int runLocalWriter(const QString &path, quint32 seed, qint64 firstIndex, bool torn = false);

/** Victim (a): kills the writer `plan.pointsFor(LocalWrites)` times, checks the store after each
 *  kill, then syncs the device with the scenario's server. QtTest assertions. */
void killLocalWrites(Integration::Scenario &s, const Plan &plan, Tally &tally);

/** The checker's own test: a writer that splits one change over two transactions is killed up to
 *  `maxKills` times; returns the kill at which the checker reported the torn state (0: never). */
int tornWritesCaught(Integration::Scenario &s, quint32 seed, int maxKills);

} // namespace Qadam::Crash
