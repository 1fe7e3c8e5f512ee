// qadam_bench_app: the app benchmark of issue 5 on the real app (qadam_app, Qadam.Models,
// Qadam.Ui, Main.qml composed as app/main.cpp does), offscreen with the software renderer.
//
//   qadam_bench_app --dir DIR [--people 5000] [--runs 5] [--json FILE]
//
// The driver generates a device vault in DIR once (AppSession::openGenerated: Seed mode, a
// probation officer with the most cases, the cheapest Argon2id parameters so the deliberate KDF
// cost stays out of the figures, as the issue asks), then starts itself `runs` times with --child,
// each a fresh process, and prints every sample and the medians. Each child measures:
//   start → unlock screen  from just before the driver starts the process (fork, exec, dynamic
//                          loading, Qt and QML start-up) to the first frame of the unlock screen;
//   unlock → Today         from unlock() to the first frame after Today's model has its rows;
//   Caseload               from opening Caseload to the first frame after its model has rows;
//   peak RSS               VmHWM of /proc/self/status on Today and on Caseload;
//   scrolling              the caseload list scrolled a step per frame (fetching pages as a
//                          person's flick would): time from the step to the frame, per frame.
// It prints figures only; it asserts nothing about time. It fails (exit 1) when a screen never
// shows its data (a wrong result, not a slow one).
#include "appsession.h"
#include "translations.h"

#include "../benchutil.h"

#include "store/migrations.h"

#include <QCommandLineParser>
#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

Q_IMPORT_QML_PLUGIN(Qadam_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Qadam_UiPlugin)

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

// Synthetic data only; the bench vault lives in the bench's cache directory.
constexpr QStringView kPassphrase = u"bench vault synthetic data only";
constexpr int kScrollFrames = 240;
constexpr double kScrollStepPx = 90; // about a brisk flick's distance per 16 ms frame
constexpr int kChildTimeoutMs = 180'000;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

/** VmHWM and VmRSS of this process in KiB. */
std::pair<qint64, qint64> memoryKiB()
{
    return Bench::Util::memoryKiB(u"/proc/self/status"_s);
}

AppSession::Config configFor(const QString &dir)
{
    AppSession::Config config;
    config.dataDirectory = QDir(dir).filePath(u"data"_s);
    config.keyStoreDirectory = QDir(dir).filePath(u"keys"_s);
    config.cheapKdfForTests = true; // the figures exclude the deliberate Argon2id cost
    return config;
}

/** The first object of class `className` under `root`, through QObject and visual children.
 *  The models are read through their QML-facing properties, as the pages read them. */
QObject *findInTree(QObject *root, const char *className)
{
    if (!root)
        return nullptr;
    if (root->inherits(className))
        return root;
    for (QObject *child : root->children())
        if (QObject *hit = findInTree(child, className))
            return hit;
    if (auto *item = qobject_cast<QQuickItem *>(root)) {
        for (QQuickItem *child : item->childItems())
            if (QObject *hit = findInTree(child, className))
                return hit;
    }
    return nullptr;
}

constexpr const char *kTodayModel = "Qadam::TodayModel";
constexpr const char *kCaseloadModel = "Qadam::CaseloadModel";

int rowsOf(QObject *model)
{
    auto *m = qobject_cast<QAbstractItemModel *>(model);
    return m ? m->rowCount() : 0;
}

QQuickItem *findItemNamed(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *hit = findItemNamed(child, name))
            return hit;
    return nullptr;
}

/** One measured process: the phases run one after another, each ending on a rendered frame. */
class Child : public QObject
{
public:
    Child(qint64 t0Ns, qint64 mainNs, const QString &dir) : m_t0(t0Ns), m_main(mainNs), m_session(configFor(dir)) { }

    bool load()
    {
        m_engine.addImportPath(u"qrc:/"_s);
        m_translations = std::make_unique<Translations>(&m_session, &m_engine);
        m_engine.load(QUrl(u"qrc:/Qadam/Ui/Main.qml"_s));
        m_window = m_engine.rootObjects().isEmpty() ? nullptr
                                                    : qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        if (!m_window)
            return false;
        connect(m_window, &QQuickWindow::frameSwapped, this, &Child::onFrame, Qt::DirectConnection);
        m_phase = Phase::UnlockScreen;
        return true;
    }

    [[nodiscard]] QJsonObject result() const { return m_result; }

