// Tests for the state machines and WriteService::command: every invalid transition is rejected
// with a typed error and writes nothing; commands write their state, derived fields, effects,
// outbox op and audit event in one transaction.
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/clock.h"
#include "util/uuid.h"
#include "write/outbox.h"
#include "write/statemachine.h"
#include "write/writeservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
const Actor kOfficer{u"018f0000-0000-7000-8000-00000000b001"_s, Role::ProbationOfficer};
const Actor kSupervisorA{u"018f0000-0000-7000-8000-00000000b002"_s, Role::Supervisor};
const Actor kSupervisorB{u"018f0000-0000-7000-8000-00000000b003"_s, Role::Supervisor};
const Actor kCounsellor{u"018f0000-0000-7000-8000-00000000b004"_s, Role::Counsellor};
} // namespace

class tst_StateMachines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyInvalidTransitionIsRejected_data();
    void everyInvalidTransitionIsRejected();
    void stateChangesOnlyThroughCommands();
    void newRecordsStartInAnInitialState();
    void staleCommandNamesCurrentVersion();
    void unknownCommandAndForeignParams();
    void orderLifecycleKeepsHistory();
    void extendingATerminatedOrderIsRejected();
    void programmeApprovalNeverByItsAuthor();
    void approvedProgrammeIsFrozenAndRevisedAsNewDraft();
    void referralOutcomeIsMinimal();
    void alertAcknowledgeAndResolveAreAudited();

private:
    WriteService &as(const Actor &actor);
    QString createPerson();
    QString createOrder(const QString &personId);
    QString createProgramme(const QString &personId, const Actor &author);
    qint64 version(const QString &entity, const QString &id);
    QString field(const QString &entity, const QString &id, const QString &name);
    qint64 count(const QString &table);

    QTemporaryDir m_dir;
    ManualClock m_clock{1'779'950'000'000};  // 2026-05-28 11:33 in Kazakhstan (UTC+5)
    std::unique_ptr<Database> m_db;
    std::map<QString, std::unique_ptr<WriteService>> m_services;
};

void tst_StateMachines::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"sm.db"_s));
    QVERIFY(m_db);
    // The staff users the actors are, so references to them resolve.
    const EntitySpec &staff = *Schema::builtIn().entity(u"StaffUser"_s);
    for (const Actor &a : {kOfficer, kSupervisorA, kSupervisorB, kCounsellor}) {
        Record r;
        r.id = a.userId;
        r.version = 1;
        r.createdBy = r.updatedBy = r.originDevice = u"seed"_s;
        r.fields = {{u"displayName"_s, u"Staff "_s + a.userId.right(4)}, {u"role"_s, roleName(a.role)},
                    {u"status"_s, u"active"_s}};
        QVERIFY(RecordStore(*m_db).insert(staff, r).ok());
    }
}

void tst_StateMachines::cleanupTestCase()
{
    m_services.clear();
    m_db.reset();
}

WriteService &tst_StateMachines::as(const Actor &actor)
{
    auto &slot = m_services[actor.userId + roleName(actor.role)];
    if (!slot)
        slot = std::make_unique<WriteService>(*m_db, m_clock, actor);
    return *slot;
}

QString tst_StateMachines::createPerson()
{
    auto id = as(kOfficer).create(u"Person"_s, {{u"surnameLat"_s, u"Testov"_s}, {u"givenNameLat"_s, u"Aidar"_s},
                                               {u"caseStatus"_s, u"active"_s}});
    return id.ok() ? id.value() : QString();
}

QString tst_StateMachines::createOrder(const QString &personId)
{
    auto id = as(kOfficer).create(u"SupervisionOrder"_s, {{u"personId"_s, personId}, {u"decisionNumber"_s, u"2-123/2026"_s},
                                                          {u"startsOn"_s, u"2026-01-15"_s}, {u"endsOn"_s, u"2027-01-14"_s},
                                                          {u"status"_s, u"in_force"_s}});
    if (!id.ok())
        QTest::qFail(qPrintable(id.error().detail), __FILE__, __LINE__);
    return id.ok() ? id.value() : QString();
}

