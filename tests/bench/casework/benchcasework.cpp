// qadam_bench_casework: the Art. 172 p9 deadline engine and the case timeline on the synthetic
// data set. Issue 3 asks: all obligations and alerts for the 100,000-person data set computed in
// ≤ 1 s; one person's full timeline in ≤ 5 ms. This prints:
//   - loading every order's inputs (orders, suspensions, check-ins: one scan of each table);
//   - computing every obligation of both channels on `today`;
//   - planning the alerts (the alerts already raised, loaded by key, and the decision per order);
//   - writing those alerts through the write path (WriteService via AlertService) inside a
//     transaction that is rolled back afterwards, and a second pass that must write nothing;
//   - one person's timeline for a sample of people: median, 95th percentile, maximum.
// The engine figures are taken over three rounds: the first (cold caches) and the best (warm).
// The covering check-in index this bench proposed is the product's migration 5 now.
// --store FILE measures an existing generated store with the store benchmark's key (tests/bench/
// run hands it the 100,000-people data set of qadam_bench_store, so it is generated once);
// --json FILE writes the figures for tests/bench/run.
// It asserts nothing about time; it fails (exit code 1) on wrong results only: no obligations, no
// attended or missed ones, the bulk loader disagreeing with the per-order loader, a second alert
// pass that writes, or a timeline without the person's obligations.
//
// Smoke run (2,000 people, a temporary directory; ctest runs it as bench_casework_smoke):
//   build/<dir>/tests/bench/casework/qadam_bench_casework
// Full run (100,000 people; generating the data set takes minutes and is cached):
//   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DQADAM_BUILD_APP=OFF
//   cmake --build build/bench --target qadam_bench_casework
//   build/bench/tests/bench/casework/qadam_bench_casework --full --cache-dir build/bench/bench-cache
// or QADAM_BENCH_CASEWORK_PEOPLE=100000, or -DQADAM_RUN_BENCH=ON and ctest -L bench.

#include "casework/deadlinealerts.h"
#include "casework/obligationloader.h"
#include "casework/timeline.h"
#include "generator/syntheticdata.h"
#include "store/database.h"
#include "store/migrations.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QDate kToday(2026, 3, 16); // fixed, so cached data sets and figures compare across runs
constexpr int kFullPeople = 100000;
constexpr int kTimelineSamples = 500;

constexpr int kRounds = 3; ///< the engine figures: the first round (cold) and the best (warm)

struct Options
{
    int people = 2000;
    QString cacheDir; ///< empty: a temporary directory, removed afterwards
    QString store; ///< an existing generated store (the store benchmark's) instead of the cache
    QString json; ///< also write the figures here
};

/** What the run found; `failures` lists every wrong result, `figures` what --json writes. */
struct Outcome
{
    QStringList failures;
    QJsonObject figures;
    void check(bool ok, const QString &what)
    {
        if (!ok)
            failures << what;
    }
};

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QByteArray benchKey()
{
    return QByteArray(32, 'c'); // synthetic data only; never a product key
}

/** The key of qadam_bench_store's data sets (tests/bench/dataset.cpp), for --store. */
QByteArray storeBenchKey()
{
    return QByteArray(32, 'b');
}

Result<std::unique_ptr<Database>> openStore(const QString &path, const QByteArray &key = benchKey())
{
    return Database::open(path, key);
}

/** The generated store for `people`, reused from an earlier run when the cache has it. */
Result<QString> dataset(const Options &options, const QString &dir)
{
    const QString path = QDir(dir).filePath(u"casework-p%1-s1-%2-m%3.db"_s.arg(options.people)
                                                .arg(kToday.toString(u"yyyyMMdd"_s))
                                                .arg(Migrator::latestVersion()));
    if (QFile::exists(path + u".complete"_s))
        return path;
    QFile::remove(path);
    auto db = openStore(path);
    if (!db.ok())
        return db.error();
    if (Status s = Migrator::migrate(*db.value()); !s.ok())
        return s.error();
    GeneratorOptions generator;
    generator.people = options.people;
    generator.today = kToday;
    generator.peoplePerTransaction = 5000;
    std::fprintf(stderr, "generating %d people into %s\n", options.people, qPrintable(path));
    if (auto report = SyntheticData::generate(*db.value(), generator); !report.ok())
        return report.error();
    if (Status s = db.value()->checkpoint(); !s.ok())
        return s.error();
    QFile marker(path + u".complete"_s);
    if (!marker.open(QIODevice::WriteOnly))
        return Error::make(Error::Storage, u"cannot mark the data set complete"_s);
    return path;
}

