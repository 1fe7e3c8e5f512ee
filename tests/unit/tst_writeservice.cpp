// Tests for Qadam::WriteService: record + outbox op + audit event in one transaction, or nothing.
#include "audit/auditlog.h"
#include "store/database.h"
#include "store/meta.h"
#include "testsupport.h"
#include "util/clock.h"
#include "util/hlc.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
const Actor kOfficer{u"018f0000-0000-7000-8000-00000000a001"_s, Role::ProbationOfficer};
const Actor kSupervisor{u"018f0000-0000-7000-8000-00000000a002"_s, Role::Supervisor};
const Actor kCounsellor{u"018f0000-0000-7000-8000-00000000a003"_s, Role::Counsellor};

QVariantMap person()
{
    return {{u"surnameCyr"_s, u"Сейтқали"_s}, {u"givenNameCyr"_s, u"Ерлан"_s}, {u"surnameLat"_s, u"Seitkali"_s},
            {u"givenNameLat"_s, u"Yerlan"_s}, {u"birthDate"_s, u"1990-04-12"_s}, {u"preferredLanguage"_s, u"kk"_s},
            {u"caseStatus"_s, u"active"_s}};
}
} // namespace

class tst_WriteService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_service.reset(); m_db.reset(); }

    void createWritesRecordOpAndAudit();
    void rejectedWritesNothing_data();
    void rejectedWritesNothing();
    void updateVersionsAndKeepsHistory();
    void updateWithoutChangeWritesNothing();
    void appendOnlyTakesAmendments();
    void deviceSeqHasNoGapsAcrossRestarts();
    void deviceIdSurvivesOnlyWithItsTransaction();
    void hlcNeverGoesBackwards();
    void caseReadsAuditedForSupervisorsAndCounsellors_data();
    void caseReadsAuditedForSupervisorsAndCounsellors();
    void auditHoldsIdsNeverContent();
    void caseContentNeverOnDiskInPlaintext();

private:
    struct Counts { qint64 records; qint64 ops; qint64 audit; };
    Counts counts();
    void reopen(const Actor &actor = kOfficer);
    QString createPerson();
    QString createOrder(const QString &personId);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WriteService> m_service;
};

void tst_WriteService::init()
{
    QFile::remove(m_dir.filePath(u"w.db"_s));
    QFile::remove(m_dir.filePath(u"w.db-wal"_s));
    m_clock.set(1'780'000'000'000);
    reopen();
}

void tst_WriteService::reopen(const Actor &actor)
{
    m_service.reset();
    m_db.reset();
    m_db = Test::openMigrated(m_dir.filePath(u"w.db"_s));
    QVERIFY(m_db);
    m_service = std::make_unique<WriteService>(*m_db, m_clock, actor);
}

tst_WriteService::Counts tst_WriteService::counts()
{
    qint64 records = 0;
    for (const EntitySpec &e : Schema::builtIn().entities())
        records += m_db->scalar(u"SELECT count(*) FROM %1"_s.arg(e.table)).value().toLongLong();
    return {records, m_db->scalar(u"SELECT count(*) FROM outbox"_s).value().toLongLong(),
            m_db->scalar(u"SELECT count(*) FROM audit_event"_s).value().toLongLong()};
}

QString tst_WriteService::createPerson()
{
    auto id = m_service->create(u"Person"_s, person());
    if (!id.ok())
        QTest::qFail(qPrintable(id.error().detail), __FILE__, __LINE__);
    return id.ok() ? id.value() : QString();
}

QString tst_WriteService::createOrder(const QString &personId)
{
    auto id = m_service->create(u"SupervisionOrder"_s,
                                {{u"personId"_s, personId}, {u"decisionNumber"_s, u"2-123/2026"_s},
                                 {u"court"_s, u"Court 1"_s}, {u"decisionDate"_s, u"2026-03-01"_s},
                                 {u"startsOn"_s, u"2026-03-10"_s}, {u"endsOn"_s, u"2027-03-09"_s},
                                 {u"status"_s, u"in_force"_s}});
    if (!id.ok())
        QTest::qFail(qPrintable(id.error().detail), __FILE__, __LINE__);
    return id.ok() ? id.value() : QString();
}

