// DeadlineAlerts: unattended appearances become missed_check_in alerts through the write path —
// one per obligation however often the pass runs, escalated from the channel's officer to the
// supervisor by working days overdue, never for excused or attended obligations, never again
// after a person resolved one, and all or nothing.
#include "casework/checkinservice.h"
#include "casework/deadlinealerts.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
const QString kUnit = u"018f0000-0000-7000-8000-00000000a001"_s;
const Actor kOfficer { u"018f0000-0000-7000-8000-00000000b001"_s, Role::ProbationOfficer };
const Actor kPolice { u"018f0000-0000-7000-8000-00000000b002"_s, Role::PoliceOfficer };
const Actor kSupervisor { u"018f0000-0000-7000-8000-00000000b003"_s, Role::Supervisor };

Record seedRecord(const QString &id, const QVariantMap &fields)
{
    Record r;
    r.id = id;
    r.version = 1;
    r.createdBy = r.updatedBy = r.originDevice = u"seed"_s;
    r.fields = fields;
    return r;
}
} // namespace

class tst_DeadlineAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void missedAppearanceAlertsOnceThenEscalates();
    void bothChannelsGoToTheirOwnOfficers();
    void excusedAndAttendedNeverAlert();
    void resolvedAlertIsNotRaisedAgain();
    void officerRecordedMissShareTheAlert();
    void lookbackKeepsOldHistoryQuiet();
    void runAllTwiceWritesNothingNew();
    void aFailedWriteLeavesNothing();

private:
    void setToday(QDate day);
    WriteService &as(const Actor &actor);
    DeadlineAlerts pass();
    QString createOrder(QDate starts, QDate ends);
    void attend(const QString &orderId, const QString &channel, QDate on);
    QList<QVariantMap> alerts();
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::map<QString, std::unique_ptr<WriteService>> m_services;
    int m_dbNumber = 0;
};

void tst_DeadlineAlerts::init()
{
    m_db = Test::openMigrated(m_dir.filePath(u"alerts-%1.db"_s.arg(++m_dbNumber)));
    QVERIFY(m_db);
    RecordStore store(*m_db);
    QVERIFY(store
                .insert(*Schema::builtIn().entity(u"Organisation"_s),
                    seedRecord(kUnit,
                        { { u"nameKk"_s, u"Пробация"_s }, { u"nameRu"_s, u"Пробация"_s },
                            { u"kind"_s, u"probation_service"_s } }))
                .ok());
    for (const Actor &a : { kOfficer, kPolice, kSupervisor })
        QVERIFY(store
                    .insert(*Schema::builtIn().entity(u"StaffUser"_s),
                        seedRecord(a.userId,
                            { { u"displayName"_s, u"Staff "_s + a.userId.right(4) },
                                { u"role"_s, roleName(a.role) }, { u"status"_s, u"active"_s },
                                { u"organisationId"_s, kUnit } }))
                    .ok());
}

void tst_DeadlineAlerts::cleanup()
{
    m_services.clear();
    m_db.reset();
}

void tst_DeadlineAlerts::setToday(QDate day)
{
    m_clock.set(QDateTime(day, QTime(12, 0), Qt::OffsetFromUTC, 5 * 3600).toMSecsSinceEpoch());
}

WriteService &tst_DeadlineAlerts::as(const Actor &actor)
{
    auto &slot = m_services[actor.userId];
    if (!slot)
        slot = std::make_unique<WriteService>(*m_db, m_clock, actor);
    return *slot;
}

DeadlineAlerts tst_DeadlineAlerts::pass()
{
    return DeadlineAlerts(*m_db, as(kOfficer), ObligationEngine(WorkCalendar::builtIn().value()));
}

