#include "exportcli.h"

#include "appsession.h"
#include "caseexport.h"
#include "exportmessages.h"
#include "storeworker.h"
#include "translations.h"

#include "reporting/ngoactivityreport.h"
#include "reporting/statisticsexport.h"
#include "vault/filekeystore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Qadam::ExportCli {

namespace {

enum Exit { Written = 0, BadArguments = 1, NotOpened = 2, Refused = 3, NotWritten = 4 };

QString tr(const char *source, const char *comment = nullptr)
{
    // The context lupdate gives tr() in this namespace, so the .ts translations are found.
    return QCoreApplication::translate("Qadam::ExportCli", source, comment);
}

void complain(const QString &line)
{
    std::fputs(qPrintable(u"qadam export: "_s + line + u'\n'), stderr);
    std::fflush(stderr);
}

/** One parsed `qadam export` command. */
struct Request
{
    QString kind; ///< case-pdf, statistics, ngo-activity
    QString person, out, language, period, organisation;
    QDate from, to;
};

void addOptions(QCommandLineParser &parser)
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    parser.setApplicationDescription(synopsis());
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, u"The word export."_s);
    parser.addPositionalArgument(u"kind"_s, u"case-pdf, statistics or ngo-activity."_s);
    parser.addOptions({
        { u"person"_s, u"case-pdf: the case (person id)."_s, u"id"_s },
        { u"out"_s, u"The file to write."_s, u"file"_s },
        { u"lang"_s, u"case-pdf: kk, ru or en (default: the device's language)."_s, u"language"_s },
        { u"from"_s, u"First day of the period (YYYY-MM-DD)."_s, u"date"_s },
        { u"to"_s, u"Last day of the period (YYYY-MM-DD)."_s, u"date"_s },
        { u"period"_s, u"statistics: rows per month, quarter or year (default month)."_s, u"period"_s, u"month"_s },
        { u"organisation"_s, u"ngo-activity: one organisation's id (default: every one)."_s, u"id"_s },
        { u"data-dir"_s, u"This device's vault, store and settings."_s, u"dir"_s, appData + u"/device"_s },
        { u"key-dir"_s, u"The key store's directory."_s, u"dir"_s, FileKeyStore::defaultDirectory() },
        { u"passphrase-file"_s, u"Read the passphrase from this file (else one line from stdin)."_s, u"file"_s },
    });
}

/** The request, or why the arguments do not make one. */
QString parse(const QCommandLineParser &parser, Request &request)
{
    const QStringList words = parser.positionalArguments();
    request.kind = words.value(1);
    if (words.size() != 2 || !QStringList({ u"case-pdf"_s, u"statistics"_s, u"ngo-activity"_s }).contains(request.kind))
        return tr("say what to export: case-pdf, statistics or ngo-activity (see --help)");
    request.out = parser.value(u"out"_s);
    if (request.out.isEmpty())
        return tr("--out FILE is required");
    request.person = parser.value(u"person"_s);
    if (request.kind == u"case-pdf")
        return request.person.isEmpty() ? tr("--person ID is required") : QString();
    request.from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
    request.to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        return tr("--from and --to must be dates (YYYY-MM-DD), the first not after the last");
    request.period = parser.value(u"period"_s);
    if (!QStringList({ u"month"_s, u"quarter"_s, u"year"_s }).contains(request.period))
        return tr("--period must be month, quarter or year");
    request.organisation = parser.value(u"organisation"_s);
    return {};
}

