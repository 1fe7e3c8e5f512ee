#pragma once

namespace Qadam::Integration {
class Scenario;
}

namespace Qadam::Crash {

class Plan;
struct Tally;

/** Victim (b): kills a pulling device process `plan.pointsFor(PullApply)` times (QtTest assertions). */
void killPullApply(Integration::Scenario &s, const Plan &plan, Tally &tally);

} // namespace Qadam::Crash
