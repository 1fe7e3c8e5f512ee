// Victim (a): a device process writing through the product's WriteService (creates, field patches,
// state-machine commands whose effects write follow-up records) is SIGKILLed at random moments.
//
// Side channel: the child prints "begin <i> <what>" before an op, "commit <i> <micros> <id>" as
// soon as WriteService returned, then "digest <i> <fingerprint>" (stdout is a pipe: what the child
// wrote survives its death). After a kill the store must open with its key, pass integrity_check
// and cipher_integrity_check, keep the audit chain intact, hold every op whose commit line arrived,
// and be EXACTLY the state before the in-flight op (the last fingerprint, plus an op committed
// since) or that state plus the whole in-flight op (its change to the fingerprint equals what every
// committed op of that kind changed); every record's version must equal its outbox ops and every
// op must have its audit event.
#include "victims.h"

#include "crashsupport.h"
#include "harness.h"

#include "audit/auditlog.h"
#include "casework/accesspolicy.h"
#include "domain/schema.h"
#include "replica/syncstate.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QCoreApplication>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Qadam::Crash {

namespace {

constexpr int kTargets = 6;  ///< people whose records the child edits

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/** The records the child works on, read from the store (the seeded cases it pulled). */
struct Targets
{
    QStringList people;
    QString order;
};

Targets findTargets(Database &db)
{
    // An order the officer can suspend and resume, and people of the same caseload.
    const EntitySpec &order = *Schema::builtIn().entity(u"SupervisionOrder"_s);
    Targets t;
    auto live = db.prepare(u"SELECT id, %1 FROM %2 WHERE %3 IN ('in_force', 'extended', 'suspended') ORDER BY id LIMIT 1"_s
                               .arg(order.field(u"personId"_s)->column(), order.table,
                                    order.field(u"status"_s)->column()));
    if (live.ok() && live.value().step().value()) {
        t.order = live.value().text(0);
        t.people << live.value().text(1);
    }
    auto people = db.prepare(u"SELECT id FROM %1 ORDER BY id LIMIT %2"_s
                                 .arg(Schema::builtIn().entity(u"Person"_s)->table).arg(kTargets));
    if (people.ok())
        while (people.value().step().value())
            if (!t.people.contains(people.value().text(0)))
                t.people << people.value().text(0);
    return t;
}

/** The checker's own test: one logical change written as TWO transactions (a defect on purpose).
 *  A kill between them leaves a state that is neither before nor after the change. */
Result<QString> writeTorn(WriteService &w, const QString &person, qint64 index, QByteArray &what)
{
    what = "torn Person " + person.toLatin1();
    say("begin " + QByteArray::number(index) + ' ' + what);
    auto current = w.get(u"Person"_s, person);
    if (!current.ok())
        return current.error();
    const QString tag = u"torn op %1"_s.arg(index);
    if (Status s = w.update(u"Person"_s, person, current.value().version, {{u"residenceAddress"_s, tag}}); !s.ok())
        return s.error();
    const Status s = w.update(u"Person"_s, person, current.value().version + 1, {{u"notes"_s, tag}});
    return s.ok() ? Result<QString>(person) : Result<QString>(s.error());
}

/** One op of the child, chosen from the seeded generator. Returns the record id it wrote. */
Result<QString> writeOne(WriteService &w, const Targets &t, QRandomGenerator &rng, qint64 index, QByteArray &what,
                         bool torn)
{
    const QString tag = u"crash op %1"_s.arg(index);
    const QString person = t.people.at(int(rng.bounded(int(t.people.size()))));
    if (torn)
        return writeTorn(w, person, index, what);
    const quint32 dice = rng.bounded(100u);
    if (dice < 35) {
        what = "create Document";
        say("begin " + QByteArray::number(index) + ' ' + what);
        return w.create(u"Document"_s, {{u"personId"_s, person}, {u"kind"_s, u"other"_s}, {u"title"_s, tag}});
    }
    if (dice < 80 || t.order.isEmpty()) {
        auto current = w.get(u"Person"_s, person);
        if (!current.ok())
            return current.error();
        what = "patch Person " + person.toLatin1();
        say("begin " + QByteArray::number(index) + ' ' + what);
        const Status s = w.update(u"Person"_s, person, current.value().version, {{u"residenceAddress"_s, tag}});
        return s.ok() ? Result<QString>(person) : Result<QString>(s.error());
    }
    auto order = w.get(u"SupervisionOrder"_s, t.order);
    if (!order.ok())
        return order.error();
    const bool suspended = order.value().fields.value(u"status"_s).toString() == u"suspended";
    const QString today = w.today().toString(Qt::ISODate);
    what = suspended ? "command resume" : "command suspend";
    say("begin " + QByteArray::number(index) + ' ' + what);
    const Status s = suspended
        ? w.command(u"SupervisionOrder"_s, t.order, order.value().version, u"resume"_s, {{u"endsOn"_s, today}})
        : w.command(u"SupervisionOrder"_s, t.order, order.value().version, u"suspend"_s,
                    {{u"suspensionReason"_s, u"hospital"_s}, {u"startsOn"_s, today}});
    return s.ok() ? Result<QString>(t.order) : Result<QString>(s.error());
}

/** Records whose version disagrees with their outbox ops: version = first op's base + ops. */
QStringList versionMismatches(Database &db)
{
    QStringList bad;
    auto groups = db.prepare(u"SELECT entity, record_id, min(base_version), count(*) FROM outbox "
                             "GROUP BY entity, record_id"_s);
    if (!groups.ok())
        return {u"outbox unreadable"_s};
    Statement &g = groups.value();
    while (g.step().value()) {
        const EntitySpec *spec = Schema::builtIn().entity(g.text(0));
        auto version = db.scalar(u"SELECT version FROM %1 WHERE id = ?1"_s.arg(spec->table), {g.text(1)});
        const qint64 expected = g.integer(2) + g.integer(3);
        if (!version.ok() || version.value().toLongLong() != expected)
            bad << u"%1 version %2, ops say %3"_s.arg(g.text(0)).arg(version.ok() ? version.value().toLongLong() : -1)
                       .arg(expected);
    }
    return bad;
}

/** Ops whose record has no audit event of the same entity and record (every write audits). */
qint64 unauditedOps(Database &db)
{
    auto n = db.scalar(u"SELECT count(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM audit_event a "
                       "WHERE a.entity = o.entity AND a.record_id = o.record_id)"_s);
    return n.ok() ? n.value().toLongLong() : -1;
}

using Delta = QMap<QString, qint64>;

QByteArray kindOf(const QByteArray &what)
{
    // "patch Person <id>" → "patch Person": the delta does not depend on which person.
    const QList<QByteArray> words = what.split(' ');
    return words.value(0) + ' ' + words.value(1);
}

Delta plus(Delta a, const Delta &b)
{
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if ((a[it.key()] += it.value()) == 0)
            a.remove(it.key());
    return a;
}

/**
 * What one killed run shows. `base` is the last digest the child printed; after it, at most one op
 * committed without its digest line (`committedKind`) and at most one was in flight (`inflightKind`,
 * its "begin" printed, its "commit" not). The store must be base (+ the committed op) — the state
 * before the in-flight op — or that plus the whole in-flight op.
 */
struct Observation
{
    Digest base;
    QByteArray committedKind;
    QByteArray inflightKind;
    Digest now;
};

/** The lines of one run: the observation's base and kinds, what each committed op kind changed,
 *  and the records that acknowledged creates made. */
struct RunLog
{
    Observation observation;
    qint64 lastIndex = 0;   ///< highest op index begun
    QList<QPair<QByteArray, Delta>> learned;
    QStringList createdIds;
    QList<qint64> opMicros;
};

RunLog readRun(const QList<QByteArray> &lines)
{
    RunLog log;
    Observation &o = log.observation;
    QByteArray current;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.value(0) == "ready") {
            o.base = Digest::parse(parts.value(1));
        } else if (parts.value(0) == "begin") {
            log.lastIndex = parts.value(1).toLongLong();
            current = kindOf(line.mid(line.indexOf(' ', 6) + 1));
            o.inflightKind = current;
        } else if (parts.value(0) == "commit") {
            o.committedKind = current;
            o.inflightKind.clear();
            log.opMicros << parts.value(2).toLongLong();
            if (current.startsWith("create"))
                log.createdIds << QString::fromLatin1(parts.value(3));
        } else if (parts.value(0) == "digest") {
            const Digest d = Digest::parse(parts.value(2));
            log.learned.append({current, d.minus(o.base)});
            o.base = d;
            o.committedKind.clear();
        }
    }
    return log;
}

