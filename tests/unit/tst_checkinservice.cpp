// Tests for Qadam::CheckInService: the two appearance channels of PEC Art. 172 part 9, what
// each may carry, the order it belongs to, and the missed-appearance alert.
#include "casework/accesspolicy.h"
#include "casework/checkinservice.h"
#include "casework/obligations.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
const Actor kProbation { u"018f0000-0000-7000-8000-0000000f0001"_s, Role::ProbationOfficer };
const Actor kPolice { u"018f0000-0000-7000-8000-0000000f0002"_s, Role::PoliceOfficer };
const Actor kSupervisor { u"018f0000-0000-7000-8000-0000000f0003"_s, Role::Supervisor };
const Actor kCounsellor { u"018f0000-0000-7000-8000-0000000f0004"_s, Role::Counsellor };

/** The April 2026 appearance of one channel, in its calendar-month window. */
QVariantMap april(const QString &channel, const QString &outcome)
{
    QVariantMap m = { { u"channel"_s, channel }, { u"outcome"_s, outcome }, { u"dueOn"_s, u"2026-04-30"_s },
        { u"windowStart"_s, u"2026-04-01"_s }, { u"windowEnd"_s, u"2026-04-30"_s } };
    if (outcome == u"attended")
        m.insert(u"occurredOn"_s, u"2026-04-28"_s);
    if (outcome == u"attended" && channel == u"probation")
        m.insert(u"summary"_s, u"Passport application filed with the legal aid centre"_s);
    if (outcome == u"excused")
        m.insert({ { u"excuseReason"_s, u"in hospital"_s }, { u"newDueOn"_s, u"2026-05-12"_s } });
    return m;
}
} // namespace

class tst_CheckInService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void attendedSatisfiesItsObligation();
    void policeNoteMeansTheConversationTookPlace();
    void appearanceOutsideTheWindowSatisfiesNothing();
    void excusedKeepsReasonAndNewDate();
    void rejectedCheckInWritesNothing_data();
    void rejectedCheckInWritesNothing();
    void missedAlertsTheChannelOfficer_data();
    void missedAlertsTheChannelOfficer();
    void oneAlertPerObligation();
    void checkInAndAlertAreOneTransaction();
    void missedPathPassesTheAccessPolicy();
    void correctionToMissedAlertsOnce();

private:
    WriteService &as(const Actor &actor);
    QString order(const QString &personId, const QString &status = u"in_force"_s);
    Result<RecordedCheckIn> record(const Actor &actor, QVariantMap fields, const QString &orderId = {});
    qint64 rows(const QString &table)
    {
        return m_db->scalar(u"SELECT count(*) FROM "_s + table).value().toLongLong();
    }
    QVariantMap checkIn(const QString &id) { return as(kSupervisor).get(u"CheckIn"_s, id).value().fields; }
    QString alertField(const QString &id, const QString &name)
    {
        return as(kSupervisor).get(u"Alert"_s, id).value().fields.value(name).toString();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock { 1'779'950'000'000 }; // 2026-05-28 in Kazakhstan
    std::unique_ptr<Database> m_db;
    std::map<QString, std::unique_ptr<WriteService>> m_writers;
    QString m_person, m_other, m_order;
    QMap<QString, QString> m_orders; ///< named orders the rejection rows refer to
};

WriteService &tst_CheckInService::as(const Actor &actor)
{
    auto &slot = m_writers[actor.userId];
    if (!slot)
        slot = std::make_unique<WriteService>(*m_db, m_clock, actor);
    return *slot;
}

