// qadam-devicetool: one device in its own process, so a test can SIGKILL it in the middle of a pull.
//
//   qadam-devicetool sync --store PATH [--server URL --code CODE] [--max-reply-bytes N] [--hang-after-pages N]
//
// Opens (creating and migrating) the encrypted device store at PATH with the test key, enrols
// with CODE when given, and runs the product's SyncEngine until one sync ends. Prints one line per
// applied reply page — "page <records pulled in this run> <estimated total>" — after the page and
// its cursor committed — after the Nth page it hangs there until killed (the test's SIGKILL) — and
// "synced" or "failed <reason>" at the end. Exit code 0 on success.
#include "harness.h"

#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

bool prepareStore(const QString &path)
{
    auto db = Database::open(path, Test::testKey());
    return db.ok() && Migrator::migrate(*db.value()).ok();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"command"_s, u"sync"_s);
    parser.addOptions({{u"store"_s, u"device store file"_s, u"path"_s},
                       {u"server"_s, u"server URL (with --code)"_s, u"url"_s},
                       {u"code"_s, u"one-time enrolment code"_s, u"code"_s},
                       {u"max-reply-bytes"_s, u"reply page size"_s, u"bytes"_s},
                       {u"hang-after-pages"_s, u"hang after this many applied pages"_s, u"n"_s}});
    parser.process(app);
    if (parser.positionalArguments().value(0) != u"sync" || !parser.isSet(u"store"_s)) {
        say(u"usage: qadam-devicetool sync --store PATH [--server URL --code CODE]"_s);
        return 64;
    }
    const QString path = parser.value(u"store"_s);
    if (!prepareStore(path)) {
        say(u"failed store"_s);
        return 3;
    }
    Sync::EngineConfig config = Integration::Device::defaultConfig();
    if (parser.isSet(u"max-reply-bytes"_s))
        config.maxReplyBytes = parser.value(u"max-reply-bytes"_s).toUInt();
    const int hangAfter = parser.value(u"hang-after-pages"_s).toInt();

    SystemClock clock;
    Sync::SyncEngine engine([path] { return Database::open(path, Test::testKey()); }, clock, config);
    int pages = 0;
    QObject::connect(&engine, &Sync::SyncEngine::progress, &app, [&pages, hangAfter](qint64 done, qint64 total) {
        say(u"page %1 %2"_s.arg(done).arg(total));
        if (hangAfter > 0 && ++pages >= hangAfter) {
            say(u"hanging"_s);
            while (true)
                QThread::sleep(1);
        }
    });
    QObject::connect(&engine, &Sync::SyncEngine::synced, &app, [&app] {
        say(u"synced"_s);
        app.exit(0);
    });
    QObject::connect(&engine, &Sync::SyncEngine::stateChanged, &app,
                     [&app](Sync::SyncEngine::State s, const QString &reason) {
                         using S = Sync::SyncEngine::State;
                         if (s == S::Locked || (s == S::NeedsAttention && reason != u"rejected_ops")) {
                             say(u"failed "_s + reason);
                             app.exit(2);
                         }
                     });
    QObject::connect(&engine, &Sync::SyncEngine::enrolled, &app, [&app](bool ok, const QString &reason) {
        if (!ok) {
            say(u"failed enrol "_s + reason);
            app.exit(2);
        }
    });
    if (parser.isSet(u"code"_s))
        QTimer::singleShot(0, &engine, [&] { engine.enroll(parser.value(u"server"_s), parser.value(u"code"_s)); });
    else
        QTimer::singleShot(0, &engine, &Sync::SyncEngine::start);
    return app.exec();
}
