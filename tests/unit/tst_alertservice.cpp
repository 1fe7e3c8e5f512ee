// Tests for Qadam::AlertService: routing by role to whoever holds the case, de-duplication by
// key, and acknowledge / resolve / escalate through the audited Alert commands.
#include "casework/alertservice.h"
#include "domain/referencedata.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
const QString kUnit = u"018f0000-0000-7000-8000-0000000d0001"_s;
const QString kOtherUnit = u"018f0000-0000-7000-8000-0000000d0002"_s;
const Actor kCaseOfficer { u"018f0000-0000-7000-8000-0000000c0001"_s, Role::ProbationOfficer };
const Actor kOrderOfficer { u"018f0000-0000-7000-8000-0000000c0002"_s, Role::ProbationOfficer };
const Actor kLeftOfficer { u"018f0000-0000-7000-8000-0000000c0003"_s, Role::ProbationOfficer };
const Actor kPolice { u"018f0000-0000-7000-8000-0000000c0004"_s, Role::PoliceOfficer };
const Actor kSupervisorA { u"018f0000-0000-7000-8000-0000000c0005"_s, Role::Supervisor };
const Actor kSupervisorB { u"018f0000-0000-7000-8000-0000000c0006"_s, Role::Supervisor };
const Actor kApprover { u"018f0000-0000-7000-8000-0000000c0007"_s, Role::Supervisor };
const Actor kCounsellor { u"018f0000-0000-7000-8000-0000000c0008"_s, Role::Counsellor };
const Actor kAdmin { u"018f0000-0000-7000-8000-0000000c0009"_s, Role::Administrator };

/** Fails the running test when a fixture write did not succeed. */
void must(const Status &s)
{
    if (!s.ok())
        QTest::qFail(qPrintable(u"fixture: "_s + s.error().detail), __FILE__, __LINE__);
}

/** How much of a case exists on the device. */
enum class Setup { Bare, OrderOnly, LeftOfficer, Full };
} // namespace

Q_DECLARE_METATYPE(Setup)

class tst_AlertService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void routesToTheHolderOfTheRole_data();
    void routesToTheHolderOfTheRole();
    void raiseWritesAlertOpAndAudit();
    void sameKeyRaisesOnce();
    void administratorsNeverReceiveAlerts();
    void onlyTheHolderAcknowledgesOrResolves_data();
    void onlyTheHolderAcknowledgesOrResolves();
    void escalationRaisesTheLevelAndReroutes();

private:
    WriteService &as(const Actor &actor);
    void addStaff(const Actor &actor, const QString &unit, const QString &status = u"active"_s);
    QString makeCase(Setup setup);
    QString field(const QString &alertId, const QString &name);
    qint64 rows(const QString &table);

    QTemporaryDir m_dir;
    ManualClock m_clock { 1'779'950'000'000 }; // 2026-05-28 in Kazakhstan
    std::unique_ptr<Database> m_db;
    std::map<QString, std::unique_ptr<WriteService>> m_writers;
};

void tst_AlertService::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"alerts.db"_s));
    QVERIFY(m_db);
    QVERIFY(ReferenceData::importBuiltIn(*m_db).ok());
    const EntitySpec &org = *Schema::builtIn().entity(u"Organisation"_s);
    for (const QString &id : { kUnit, kOtherUnit }) {
        Record r;
        r.id = id;
        r.version = 1;
        r.createdBy = r.updatedBy = r.originDevice = u"seed"_s;
        r.fields = { { u"nameKk"_s, u"Пробация"_s }, { u"nameRu"_s, u"Пробация"_s },
            { u"kind"_s, u"probation_service"_s } };
        QVERIFY(RecordStore(*m_db).insert(org, r).ok());
    }
    for (const Actor &a :
        { kCaseOfficer, kOrderOfficer, kPolice, kSupervisorB, kSupervisorA, kCounsellor, kAdmin })
        addStaff(a, kUnit);
    addStaff(kApprover, kOtherUnit);
    addStaff(kLeftOfficer, kUnit, u"left"_s);
}

void tst_AlertService::cleanupTestCase()
{
    m_writers.clear();
    m_db.reset();
}

void tst_AlertService::addStaff(const Actor &actor, const QString &unit, const QString &status)
{
    Record r;
    r.id = actor.userId;
    r.version = 1;
    r.createdBy = r.updatedBy = r.originDevice = u"seed"_s;
    r.fields = { { u"displayName"_s, u"Staff "_s + actor.userId.right(2) },
        { u"role"_s, roleName(actor.role) }, { u"status"_s, status }, { u"organisationId"_s, unit } };
    QVERIFY(RecordStore(*m_db).insert(*Schema::builtIn().entity(u"StaffUser"_s), r).ok());
}

