#include "statemachine.h"

using namespace Qt::StringLiterals;

namespace Qadam {

const CommandSpec *StateMachine::command(const QString &name) const
{
    for (const CommandSpec &c : commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

const StateMachine *StateMachines::forEntity(const QString &entity) const
{
    for (const StateMachine &m : m_machines)
        if (m.entity == entity)
            return &m;
    return nullptr;
}

Status checkCommand(const StateMachine &machine, const CommandSpec &spec, const CommandContext &ctx)
{
    const QString state = ctx.before.fields.value(machine.stateField).toString();
    if (!spec.from.contains(state))
        return Error::make(Error::InvalidTransition, u"%1: '%2' is not allowed from '%3'"_s.arg(machine.entity, spec.name, state),
                           machine.stateField);
    if (!spec.roles.isEmpty() && !spec.roles.contains(ctx.actor.role))
        return Error::make(Error::Forbidden, u"%1: role may not '%2'"_s.arg(machine.entity, spec.name));
    for (auto it = ctx.params.cbegin(); it != ctx.params.cend(); ++it) {
        if (!spec.params.contains(it.key()) && !spec.args.contains(it.key()))
            return Error::make(Error::Invalid, u"'%1' does not take this field"_s.arg(spec.name), it.key());
    }
    for (const QString &required : spec.requiredParams) {
        const QVariant v = ctx.params.value(required);
        if (!v.isValid() || v.isNull() || v.toString().isEmpty())
            return Error::make(Error::Invalid, u"'%1' needs this field"_s.arg(spec.name), required);
    }
    return spec.guard ? spec.guard(ctx) : Status{};
}

} // namespace Qadam
