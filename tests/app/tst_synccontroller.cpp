// SyncController: the words the Sync page shows — relative last-sync times and the state explained
// when a person must act (lease, too-old app, refused changes, conflicts) — and its store figures
// (changes waiting, last sync, lease) read from a real generated store.
#include "synccontroller.h"

#include "appsupport.h"
#include "conflictfixtures.h"
#include "storeworker.h"

#include "replica/replica.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
constexpr qint64 kNow = 1'780'000'000'000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
} // namespace

class tst_SyncController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relativeText_data();
    void relativeText();
    void explain_data();
    void explain();
    void readsFiguresFromTheStore();
};

void tst_SyncController::relativeText_data()
{
    QTest::addColumn<qint64>("then");
    QTest::addColumn<QString>("expected");
    QTest::newRow("never") << qint64(0) << u"never"_s;
    QTest::newRow("seconds") << kNow - 20'000 << u"just now"_s;
    QTest::newRow("clock ahead") << kNow + 5 * kMinute << u"just now"_s;
    QTest::newRow("one minute") << kNow - kMinute << u"1 minute(s) ago"_s;
    QTest::newRow("59 minutes") << kNow - 59 * kMinute << u"59 minute(s) ago"_s;
    QTest::newRow("5 hours") << kNow - 5 * kHour - 10 * kMinute << u"5 hour(s) ago"_s;
    QTest::newRow("3 days") << kNow - 3 * 24 * kHour << u"3 day(s) ago"_s;
}

void tst_SyncController::relativeText()
{
    QFETCH(qint64, then);
    QFETCH(QString, expected);
    QCOMPARE(SyncController::relativeText(then, kNow), expected);
}

void tst_SyncController::explain_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("lease");
    QTest::addColumn<int>("conflicts");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all well") << u"idle"_s << QString() << kNow + 72 * kHour << 0 << 0 << QString();
    QTest::newRow("no lease, idle") << u"idle"_s << QString() << qint64(0) << 0 << 0 << QString();
    QTest::newRow("lease in 5 hours") << u"idle"_s << QString() << kNow + 4 * kHour + 30 * kMinute << 0 << 0
                                      << u"Your offline lease ends in 5 hour(s): connect to keep working."_s;
    QTest::newRow("lease ended") << u"locked"_s << u"lease_expired"_s << kNow - kMinute << 0 << 0
                                 << u"Your offline lease has ended: connect to the internet and sync to keep working."_s;
    QTest::newRow("too old") << u"needs_attention"_s << u"upgrade"_s << qint64(0) << 0 << 0
        << u"This app is too old for the server: update it. Your changes are kept on this device until then."_s;
    QTest::newRow("revoked") << u"needs_attention"_s << u"unauthorized"_s << qint64(0) << 0 << 0
        << u"The server no longer accepts this device. Ask your administrator; your changes stay on this device."_s;
    QTest::newRow("too old beats the lease") << u"needs_attention"_s << u"upgrade"_s << kNow + kHour << 0 << 0
        << u"This app is too old for the server: update it. Your changes are kept on this device until then."_s;
    QTest::newRow("refused changes") << u"needs_attention"_s << u"rejected_ops"_s << qint64(0) << 1 << 2
        << u"The server refused 2 change(s). Look at each below and discard it once you have noted it."_s;
    QTest::newRow("conflicts") << u"idle"_s << QString() << qint64(0) << 3 << 0
                               << u"3 field(s) were changed here and on the server. Choose which version to keep."_s;
    QTest::newRow("offline") << u"backing_off"_s << u"timeout"_s << qint64(0) << 0 << 0
        << u"The server cannot be reached. Qadam tries again by itself; your changes are safe on this device."_s;
}

void tst_SyncController::explain()
{
    QFETCH(QString, state);
    QFETCH(QString, reason);
    QFETCH(qint64, lease);
    QFETCH(int, conflicts);
    QFETCH(int, rejected);
    QFETCH(QString, expected);
    SyncFacts f;
    f.state = state;
    f.reason = reason;
    f.nowMs = kNow;
    f.leaseExpiresAt = lease;
    f.conflicts = conflicts;
    f.rejected = rejected;
    QCOMPARE(SyncController::explain(f), expected);
}

void tst_SyncController::readsFiguresFromTheStore()
{
    AppTest::GeneratedSession session(Role::ProbationOfficer, 20);
    QVERIFY(session.isOpen());
    const qint64 lastSync = QDateTime::currentMSecsSinceEpoch() - 3 * kHour;
    const qint64 lease = QDateTime::currentMSecsSinceEpoch() + 5 * kHour;
    qint64 pending = -1;
    session->worker()->runBlocking([&](CoreContext &ctx) {
        Replica replica(ctx.db, ctx.clock);
        QVERIFY(replica.state().setLastSyncAt(lastSync).ok());
        QVERIFY(replica.state().setLeaseExpiresAt(lease).ok());
        pending = replica.pendingCount().value();
    });
    SyncController controller;
    QVERIFY(AppTest::waitFor([&] { return controller.lastSyncAt() == lastSync; }));
    QCOMPARE(controller.pendingChanges(), pending);
    QCOMPARE(controller.leaseExpiresAt(), lease);
    QCOMPARE(controller.lastSyncRelative(), u"3 hour(s) ago"_s);
    QVERIFY(!controller.lastSyncAbsolute().isEmpty());
    QVERIFY(controller.attentionText().startsWith(u"Your offline lease ends in 5 hour(s)"_s));
    QVERIFY(controller.attentionUrgent());

    // A local edit: one more change waiting, picked up on the session's dataChanged.
    QSignalSpy changed(&controller, &SyncController::changed);
    session->worker()->write(&controller, [](CoreContext &ctx) {
        // A person this officer may edit: the app's writes go through the access policy.
        auto id = ConflictFixtures::personInScope(ctx);
        if (!id.ok())
            return Status(id.error());
        auto person = ctx.writes.get(u"Person"_s, id.value());
        return Status(ctx.writes.update(u"Person"_s, person.value().id, person.value().version,
                                        {{u"notes"_s, u"A new note."_s}}));
    }, [](Status s) { QVERIFY(s.ok()); });
    QVERIFY(AppTest::waitFor([&] { return controller.pendingChanges() == pending + 1; }));
}

QTEST_MAIN(tst_SyncController)
#include "tst_synccontroller.moc"
