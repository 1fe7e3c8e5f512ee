// Convergence property test (issue 6 §3). Five devices of different roles — two probation
// officers who own the same cases, a supervisor of their office, two counsellors of an NGO —
// edit offline at random through the core services (Person field patches on the same and on
// different fields, documents, check-ins, consents and referrals sent, accepted, activated and
// revoked, counselling sessions, case transfers that move scope between the officers), then sync
// in a random order through the fault proxy (lost, delayed, truncated and reset replies, 503s).
// After a final quiet sync:
//  - every device's visible state equals, bucket by bucket (canonical hash), what a fresh device of
//    the same user pulls now, and that fresh device holds exactly the cases the server's Scope
//    gives the user, at the server's versions;
//  - every concurrent same-field edit of a protected field (notes, category flags) is a conflict
//    record with both values, no other edit is silently lost, and the server's final values are
//    what the merge rules give (a model replays the ops in server order);
//  - no op was applied twice (one receipt per op; server writes audited once per writing op);
//  - no out-of-scope byte reached a device (canaries searched in every decrypted table).
// On failure: the seed, the round count and the journal (ops per device and the sync order) to
// reproduce it, and with QADAM_CONVERGENCE_SHRINK=1 the shortest failing prefix of rounds.
//
//   QADAM_CONVERGENCE_ROUNDS  rounds per store (CI default 100; the soak runs 1000+)
//   QADAM_CONVERGENCE_SEED    replays one seed (default: random, printed)
#include "convergenceworld.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Integration;
using namespace Qadam::Integration::Convergence;

namespace {

int roundsToRun()
{
    const int n = qEnvironmentVariableIntValue("QADAM_CONVERGENCE_ROUNDS");
    return n > 0 ? n : 100;
}

quint64 seedToUse()
{
    if (qEnvironmentVariableIsSet("QADAM_CONVERGENCE_SEED"))
        return qEnvironmentVariable("QADAM_CONVERGENCE_SEED").toULongLong();
    return QRandomGenerator::global()->generate64() >> 12;  // short enough to type
}

/** One run of `rounds` rounds; the failures (empty: every property holds). */
QStringList runOnce(StoreKind kind, quint64 seed, int rounds, Figures *figures = nullptr,
                    QStringList *journal = nullptr)
{
    World world(kind, seed);
    QStringList failures;
    if (!world.start()) {
        failures << u"set-up: "_s + world.failure();
    } else {
        bool ok = true;
        for (int r = 0; ok && r < rounds; ++r)
            ok = world.round(r);
        ok = ok && world.quietSync();
        failures = ok ? world.check() : QStringList{world.failure()};
    }
    if (figures)
        *figures = world.figures();
    if (journal)
        *journal = world.journal();
    return failures;
}

/** The shortest prefix of rounds that still fails (bisection; the run is a prefix of itself). */
int shrink(StoreKind kind, quint64 seed, int failingRounds)
{
    int good = 0;
    int bad = failingRounds;
    while (bad - good > 1) {
        const int mid = (good + bad) / 2;
        if (runOnce(kind, seed, mid).isEmpty())
            good = mid;
        else
            bad = mid;
    }
    return bad;
}

QString report(const Figures &f, const QString &store, quint64 seed)
{
    QStringList kinds;
    for (auto it = f.byKind.cbegin(); it != f.byKind.cend(); ++it)
        kinds << u"%1 %2"_s.arg(it.key()).arg(it.value());
    QStringList outcomes;
    for (auto it = f.outcomes.cbegin(); it != f.outcomes.cend(); ++it)
        outcomes << u"%1 %2"_s.arg(it.key()).arg(it.value());
    return u"convergence %1 seed %2: %3 rounds, %4 syncs, %5 writes (%6), %7 refused locally; server outcomes: %8; "
             u"%9 conflict records (%10 modelled); %11 of %12 connections faulted; %13 s"_s
        .arg(store).arg(seed).arg(f.rounds).arg(f.syncs).arg(f.opsWritten).arg(kinds.join(u", "_s))
        .arg(f.refusedLocally).arg(outcomes.join(u", "_s)).arg(f.conflicts).arg(f.expectedConflicts)
        .arg(f.faulted).arg(f.connections).arg(double(f.elapsedMs) / 1000.0, 0, 'f', 1);
}

} // namespace

class tst_Convergence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void converges_data();
    void converges();
};

void tst_Convergence::converges_data()
{
    QTest::addColumn<QString>("store");
    for (const QString &row : storeRowsToRun())
        QTest::newRow(qPrintable(row)) << row;
}

void tst_Convergence::converges()
{
    QFETCH(QString, store);
    const quint64 seed = seedToUse();
    const int rounds = roundsToRun();
    qInfo("convergence seed %llu, %d rounds on %s (QADAM_CONVERGENCE_SEED and QADAM_CONVERGENCE_ROUNDS replay it)",
          seed, rounds, qPrintable(store));
    Figures figures;
    QStringList journal;
    const QStringList failures = runOnce(storeKindOf(store), seed, rounds, &figures, &journal);
    qInfo("%s", qPrintable(report(figures, store, seed)));
    if (failures.isEmpty())
        return;

    // The reproduction: seed, rounds, and the ops and syncs in order (in a file: it is long).
    const QString path = QDir::temp().filePath(u"qadam-convergence-%1-%2.log"_s.arg(store).arg(seed));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write((journal.join(u'\n') + u'\n').toUtf8());
    int minimal = rounds;
    if (qEnvironmentVariableIntValue("QADAM_CONVERGENCE_SHRINK") > 0)
        minimal = shrink(storeKindOf(store), seed, rounds);
    qWarning("reproduce: QADAM_CONVERGENCE_SEED=%llu QADAM_CONVERGENCE_ROUNDS=%d QADAM_IT_STORE=%s "
             "(%d rounds ran; the journal of ops per device and the sync order is in %s)",
             seed, minimal, qPrintable(store), rounds, qPrintable(path));
    for (const QString &line : journal.mid(std::max<qsizetype>(0, journal.size() - 40)))
        qWarning("  %s", qPrintable(line));
    QFAIL(qPrintable(u"%1 violation(s):\n"_s.arg(failures.size()) + failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Convergence)
#include "tst_convergence.moc"
