#include "screenshottour.h"

#include "appsession.h"
#include "conflictfixtures.h"
#include "storeworker.h"
#include "translations.h"

#include "casework/caseaccess.h"
#include "store/database.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

// Cheap to type, never a real one: the tour's vaults live in temporary directories.
constexpr QStringView kPassphrase = u"screenshot tour synthetic data";
constexpr int kPeople = 60;
const QStringList kRoles = {u"officer"_s, u"counsellor"_s, u"supervisor"_s};

Role roleOf(const QString &role)
{
    if (role == u"counsellor")
        return Role::Counsellor;
    if (role == u"supervisor")
        return Role::Supervisor;
    return Role::ProbationOfficer;
}

bool inScope(Role role, const AccessContext &ctx)
{
    switch (role) {
    case Role::Supervisor: return ctx.inUnit || ctx.inRegion;
    case Role::Counsellor: return ctx.referral == ReferralStanding::Active;
    default: return ctx.ownCase;
    }
}

// People ordered by how much a screen can show of them: an order, a programme, then the most
// sessions and appearances.
const auto kRichPeopleSql = uR"(
SELECT p.id FROM person p
ORDER BY EXISTS (SELECT 1 FROM supervision_order o WHERE o.person_id = p.id) DESC,
         EXISTS (SELECT 1 FROM assistance_programme a WHERE a.person_id = p.id) DESC,
         (SELECT count(*) FROM counselling_session s WHERE s.person_id = p.id) DESC,
         (SELECT count(*) FROM check_in c WHERE c.person_id = p.id) DESC,
         p.id)"_s;

/** People with no programme in progress (ProgrammeBuilder::checkStored), those under an order
 *  first: the guided builder starts at step 1 for them. */
const auto kNewProgrammePeopleSql = uR"(
SELECT p.id FROM person p
WHERE NOT EXISTS (SELECT 1 FROM assistance_programme a WHERE a.person_id = p.id
                  AND a.status NOT IN ('superseded', 'completed', 'closed'))
ORDER BY EXISTS (SELECT 1 FROM supervision_order o WHERE o.person_id = p.id) DESC, p.id)"_s;

void printErr(const QString &line)
{
    std::fprintf(stderr, "qadam --screenshot: %s\n", qPrintable(line));
}

} // namespace

ScreenshotTour::ScreenshotTour(QString directory, QObject *parent)
    : QObject(parent), m_directory(std::move(directory))
{
}

ScreenshotTour::~ScreenshotTour() { closeRole(); }

QList<ScreenshotTour::Size> ScreenshotTour::sizes()
{
    return {{u"phone"_s, QSize(390, 844)}, {u"desktop"_s, QSize(1280, 800)}};
}

QStringList ScreenshotTour::languages() { return Translations::languages(); }

bool ScreenshotTour::parse(const QByteArray &json, QList<TourEntry> *entries, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isArray()) {
        *error = doc.isNull() ? u"tour.json: %1"_s.arg(parseError.errorString()) : u"tour.json: not an array"_s;
        return false;
    }
    static const QRegularExpression name(u"^[a-z0-9][a-z0-9-]*$"_s);
    static const QRegularExpression page(u"^[A-Z][A-Za-z]*Page$"_s);
    QStringList seen;
    entries->clear();
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        TourEntry e{o.value(u"name").toString(), o.value(u"role").toString(), o.value(u"page").toString(),
                    o.value(u"section").toString(), o.value(u"properties").toObject().toVariantMap()};
        const QString at = u"tour.json entry %1"_s.arg(entries->size() + 1);
        if (!name.match(e.name).hasMatch()) {
            *error = at + u": name must be lower-case letters, digits and dashes"_s;
        } else if (!kRoles.contains(e.role)) {
            *error = at + u" (%1): role must be officer, counsellor or supervisor"_s.arg(e.name);
        } else if (!page.match(e.page).hasMatch() || (!e.section.isEmpty() && !page.match(e.section).hasMatch())) {
            *error = at + u" (%1): page and section must name a page, e.g. PersonPage"_s.arg(e.name);
        } else if (e.name == u"enrol" || e.name == u"unlock" || seen.contains(e.name)) {
            *error = at + u" (%1): the name is taken"_s.arg(e.name);
        } else {
            seen.append(e.name);
            entries->append(e);
            continue;
        }
        return false;
    }
    return true;
}

