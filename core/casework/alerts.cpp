// Alerts: acknowledge and resolve (each audited through the write path), escalate by level.
// Who may act on an alert: the user it is assigned to, anyone holding its routed role, or a
// supervisor; never an administrator (administrators see no case content). Escalation only ever
// raises the level. AlertService (alertservice.h) raises and routes; these are its commands.
#include "commandhelpers.h"
#include "machines.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QList<Role> kCaseRoles
    = { Role::ProbationOfficer, Role::PoliceOfficer, Role::Counsellor, Role::Supervisor };

/** The actor holds the alert: assigned to them, routed to their role, unrouted, or a supervisor. */
Status holdsAlert(const CommandContext &ctx)
{
    using CommandHelpers::text;
    const QString assignee = text(ctx.before.fields, u"assignedTo"_s);
    const QString routed = text(ctx.before.fields, u"routedRole"_s);
    const bool holds = ctx.actor.role == Role::Supervisor || assignee == ctx.actor.userId
        || routed == roleName(ctx.actor.role) || (assignee.isEmpty() && routed.isEmpty());
    return holds ? Status {} : Error::make(Error::Forbidden, u"Alert: routed to another role or user"_s);
}

/** An escalation moves to a higher level, to a role that may see the case. */
Status raisesLevel(const CommandContext &ctx)
{
    const qint64 current = ctx.before.fields.value(u"escalationLevel"_s).toLongLong();
    bool ok = false;
    const qint64 next = ctx.params.value(u"escalationLevel"_s).toLongLong(&ok);
    if (!ok || next <= current)
        return Error::make(
            Error::Invalid, u"an escalation raises the level above %1"_s.arg(current), u"escalationLevel"_s);
    if (ctx.params.value(u"routedRole"_s).toString() == roleName(Role::Administrator))
        return Error::make(Error::Invalid, u"alerts are never routed to administrators"_s, u"routedRole"_s);
    return {};
}

} // namespace

StateMachine alertMachine()
{
    using namespace CommandHelpers;
    CommandSpec acknowledge { u"acknowledge"_s, { u"open"_s }, u"acknowledged"_s };
    acknowledge.roles = kCaseRoles;
    acknowledge.guard = holdsAlert;
    acknowledge.derive = stamp(u"acknowledgedBy"_s, u"acknowledgedAt"_s);
    CommandSpec resolve { u"resolve"_s, { u"open"_s, u"acknowledged"_s }, u"resolved"_s };
    resolve.params = { u"resolutionNote"_s };
    resolve.requiredParams = { u"resolutionNote"_s };
    resolve.roles = kCaseRoles;
    resolve.guard = holdsAlert;
    resolve.derive = stamp(u"resolvedBy"_s, u"resolvedAt"_s);
    CommandSpec escalate { u"escalate"_s, { u"open"_s, u"acknowledged"_s }, QString() };
    escalate.params = { u"escalationLevel"_s, u"routedRole"_s, u"assignedTo"_s, u"severity"_s };
    escalate.requiredParams = { u"escalationLevel"_s, u"routedRole"_s };
    escalate.roles = kCaseRoles;
    escalate.guard = raisesLevel;
    return StateMachine { u"Alert"_s, u"status"_s, { u"open"_s }, {}, { acknowledge, resolve, escalate } };
}

} // namespace Qadam