WriteService &tst_AlertService::as(const Actor &actor)
{
    auto &slot = m_writers[actor.userId];
    if (!slot)
        slot = std::make_unique<WriteService>(*m_db, m_clock, actor);
    return *slot;
}

/** A person, and as much of their case as `setup` asks for. */
QString tst_AlertService::makeCase(Setup setup)
{
    WriteService &w = as(kCaseOfficer);
    QVariantMap person = { { u"surnameLat"_s, u"Nurlanov"_s }, { u"givenNameLat"_s, u"Daulet"_s },
        { u"caseStatus"_s, u"active"_s } };
    if (setup == Setup::Full)
        person.insert(u"caseOfficerId"_s, kCaseOfficer.userId);
    if (setup == Setup::LeftOfficer)
        person.insert(u"caseOfficerId"_s, kLeftOfficer.userId);
    const QString id = w.create(u"Person"_s, person).value();
    if (setup == Setup::Bare)
        return id;
    must(Status::of(w.create(u"SupervisionOrder"_s,
        { { u"personId"_s, id }, { u"startsOn"_s, u"2026-01-10"_s }, { u"status"_s, u"in_force"_s },
            { u"probationUnitId"_s, kUnit }, { u"probationOfficerId"_s, kOrderOfficer.userId },
            { u"policeOfficerId"_s, kPolice.userId } })));
    if (setup != Setup::Full)
        return id;
    const QString programme = w.create(u"AssistanceProgramme"_s,
                                   { { u"personId"_s, id }, { u"versionNo"_s, 1 },
                                       { u"status"_s, u"draft"_s }, { u"draftedBy"_s, kCaseOfficer.userId } })
                                  .value();
    const QString need = w.create(u"ProgrammeNeed"_s,
                              { { u"personId"_s, id }, { u"programmeId"_s, programme },
                                  { u"domainCode"_s, u"housing"_s }, { u"severity"_s, u"high"_s } })
                             .value();
    const QString goal = w.create(u"ProgrammeGoal"_s,
                              { { u"personId"_s, id }, { u"programmeId"_s, programme }, { u"needId"_s, need },
                                  { u"description"_s, u"A stable home"_s } })
                             .value();
    must(Status::of(w.create(u"ProgrammeMeasure"_s,
        { { u"personId"_s, id }, { u"programmeId"_s, programme }, { u"goalId"_s, goal },
            { u"interventionCode"_s, u"housing_support"_s }, { u"status"_s, u"planned"_s },
            { u"dueOn"_s, u"2026-07-01"_s } })));
    must(w.command(u"AssistanceProgramme"_s, programme, 1, u"submit"_s));
    must(as(kApprover).command(u"AssistanceProgramme"_s, programme, 2, u"approve"_s));
    const QString consent = w.create(u"ConsentRecord"_s,
                                 { { u"personId"_s, id }, { u"purpose"_s, u"referral"_s },
                                     { u"basis"_s, u"written"_s }, { u"givenOn"_s, u"2026-02-01"_s } })
                                .value();
    const QString referral = w.create(u"Referral"_s,
                                  { { u"personId"_s, id }, { u"counsellorId"_s, kCounsellor.userId },
                                      { u"reason"_s, u"family support"_s }, { u"consentId"_s, consent },
                                      { u"status"_s, u"sent"_s } })
                                 .value();
    must(as(kCounsellor).command(u"Referral"_s, referral, 1, u"accept"_s));
    must(as(kCounsellor).command(u"Referral"_s, referral, 2, u"activate"_s));
    return id;
}

QString tst_AlertService::field(const QString &alertId, const QString &name)
{
    return as(kSupervisorA).get(u"Alert"_s, alertId).value().fields.value(name).toString();
}

qint64 tst_AlertService::rows(const QString &table)
{
    return m_db->scalar(u"SELECT count(*) FROM %1"_s.arg(table)).value().toLongLong();
}

void tst_AlertService::routesToTheHolderOfTheRole_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("expected");
    const int probation = int(Role::ProbationOfficer), supervisor = int(Role::Supervisor);
    QTest::newRow("probation: the case officer") << Setup::Full << probation << kCaseOfficer.userId;
    QTest::newRow("probation: the order's officer without a case officer")
        << Setup::OrderOnly << probation << kOrderOfficer.userId;
    QTest::newRow("probation: a case officer who left is passed over")
        << Setup::LeftOfficer << probation << kOrderOfficer.userId;
    QTest::newRow("police: the order's police officer")
        << Setup::Full << int(Role::PoliceOfficer) << kPolice.userId;
    QTest::newRow("supervisor: who approved the programme") << Setup::Full << supervisor << kApprover.userId;
    QTest::newRow("supervisor: the unit's, lowest id, without a programme")
        << Setup::OrderOnly << supervisor << kSupervisorA.userId;
    QTest::newRow("counsellor: the active referral's")
        << Setup::Full << int(Role::Counsellor) << kCounsellor.userId;
    QTest::newRow("nobody holds a bare case: the role's queue") << Setup::Bare << supervisor << QString();
}

