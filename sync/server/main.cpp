// qadam-server: the composition root. Reads the layered configuration, opens the store, and either
// serves HTTP (serve) or runs one administration command and exits.
#include "demoseed.h"
#include "httpserver.h"
#include "metrics.h"
#include "serverconfig.h"
#include "serverstore.h"
#include "syncservice.h"
#include "util/clock.h"
#include "util/processhardening.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSaveFile>

#include <csignal>
#include <functional>
#include <cstdio>

#include <pthread.h>

#ifndef QADAM_VERSION
#define QADAM_VERSION "0.1.0"
#endif

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Server;

namespace {

constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

const QString kDescription = u"Qadam sync server.\n\n"
                             "Commands:\n"
                             "  serve                Serve the sync API (POST /v1/enroll, /v1/token, /v1/sync,\n"
                             "                       /v1/wiped; GET /healthz, /metrics) until SIGINT or SIGTERM.\n"
                             "  create-organisation  Create an organisation (--name, optional --type).\n"
                             "  create-user          Create a staff user (--name, --role, --organisation,\n"
                             "                       optional --territory).\n"
                             "  issue-code           Issue a one-time enrolment code for a user (--user).\n"
                             "  revoke-device        Revoke a device; its next sync wipes it (--device).\n"
                             "  revoke-user          Revoke a user and all their devices (--user).\n"
                             "  assign-case          Make --officer the case officer of --person.\n"
                             "  verify-audit         Verify the server's audit hash chain.\n"
                             "  new-epoch            After restoring the store from a backup: devices\n"
                             "                       re-upload their records before pulling.\n\n"
                             "Settings, strongest first: command line, environment (QADAM_SERVER_STORE,\n"
                             "QADAM_SERVER_LISTEN, QADAM_SERVER_KEY = 64 hex digits, QADAM_SERVER_KEY_FILE),\n"
                             "config file (--config, INI or JSON: store, listen, key, key_file, tls_cert,\n"
                             "tls_key, threads, max_body_bytes, min_client_version), defaults. A new sqlite\n"
                             "store without a configured key gets a random key in STORE.key (mode 0600)."_s;

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(const QString &message, int code = kExitFailure)
{
    std::fputs(qPrintable(u"qadam-server: error: "_s + message + u'\n'), stderr);
    return code;
}

int fail(const Error &e)
{
    return fail(errorCodeName(e.code) + u": "_s + e.detail);
}

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(kDescription);
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(u"command"_s, u"serve | create-organisation | create-user | issue-code | "
                                          "revoke-device | revoke-user | assign-case | verify-audit | new-epoch"_s);
    p.addOptions({
        {u"config"_s, u"Config file (INI or JSON)."_s, u"file"_s},
        {u"store"_s, u"Store URL: sqlite:PATH or postgresql://…"_s, u"url"_s},
        {u"listen"_s, u"Address to serve on, HOST:PORT (port 0: any free port)."_s, u"host:port"_s},
        {u"port-file"_s, u"serve: write the bound port to this file."_s, u"file"_s},
        {u"tls-cert"_s, u"serve: PEM certificate; with --tls-key serves HTTPS."_s, u"file"_s},
        {u"tls-key"_s, u"serve: PEM private key."_s, u"file"_s},
        {u"demo"_s, u"serve: seed synthetic demo organisations, users and cases; print enrolment codes."_s},
        {u"demo-people"_s, u"serve --demo: number of synthetic people."_s, u"n"_s, u"50"_s},
        {u"name"_s, u"create-organisation, create-user: the name."_s, u"text"_s},
        {u"type"_s, u"create-organisation: kind (probation_service, police, ngo, …)."_s, u"kind"_s,
         u"probation_service"_s},
        {u"role"_s, u"create-user: probation_officer, police_officer, counsellor, supervisor, administrator."_s,
         u"role"_s},
        {u"organisation"_s, u"create-user: organisation id."_s, u"id"_s},
        {u"territory"_s, u"create-user: territory code."_s, u"code"_s},
        {u"user"_s, u"issue-code, revoke-user: user id."_s, u"id"_s},
        {u"device"_s, u"revoke-device: device id."_s, u"id"_s},
        {u"person"_s, u"assign-case: person id."_s, u"id"_s},
        {u"officer"_s, u"assign-case: officer (user) id."_s, u"id"_s},
    });
}

