#pragma once

#include "domain/record.h"
#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace Qadam {

class Database;
class WriteService;

/** What a command's guard and effect see: who acts, the record before, the parameters given
 *  (fields to set and arguments), today's local date, and the store (read-only use in guards). */
struct CommandContext
{
    const Actor &actor;
    const Record &before;
    const QVariantMap &params;
    QDate today;
    Database &db;
    qint64 nowMs = 0;
};

/**
 * One named command of a state machine (approve, submit, extend, …): the states it may be
 * issued from, the state it leads to, the fields it may set, who may issue it, an optional guard
 * (a rule beyond the state, e.g. "not the author") and an optional effect that writes follow-up
 * records in the same transaction (e.g. a status-history entry).
 */
struct CommandSpec
{
    CommandSpec(QString commandName, QStringList fromStates, QString toState)
        : name(std::move(commandName)), from(std::move(fromStates)), to(std::move(toState))
    {
    }

    QString name;
    QStringList from;                 ///< states it may be issued from
    QString to;                       ///< resulting state; empty leaves the state as it is
    QStringList params;               ///< fields the command may set besides the state
    QStringList args;                 ///< arguments that are not fields (used by guard and effect)
    QStringList requiredParams;       ///< of params and args, the ones it must be given
    QList<Role> roles;                ///< who may issue it; empty = any role
    std::function<Status(const CommandContext &)> guard;
    /** Fields the command sets itself (approvedBy = the actor, activatedOn = today, …). */
    std::function<QVariantMap(const CommandContext &)> derive;
    /** Follow-up writes in the same transaction (status history, a new draft version, …). */
    std::function<Status(WriteService &, const CommandContext &, const Record &after)> effect;
};

/** The state machine of one entity: its state field, the states a new record may start in, and
 *  its commands. The state field changes only through commands, never through a field patch. */
struct StateMachine
{
    QString entity;
    QString stateField;
    QStringList initialStates;
    QStringList frozenStates;         ///< states in which field patches are refused (approved versions)
    QList<CommandSpec> commands;

    [[nodiscard]] const CommandSpec *command(const QString &name) const;
};

/** The registry of every state machine. Shared by the app (WriteService) and the server, which
 *  replays commands against its own current state. Immutable after construction. */
class StateMachines
{
public:
    [[nodiscard]] static const StateMachines &builtIn();
    explicit StateMachines(QList<StateMachine> machines) : m_machines(std::move(machines)) { }

    [[nodiscard]] const StateMachine *forEntity(const QString &entity) const;
    [[nodiscard]] const QList<StateMachine> &machines() const { return m_machines; }

private:
    QList<StateMachine> m_machines;
};

/** Checks that `spec` may be issued on `ctx.before` by `ctx.actor` (state, role, params, guard). */
[[nodiscard]] Status checkCommand(const StateMachine &machine, const CommandSpec &spec, const CommandContext &ctx);

} // namespace Qadam