void tst_CheckInService::initTestCase()
{
    m_db = Test::openMigrated(m_dir.filePath(u"checkins.db"_s));
    QVERIFY(m_db);
    for (const Actor &a : { kProbation, kPolice, kSupervisor, kCounsellor }) {
        Record r;
        r.id = a.userId;
        r.version = 1;
        r.createdBy = r.updatedBy = r.originDevice = u"seed"_s;
        r.fields = { { u"displayName"_s, u"Officer "_s + roleName(a.role) }, { u"role"_s, roleName(a.role) },
            { u"status"_s, u"active"_s } };
        QVERIFY(RecordStore(*m_db).insert(*Schema::builtIn().entity(u"StaffUser"_s), r).ok());
    }
    WriteService &w = as(kProbation);
    const QVariantMap person = { { u"surnameCyr"_s, u"Қасымов"_s }, { u"givenNameCyr"_s, u"Ерболат"_s },
        { u"caseStatus"_s, u"active"_s }, { u"caseOfficerId"_s, kProbation.userId } };
    m_person = w.create(u"Person"_s, person).value();
    m_other = w.create(u"Person"_s, person).value();
    m_order = order(m_person);
    m_orders = { { u"other person's"_s, order(m_other) }, { u"draft"_s, order(m_person, u"draft"_s) },
        { u"suspended in March"_s, order(m_person) }, { u"terminated mid-April"_s, order(m_person) } };
    QVERIFY(w.create(u"OrderSuspension"_s,
                 { { u"personId"_s, m_person }, { u"orderId"_s, m_orders[u"suspended in March"_s] },
                     { u"reason"_s, u"hospital"_s }, { u"startsOn"_s, u"2026-03-03"_s },
                     { u"endsOn"_s, u"2026-03-20"_s } })
                .ok());
    QVERIFY(w.command(u"SupervisionOrder"_s, m_orders[u"terminated mid-April"_s], 1, u"terminate"_s,
                 { { u"terminatedOn"_s, u"2026-04-15"_s }, { u"terminationReason"_s, u"court decision"_s } })
                .ok());
}

void tst_CheckInService::cleanupTestCase()
{
    m_writers.clear();
    m_db.reset();
}

QString tst_CheckInService::order(const QString &personId, const QString &status)
{
    auto id = as(kProbation)
                  .create(u"SupervisionOrder"_s,
                      { { u"personId"_s, personId }, { u"decisionNumber"_s, u"2-41/2026"_s },
                          { u"startsOn"_s, u"2026-01-10"_s }, { u"endsOn"_s, u"2026-12-31"_s },
                          { u"status"_s, status }, { u"policeOfficerId"_s, kPolice.userId },
                          { u"probationOfficerId"_s, kProbation.userId } });
    if (!id.ok())
        QTest::qFail(qPrintable(id.error().detail), __FILE__, __LINE__);
    return id.ok() ? id.value() : QString();
}

Result<RecordedCheckIn> tst_CheckInService::record(
    const Actor &actor, QVariantMap fields, const QString &orderId)
{
    fields.insert(u"personId"_s, m_person);
    fields.insert(u"orderId"_s, orderId.isEmpty() ? m_order : orderId);
    return CheckInService(*m_db, as(actor)).record(fields);
}

void tst_CheckInService::attendedSatisfiesItsObligation()
{
    const qint64 ops = rows(u"outbox"_s), alerts = rows(u"alert"_s);
    auto recorded = record(kProbation, april(u"probation"_s, u"attended"_s));
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().detail));
    QVERIFY(recorded.value().alertId.isEmpty());
    const QVariantMap f = checkIn(recorded.value().checkInId);
    QCOMPARE(f.value(u"obligationDue"_s).toString(), u"2026-04-30"_s);
    QCOMPARE(f.value(u"occurredOn"_s).toString(), u"2026-04-28"_s);
    QVERIFY(!f.value(u"summary"_s).toString().isEmpty());
    QCOMPARE(rows(u"outbox"_s), ops + 1);
    QCOMPARE(rows(u"alert"_s), alerts);
    QCOMPARE(
        m_db->scalar(u"SELECT action FROM audit_event WHERE record_id = ?1"_s, { recorded.value().checkInId })
            .value()
            .toString(),
        u"create"_s);
    // Attended on the due date itself satisfies it too, and a supervisor may record either channel.
    QVariantMap onTheDay = april(u"police"_s, u"attended"_s);
    onTheDay.insert(u"occurredOn"_s, u"2026-04-30"_s);
    auto bySupervisor = record(kSupervisor, onTheDay);
    QVERIFY(bySupervisor.ok());
    QCOMPARE(checkIn(bySupervisor.value().checkInId).value(u"obligationDue"_s).toString(), u"2026-04-30"_s);
}

