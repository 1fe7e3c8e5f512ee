// Tests for Qadam::AuditLog: the append-only, hash-chained audit log.
#include "audit/auditlog.h"
#include "store/database.h"
#include "testsupport.h"
#include "util/uuid.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

class tst_AuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_db.reset(); }
    void chainLinksEachEvent();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void tableRefusesUpdateAndDelete();

private:
    void appendEvents(int n);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_run = 0;
};

void tst_AuditLog::init()
{
    m_db = Test::openMigrated(m_dir.filePath(u"audit-%1.db"_s.arg(++m_run)));
    QVERIFY(m_db);
}

void tst_AuditLog::appendEvents(int n)
{
    Transaction tx(*m_db);
    QVERIFY(tx.began());
    for (int i = 0; i < n; ++i) {
        AuditEvent e;
        e.id = newUuidV7(1'780'000'000'000 + i);
        e.at = 1'780'000'000'000 + i;
        e.actorId = u"user-%1"_s.arg(i % 3);
        e.actorRole = u"supervisor"_s;
        e.deviceId = u"device-1"_s;
        e.action = i % 2 ? u"read"_s : u"create"_s;
        e.entity = u"Person"_s;
        e.recordId = u"record-%1"_s.arg(i);
        e.personId = u"person-%1"_s.arg(i);
        QVERIFY(AuditLog::append(*m_db, e).ok());
        QCOMPARE(e.seq, qint64(i + 1));
    }
    QVERIFY(tx.commit().ok());
}

void tst_AuditLog::chainLinksEachEvent()
{
    appendEvents(5);
    auto report = AuditLog::verify(*m_db);
    QVERIFY(report.ok());
    QVERIFY(report.value().intact());
    QCOMPARE(report.value().checked, 5);
    QCOMPARE(m_db->scalar(u"SELECT prev_hash FROM audit_event WHERE seq = 1"_s).value().toByteArray(), AuditLog::genesisHash());
    QCOMPARE(m_db->scalar(u"SELECT prev_hash FROM audit_event WHERE seq = 3"_s).value().toByteArray(),
             m_db->scalar(u"SELECT hash FROM audit_event WHERE seq = 2"_s).value().toByteArray());
}

void tst_AuditLog::tamperingIsNamed_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("namedSeq");
    QTest::newRow("action rewritten") << u"UPDATE audit_event SET action = 'create' WHERE seq = 4"_s << qint64(4);
    QTest::newRow("actor rewritten") << u"UPDATE audit_event SET actor_id = 'someone-else' WHERE seq = 2"_s << qint64(2);
    QTest::newRow("time moved") << u"UPDATE audit_event SET at = at - 86400000 WHERE seq = 6"_s << qint64(6);
    QTest::newRow("event deleted") << u"DELETE FROM audit_event WHERE seq = 3"_s << qint64(4);
    QTest::newRow("event rewritten with a fresh hash")
        << u"UPDATE audit_event SET record_id = 'other', hash = randomblob(32) WHERE seq = 5"_s << qint64(5);
}

void tst_AuditLog::tamperingIsNamed()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, namedSeq);
    appendEvents(8);
    // Someone holding the key can drop the triggers; verify must still find the change.
    QVERIFY(m_db->exec(u"DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete;"_s).ok());
    QVERIFY(m_db->exec(tamper).ok());
    auto report = AuditLog::verify(*m_db);
    QVERIFY(report.ok());
    QVERIFY(!report.value().intact());
    QCOMPARE(report.value().firstBrokenSeq, namedSeq);
    QCOMPARE(report.value().firstBrokenId,
             m_db->scalar(u"SELECT id FROM audit_event WHERE seq = ?1"_s, {namedSeq}).value().toString());
    QVERIFY(!report.value().reason.isEmpty());
}

void tst_AuditLog::tableRefusesUpdateAndDelete()
{
    appendEvents(2);
    QVERIFY(!m_db->exec(u"UPDATE audit_event SET action = 'x' WHERE seq = 1"_s).ok());
    QVERIFY(!m_db->exec(u"DELETE FROM audit_event WHERE seq = 2"_s).ok());
    QVERIFY(AuditLog::verify(*m_db).value().intact());
    QCOMPARE(AuditLog::verify(*m_db).value().checked, 2);
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
