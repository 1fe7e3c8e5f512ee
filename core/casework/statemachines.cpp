#include "machines.h"

namespace Qadam {

const StateMachines &StateMachines::builtIn()
{
    static const StateMachines machines({
        supervisionOrderMachine(),
        programmeMachine(),
        measureMachine(),
        referralMachine(),
        alertMachine(),
    });
    return machines;
}

} // namespace Qadam
