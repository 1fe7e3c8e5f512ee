#pragma once

#include "write/statemachine.h"

namespace Qadam {

// The state machines of the casework engine, one factory per record kind. The registry
// (StateMachines::builtIn, statemachines.cpp) collects them; each lives beside its rules.

/** SupervisionOrder: draft → in_force ⇄ suspended, extended, terminated, expired (orders.cpp). */
[[nodiscard]] StateMachine supervisionOrderMachine();
/** AssistanceProgramme: draft → submitted → approved → active → under_review → completed / closed (programmes.cpp). */
[[nodiscard]] StateMachine programmeMachine();
/** ProgrammeMeasure: planned → in_progress → done / cancelled / not_possible (programmes.cpp). */
[[nodiscard]] StateMachine measureMachine();
/** Referral: sent → accepted / declined → active → completed / revoked / expired (referrals.cpp). */
[[nodiscard]] StateMachine referralMachine();
/** Alert: open → acknowledged → resolved, with escalation (alerts.cpp). */
[[nodiscard]] StateMachine alertMachine();

} // namespace Qadam