void tst_WriteService::createWritesRecordOpAndAudit()
{
    const QString id = createPerson();
    QVERIFY(!id.isEmpty());
    auto record = m_service->get(u"Person"_s, id);
    QVERIFY(record.ok());
    QCOMPARE(record.value().version, 1);
    QCOMPARE(record.value().fields.value(u"surnameCyr"_s).toString(), u"Сейтқали"_s);
    QCOMPARE(record.value().createdBy, kOfficer.userId);
    QVERIFY(record.value().hlc > 0);

    auto ops = Outbox::list(*m_db);
    QVERIFY(ops.ok());
    QCOMPARE(ops.value().size(), 1);
    const OutboxOp &op = ops.value().constFirst();
    QCOMPARE(op.deviceSeq, 1);
    QCOMPARE(op.entity, u"Person"_s);
    QCOMPARE(op.recordId, id);
    QCOMPARE(op.kind, u"create"_s);
    QCOMPARE(op.baseVersion, 0);
    QCOMPARE(op.hlc, record.value().hlc);
    QCOMPARE(op.schemaVersion, Schema::kVersion);
    QCOMPARE(op.deviceId, m_service->deviceId().value());
    QCOMPARE(op.fields.value(u"givenNameLat"_s).toString(), u"Yerlan"_s);
    QCOMPARE(op.occurredAt, m_clock.nowMs());

    auto chain = AuditLog::verify(*m_db);
    QVERIFY(chain.ok());
    QCOMPARE(chain.value().checked, 1);
    QVERIFY(chain.value().intact());
    QCOMPARE(m_db->scalar(u"SELECT action || ':' || entity || ':' || record_id || ':' || person_id FROM audit_event"_s).value().toString(),
             u"create:Person:%1:%1"_s.arg(id));
}