/** Classifies an observation once every kind in it has a learned delta: 0 before, 1 after, 2 idle
 *  (nothing was in flight), -1 not yet decidable, -2 torn (`problem` says how). */
int classify(const Observation &o, const QHash<QByteArray, Delta> &learned, QString &problem)
{
    for (const QByteArray &kind : {o.committedKind, o.inflightKind})
        if (!kind.isEmpty() && !learned.contains(kind))
            return -1;
    const Delta committed = o.committedKind.isEmpty() ? Delta() : learned.value(o.committedKind);
    const Delta seen = o.now.minus(o.base);
    const bool exactBase = o.committedKind.isEmpty() ? o.now == o.base : seen == committed;
    if (exactBase)
        return o.inflightKind.isEmpty() ? 2 : 0;
    if (!o.inflightKind.isEmpty() && seen == plus(committed, learned.value(o.inflightKind)))
        return 1;
    problem = u"after the kill the store is neither before nor after '%1' (changed %2)"_s
                  .arg(QString::fromLatin1(o.inflightKind.isEmpty() ? o.committedKind : o.inflightKind),
                       QStringList(seen.keys()).join(u", "_s));
    return -2;
}

/** The parent's side of one writer store across kills. */
struct WriterRun
{
    QString path;
    quint32 seed = 0;
    bool torn = false;
    qint64 nextIndex = 1;
    qint64 opMicros = 5000;                  ///< how long an op takes (the child reports it)
    QHash<QByteArray, Delta> learned;        ///< op kind → what one committed op of it changes
    QList<Observation> open;                 ///< kills whose kinds are not all learned yet
    QStringList created;                     ///< records of acknowledged creates
};