void tst_AlertService::routesToTheHolderOfTheRole()
{
    QFETCH(Setup, setup);
    QFETCH(int, role);
    QFETCH(QString, expected);
    const QString person = makeCase(setup);
    AlertService alerts(*m_db, as(kCaseOfficer));
    auto raised = alerts.raise(u"review_due"_s, u"info"_s, person, {}, Role(role));
    QVERIFY2(raised.ok(), qPrintable(raised.ok() ? QString() : raised.error().detail));
    QVERIFY(raised.value().created);
    QCOMPARE(raised.value().assignedTo, expected);
    QCOMPARE(field(raised.value().id, u"assignedTo"_s), expected);
    QCOMPARE(field(raised.value().id, u"routedRole"_s), roleName(Role(role)));
}

void tst_AlertService::raiseWritesAlertOpAndAudit()
{
    const QString person = makeCase(Setup::Full);
    const qint64 ops = rows(u"outbox"_s);
    AlertRequest request;
    request.kind = u"overdue_measure"_s;
    request.severity = u"warning"_s;
    request.personId = person;
    request.source = { u"Person"_s, person };
    request.dueOn = QDate(2026, 6, 4);
    auto raised = AlertService(*m_db, as(kCaseOfficer)).raise(request);
    QVERIFY(raised.ok());
    const QString id = raised.value().id;
    QCOMPARE(field(id, u"status"_s), u"open"_s);
    QCOMPARE(field(id, u"raisedOn"_s), u"2026-05-28"_s);
    QCOMPARE(field(id, u"dueOn"_s), u"2026-06-04"_s);
    QCOMPARE(field(id, u"sourceEntity"_s), u"Person"_s);
    QCOMPARE(field(id, u"escalationLevel"_s), u"0"_s);
    QCOMPARE(rows(u"outbox"_s), ops + 1);
    QCOMPARE(
        m_db->scalar(u"SELECT action FROM audit_event WHERE record_id = ?1"_s, { id }).value().toString(),
        u"create"_s);
    // A due date before today is refused by the alert's own rule, and nothing is written.
    request.dueOn = QDate(2026, 5, 1);
    QCOMPARE(AlertService(*m_db, as(kCaseOfficer)).raise(request).code(), Error::Invalid);
    QCOMPARE(rows(u"outbox"_s), ops + 1);
}

void tst_AlertService::sameKeyRaisesOnce()
{
    const QString person = makeCase(Setup::OrderOnly);
    const QString order = m_db->scalar(u"SELECT id FROM supervision_order WHERE person_id = ?1"_s, { person })
                              .value()
                              .toString();
    const QString key = order + u":police:2026-04"_s; // as the deadline engine's Obligation::key() has it
    AlertService alerts(*m_db, as(kPolice));
    AlertRequest request { u"missed_check_in"_s, u"warning"_s, person, {}, Role::PoliceOfficer, {}, {}, key,
        0 };
    auto first = alerts.raise(request);
    QVERIFY(first.ok() && first.value().created);
    QCOMPARE(first.value().assignedTo, kPolice.userId);
    auto again = alerts.raise(request);
    QVERIFY(again.ok());
    QVERIFY(!again.value().created);
    QCOMPARE(again.value().id, first.value().id);
    // A resolved alert still stands for its occurrence: the engine's next pass raises nothing.
    QVERIFY(alerts.resolve(first.value().id, 1, u"appeared on 2 May"_s).ok());
    QCOMPARE(alerts.raise(request).value().id, first.value().id);
    QCOMPARE(
        m_db->scalar(u"SELECT count(*) FROM alert WHERE obligation_key = ?1"_s, { key }).value().toInt(), 1);
    // The key is per person: another case with the same key gets its own alert.
    request.personId = makeCase(Setup::OrderOnly);
    QVERIFY(alerts.raise(request).value().created);
}

void tst_AlertService::administratorsNeverReceiveAlerts()
{
    const QString person = makeCase(Setup::Full);
    const qint64 alertsBefore = rows(u"alert"_s);
    AlertService alerts(*m_db, as(kCaseOfficer));
    auto raised = alerts.raise(u"other"_s, u"info"_s, person, {}, Role::Administrator);
    QCOMPARE(raised.code(), Error::Invalid);
    QCOMPARE(raised.error().field, u"routedRole"_s);
    QCOMPARE(alerts.holderOf(person, Role::Administrator).code(), Error::Invalid);
    QCOMPARE(rows(u"alert"_s), alertsBefore);
}