void tst_WriteService::rejectedWritesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedField");

    QVariantMap p = person();
    QTest::newRow("unknown entity") << u"create"_s << u"Prisoner"_s << p << int(Error::Invalid) << u"entity"_s;
    p.insert(u"favouriteColour"_s, u"red"_s);
    QTest::newRow("unknown field") << u"create"_s << u"Person"_s << p << int(Error::Invalid) << u"favouriteColour"_s;
    p = person();
    p.insert(u"birthDate"_s, u"1990-02-30"_s);
    QTest::newRow("impossible date") << u"create"_s << u"Person"_s << p << int(Error::Invalid) << u"birthDate"_s;
    p = person();
    p.insert(u"preferredLanguage"_s, u"fr"_s);
    QTest::newRow("unknown enum value") << u"create"_s << u"Person"_s << p << int(Error::Invalid) << u"preferredLanguage"_s;
    p = person();
    p.insert(u"surnameCyr"_s, QString(5000, u'а'));
    QTest::newRow("oversize text") << u"create"_s << u"Person"_s << p << int(Error::Invalid) << u"surnameCyr"_s;
    p = person();
    p.insert(u"iin"_s, u"12345"_s);
    QTest::newRow("malformed IIN") << u"create"_s << u"Person"_s << p << int(Error::Invalid) << u"iin"_s;
    QTest::newRow("reference to a missing person")
        << u"create"_s << u"SupervisionOrder"_s
        << QVariantMap{{u"personId"_s, u"018f0000-0000-7000-8000-0000000000ff"_s}, {u"decisionNumber"_s, u"1"_s},
                       {u"court"_s, u"C"_s}, {u"decisionDate"_s, u"2026-01-01"_s},
                       {u"startsOn"_s, u"2026-01-02"_s}, {u"endsOn"_s, u"2026-12-31"_s}, {u"status"_s, u"in_force"_s}}
        << int(Error::Invalid) << u"personId"_s;
    QTest::newRow("order ends before it starts")
        << u"create-order"_s << u"SupervisionOrder"_s << QVariantMap{{u"endsOn"_s, u"2026-01-01"_s}}
        << int(Error::Invalid) << QString();
    QTest::newRow("patch of an append-only check-in")
        << u"patch-checkin"_s << u"CheckIn"_s << QVariantMap{{u"summary"_s, u"changed"_s}} << int(Error::AppendOnly) << QString();
    QTest::newRow("patch on a stale version")
        << u"patch-stale"_s << u"Person"_s << QVariantMap{{u"givenNameLat"_s, u"Erlan"_s}} << int(Error::Conflict) << QString();
    QTest::newRow("patch moving a record to another case")
        << u"patch-order-person"_s << u"SupervisionOrder"_s << QVariantMap() << int(Error::Invalid) << u"personId"_s;
    QTest::newRow("patch of a missing record")
        << u"patch-missing"_s << u"Person"_s << QVariantMap{{u"givenNameLat"_s, u"X"_s}} << int(Error::NotFound) << QString();
    QTest::newRow("patch clearing a required field")
        << u"patch-clear"_s << u"Person"_s << QVariantMap{{u"caseStatus"_s, QString()}} << int(Error::Invalid) << u"caseStatus"_s;
    QTest::newRow("amendment of a mutable record")
        << u"amend-person"_s << u"Person"_s << QVariantMap() << int(Error::Invalid) << QString();
    QTest::newRow("amendsId smuggled into a create")
        << u"create-amends"_s << u"CheckIn"_s << QVariantMap() << int(Error::Invalid) << u"amendsId"_s;
}

void tst_WriteService::rejectedWritesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, entity);
    QFETCH(QVariantMap, fields);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedField);

    const QString personId = createPerson();
    const QString orderId = createOrder(personId);
    auto checkIn = m_service->create(u"CheckIn"_s, {{u"personId"_s, personId}, {u"orderId"_s, orderId},
                                                    {u"channel"_s, u"probation"_s}, {u"outcome"_s, u"attended"_s},
                                                    {u"occurredOn"_s, u"2026-03-31"_s}, {u"dueOn"_s, u"2026-03-31"_s}});
    QVERIFY2(checkIn.ok(), qPrintable(checkIn.ok() ? QString() : checkIn.error().detail));
    QVERIFY(m_service->update(u"Person"_s, personId, 1, {{u"givenNameLat"_s, u"Erlan"_s}}).ok());
    const Counts before = counts();
    const QByteArray lastHash = m_db->scalar(u"SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1"_s).value().toByteArray();

    Status s;
    if (kind == u"create") {
        s = Status::of(m_service->create(entity, fields));
    } else if (kind == u"create-order") {
        QVariantMap order = {{u"personId"_s, personId}, {u"decisionNumber"_s, u"1"_s}, {u"court"_s, u"C"_s},
                             {u"decisionDate"_s, u"2026-01-01"_s}, {u"startsOn"_s, u"2026-06-01"_s},
                             {u"status"_s, u"in_force"_s}};
        order.insert(fields);
        s = Status::of(m_service->create(entity, order));
    } else if (kind == u"patch-checkin") {
        s = m_service->update(entity, checkIn.value(), 1, fields);
    } else if (kind == u"patch-stale") {
        s = m_service->update(entity, personId, 1, fields);  // current version is 2
    } else if (kind == u"patch-order-person") {
        s = m_service->update(entity, orderId, 1, {{u"personId"_s, createPerson()}});
    } else if (kind == u"patch-missing") {
        s = m_service->update(entity, u"018f0000-0000-7000-8000-0000000000ee"_s, 1, fields);
    } else if (kind == u"patch-clear") {
        s = m_service->update(entity, personId, 2, fields);
    } else if (kind == u"amend-person") {
        s = Status::of(m_service->amend(entity, personId, {{u"givenNameLat"_s, u"X"_s}}));
    } else if (kind == u"create-amends") {
        s = Status::of(m_service->create(entity, {{u"personId"_s, personId}, {u"orderId"_s, orderId},
                                                  {u"channel"_s, u"police"_s}, {u"outcome"_s, u"attended"_s},
                                                  {u"occurredOn"_s, u"2026-03-31"_s}, {u"amendsId"_s, checkIn.value()}}));
    }
    QVERIFY(!s.ok());
    QCOMPARE(int(s.code()), expectedCode);
    if (!expectedField.isEmpty())
        QCOMPARE(s.error().field, expectedField);

    const Counts after = counts();
    const qint64 extraPeople = kind == u"patch-order-person" ? 1 : 0;  // the second person made for that row
    QCOMPARE(after.records, before.records + extraPeople);
    QCOMPARE(after.ops, before.ops + extraPeople);
    QCOMPARE(after.audit, before.audit + extraPeople);
    if (extraPeople == 0)
        QCOMPARE(m_db->scalar(u"SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1"_s).value().toByteArray(), lastHash);
    QCOMPARE(m_service->get(u"Person"_s, personId).value().version, 2);
    QCOMPARE(m_service->get(u"SupervisionOrder"_s, orderId).value().fields.value(u"personId"_s).toString(), personId);
}