    void fail(const QString &why)
    {
        m_result.insert(u"error"_s, why);
        QCoreApplication::exit(1);
    }

private:
    enum class Phase { Loading, UnlockScreen, Unlocking, Caseload, Scrolling, Done };

    void onFrame()
    {
        const qint64 now = nowNs();
        switch (m_phase) {
        case Phase::UnlockScreen:
            if (m_session.state() != AppSession::State::Locked)
                return fail(u"the generated vault did not start locked"_s);
            m_result.insert(u"startToUnlockScreenMs"_s, msBetween(m_t0, now));
            m_result.insert(u"mainToUnlockScreenMs"_s, msBetween(m_main, now));
            m_phase = Phase::Unlocking;
            QTimer::singleShot(0, this, [this] {
                m_since = nowNs();
                m_session.unlock(kPassphrase.toString());
                poll();
            });
            return;
        case Phase::Unlocking:
        case Phase::Caseload:
            if (m_ready)
                return phaseShown(now);
            return;
        case Phase::Scrolling:
            return scrolled(now);
        default:
            return;
        }
    }

    /** Checks (each 1 ms, and on every frame) whether the phase's model has its rows. */
    void poll()
    {
        if (m_phase != Phase::Unlocking && m_phase != Phase::Caseload)
            return;
        if (!m_ready && modelReady()) {
            m_ready = true;
            m_window->update(); // the frame after the rows arrived ends the phase
        }
        if (!m_ready)
            QTimer::singleShot(1, this, [this] { poll(); });
    }

    /** The model is made when the shell appears, after the unlock, and starts loading at once
     *  (TodayModel in its constructor, CaseloadModel on its first query): "not loading" with rows
     *  means its first load has landed. */
    bool modelReady()
    {
        if (m_session.state() != AppSession::State::Unlocked)
            return false;
        QQuickItem *root = m_window->contentItem();
        if (!m_model) // searched until the page exists, then kept: the poll must cost the app little
            m_model = findInTree(root, m_phase == Phase::Unlocking ? kTodayModel : kCaseloadModel);
        return m_model && !m_model->property("loading").toBool() && rowsOf(m_model) > 0;
    }

    void phaseShown(qint64 now)
    {
        const auto [hwm, rss] = memoryKiB();
        m_ready = false;
        if (m_phase == Phase::Unlocking) {
            m_result.insert(u"unlockToTodayMs"_s, msBetween(m_since, now));
            m_result.insert(u"todayRows"_s, rowsOf(m_model));
            m_model = nullptr;
            m_result.insert(u"todayPeakRssKiB"_s, hwm);
            m_result.insert(u"todayRssKiB"_s, rss);
            m_phase = Phase::Caseload;
            QTimer::singleShot(0, this, [this] { openCaseload(); });
            return;
        }
        m_result.insert(u"caseloadOpenMs"_s, msBetween(m_since, now));
        m_result.insert(u"caseloadPeople"_s, m_model ? m_model->property("totalCount").toInt() : 0);
        m_result.insert(u"caseloadPeakRssKiB"_s, hwm);
        m_result.insert(u"caseloadRssKiB"_s, rss);
        QTimer::singleShot(0, this, [this] { startScrolling(); });
    }

    void openCaseload()
    {
        m_since = nowNs();
        QVariant outcome;
        QMetaObject::invokeMethod(m_window, "show", Q_RETURN_ARG(QVariant, outcome), Q_ARG(QVariant, u"CaseloadPage"_s),
                                  Q_ARG(QVariant, QVariantMap()), Q_ARG(QVariant, QString()));
        if (!outcome.toString().isEmpty())
            return fail(u"CaseloadPage did not open: "_s + outcome.toString());
        poll();
    }

    void startScrolling()
    {
        m_list = findItemNamed(m_window->contentItem(), u"caseloadList"_s);
        if (!m_list)
            return fail(u"no caseload list to scroll"_s);
        m_phase = Phase::Scrolling;
        step();
    }

    /** Moves the list one step (down, and back up at the end) and asks for a frame. */
    void step()
    {
        const double height = m_list->height();
        const double content = m_list->property("contentHeight").toDouble();
        double y = m_list->property("contentY").toDouble() + m_direction * kScrollStepPx;
        if (y > content - height) {
            y = std::max(0.0, content - height);
            m_direction = -1;
        } else if (y < 0) {
            y = 0;
            m_direction = 1;
        }
        m_maxY = std::max(m_maxY, y);
        m_since = nowNs();
        m_list->setProperty("contentY", y);
        m_window->update();
    }