QString tst_DeadlineAlerts::createOrder(QDate starts, QDate ends)
{
    auto person = as(kOfficer).create(u"Person"_s,
        { { u"surnameLat"_s, u"Testov"_s }, { u"givenNameLat"_s, u"Aidar"_s },
            { u"caseStatus"_s, u"active"_s } });
    auto order = as(kOfficer).create(u"SupervisionOrder"_s,
        { { u"personId"_s, person.value() }, { u"decisionNumber"_s, u"2-123/2026"_s },
            { u"startsOn"_s, starts }, { u"endsOn"_s, ends }, { u"status"_s, u"in_force"_s },
            { u"probationOfficerId"_s, kOfficer.userId }, { u"policeOfficerId"_s, kPolice.userId },
            { u"probationUnitId"_s, kUnit } });
    if (!order.ok())
        QTest::qFail(qPrintable(order.error().detail), __FILE__, __LINE__);
    return order.ok() ? order.value() : QString();
}

void tst_DeadlineAlerts::attend(const QString &orderId, const QString &channel, QDate on)
{
    const QString personId
        = as(kOfficer).get(u"SupervisionOrder"_s, orderId).value().fields.value(u"personId"_s).toString();
    auto id = as(kOfficer).create(u"CheckIn"_s,
        { { u"personId"_s, personId }, { u"orderId"_s, orderId }, { u"channel"_s, channel },
            { u"dueOn"_s, on }, { u"outcome"_s, u"attended"_s }, { u"occurredOn"_s, on } });
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
}

QList<QVariantMap> tst_DeadlineAlerts::alerts()
{
    QList<QVariantMap> out;
    auto stmt
        = m_db->prepare(u"SELECT id, version, status, escalation_level, routed_role, assigned_to, severity, "
                        u"obligation_key, source_entity FROM alert ORDER BY obligation_key, id"_s);
    while (stmt.value().step().value()) {
        QVariantMap row;
        for (int i = 0; i < stmt.value().columnCount(); ++i)
            row.insert(stmt.value().columnName(i), stmt.value().value(i));
        out << row;
    }
    return out;
}

qint64 tst_DeadlineAlerts::count(const QString &sql)
{
    return m_db->scalar(sql).value().toLongLong();
}

void tst_DeadlineAlerts::missedAppearanceAlertsOnceThenEscalates()
{
    const QString order = createOrder(QDate(2026, 4, 1), QDate(2026, 4, 30));
    attend(order, u"police"_s, QDate(2026, 4, 20));

    setToday(QDate(2026, 4, 30)); // due today: nothing yet
    QCOMPARE(pass().runForOrder(order).value().raised, 0);

    setToday(QDate(2026, 5, 4)); // 1 May holiday, a weekend: the first working day overdue
    auto first = pass().runForOrder(order);
    QVERIFY(first.ok());
    QCOMPARE(first.value().raised, 1);
    QCOMPARE(first.value().byStatus[int(ObligationStatus::Missed)], 1);
    QCOMPARE(alerts().size(), 1);
    QVariantMap alert = alerts().first();
    QCOMPARE(alert.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(alert.value(u"escalation_level"_s).toInt(), 0);
    QCOMPARE(alert.value(u"routed_role"_s).toString(), u"probation_officer"_s);
    QCOMPARE(alert.value(u"assigned_to"_s).toString(), kOfficer.userId);
    QCOMPARE(alert.value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(alert.value(u"obligation_key"_s).toString(), order + u":probation:2026-04"_s);
    QCOMPARE(alert.value(u"source_entity"_s).toString(), u"SupervisionOrder"_s);
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);

    auto again = pass().runForOrder(order); // the same day again: no duplicate, no write
    QCOMPARE(again.value().raised + again.value().escalated, 0);
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);

    setToday(QDate(2026, 5, 5)); // the officer acknowledges; day 2 is still the officer's
    QVERIFY(as(kOfficer).command(u"Alert"_s, alert.value(u"id"_s).toString(), 1, u"acknowledge"_s).ok());
    QCOMPARE(pass().runForOrder(order).value().escalated, 0);

    setToday(QDate(2026, 5, 6)); // the third working day overdue: the supervisor
    QCOMPARE(pass().runForOrder(order).value().escalated, 1);
    alert = alerts().first();
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(alert.value(u"status"_s).toString(), u"acknowledged"_s);
    QCOMPARE(alert.value(u"escalation_level"_s).toInt(), 1);
    QCOMPARE(alert.value(u"routed_role"_s).toString(), u"supervisor"_s);
    QCOMPARE(alert.value(u"assigned_to"_s).toString(), kSupervisor.userId);
    QCOMPARE(alert.value(u"severity"_s).toString(), u"urgent"_s);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE kind = 'command' AND command = 'escalate'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_event WHERE action = 'command:escalate'"_s), 1);

    setToday(QDate(2026, 5, 20));
    auto later = pass().runForOrder(order);
    QCOMPARE(later.value().raised + later.value().escalated, 0);
}

