// Sync benchmark of issue 4: our sync against PouchDB ⇄ CouchDB-protocol replication on the same
// records, in one run. See tests/bench/sync/CMakeLists.txt for how it is built and registered.
//
//   qadam_bench_sync --cache-dir build/bench/bench-cache --repeat 3 --json sync.json
//   qadam_bench_sync --pg-load auto          # also the PostgreSQL server load (private cluster)
//   qadam_bench_sync --only-pg --pg-load auto --pg-server build/…/qadam-server   # load on a server process
//   qadam_bench_sync --smoke                 # CI: 1,000 records, correctness only
//
// Data sets: "checkins" (the first 10,000 generated check-ins; people and orders they refer to are
// on the server and on both devices beforehand) and "mixed" (whole caseloads, every entity, about
// 10,000 records). Each is exported as JSON lines for the PouchDB peer (--db=leveldb --json) and
// synced by our client through a byte-counting proxy to an in-process server (see qadamside.h).
#include "pgload.h"
#include "pouchside.h"
#include "qadamside.h"
#include "syncdataset.h"
#include "syncreport.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Bench;

namespace {

void say(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

struct Cli
{
    BenchOptions options;
    QString pgLoad;               ///< "", "auto" or a postgresql:// URL
    PgLoadOptions pg;
    bool onlyPg = false;
    bool noPouch = false;
};

Cli parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Sync benchmark: Qadam sync against PouchDB replication on the same records."_s);
    p.addHelpOption();
    const QCommandLineOption checkIns(u"checkins"_s, u"Check-ins of the first data set (10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption mixed(u"mixed"_s, u"About this many records of whole caseloads (10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption repeat(u"repeat"_s, u"Runs per side; medians are reported (1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption pct(u"pct"_s, u"Percent of records changed for push_delta (1)."_s, u"p"_s, u"1"_s);
    const QCommandLineOption cache(u"cache-dir"_s, u"Keeps the generated store between runs."_s, u"dir"_s);
    const QCommandLineOption work(u"work-dir"_s, u"Device and server files (default: a temporary directory)."_s, u"dir"_s);
    const QCommandLineOption json(u"json"_s, u"Also writes the figures as JSON to this file."_s, u"file"_s);
    const QCommandLineOption datasets(u"datasets"_s, u"checkins,mixed (both)."_s, u"list"_s, u"checkins,mixed"_s);
    const QCommandLineOption peer(u"pouch-peer"_s, u"The PouchDB peer's sources."_s, u"dir"_s, QStringLiteral(QADAM_POUCH_PEER_DIR));
    const QCommandLineOption pouchDir(u"pouch-dir"_s, u"Where the peer is installed and run."_s, u"dir"_s,
                                      QStringLiteral(QADAM_POUCH_RUN_DIR));
    const QCommandLineOption smoke(u"smoke"_s, u"Small and quick (1,000 records); fails on wrong results only; "
                                              u"skips the PouchDB side when node is missing."_s);
    const QCommandLineOption pgLoad(u"pg-load"_s, u"Server load on PostgreSQL: a postgresql:// URL, or 'auto' for a "
                                                 u"private cluster (tests/integration/pgcluster.sh)."_s, u"url"_s);
    const QCommandLineOption pgDevices(u"pg-devices"_s, u"Simulated enrolled devices (1000)."_s, u"n"_s, u"1000"_s);
    const QCommandLineOption pgServer(u"pg-server"_s, u"A qadam-server binary: the PostgreSQL load goes to it as its own "
                                                     u"process (its peak memory is reported)."_s, u"path"_s);
    const QCommandLineOption pgIngest(u"pg-ingest-ops"_s, u"Creates pushed in the ingest phase (48000)."_s, u"n"_s,
                                      u"48000"_s);
    const QCommandLineOption onlyPg(u"only-pg"_s, u"Run only the PostgreSQL load."_s);
    const QCommandLineOption noPouch(u"no-pouch"_s, u"Our side only (profiling); no ratios."_s);
    p.addOptions({checkIns, mixed, repeat, pct, cache, work, json, datasets, peer, pouchDir, smoke, pgLoad, pgDevices, pgServer, pgIngest, onlyPg,
                  noPouch});
    p.process(app);
    Cli cli;
    BenchOptions &o = cli.options;
    o.smoke = p.isSet(smoke);
    o.checkIns = o.smoke && !p.isSet(checkIns) ? 1000 : p.value(checkIns).toInt();
    o.mixedRecords = o.smoke && !p.isSet(mixed) ? 1000 : p.value(mixed).toInt();
    o.repeat = std::max(1, p.value(repeat).toInt());
    o.pct = std::clamp(p.value(pct).toInt(), 1, 100);
    o.cacheDir = p.value(cache);
    o.workDir = p.value(work);
    o.jsonPath = p.value(json);
    o.datasets = p.value(datasets).split(u',', Qt::SkipEmptyParts);
    o.pouchPeerDir = p.value(peer);
    o.pouchRunDir = p.value(pouchDir);
    o.pouchOptional = o.smoke;
    cli.pgLoad = p.value(pgLoad);
    cli.pg.devices = p.value(pgDevices).toInt();
    cli.pg.serverBinary = p.value(pgServer);
    cli.pg.ingestOps = std::max(1, p.value(pgIngest).toInt());
    cli.onlyPg = p.isSet(onlyPg);
    cli.noPouch = p.isSet(noPouch);
    return cli;
}

QString describe(const SyncDataset &set)
{
    QStringList parts;
    for (auto it = set.perEntity.cbegin(); it != set.perEntity.cend(); ++it)
        parts << u"%1 %2"_s.arg(it.value()).arg(it.key());
    const QString kind = set.name == u"checkins"
        ? u"%1 check-ins as local edits; %2 support records (directory, people, orders) on the server and both "
          u"devices beforehand"_s.arg(set.local.size()).arg(set.support.size())
        : u"%1 records of whole caseloads as local edits (%2); directory (%3) on the server beforehand"_s
              .arg(set.local.size()).arg(parts.join(u", "_s)).arg(set.support.size());
    return kind;
}

/** Our side `repeat` times; the first run exports the JSON lines for the peer. */
Status runOurs(const SyncDataset &set, const BenchOptions &o, const QString &exportPath, DatasetResult &r)
{
    QList<PhaseMap> runs;
    QList<double> device, server;
    for (int i = 0; i < o.repeat; ++i) {
        QadamExtras extras;
        say(u"[%1] Qadam run %2/%3…\n"_s.arg(set.name).arg(i + 1).arg(o.repeat));
        auto phases = runQadam(set, o, i + 1, i == 0 ? exportPath : QString(), &extras);
        if (!phases.ok())
            return phases.error();
        runs << phases.value();
        device << extras.limitDeviceMs;
        server << extras.limitServerMs;
        const QStringList failures = r.extras.failures + extras.failures;
        r.extras = extras;
        r.extras.failures = failures;
    }
    r.qadam = medianOf(runs);
    r.extras.limitDeviceMs = median(device);
    r.extras.limitServerMs = median(server);
    return {};
}

Status runTheirs(const BenchOptions &o, const QString &input, DatasetResult &r)
{
    QList<PhaseMap> runs;
    for (int i = 0; i < o.repeat; ++i) {
        say(u"[%1] PouchDB run %2/%3…\n"_s.arg(r.name).arg(i + 1).arg(o.repeat));
        auto phases = runPouch(o, input);
        if (!phases.ok())
            return phases.error();
        runs << phases.value();
    }
    r.pouch = medianOf(runs);
    return {};
}

Result<DatasetResult> runDataset(Database &source, const QString &name, const BenchOptions &o, bool pouchReady,
                                 const QString &pouchNote)
{
    auto set = name == u"checkins" ? checkInDataset(source, o.checkIns) : mixedDataset(source, o.mixedRecords);
    if (!set.ok())
        return set.error();
    DatasetResult r;
    r.name = name;
    r.description = describe(set.value());
    const QString exportPath = QDir(o.workDir).filePath(name + u".jsonl"_s);
    if (Status s = runOurs(set.value(), o, exportPath, r); !s.ok())
        return s.error();
    if (pouchReady) {
        if (Status s = runTheirs(o, exportPath, r); !s.ok()) {
            if (!o.pouchOptional)
                return s.error();
            r.pouchNote = s.error().detail;
        }
    } else {
        r.pouchNote = pouchNote;
    }
    evaluateTargets(r);
    return r;
}

int runAll(const Cli &cli)
{
    const BenchOptions &o = cli.options;
    const QJsonObject machine = machineInfo();
    QString nodeVersion;
    const bool haveNode = nodeAvailable(&nodeVersion);
    say(machineLine(machine) + u", node %1\n"_s.arg(haveNode ? nodeVersion : u"missing"_s));
    QJsonObject report{{u"machine"_s, machine}, {u"node"_s, nodeVersion}, {u"repeat"_s, o.repeat}};
    bool correct = true;
    if (!cli.onlyPg) {
        bool pouchReady = false;
        QString pouchNote;
        if (cli.noPouch) {
            pouchNote = u"--no-pouch"_s;
        } else if (Status s = preparePouch(o); s.ok()) {
            pouchReady = true;
        } else if (o.pouchOptional) {
            pouchNote = s.error().detail;
            say(u"note: the PouchDB side is skipped: %1\n"_s.arg(pouchNote));
        } else {
            std::fprintf(stderr, "qadam_bench_sync: %s\n", qPrintable(s.error().detail));
            return 2;
        }
        auto source = prepareSource(o);
        if (!source.ok()) {
            std::fprintf(stderr, "qadam_bench_sync: %s\n", qPrintable(source.error().detail));
            return 1;
        }
        say(u"source: %1 generated people, %2 probation-channel check-ins (%3)\n"_s.arg(source.value().people)
                .arg(source.value().checkInsAvailable)
                .arg(source.value().cached ? u"cached"_s : u"generated in %1 s"_s.arg(source.value().generationSeconds)));
        auto db = openSource(source.value());
        if (!db.ok())
            return 1;
        QJsonArray sets;
        for (const QString &name : o.datasets) {
            auto r = runDataset(*db.value(), name, o, pouchReady, pouchNote);
            if (!r.ok()) {
                std::fprintf(stderr, "qadam_bench_sync: %s: %s\n", qPrintable(name), qPrintable(r.error().detail));
                return 1;
            }
            say(renderDataset(r.value(), o.repeat));
            sets.append(datasetJson(r.value()));
            for (const TargetResult &t : r.value().targets)
                if (!t.pass && (t.name.startsWith(u"correctness"_s) || t.name.startsWith(u"idle"_s)
                                || t.name.startsWith(u"first push"_s)))
                    correct = false;
        }
        report.insert(u"datasets"_s, sets);
    }
    if (!cli.pgLoad.isEmpty()) {
        auto pg = runPgLoad(cli.pgLoad, cli.pg, o.workDir);
        if (!pg.ok()) {
            std::fprintf(stderr, "qadam_bench_sync: PostgreSQL load: %s\n", qPrintable(pg.error().detail));
            return 1;
        }
        say(renderPgLoad(pg.value()));
        report.insert(u"pg_load"_s, pgLoadJson(pg.value()));
    }
    if (!o.jsonPath.isEmpty()) {
        QFile f(o.jsonPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(QJsonDocument(report).toJson()) < 0)
            return 1;
    }
    return correct ? 0 : 3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"qadam.*.info=false\nqadam.*.debug=false"_s);
    Cli cli = parse(app);
    QTemporaryDir temp;
    if (cli.options.workDir.isEmpty())
        cli.options.workDir = temp.path();
    QDir().mkpath(cli.options.workDir);
    if (cli.options.cacheDir.isEmpty())
        cli.options.cacheDir = cli.options.workDir;
    return runAll(cli);
}
