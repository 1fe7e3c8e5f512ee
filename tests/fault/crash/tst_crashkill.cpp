// The kill -9 harness (issue 6, part 1): seeded, reproducible SIGKILLs of
//  (a) a device process during local writes (localwrites.cpp),
//  (b) a device process while it applies a pull (pullapply.cpp),
//  (c) the server while it applies a push, restarted on the same store (serverpush.cpp).
// QADAM_CRASH_SEED replays a run's choices; QADAM_CRASH_POINTS sets the total number of kill
// points (default: a CI-sized run); QADAM_CRASH_STORE=postgresql runs victim (c) on PostgreSQL.
//
//   qadam-devicetool and this binary with --local-writer PATH SEED FIRST [--torn] are the children.
#include "crashsupport.h"
#include "harness.h"
#include "victims.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Crash;

class tst_CrashKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void checkerCatchesATornWrite();
    void clientKilledDuringLocalWrites();
    void clientKilledWhileApplyingPull();
    void serverKilledWhileApplyingPush();

private:
    /** The scenario (a) writes into and (b) pulls from: (b) pulls what (a) wrote, too. */
    Integration::Scenario &clientWorld();
    [[nodiscard]] static QString serverStore();
    [[nodiscard]] QString ctestName() const;

    Plan m_plan;
    std::unique_ptr<Integration::Scenario> m_clientWorld;
    Tally m_writes;
    Tally m_pulls;
    Tally m_pushes;
};

QString tst_CrashKill::serverStore()
{
    return qEnvironmentVariable("QADAM_CRASH_STORE", u"sqlite"_s);
}

QString tst_CrashKill::ctestName() const
{
    return serverStore() == u"postgresql" ? u"crash_kill9_server_postgresql"_s : u"crash_kill9"_s;
}

void tst_CrashKill::initTestCase()
{
    m_plan = Plan::fromEnvironment();
    qInfo("crash harness: seed %u, %d kill points planned (QADAM_CRASH_SEED, QADAM_CRASH_POINTS)", m_plan.seed(),
          m_plan.total());
}

void tst_CrashKill::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("crash harness FAILED with seed %u; %s", m_plan.seed(), qPrintable(m_plan.reproduceHint(ctestName())));
}

void tst_CrashKill::cleanupTestCase()
{
    const auto line = [](const char *name, const Tally &t) {
        qInfo("  %-26s %4d kill points: %4d before / %4d after the interrupted transaction, %4d between "
              "transactions; %6.1f s",
              name, t.points, t.before, t.after, t.idle, double(t.wallMs) / 1000.0);
    };
    qInfo("crash harness: seed %u, %d kill points tried", m_plan.seed(),
          m_writes.points + m_pulls.points + m_pushes.points);
    line("(a) client, local writes", m_writes);
    line("(b) client, applying pull", m_pulls);
    line(qPrintable(u"(c) server (%1), push"_s.arg(serverStore())), m_pushes);
    m_clientWorld.reset();
}

Integration::Scenario &tst_CrashKill::clientWorld()
{
    if (!m_clientWorld) {
        m_clientWorld = std::make_unique<Integration::Scenario>();
        if (!m_clientWorld->start(u"sqlite"_s))
            qFatal("could not start the server of the client victims");
    }
    return *m_clientWorld;
}

void tst_CrashKill::checkerCatchesATornWrite()
{
    // A harness that cannot fail proves nothing: a writer that splits one change over two
    // transactions must be caught within a few kills.
    if (serverStore() != u"sqlite")
        QSKIP("client victims run in the embedded-store entry");
    const int caughtAt = tornWritesCaught(clientWorld(), m_plan.seed(), 60);
    QVERIFY2(caughtAt > 0, "60 kills of a writer that tears its changes went unnoticed");
}

void tst_CrashKill::clientKilledDuringLocalWrites()
{
    if (serverStore() != u"sqlite")
        QSKIP("client victims run in the embedded-store entry");
    killLocalWrites(clientWorld(), m_plan, m_writes);
}

void tst_CrashKill::clientKilledWhileApplyingPull()
{
    if (serverStore() != u"sqlite")
        QSKIP("client victims run in the embedded-store entry");
    killPullApply(clientWorld(), m_plan, m_pulls);
}

void tst_CrashKill::serverKilledWhileApplyingPush()
{
    Integration::Scenario s;
    QVERIFY(s.start(serverStore()));
    // The PostgreSQL entry adds to the CI total; it runs about half the embedded store's share.
    const int points = m_plan.pointsFor(Victim::ServerPush) / (serverStore() == u"postgresql" ? 2 : 1);
    killServerDuringPush(s, m_plan, points, m_pushes);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 5 && qstrcmp(argv[1], "--local-writer") == 0)
        return runLocalWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toUInt(), QByteArray(argv[4]).toLongLong(),
                              argc >= 6 && qstrcmp(argv[5], "--torn") == 0);
    // A soak runs for hours: QtTest's watchdog (300 s per function by default) scales with the plan.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT",
                QByteArray::number(std::max(300'000, Plan::fromEnvironment().total() * 3'000)));
    tst_CrashKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashkill.moc"