void tst_DeadlineAlerts::bothChannelsGoToTheirOwnOfficers()
{
    const QString order = createOrder(QDate(2026, 4, 1), QDate(2026, 4, 30));
    setToday(QDate(2026, 5, 4));
    QCOMPARE(pass().runForOrder(order).value().raised, 2);
    const QList<QVariantMap> all = alerts();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).value(u"obligation_key"_s).toString(), order + u":police:2026-04"_s);
    QCOMPARE(all.at(0).value(u"routed_role"_s).toString(), u"police_officer"_s);
    QCOMPARE(all.at(0).value(u"assigned_to"_s).toString(), kPolice.userId);
    QCOMPARE(all.at(1).value(u"routed_role"_s).toString(), u"probation_officer"_s);
    QCOMPARE(all.at(1).value(u"assigned_to"_s).toString(), kOfficer.userId);
}

void tst_DeadlineAlerts::excusedAndAttendedNeverAlert()
{
    const QString order = createOrder(QDate(2026, 4, 1), QDate(2026, 4, 30));
    attend(order, u"police"_s, QDate(2026, 4, 29));
    const QString personId
        = as(kOfficer).get(u"SupervisionOrder"_s, order).value().fields.value(u"personId"_s).toString();
    QVERIFY(as(kOfficer)
                .create(u"CheckIn"_s,
                    { { u"personId"_s, personId }, { u"orderId"_s, order }, { u"channel"_s, u"probation"_s },
                        { u"dueOn"_s, QDate(2026, 4, 30) }, { u"obligationDue"_s, QDate(2026, 4, 30) },
                        { u"outcome"_s, u"excused"_s }, { u"excuseReason"_s, u"hospital"_s },
                        { u"newDueOn"_s, QDate(2026, 5, 8) } })
                .ok());
    setToday(QDate(2026, 5, 20));
    auto report = pass().runForOrder(order);
    QVERIFY(report.ok());
    QCOMPARE(report.value().byStatus[int(ObligationStatus::Attended)], 1);
    QCOMPARE(report.value().byStatus[int(ObligationStatus::Excused)], 1);
    QCOMPARE(report.value().raised, 0);
    QCOMPARE(alerts().size(), 0);
}

void tst_DeadlineAlerts::resolvedAlertIsNotRaisedAgain()
{
    const QString order = createOrder(QDate(2026, 4, 1), QDate(2026, 4, 30));
    attend(order, u"police"_s, QDate(2026, 4, 29));
    setToday(QDate(2026, 5, 4));
    QCOMPARE(pass().runForOrder(order).value().raised, 1);
    QVERIFY(as(kOfficer)
                .command(u"Alert"_s, alerts().first().value(u"id"_s).toString(), 1, u"resolve"_s,
                    { { u"resolutionNote"_s, u"spoke with the person"_s } })
                .ok());
    setToday(QDate(2026, 5, 12));
    auto report = pass().runForOrder(order);
    QCOMPARE(report.value().raised + report.value().escalated, 0);
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(alerts().first().value(u"status"_s).toString(), u"resolved"_s);
}

