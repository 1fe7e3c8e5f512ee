// Alerts: acknowledge and resolve (each audited through the write path), escalate by level.
#include "commandhelpers.h"
#include "machines.h"

using namespace Qt::StringLiterals;

namespace Qadam {

StateMachine alertMachine()
{
    using namespace CommandHelpers;
    CommandSpec acknowledge{u"acknowledge"_s, {u"open"_s}, u"acknowledged"_s};
    acknowledge.derive = stamp(u"acknowledgedBy"_s, u"acknowledgedAt"_s);
    CommandSpec resolve{u"resolve"_s, {u"open"_s, u"acknowledged"_s}, u"resolved"_s};
    resolve.params = {u"resolutionNote"_s};
    resolve.requiredParams = {u"resolutionNote"_s};
    resolve.derive = stamp(u"resolvedBy"_s, u"resolvedAt"_s);
    CommandSpec escalate{u"escalate"_s, {u"open"_s, u"acknowledged"_s}, QString()};
    escalate.params = {u"escalationLevel"_s, u"routedRole"_s, u"assignedTo"_s, u"severity"_s};
    escalate.requiredParams = {u"escalationLevel"_s, u"routedRole"_s};
    return StateMachine{u"Alert"_s, u"status"_s, {u"open"_s}, {}, {acknowledge, resolve, escalate}};
}

} // namespace Qadam
