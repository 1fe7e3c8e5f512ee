#pragma once

#include "domain/roles.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;
class QTemporaryDir;

namespace Qadam {

class AppSession;
class Translations;

/** One screen of the tour: an entry of app/tour/tour.json. */
struct TourEntry
{
    QString name;          ///< file name without .png: [a-z0-9-]+
    QString role;          ///< officer, counsellor or supervisor
    QString page;          ///< a page of qml/pages, e.g. "PersonPage"
    QString section;       ///< optional: the navigation section it is opened from (default Caseload)
    QVariantMap properties; ///< the page's inputs; the value "$person" is replaced (see ScreenshotTour)
};

/**
 * `qadam --screenshot DIR`: renders every screen of the app offscreen, as a person would see it,
 * into DIR/<lang>/<size>/<name>.png for the languages kk, ru, en and the sizes phone (390×844)
 * and desktop (1280×800): the enrolment and unlock screens, then every entry of tour.json
 * (embedded from app/tour/tour.json), each as its role would see it.
 *
 * Each role gets its own generated store in a temporary directory (AppSession::openGenerated,
 * acting as the generated user of that role with the most cases). "$person" in an entry's
 * properties becomes a person in that user's scope with the richest record (a supervision order,
 * a programme, sessions), picked on the store thread. The real Main.qml is shown, navigated with
 * its show() function, and grabbed with the software renderer once the store thread is idle.
 *
 * Fails (exit code 1, a line on stderr) on a malformed tour.json, a store that does not open, a
 * page that exists but does not load, or a PNG that cannot be written. A page whose file is not
 * in the build yet is rendered as "not available" and reported on stdout. Synthetic data only.
 * GUI thread; asynchronous (no nested event loops): start(), then finished(ok).
 */
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    struct Size
    {
        QString name;
        QSize pixels;
    };

    explicit ScreenshotTour(QString directory, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    /** The entries of a tour.json document; false and a reason in `error` for malformed input. */
    [[nodiscard]] static bool parse(const QByteArray &json, QList<TourEntry> *entries, QString *error);
    [[nodiscard]] static QList<Size> sizes();
    [[nodiscard]] static QStringList languages();

    /** The DIR of `--screenshot DIR` (also `--screenshot=DIR`) in argv, or empty (also for a
     *  value ending in .png: that asks main.cpp for one window capture). */
    [[nodiscard]] static QString requestedDirectory(int argc, char **argv);
    /**
     * For main.cpp, before it makes any application object: makes an offscreen QGuiApplication,
     * runs the tour into `directory`, prints where the PNGs are, returns the exit code.
     */
    [[nodiscard]] static int exec(int &argc, char **argv, const QString &directory);

    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    using Step = std::function<void()>;

    void runNext();
    void fail(const QString &message);
    void queueEnrolScreens();
    void queueRole(const QString &role);
    bool openRole(const QString &role);
    bool openShell();
    void closeRole();
    void queueShots(const QString &name, const std::function<bool()> &prepare);
    bool showEntry(const TourEntry &entry);
    void settleThenGrab(const QString &language, const Size &size, const QString &name);
    void settle(int rounds, const Step &then);
    [[nodiscard]] QVariantMap substitute(const QVariantMap &properties) const;
    /** The first person `sql` lists (one id column) that the role may open. */
    [[nodiscard]] QString firstInScope(const QString &sql);

    QString m_directory;
    QList<TourEntry> m_entries;
    QList<Step> m_steps;
    std::unique_ptr<QTemporaryDir> m_roleDir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<Translations> m_translations;
    QPointer<QQuickWindow> m_window;
    QString m_person;     ///< "$person": the caseload's richest history
    QString m_newPerson;  ///< "$newPerson": under supervision, no programme yet (the builder's case)
    QStringList m_unavailable;
    int m_written = 0;
    bool m_failed = false;
};

} // namespace Qadam
