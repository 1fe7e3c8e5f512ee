// The only composition root: builds the objects, hands them to QML, runs the event loop.
//
//   qadam                                   the app on this device's vault (enrol on first run)
//   qadam --demo --server URL --enrol-code C  first run: enrols with the demo passphrase by itself
//   qadam --screenshot DIR                  the screenshot tour (app/tour), offscreen
//   qadam export case-pdf|statistics|ngo-activity …   headless exports (app/export/exportcli.h)
#include "appsession.h"
#include "exportcli.h"
#include "tour/screenshottour.h"
#include "translations.h"
#include "util/processhardening.h"
#include "vault/filekeystore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Qadam_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Qadam_UiPlugin)

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void say(const QString &line)
{
    std::fputs(qPrintable(u"qadam: "_s + line + u'\n'), stdout);
    std::fflush(stdout);
}

/** Any touch, click, key or scroll in any window restarts the idle auto-lock. */
class ActivityFilter : public QObject
{
public:
    explicit ActivityFilter(AppSession *session) : QObject(session), m_session(session) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
        case QEvent::TouchBegin:
        case QEvent::Wheel:
            m_session->noteActivity();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    AppSession *m_session;
};

void addOptions(QCommandLineParser &parser)
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    parser.setApplicationDescription(u"Qadam: probation and rehabilitation case work, offline first.\n\n"_s
        + ExportCli::synopsis());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"demo"_s, u"Demo device (synthetic data): enrols by itself with --server and --enrol-code using the "
                    "demo passphrase, which the unlock screen shows as a hint."_s},
        {u"server"_s, u"Sync server address for enrolment, e.g. http://127.0.0.1:8443."_s, u"url"_s},
        {u"enrol-code"_s, u"One-time enrolment code for --server."_s, u"code"_s},
        {u"data-dir"_s, u"This device's vault, store and settings."_s, u"dir"_s, appData + u"/device"_s},
        {u"key-dir"_s, u"The key store's directory (kept apart from --data-dir)."_s, u"dir"_s,
         FileKeyStore::defaultDirectory()},
        {u"quit-after"_s, u"Quit after this many milliseconds (smoke tests)."_s, u"ms"_s},
        {u"screenshot"_s, u"FILE.png: save the window once the app is open (or after 60 s), then quit. "
                          "DIR: render the screenshot tour into DIR."_s, u"png|dir"_s},
    });
}

/** --screenshot FILE.png: waits for an unlocked session (enrolment and first sync included). */
void grabWhenOpen(AppSession &session, QQmlApplicationEngine &engine, const QString &path)
{
    auto grab = [&engine, path] {
        auto *window = engine.rootObjects().isEmpty() ? nullptr
                                                      : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        const bool saved = window && window->grabWindow().save(path);
        say(saved ? u"window saved to %1"_s.arg(path) : u"could not save the window"_s);
        QCoreApplication::exit(saved ? 0 : 1);
    };
    auto settle = [grab] { QTimer::singleShot(1500, QCoreApplication::instance(), grab); };
    if (session.state() == AppSession::State::NeedsEnrolment && session.busy()) {
        QObject::connect(&session, &AppSession::enrolFinished, QCoreApplication::instance(), settle,
                         Qt::SingleShotConnection);
        QTimer::singleShot(60'000, QCoreApplication::instance(), grab);
        return;
    }
    settle(); // not enrolling: the screen as it is now
}

/** Reports progress on stdout for run.sh and the smoke test: states and figures, never case content. */
void narrate(AppSession &session)
{
    QObject::connect(&session, &AppSession::enrolFinished, &session, [&session](bool ok, const QString &message) {
        if (ok)
            say(u"enrolled as %1; first sync done"_s.arg(session.role()));
        else
            say(u"enrolment failed: %1"_s.arg(message));
    });
    QObject::connect(&session, &AppSession::stateChanged, &session, [&session] {
        switch (session.state()) {
        case AppSession::State::Unlocked:
            say(u"unlocked as %1"_s.arg(session.role()));
            break;
        case AppSession::State::Locked:
            say(u"locked"_s);
            break;
        case AppSession::State::Wiped:
            say(u"this device's data was erased"_s);
            break;
        case AppSession::State::NeedsEnrolment:
            say(u"not enrolled"_s);
            break;
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    // The data key and the records on screen live in this process: no core file, no ptrace (R4).
    ProcessHardening::keepMemoryOutOfCrashOutput();
    QCoreApplication::setOrganizationName(u"Qadam"_s);
    QCoreApplication::setApplicationName(u"Qadam"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QADAM_VERSION));
    // `--screenshot DIR`: every screen, offscreen, in its own application (app/tour).
    if (const QString tourDir = ScreenshotTour::requestedDirectory(argc, argv); !tourDir.isEmpty())
        return ScreenshotTour::exec(argc, argv, tourDir);
    if (ExportCli::requested(argc, argv)) // `qadam export …`: no window, no QML
        return ExportCli::exec(argc, argv);
    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app);
        std::fprintf(stdout, "No display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset), so no "
                             "window is shown. Run under a desktop session, or see every screen with: "
                             "QT_QPA_PLATFORM=offscreen qadam --screenshot DIR\n");
        return 0;
    }

    QApplication app(argc, argv); // a QApplication: the dashboard's QtCharts ChartView needs widgets
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    AppSession::Config config;
    config.dataDirectory = QDir(parser.value(u"data-dir"_s)).absolutePath();
    config.keyStoreDirectory = QDir(parser.value(u"key-dir"_s)).absolutePath();
    config.demo = parser.isSet(u"demo"_s);
    AppSession session(config);
    narrate(session);
    app.installEventFilter(new ActivityFilter(&session));

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s); // Qadam.Models and Qadam.Ui live at qrc:/Qadam/… (RESOURCE_PREFIX /)
    Translations translations(&session, &engine); // follows Session.language, retranslates QML
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/Qadam/Ui/Main.qml"_s));

    // Demo only: a device that is not enrolled enrols itself, so the run command opens on Today.
    // Real devices enrol through the enrolment screen with a passphrase the person chooses.
    const bool autoEnrol = config.demo && parser.isSet(u"server"_s) && parser.isSet(u"enrol-code"_s);
    if (session.state() == AppSession::State::NeedsEnrolment && autoEnrol) {
        say(u"enrolling this demo device with %1"_s.arg(parser.value(u"server"_s)));
        session.enrol(parser.value(u"server"_s), parser.value(u"enrol-code"_s), AppSession::kDemoPassphrase.toString());
    } else if (session.state() == AppSession::State::Locked) {
        say(config.demo ? u"locked: the demo passphrase is %1"_s.arg(AppSession::kDemoPassphrase) : u"locked"_s);
    }
    if (parser.isSet(u"screenshot"_s))
        grabWhenOpen(session, engine, parser.value(u"screenshot"_s));
    if (parser.isSet(u"quit-after"_s))
        QTimer::singleShot(parser.value(u"quit-after"_s).toInt(), &app, &QCoreApplication::quit);
    return app.exec();
}