void tst_AlertService::onlyTheHolderAcknowledgesOrResolves_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("expected"); // -1: allowed
    QTest::newRow("acknowledge: the assignee") << u"acknowledge"_s << kCaseOfficer.userId << -1;
    QTest::newRow("acknowledge: another user of the routed role")
        << u"acknowledge"_s << kOrderOfficer.userId << -1;
    QTest::newRow("acknowledge: a supervisor") << u"acknowledge"_s << kSupervisorB.userId << -1;
    QTest::newRow("acknowledge: police, not routed to them")
        << u"acknowledge"_s << kPolice.userId << int(Error::Forbidden);
    QTest::newRow("acknowledge: a counsellor")
        << u"acknowledge"_s << kCounsellor.userId << int(Error::Forbidden);
    QTest::newRow("acknowledge: an administrator")
        << u"acknowledge"_s << kAdmin.userId << int(Error::Forbidden);
    QTest::newRow("resolve: the assignee") << u"resolve"_s << kCaseOfficer.userId << -1;
    QTest::newRow("resolve: a supervisor") << u"resolve"_s << kSupervisorA.userId << -1;
    QTest::newRow("resolve: police, not routed to them")
        << u"resolve"_s << kPolice.userId << int(Error::Forbidden);
    QTest::newRow("resolve: an administrator") << u"resolve"_s << kAdmin.userId << int(Error::Forbidden);
}

void tst_AlertService::onlyTheHolderAcknowledgesOrResolves()
{
    QFETCH(QString, command);
    QFETCH(QString, actor);
    QFETCH(int, expected);
    const QString person = makeCase(Setup::Full);
    const QString id = AlertService(*m_db, as(kCaseOfficer))
                           .raise(u"overdue_measure"_s, u"warning"_s, person, {}, Role::ProbationOfficer)
                           .value()
                           .id;
    Actor who;
    for (const Actor &a :
        { kCaseOfficer, kOrderOfficer, kSupervisorA, kSupervisorB, kPolice, kCounsellor, kAdmin })
        if (a.userId == actor)
            who = a;
    AlertService alerts(*m_db, as(who));
    const qint64 audit = rows(u"audit_event"_s);
    const Status s = command == u"acknowledge" ? alerts.acknowledge(id, 1) : alerts.resolve(id, 1, u"done"_s);
    if (expected >= 0) {
        QCOMPARE(int(s.code()), expected);
        QCOMPARE(field(id, u"status"_s), u"open"_s);
        QCOMPARE(rows(u"audit_event"_s), audit);
        return;
    }
    QVERIFY2(s.ok(), qPrintable(s.error().detail));
    const QString by = command == u"acknowledge" ? u"acknowledgedBy"_s : u"resolvedBy"_s;
    QCOMPARE(field(id, by), actor);
    QCOMPARE(field(id, u"status"_s), command == u"acknowledge" ? u"acknowledged"_s : u"resolved"_s);
    QCOMPARE(
        m_db->scalar(
                u"SELECT action || '/' || actor_id FROM audit_event WHERE record_id = ?1 ORDER BY seq DESC"_s,
                { id })
            .value()
            .toString(),
        u"command:%1/%2"_s.arg(command, actor));
}

void tst_AlertService::escalationRaisesTheLevelAndReroutes()
{
    const QString person = makeCase(Setup::OrderOnly);
    AlertService alerts(*m_db, as(kOrderOfficer));
    const QString id
        = alerts.raise(u"missed_check_in"_s, u"warning"_s, person, {}, Role::ProbationOfficer).value().id;
    QCOMPARE(field(id, u"assignedTo"_s), kOrderOfficer.userId);
    QVERIFY(alerts.acknowledge(id, 1).ok());
    QVERIFY(alerts.escalate(id, 2, 1, Role::Supervisor, u"urgent"_s).ok());
    QCOMPARE(field(id, u"routedRole"_s), u"supervisor"_s);
    QCOMPARE(field(id, u"assignedTo"_s), kSupervisorA.userId);
    QCOMPARE(field(id, u"escalationLevel"_s), u"1"_s);
    QCOMPARE(field(id, u"severity"_s), u"urgent"_s);
    // The same level again, a lower one, or an administrator: refused, nothing changes.
    QCOMPARE(alerts.escalate(id, 3, 1, Role::Supervisor).code(), Error::Invalid);
    QCOMPARE(alerts.escalate(id, 3, 0, Role::ProbationOfficer).code(), Error::Invalid);
    QCOMPARE(alerts.escalate(id, 3, 2, Role::Administrator).code(), Error::Invalid);
    QCOMPARE(as(kOrderOfficer).get(u"Alert"_s, id).value().version, 3);
    QCOMPARE(
        m_db->scalar(
                u"SELECT count(*) FROM audit_event WHERE record_id = ?1 AND action = 'command:escalate'"_s,
                { id })
            .value()
            .toInt(),
        1);
}

QTEST_GUILESS_MAIN(tst_AlertService)
#include "tst_alertservice.moc"
