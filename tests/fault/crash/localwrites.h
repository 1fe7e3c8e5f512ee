#pragma once

#include <QString>

namespace Qadam::Integration {
class Scenario;
}

namespace Qadam::Crash {

class Plan;
struct Tally;

/** Child mode: writes through WriteService on the device store at `path` until killed. */
int runLocalWriter(const QString &path, quint32 seed, qint64 firstIndex);

/** Victim (a): kills the writer `plan.pointsFor(LocalWrites)` times, checks the store after each
 *  kill, then syncs the device with the scenario's server. QtTest assertions. */
void killLocalWrites(Integration::Scenario &s, const Plan &plan, Tally &tally);

} // namespace Qadam::Crash