QString tst_StateMachines::createProgramme(const QString &personId, const Actor &author)
{
    WriteService &w = as(author);
    auto id = w.create(u"AssistanceProgramme"_s, {{u"personId"_s, personId}, {u"versionNo"_s, 1},
                                                  {u"status"_s, u"draft"_s}, {u"draftedBy"_s, author.userId}});
    if (!id.ok()) {
        QTest::qFail(qPrintable(id.error().detail), __FILE__, __LINE__);
        return {};
    }
    // The plan submit asks for: one assessed need with a goal and a measure.
    auto need = w.create(u"ProgrammeNeed"_s, {{u"personId"_s, personId}, {u"programmeId"_s, id.value()},
                                              {u"domainCode"_s, u"housing"_s}, {u"severity"_s, u"moderate"_s}});
    auto goal = w.create(u"ProgrammeGoal"_s, {{u"personId"_s, personId}, {u"programmeId"_s, id.value()},
                                              {u"needId"_s, need.value()}, {u"description"_s, u"Stable housing"_s}});
    auto measure = w.create(u"ProgrammeMeasure"_s, {{u"personId"_s, personId}, {u"programmeId"_s, id.value()},
                                                    {u"goalId"_s, goal.value()}, {u"status"_s, u"planned"_s},
                                                    {u"interventionCode"_s, u"housing_support"_s}});
    if (!measure.ok())
        QTest::qFail(qPrintable(measure.error().detail), __FILE__, __LINE__);
    return id.value();
}

qint64 tst_StateMachines::version(const QString &entity, const QString &id)
{
    return as(kOfficer).get(entity, id).value().version;
}

QString tst_StateMachines::field(const QString &entity, const QString &id, const QString &name)
{
    return as(kOfficer).get(entity, id).value().fields.value(name).toString();
}

qint64 tst_StateMachines::count(const QString &table)
{
    return m_db->scalar(u"SELECT count(*) FROM %1"_s.arg(table)).value().toLongLong();
}

void tst_StateMachines::everyInvalidTransitionIsRejected_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("state");
    int rows = 0;
    for (const StateMachine &m : StateMachines::builtIn().machines()) {
        const FieldSpec *stateField = Schema::builtIn().entity(m.entity)->field(m.stateField);
        QVERIFY(stateField);
        for (const CommandSpec &c : m.commands) {
            QVERIFY2(!c.from.isEmpty(), qPrintable(c.name));
            for (const QString &from : c.from)  // every source state is a real state
                QVERIFY2(stateField->enumValues.contains(from), qPrintable(m.entity + u':' + from));
            for (const QString &state : stateField->enumValues) {
                if (c.from.contains(state))
                    continue;
                QTest::newRow(qPrintable(u"%1 %2 from %3"_s.arg(m.entity, c.name, state))) << m.entity << c.name << state;
                ++rows;
            }
        }
    }
    QVERIFY(rows > 100);
}

void tst_StateMachines::everyInvalidTransitionIsRejected()
{
    QFETCH(QString, entity);
    QFETCH(QString, command);
    QFETCH(QString, state);
    const EntitySpec &spec = *Schema::builtIn().entity(entity);
    const StateMachine &machine = *StateMachines::builtIn().forEntity(entity);
    // A record in `state`, written below the write path (as a pull from the server would).
    Record r;
    r.id = newUuidV7(m_clock.nowMs());
    r.version = 3;
    r.hlc = 1;
    r.createdBy = r.updatedBy = r.originDevice = u"test"_s;
    r.fields = {{machine.stateField, state}, {u"personId"_s, u"018f0000-0000-7000-8000-0000000c0002"_s}};
    QVERIFY(RecordStore(*m_db).insert(spec, r).ok());
    const qint64 opsBefore = count(u"outbox"_s);
    const qint64 auditBefore = count(u"audit_event"_s);

    const CommandSpec &spec2 = *machine.command(command);
    const Actor actor = spec2.roles.isEmpty() ? kSupervisorB : Actor{kSupervisorB.userId, spec2.roles.constFirst()};
    const Status s = as(actor).command(entity, r.id, 3, command, {});
    QCOMPARE(errorCodeName(s.code()), u"InvalidTransition"_s);
    QCOMPARE(s.error().field, machine.stateField);
    QCOMPARE(version(entity, r.id), 3);
    QCOMPARE(field(entity, r.id, machine.stateField), state);
    QCOMPARE(count(u"outbox"_s), opsBefore);
    QCOMPARE(count(u"audit_event"_s), auditBefore);
}

