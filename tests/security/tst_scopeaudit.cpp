// R25, R27, R32 on a real qadam-server process, both stores: a counsellor's forged push (a case
// outside the referral, a field the role may not write) is refused, leaves every record as it was,
// and writes exactly one authorisation-failure audit event that names ids only — the forged
// values (canaries) appear in no field of it.
#include "harness.h"
#include "write/writeservice.h"
#include "store/database.h"
#include "wirecodec.h"

#include <QTest>
#include <QUuid>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Integration;

class tst_ScopeAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void refusedPushIsAuditedWithIdsOnly_data();
    void refusedPushIsAuditedWithIdsOnly();
    void auditTableRefusesChanges();
    void offlineReadsReachTheServerOnce();
};

void tst_ScopeAudit::initTestCase_data()
{
    QTest::addColumn<QString>("store");
    for (const QString &row : storeRowsToRun())
        QTest::newRow(qPrintable(row)) << row;
}

void tst_ScopeAudit::refusedPushIsAuditedWithIdsOnly_data()
{
    QTest::addColumn<bool>("referred");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unreferred case") << false << u"notes"_s << u"out_of_scope"_s;
    QTest::newRow("case officer of a referred case") << true << u"caseOfficerId"_s << u"forbidden"_s;
}

void tst_ScopeAudit::refusedPushIsAuditedWithIdsOnly()
{
    QFETCH_GLOBAL(QString, store);
    QFETCH(bool, referred);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    Scenario s;
    QVERIFY(s.start(store));
    const SeedInfo &seed = s.seed();
    auto client = s.rawClient(seed.counsellorId);
    QVERIFY(client);
    QString target;
    for (const QString &person : seed.people)
        if (seed.referredCases.contains(person) == referred)
            target = person;
    QVERIFY(!target.isEmpty());
    const auto person = s.serverRecord(u"Person"_s, target);
    QVERIFY(person);
    const QString canary = u"ForgedCanary-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    const QVariant forged = field == u"caseOfficerId"_s ? QVariant(seed.counsellorId) : QVariant(canary);
    const ServerFacts before = s.facts();

    QVariantMap fields{{u"notes"_s, canary}};
    fields.insert(field, forged);
    const auto reply = client->sync({patchOp(u"Person"_s, target, person->version, fields)}, false);
    QVERIFY(reply.ok());
    pb::SyncResponse response;
    QVERIFY(Wire::parse(reply.body, response));
    QCOMPARE(response.results_size(), 1);
    QCOMPARE(response.results(0).outcome(), pb::OUTCOME_REJECTED);
    QCOMPARE(QString::fromStdString(response.results(0).reason()), reason);

    const ServerFacts after = s.facts();
    QCOMPARE(after.recordsDigest, before.recordsDigest);
    QCOMPARE(after.highWater, before.highWater);
    QCOMPARE(after.auditEvents, before.auditEvents + 1);
    auto opened = s.store().open();
    QVERIFY(opened.ok());
    auto txn = opened.value()->begin(false);
    QVERIFY(txn.ok());
    auto last = txn.value()->lastAuditEvent();
    QVERIFY(last.ok() && last.value());
    const Server::ServerAuditEvent &e = *last.value();
    QCOMPARE(e.action, u"push:rejected:"_s + reason);
    QCOMPARE(e.actorId, seed.counsellorId);
    QCOMPARE(e.deviceId, client->deviceId());
    QCOMPARE(e.entity, u"Person"_s);
    QCOMPARE(e.recordId, target);
    // An out-of-scope event does not even name the case it probed: the bucket is left empty.
    QCOMPARE(e.bucket, referred ? target : QString());
    for (const QString &value : {e.id, e.actorId, e.deviceId, e.action, e.entity, e.recordId, e.bucket})
        QVERIFY2(!value.contains(canary), qPrintable(value));
}

