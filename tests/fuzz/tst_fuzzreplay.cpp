// Replays every fuzz target's seeds and saved crash inputs (tests/fuzz/regressions/<target>/)
// through the same entry functions the libFuzzer binaries use, built with the normal compiler:
// CI checks each fixed crash without clang. A broken invariant aborts the run.
#include "fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam::Fuzz;

Q_DECLARE_METATYPE(Qadam::Fuzz::Target)

class tst_FuzzReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seeds_data();
    void seeds();
    void regressions_data();
    void regressions();
};

void tst_FuzzReplay::seeds_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<QByteArray>("input");
    for (Target target : allTargets()) {
        const QList<QByteArray> inputs = Qadam::Fuzz::seeds(target);
        QVERIFY2(!inputs.isEmpty(), qPrintable(targetName(target)));
        for (qsizetype i = 0; i < inputs.size(); ++i)
            QTest::addRow("%s: seed %d", qPrintable(targetName(target)), int(i)) << target << inputs.at(i);
    }
}

void tst_FuzzReplay::seeds()
{
    QFETCH(Target, target);
    QFETCH(QByteArray, input);
    QCOMPARE(run(target, input), 0);
}

void tst_FuzzReplay::regressions_data()
{
    QTest::addColumn<Target>("target");
    QTest::addColumn<QByteArray>("input");
    int rows = 0;
    for (Target target : allTargets()) {
        const QDir dir(QStringLiteral(QADAM_FUZZ_REGRESSION_DIR) + u'/' + targetName(target));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QTest::addRow("%s: %s", qPrintable(targetName(target)), qPrintable(name)) << target << f.readAll();
            ++rows;
        }
    }
    if (rows == 0)
        QSKIP("no saved crash inputs");
}

void tst_FuzzReplay::regressions()
{
    QFETCH(Target, target);
    QFETCH(QByteArray, input);
    QCOMPARE(run(target, input), 0);
}

QTEST_GUILESS_MAIN(tst_FuzzReplay)
#include "tst_fuzzreplay.moc"