void tst_WriteService::updateVersionsAndKeepsHistory()
{
    const QString id = createPerson();
    m_clock.advance(1000);
    QVERIFY(m_service->update(u"Person"_s, id, 1, {{u"givenNameLat"_s, u"Erlan"_s}, {u"surnameLat"_s, u"Seitkali"_s}}).ok());
    auto r = m_service->get(u"Person"_s, id).value();
    QCOMPARE(r.version, 2);
    QCOMPARE(r.fields.value(u"givenNameLat"_s).toString(), u"Erlan"_s);
    QCOMPARE(r.fields.value(u"surnameCyr"_s).toString(), u"Сейтқали"_s);  // untouched field kept
    QCOMPARE(r.updatedAt, m_clock.nowMs());

    // Only the field that really changed travels, with the version it was made on.
    auto ops = Outbox::list(*m_db).value();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.at(1).kind, u"patch"_s);
    QCOMPARE(ops.at(1).baseVersion, 1);
    QCOMPARE(ops.at(1).fields.keys(), QStringList{u"givenNameLat"_s});
    QVERIFY(ops.at(1).hlc > ops.at(0).hlc);
    // The overwritten value is kept.
    QCOMPARE(m_db->scalar(u"SELECT old_value FROM field_history WHERE record_id = ?1 AND field = 'givenNameLat'"_s, {id})
                 .value().toString(), u"Yerlan"_s);
    QCOMPARE(m_db->scalar(u"SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1"_s).value().toString(), u"update"_s);
}

void tst_WriteService::updateWithoutChangeWritesNothing()
{
    const QString id = createPerson();
    const Counts before = counts();
    QVERIFY(m_service->update(u"Person"_s, id, 1, {{u"givenNameLat"_s, u"Yerlan"_s}}).ok());
    const Counts after = counts();
    QCOMPARE(after.ops, before.ops);
    QCOMPARE(after.audit, before.audit);
    QCOMPARE(m_service->get(u"Person"_s, id).value().version, 1);
}