void tst_StateMachines::stateChangesOnlyThroughCommands()
{
    const QString order = createOrder(createPerson());
    const Status s = as(kOfficer).update(u"SupervisionOrder"_s, order, 1, {{u"status"_s, u"terminated"_s}});
    QCOMPARE(s.code(), Error::InvalidTransition);
    QCOMPARE(field(u"SupervisionOrder"_s, order, u"status"_s), u"in_force"_s);
    // Other fields still patch normally.
    QVERIFY(as(kOfficer).update(u"SupervisionOrder"_s, order, 1, {{u"court"_s, u"Court No. 2"_s}}).ok());
}

void tst_StateMachines::newRecordsStartInAnInitialState()
{
    const QString person = createPerson();
    auto approved = as(kOfficer).create(u"AssistanceProgramme"_s, {{u"personId"_s, person}, {u"versionNo"_s, 1},
                                                                   {u"status"_s, u"approved"_s},
                                                                   {u"approvedBy"_s, kSupervisorA.userId},
                                                                   {u"approvedAt"_s, qint64(1)}});
    QCOMPARE(approved.code(), Error::InvalidTransition);
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM assistance_programme WHERE person_id = ?1"_s, {person}).value().toInt(), 0);
}

void tst_StateMachines::staleCommandNamesCurrentVersion()
{
    const QString order = createOrder(createPerson());
    QVERIFY(as(kOfficer).update(u"SupervisionOrder"_s, order, 1, {{u"court"_s, u"Court No. 3"_s}}).ok());
    const qint64 ops = count(u"outbox"_s);
    const Status s = as(kOfficer).command(u"SupervisionOrder"_s, order, 1, u"terminate"_s,
                                          {{u"terminatedOn"_s, u"2026-05-01"_s}, {u"terminationReason"_s, u"court"_s}});
    QCOMPARE(s.code(), Error::Conflict);
    QVERIFY2(s.error().detail.contains(u"current is 2"_s), qPrintable(s.error().detail));
    QCOMPARE(field(u"SupervisionOrder"_s, order, u"status"_s), u"in_force"_s);
    QCOMPARE(count(u"outbox"_s), ops);
}

void tst_StateMachines::unknownCommandAndForeignParams()
{
    const QString order = createOrder(createPerson());
    QCOMPARE(as(kOfficer).command(u"SupervisionOrder"_s, order, 1, u"pardon"_s).code(), Error::Invalid);
    QCOMPARE(as(kOfficer).command(u"Person"_s, order, 1, u"approve"_s).code(), Error::Invalid);
    const Status foreign = as(kOfficer).command(u"SupervisionOrder"_s, order, 1, u"extend"_s,
                                                {{u"endsOn"_s, u"2028-01-14"_s}, {u"decisionNumber"_s, u"2-9/2026"_s},
                                                 {u"personId"_s, createPerson()}});
    QCOMPARE(foreign.code(), Error::Invalid);
    QCOMPARE(foreign.error().field, u"personId"_s);
    const Status missing = as(kOfficer).command(u"SupervisionOrder"_s, order, 1, u"extend"_s, {{u"endsOn"_s, u"2028-01-14"_s}});
    QCOMPARE(missing.code(), Error::Invalid);
    QCOMPARE(missing.error().field, u"decisionNumber"_s);
    const Status shorter = as(kOfficer).command(u"SupervisionOrder"_s, order, 1, u"extend"_s,
                                                {{u"endsOn"_s, u"2026-12-31"_s}, {u"decisionNumber"_s, u"2-9/2026"_s}});
    QCOMPARE(shorter.code(), Error::Invalid);
    QCOMPARE(field(u"SupervisionOrder"_s, order, u"endsOn"_s), u"2027-01-14"_s);
}