void tst_CheckInService::policeNoteMeansTheConversationTookPlace()
{
    QVariantMap police = april(u"police"_s, u"attended"_s);
    police.insert(u"preventiveConversationNote"_s, u"Discussed the restrictions of the order"_s);
    auto recorded = record(kPolice, police);
    QVERIFY(recorded.ok());
    const QVariantMap f = checkIn(recorded.value().checkInId);
    QCOMPARE(f.value(u"preventiveConversation"_s).toLongLong(), 1);
    QVERIFY(f.value(u"summary"_s).isNull());
}

void tst_CheckInService::appearanceOutsideTheWindowSatisfiesNothing()
{
    QVariantMap late = april(u"probation"_s, u"attended"_s);
    late.insert(u"occurredOn"_s, u"2026-05-04"_s);
    auto recorded = record(kProbation, late);
    QVERIFY(recorded.ok());
    QVERIFY(checkIn(recorded.value().checkInId).value(u"obligationDue"_s).isNull());
    QVariantMap early = april(u"probation"_s, u"attended"_s);
    early.insert(u"occurredOn"_s, u"2026-03-31"_s);
    QVERIFY(record(kProbation, early).ok());
}

void tst_CheckInService::excusedKeepsReasonAndNewDate()
{
    const qint64 alerts = rows(u"alert"_s);
    auto recorded = record(kProbation, april(u"probation"_s, u"excused"_s));
    QVERIFY(recorded.ok());
    const QVariantMap f = checkIn(recorded.value().checkInId);
    QCOMPARE(f.value(u"newDueOn"_s).toString(), u"2026-05-12"_s);
    QCOMPARE(f.value(u"excuseReason"_s).toString(), u"in hospital"_s);
    QVERIFY(f.value(u"occurredOn"_s).isNull());
    QCOMPARE(rows(u"alert"_s), alerts);
}

