// Tests for Qadam::Migrator: numbered, forward-only migrations, each in one transaction.
#include "casework/casescope.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberedInOrder();
    void fromEveryEarlierVersion_data();
    void fromEveryEarlierVersion();
    void rerunIsNoOp();
    void refusesNewerDatabase();
    void failedMigrationWritesNothing();
    void scopeQueriesReadIndexesNotWholeTables_data();
    void scopeQueriesReadIndexesNotWholeTables();

private:
    QTemporaryDir m_dir;
};

void tst_Migrations::numberedInOrder()
{
    int expected = 1;
    for (const Migration &m : Migrator::all())
        QCOMPARE(m.version, expected++);
    QCOMPARE(Migrator::latestVersion(), Migrator::all().size());
}

void tst_Migrations::fromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Migrator::latestVersion(); ++v)
        QTest::newRow(qPrintable(u"from version %1"_s.arg(v))) << v;
}

void tst_Migrations::fromEveryEarlierVersion()
{
    QFETCH(int, from);
    const QString path = m_dir.filePath(u"from-%1.db"_s.arg(from));
    auto opened = Database::open(path, Test::testKey());
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    QVERIFY(Migrator::migrate(db, from).ok());
    QCOMPARE(Migrator::currentVersion(db).value(), from);
    if (from >= 1) {
        // Data written at the earlier version survives the later migrations.
        QVERIFY(db.exec(u"INSERT INTO meta(key, value) VALUES ('written-at', '%1')"_s.arg(from)).ok());
        QVERIFY(db.exec(u"INSERT INTO person(id, version, hlc, created_at, created_by, updated_at, updated_by, "
                        u"origin_device, surname_lat) VALUES ('p1', 1, 1, 0, 'u', 0, 'u', 'd', 'Old')"_s).ok());
    }
    QVERIFY(Migrator::migrate(db).ok());
    QCOMPARE(Migrator::currentVersion(db).value(), Migrator::latestVersion());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM schema_migrations"_s).value().toInt(), Migrator::latestVersion());
    if (from >= 1) {
        QCOMPARE(db.scalar(u"SELECT value FROM meta WHERE key = 'written-at'"_s).value().toString(), QString::number(from));
        QCOMPARE(db.scalar(u"SELECT surname_lat FROM person WHERE id = 'p1'"_s).value().toString(), u"Old"_s);
    }
    // The final schema is the same whichever version we started from.
    const QString schema = db.scalar(u"SELECT group_concat(name || ':' || sql, '|') FROM "
                                     u"(SELECT name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name)"_s)
                               .value().toString();
    auto fresh = Test::openMigrated(m_dir.filePath(u"fresh-%1.db"_s.arg(from)));
    QVERIFY(fresh);
    QCOMPARE(fresh->scalar(u"SELECT group_concat(name || ':' || sql, '|') FROM "
                           u"(SELECT name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name)"_s)
                 .value().toString(),
             schema);
    QVERIFY(db.checkIntegrity().ok());
}

void tst_Migrations::rerunIsNoOp()
{
    auto db = Test::openMigrated(m_dir.filePath(u"rerun.db"_s));
    QVERIFY(db);
    QVERIFY(Migrator::migrate(*db).ok());
    QCOMPARE(db->scalar(u"SELECT count(*) FROM schema_migrations"_s).value().toInt(), Migrator::latestVersion());
}

void tst_Migrations::refusesNewerDatabase()
{
    auto db = Test::openMigrated(m_dir.filePath(u"newer.db"_s));
    QVERIFY(db);
    QVERIFY(db->exec(u"INSERT INTO schema_migrations(version, name, applied_at) VALUES (999, 'from the future', 0)"_s).ok());
    const Status s = Migrator::migrate(*db);
    QCOMPARE(s.code(), Error::Unsupported);
}

void tst_Migrations::failedMigrationWritesNothing()
{
    // A database already holding a table that migration 1 creates makes migration 1 fail half way:
    // nothing of it may remain, and the version stays 0.
    const QString path = m_dir.filePath(u"clash.db"_s);
    auto opened = Database::open(path, Test::testKey());
    QVERIFY(opened.ok());
    Database &db = *opened.value();
    QVERIFY(db.exec(u"CREATE TABLE audit_event(x)"_s).ok());
    const Status s = Migrator::migrate(db);
    QVERIFY(!s.ok());
    QCOMPARE(Migrator::currentVersion(db).value(), 0);
    QVERIFY(db.scalar(u"SELECT name FROM sqlite_schema WHERE name = 'meta'"_s).value().isNull());
    QVERIFY(db.scalar(u"SELECT name FROM sqlite_schema WHERE name = 'outbox'"_s).value().isNull());
}

void tst_Migrations::scopeQueriesReadIndexesNotWholeTables_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("probation officer") << int(Role::ProbationOfficer);
    QTest::newRow("police officer") << int(Role::PoliceOfficer);
    QTest::newRow("counsellor") << int(Role::Counsellor);
}

// The query that narrows a caseload runs at every unlock and on every list: on a device holding
// 100,000 people a whole-table read of person decrypted every page of it (unlock -> Today 2.1 s).
// Its plan must search indexes only. (A supervisor's region query reads the person table by
// design: it filters on the case officer's organisation and the residence's territory tree.)
void tst_Migrations::scopeQueriesReadIndexesNotWholeTables()
{
    QFETCH(int, role);
    auto db = Test::openMigrated(m_dir.filePath(u"plan.db"_s));
    QVERIFY(db);
    auto plan = db->prepare(u"EXPLAIN QUERY PLAN "_s + CaseScope::candidatesSql(Role(role)));
    QVERIFY(plan.ok());
    QStringList steps;
    while (plan.value().step().value())
        steps << plan.value().text(3);
    QVERIFY(!steps.isEmpty());
    for (const QString &step : std::as_const(steps))
        QVERIFY2(!step.startsWith(u"SCAN "_s), qPrintable(steps.join(u" | "_s)));
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