void tst_StateMachines::orderLifecycleKeepsHistory()
{
    const QString order = createOrder(createPerson());
    WriteService &w = as(kOfficer);
    QVERIFY(w.command(u"SupervisionOrder"_s, order, 1, u"extend"_s,
                      {{u"endsOn"_s, u"2027-07-14"_s}, {u"decisionNumber"_s, u"2-77/2026"_s}, {u"reason"_s, u"court extension"_s}}).ok());
    QCOMPARE(field(u"SupervisionOrder"_s, order, u"status"_s), u"extended"_s);
    QCOMPARE(field(u"SupervisionOrder"_s, order, u"endsOn"_s), u"2027-07-14"_s);

    QVERIFY(w.command(u"SupervisionOrder"_s, order, 2, u"suspend"_s,
                      {{u"suspensionReason"_s, u"hospital"_s}, {u"startsOn"_s, u"2026-03-03"_s}}).ok());
    QCOMPARE(m_db->scalar(u"SELECT reason || ':' || starts_on || ':' || coalesce(ends_on, 'open') FROM order_suspension "
                          u"WHERE order_id = ?1"_s, {order}).value().toString(), u"hospital:2026-03-03:open"_s);
    // A suspended order must be resumed before it is extended.
    QCOMPARE(w.command(u"SupervisionOrder"_s, order, 3, u"extend"_s,
                       {{u"endsOn"_s, u"2028-01-01"_s}, {u"decisionNumber"_s, u"x"_s}}).code(), Error::InvalidTransition);
    QVERIFY(w.command(u"SupervisionOrder"_s, order, 3, u"resume"_s, {{u"endsOn"_s, u"2026-04-10"_s}}).ok());
    QCOMPARE(m_db->scalar(u"SELECT ends_on FROM order_suspension WHERE order_id = ?1"_s, {order}).value().toString(),
             u"2026-04-10"_s);
    QCOMPARE(field(u"SupervisionOrder"_s, order, u"status"_s), u"in_force"_s);

    auto history = m_db->prepare(u"SELECT coalesce(from_status, '') || '>' || to_status || '@' || effective_on "
                                 u"FROM order_status_change WHERE order_id = ?1 ORDER BY hlc"_s);
    QVERIFY(history.ok());
    history.value().bind(1, order);
    QStringList steps;
    while (history.value().step().value())
        steps << history.value().text(0);
    QCOMPARE(steps, QStringList({u"in_force>extended@2026-05-28"_s, u"extended>suspended@2026-03-03"_s,
                                 u"suspended>in_force@2026-04-11"_s}));
    // Each command travelled as a command op, each effect as its own create/patch op.
    auto ops = Outbox::list(*m_db).value();
    QStringList kinds;
    for (const OutboxOp &op : ops)
        kinds << op.entity + u':' + op.kind + (op.command.isEmpty() ? QString() : u':' + op.command);
    QVERIFY(kinds.contains(u"SupervisionOrder:command:extend"_s));
    QVERIFY(kinds.contains(u"OrderSuspension:create"_s));
    QVERIFY(kinds.contains(u"OrderSuspension:patch"_s));
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM audit_event WHERE action = 'command:suspend'"_s).value().toInt(), 1);
}

void tst_StateMachines::extendingATerminatedOrderIsRejected()
{
    const QString order = createOrder(createPerson());
    QVERIFY(as(kOfficer).command(u"SupervisionOrder"_s, order, 1, u"terminate"_s,
                                 {{u"terminatedOn"_s, u"2026-05-20"_s}, {u"terminationReason"_s, u"court decision"_s}}).ok());
    const qint64 history = count(u"order_status_change"_s);
    const Status s = as(kOfficer).command(u"SupervisionOrder"_s, order, 2, u"extend"_s,
                                          {{u"endsOn"_s, u"2028-01-01"_s}, {u"decisionNumber"_s, u"2-1/2026"_s}});
    QCOMPARE(s.code(), Error::InvalidTransition);
    QCOMPARE(field(u"SupervisionOrder"_s, order, u"endsOn"_s), u"2027-01-14"_s);
    QCOMPARE(count(u"order_status_change"_s), history);
    // An order cannot expire before its end date either.
    const QString other = createOrder(createPerson());
    QCOMPARE(as(kOfficer).command(u"SupervisionOrder"_s, other, 1, u"expire"_s).code(), Error::InvalidTransition);
}