QString ScreenshotTour::requestedDirectory(int argc, char **argv)
{
    QString value;
    for (int i = 1; i < argc && value.isEmpty(); ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if ((arg == u"--screenshot" || arg == u"-screenshot") && i + 1 < argc)
            value = QString::fromLocal8Bit(argv[i + 1]);
        else if (arg.startsWith(u"--screenshot="))
            value = arg.mid(13);
    }
    // `--screenshot FILE.png` is main.cpp's single-window capture, not the tour.
    return value.endsWith(u".png", Qt::CaseInsensitive) ? QString() : value;
}

int ScreenshotTour::exec(int &argc, char **argv, const QString &directory)
{
    // Always offscreen and in software: the same pixels with or without a display or a GPU.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QApplication app(argc, argv); // not QGuiApplication: QtCharts' ChartView needs widgets
    ScreenshotTour tour(QDir(directory).absolutePath());
    QObject::connect(&tour, &ScreenshotTour::finished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    QTimer::singleShot(0, &tour, &ScreenshotTour::start);
    return app.exec();
}

void ScreenshotTour::start()
{
    QFile file(u":/qadam/tour/tour.json"_s);
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !parse(file.readAll(), &m_entries, &error))
        return fail(error.isEmpty() ? u"tour.json is missing from the build"_s : error);
    if (!QDir().mkpath(m_directory))
        return fail(u"cannot create %1"_s.arg(m_directory));
    queueEnrolScreens();
    for (const QString &role : kRoles)
        queueRole(role);
    m_steps.append([this] {
        closeRole();
        QTextStream(stdout) << "Screenshot tour: " << m_written << " PNGs in " << m_directory << Qt::endl;
        if (!m_unavailable.isEmpty())
            QTextStream(stdout) << "Not in this build yet (shown as \"not available\"): "
                                << m_unavailable.join(u", "_s) << Qt::endl;
        Q_EMIT finished(true);
    });
    runNext();
}

void ScreenshotTour::runNext()
{
    if (m_failed || m_steps.isEmpty())
        return;
    const Step step = m_steps.takeFirst();
    step();
}

void ScreenshotTour::fail(const QString &message)
{
    printErr(message);
    m_failed = true;
    m_steps.clear();
    closeRole();
    Q_EMIT finished(false);
}

void ScreenshotTour::queueEnrolScreens()
{
    m_steps.append([this] {
        m_roleDir = std::make_unique<QTemporaryDir>();
        AppSession::Config config;
        config.dataDirectory = m_roleDir->filePath(u"data"_s);
        config.keyStoreDirectory = m_roleDir->filePath(u"keys"_s);
        config.cheapKdfForTests = true;
        m_session = std::make_unique<AppSession>(config);
        if (!openShell())
            return;
        runNext();
    });
    queueShots(u"enrol"_s, [] { return true; });
    m_steps.append([this] { closeRole(); runNext(); });
}

void ScreenshotTour::queueRole(const QString &role)
{
    QList<TourEntry> mine;
    for (const TourEntry &e : std::as_const(m_entries))
        if (e.role == role)
            mine.append(e);
    const bool officer = role == u"officer";
    if (mine.isEmpty() && !officer)
        return;
    m_steps.append([this, role] {
        if (openRole(role))
            runNext();
    });
    for (const TourEntry &e : std::as_const(mine))
        queueShots(e.name, [this, e] { return showEntry(e); });
    if (officer) {
        m_steps.append([this] { m_session->lock(); runNext(); });
        queueShots(u"unlock"_s, [] { return true; });
    }
    m_steps.append([this] { closeRole(); runNext(); });
}

bool ScreenshotTour::openRole(const QString &role)
{
    m_roleDir = std::make_unique<QTemporaryDir>();
    AppSession::Config config;
    config.dataDirectory = m_roleDir->filePath(u"data"_s);
    config.keyStoreDirectory = m_roleDir->filePath(u"keys"_s);
    config.demo = true;
    config.cheapKdfForTests = true;
    m_session = std::make_unique<AppSession>(config);
    if (Status s = m_session->openGenerated(kPassphrase.toString(), Actor{QString(), roleOf(role)}, kPeople); !s.ok()) {
        fail(u"the generated store for the %1 did not open: %2"_s.arg(role, errorCodeName(s.code())));
        return false;
    }
    // The officer's sync screens show real trouble: conflicts and a refused change (synthetic).
    if (role == u"officer") {
        if (Status s = ConflictFixtures::seedBlocking(*m_session->worker()); !s.ok()) {
            fail(u"the tour's conflicts could not be seeded: %1"_s.arg(errorCodeName(s.code())));
            return false;
        }
    }
    m_person = firstInScope(kRichPeopleSql);
    m_newPerson = firstInScope(kNewProgrammePeopleSql);
    if (m_newPerson.isEmpty())
        m_newPerson = m_person;  // roles without the builder, or no such case: the page says why
    if (m_person.isEmpty()) {
        fail(u"no person in the scope of the generated %1"_s.arg(role));
        return false;
    }
    return openShell();
}