namespace {

/** Runs each statement in its own transaction on the server's store, as the server's own role
 *  would; true when every one of them was refused. */
bool everyStatementRefused(const TestStore &store, const QStringList &statements)
{
    bool allRefused = true;
    if (store.kind() == StoreKind::Sqlite) {
        auto db = Database::open(store.url().mid(int(qstrlen("sqlite:"))), QByteArray::fromHex(TestStore::keyHex().toLatin1()));
        if (!db.ok())
            return false;
        for (const QString &sql : statements)
            allRefused = allRefused && !db.value()->exec(sql).ok();
        return allRefused;
    }
    for (const QString &sql : statements) {
        try {
            pqxx::connection connection(store.url().toStdString());
            pqxx::work work(connection);
            work.exec(sql.toStdString());
            work.commit();
            allRefused = false;
        } catch (const pqxx::sql_error &) {
        }
    }
    return allRefused;
}

} // namespace

// R31: the server's own database role cannot change the audit chain (append-only triggers).
void tst_ScopeAudit::auditTableRefusesChanges()
{
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    QVERIFY(s.rawClient(s.seed().officerId));  // an enrolment: one more audit event
    const qint64 events = s.facts().auditEvents;
    QVERIFY(events > 0);
    QStringList statements = {u"UPDATE audit_event SET action = 'edited'"_s, u"DELETE FROM audit_event"_s};
    if (s.store().kind() == StoreKind::Postgres)
        statements << u"TRUNCATE audit_event"_s;
    QVERIFY(everyStatementRefused(s.store(), statements));
    QCOMPARE(s.facts().auditEvents, events);
    QVERIFY(s.server().admin(u"verify-audit"_s).ok());
}

// R30: a counsellor's reads while offline reach the server's chain at the next sync, each once,
// under the ids the device gave them; the counts on both sides match.
void tst_ScopeAudit::offlineReadsReachTheServerOnce()
{
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    const SeedInfo &seed = s.seed();
    QVERIFY(!seed.referredCases.isEmpty());
    auto device = s.device(seed.counsellorId, u"counsellor tablet"_s);
    QVERIFY(device);
    const QString deviceId = device->credentials().deviceId;
    QVERIFY(!deviceId.isEmpty());

    // No sync between the reads; one case is opened twice, and each opening counts.
    QStringList opened = seed.referredCases;
    opened << seed.referredCases.constFirst();
    for (const QString &person : std::as_const(opened))
        QVERIFY(device->writer().recordCaseRead(person).ok());
    QStringList deviceIds;
    QStringList deviceRecords;
    {
        auto rows = device->db().prepare(u"SELECT id, record_id FROM audit_event WHERE action = 'read' ORDER BY seq"_s);
        QVERIFY(rows.ok());
        while (rows.value().step().value()) {
            deviceIds << rows.value().text(0);
            deviceRecords << rows.value().text(1);
        }
    }
    QCOMPARE(deviceRecords, opened);

    const auto serverReads = [&]() {
        QList<Server::ServerAuditEvent> out;
        auto st = s.store().open();
        if (!st.ok())
            return out;
        auto txn = st.value()->begin(false);
        auto all = txn.ok() ? txn.value()->auditEvents(0, 1'000'000)
                            : Result<QList<Server::ServerAuditEvent>>(Error::make(Error::Storage));
        for (const Server::ServerAuditEvent &e : all.ok() ? all.value() : QList<Server::ServerAuditEvent>())
            if (e.deviceId == deviceId && e.action == u"device:read")
                out << e;
        return out;
    };
    QVERIFY(serverReads().isEmpty());
    QVERIFY(device->sync());
    const QList<Server::ServerAuditEvent> stored = serverReads();
    QStringList storedIds;
    QStringList storedRecords;
    for (const Server::ServerAuditEvent &e : stored) {
        storedIds << e.id;
        storedRecords << e.recordId;
        QCOMPARE(e.actorId, seed.counsellorId);
        QCOMPARE(e.bucket, e.recordId);
    }
    QCOMPARE(storedIds, deviceIds);
    QCOMPARE(storedRecords, opened);

    // Another sync, and another after one more read: nothing twice, the new read once.
    QVERIFY(device->sync());
    QCOMPARE(serverReads().size(), opened.size());
    QVERIFY(device->writer().recordCaseRead(seed.referredCases.constLast()).ok());
    QVERIFY(device->sync());
    QCOMPARE(serverReads().size(), opened.size() + 1);
    QVERIFY(s.server().admin(u"verify-audit"_s).ok());
}

QTEST_GUILESS_MAIN(tst_ScopeAudit)
#include "tst_scopeaudit.moc"