/** Decides the observations that can be decided now; tallies them. Returns a problem or empty. */
QString settle(WriterRun &run, Tally &tally)
{
    for (auto it = run.open.begin(); it != run.open.end();) {
        QString problem;
        const int verdict = classify(*it, run.learned, problem);
        if (verdict == -2)
            return problem;
        if (verdict == -1) {
            ++it;
            continue;
        }
        ++(verdict == 0 ? tally.before : verdict == 1 ? tally.after : tally.idle);
        it = run.open.erase(it);
    }
    return {};
}

/** The store after a kill: opens, integrity, audit chain, before-or-after, per-record invariants. */
QString inspect(WriterRun &run, RunLog &log, Tally &tally)
{
    auto db = Database::open(run.path, Test::testKey());
    if (!db.ok())
        return u"the store does not open with its key after the kill"_s;
    if (const Status integrity = db.value()->checkIntegrity(); !integrity.ok())
        return integrity.error().detail;
    auto chain = AuditLog::verify(*db.value());
    if (!chain.ok() || !chain.value().intact())
        return u"the audit chain is broken after the kill"_s;
    log.observation.now = Digest::of(*db.value());
    run.open << log.observation;
    if (QString problem = settle(run, tally); !problem.isEmpty())
        return problem;
    if (const QStringList bad = versionMismatches(*db.value()); !bad.isEmpty())
        return bad.join(u"; "_s);
    if (const qint64 n = unauditedOps(*db.value()); n != 0)
        return u"%1 outbox ops without their audit event"_s.arg(n);
    // device_seq has no gap: an op never commits without the ones before it.
    if (db.value()->scalar(u"SELECT count(*) - coalesce(max(device_seq) - min(device_seq) + 1, 0) FROM outbox"_s)
            .value().toLongLong() != 0)
        return u"a gap in the outbox's device_seq"_s;
    const QString documents = Schema::builtIn().entity(u"Document"_s)->table;
    for (const QString &id : std::as_const(run.created))
        if (db.value()->scalar(u"SELECT count(*) FROM %1 WHERE id = ?1"_s.arg(documents), {id}).value().toLongLong() != 1)
            return u"an acknowledged create is gone after the kill"_s;
    return {};
}

