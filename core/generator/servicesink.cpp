#include "servicesink.h"

#include "write/statemachine.h"
#include "write/writeservice.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** The account that enrols the synthetic users; it never issues a command, so it needs no record. */
const QString kEnrolling = u"00000000-0000-7000-8000-00000000a0f0"_s;

/** The shortest list of commands that leads from `from` to `to`; empty when there is none. */
QList<const CommandSpec *> commandPath(const StateMachine &machine, const QString &from, const QString &to)
{
    QHash<QString, QList<const CommandSpec *>> paths { { from, {} } };
    QStringList queue { from };
    while (!queue.isEmpty()) {
        const QString state = queue.takeFirst();
        for (const CommandSpec &c : machine.commands) {
            if (c.to.isEmpty() || !c.from.contains(state) || paths.contains(c.to))
                continue;
            QList<const CommandSpec *> path = paths.value(state);
            path << &c;
            paths.insert(c.to, path);
            queue << c.to;
        }
    }
    return paths.value(to);
}

/** A value for a required command parameter the record does not hold. */
QVariant fallback(const QString &key, const QDate &today)
{
    if (key.endsWith(u"On"_s))
        return today.toString(Qt::ISODate);
    if (key == u"suspensionReason")
        return u"other"_s;
    return u"synthetic"_s;
}

} // namespace

ServiceSink::ServiceSink(Database &db, const QDate &today)
    : m_db(db)
    , m_commandMs(QDateTime(today, QTime(7, 0), Qt::UTC).toMSecsSinceEpoch()) // noon in Almaty
{ }

ServiceSink::~ServiceSink() = default;

/** The write path acting as a user of the role a command needs: a StaffUser record made for the
 *  purpose on first use, because commands stamp the actor into fields that must refer to staff. */
Result<WriteService *> ServiceSink::serviceFor(const QList<Role> &roles)
{
    const Role role
        = roles.isEmpty() || roles.contains(Role::ProbationOfficer) ? Role::ProbationOfficer : roles.first();
    auto &service = m_services[role];
    if (service)
        return service.get();
    if (!m_enrolling)
        m_enrolling
            = std::make_unique<WriteService>(m_db, m_clock, Actor { kEnrolling, Role::Administrator });
    auto id = m_enrolling->create(u"StaffUser"_s,
        { { u"displayName"_s, u"Синтетический пользователь: "_s + roleName(role) },
            { u"role"_s, roleName(role) }, { u"status"_s, u"active"_s } });
    if (!id.ok())
        return id.error();
    service = std::make_unique<WriteService>(m_db, m_clock, Actor { id.value(), role });
    return service.get();
}

Status ServiceSink::drive(const StateMachine &machine, const QList<const CommandSpec *> &path,
    const QString &id, const Record &record)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_commandMs, Qt::UTC).date();
    m_clock.set(m_commandMs);
    for (const CommandSpec *c : path) {
        QVariantMap params;
        for (const QString &key : c->params + c->args)
            if (record.fields.contains(key))
                params.insert(key, record.fields.value(key));
        for (const QString &key : c->requiredParams)
            if (!params.contains(key))
                params.insert(key, fallback(key, today));
        auto service = serviceFor(c->roles);
        if (!service.ok())
            return service.error();
        auto current = service.value()->get(machine.entity, id);
        if (!current.ok())
            return current.error();
        if (Status s = service.value()->command(machine.entity, id, current.value().version, c->name, params);
            !s.ok())
            return Error::make(
                s.code(), u"%1 '%2': %3"_s.arg(machine.entity, c->name, s.error().detail), s.error().field);
        ++m_commands;
    }
    return {};
}

Result<QString> ServiceSink::write(const EntitySpec &spec, const Record &record)
{
    m_clock.set(record.createdAt);
    const StateMachine *machine = StateMachines::builtIn().forEntity(spec.name);
    const QString target = machine ? record.fields.value(machine->stateField).toString() : QString();
    auto officer = serviceFor({});
    if (!officer.ok())
        return officer.error();
    if (!machine || machine->initialStates.contains(target))
        return officer.value()->create(spec.name, record.fields, record.createdAt);

    QList<const CommandSpec *> path;
    QString initial;
    for (const QString &state : machine->initialStates) {
        const QList<const CommandSpec *> candidate = commandPath(*machine, state, target);
        if (!candidate.isEmpty() && (path.isEmpty() || candidate.size() < path.size()))
            std::tie(path, initial) = std::make_pair(candidate, state);
    }
    if (path.isEmpty())
        return Error::make(
            Error::InvalidTransition, u"%1: no commands lead to '%2'"_s.arg(spec.name, target));
    QVariantMap fields = record.fields;
    for (const CommandSpec *c : path)
        for (const QString &key : c->params)
            fields.remove(key);
    fields.insert(machine->stateField, initial);
    auto id = officer.value()->create(spec.name, fields, record.createdAt);
    if (!id.ok())
        return id;
    if (spec.name == u"AssistanceProgramme") {
        m_deferred.append({machine, path, id.value(), record});
        return id;
    }
    if (Status s = drive(*machine, path, id.value(), record); !s.ok())
        return s.error();
    return id;
}

Status ServiceSink::settle()
{
    const QList<Deferred> pending = std::exchange(m_deferred, {});
    for (const Deferred &d : pending) {
        if (Status s = drive(*d.machine, d.path, d.id, d.record); !s.ok())
            return s;
    }
    return {};
}

} // namespace Qadam