void tst_StateMachines::programmeApprovalNeverByItsAuthor()
{
    const QString person = createPerson();
    const QString byOfficer = createProgramme(person, kOfficer);
    // Only a supervisor approves, and only a submitted programme.
    QCOMPARE(as(kSupervisorA).command(u"AssistanceProgramme"_s, byOfficer, 1, u"approve"_s).code(), Error::InvalidTransition);
    QVERIFY(as(kOfficer).command(u"AssistanceProgramme"_s, byOfficer, 1, u"submit"_s).ok());
    QCOMPARE(as(kOfficer).command(u"AssistanceProgramme"_s, byOfficer, 2, u"approve"_s).code(), Error::Forbidden);
    QCOMPARE(as(kCounsellor).command(u"AssistanceProgramme"_s, byOfficer, 2, u"approve"_s).code(), Error::Forbidden);
    QVERIFY(as(kSupervisorA).command(u"AssistanceProgramme"_s, byOfficer, 2, u"approve"_s).ok());
    QCOMPARE(field(u"AssistanceProgramme"_s, byOfficer, u"approvedBy"_s), kSupervisorA.userId);
    QCOMPARE(field(u"AssistanceProgramme"_s, byOfficer, u"approvedAt"_s).toLongLong(), m_clock.nowMs());

    // A supervisor who drafted a programme cannot approve it, even with the right role.
    const QString bySupervisor = createProgramme(person, kSupervisorA);
    QVERIFY(as(Actor{kSupervisorA.userId, Role::ProbationOfficer}).command(u"AssistanceProgramme"_s, bySupervisor, 1, u"submit"_s).ok());
    const Status own = as(kSupervisorA).command(u"AssistanceProgramme"_s, bySupervisor, 2, u"approve"_s);
    QCOMPARE(own.code(), Error::Forbidden);
    QCOMPARE(field(u"AssistanceProgramme"_s, bySupervisor, u"status"_s), u"submitted"_s);
    // Returning needs a comment.
    QCOMPARE(as(kSupervisorB).command(u"AssistanceProgramme"_s, bySupervisor, 2, u"return"_s).code(), Error::Invalid);
    QVERIFY(as(kSupervisorB).command(u"AssistanceProgramme"_s, bySupervisor, 2, u"return"_s,
                                     {{u"supervisorComment"_s, u"Add a housing goal"_s}}).ok());
    QCOMPARE(field(u"AssistanceProgramme"_s, bySupervisor, u"status"_s), u"draft"_s);
}

void tst_StateMachines::approvedProgrammeIsFrozenAndRevisedAsNewDraft()
{
    const QString person = createPerson();
    const QString v1 = createProgramme(person, kOfficer);
    QVERIFY(as(kOfficer).command(u"AssistanceProgramme"_s, v1, 1, u"submit"_s).ok());
    QVERIFY(as(kSupervisorA).command(u"AssistanceProgramme"_s, v1, 2, u"approve"_s).ok());
    QCOMPARE(as(kOfficer).update(u"AssistanceProgramme"_s, v1, 3, {{u"orderId"_s, createOrder(person)}}).code(),
             Error::InvalidTransition);
    QVERIFY(as(kOfficer).command(u"AssistanceProgramme"_s, v1, 3, u"activate"_s).ok());
    QCOMPARE(field(u"AssistanceProgramme"_s, v1, u"activatedOn"_s), u"2026-05-28"_s);
    QVERIFY(as(kOfficer).command(u"AssistanceProgramme"_s, v1, 4, u"revise"_s).ok());
    QCOMPARE(field(u"AssistanceProgramme"_s, v1, u"status"_s), u"superseded"_s);
    const QString v2 = m_db->scalar(u"SELECT id FROM assistance_programme WHERE supersedes_id = ?1"_s, {v1}).value().toString();
    QVERIFY(!v2.isEmpty());
    QCOMPARE(field(u"AssistanceProgramme"_s, v2, u"status"_s), u"draft"_s);
    QCOMPARE(field(u"AssistanceProgramme"_s, v2, u"versionNo"_s), u"2"_s);
    QCOMPARE(field(u"AssistanceProgramme"_s, v2, u"personId"_s), person);
}