/** Starts the writer, kills it inside a random op, and inspects the store: empty when sound. */
QString killAndInspect(WriterRun &run, QRandomGenerator &rng, Tally &tally)
{
    QProcess child;
    QStringList args{u"--local-writer"_s, run.path, QString::number(run.seed), QString::number(run.nextIndex)};
    if (run.torn)
        args << u"--torn"_s;
    child.start(QCoreApplication::applicationFilePath(), args);
    LineReader reader(child);
    if (!reader.waitFor("ready", 30'000))
        return u"the writer did not start"_s;
    // Kill inside a random op: once it has begun, at a random moment of an op's duration.
    const int op = 1 + int(rng.bounded(4));
    reader.waitForCount("begin", op, 30'000);
    sleepMicros(qint64(rng.bounded(quint32(run.opMicros * 5 / 4))));
    const bool killed = killHard(child);
    reader.drain();
    if (!reader.last("error").isEmpty() || !killed)
        return u"the writer stopped by itself: "_s + QString::fromUtf8(reader.last("error"));
    ++tally.points;

    RunLog log = readRun(reader.lines());
    for (const auto &[kind, delta] : std::as_const(log.learned)) {
        if (run.learned.contains(kind) && run.learned.value(kind) != delta)
            return u"two committed '%1' ops changed the store differently"_s.arg(QString::fromLatin1(kind));
        run.learned.insert(kind, delta);
    }
    for (const qint64 micros : std::as_const(log.opMicros))
        run.opMicros = (run.opMicros * 7 + micros) / 8;
    run.created += log.createdIds;
    run.nextIndex = std::max(run.nextIndex, log.lastIndex + 1);
    return inspect(run, log, tally);
}

/** A device of the scenario's officer, enrolled and pulled; its store path (the device closed). */
QString writerStore(Integration::Scenario &s, const QString &name)
{
    auto device = s.device(s.seed().officerId, name);
    return device ? device->path() : QString();
}

/** The writer's device syncs everything it wrote: nothing refused, server and device agree on
 *  every record of the entities the writer touches. */
void syncAndCompare(Integration::Scenario &s, const QString &path)
{
    Integration::Device synced(QFileInfo(path).absolutePath());
    QVERIFY(synced.switchServer(s.server().url()));
    QVERIFY(synced.sync(300'000));
    QVERIFY2(synced.outboxCount(u"rejected"_s) == 0, qPrintable(synced.rejectedSummary().join(u"; "_s)));
    QCOMPARE(synced.outboxCount(u"pending"_s) + synced.outboxCount(u"sent"_s), 0);
    auto server = s.store().open();
    QVERIFY(server.ok());
    for (const QString &entity : {u"Person"_s, u"SupervisionOrder"_s, u"Document"_s, u"OrderSuspension"_s}) {
        auto ids = synced.db().prepare(u"SELECT id FROM %1"_s.arg(Schema::builtIn().entity(entity)->table));
        QVERIFY(ids.ok());
        while (ids.value().step().value()) {
            const QString id = ids.value().text(0);
            const auto remote = Integration::serverRecord(*server.value(), entity, id);
            const auto local = synced.record(entity, id);
            QVERIFY2(remote.ok() && remote.value(), qPrintable(entity + u" written on the device is missing on the server"_s));
            QCOMPARE(local->version, remote.value()->version);
            for (const QString &field : {u"residenceAddress"_s, u"title"_s, u"status"_s})
                QCOMPARE(local->fields.value(field).toString(), remote.value()->fields.value(field).toString());
        }
    }
}

} // namespace

int runLocalWriter(const QString &path, quint32 seed, qint64 firstIndex, bool torn)
{
    auto opened = Database::open(path, Test::testKey());
    if (!opened.ok())
        return 2;
    Database &db = *opened.value();
    auto credentials = SyncState(db).credentials();
    if (!credentials.ok() || !credentials.value().enrolled())
        return 3;
    Actor actor{credentials.value().userId, Role::ProbationOfficer};
    (void)roleFromName(credentials.value().role, &actor.role);
    SystemClock clock;
    WriteService writer(db, clock, actor);
    writer.setAccessPolicy(&AccessPolicy::builtIn());
    const Targets targets = findTargets(db);
    if (targets.people.isEmpty())
        return 4;
    QRandomGenerator rng(seed ^ quint32(firstIndex * 2654435761u));
    say("ready " + Digest::of(db).serialise());
    for (qint64 i = firstIndex;; ++i) {
        QByteArray what;
        const qint64 started = nowMicros();
        auto written = writeOne(writer, targets, rng, i, what, torn);
        if (!written.ok()) {
            say("error " + what + ' ' + errorCodeName(written.code()).toLatin1() + ' ' + written.error().detail.toUtf8());
            return 5;
        }
        // First the acknowledgement, then the (slower) fingerprint: most of a run is inside ops.
        say("commit " + QByteArray::number(i) + ' ' + QByteArray::number(nowMicros() - started) + ' '
            + written.value().toLatin1());
        say("digest " + QByteArray::number(i) + ' ' + Digest::of(db).serialise());
    }
}

void killLocalWrites(Integration::Scenario &s, const Plan &plan, Tally &tally)
{
    QElapsedTimer wall;
    wall.start();
    WriterRun run;
    run.path = writerStore(s, u"writer"_s);
    run.seed = plan.seed();
    QVERIFY(!run.path.isEmpty());
    QRandomGenerator rng = plan.rngFor(Victim::LocalWrites);
    for (int point = 0; point < plan.pointsFor(Victim::LocalWrites); ++point) {
        const QString problem = killAndInspect(run, rng, tally);
        QVERIFY2(problem.isEmpty(), qPrintable(u"kill point %1: %2"_s.arg(point + 1).arg(problem)));
    }
    QVERIFY2(run.open.isEmpty(), "an op kind that was interrupted never committed in full to compare with");
    qInfo("local writes: %lld ops begun, an op takes about %lld us", run.nextIndex - 1, run.opMicros);
    tally.wallMs = wall.elapsed();
    syncAndCompare(s, run.path);
}

int tornWritesCaught(Integration::Scenario &s, quint32 seed, int maxKills)
{
    WriterRun run;
    run.path = writerStore(s, u"torn-writer"_s);
    run.seed = seed;
    run.torn = true;
    QRandomGenerator rng(seed);
    Tally ignored;
    for (int kill = 1; kill <= maxKills && !run.path.isEmpty(); ++kill) {
        const QString problem = killAndInspect(run, rng, ignored);
        if (problem.contains(u"neither before nor after"_s)) {
            qInfo("the checker caught the torn write at kill %d: %s", kill, qPrintable(problem));
            return kill;
        }
        if (!problem.isEmpty()) {
            qWarning("unexpected problem: %s", qPrintable(problem));
            return 0;
        }
    }
    return 0;
}

} // namespace Qadam::Crash