/** defaults < --config file < environment < command line. */
Result<ServerConfig> loadConfig(const QCommandLineParser &p)
{
    ServerConfig c;
    if (p.isSet(u"config"_s)) {
        if (Status s = c.loadFile(p.value(u"config"_s)); !s.ok())
            return s.error();
    }
    if (Status s = c.loadEnvironment(QProcessEnvironment::systemEnvironment()); !s.ok())
        return s.error();
    const QList<QPair<QString, QString>> cli = {{u"store"_s, u"store"_s},
                                                {u"listen"_s, u"listen"_s},
                                                {u"tls-cert"_s, u"tls_cert"_s},
                                                {u"tls-key"_s, u"tls_key"_s}};
    for (const auto &[option, name] : cli) {
        if (p.isSet(option)) {
            if (Status s = c.set(name, p.value(option)); !s.ok())
                return s.error();
        }
    }
    if (c.store.isEmpty())
        return Error::make(Error::Invalid, u"no store: give --store sqlite:PATH or postgresql://…, "
                                           "QADAM_SERVER_STORE or store= in the config file"_s);
    return c;
}

Result<std::unique_ptr<ServerStore>> openStore(const ServerConfig &c)
{
    Result<StoreKey> key = resolveStoreKey(c);
    if (!key.ok())
        return key.error();
    if (!key.value().generatedFile.isEmpty())
        say(u"generated a new store key in %1 (mode 0600); back it up, the store cannot be opened without it"_s
                .arg(key.value().generatedFile));
    return openServerStore(c.store, key.value().key);
}

ServiceConfig serviceConfig(const ServerConfig &c)
{
    ServiceConfig s;
    if (!c.minClientVersion.isEmpty())
        s.minClientVersion = c.minClientVersion;
    return s;
}

/** Each command and the options it needs; checked before any store is opened or created. */
const QList<QPair<QString, QStringList>> &commands()
{
    static const QList<QPair<QString, QStringList>> table = {
        {u"serve"_s, {}},
        {u"create-organisation"_s, {u"name"_s}},
        {u"create-user"_s, {u"name"_s, u"role"_s, u"organisation"_s}},
        {u"issue-code"_s, {u"user"_s}},
        {u"revoke-device"_s, {u"device"_s}},
        {u"revoke-user"_s, {u"user"_s}},
        {u"assign-case"_s, {u"person"_s, u"officer"_s}},
        {u"verify-audit"_s, {}},
        {u"new-epoch"_s, {}},
    };
    return table;
}

/** Empty when the command exists and has its options, else what is wrong. */
QString checkUsage(const QString &command, const QCommandLineParser &p)
{
    for (const auto &[name, options] : commands()) {
        if (name != command)
            continue;
        for (const QString &option : options) {
            if (p.value(option).trimmed().isEmpty())
                return u"%1 needs --%2"_s.arg(command, option);
        }
        return {};
    }
    return u"unknown command \"%1\"; see --help"_s.arg(command);
}

int printResult(const Status &s, const QString &success)
{
    if (!s.ok())
        return fail(s.error());
    say(success);
    return 0;
}

template<typename T>
int printResult(const Result<T> &r, const std::function<QString(const T &)> &success)
{
    return r.ok() ? printResult(Status{}, success(r.value())) : fail(r.error());
}

int createOrganisation(SyncService &svc, const QCommandLineParser &p)
{
    const QString name = p.value(u"name"_s).trimmed();
    const QVariantMap fields{{u"nameKk"_s, name}, {u"nameRu"_s, name}, {u"nameEn"_s, name},
                             {u"kind"_s, p.value(u"type"_s)}};
    return printResult<QString>(svc.createOrganisation(fields),
                                [](const QString &id) { return u"created organisation %1"_s.arg(id); });
}

int createUser(SyncService &svc, const QCommandLineParser &p)
{
    const QString role = p.value(u"role"_s).trimmed();
    QVariantMap fields{{u"displayName"_s, p.value(u"name"_s).trimmed()}, {u"role"_s, role},
                       {u"organisationId"_s, p.value(u"organisation"_s).trimmed()}, {u"status"_s, u"active"_s}};
    if (p.isSet(u"territory"_s))
        fields.insert(u"territoryCode"_s, p.value(u"territory"_s).trimmed());
    return printResult<QString>(svc.createUser(fields),
                                [&](const QString &id) { return u"created user %1 (%2)"_s.arg(id, role); });
}

int issueCode(SyncService &svc, const QCommandLineParser &p)
{
    const QString user = p.value(u"user"_s).trimmed();
    return printResult<QString>(svc.issueEnrolmentCode(user), [&](const QString &code) {
        return u"enrolment code for user %1: %2 (one use, expires in 24 h)"_s.arg(user, code);
    });
}

int verifyAudit(SyncService &svc)
{
    return printResult<qint64>(svc.verifyAudit(),
                               [](const qint64 &n) { return u"audit chain intact: %1 events"_s.arg(n); });
}

