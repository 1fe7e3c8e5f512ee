#pragma once

namespace Qadam::Integration {
class Scenario;
}

namespace Qadam::Crash {

class Plan;
struct Tally;

/** Victim (c): kills the server `points` times while a device pushes, restarting it on the same
 *  store each time (QtTest assertions). */
void killServerDuringPush(Integration::Scenario &s, const Plan &plan, int points, Tally &tally);

} // namespace Qadam::Crash
