// qadam_bench_plain: the plain-SQLite side of the store benchmark. Links libsqlite3 and Qt Core
// only, never qadam_core or SQLCipher (they export the same symbols). qadam_bench_store runs it
// on the plaintext copy of its data set and reads the JSON it prints; see benchstore.cpp.
//
//   qadam_bench_plain --db <plaintext copy> --workload <workload.json>

#include "measurement.h"

#include <sqlite3.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Qadam::Bench;

namespace {

/** A plain SQLite connection with the pragmas Database::configure sets, minus the cipher ones.
 *  Keep in step with core/store/database.cpp. */
class PlainConnection final : public Connection
{
public:
    explicit PlainConnection(sqlite3 *db) : m_db(db) { }
    ~PlainConnection() override { sqlite3_close_v2(m_db); }
    PlainConnection(const PlainConnection &) = delete;
    PlainConnection &operator=(const PlainConnection &) = delete;
    [[nodiscard]] sqlite3 *handle() const override { return m_db; }

private:
    sqlite3 *m_db;
};

std::unique_ptr<Connection> openPlain(const QString &path, int cacheKiB)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    auto connection = std::make_unique<PlainConnection>(db);  // closes db even when opening failed
    if (rc != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), sqlite3_errmsg(db));
        return {};
    }
    const QString pragmas = u"PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; PRAGMA cache_size = -%1; "
                            u"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"_s.arg(cacheKiB);
    if (sqlite3_exec(db, pragmas.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "pragmas failed: %s\n", sqlite3_errmsg(db));
        return {};
    }
    sqlite3_busy_timeout(db, 5000);
    return connection;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Plain-SQLite side of the Qadam store benchmark (run by qadam_bench_store)"_s);
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"Plaintext copy of the data set."_s, u"path"_s});
    parser.addOption({u"workload"_s, u"Workload JSON written by qadam_bench_store."_s, u"path"_s});
    parser.process(app);

    QFile file(parser.value(u"workload"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the workload\n");
        return 2;
    }
    const Workload workload = Workload::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    const QString path = parser.value(u"db"_s);
    const QJsonObject result = runSuite([&](int cacheKiB) { return openPlain(path, cacheKiB); }, workload);
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    return result.contains(u"error"_s) ? 1 : 0;
}