void tst_DeadlineAlerts::officerRecordedMissShareTheAlert()
{
    const QString order = createOrder(QDate(2026, 4, 1), QDate(2026, 4, 30));
    attend(order, u"police"_s, QDate(2026, 4, 29));
    const QString personId
        = as(kOfficer).get(u"SupervisionOrder"_s, order).value().fields.value(u"personId"_s).toString();
    setToday(QDate(2026, 5, 4));
    auto recorded = CheckInService(*m_db, as(kOfficer))
                        .record({ { u"personId"_s, personId }, { u"orderId"_s, order },
                            { u"channel"_s, u"probation"_s }, { u"dueOn"_s, QDate(2026, 4, 30) },
                            { u"windowStart"_s, QDate(2026, 4, 1) }, { u"windowEnd"_s, QDate(2026, 4, 30) },
                            { u"outcome"_s, u"missed"_s } });
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().detail));
    QCOMPARE(alerts().size(), 1);

    auto report = pass().runForOrder(order);
    QCOMPARE(report.value().raised, 0); // the officer's alert is this obligation's
    setToday(QDate(2026, 5, 6));
    QCOMPARE(pass().runForOrder(order).value().escalated, 1);
    QCOMPARE(alerts().size(), 1);
    QCOMPARE(alerts().first().value(u"routed_role"_s).toString(), u"supervisor"_s);
}

void tst_DeadlineAlerts::lookbackKeepsOldHistoryQuiet()
{
    const QString order = createOrder(QDate(2026, 1, 1), QDate(2026, 4, 30));
    setToday(QDate(2026, 5, 4)); // 92 days back is 1 February: January's obligations stay quiet
    auto report = pass().runForOrder(order);
    QCOMPARE(report.value().byStatus[int(ObligationStatus::Missed)], 8);
    QCOMPARE(report.value().raised, 6);
    QCOMPARE(count(u"SELECT count(*) FROM alert WHERE obligation_key LIKE '%:2026-01'"_s), 0);
    QCOMPARE(
        count(u"SELECT count(*) FROM alert WHERE escalation_level = 1 AND routed_role = 'supervisor'"_s), 4);
}

void tst_DeadlineAlerts::runAllTwiceWritesNothingNew()
{
    createOrder(QDate(2026, 3, 1), QDate(2026, 4, 30));
    createOrder(QDate(2026, 4, 1), QDate(2026, 6, 30));
    setToday(QDate(2026, 5, 4));
    auto first = pass().runAll();
    QVERIFY(first.ok());
    QCOMPARE(first.value().orders, 2);
    QCOMPARE(first.value().raised, 6); // both channels: March and April of the first, April of the second
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    const qint64 events = count(u"SELECT count(*) FROM audit_event"_s);
    auto second = pass().runAll();
    QCOMPARE(second.value().raised + second.value().escalated, 0);
    QCOMPARE(count(u"SELECT count(*) FROM alert"_s), 6);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
    QCOMPARE(count(u"SELECT count(*) FROM audit_event"_s), events);
}

void tst_DeadlineAlerts::aFailedWriteLeavesNothing()
{
    attend(createOrder(QDate(2026, 4, 1), QDate(2026, 4, 30)), u"police"_s, QDate(2026, 4, 29));
    createOrder(QDate(2026, 4, 1), QDate(2026, 4, 30));
    // The police officer's record is gone (a purge on this device): the second order's police
    // alert cannot be assigned, so the pass fails — and the first order's probation alert,
    // written before it, is rolled back.
    QVERIFY(m_db->exec(u"DELETE FROM staff_user WHERE id = '%1'"_s.arg(kPolice.userId)).ok());
    setToday(QDate(2026, 5, 4));
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    auto report = pass().runAll();
    QVERIFY(!report.ok());
    QCOMPARE(report.code(), Error::Invalid);
    QCOMPARE(count(u"SELECT count(*) FROM alert"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
}

QTEST_GUILESS_MAIN(tst_DeadlineAlerts)
#include "tst_deadlinealerts.moc"
