// The only composition root: builds the objects, hands them to QML, runs the event loop.
#include "demostore.h"
#include "storestatus.h"
#include "vault/filekeystore.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>
#include <QTextStream>

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

void printSummary(const DemoStoreSummary &s)
{
    QTextStream out(stdout);
    out << "Qadam demo store " << (s.created ? "created and " : "") << "unlocked: SQLCipher " << s.cipherVersion
        << ", schema " << s.schemaVersion << ", " << s.people << " people, " << s.records << " records, "
        << s.pendingOps << " changes pending sync, audit chain of " << s.auditEvents << " events "
        << (s.auditChainIntact ? "intact" : "BROKEN") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(u"Qadam"_s);
    QCoreApplication::setApplicationName(u"Qadam"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QADAM_VERSION));
    const bool display = hasDisplay();
    std::unique_ptr<QCoreApplication> app = display ? std::make_unique<QGuiApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Qadam case manager"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"demo"_s, u"Open the demo store (created with synthetic cases on first run)."_s});
    parser.addOption({u"data-dir"_s, u"Directory of the demo store."_s, u"dir"_s, DemoStore::defaultDirectory()});
    parser.addOption({u"people"_s, u"Synthetic people in a new demo store."_s, u"n"_s, u"200"_s});
    parser.addOption({u"quit-after"_s, u"Quit after this many milliseconds (smoke tests)."_s, u"ms"_s});
    parser.addOption({u"screenshot"_s, u"Save the window to this PNG once shown, then quit."_s, u"png"_s});
    parser.process(*app);

    DemoStore store(parser.value(u"data-dir"_s), FileKeyStore::defaultDirectory());
    auto summary = store.open(parser.value(u"people"_s).toInt());
    if (!summary.ok()) {
        std::fprintf(stderr, "Qadam could not open the demo store: %s\n", qPrintable(errorCodeName(summary.code())));
        return 1;
    }
    printSummary(summary.value());
    if (!display) {
        std::fprintf(stdout, "No display found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset), so no "
                             "window is shown. Run under a desktop session, or: xvfb-run -a bash platforms/linux/run.sh\n");
        return 0;
    }

    StoreStatus status(summary.value());
    StoreStatus::provide(&status);
    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, app.get(),
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/Qadam/Ui/Main.qml"_s));
    if (parser.isSet(u"screenshot"_s)) {
        QTimer::singleShot(1500, app.get(), [&engine, path = parser.value(u"screenshot"_s)] {
            auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
            const bool saved = window && window->grabWindow().save(path);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    if (parser.isSet(u"quit-after"_s))
        QTimer::singleShot(parser.value(u"quit-after"_s).toInt(), app.get(), &QCoreApplication::quit);
    return app->exec();
}