int runAdmin(const QString &command, SyncService &svc, const QCommandLineParser &p)
{
    const auto id = [&](const QString &option) { return p.value(option).trimmed(); };
    if (command == u"create-organisation")
        return createOrganisation(svc, p);
    if (command == u"create-user")
        return createUser(svc, p);
    if (command == u"issue-code")
        return issueCode(svc, p);
    if (command == u"revoke-device")
        return printResult(svc.revokeDevice(id(u"device"_s)),
                           u"revoked device %1; its next sync wipes it"_s.arg(id(u"device"_s)));
    if (command == u"revoke-user")
        return printResult(svc.revokeUser(id(u"user"_s)),
                           u"revoked user %1 and their devices"_s.arg(id(u"user"_s)));
    if (command == u"assign-case")
        return printResult(svc.assignCase(id(u"person"_s), id(u"officer"_s)),
                           u"assigned person %1 to officer %2"_s.arg(id(u"person"_s), id(u"officer"_s)));
    if (command == u"new-epoch")
        return printResult<QString>(svc.startNewEpoch(), [](const QString &epoch) {
            return u"new epoch %1: devices re-upload their records at their next sync"_s.arg(epoch);
        });
    return verifyAudit(svc);
}

bool writePortFile(const QString &path, quint16 port)
{
    QSaveFile f(path);  // written whole or not at all: a harness never reads half a number
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray::number(port) + '\n');
    return f.commit();
}

Status seedDemoStore(SyncService &svc, ServerStore &store, const Clock &clock, const QCommandLineParser &p)
{
    bool ok = false;
    const int people = p.value(u"demo-people"_s).toInt(&ok);
    if (!ok || people < 0)
        return Error::make(Error::Invalid, u"--demo-people must be a number of at least 0"_s);
    say(u"seeding %1 synthetic people…"_s.arg(people));
    const Result<DemoSeed> seed = seedDemo(svc, store, clock, people);
    if (!seed.ok())
        return seed.error();
    say(u"demo data: %1 records; one-time enrolment codes (synthetic people only):"_s.arg(seed.value().records));
    for (const DemoAccount &a : seed.value().accounts)
        say(u"  %1  %2  %3 (%4 cases)"_s.arg(a.enrolmentCode, a.role.leftJustified(17), a.displayName).arg(a.cases));
    return {};
}

/** Serves until SIGINT or SIGTERM (blocked in every thread and taken with sigwait here). */
int serve(const ServerConfig &c, SyncService &svc, const ServerStore &store, const QCommandLineParser &p)
{
    const Result<ListenAddress> addr = parseListen(c.listen);
    if (!addr.ok())
        return fail(addr.error());
    Metrics metrics(store.kind());
    HttpConfig http;
    http.host = addr.value().host;
    http.port = addr.value().port;
    http.threads = c.threads;
    http.maxBodyBytes = c.maxBodyBytes;
    http.tlsCertFile = c.tlsCert;
    http.tlsKeyFile = c.tlsKey;
    HttpServer server(svc, metrics, http);
    if (Status s = server.start(); !s.ok())
        return fail(s.error());
    say(u"listening on %1"_s.arg(server.url()));
    if (p.isSet(u"port-file"_s) && !writePortFile(p.value(u"port-file"_s), server.port()))
        return fail(u"cannot write the port file"_s);
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    int signal = 0;
    sigwait(&stopSignals, &signal);
    say(u"stopping (signal %1)"_s.arg(signal));
    server.stop();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The store key and every token pass through this process: no core file, no ptrace (R4).
    ProcessHardening::keepMemoryOutOfCrashOutput();
    // Block the stop signals before any thread starts, so every thread inherits the mask and
    // serve() alone receives them through sigwait().
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"qadam-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QADAM_VERSION));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(u"give exactly one command; see --help"_s, kExitUsage);
    if (const QString usage = checkUsage(args.first(), parser); !usage.isEmpty())
        return fail(usage, kExitUsage);
    if (args.first() != u"serve" && !qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"qadam.*.info=false"_s);  // admin commands: one line of output
    const Result<ServerConfig> config = loadConfig(parser);
    if (!config.ok())
        return fail(config.error());
    Result<std::unique_ptr<ServerStore>> store = openStore(config.value());
    if (!store.ok())
        return fail(store.error());
    SystemClock clock;
    SyncService service(*store.value(), clock, serviceConfig(config.value()));
    const QString command = args.first();
    if (command == u"serve") {
        if (parser.isSet(u"demo"_s)) {
            if (Status s = seedDemoStore(service, *store.value(), clock, parser); !s.ok())
                return fail(s.error());
        }
        return serve(config.value(), service, *store.value(), parser);
    }
    return runAdmin(command, service, parser);
}