/** The bulk loader must give each order what the per-order loader gives it. */
void crossCheck(
    Database &db, const ObligationEngine &engine, const QList<DeadlineInputs> &orders, Outcome &out)
{
    ObligationLoader loader(db);
    const qsizetype step = std::max<qsizetype>(1, orders.size() / 200);
    for (qsizetype i = 0; i < orders.size(); i += step) {
        auto one = loader.order(orders.at(i).order.id);
        const QList<Obligation> bulk = engine.compute(orders.at(i), kToday);
        const QList<Obligation> single = one.ok() ? engine.compute(one.value(), kToday) : QList<Obligation>();
        bool same = bulk.size() == single.size();
        for (qsizetype k = 0; same && k < bulk.size(); ++k)
            same = bulk.at(k).dueOn == single.at(k).dueOn && bulk.at(k).status == single.at(k).status;
        out.check(same, u"order %1: the bulk and per-order loaders disagree"_s.arg(orders.at(i).order.id));
    }
}

Result<QString> anySupervisor(Database &db)
{
    auto id = db.scalar(u"SELECT id FROM staff_user WHERE role = 'supervisor' ORDER BY id LIMIT 1"_s);
    if (!id.ok())
        return id.error();
    return id.value().toString();
}

/** Writes the alerts through the write path, then runs the pass again; both rolled back. */
void writeAlerts(Database &db, const ObligationEngine &engine, Outcome &out)
{
    auto actor = anySupervisor(db);
    ManualClock clock(QDateTime(kToday, QTime(12, 0), Qt::OffsetFromUTC, 5 * 3600).toMSecsSinceEpoch());
    WriteService writer(db, clock, Actor { actor.ok() ? actor.value() : QString(), Role::Supervisor });
    DeadlineAlerts pass(db, writer, engine);
    Transaction scratch(db); // never committed: the cached data set stays as generated
    QElapsedTimer t;
    t.start();
    auto first = pass.runAll();
    const double firstMs = msSince(t);
    out.check(first.ok(), u"the alert pass failed: "_s + (first.ok() ? QString() : first.error().detail));
    t.restart();
    auto second = pass.runAll();
    const double secondMs = msSince(t);
    out.check(second.ok() && second.value().raised + second.value().escalated == 0,
        u"a second alert pass wrote alerts"_s);
    out.figures.insert(u"writeAlertsMs"_s, firstMs);
    if (first.ok() && second.ok())
        std::printf("  write alerts (WriteService, one tx)  %9.1f ms   raised %lld, escalated %lld; "
                    "second pass %.1f ms, %lld written\n",
            firstMs, first.value().raised, first.value().escalated, secondMs,
            second.value().raised + second.value().escalated);
}

/** Times one person's timeline for a sample of people with an order. */
void timelines(
    Database &db, const ObligationEngine &engine, const QList<DeadlineInputs> &orders, Outcome &out)
{
    Timeline timeline(db, engine);
    QList<double> ms;
    const qsizetype step = std::max<qsizetype>(1, orders.size() / kTimelineSamples);
    QElapsedTimer first;
    first.start();
    if (!orders.isEmpty())
        (void)timeline.forPerson(orders.first().order.personId, kToday); // compiles the statements
    std::printf("  timeline, first call (statements compiled) %6.2f ms\n", msSince(first));
    for (qsizetype i = 0; i < orders.size(); i += step) {
        const QString personId = orders.at(i).order.personId;
        QElapsedTimer t;
        t.start();
        auto entries = timeline.forPerson(personId, kToday);
        ms << msSince(t);
        const bool hasObligation = entries.ok()
            && std::any_of(entries.value().cbegin(), entries.value().cend(),
                [](const TimelineEntry &e) { return e.kind == TimelineKind::Obligation; });
        const bool expectsOne = !engine.compute(orders.at(i), kToday).isEmpty();
        out.check(!expectsOne || hasObligation, u"a timeline without the person's obligations"_s);
    }
    if (ms.isEmpty())
        return;
    std::sort(ms.begin(), ms.end());
    out.figures.insert(u"timelineP50Ms"_s, ms.at(ms.size() / 2));
    out.figures.insert(u"timelineP95Ms"_s, ms.at(qsizetype(double(ms.size()) * 0.95)));
    out.figures.insert(u"timelineMaxMs"_s, ms.last());
    out.figures.insert(u"timelineSamples"_s, qint64(ms.size()));
    std::printf("  timeline, one person (%lld people)     median %.2f ms, p95 %.2f ms, max %.2f ms   "
                "(target <= 5 ms)\n",
        qint64(ms.size()), ms.at(ms.size() / 2), ms.at(qsizetype(double(ms.size()) * 0.95)), ms.last());
}