/** The passphrase from --passphrase-file or one line of stdin; empty when there is none. */
QString readPassphrase(const QCommandLineParser &parser)
{
    QString line;
    if (parser.isSet(u"passphrase-file"_s)) {
        QFile file(parser.value(u"passphrase-file"_s));
        if (file.open(QIODevice::ReadOnly))
            line = QString::fromUtf8(file.readLine());
    } else {
        line = QTextStream(stdin).readLine();
    }
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

int exitFor(const Error &error)
{
    switch (error.code) {
    case Error::NotFound:
    case Error::Forbidden:
        return Refused;
    case Error::Invalid:
        return BadArguments;
    default:
        return NotWritten;
    }
}

struct Outcome
{
    int exit = NotWritten;
    QString message;
};

template<typename Written>
Outcome outcome(const Written &written, const QString &language)
{
    if (written.ok())
        return { Exit::Written, {} };
    return { exitFor(written.error()), ExportMessages::failure(written.error(), language) };
}

/** The export itself, on the store thread. */
Outcome run(CoreContext &ctx, const Request &r)
{
    if (r.kind == u"case-pdf")
        return outcome(CaseExport::writePdf(ctx, r.person, r.out, r.language), r.language);
    if (r.kind == u"statistics") {
        StatisticsOptions options;
        options.from = r.from;
        options.to = r.to;
        options.asOf = ctx.today;
        options.period = r.period == u"year" ? StatisticsPeriod::Year
            : r.period == u"quarter"         ? StatisticsPeriod::Quarter
                                             : StatisticsPeriod::Month;
        return outcome(StatisticsExport(ctx.db, ctx.clock, ctx.actor).writeFile(options, r.out), r.language);
    }
    NgoActivityOptions options;
    options.from = r.from;
    options.to = r.to;
    options.asOf = ctx.today;
    options.organisationId = r.organisation;
    options.language = r.language;
    return outcome(NgoActivityReport(ctx.db, ctx.clock, ctx.actor).writeFile(options, r.out), r.language);
}

/** Unlocks, exports, quits with the exit code. */
void start(AppSession &session, const Request &request, const QString &passphrase)
{
    auto *app = QCoreApplication::instance();
    QObject::connect(&session, &AppSession::errorTextChanged, app, [&session] {
        if (session.errorText().isEmpty() || session.state() == AppSession::State::Unlocked)
            return;
        complain(session.errorText());
        QCoreApplication::exit(NotOpened);
    });
    QObject::connect(&session, &AppSession::stateChanged, app, [&session, request] {
        if (session.state() != AppSession::State::Unlocked)
            return;
        session.worker()->write(&session, [request](CoreContext &ctx) { return run(ctx, request); },
            [request](const Outcome &o) {
                if (o.exit == Written)
                    std::fputs(qPrintable(u"qadam export: wrote %1\n"_s.arg(request.out)), stdout);
                else
                    complain(o.message);
                QCoreApplication::exit(o.exit);
            });
    });
    session.unlock(passphrase);
}

} // namespace

bool requested(int argc, char **argv)
{
    return argc > 1 && qstrcmp(argv[1], "export") == 0;
}

QString synopsis()
{
    return u"Exports without a window, for scheduled reporting (the passphrase comes from --passphrase-file or "
           "stdin, never the command line):\n"
           "  qadam export case-pdf --person ID --out FILE.pdf [--lang kk|ru|en]\n"
           "  qadam export statistics --from DATE --to DATE --out FILE.csv [--period month|quarter|year]\n"
           "  qadam export ngo-activity --from DATE --to DATE --out FILE.csv [--organisation ID]\n"
           "  with --data-dir DIR --key-dir DIR. Exit codes: 0 written, 1 bad arguments, 2 the vault did not open, "
           "3 refused (unknown case, outside scope, no permission), 4 not written."_s;
}

int exec(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no window: fonts for the PDF are all it needs
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    Request request;
    if (const QString problem = parse(parser, request); !problem.isEmpty()) {
        complain(problem);
        return BadArguments;
    }
    AppSession::Config config;
    config.dataDirectory = QDir(parser.value(u"data-dir"_s)).absolutePath();
    config.keyStoreDirectory = QDir(parser.value(u"key-dir"_s)).absolutePath();
    AppSession session(config);
    request.language = parser.value(u"lang"_s).isEmpty() ? session.language() : parser.value(u"lang"_s);
    Translations translations(nullptr, nullptr);
    if (!translations.apply(request.language)) {
        complain(tr("--lang must be kk, ru or en"));
        return BadArguments;
    }
    if (session.state() != AppSession::State::Locked) {
        complain(tr("there is no enrolled device in %1").arg(config.dataDirectory));
        return NotOpened;
    }
    if (session.lockoutSeconds() > 0) {
        complain(tr("too many failed attempts: try again in %1 s").arg(session.lockoutSeconds()));
        return NotOpened;
    }
    const QString passphrase = readPassphrase(parser);
    if (passphrase.isEmpty()) {
        complain(tr("no passphrase: give --passphrase-file FILE or one line on stdin"));
        return BadArguments;
    }
    start(session, request, passphrase);
    return app.exec();
}

} // namespace Qadam::ExportCli
