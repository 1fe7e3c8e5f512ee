// Victim (b): a device process (qadam-devicetool, the product's SyncEngine) pulling a large first
// sync from a real qadam-server in small pages is SIGKILLed at random moments, then restarted from
// its store, again and again until the pull is complete.
//
// A reference device first pulls everything in one go and notes the record count after every page:
// the page boundaries P. Each reply page and its cursor commit in ONE transaction, so after a kill
// the device holds exactly the records of the pages whose "page" lines arrived (state before the
// in-flight page) or of those plus the in-flight page (state after it) — both are points of P. A
// page applied without its cursor would be pulled again by the next run and would not add to the
// count (a duplicate); a cursor without its records would leave a gap: both break the arithmetic.
// When the chain ends the device must equal the reference device.
#include "victims.h"

#include "crashsupport.h"
#include "harness.h"

#include "domain/schema.h"
#include "store/database.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Qadam::Crash {

namespace {

constexpr int kPageBytes = 2048;

QStringList toolArgs(const QString &store)
{
    return {u"sync"_s, u"--store"_s, store, u"--max-reply-bytes"_s, QString::number(kPageBytes)};
}

/** Records pulled so far in a run: the count on its last "page" line. */
qint64 pulledIn(const LineReader &reader)
{
    return reader.last("page ").split(' ').value(1).toLongLong();
}

/** Records on the device (every entity table). */
qint64 recordCount(Database &db)
{
    qint64 n = 0;
    for (const EntitySpec &spec : Schema::builtIn().entities())
        n += db.scalar(u"SELECT count(*) FROM %1"_s.arg(spec.table)).value().toLongLong();
    return n;
}

/** Opens the device store after a kill: it must open with its key and pass both integrity checks. */
qint64 checkedCount(const QString &store)
{
    auto db = Database::open(store, Test::testKey());
    if (!db.ok()) {
        QTest::qFail("the device store does not open with its key after the kill", __FILE__, __LINE__);
        return -1;
    }
    if (const Status s = db.value()->checkIntegrity(); !s.ok()) {
        QTest::qFail(qPrintable(s.error().detail), __FILE__, __LINE__);
        return -1;
    }
    return recordCount(*db.value());
}

/** The reference pull: page boundaries, the final snapshot, and the time one page takes. */
struct Reference
{
    QList<qint64> boundaries;  ///< record counts after each page, 0 first, ascending
    QMap<QString, QString> snapshot;
    qint64 pageMicros = 0;
};

void pullReference(Integration::Scenario &s, Reference &ref)
{
    auto code = s.server().issueCode(s.seed().officerId);
    QVERIFY(code.ok());
    const QString dir = s.path(u"pull-reference"_s);
    QDir().mkpath(dir);
    QProcess tool;
    const qint64 started = nowMicros();
    tool.start(Integration::deviceToolBinary(),
               toolArgs(dir + u"/device.db"_s) + QStringList{u"--server"_s, s.server().url(), u"--code"_s, code.value()});
    LineReader reader(tool);
    QVERIFY2(reader.waitFor("synced", 120'000), reader.lines().join('\n').constData());
    tool.waitForFinished(10'000);
    ref.boundaries = {0};
    for (const QByteArray &line : reader.lines())
        if (line.startsWith("page ") && line.split(' ').value(1).toLongLong() > ref.boundaries.constLast())
            ref.boundaries << line.split(' ').value(1).toLongLong();
    ref.pageMicros = (nowMicros() - started) / std::max<qsizetype>(1, reader.count("page "));
    Integration::Device device(dir);
    ref.snapshot = device.snapshot();
    QCOMPARE(qint64(ref.snapshot.size()), ref.boundaries.constLast());
    QVERIFY2(ref.boundaries.size() > 20, "the reference pull must span many pages");
}

/** Starts a chain: a fresh device enrols and is killed right after its first page committed. */
void startChain(Integration::Scenario &s, const QString &store)
{
    QDir(QFileInfo(store).absolutePath()).removeRecursively();
    QDir().mkpath(QFileInfo(store).absolutePath());
    auto code = s.server().issueCode(s.seed().officerId);
    QVERIFY(code.ok());
    QProcess tool;
    tool.start(Integration::deviceToolBinary(), toolArgs(store) + QStringList{u"--server"_s, s.server().url(), u"--code"_s,
                                                                              code.value(), u"--hang-after-pages"_s, u"1"_s});
    LineReader reader(tool);
    QVERIFY2(reader.waitFor("hanging", 60'000), reader.lines().join('\n').constData());
    QVERIFY(killHard(tool));
}

/** One restart of the pulling device, killed at a random moment. */
struct PullRun
{
    bool finished = false;  ///< the pull completed before the signal (no kill point)
    qint64 reported = 0;    ///< records of the pages whose "page" lines arrived, with those before the run
    qint64 now = 0;         ///< records in the store after the kill
};

PullRun runAndKill(const QString &store, const Reference &ref, QRandomGenerator &rng, qint64 count)
{
    QProcess tool;
    tool.start(Integration::deviceToolBinary(), toolArgs(store));
    LineReader reader(tool);
    // After zero or one applied page, at a random moment within the next one: short runs, many
    // kills, spread over the whole pull by the chain.
    const int afterPages = int(rng.bounded(2));
    const qint64 delay = qint64(rng.bounded(quint32(std::max<qint64>(1, ref.pageMicros * 3 / 2))));
    reader.waitForCount("page ", afterPages, 60'000);
    sleepMicros(delay);
    const bool killed = killHard(tool);
    reader.drain();
    if (!reader.last("failed").isEmpty())
        QTest::qFail(reader.last("failed").constData(), __FILE__, __LINE__);
    return {!killed || reader.count("synced") > 0, count + pulledIn(reader), checkedCount(store)};
}

/** After a kill the device holds a page boundary: the acknowledged one (before the in-flight page)
 *  or the next (after it). */
void judge(const Reference &ref, const PullRun &run, Tally &tally)
{
    const auto at = std::lower_bound(ref.boundaries.cbegin(), ref.boundaries.cend(), run.reported);
    QVERIFY2(at != ref.boundaries.cend() && *at == run.reported,
             qPrintable(u"the acknowledged pages end at %1 records, not at a page boundary"_s.arg(run.reported)));
    if (run.now == run.reported) {
        ++tally.before;
        return;
    }
    const qint64 next = at + 1 != ref.boundaries.cend() ? *(at + 1) : -1;
    QVERIFY2(run.now == next, qPrintable(u"after the kill the device holds %1 records: neither %2 (before the "
                                          "in-flight page) nor %3 (after it)"_s.arg(run.now).arg(run.reported).arg(next)));
    ++tally.after;
}

/** The chain's device restarts and completes by itself; it must equal the reference. */
void finishChain(const QString &store, const Reference &ref, qint64 count)
{
    QProcess tool;
    tool.start(Integration::deviceToolBinary(), toolArgs(store));
    LineReader reader(tool);
    QVERIFY2(reader.waitFor("synced", 120'000), reader.lines().join('\n').constData());
    tool.waitForFinished(10'000);
    QCOMPARE(count + pulledIn(reader), ref.boundaries.constLast());
    QCOMPARE(Integration::Device(QFileInfo(store).absolutePath()).snapshot(), ref.snapshot);
}

} // namespace

void killPullApply(Integration::Scenario &s, const Plan &plan, Tally &tally)
{
    QElapsedTimer wall;
    wall.start();
    Reference ref;
    pullReference(s, ref);
    if (QTest::currentTestFailed())
        return;
    QRandomGenerator rng = plan.rngFor(Victim::PullApply);
    const QString store = s.path(u"pull-victim/device.db"_s);
    int chains = 0;
    qint64 count = -1;  // records in the chain's store; -1: no chain open
    while (tally.points < plan.pointsFor(Victim::PullApply)) {
        if (count < 0) {
            startChain(s, store);
            if (QTest::currentTestFailed())
                return;
            count = checkedCount(store);
            QCOMPARE(count, ref.boundaries.value(1));
            ++chains;
        }
        const PullRun run = runAndKill(store, ref, rng, count);
        if (QTest::currentTestFailed())
            return;
        if (run.finished) {
            QCOMPARE(run.now, ref.boundaries.constLast());
            QCOMPARE(Integration::Device(QFileInfo(store).absolutePath()).snapshot(), ref.snapshot);
            count = -1;
            continue;
        }
        ++tally.points;
        judge(ref, run, tally);
        if (QTest::currentTestFailed())
            return;
        count = run.now;
    }
    if (count >= 0)
        finishChain(store, ref, count);
    tally.wallMs = wall.elapsed();
    qInfo("pull victim: %d chains over %lld pages of %d bytes (%lld records)", chains,
          qint64(ref.boundaries.size() - 1), kPageBytes, ref.boundaries.constLast());
}

} // namespace Qadam::Crash
