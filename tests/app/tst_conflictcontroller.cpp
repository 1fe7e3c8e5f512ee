// ConflictController on a real generated store: each choice (mine, theirs, merged text) writes
// exactly one outbox op tagged with the conflict, sets the record's field to the chosen value and
// settles the conflict; every refused choice writes nothing and keeps the conflict open.
#include "conflictcontroller.h"
#include "conflictfixtures.h"

#include "appsupport.h"
#include "syncfixture.h"
#include "storeworker.h"

#include "replica/replica.h"
#include "store/database.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
const QString kDeviceNotes = u"Started at the bakery this month. Asked to move the probation appearance to Thursdays."_s;
const QString kServerNotes = u"Works shifts at the bakery on Abai street. Prefers appearances on Tuesday mornings."_s;
} // namespace

class tst_ConflictController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void choiceWritesOneTaggedOp_data();
    void choiceWritesOneTaggedOp();
    void refusedChoiceWritesNothing_data();
    void refusedChoiceWritesNothing();
    void secondChoiceForTheSameConflictIsRefused();

private:
    struct Snapshot
    {
        qint64 ops = -1;
        qint64 audit = -1;
        int openConflicts = -1;
        QVariantMap person;
    };
    Snapshot snapshot();

    std::unique_ptr<AppTest::GeneratedSession> m_session;
    ConflictFixtures::Seeded m_seeded;
};

void tst_ConflictController::init()
{
    m_session = AppTest::seededOfficerStore(&m_seeded);
    QVERIFY(m_session);
}

void tst_ConflictController::cleanup()
{
    m_session.reset();
}

tst_ConflictController::Snapshot tst_ConflictController::snapshot()
{
    Snapshot s;
    m_session->session().worker()->runBlocking([&](CoreContext &ctx) {
        s.ops = ctx.db.scalar(u"SELECT count(*) FROM outbox"_s).value().toLongLong();
        s.audit = ctx.db.scalar(u"SELECT count(*) FROM audit_event"_s).value().toLongLong();
        s.openConflicts = int(Replica(ctx.db, ctx.clock).conflicts().value().size());
        s.person = ctx.writes.get(u"Person"_s, m_seeded.personId).value().fields;
    });
    return s;
}

void tst_ConflictController::choiceWritesOneTaggedOp_data()
{
    QTest::addColumn<int>("conflict");  // 0: notes, 1: case status
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("notes: keep mine") << 0 << u"mine"_s << QString() << u"notes"_s << kDeviceNotes;
    QTest::newRow("notes: keep theirs") << 0 << u"theirs"_s << QString() << u"notes"_s << kServerNotes;
    QTest::newRow("notes: merged by hand") << 0 << u"merged"_s << u"Bakery shifts; appearances on Thursdays."_s
                                           << u"notes"_s << u"Bakery shifts; appearances on Thursdays."_s;
    QTest::newRow("status: keep mine") << 1 << u"mine"_s << QString() << u"caseStatus"_s << u"transferred"_s;
    // The usual case after a pull: the device already shows the server's value.
    QTest::newRow("status: keep theirs, already shown") << 1 << u"theirs"_s << QString() << u"caseStatus"_s
                                                        << u"active"_s;
}

void tst_ConflictController::choiceWritesOneTaggedOp()
{
    QFETCH(int, conflict);
    QFETCH(QString, choice);
    QFETCH(QString, merged);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const QString id = m_seeded.conflictIds.at(conflict);
    const Snapshot before = snapshot();
    QCOMPARE(before.openConflicts, 2);

    ConflictController controller;
    QSignalSpy done(&controller, &ConflictController::succeeded);
    QSignalSpy failed(&controller, &ConflictController::failed);
    QSignalSpy changed(&m_session->session(), &AppSession::dataChanged);
    controller.resolve(id, choice, merged);
    QVERIFY(controller.busy());
    QVERIFY(done.wait());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(done.at(0).at(0).toString(), id);
    QVERIFY(!controller.busy());
    QVERIFY(changed.size() >= 1);  // models reload, the engine schedules a push

    const Snapshot after = snapshot();
    // Also when the device already shows the chosen value: the server closes the conflict only
    // when an op names it (Replica::resolveConflict writes one explicitly).
    QCOMPARE(after.ops, before.ops + 1);
    QCOMPARE(after.openConflicts, 1);
    QCOMPARE(after.person.value(field).toString(), expected);
    QVERIFY(after.audit > before.audit);
    m_session->session().worker()->runBlocking([&](CoreContext &ctx) {
        const OutboxOp op = Outbox::unsent(ctx.db).value().constLast();
        QCOMPARE(op.resolvesConflict, id);
        QCOMPARE(op.recordId, m_seeded.personId);
        QCOMPARE(op.fields.value(field).toString(), expected);
        QCOMPARE(op.fields.size(), 1);
    });
}

void tst_ConflictController::refusedChoiceWritesNothing_data()
{
    QTest::addColumn<QString>("conflictId");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QString>("message");
    QTest::newRow("merged text empty") << QString() << u"merged"_s << u"  \n "_s
                                       << u"Write the merged text, or keep one of the two versions."_s;
    QTest::newRow("no choice") << QString() << QString() << QString() << u"Choose which version to keep."_s;
    QTest::newRow("unknown choice") << QString() << u"both"_s << QString() << u"Choose which version to keep."_s;
    QTest::newRow("unknown conflict") << u"018f0000-0000-7000-8000-0000000003ff"_s << u"mine"_s << QString()
                                      << u"This conflict was already settled or is no longer on this device."_s;
    QTest::newRow("status: text not in the list") << u"#status"_s << u"merged"_s << u"somewhere else"_s
        << u"The chosen value is not valid for this field. Edit the merged text or keep the other version."_s;
}

void tst_ConflictController::refusedChoiceWritesNothing()
{
    QFETCH(QString, conflictId);
    QFETCH(QString, choice);
    QFETCH(QString, merged);
    QFETCH(QString, message);
    if (conflictId.isEmpty())
        conflictId = m_seeded.conflictIds.at(0);
    else if (conflictId == u"#status")
        conflictId = m_seeded.conflictIds.at(1);
    const Snapshot before = snapshot();

    ConflictController controller;
    QSignalSpy done(&controller, &ConflictController::succeeded);
    QSignalSpy failed(&controller, &ConflictController::failed);
    controller.resolve(conflictId, choice, merged);
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).toString(), message);
    QCOMPARE(done.size(), 0);

    const Snapshot after = snapshot();
    QCOMPARE(after.ops, before.ops);
    QCOMPARE(after.audit, before.audit);
    QCOMPARE(after.openConflicts, 2);
    QCOMPARE(after.person, before.person);
}

void tst_ConflictController::secondChoiceForTheSameConflictIsRefused()
{
    ConflictController controller;
    QSignalSpy done(&controller, &ConflictController::succeeded);
    QSignalSpy failed(&controller, &ConflictController::failed);
    controller.resolve(m_seeded.conflictIds.at(0), u"theirs"_s);
    QVERIFY(done.wait());
    const Snapshot settled = snapshot();
    controller.resolve(m_seeded.conflictIds.at(0), u"mine"_s);
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).toString(), u"This conflict was already settled or is no longer on this device."_s);
    const Snapshot after = snapshot();
    QCOMPARE(after.ops, settled.ops);
    QCOMPARE(after.person.value(u"notes"_s).toString(), kServerNotes);
}

QTEST_MAIN(tst_ConflictController)
#include "tst_conflictcontroller.moc"
