// RejectedChangesController on a real generated store: discard removes exactly the refused op it
// names; a pending op, an unknown sequence or a second discard is refused and writes nothing.
#include "conflictfixtures.h"
#include "rejectedchangescontroller.h"

#include "appsupport.h"
#include "storeworker.h"

#include "store/database.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

class tst_RejectedChangesController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void discardRemovesOnlyThatOp();
    void refusedDiscardWritesNothing_data();
    void refusedDiscardWritesNothing();

private:
    qint64 count(const QString &sql);

    std::unique_ptr<AppTest::GeneratedSession> m_session;
    qint64 m_rejected = 0;
    qint64 m_pending = 0;
};

void tst_RejectedChangesController::init()
{
    m_session = std::make_unique<AppTest::GeneratedSession>(Role::ProbationOfficer, 30);
    QVERIFY2(m_session->isOpen(), qPrintable(m_session->status().error().detail));
    m_session->session().worker()->runBlocking([&](CoreContext &ctx) {
        auto person = ConflictFixtures::personInScope(ctx);
        QVERIFY(person.ok());
        auto seq = ConflictFixtures::addRejectedPatch(ctx, u"Person"_s, person.value(),
                                                      {{u"caseStatus"_s, u"closed"_s}}, u"forbidden"_s,
                                                      u"caseStatus"_s);
        QVERIFY(seq.ok());
        m_rejected = seq.value();
        // A later edit still waiting for upload: discarding must never touch it.
        auto current = ctx.writes.get(u"Person"_s, person.value());
        QVERIFY(ctx.writes.update(u"Person"_s, person.value(), current.value().version,
                                  {{u"notes"_s, u"Pending note."_s}}).ok());
        m_pending = ctx.db.scalar(u"SELECT max(device_seq) FROM outbox"_s).value().toLongLong();
    });
    QVERIFY(m_rejected > 0 && m_pending > m_rejected);
}

void tst_RejectedChangesController::cleanup()
{
    m_session.reset();
}

qint64 tst_RejectedChangesController::count(const QString &sql)
{
    qint64 n = -1;
    m_session->session().worker()->runBlocking([&](CoreContext &ctx) { n = ctx.db.scalar(sql).value().toLongLong(); });
    return n;
}

void tst_RejectedChangesController::discardRemovesOnlyThatOp()
{
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    RejectedChangesController controller;
    QSignalSpy done(&controller, &RejectedChangesController::succeeded);
    controller.discard(m_rejected);
    QVERIFY(controller.busy());
    QVERIFY(done.wait());
    QCOMPARE(done.at(0).at(0).toLongLong(), m_rejected);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops - 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE state = 'rejected'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE device_seq = %1"_s.arg(m_pending)), 1);
}

void tst_RejectedChangesController::refusedDiscardWritesNothing_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("pending op") << u"pending"_s;
    QTest::newRow("unknown sequence") << u"unknown"_s;
    QTest::newRow("discarded twice") << u"twice"_s;
}

void tst_RejectedChangesController::refusedDiscardWritesNothing()
{
    QFETCH(QString, which);
    RejectedChangesController controller;
    QSignalSpy done(&controller, &RejectedChangesController::succeeded);
    QSignalSpy failed(&controller, &RejectedChangesController::failed);
    qint64 seq = which == u"pending" ? m_pending : which == u"unknown" ? m_pending + 1000 : m_rejected;
    if (which == u"twice") {
        controller.discard(seq);
        QVERIFY(done.wait());
    }
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    controller.discard(seq);
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).toString(), u"This change is no longer waiting for attention."_s);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE device_seq = %1 AND state = 'pending'"_s.arg(m_pending)), 1);
}

QTEST_MAIN(tst_RejectedChangesController)
#include "tst_rejectedchangescontroller.moc"
