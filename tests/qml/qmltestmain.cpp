// The Qt Quick Test harness: before any TestCase runs, a real AppSession opens a store filled by
// the synthetic generator (AppSession::openGenerated) in a temporary directory, acting as the
// generated user of the role named by QADAM_QML_ROLE (officer | counsellor | supervisor; default
// officer) with the most cases. Every tst_*.qml of a run shares that one store, in file order.
//
// What a TestCase can use:
//   import Qadam.Models / import Qadam.Ui      the product's modules (static plugins below)
//   Session                                     the unlocked AppSession singleton
//   import QadamTest; TestEnv.role,              the role key and the vault's passphrase (to lock
//   TestEnv.passphrase                          and unlock in a flow), a singleton of this harness
//   Qt.createComponent("qrc:/Qadam/Ui/pages/TodayPage.qml")   any page of Qadam.Ui
// Records a flow needs beyond the generated ones: a fixture in tests/qml/fixtures/ (qmlfixtures.h).
#include "appsession.h"
#include "qmlfixtures.h"

#include <QApplication>
#include <QDir>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Qadam_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Qadam_UiPlugin)

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

const QString kPassphrase = u"qml test passphrase, synthetic data"_s;

bool roleFromKey(const QString &key, Role *role)
{
    if (key == u"officer")
        *role = Role::ProbationOfficer;
    else if (key == u"counsellor")
        *role = Role::Counsellor;
    else if (key == u"supervisor")
        *role = Role::Supervisor;
    else
        return false;
    return true;
}

} // namespace

/** What a TestCase reads of the harness: `import QadamTest`, then TestEnv.role and TestEnv.passphrase. */
class QadamTestEnv : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString role MEMBER m_role CONSTANT)
    Q_PROPERTY(QString passphrase MEMBER m_passphrase CONSTANT)

public:
    QadamTestEnv(QString role, QString passphrase) : m_role(std::move(role)), m_passphrase(std::move(passphrase)) { }

private:
    QString m_role;
    QString m_passphrase;
};

class QadamQmlTestSetup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        m_role = qEnvironmentVariable("QADAM_QML_ROLE", u"officer"_s);
        Role role = Role::ProbationOfficer;
        if (!roleFromKey(m_role, &role))
            qFatal("QADAM_QML_ROLE must be officer, counsellor or supervisor, not \"%s\"", qPrintable(m_role));
        m_dir = std::make_unique<QTemporaryDir>();
        AppSession::Config config;
        config.dataDirectory = m_dir->filePath(u"data"_s);
        config.keyStoreDirectory = m_dir->filePath(u"keystore"_s);
        config.cheapKdfForTests = true;
        m_session = std::make_unique<AppSession>(config);
        const Status opened = m_session->openGenerated(kPassphrase, Actor{{}, role});
        if (!opened.ok())
            qFatal("could not open a generated store: %s", qPrintable(errorCodeName(opened.code())));
        QmlTest::runFixtures(*m_session, role); // tests/qml/fixtures/*.cpp
        m_env = std::make_unique<QadamTestEnv>(m_role, kPassphrase);
        qmlRegisterSingletonInstance("QadamTest", 1, 0, "TestEnv", m_env.get());
        std::printf("qadam_qmltest: acting as a %s (%s) on a generated store\n", qPrintable(m_session->role()),
                    qPrintable(m_session->userId()));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/"_s); // Qadam.Models and Qadam.Ui live at qrc:/Qadam/…
    }

    void cleanupTestCase()
    {
        m_session.reset(); // before the application goes: it owns threads and timers
        m_dir.reset();
    }

private:
    QString m_role;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<QadamTestEnv> m_env;
};

// QUICK_TEST_MAIN_WITH_SETUP would make a QGuiApplication; QtCharts' ChartView (the supervisor's
// dashboard) draws through QGraphicsScene and needs a QApplication, which Qt Quick Test keeps
// when one exists.
int main(int argc, char **argv)
{
    QTEST_SET_MAIN_SOURCE_PATH
    QApplication app(argc, argv);
    QadamQmlTestSetup setup;
    return quick_test_main_with_setup(argc, argv, "qadam_qmltest", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "qmltestmain.moc"