void tst_WriteService::appendOnlyTakesAmendments()
{
    const QString personId = createPerson();
    const QString orderId = createOrder(personId);
    auto original = m_service->create(u"CheckIn"_s, {{u"personId"_s, personId}, {u"orderId"_s, orderId},
                                                     {u"channel"_s, u"police"_s}, {u"outcome"_s, u"attended"_s},
                                                     {u"occurredOn"_s, u"2026-04-10"_s}, {u"dueOn"_s, u"2026-04-30"_s},
                                                     {u"summary"_s, u"first"_s}});
    QVERIFY(original.ok());
    auto amendment = m_service->amend(u"CheckIn"_s, original.value(),
                                      {{u"orderId"_s, orderId}, {u"channel"_s, u"police"_s}, {u"outcome"_s, u"attended"_s},
                                       {u"occurredOn"_s, u"2026-04-09"_s}, {u"dueOn"_s, u"2026-04-30"_s},
                                       {u"summary"_s, u"date corrected"_s}});
    QVERIFY2(amendment.ok(), qPrintable(amendment.ok() ? QString() : amendment.error().detail));
    auto amended = m_service->get(u"CheckIn"_s, amendment.value()).value();
    QCOMPARE(amended.fields.value(u"amendsId"_s).toString(), original.value());
    QCOMPARE(amended.fields.value(u"personId"_s).toString(), personId);
    QCOMPARE(m_service->get(u"CheckIn"_s, original.value()).value().fields.value(u"summary"_s).toString(), u"first"_s);
    QCOMPARE(m_db->scalar(u"SELECT action FROM audit_event ORDER BY seq DESC LIMIT 1"_s).value().toString(), u"amend"_s);
    // Even raw SQL cannot rewrite an append-only record.
    QVERIFY(!m_db->exec(u"UPDATE check_in SET summary = 'tampered'"_s).ok());
}

void tst_WriteService::deviceSeqHasNoGapsAcrossRestarts()
{
    createPerson();
    (void)m_service->create(u"Person"_s, {{u"birthDate"_s, u"bad"_s}});  // rejected: must not use a number
    createPerson();
    const QString deviceId = m_service->deviceId().value();
    reopen();
    createPerson();
    (void)m_service->update(u"Person"_s, u"018f0000-0000-7000-8000-0000000000ee"_s, 1, {{u"givenNameLat"_s, u"Z"_s}});
    createPerson();
    auto ops = Outbox::list(*m_db).value();
    QCOMPARE(ops.size(), 4);
    for (int i = 0; i < ops.size(); ++i) {
        QCOMPARE(ops.at(i).deviceSeq, qint64(i + 1));
        QCOMPARE(ops.at(i).deviceId, deviceId);  // the device keeps its identity across restarts
    }
    // Acknowledged ops leave the queue; numbering continues after them.
    QVERIFY(m_db->exec(u"DELETE FROM outbox"_s).ok());
    createPerson();
    QCOMPARE(Outbox::list(*m_db).value().constFirst().deviceSeq, 5);
}

void tst_WriteService::deviceIdSurvivesOnlyWithItsTransaction()
{
    // The very first write happens inside a batch that rolls back: the device id made for it
    // must not live on in memory while the meta row is gone.
    {
        Transaction batch(*m_db);
        QVERIFY(m_service->create(u"Person"_s, person()).ok());
    }
    QVERIFY(m_db->scalar(u"SELECT value FROM meta WHERE key = 'device_id'"_s).value().isNull());
    createPerson();
    const QString stored = m_db->scalar(u"SELECT value FROM meta WHERE key = 'device_id'"_s).value().toString();
    QVERIFY(!stored.isEmpty());
    QCOMPARE(Outbox::list(*m_db).value().constFirst().deviceId, stored);
    QCOMPARE(m_service->deviceId().value(), stored);
}

void tst_WriteService::hlcNeverGoesBackwards()
{
    const QString a = createPerson();
    const qint64 first = m_service->get(u"Person"_s, a).value().hlc;
    m_clock.advance(-3'600'000);  // the device clock is set back an hour
    reopen();
    const QString b = createPerson();
    const qint64 second = m_service->get(u"Person"_s, b).value().hlc;
    QVERIFY(second > first);
    QCOMPARE(HybridClock::wallMs(second), HybridClock::wallMs(first));
}

