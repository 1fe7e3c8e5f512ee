// qadam_bench_store: the store benchmark (SQLCipher through qadam_core) and its driver.
//
// What it measures, at 100,000 people / about 1,000,000 events from the synthetic data generator:
// caseload search by name prefix (Cyrillic, Latin, two words), the due and overdue appearances
// list (one officer's caseload and the whole store), inserting 10,000 check-ins in one
// transaction; the same on plain SQLite for the SQLCipher/plain ratio; the page cache at 2, 8, 16
// and 64 MiB; the name token table against FTS5; the due list with proposed indexes. It prints
// figures and asserts nothing about time; it fails (exit code 1) only on wrong results.
//
// How it works: the data set is generated in Seed mode into an encrypted store and exported as a
// plaintext copy (Database::exportTo(path, {})), so both sides have the same schema and rows; both
// are cached in --cache-dir, keyed by size, seed and generator version, so reruns skip the
// generation. The measurements (measurement.cpp) run here on the store and in qadam_bench_plain
// (plain libsqlite3 — the two libraries cannot share a binary) on the copy, with the same
// workload file; this binary prints one comparison.
//
// Full run (about 10 minutes the first time, mostly generation; a few minutes with the cache):
//   cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DQADAM_BUILD_APP=OFF
//   cmake --build build/bench --target qadam_bench_store qadam_bench_plain
//   build/bench/tests/bench/qadam_bench_store
// or, configured with -DQADAM_RUN_BENCH=ON:  ctest --test-dir build/bench -L bench --verbose
// Repeated runs of the main table only (tests/bench/run does this): add --main-only.
// Smoke run (2,000 people, seconds; ctest runs it as bench_store_smoke):
//   build/bench/tests/bench/qadam_bench_store --smoke

#include "dataset.h"
#include "measurement.h"
#include "report.h"

#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Bench;

namespace {

const QDate kBenchToday(2026, 3, 16); // fixed, so cached data sets and results compare across runs

/** The store side's connection: the product's Database, its handle lent to the measurements. */
class CipherConnection final : public Connection
{
public:
    explicit CipherConnection(std::unique_ptr<Database> db)
        : m_db(std::move(db))
    { }
    [[nodiscard]] sqlite3 *handle() const override { return m_db->handle(); }

private:
    std::unique_ptr<Database> m_db;
};

Connector cipherConnector(const QString &path)
{
    return [path](int cacheKiB) -> std::unique_ptr<Connection> {
        DatabaseOptions options;
        options.cacheKiB = cacheKiB;
        auto db = Database::open(path, benchKey(), options);
        if (!db.ok()) {
            std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(db.error().detail));
            return {};
        }
        return std::make_unique<CipherConnection>(std::move(db).value());
    };
}

/** Runs a measuring child process (qadam_bench_plain, or this binary with --direct) for its JSON. */
QJsonObject runChild(const QString &binary, const QString &dbPath, const QString &workloadPath,
    const QStringList &extraArguments = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(binary, QStringList { u"--db"_s, dbPath, u"--workload"_s, workloadPath } + extraArguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return { { u"error"_s, u"could not run %1: %2"_s.arg(binary, process.errorString()) } };
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (result.isEmpty())
        return { { u"error"_s,
            u"no result from %1: %2"_s.arg(binary, QString::fromUtf8(process.readAllStandardError())) } };
    return result;
}

struct Options
{
    DatasetSpec spec;
    QString plainBinary;
    QString jsonPath;
    bool mainOnly = false; ///< --main-only
    bool printPath = false; ///< --print-dataset-path
    bool direct = false; ///< child mode: measure --db with openDirect (SQLCipher, memory security off)
    QString db;
    QString workload;
};

/** PRAGMA key for openDirect, with the benchmark's raw key. */
QByteArray keyStatement()
{
    return "PRAGMA key = \"" + Database::keyLiteral(benchKey()) + "\";";
}

void declareOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"Qadam store benchmark: SQLCipher against plain SQLite (see benchstore.cpp)"_s);
    parser.addHelpOption();
    parser.addOptions({ { u"smoke"_s, u"2,000 people and a short workload, in a temporary directory."_s },
        { u"people"_s, u"People to generate (default 100000)."_s, u"n"_s },
        { u"events-per-person"_s, u"Average events a person (default 10)."_s, u"n"_s },
        { u"seed"_s, u"Generator seed (default 1)."_s, u"n"_s },
        { u"cache-dir"_s, u"Where data sets are kept between runs."_s, u"dir"_s },
        { u"regenerate"_s, u"Ignore a cached data set."_s },
        { u"json"_s, u"Also write every figure of every side to this file."_s, u"path"_s },
        { u"print-dataset-path"_s,
            u"Generate the data set if needed, print the SQLCipher file's path and exit (tests/bench/run)."_s },
        { u"main-only"_s,
            u"Only the main table (no page-cache sweep, FTS5 or proposed indexes): for repeated runs."_s },
        { u"plain"_s, u"Path of qadam_bench_plain (default: next to this binary)."_s, u"path"_s },
        { u"direct"_s, u"Internal: measure --db with SQLCipher memory security off, print JSON."_s },
        { u"db"_s, u"Internal, with --direct: the store."_s, u"path"_s },
        { u"workload"_s, u"Internal, with --direct: the workload file."_s, u"path"_s } });
}