void tst_CheckInService::rejectedCheckInWritesNothing_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const QString probation = kProbation.userId, police = kPolice.userId;
    const int invalid = int(Error::Invalid);
    const auto change = [](QVariantMap m, const QVariantMap &changes) {
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            it.value().isNull() ? (void)m.remove(it.key()) : (void)m.insert(it.key(), it.value());
        return m;
    };
    const QVariantMap attendedP = april(u"probation"_s, u"attended"_s),
                      attendedPol = april(u"police"_s, u"attended"_s);
    const QVariantMap missedPol = april(u"police"_s, u"missed"_s),
                      excusedP = april(u"probation"_s, u"excused"_s);
    const QVariant drop; // a null value removes the field
    QTest::newRow("a police note on a probation check-in")
        << probation << change(attendedP, { { u"preventiveConversationNote"_s, u"talked"_s } }) << QString()
        << invalid << u"preventiveConversationNote"_s;
    QTest::newRow("a preventive conversation on a probation check-in")
        << probation << change(attendedP, { { u"preventiveConversation"_s, true } }) << QString() << invalid
        << u"preventiveConversation"_s;
    QTest::newRow("a probation summary on a police check-in")
        << police << change(attendedPol, { { u"summary"_s, u"assistance received"_s } }) << QString()
        << invalid << u"summary"_s;
    QTest::newRow("a police note saying no conversation took place")
        << police
        << change(attendedPol,
               { { u"preventiveConversationNote"_s, u"x"_s }, { u"preventiveConversation"_s, false } })
        << QString() << invalid << u"preventiveConversation"_s;
    QTest::newRow("attended without a date") << probation << change(attendedP, { { u"occurredOn"_s, drop } })
                                             << QString() << invalid << u"occurredOn"_s;
    QTest::newRow("attended in the future")
        << probation
        << change(attendedP,
               { { u"dueOn"_s, u"2026-05-29"_s }, { u"windowStart"_s, u"2026-05-01"_s },
                   { u"windowEnd"_s, u"2026-05-31"_s }, { u"occurredOn"_s, u"2026-05-29"_s } })
        << QString() << invalid << u"occurredOn"_s;
    QTest::newRow("missed with an occurrence date")
        << police << change(missedPol, { { u"occurredOn"_s, u"2026-04-30"_s } }) << QString() << invalid
        << u"occurredOn"_s;
    QTest::newRow("missed before its window closed")
        << police
        << change(missedPol,
               { { u"dueOn"_s, u"2026-05-27"_s }, { u"windowStart"_s, u"2026-05-01"_s },
                   { u"windowEnd"_s, u"2026-05-31"_s } })
        << QString() << invalid << u"outcome"_s;
    QTest::newRow("excused without a new date") << probation << change(excusedP, { { u"newDueOn"_s, drop } })
                                                << QString() << invalid << u"newDueOn"_s;
    QTest::newRow("excused to a date before the due date")
        << probation << change(excusedP, { { u"newDueOn"_s, u"2026-04-20"_s } }) << QString() << invalid
        << u"newDueOn"_s;
    QTest::newRow("excused without a reason")
        << probation << change(excusedP, { { u"excuseReason"_s, drop } }) << QString() << invalid
        << u"excuseReason"_s;
    QTest::newRow("an excuse on an attended appearance")
        << probation << change(attendedP, { { u"excuseReason"_s, u"late bus"_s } }) << QString() << invalid
        << u"excuseReason"_s;
    QTest::newRow("a new date on a missed appearance")
        << police << change(missedPol, { { u"newDueOn"_s, u"2026-05-12"_s } }) << QString() << invalid
        << u"newDueOn"_s;
    QTest::newRow("a due date outside its window")
        << probation << change(attendedP, { { u"dueOn"_s, u"2026-05-04"_s } }) << QString() << invalid
        << u"dueOn"_s;
    QTest::newRow("a late appearance claiming the obligation")
        << probation
        << change(
               attendedP, { { u"occurredOn"_s, u"2026-05-04"_s }, { u"obligationDue"_s, u"2026-04-30"_s } })
        << QString() << invalid << u"obligationDue"_s;
    QTest::newRow("no order") << police << missedPol << u"none"_s << invalid << u"orderId"_s;
    QTest::newRow("another person's order")
        << police << missedPol << u"other person's"_s << invalid << u"orderId"_s;
    QTest::newRow("a draft order") << police << missedPol << u"draft"_s << invalid << u"orderId"_s;
    QTest::newRow("after the order's termination")
        << police << missedPol << u"terminated mid-April"_s << invalid << u"orderId"_s;
    QTest::newRow("before the order starts")
        << police
        << change(missedPol, { { u"dueOn"_s, u"2026-01-09"_s }, { u"windowStart"_s, u"2026-01-01"_s } })
        << QString() << invalid << u"orderId"_s;
    QTest::newRow("while the order was suspended")
        << probation
        << change(attendedP,
               { { u"dueOn"_s, u"2026-03-31"_s }, { u"windowStart"_s, u"2026-03-01"_s },
                   { u"windowEnd"_s, u"2026-03-31"_s }, { u"occurredOn"_s, u"2026-03-10"_s } })
        << u"suspended in March"_s << invalid << u"orderId"_s;
    QTest::newRow("an unknown channel") << probation << change(attendedP, { { u"channel"_s, u"court"_s } })
                                        << QString() << invalid << u"channel"_s;
    QTest::newRow("a counsellor records an appearance")
        << kCounsellor.userId << attendedP << QString() << int(Error::Forbidden) << u"channel"_s;
    QTest::newRow("police record the probation channel")
        << police << attendedP << QString() << int(Error::Forbidden) << u"channel"_s;
    QTest::newRow("probation records the police channel")
        << probation << missedPol << QString() << int(Error::Forbidden) << u"channel"_s;
}

