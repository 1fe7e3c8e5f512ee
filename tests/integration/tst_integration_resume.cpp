// Integration: a device process killed with SIGKILL in the middle of its first pull resumes from
// its saved cursor — no gap (it ends equal to a device that synced in one go) and no duplicate (it
// pulls exactly the records it did not commit before the kill). Runs on both stores.
#include "harness.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Integration;

namespace {

constexpr int kPageBytes = 2048;

/** Reads the tool's lines until one starts with `prefix` (returned) or it exits / times out. */
QByteArray readUntil(QProcess &tool, const QByteArray &prefix, QList<QByteArray> &lines, int timeoutMs = 60'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (tool.canReadLine()) {
            const QByteArray line = tool.readLine().trimmed();
            lines << line;
            if (line.startsWith(prefix))
                return line;
        }
        if (tool.state() == QProcess::NotRunning && !tool.canReadLine())
            return {};
        tool.waitForReadyRead(100);
    }
    return {};
}

/** Records pulled in the tool's run: the count on its last "page" line. */
qint64 pulledIn(const QList<QByteArray> &lines)
{
    qint64 pulled = 0;
    for (const QByteArray &line : lines)
        if (line.startsWith("page "))
            pulled = line.split(' ').value(1).toLongLong();
    return pulled;
}

} // namespace

class tst_IntegrationResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void killedMidPullResumesFromCursor_data();
    void killedMidPullResumesFromCursor();
};

void tst_IntegrationResume::initTestCase_data()
{
    QTest::addColumn<QString>("store");
    for (const QString &row : storeRowsToRun())
        QTest::newRow(qPrintable(row)) << row;
}

void tst_IntegrationResume::killedMidPullResumesFromCursor_data()
{
    QTest::addColumn<int>("hangAfterPages");
    QTest::newRow("killed after the third page committed") << 3;
    QTest::newRow("killed wherever it is after the first page") << 0;
}

void tst_IntegrationResume::killedMidPullResumesFromCursor()
{
    QFETCH_GLOBAL(QString, store);
    QFETCH(int, hangAfterPages);
    Scenario s;
    QVERIFY(s.start(store));
    auto code = s.server().issueCode(s.seed().officerId);
    QVERIFY(code.ok());
    const QString dir = s.path(u"killed"_s);
    QDir().mkpath(dir);
    const QStringList common{u"sync"_s, u"--store"_s, dir + u"/device.db"_s, u"--max-reply-bytes"_s,
                             QString::number(kPageBytes)};

    QProcess first;
    first.start(deviceToolBinary(), common + QStringList{u"--server"_s, s.server().url(), u"--code"_s, code.value(),
                                                         u"--hang-after-pages"_s, QString::number(hangAfterPages)});
    QList<QByteArray> firstLines;
    QVERIFY(!readUntil(first, hangAfterPages > 0 ? "hanging" : "page ", firstLines).isEmpty());
    if (hangAfterPages == 0)
        QTest::qWait(20);
    QVERIFY2(first.state() == QProcess::Running, "the first pull must still be running when it is killed");
    first.kill();  // SIGKILL
    QVERIFY(first.waitForFinished(10'000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    qint64 committed = 0;
    {
        Device killed(dir);
        committed = killed.snapshot().size();
    }
    QVERIFY(committed > 0);

    QProcess second;
    second.start(deviceToolBinary(), common);
    QList<QByteArray> secondLines;
    QCOMPARE(readUntil(second, "synced", secondLines), "synced"_ba);
    QVERIFY(second.waitForFinished(10'000));
    QCOMPARE(second.exitCode(), 0);
    const qint64 pulledAfter = pulledIn(secondLines);

    auto reference = s.device(s.seed().officerId, u"reference"_s);
    QVERIFY(reference);
    const QMap<QString, QString> expected = reference->snapshot();
    Device resumed(dir);
    QCOMPARE(resumed.snapshot(), expected);                 // no gap
    QCOMPARE(committed + pulledAfter, qint64(expected.size())); // no duplicate, nothing pulled twice
    QVERIFY(pulledAfter < expected.size());                 // it resumed, it did not start over
    qInfo("records %lld: %lld committed before the kill, %lld pulled after the restart", qint64(expected.size()),
          committed, pulledAfter);
}

QTEST_GUILESS_MAIN(tst_IntegrationResume)
#include "tst_integration_resume.moc"