void tst_StateMachines::referralOutcomeIsMinimal()
{
    const QString person = createPerson();
    auto consent = as(kOfficer).create(u"ConsentRecord"_s, {{u"personId"_s, person}, {u"purpose"_s, u"referral"_s},
                                                            {u"basis"_s, u"written"_s}, {u"givenOn"_s, u"2026-05-01"_s}});
    QVERIFY2(consent.ok(), qPrintable(consent.ok() ? QString() : consent.error().detail));
    auto referral = as(kOfficer).create(u"Referral"_s, {{u"personId"_s, person}, {u"counsellorId"_s, kCounsellor.userId},
                                                        {u"reason"_s, u"family support"_s}, {u"consentId"_s, consent.value()},
                                                        {u"status"_s, u"sent"_s}, {u"termStart"_s, u"2026-05-01"_s},
                                                        {u"termEnd"_s, u"2026-11-01"_s}});
    QVERIFY2(referral.ok(), qPrintable(referral.ok() ? QString() : referral.error().detail));
    const QString id = referral.value();
    QCOMPARE(as(kOfficer).command(u"Referral"_s, id, 1, u"accept"_s).code(), Error::Forbidden);  // the provider accepts
    QVERIFY(as(kCounsellor).command(u"Referral"_s, id, 1, u"accept"_s).ok());
    QVERIFY(as(kCounsellor).command(u"Referral"_s, id, 2, u"activate"_s).ok());
    // The outcome report takes attendance-level fields only: a note is refused.
    QCOMPARE(as(kCounsellor).command(u"Referral"_s, id, 3, u"report_outcome"_s,
                                     {{u"minimalOutcome"_s, u"engaged"_s}, {u"reason"_s, u"he said …"_s}}).code(),
             Error::Invalid);
    QVERIFY(as(kCounsellor).command(u"Referral"_s, id, 3, u"report_outcome"_s,
                                    {{u"minimalOutcome"_s, u"engaged"_s}, {u"attendedCount"_s, 4}}).ok());
    QCOMPARE(field(u"Referral"_s, id, u"attendedCount"_s), u"4"_s);
    QCOMPARE(field(u"Referral"_s, id, u"outcomeReportedOn"_s), u"2026-05-28"_s);
    QCOMPARE(as(kCounsellor).command(u"Referral"_s, id, 4, u"expire"_s).code(), Error::InvalidTransition);  // term not over
}

void tst_StateMachines::alertAcknowledgeAndResolveAreAudited()
{
    const QString person = createPerson();
    auto alert = as(kOfficer).create(u"Alert"_s, {{u"personId"_s, person}, {u"kind"_s, u"missed_check_in"_s},
                                                  {u"severity"_s, u"warning"_s}, {u"status"_s, u"open"_s},
                                                  {u"raisedOn"_s, u"2026-05-28"_s}});
    QVERIFY2(alert.ok(), qPrintable(alert.ok() ? QString() : alert.error().detail));
    QVERIFY(as(kSupervisorA).command(u"Alert"_s, alert.value(), 1, u"acknowledge"_s).ok());
    QCOMPARE(field(u"Alert"_s, alert.value(), u"acknowledgedBy"_s), kSupervisorA.userId);
    QCOMPARE(as(kSupervisorA).command(u"Alert"_s, alert.value(), 2, u"resolve"_s).code(), Error::Invalid);  // needs a note
    QVERIFY(as(kSupervisorA).command(u"Alert"_s, alert.value(), 2, u"resolve"_s, {{u"resolutionNote"_s, u"appeared next day"_s}}).ok());
    QCOMPARE(m_db->scalar(u"SELECT group_concat(action, ',') FROM (SELECT action FROM audit_event WHERE record_id = ?1 ORDER BY seq)"_s,
                          {alert.value()}).value().toString(),
             u"create,command:acknowledge,command:resolve"_s);
}

QTEST_GUILESS_MAIN(tst_StateMachines)
#include "tst_statemachines.moc"