void tst_CheckInService::rejectedCheckInWritesNothing()
{
    QFETCH(QString, actor);
    QFETCH(QVariantMap, fields);
    QFETCH(QString, order);
    QFETCH(int, code);
    QFETCH(QString, field);
    Actor who;
    for (const Actor &a : { kProbation, kPolice, kSupervisor, kCounsellor })
        if (a.userId == actor)
            who = a;
    const QStringList tables = { u"check_in"_s, u"alert"_s, u"outbox"_s, u"audit_event"_s };
    QList<qint64> before;
    for (const QString &t : tables)
        before << rows(t);
    fields.insert(u"personId"_s, m_person);
    fields.insert(u"orderId"_s,
        order == u"none"      ? QString()
            : order.isEmpty() ? m_order
                              : m_orders.value(order));
    auto recorded = CheckInService(*m_db, as(who)).record(fields);
    QVERIFY(!recorded.ok());
    QCOMPARE(errorCodeName(recorded.code()), errorCodeName(Error::Code(code)));
    QCOMPARE(recorded.error().field, field);
    for (int i = 0; i < tables.size(); ++i)
        QCOMPARE(rows(tables.at(i)), before.at(i));
}

void tst_CheckInService::missedAlertsTheChannelOfficer_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("dueOn");
    QTest::addColumn<QString>("officer");
    QTest::newRow("police: the order's police officer") << u"police"_s << u"2026-02-27"_s << kPolice.userId;
    QTest::newRow("probation: the case officer") << u"probation"_s << u"2026-02-27"_s << kProbation.userId;
}

void tst_CheckInService::missedAlertsTheChannelOfficer()
{
    QFETCH(QString, channel);
    QFETCH(QString, dueOn);
    QFETCH(QString, officer);
    const QVariantMap missed = { { u"channel"_s, channel }, { u"outcome"_s, u"missed"_s },
        { u"dueOn"_s, dueOn }, { u"windowStart"_s, u"2026-02-01"_s }, { u"windowEnd"_s, u"2026-02-28"_s },
        { u"followUp"_s, u"Phone the person and the family"_s } };
    auto recorded = record(channel == u"police" ? kPolice : kProbation, missed);
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().detail));
    QVERIFY(recorded.value().alertCreated);
    const QString alert = recorded.value().alertId;
    QCOMPARE(alertField(alert, u"kind"_s), u"missed_check_in"_s);
    QCOMPARE(alertField(alert, u"severity"_s), u"warning"_s);
    QCOMPARE(alertField(alert, u"assignedTo"_s), officer);
    QCOMPARE(alertField(alert, u"routedRole"_s), channel + u"_officer"_s);
    QCOMPARE(alertField(alert, u"sourceEntity"_s), u"CheckIn"_s);
    QCOMPARE(alertField(alert, u"sourceId"_s), recorded.value().checkInId);
    QVERIFY(alertField(alert, u"resolutionNote"_s).isEmpty());
    // Keyed as the deadline engine keys the same obligation.
    Obligation o;
    o.orderId = m_order;
    QVERIFY(channelFromName(channel, &o.channel));
    o.dueOn = QDate::fromString(dueOn, Qt::ISODate);
    QCOMPARE(alertField(alert, u"obligationKey"_s), o.key());
}

void tst_CheckInService::oneAlertPerObligation()
{
    const QVariantMap missed
        = { { u"channel"_s, u"police"_s }, { u"outcome"_s, u"missed"_s }, { u"dueOn"_s, u"2026-03-31"_s } };
    auto first = record(kPolice, missed);
    QVERIFY(first.ok() && first.value().alertCreated);
    // The same obligation recorded again (another device, a correction): the alert stays one.
    auto second = record(kPolice, missed);
    QVERIFY(second.ok());
    QVERIFY(!second.value().alertCreated);
    QCOMPARE(second.value().alertId, first.value().alertId);
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM alert WHERE obligation_key = ?1"_s,
                     { alertField(first.value().alertId, u"obligationKey"_s) })
                 .value()
                 .toInt(),
        1);
}

