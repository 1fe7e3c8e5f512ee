// Victim (c): a real qadam-server process is SIGKILLed at a random moment while a device (the
// product's SyncEngine) pushes a batch of creates and field patches, then restarted on the same
// store. A push is one write transaction on the server, so after each kill:
//  - the embedded store opens with its key and passes integrity_check and cipher_integrity_check;
//  - the device's receipts are exactly 1..r (whole requests, never part of one);
//  - every op the device saw acknowledged has its receipt; every receipt has exactly one
//    "push:" audit event and exactly one effect (a person's version = its version before the test
//    plus the patches with receipts; a document exists iff its create has a receipt).
// After the restart the device syncs to completion: every op applied exactly once, device and
// server agree on every record it touched.
#include "victims.h"

#include "crashsupport.h"
#include "harness.h"

#include "store/database.h"
#include "testsupport.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <csignal>
#include <thread>

using namespace Qt::StringLiterals;

namespace Qadam::Crash {

namespace {

constexpr int kPeople = 8;
constexpr int kRoundsPerDevice = 25;  ///< a fresh pushing device now and then keeps every check cheap in soaks

/** What the device asked the server to do, by device_seq. */
struct PushedOp
{
    QString entity;
    QString recordId;
    QString kind;
};

/** Server-side facts about one device, read through a fresh connection. */
struct ServerView
{
    QSet<qint64> receipts;
    qint64 pushAudits = 0;
    QHash<QString, qint64> versions;  ///< record id → version on the server (absent: not there)
};

/** Reads receipts, audit events and the touched records in one read transaction. */
ServerView readServer(Integration::TestStore &store, const QString &deviceId, const QHash<qint64, PushedOp> &ops,
                      const QStringList &people, qint64 auditFrom)
{
    const qint64 upTo = ops.isEmpty() ? 0 : *std::max_element(ops.keyBegin(), ops.keyEnd());
    ServerView v;
    auto opened = store.open();
    if (!opened.ok()) {
        QTest::qFail(qPrintable(u"the server store does not open: "_s + opened.error().detail), __FILE__, __LINE__);
        return v;
    }
    auto txn = opened.value()->begin(false);
    if (!txn.ok())
        return v;
    for (qint64 seq = 1; seq <= upTo; ++seq)
        if (auto r = txn.value()->receipt(deviceId, seq); r.ok() && r.value())
            v.receipts.insert(seq);
    for (const PushedOp &op : ops)
        if (auto r = txn.value()->record(op.entity, op.recordId); r.ok() && r.value())
            v.versions.insert(op.recordId, r.value()->version);
    for (const QString &p : people)
        if (auto r = txn.value()->record(u"Person"_s, p); r.ok() && r.value())
            v.versions.insert(p, r.value()->version);
    auto events = txn.value()->auditEvents(auditFrom, 10'000'000);
    if (events.ok())
        for (const Server::ServerAuditEvent &e : events.value())
            v.pushAudits += e.deviceId == deviceId && e.action.startsWith(u"push:") ? 1 : 0;
    return v;
}

/** The embedded store's file must open with its key and pass both integrity checks. */
void checkServerFile(Integration::TestStore &store)
{
    if (store.kind() != Integration::StoreKind::Sqlite)
        return;  // PostgreSQL's crash safety is its own (WAL); receipts and records are checked below
    auto db = Database::open(store.url().mid(int(qstrlen("sqlite:"))), Test::testKey());
    QVERIFY2(db.ok(), "the server store does not open with its key after the kill");
    const Status s = db.value()->checkIntegrity();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
}

/** Writes a random batch on the device; records each op by its device_seq. */
void writeBatch(Integration::Device &device, const QStringList &people, QRandomGenerator &rng, int round,
                QHash<qint64, PushedOp> &ops)
{
    const int n = 1 + int(rng.bounded(24));
    Transaction batch(device.db());  // one commit for the batch: the device is not the victim here
    for (int i = 0; i < n; ++i) {
        const QString person = people.at(int(rng.bounded(int(people.size()))));
        const QString tag = u"push %1.%2"_s.arg(round).arg(i);
        if (rng.bounded(2)) {
            auto id = device.writer().create(u"Document"_s, {{u"personId"_s, person}, {u"kind"_s, u"other"_s},
                                                             {u"title"_s, tag}});
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
        } else {
            const qint64 base = device.record(u"Person"_s, person)->version;
            QVERIFY(device.writer().update(u"Person"_s, person, base, {{u"residenceAddress"_s, tag}}).ok());
        }
    }
    QVERIFY(batch.commit().ok());
    auto pending = Outbox::list(device.db(), u"pending"_s, 100'000);
    QVERIFY(pending.ok());
    for (const OutboxOp &op : pending.value())
        ops.insert(op.deviceSeq, {op.entity, op.recordId, op.kind});
}

/** Receipts vs records vs audit events vs what the device saw acknowledged. */
void checkExactlyOnce(Integration::Device &device, const QHash<qint64, PushedOp> &ops,
                      const QHash<QString, qint64> &startVersions, const ServerView &view)
{
    qint64 r = 0;
    while (view.receipts.contains(r + 1))
        ++r;
    QVERIFY2(r == view.receipts.size(), "receipts with a gap: part of a push survived the kill");
    QCOMPARE(view.pushAudits, qint64(view.receipts.size()));
    auto outstanding = Outbox::list(device.db(), u"pending"_s, 100'000);
    auto sent = Outbox::list(device.db(), u"sent"_s, 100'000);
    QVERIFY(outstanding.ok() && sent.ok());
    QSet<qint64> unacked;
    for (const OutboxOp &op : outstanding.value() + sent.value())
        unacked.insert(op.deviceSeq);
    QHash<QString, qint64> patches;
    for (auto it = ops.cbegin(); it != ops.cend(); ++it) {
        const qint64 seq = it.key();
        const PushedOp &op = it.value();
        const bool received = view.receipts.contains(seq);
        QVERIFY2(received || unacked.contains(seq), qPrintable(u"op %1 acknowledged but not on the server"_s.arg(seq)));
        if (op.kind == u"patch" && received)
            ++patches[op.recordId];
        if (op.kind == u"create")
            QCOMPARE(view.versions.contains(op.recordId), received);
    }
    for (auto it = startVersions.cbegin(); it != startVersions.cend(); ++it)
        QCOMPARE(view.versions.value(it.key()), it.value() + patches.value(it.key()));
}

/** Syncs the device and waits until it synced or backs off after the server died. */
bool syncUntilSyncedOrDown(Integration::Device &device, const std::atomic<bool> &killed)
{
    int synced = 0;
    auto c = QObject::connect(&device.engine(), &Sync::SyncEngine::synced, &device.engine(), [&synced] { ++synced; });
    device.engine().syncNow();
    QDeadlineTimer deadline(60'000);
    while (synced == 0 && !deadline.hasExpired()
           && !(killed && device.engine().state() == Sync::SyncEngine::State::BackingOff))
        QTest::qWait(1);
    QObject::disconnect(c);
    return synced > 0;
}

/** The pushing device and what it has asked of the server so far. */
struct Pusher
{
    std::unique_ptr<Integration::Device> device;
    QString deviceId;
    QHash<QString, qint64> startVersions;  ///< the people's versions when the device started
    QHash<qint64, PushedOp> ops;
    qint64 auditFrom = 0;                  ///< server audit events before the device's first push
};

Pusher newPusher(Integration::Scenario &s, const QStringList &people, int n)
{
    Sync::EngineConfig config = Integration::Device::defaultConfig();
    config.backoffInitialMs = 5;
    config.backoffMaxMs = 20;
    Pusher p;
    p.device = s.device(s.seed().officerId, u"pusher-%1"_s.arg(n), config);
    if (!p.device)
        return p;
    p.deviceId = p.device->credentials().deviceId;
    for (const QString &person : people)
        p.startVersions.insert(person, p.device->record(u"Person"_s, person)->version);
    auto store = s.store().open();
    auto txn = store.ok() ? store.value()->begin(false) : Result<std::unique_ptr<Server::StoreTxn>>(store.error());
    auto last = txn.ok() ? txn.value()->lastAuditEvent() : Result<std::optional<Server::ServerAuditEvent>>(txn.error());
    p.auditFrom = last.ok() && last.value() ? last.value()->seq : 0;
    return p;
}

/** Syncs the device and SIGKILLs the server at a random moment of the sync (uniform within its
 *  learned duration); reaps the server. True when the sync completed before the signal. */
bool syncAndKillServer(Integration::Scenario &s, Integration::Device &device, QRandomGenerator &rng, qint64 &syncMicros)
{
    // Within the first three quarters: the reply and the client's part of a sync end it.
    const qint64 delay = qint64(rng.bounded(quint32(syncMicros * 3 / 4)));
    const pid_t pid = pid_t(s.server().processId());
    std::atomic<bool> killed{false};
    std::thread killer([&] {
        sleepMicros(delay);
        ::kill(pid, SIGKILL);
        killed = true;
    });
    const qint64 started = nowMicros();
    const bool syncedFirst = syncUntilSyncedOrDown(device, killed);
    killer.join();
    // How long a sync takes, learned from the ones the kill did not cut short; every cut one says
    // it may take longer. The kill moments spread over the whole sync that way.
    syncMicros = syncedFirst ? (syncMicros * 3 + (nowMicros() - started)) / 4 : syncMicros * 11 / 10;
    device.stopEngine();
    s.server().stop();  // reaps the killed process
    return syncedFirst;
}

/** Restarted on the same store, the server takes the retry: every op lands exactly once and the
 *  device agrees with the server. */
void restartAndSync(Integration::Scenario &s, Pusher &p, const QStringList &people)
{
    Integration::Device &device = *p.device;
    QVERIFY(s.server().start());
    QVERIFY(device.switchServer(s.server().url()));
    QVERIFY(device.sync());
    const ServerView after = readServer(s.store(), p.deviceId, p.ops, people, p.auditFrom);
    QCOMPARE(qint64(after.receipts.size()), qint64(p.ops.size()));  // ops hold every seq of this device
    checkExactlyOnce(device, p.ops, p.startVersions, after);
    QCOMPARE(device.outboxCount(u"pending"_s) + device.outboxCount(u"sent"_s), 0);
    QVERIFY2(device.outboxCount(u"rejected"_s) == 0, qPrintable(device.rejectedSummary().join(u"; "_s)));
    for (const QString &person : people)
        QCOMPARE(device.record(u"Person"_s, person)->version, after.versions.value(person));
}

} // namespace

void killServerDuringPush(Integration::Scenario &s, const Plan &plan, int points, Tally &tally)
{
    QElapsedTimer wall;
    wall.start();
    const QStringList people = s.seed().people.mid(10, kPeople);
    QRandomGenerator rng = plan.rngFor(Victim::ServerPush);
    Pusher p;
    qint64 syncMicros = 30'000;
    for (int round = 0; round < points; ++round) {
        if (round % kRoundsPerDevice == 0) {
            p = newPusher(s, people, round / kRoundsPerDevice);
            QVERIFY2(p.device, "a pushing device could not enrol");
        }
        writeBatch(*p.device, people, rng, round, p.ops);
        if (QTest::currentTestFailed())
            return;
        const bool syncedFirst = syncAndKillServer(s, *p.device, rng, syncMicros);
        ++tally.points;

        checkServerFile(s.store());
        const ServerView view = readServer(s.store(), p.deviceId, p.ops, people, p.auditFrom);
        checkExactlyOnce(*p.device, p.ops, p.startVersions, view);
        if (QTest::currentTestFailed()) {
            qWarning("server killed in round %d (ops up to %lld)", round, qint64(p.ops.size()));
            return;
        }
        const bool wholePush = view.receipts.size() == p.ops.size();
        ++(syncedFirst ? tally.idle : wholePush ? tally.after : tally.before);
        restartAndSync(s, p, people);
        if (QTest::currentTestFailed())
            return;
    }
    tally.wallMs = wall.elapsed();
}

} // namespace Qadam::Crash