void printCounts(const AlertPassReport &c)
{
    std::printf("    %lld obligations:", c.obligations);
    for (int s = 0; s < 7; ++s)
        std::printf(
            " %s %lld%s", qPrintable(statusName(ObligationStatus(s))), c.byStatus[s], s < 6 ? "," : "");
    std::printf("\n    alerts to raise %lld, to escalate %lld\n", c.raised, c.escalated);
}

/** One round of the figure the issue targets: load, compute and plan. */
struct EngineRound
{
    double loadMs = 0;
    double existingMs = 0;
    double computeMs = 0;
    AlertPassReport counts;
    QList<DeadlineInputs> orders;
    qint64 existing = 0;

    [[nodiscard]] double totalMs() const { return loadMs + existingMs + computeMs; }
};

EngineRound engineRound(Database &db, const ObligationEngine &engine, Outcome &out)
{
    EngineRound r;
    QElapsedTimer t;
    t.start();
    auto orders = ObligationLoader(db).all();
    r.loadMs = msSince(t);
    t.restart();
    auto existing = DeadlineAlerts::existingAlerts(db, DeadlineRules::builtIn());
    r.existingMs = msSince(t);
    out.check(orders.ok() && existing.ok(), u"loading the inputs failed"_s);
    if (!orders.ok() || !existing.ok())
        return r;
    t.restart();
    (void)DeadlineAlerts::planAll(engine, orders.value(), existing.value(), kToday, DeadlineRules::builtIn(),
        r.counts, QThread::idealThreadCount());
    r.computeMs = msSince(t);
    r.orders = orders.value();
    r.existing = existing.value().size();
    return r;
}

void printRound(const char *name, const EngineRound &r)
{
    std::printf("  %-6s load inputs %7.1f ms + raised alerts %6.1f ms + compute and plan %6.1f ms = %7.1f ms"
                "   (target <= 1000 ms)\n",
        name, r.loadMs, r.existingMs, r.computeMs, r.totalMs());
}

/** The engine figures over kRounds rounds; returns the orders loaded. */
QList<DeadlineInputs> measureEngine(Database &db, const ObligationEngine &engine, Outcome &out)
{
    QList<EngineRound> rounds;
    for (int i = 0; i < kRounds; ++i)
        rounds << engineRound(db, engine, out);
    const EngineRound &r = rounds.first();
    qint64 checkIns = 0;
    for (const DeadlineInputs &inputs : r.orders)
        checkIns += inputs.checkIns.size();
    std::printf("  %lld orders, %lld check-ins, %lld alerts with an obligation key; %d threads\n",
        r.orders.size(), checkIns, r.existing, QThread::idealThreadCount());
    printCounts(r.counts);
    printRound("cold", r);
    const EngineRound &warm = *std::min_element(rounds.cbegin(), rounds.cend(),
        [](const auto &a, const auto &b) { return a.totalMs() < b.totalMs(); });
    printRound("warm", warm);
    out.figures.insert(u"engineColdMs"_s, r.totalMs());
    out.figures.insert(u"engineWarmMs"_s, warm.totalMs());
    out.figures.insert(u"engineWarmLoadMs"_s, warm.loadMs + warm.existingMs);
    out.figures.insert(u"engineWarmComputeMs"_s, warm.computeMs);
    out.figures.insert(u"orders"_s, qint64(r.orders.size()));
    out.figures.insert(u"obligations"_s, r.counts.obligations);
    out.check(r.counts.obligations > 0, u"no obligations"_s);
    out.check(r.counts.byStatus[int(ObligationStatus::Attended)] > 0, u"no attended obligation"_s);
    out.check(r.counts.byStatus[int(ObligationStatus::Missed)] > 0, u"no missed obligation"_s);
    for (const EngineRound &other : rounds)
        out.check(other.counts.obligations == r.counts.obligations, u"rounds disagree"_s);
    return r.orders;
}