void tst_CheckInService::checkInAndAlertAreOneTransaction()
{
    QVERIFY(m_db->exec(u"CREATE TEMP TRIGGER alert_refused BEFORE INSERT ON main.alert "
                       u"BEGIN SELECT RAISE(ABORT, 'refused'); END"_s)
                .ok());
    const qint64 checkIns = rows(u"check_in"_s), ops = rows(u"outbox"_s), audit = rows(u"audit_event"_s);
    auto recorded = record(kProbation,
        { { u"channel"_s, u"probation"_s }, { u"outcome"_s, u"missed"_s }, { u"dueOn"_s, u"2026-01-30"_s } });
    QVERIFY(m_db->exec(u"DROP TRIGGER temp.alert_refused"_s).ok());
    QVERIFY(!recorded.ok());
    QCOMPARE(rows(u"check_in"_s), checkIns);
    QCOMPARE(rows(u"outbox"_s), ops);
    QCOMPARE(rows(u"audit_event"_s), audit);
}

void tst_CheckInService::missedPathPassesTheAccessPolicy()
{
    // As the app runs it: the police officer's writes checked by the access policy, the alert included.
    WriteService writer(*m_db, m_clock, kPolice);
    writer.setAccessPolicy(&AccessPolicy::builtIn());
    auto recorded
        = CheckInService(*m_db, writer)
              .record({ { u"personId"_s, m_person }, { u"orderId"_s, m_order }, { u"channel"_s, u"police"_s },
                  { u"outcome"_s, u"missed"_s }, { u"dueOn"_s, u"2026-01-30"_s } });
    QVERIFY2(recorded.ok(), qPrintable(recorded.ok() ? QString() : recorded.error().detail));
    QVERIFY(recorded.value().alertCreated);
}

void tst_CheckInService::correctionToMissedAlertsOnce()
{
    const QVariantMap march = { { u"channel"_s, u"probation"_s }, { u"dueOn"_s, u"2026-03-31"_s },
        { u"windowStart"_s, u"2026-03-01"_s }, { u"windowEnd"_s, u"2026-03-31"_s } };
    QVariantMap attended = march;
    attended.insert({ { u"outcome"_s, u"attended"_s }, { u"occurredOn"_s, u"2026-03-30"_s } });
    auto recorded = record(kProbation, attended);
    QVERIFY(recorded.ok() && recorded.value().alertId.isEmpty());
    // Recorded by mistake as attended: corrected to missed, the officer is alerted.
    QVariantMap missed = march;
    missed.insert({ { u"outcome"_s, u"missed"_s }, { u"orderId"_s, m_order } });
    CheckInService checkIns(*m_db, as(kProbation));
    auto corrected = checkIns.amend(recorded.value().checkInId, missed);
    QVERIFY2(corrected.ok(), qPrintable(corrected.ok() ? QString() : corrected.error().detail));
    QVERIFY(corrected.value().alertCreated);
    QCOMPARE(
        checkIn(corrected.value().checkInId).value(u"amendsId"_s).toString(), recorded.value().checkInId);
    QCOMPARE(checkIn(corrected.value().checkInId).value(u"personId"_s).toString(), m_person);
    auto twice = checkIns.amend(corrected.value().checkInId, missed);
    QVERIFY(twice.ok() && !twice.value().alertCreated);
    QCOMPARE(twice.value().alertId, corrected.value().alertId);
    // The same rules hold for a correction, and it stays in its case.
    missed.insert(u"occurredOn"_s, u"2026-03-30"_s);
    QCOMPARE(checkIns.amend(recorded.value().checkInId, missed).error().field, u"occurredOn"_s);
    missed.insert(u"personId"_s, m_other);
    QCOMPARE(checkIns.amend(recorded.value().checkInId, missed).error().field, u"personId"_s);
}

QTEST_GUILESS_MAIN(tst_CheckInService)
#include "tst_checkinservice.moc"
