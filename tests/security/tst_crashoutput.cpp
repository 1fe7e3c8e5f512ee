// R4: neither the store key nor the data key reaches crash output. qadam-server and the app make
// themselves non-dumpable and zero their core-file limit first thing in main(); here both are
// crashed (SIGSEGV) with the core limit raised, as a careless service file would leave it, in a
// folder where this machine writes core files, and neither leaves a core file or prints its key.
// A control process crashed the same way does leave a core file, with the key in it: the check
// can fail. The in-process test of ProcessHardening runs last, because it hardens this process
// and every child would inherit the zero core limit.
#include "harness.h"
#include "util/processhardening.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

/** From /proc/PID/stat, readable even for a non-dumpable process. */
QByteArray idleSignature(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 22)
        return {};
    // state and resident pages (fields 3 and 24 of proc(5)); CPU time is left out, because a
    // first screen's timers may tick now and then while it waits for the user
    return f.at(0) + ' ' + f.at(21);
}

/** Waits until the process sleeps with nothing changing for a second: it is blocked where the
 *  test wants it (reading stdin, waiting for requests), well past the first line of main(). */
bool waitUntilIdle(qint64 pid, int timeoutMs = 60'000)
{
    QByteArray last;
    int same = 0;
    for (int waited = 0; waited < timeoutMs; waited += 200) {
        const QByteArray now = idleSignature(pid);
        if (now.isEmpty())
            return false;
        same = now.startsWith('S') && now == last ? same + 1 : 0;
        if (same >= 5)
            return true;
        last = now;
        QThread::msleep(200);
    }
    return false;
}

QStringList coreFiles(const QString &dir)
{
    return QDir(dir).entryList({u"core*"_s}, QDir::Files);
}

struct Crash
{
    QStringList cores;     ///< core files the crash left in the working folder
    QByteArray output;     ///< everything the process printed
    bool crashed = false;  ///< it died of the signal
};

/**
 * Runs `program` through `sh -c 'ulimit -c unlimited; exec …'` in `dir` with `env` (a hard limit
 * of zero leaves the limit as it is, and the control then finds no core file), waits until it
 * idles (after `readyLine` on its output, when given), crashes it with SIGSEGV and collects what
 * it left.
 */
Crash crash(const QString &dir, const QString &program, const QStringList &args, const QProcessEnvironment &env,
            const QByteArray &readyLine = {})
{
    Crash c;
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"/bin/sh"_s, QStringList{u"-c"_s, u"ulimit -c unlimited 2>/dev/null; exec \"$0\" \"$@\""_s, program} + args);
    if (!p.waitForStarted(10'000))
        return c;
    if (!readyLine.isEmpty()) {
        while (!c.output.contains(readyLine) && p.waitForReadyRead(60'000))
            c.output += p.readAll();
    }
    if (waitUntilIdle(p.processId()))
        ::kill(pid_t(p.processId()), SIGSEGV);
    else
        p.kill();
    p.waitForFinished(60'000);
    c.output += p.readAll();
    c.crashed = p.exitStatus() == QProcess::CrashExit;
    // The kernel writes the core file as the process dies; give a slow disk a moment.
    for (int i = 0; i < 20 && coreFiles(dir).isEmpty(); ++i)
        QThread::msleep(100);
    c.cores = coreFiles(dir);
    return c;
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    return key;
}

} // namespace

class tst_CrashOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crashedServerLeavesNoCoreAndNoKey();
    void crashedAppLeavesNoCore();
    void hardeningTakesEffect();  // last: it hardens this process (see the file's comment)

private:
    bool m_coresWritten = false;
    QString m_corePattern;
};

void tst_CrashOutput::initTestCase()
{
    QFile pattern(u"/proc/sys/kernel/core_pattern"_s);
    if (pattern.open(QIODevice::ReadOnly))
        m_corePattern = QString::fromUtf8(pattern.readAll()).trimmed();
    // The control: an ordinary process crashed the same way leaves a core file here, and the
    // secret in its environment is in that file. Without it the core checks below prove nothing.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray key = randomKey().toHex();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QADAM_SERVER_KEY"_s, QString::fromLatin1(key));
    const Crash control = crash(dir.path(), u"/bin/sleep"_s, {u"600"_s}, env);
    QVERIFY(control.crashed);
    m_coresWritten = !control.cores.isEmpty();
    if (m_coresWritten)
        QVERIFY2(fileContains(dir.filePath(control.cores.constFirst()), key), "the control's core lacks its key");
}

void tst_CrashOutput::crashedServerLeavesNoCoreAndNoKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray rawKey = randomKey();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QADAM_SERVER_KEY"_s, QString::fromLatin1(rawKey.toHex()));
    const Crash c = crash(dir.path(), Integration::serverBinary(),
                          {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--store"_s, u"sqlite:"_s + dir.filePath(u"store.db"_s)},
                          env, "listening on");
    QVERIFY2(c.output.contains("listening on"), c.output.constData());
    QVERIFY(c.crashed);
    for (const QByteArray &form : {rawKey.toHex(), rawKey.toHex().toUpper(), rawKey, rawKey.toBase64()})
        QVERIFY2(!c.output.contains(form), "the server printed its key");
    if (!m_coresWritten)
        QSKIP(qPrintable(u"this machine writes no core file to the working folder (core_pattern %1): the output "
                         "was checked, the core file cannot be"_s.arg(m_corePattern)));
    QVERIFY2(c.cores.isEmpty(), qPrintable(u"qadam-server left %1"_s.arg(c.cores.join(u", "_s))));
}

void tst_CrashOutput::crashedAppLeavesNoCore()
{
#ifndef QADAM_APP_BIN
    QSKIP("the app is not built in this configuration");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The app on its first screen (offscreen, a fresh home): idle in its event loop.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
    const Crash c = crash(dir.path(), QStringLiteral(QADAM_APP_BIN), {}, env);
    QVERIFY(c.crashed);
    if (!m_coresWritten)
        QSKIP(qPrintable(u"this machine writes no core file to the working folder (core_pattern %1)"_s.arg(m_corePattern)));
    QVERIFY2(c.cores.isEmpty(), qPrintable(u"the app left %1"_s.arg(c.cores.join(u", "_s))));
#endif
}

void tst_CrashOutput::hardeningTakesEffect()
{
    // Undo what the environment may have set, so the call below is what changes the state.
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    limit.rlim_cur = limit.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
    QVERIFY(!ProcessHardening::memoryKeptOutOfCrashOutput() || limit.rlim_max == 0);

    QVERIFY(ProcessHardening::keepMemoryOutOfCrashOutput());
    QVERIFY(ProcessHardening::memoryKeptOutOfCrashOutput());
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
}

QTEST_GUILESS_MAIN(tst_CrashOutput)
#include "tst_crashoutput.moc"