void writeJson(const Options &options, const Outcome &out)
{
    if (options.json.isEmpty())
        return;
    QJsonObject json = out.figures;
    json.insert(u"store"_s, options.store.isEmpty() ? u"generated"_s : u"qadam_bench_store data set"_s);
    json.insert(u"failures"_s, QJsonArray::fromStringList(out.failures));
    QFile file(options.json);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(json).toJson()) < 0)
        std::fprintf(stderr, "cannot write %s\n", qPrintable(options.json));
}

int run(const Options &options, const QString &dir)
{
    auto path = options.store.isEmpty() ? dataset(options, dir) : Result<QString>(options.store);
    auto db = path.ok() ? openStore(path.value(), options.store.isEmpty() ? benchKey() : storeBenchKey())
                        : Result<std::unique_ptr<Database>>(path.error());
    auto calendar = db.ok() ? WorkCalendar::load(*db.value()) : Result<WorkCalendar>(db.error());
    if (!calendar.ok()) {
        std::fprintf(stderr, "cannot prepare the data set: %s\n", qPrintable(calendar.error().detail));
        return 1;
    }
    Database &store = *db.value();
    const ObligationEngine engine(calendar.value(), DeadlineRules::builtIn().settings());
    const qint64 people = store.scalar(u"SELECT count(*) FROM person"_s).value().toLongLong();
    std::printf("qadam_bench_casework: %lld people, seed 1, today %s, calendar v%d\n", people,
        qPrintable(kToday.toString(Qt::ISODate)), calendar.value().version());
    Outcome out;
    out.figures.insert(u"people"_s, people);
    const QList<DeadlineInputs> orders = measureEngine(store, engine, out);
    crossCheck(store, engine, orders, out);
    writeAlerts(store, engine, out);
    timelines(store, engine, orders, out);
    for (const QString &failure : out.failures)
        std::fprintf(stderr, "WRONG: %s\n", qPrintable(failure));
    std::printf("%s\n", out.failures.isEmpty() ? "results: correct" : "results: WRONG");
    writeJson(options, out);
    return out.failures.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Casework benchmark: deadline engine and timeline"_s);
    parser.addHelpOption();
    const QCommandLineOption people(u"people"_s, u"People in the data set (default 2000)."_s, u"n"_s);
    const QCommandLineOption full(u"full"_s, u"The full 100,000-people run."_s);
    const QCommandLineOption cache(
        u"cache-dir"_s, u"Keep the generated data set here between runs."_s, u"dir"_s);
    const QCommandLineOption store(u"store"_s,
        u"Measure this generated store (qadam_bench_store's data set and key) instead of generating one."_s,
        u"file"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the figures to this file."_s, u"file"_s);
    parser.addOptions({ people, full, cache, store, json });
    parser.process(app);

    Options options;
    options.people = qEnvironmentVariableIntValue("QADAM_BENCH_CASEWORK_PEOPLE");
    if (parser.isSet(people))
        options.people = parser.value(people).toInt();
    if (parser.isSet(full))
        options.people = kFullPeople;
    if (options.people <= 0)
        options.people = 2000;
    options.cacheDir = parser.value(cache);
    options.store = parser.value(store);
    options.json = parser.value(json);

    QTemporaryDir temporary;
    if (!options.cacheDir.isEmpty() && !QDir().mkpath(options.cacheDir))
        return 1;
    return run(options, options.cacheDir.isEmpty() ? temporary.path() : options.cacheDir);
}