    void scrolled(qint64 now)
    {
        m_frames << msBetween(m_since, now);
        if (m_frames.size() < kScrollFrames) {
            QTimer::singleShot(0, this, [this] { step(); });
            return;
        }
        QList<double> sorted = m_frames;
        std::sort(sorted.begin(), sorted.end());
        const auto under = std::count_if(sorted.cbegin(), sorted.cend(), [](double ms) { return ms < 16.0; });
        QJsonArray frames;
        for (double ms : m_frames)
            frames << ms;
        const auto [hwm, rss] = memoryKiB();
        m_result.insert(u"scrollFrames"_s, frames);
        m_result.insert(u"scrollP50Ms"_s, sorted.at(sorted.size() / 2));
        m_result.insert(u"scrollP99Ms"_s, sorted.at(std::min<qsizetype>(sorted.size() - 1, sorted.size() * 99 / 100)));
        m_result.insert(u"scrollMaxMs"_s, sorted.last());
        m_result.insert(u"scrollUnder16Pct"_s, 100.0 * double(under) / double(sorted.size()));
        m_result.insert(u"scrollDistancePx"_s, m_maxY);
        m_result.insert(u"peakRssKiB"_s, hwm);
        m_result.insert(u"rssKiB"_s, rss);
        m_phase = Phase::Done;
        QCoreApplication::exit(0);
    }

    qint64 m_t0;
    qint64 m_main;
    qint64 m_since = 0;
    AppSession m_session;
    QQmlApplicationEngine m_engine;
    std::unique_ptr<Translations> m_translations;
    QQuickWindow *m_window = nullptr;
    Phase m_phase = Phase::Loading;
    bool m_ready = false;
    QPointer<QObject> m_model; ///< the phase's model once found
    QQuickItem *m_list = nullptr;
    int m_direction = 1;
    double m_maxY = 0;
    QList<double> m_frames;
    QJsonObject m_result;
};

int runChild(qint64 t0, qint64 mainNs, const QString &dir)
{
    QJsonObject result;
    int code = 1;
    {
        Child child(t0, mainNs, dir);
        if (!child.load()) {
            child.fail(u"Main.qml did not load"_s);
        } else {
            QTimer::singleShot(kChildTimeoutMs, &child, [&child] { child.fail(u"timed out"_s); });
            code = QCoreApplication::exec();
        }
        result = child.result();
    }
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return code;
}

/** The device vault with `people` generated people, made once per schema version. */
Result<QJsonObject> prepare(const QString &dir, int people)
{
    const QString marker = QDir(dir).filePath(u"complete.json"_s);
    QFile done(marker);
    if (done.open(QIODevice::ReadOnly))
        return QJsonDocument::fromJson(done.readAll()).object();
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    std::fprintf(stderr, "qadam_bench_app: generating a device vault with %d people in %s\n", people, qPrintable(dir));
    const qint64 started = nowNs();
    {
        AppSession session(configFor(dir));
        if (Status s = session.openGenerated(kPassphrase.toString(), Actor{QString(), Role::ProbationOfficer}, people);
            !s.ok())
            return s.error();
        session.lock();
    }
    qint64 bytes = 0;
    for (const QFileInfo &file : QDir(QDir(dir).filePath(u"data"_s)).entryInfoList(QDir::Files))
        bytes += file.size();
    const QJsonObject info{{u"people"_s, people},
                           {u"storeBytes"_s, bytes},
                           {u"generationSeconds"_s, msBetween(started, nowNs()) / 1000.0}};
    if (!done.open(QIODevice::WriteOnly) || done.write(QJsonDocument(info).toJson()) < 0)
        return Error::make(Error::Storage, u"cannot write "_s + marker);
    return info;
}