bool ScreenshotTour::openShell()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/"_s); // Qadam.Models and Qadam.Ui live at qrc:/Qadam/… (not a Qt 6.4 default)
    m_translations = std::make_unique<Translations>(m_session.get(), m_engine.get());
    m_engine->load(QUrl(u"qrc:/Qadam/Ui/Main.qml"_s));
    m_window = m_engine->rootObjects().isEmpty() ? nullptr
                                                 : qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!m_window) {
        fail(u"Main.qml did not load"_s);
        return false;
    }
    return true;
}

void ScreenshotTour::closeRole()
{
    m_window = nullptr;
    m_engine.reset();       // before the session: QML holds it as the Session singleton
    m_translations.reset();
    m_session.reset();
    m_roleDir.reset();
    m_person.clear();
    m_newPerson.clear();
}

void ScreenshotTour::queueShots(const QString &name, const std::function<bool()> &prepare)
{
    for (const QString &language : languages()) {
        for (const Size &size : sizes()) {
            m_steps.append([this, name, prepare, language, size] {
                m_session->setLanguage(language);
                m_translations->apply(language);
                m_window->resize(size.pixels);
                if (!prepare())
                    return;
                settleThenGrab(language, size, name);
            });
        }
    }
}

bool ScreenshotTour::showEntry(const TourEntry &entry)
{
    QVariant outcome;
    QMetaObject::invokeMethod(m_window, "show", Q_RETURN_ARG(QVariant, outcome), Q_ARG(QVariant, entry.page),
                              Q_ARG(QVariant, substitute(entry.properties)), Q_ARG(QVariant, entry.section));
    const QString result = outcome.toString();
    if (result == u"missing") {
        if (!m_unavailable.contains(entry.page))
            m_unavailable.append(entry.page);
        return true;
    }
    if (!result.isEmpty()) {
        fail(u"%1 (%2) did not load: %3"_s.arg(entry.page, entry.name, result));
        return false;
    }
    return true;
}

void ScreenshotTour::settleThenGrab(const QString &language, const Size &size, const QString &name)
{
    settle(4, [this, language, size, name] {
        const QString dir = u"%1/%2/%3"_s.arg(m_directory, language, size.name);
        const QString path = u"%1/%2.png"_s.arg(dir, name);
        const QImage image = m_window ? m_window->grabWindow() : QImage();
        if (image.isNull() || !QDir().mkpath(dir) || !image.save(path))
            return fail(u"could not render or write %1"_s.arg(path));
        ++m_written;
        runNext();
    });
}

void ScreenshotTour::settle(int rounds, const Step &then)
{
    // Work the page queued on the store thread comes back in order: when a no-op posted after it
    // returns, its results are applied. A few rounds cover loads that start more loads.
    if (rounds <= 0 || !m_session || !m_session->worker()->isAttached()) {
        QTimer::singleShot(150, this, then);
        return;
    }
    QTimer::singleShot(20, this, [this, rounds, then] {
        if (!m_session)
            return;
        m_session->worker()->post(this, [](CoreContext &) { return 0; },
                                  [this, rounds, then](int) { settle(rounds - 1, then); });
    });
}

QVariantMap ScreenshotTour::substitute(const QVariantMap &properties) const
{
    QVariantMap out = properties;
    for (auto it = out.begin(); it != out.end(); ++it)
        if (it.value().toString() == u"$person")
            it.value() = m_person;
        else if (it.value().toString() == u"$newPerson")
            it.value() = m_newPerson;
    return out;
}

QString ScreenshotTour::firstInScope(const QString &sql)
{
    QString person;
    m_session->worker()->runBlocking([&person, &sql](CoreContext &ctx) {
        auto q = ctx.db.prepare(sql);
        if (!q.ok())
            return;
        CaseAccess access(ctx.db);
        for (auto row = q.value().step(); row.ok() && row.value(); row = q.value().step()) {
            const QString id = q.value().text(0);
            const auto scope = access.resolve(ctx.actor, id, ctx.today);
            if (scope.ok() && inScope(ctx.actor.role, scope.value())) {
                person = id;
                return;
            }
        }
    });
    return person;
}

} // namespace Qadam
