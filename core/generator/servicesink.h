#pragma once

#include "domain/roles.h"
#include "recordwriter.h"
#include "util/clock.h"

#include <QDate>

#include <map>
#include <memory>

namespace Qadam {

class Database;
class WriteService;
struct CommandSpec;
struct StateMachine;

/**
 * LocalEdits mode: every generated record through the product's write path (WriteService), with
 * its validation, reference checks, state machines, outbox ops and audit events. A record whose
 * state its machine may not start in is created in an initial state, without the fields the
 * commands set, and driven to its state along the shortest command path (submit, approve,
 * activate…), each command issued by a synthetic user of the role it needs (a StaffUser made
 * for the purpose, as commands stamp the actor into staff references), on `today`. Creates
 * carry the record's business time (the clock follows it). Used on the generator's thread only.
 */
class ServiceSink final : public RecordSink
{
public:
    ServiceSink(Database &db, const QDate &today);
    ~ServiceSink() override;

    [[nodiscard]] Result<QString> write(const EntitySpec &spec, const Record &record) override;
    [[nodiscard]] bool replaysCommands() const override { return true; }
    /** Drives the programmes written since the last call to their states: a programme is submitted
     *  only once its needs, goals and measures exist, as the submit guard requires. */
    [[nodiscard]] Status settle() override;
    /** Commands issued so far (each is an outbox op and an audit event of its own). */
    [[nodiscard]] qint64 commands() const { return m_commands; }

private:
    [[nodiscard]] Result<WriteService *> serviceFor(const QList<Role> &roles);
    [[nodiscard]] Status drive(const StateMachine &machine, const QList<const CommandSpec *> &path,
        const QString &id, const Record &record);

    Database &m_db;
    ManualClock m_clock;
    qint64 m_commandMs;
    std::unique_ptr<WriteService> m_enrolling;
    std::map<Role, std::unique_ptr<WriteService>> m_services;
    qint64 m_commands = 0;
    struct Deferred { const StateMachine *machine; QList<const CommandSpec *> path; QString id; Record record; };
    QList<Deferred> m_deferred;  ///< programmes waiting for their plan before their commands
};

} // namespace Qadam
