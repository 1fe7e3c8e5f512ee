// qadam_bench_plain: the plain-SQLite side of the store benchmark. Links libsqlite3 and Qt Core
// only, never qadam_core or SQLCipher (they export the same symbols). qadam_bench_store runs it
// on the plaintext copy of its data set and reads the JSON it prints; see benchstore.cpp.
//
//   qadam_bench_plain --db <plaintext copy> --workload <workload.json>

#include "measurement.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Plain-SQLite side of the Qadam store benchmark (run by qadam_bench_store)"_s);
    parser.addHelpOption();
    parser.addOption({ u"db"_s, u"Plaintext copy of the data set."_s, u"path"_s });
    parser.addOption({ u"workload"_s, u"Workload JSON written by qadam_bench_store."_s, u"path"_s });
    parser.process(app);
    return Qadam::Bench::runSuiteProcess(parser.value(u"db"_s), parser.value(u"workload"_s));
}