Options parseOptions(const QCoreApplication &app, QTemporaryDir &smokeDir)
{
    QCommandLineParser parser;
    declareOptions(parser);
    parser.process(app);
    Options o;
    o.spec.smoke = parser.isSet(u"smoke"_s);
    o.spec.people = parser.value(u"people"_s).toInt() > 0 ? parser.value(u"people"_s).toInt()
        : o.spec.smoke                                    ? 2000
                                                          : 100000;
    o.spec.eventsPerPerson
        = parser.isSet(u"events-per-person"_s) ? parser.value(u"events-per-person"_s).toInt() : 10;
    o.spec.seed = parser.isSet(u"seed"_s) ? parser.value(u"seed"_s).toULongLong() : 1;
    o.spec.today = kBenchToday;
    o.spec.regenerate = parser.isSet(u"regenerate"_s);
    const QString standardCache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    o.spec.directory = parser.isSet(u"cache-dir"_s) ? parser.value(u"cache-dir"_s)
        : o.spec.smoke                              ? smokeDir.path()
                                                    : QDir(standardCache).filePath(u"qadam-bench"_s);
    o.jsonPath = parser.value(u"json"_s);
    o.mainOnly = parser.isSet(u"main-only"_s);
    o.printPath = parser.isSet(u"print-dataset-path"_s);
    o.direct = parser.isSet(u"direct"_s);
    o.db = parser.value(u"db"_s);
    o.workload = parser.value(u"workload"_s);
    o.plainBinary = parser.isSet(u"plain"_s)
        ? parser.value(u"plain"_s)
        : QDir(app.applicationDirPath()).filePath(u"qadam_bench_plain"_s);
    return o;
}

/** Draws the workload, checks the due list against the C++ rule, writes the workload for the plain side. */
Result<Workload> prepareWorkload(
    const Options &o, const Dataset &dataset, const QString &workloadPath, qint64 *dueRows)
{
    auto db = Database::open(dataset.encryptedPath, benchKey());
    if (!db.ok())
        return db.error();
    auto workload = makeWorkload(*db.value(), o.spec);
    if (!workload.ok())
        return workload.error();
    workload.value().mainOnly = o.mainOnly;
    auto due = checkDueList(*db.value(), o.spec.today);
    if (!due.ok())
        return due.error();
    *dueRows = due.value();
    QFile file(workloadPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::make(Error::Storage, u"cannot write "_s + workloadPath);
    file.write(QJsonDocument(workload.value().toJson()).toJson(QJsonDocument::Compact));
    return workload;
}

void writeJson(const QString &path, const QJsonObject &json)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(json).toJson());
}

} // namespace

/** Measures the three sides: SQLCipher in this process as the product opens it, SQLCipher with
 *  memory security off in a child process (once on, it stays on for a process), plain SQLite. */
Sides measure(const Options &o, const Dataset &dataset, const Workload &workload, const QString &workloadPath)
{
    Sides sides;
    std::fprintf(stderr, "measuring SQLCipher…\n");
    sides.cipher = runSuite(cipherConnector(dataset.encryptedPath), workload);
    std::fprintf(stderr, "measuring SQLCipher with memory security off…\n");
    sides.cipherDirect = runChild(
        QCoreApplication::applicationFilePath(), dataset.encryptedPath, workloadPath, { u"--direct"_s });
    std::fprintf(stderr, "measuring plain SQLite…\n");
    sides.plain = runChild(o.plainBinary, dataset.plainPath, workloadPath);
    if (!o.jsonPath.isEmpty())
        writeJson(o.jsonPath,
            { { u"dataset"_s, dataset.info }, { u"sqlcipher"_s, sides.cipher },
                { u"sqlcipherMemorySecurityOff"_s, sides.cipherDirect }, { u"plain"_s, sides.plain } });
    return sides;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir smokeDir;
    const Options o = parseOptions(app, smokeDir);
    if (o.direct) // before anything opens a Database: memory security, once on, stays on in a process
        return runSuiteProcess(o.db, o.workload, keyStatement());
    auto dataset = prepareDataset(o.spec);
    if (!dataset.ok()) {
        std::fprintf(stderr, "data set: %s\n", qPrintable(dataset.error().detail));
        return 2;
    }
    if (o.printPath) {
        std::printf("%s\n", qPrintable(dataset.value().encryptedPath));
        return 0;
    }
    ReportContext context;
    context.command = QCoreApplication::arguments().join(u' ');
    context.dataset = dataset.value().info;
    context.spec = u"seed %1, today %2, in %3"_s.arg(o.spec.seed)
                       .arg(o.spec.today.toString(Qt::ISODate), o.spec.directory);
    const QString workloadPath = dataset.value().encryptedPath + u".workload.json"_s;
    auto workload = prepareWorkload(o, dataset.value(), workloadPath, &context.dueRows);
    if (!workload.ok()) {
        std::fprintf(stderr, "workload: %s\n", qPrintable(workload.error().detail));
        return 1;
    }
    const Sides sides = measure(o, dataset.value(), workload.value(), workloadPath);
    const QStringList problems = resultProblems(sides);
    printReport(context, sides, problems);
    return problems.isEmpty() ? 0 : 1;
}