int runDriver(const QString &dir, int runs, const QString &jsonPath, const QJsonObject &info)
{
    QList<QJsonObject> samples;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const qint64 t0 = nowNs();
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--child"_s, u"--dir"_s, dir, u"--t0-ns"_s, QString::number(t0)});
        if (!child.waitForFinished(kChildTimeoutMs + 30'000)) {
            child.kill();
            child.waitForFinished();
        }
        const QJsonObject r = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
        if (child.exitCode() != 0 || r.isEmpty() || r.contains(u"error"_s)) {
            std::fprintf(stderr, "qadam_bench_app: run %d failed: %s\n", i + 1,
                         qPrintable(r.value(u"error"_s).toString(u"no result"_s)));
            return 1;
        }
        std::printf("run %d/%d: start → unlock screen %.0f ms, unlock → Today %.0f ms, Caseload %.0f ms, "
                    "peak RSS %.1f MiB, scroll p99 %.1f ms\n",
                    i + 1, runs, r.value(u"startToUnlockScreenMs"_s).toDouble(), r.value(u"unlockToTodayMs"_s).toDouble(),
                    r.value(u"caseloadOpenMs"_s).toDouble(), r.value(u"peakRssKiB"_s).toDouble() / 1024.0,
                    r.value(u"scrollP99Ms"_s).toDouble());
        std::fflush(stdout);
        samples << r;
    }
    QJsonObject figures;
    for (const QString &key : samples.constFirst().keys()) {
        if (key == u"scrollFrames")
            continue;
        QJsonArray values;
        QList<double> numbers;
        for (const QJsonObject &s : samples) {
            values << s.value(key);
            numbers << s.value(key).toDouble();
        }
        figures.insert(key, QJsonObject{{u"samples"_s, values}, {u"median"_s, Bench::Util::median(numbers)}});
    }
    QJsonObject out = info;
    out.insert(u"runs"_s, runs);
    out.insert(u"renderer"_s, u"offscreen, software"_s);
    out.insert(u"window"_s, u"1280×800 (Main.qml's default: desktop master–detail)"_s);
    out.insert(u"figures"_s, figures);
    std::printf("medians of %d runs (%d people): start → unlock screen %.0f ms, unlock → Today %.0f ms, Caseload "
                "%.0f ms, peak RSS on Today %.1f MiB, on Caseload %.1f MiB, scroll p99 %.1f ms\n",
                runs, info.value(u"people"_s).toInt(), figures[u"startToUnlockScreenMs"_s][u"median"_s].toDouble(),
                figures[u"unlockToTodayMs"_s][u"median"_s].toDouble(), figures[u"caseloadOpenMs"_s][u"median"_s].toDouble(),
                figures[u"todayPeakRssKiB"_s][u"median"_s].toDouble() / 1024.0,
                figures[u"caseloadPeakRssKiB"_s][u"median"_s].toDouble() / 1024.0,
                figures[u"scrollP99Ms"_s][u"median"_s].toDouble());
    if (!jsonPath.isEmpty()) {
        QFile f(jsonPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(QJsonDocument(out).toJson()) < 0)
            return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 mainNs = nowNs();
    // As the screenshot tour: offscreen and in software, the same with or without a display or GPU.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QCoreApplication::setOrganizationName(u"Qadam"_s);
    QCoreApplication::setApplicationName(u"Qadam"_s);
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"App benchmark: start, unlock → Today, Caseload, memory, scrolling."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"dir"_s, u"Where the generated device vault is kept (one per size and schema)."_s, u"dir"_s},
        {u"people"_s, u"People in the generated store (5000)."_s, u"n"_s, u"5000"_s},
        {u"runs"_s, u"Measured processes (5); medians are reported."_s, u"n"_s, u"5"_s},
        {u"json"_s, u"Also write every sample and median here."_s, u"file"_s},
        {u"child"_s, u"Internal: one measured process."_s},
        {u"t0-ns"_s, u"Internal: the steady clock when the driver started this process."_s, u"ns"_s},
    });
    parser.process(app);
    if (!parser.isSet(u"dir"_s)) {
        std::fprintf(stderr, "qadam_bench_app: give --dir\n");
        return 2;
    }
    if (parser.isSet(u"child"_s))
        return runChild(parser.value(u"t0-ns"_s).toLongLong(), mainNs, parser.value(u"dir"_s));
    const int people = std::max(1, parser.value(u"people"_s).toInt());
    const QString dir = QDir(parser.value(u"dir"_s)).filePath(u"app-p%1-m%2"_s.arg(people).arg(Migrator::latestVersion()));
    auto info = prepare(dir, people);
    if (!info.ok()) {
        std::fprintf(stderr, "qadam_bench_app: cannot generate the vault: %s\n", qPrintable(info.error().detail));
        return 1;
    }
    return runDriver(dir, std::max(1, parser.value(u"runs"_s).toInt()), parser.value(u"json"_s), info.value());
}
