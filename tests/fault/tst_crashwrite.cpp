// A child process writing large transactions through the record store, outbox and audit chain is
// killed with SIGKILL at random points. After every kill the store must open, pass integrity_check
// and cipher_integrity_check, hold every batch the child reported committed, and hold each batch
// wholly or not at all.
#include "audit/auditlog.h"
#include "domain/schema.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/uuid.h"
#include "write/outbox.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {

constexpr int kBatchRows = 1000;
constexpr int kKills = 20;

/** Child: writes batch after batch, printing "committed N" after each commit, until killed. */
int childWrite(const QString &path, int firstBatch)
{
    auto opened = Database::open(path, Test::testKey());
    if (!opened.ok())
        return 2;
    Database &db = *opened.value();
    const EntitySpec &person = *Schema::builtIn().entity(u"Person"_s);
    RecordStore store(db);
    for (int batch = firstBatch;; ++batch) {
        Transaction tx(db);
        if (!tx.began())
            return 3;
        for (int i = 0; i < kBatchRows; ++i) {
            Record r;
            r.id = newUuidV7(1'780'000'000'000 + batch);
            r.version = 1;
            r.hlc = (qint64(batch) << 20) | i;
            r.createdBy = r.updatedBy = r.originDevice = u"crash-child"_s;
            r.fields = {{u"surnameCyr"_s, u"Тестов"_s}, {u"givenNameCyr"_s, u"Батч"_s},
                        {u"notes"_s, u"batch-%1"_s.arg(batch)}};
            if (!store.insert(person, r).ok())
                return 4;
            OutboxOp op;
            op.opId = newUuidV7(1'780'000'000'000);
            op.deviceId = u"crash-child"_s;
            op.entity = person.name;
            op.recordId = r.id;
            op.kind = u"create"_s;
            op.fields = r.fields;
            if (!Outbox::append(db, op).ok())
                return 5;
            AuditEvent e{0, newUuidV7(1'780'000'000'000), 0, u"u"_s, u"probation_officer"_s, u"crash-child"_s,
                         u"create"_s, person.name, r.id, r.id, {}, {}};
            if (!AuditLog::append(db, e).ok())
                return 6;
        }
        if (!tx.commit().ok())
            return 7;
        std::printf("committed %d\n", batch);
        std::fflush(stdout);
    }
}

} // namespace

class tst_CrashWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringLargeTransactions();
};

void tst_CrashWrite::killDuringLargeTransactions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.db"_s);
    QVERIFY(Test::openMigrated(path));
    const quint32 seed = qEnvironmentVariableIsSet("QADAM_SEED") ? quint32(qEnvironmentVariableIntValue("QADAM_SEED"))
                                                                   : QRandomGenerator::global()->generate();
    qInfo("seed %u (set QADAM_SEED to reproduce)", seed);
    QRandomGenerator rng(seed);
    int nextBatch = 1;
    int committedBefore = 0;

    for (int kill = 0; kill < kKills; ++kill) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--child-write"_s, path, QString::number(nextBatch)});
        QVERIFY(child.waitForStarted());
        // Let it commit at least one batch, then kill somewhere inside a later transaction.
        QVERIFY2(child.waitForReadyRead(30000), "child committed nothing");
        QTest::qWait(int(rng.bounded(5, 400)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        const int lastReported = lines.constLast().section(u' ', 1).toInt();

        auto db = Database::open(path, Test::testKey());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
        QVERIFY2(db.value()->checkIntegrity().ok(), qPrintable(db.value()->checkIntegrity().error().detail));
        auto stmt = db.value()->prepare(u"SELECT notes, count(*) FROM person GROUP BY notes"_s);
        QVERIFY(stmt.ok());
        int batches = 0;
        int maxBatch = 0;
        while (stmt.value().step().value()) {
            QCOMPARE(stmt.value().integer(1), qint64(kBatchRows));  // wholly there, never partly
            ++batches;
            maxBatch = std::max(maxBatch, stmt.value().text(0).section(u'-', 1).toInt());
        }
        QCOMPARE(maxBatch, batches);                              // no gap in the batches
        QVERIFY2(batches >= lastReported, "a reported commit was lost");
        QVERIFY(batches <= lastReported + 1);                     // at most the in-flight one
        QVERIFY(batches > committedBefore);
        QCOMPARE(db.value()->scalar(u"SELECT count(*) FROM outbox"_s).value().toLongLong(), qint64(batches) * kBatchRows);
        QCOMPARE(db.value()->scalar(u"SELECT count(*) FROM audit_event"_s).value().toLongLong(), qint64(batches) * kBatchRows);
        auto chain = AuditLog::verify(*db.value());
        QVERIFY(chain.ok() && chain.value().intact());
        committedBefore = batches;
        nextBatch = batches + 1;
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && qstrcmp(argv[1], "--child-write") == 0)
        return childWrite(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    tst_CrashWrite test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashwrite.moc"
