// StoreWorker: work runs on the store thread in the order it was handed in, results come back on
// the GUI thread, a destroyed receiver gets nothing, and detach() drops work queued for the old
// store. A real migrated SQLCipher store, opened on the store thread like the vault's.
#include "storeworker.h"

#include "appsupport.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Qadam;

class tst_StoreWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void postWriteExecRunInOrder();
    void workRunsOnTheStoreThreadWithTheActor();
    void receiverDestroyedBeforeDelivery();
    void detachDropsQueuedWork();
    void nothingRunsWhileDetached();

private:
    /** Opens the store on the store thread and attaches it, as AppSession does after an unlock. */
    void attach();
    void closeStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    Actor m_actor{u"0190aaaa-0000-7000-8000-000000000001"_s, Role::ProbationOfficer};
};

void tst_StoreWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_worker = std::make_unique<StoreWorker>();
    attach();
}

void tst_StoreWorker::cleanup()
{
    closeStore();
    m_worker.reset();
}

void tst_StoreWorker::attach()
{
    m_worker->execBlocking([this] { m_db = Test::openMigrated(m_dir->filePath(u"store.db"_s)); });
    QVERIFY(m_db);
    m_worker->attach(m_db.get(), m_actor, m_clock);
    QVERIFY(m_worker->isAttached());
}

void tst_StoreWorker::closeStore()
{
    if (!m_worker)
        return;
    m_worker->detach();
    m_worker->execBlocking([this] { m_db.reset(); });
}

void tst_StoreWorker::postWriteExecRunInOrder()
{
    QStringList ranOnStore;   // written on the store thread only, read after everything was delivered
    QStringList delivered;
    QObject receiver;
    QSignalSpy changed(m_worker.get(), &StoreWorker::changed);

    m_worker->post(&receiver, [&](CoreContext &) { ranOnStore << u"read 1"_s; return 1; },
                   [&](int v) { delivered << u"read %1"_s.arg(v); });
    m_worker->write(&receiver, [&](CoreContext &ctx) {
        ranOnStore << u"write"_s;
        return ctx.db.exec(u"CREATE TABLE worker_probe (v INTEGER); INSERT INTO worker_probe VALUES (7)"_s).ok();
    }, [&](bool ok) { delivered << (ok ? u"write ok"_s : u"write failed"_s); });
    m_worker->exec(&receiver, [&] { ranOnStore << u"exec"_s; return u"vault work"_s; },
                   [&](const QString &v) { delivered << v; });
    m_worker->post(&receiver, [&](CoreContext &ctx) {
        ranOnStore << u"read 2"_s;
        auto v = ctx.db.scalar(u"SELECT v FROM worker_probe"_s);
        return v.ok() ? v.value().toInt() : -1;
    }, [&](int v) { delivered << u"read %1"_s.arg(v); });

    QTRY_COMPARE(delivered.size(), 4);
    QCOMPARE(ranOnStore, QStringList({u"read 1"_s, u"write"_s, u"exec"_s, u"read 2"_s}));
    // The second read sees the write that came before it: 7.
    QCOMPARE(delivered, QStringList({u"read 1"_s, u"write ok"_s, u"vault work"_s, u"read 7"_s}));
    QCOMPARE(changed.size(), 1); // only the write announces a change
}

void tst_StoreWorker::workRunsOnTheStoreThreadWithTheActor()
{
    QObject receiver;
    QThread *workThread = nullptr;
    QThread *doneThread = nullptr;
    QString actorId;
    m_worker->post(&receiver, [&](CoreContext &ctx) {
        workThread = QThread::currentThread();
        actorId = ctx.actor.userId;
        return ctx.today.isValid();
    }, [&](bool todayValid) {
        doneThread = QThread::currentThread();
        QVERIFY(todayValid);
    });
    QTRY_VERIFY(doneThread);
    QVERIFY(workThread && workThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
    QCOMPARE(actorId, m_actor.userId);
}

void tst_StoreWorker::receiverDestroyedBeforeDelivery()
{
    std::atomic<bool> workRan = false;
    bool doneCalled = false;
    QSemaphore gate;
    auto receiver = std::make_unique<QObject>();
    m_worker->post(receiver.get(), [&](CoreContext &) {
        gate.acquire(); // holds the work until the receiver is gone
        workRan = true;
        return 1;
    }, [&](int) { doneCalled = true; });
    receiver.reset();
    gate.release();

    // Work is delivered in order: once a later result is back, the earlier one was dealt with.
    QObject witness;
    bool witnessed = false;
    m_worker->post(&witness, [](CoreContext &) { return 0; }, [&](int) { witnessed = true; });
    QTRY_VERIFY(witnessed);
    QVERIFY(workRan);
    QVERIFY(!doneCalled);
}

void tst_StoreWorker::detachDropsQueuedWork()
{
    QObject receiver;
    QSemaphore started;
    std::atomic<bool> secondRan = false;
    bool firstDone = false;
    bool secondDone = false;
    m_worker->post(&receiver, [&](CoreContext &) {
        started.release();
        // Hold the store thread until detach() has begun, so the next job is still queued then.
        while (m_worker->isAttached())
            QThread::msleep(1);
        QThread::msleep(20);
        return 1;
    }, [&](int) { firstDone = true; });
    m_worker->post(&receiver, [&](CoreContext &) { secondRan = true; return 2; }, [&](int) { secondDone = true; });
    started.acquire();
    std::thread detacher([this] { m_worker->detach(); });
    detacher.join();

    bool execDone = false;
    m_worker->exec(&receiver, [] { return true; }, [&](bool) { execDone = true; });
    QTRY_VERIFY(execDone); // the store thread still serves unattached work
    QVERIFY(firstDone);    // work already running finishes and is delivered
    QVERIFY(!secondRan);   // queued work for the detached store never runs...
    QVERIFY(!secondDone);  // ...and reports nothing
    m_worker->execBlocking([this] { m_db.reset(); });
}

void tst_StoreWorker::nothingRunsWhileDetached()
{
    closeStore();
    QVERIFY(!m_worker->isAttached());
    QObject receiver;
    bool ran = false;
    m_worker->post(&receiver, [&](CoreContext &) { ran = true; return 0; }, [](int) {});
    bool blockingRan = false;
    m_worker->runBlocking([&](CoreContext &) { blockingRan = true; });
    bool execDone = false;
    m_worker->exec(&receiver, [] { return 0; }, [&](int) { execDone = true; });
    QTRY_VERIFY(execDone);
    QVERIFY(!ran);
    QVERIFY(!blockingRan);

    // Attached again (the next unlock), work runs.
    attach();
    bool again = false;
    m_worker->post(&receiver, [](CoreContext &ctx) { return ctx.db.scalar(u"SELECT 41 + 1"_s).value().toInt(); },
                   [&](int v) { again = v == 42; });
    QTRY_VERIFY(again);
}

QTEST_GUILESS_MAIN(tst_StoreWorker)
#include "tst_storeworker.moc"