void tst_WriteService::caseReadsAuditedForSupervisorsAndCounsellors_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("audited");
    QTest::newRow("supervisor") << int(Role::Supervisor) << true;
    QTest::newRow("counsellor") << int(Role::Counsellor) << true;
    QTest::newRow("probation officer") << int(Role::ProbationOfficer) << false;
    QTest::newRow("police officer") << int(Role::PoliceOfficer) << false;
}

void tst_WriteService::caseReadsAuditedForSupervisorsAndCounsellors()
{
    QFETCH(int, role);
    QFETCH(bool, audited);
    const QString personId = createPerson();
    reopen(Actor{u"018f0000-0000-7000-8000-00000000a0ff"_s, Role(role)});
    const qint64 before = counts().audit;
    QVERIFY(m_service->recordCaseRead(personId).ok());
    QCOMPARE(counts().audit, before + (audited ? 1 : 0));
    if (audited)
        QCOMPARE(m_db->scalar(u"SELECT action || ':' || person_id FROM audit_event ORDER BY seq DESC LIMIT 1"_s).value().toString(),
                 u"read:"_s + personId);
    QCOMPARE(counts().ops, 1);  // reads never queue a sync op of their own
    // If the audit write fails, the read fails (and the caller shows nothing).
    QVERIFY(m_db->exec(u"CREATE TRIGGER block_audit BEFORE INSERT ON audit_event BEGIN SELECT RAISE(ABORT, 'x'); END"_s).ok());
    QCOMPARE(m_service->recordCaseRead(personId).ok(), !audited);
}

void tst_WriteService::auditHoldsIdsNeverContent()
{
    const QString personId = createPerson();
    QVERIFY(m_service->update(u"Person"_s, personId, 1, {{u"notes"_s, u"CanaryAuditNote-4471"_s}}).ok());
    auto stmt = m_db->prepare(u"SELECT * FROM audit_event"_s);
    QVERIFY(stmt.ok());
    while (stmt.value().step().value()) {
        for (int c = 0; c < stmt.value().columnCount(); ++c) {
            const QString v = stmt.value().text(c);
            QVERIFY(!v.contains(u"CanaryAuditNote"_s));
            QVERIFY(!v.contains(u"Сейтқали"_s) && !v.contains(u"Seitkali"_s));
        }
    }
}

void tst_WriteService::caseContentNeverOnDiskInPlaintext()
{
    const QStringList canaries = {u"Канарейкаұлы"_s, u"Kanareikauly"_s, u"990101300777"_s,
                                  u"CanarySessionNote disclosed a plan"_s};
    auto id = m_service->create(u"Person"_s, {{u"surnameCyr"_s, canaries.at(0)}, {u"givenNameCyr"_s, u"Тест"_s},
                                              {u"surnameLat"_s, canaries.at(1)}, {u"iin"_s, canaries.at(2)},
                                              {u"notes"_s, canaries.at(3)}, {u"caseStatus"_s, u"active"_s}});
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
    // The record, its name tokens, its outbox op and its audit event are all in the WAL now.
    QVERIFY(QFile::exists(m_dir.filePath(u"w.db-wal"_s)));
    for (const QString &canary : canaries)
        QVERIFY2(Test::filesContaining(m_dir.path(), canary).isEmpty(), qPrintable(canary));
    QVERIFY(m_db->checkpoint().ok());
    for (const QString &canary : canaries)
        QVERIFY2(Test::filesContaining(m_dir.path(), canary).isEmpty(), qPrintable(canary));
    // The search tokens (folded, transliterated) are not on disk either.
    QVERIFY(Test::filesContaining(m_dir.path(), u"канареикаулы"_s).isEmpty());
    QVERIFY(Test::filesContaining(m_dir.path(), u"kanareikauly"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_WriteService)
#include "tst_writeservice.moc"
