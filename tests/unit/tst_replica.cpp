// Tests for Qadam::Replica: applying pulled pages and pushed-op results to the encrypted store.
#include "replica/replica.h"
#include "search/nameindex.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "testsupport.h"
#include "util/clock.h"
#include "write/outbox.h"
#include "write/writeservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;

namespace {
const Actor kOfficer{u"018f0000-0000-7000-8000-00000000a001"_s, Role::ProbationOfficer};
const QString kServerUser = u"018f0000-0000-7000-8000-00000000a0ff"_s;
const QString kPerson = u"018f0000-0000-7000-8000-000000000101"_s;
const QString kOtherPerson = u"018f0000-0000-7000-8000-000000000102"_s;
const QString kCheckIn = u"018f0000-0000-7000-8000-000000000201"_s;

RemoteRecord person(const QString &id, qint64 version, const QString &surnameLat, const QString &status = u"active"_s)
{
    RemoteRecord r;
    r.entity = u"Person"_s;
    r.id = id;
    r.bucket = id;
    r.version = version;
    r.seq = version;
    r.hlc = (1'780'000'000'000LL << 16) + version;
    r.fields = {{u"surnameLat"_s, surnameLat}, {u"givenNameLat"_s, u"Yerlan"_s},
                {u"surnameCyr"_s, u"Сейтқали"_s}, {u"caseStatus"_s, status}};
    r.createdAt = 1'780'000'000'000;
    r.createdBy = kServerUser;
    r.updatedAt = 1'780'000'000'000 + version;
    r.updatedBy = kServerUser;
    return r;
}

RemoteRecord checkIn(const QString &personId)
{
    RemoteRecord r;
    r.entity = u"CheckIn"_s;
    r.id = kCheckIn;
    r.bucket = personId;
    r.version = 1;
    r.seq = 3;
    r.hlc = 1'780'000'000'000LL << 16;
    r.fields = {{u"personId"_s, personId}, {u"channel"_s, u"probation"_s}, {u"outcome"_s, u"attended"_s},
                {u"occurredOn"_s, u"2026-05-04"_s}};
    r.createdBy = kServerUser;
    r.updatedBy = kServerUser;
    return r;
}

RemotePage page(QList<RemoteRecord> records, const QByteArray &cursor = "cursor-1")
{
    RemotePage p;
    p.records = std::move(records);
    p.cursor = cursor;
    return p;
}

RemoteOpResult result(qint64 seq, OpOutcome outcome, qint64 version = 0, const QString &reason = {},
                      const QString &field = {})
{
    RemoteOpResult r;
    r.deviceSeq = seq;
    r.outcome = outcome;
    r.version = version;
    r.reason = reason;
    r.field = field;
    return r;
}
} // namespace

class tst_Replica : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pageAndCursorAreOneTransaction();
    void remoteApplyWritesNoOutboxOpAndNoAuditEvent();
    void reapplyIsIdempotent();
    void unknownEntitySkippedNothingElseWritten();
    void refusedPurgeWritesNothing();
    void versionDecidesWhetherAStateApplies_data();
    void versionDecidesWhetherAStateApplies();
    void pendingLocalFieldKeptUntilAcknowledged();
    void resultsSettleOps_data();
    void resultsSettleOps();
    void appliedResultTakesServerVersion();
    void aBatchSettlesEachRecordFromItsLastOp();
    void offlineChainCarriesTheServerVersion();
    void rejectedOpsListedWithReason();
    void purgeRemovesRecordsAndSearch();
    void purgeDeferredWhileOpsPending();
    void resyncKeepsOnlyRecordsWithLocalOps();
    void conflictsStoredForTheUi();
    void resolvingAConflictQueuesOneTaggedOp();
    void resolvingAnUnknownConflictWritesNothing();
    void resolvingWithTheValueShownStillQueuesATaggedOp();
    void discardingARefusedEditPutsBackTheOldValue();
    void discardingARefusedCreateRemovesTheRecord();
    void discardingARefusedCreateOthersBuildOnIsRefused();
    void retryingARefusedEditSendsItAgain();
    void refusedRetryWritesNothing_data();
    void refusedRetryWritesNothing();
    void newEpochQueuesRestoreOpsAndKeepsLocalWork();
    void leaseExpiry_data();
    void leaseExpiry();
    void credentialsSurviveReopen();

private:
    qint64 count(const QString &sql);
    qint64 localPatch(const QString &id, const QVariantMap &changes);
    qint64 refusedPatch(const QString &id, const QVariantMap &changes);
    qint64 auditCount(const QString &action);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Replica> m_replica;
};

void tst_Replica::init()
{
    QFile::remove(m_dir.filePath(u"r.db"_s));
    QFile::remove(m_dir.filePath(u"r.db-wal"_s));
    m_db = Test::openMigrated(m_dir.filePath(u"r.db"_s));
    QVERIFY(m_db);
    m_replica = std::make_unique<Replica>(*m_db, m_clock);
}

void tst_Replica::cleanup()
{
    m_replica.reset();
    m_db.reset();
}

/** A same-field conflict on the person's notes, as a pull delivers it. */
static RemoteConflict notesConflict(const QString &id, qint64 at)
{
    RemoteConflict c;
    c.id = id;
    c.bucket = kPerson;
    c.entity = u"Person"_s;
    c.recordId = kPerson;
    c.field = u"notes"_s;
    c.serverValue = u"kept on the server"_s;
    c.deviceValue = u"the losing edit"_s;
    c.at = at;
    return c;
}

qint64 tst_Replica::count(const QString &sql)
{
    auto v = m_db->scalar(sql);
    return v.ok() ? v.value().toLongLong() : -1;
}

/** A local edit through the product's write path; returns the op's device_seq. */
qint64 tst_Replica::localPatch(const QString &id, const QVariantMap &changes)
{
    WriteService writes(*m_db, m_clock, kOfficer);
    auto current = writes.get(u"Person"_s, id);
    if (!current.ok())
        return -1;
    if (!writes.update(u"Person"_s, id, current.value().version, changes).ok())
        return -1;
    auto ops = Outbox::unsent(*m_db);
    return ops.ok() && !ops.value().isEmpty() ? ops.value().constLast().deviceSeq : -1;
}

/** A local edit the server refused; returns the op's device_seq. */
qint64 tst_Replica::refusedPatch(const QString &id, const QVariantMap &changes)
{
    const qint64 seq = localPatch(id, changes);
    if (seq < 0 || !m_replica->applyResults({result(seq, OpOutcome::Rejected, 0, u"forbidden"_s)}).ok())
        return -1;
    return seq;
}

qint64 tst_Replica::auditCount(const QString &action)
{
    return count(u"SELECT count(*) FROM audit_event WHERE action = '%1'"_s.arg(action));
}

void tst_Replica::pageAndCursorAreOneTransaction()
{
    // A fault on the page's second record: neither the first record nor the cursor may remain.
    QVERIFY(m_db->exec(u"CREATE TEMP TRIGGER fail_check_in BEFORE INSERT ON check_in "
                       u"BEGIN SELECT RAISE(ABORT, 'injected fault'); END"_s).ok());
    const RemotePage p = page({person(kPerson, 1, u"Seitkali"_s), checkIn(kPerson)});
    QVERIFY(!m_replica->applyPage(p).ok());
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM person_name_token"_s), 0);
    QVERIFY(m_replica->state().cursor().value().isEmpty());

    QVERIFY(m_db->exec(u"DROP TRIGGER temp.fail_check_in"_s).ok());
    QVERIFY(m_replica->applyPage(p).ok());
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM check_in"_s), 1);
    QCOMPARE(m_replica->state().cursor().value(), QByteArray("cursor-1"));
}

void tst_Replica::remoteApplyWritesNoOutboxOpAndNoAuditEvent()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 1, u"Seitkali"_s), checkIn(kPerson)})).ok());
    QVERIFY(m_replica->applyPage(page({person(kPerson, 2, u"Seitkaliyev"_s)}, "cursor-2")).ok());
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_event"_s), 0);
    QCOMPARE(m_replica->pendingCount().value(), 0);
}

void tst_Replica::reapplyIsIdempotent()
{
    const RemotePage p = page({person(kPerson, 3, u"Seitkali"_s), checkIn(kPerson)});
    QVERIFY(m_replica->applyPage(p).ok());
    QVERIFY(m_replica->applyPage(p).ok());
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM check_in"_s), 1);
    QCOMPARE(count(u"SELECT version FROM person"_s), 3);
    QCOMPARE(NameIndex::search(*m_db, u"seitk"_s).value(), QStringList{kPerson});
}

void tst_Replica::unknownEntitySkippedNothingElseWritten()
{
    // A newer server may send entities this build does not know: they are skipped, the rest of
    // the page and its cursor still apply.
    RemoteRecord alien = person(kOtherPerson, 1, u"Alien"_s);
    alien.entity = u"Spaceship"_s;
    QVERIFY(m_replica->applyPage(page({alien, person(kPerson, 1, u"Seitkali"_s)})).ok());
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(kOtherPerson)), 0);
    QVERIFY(NameIndex::search(*m_db, u"alien"_s).value().isEmpty());
    QCOMPARE(m_replica->state().cursor().value(), QByteArray("cursor-1"));
}

void tst_Replica::refusedPurgeWritesNothing()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 1, u"Seitkali"_s)})).ok());
    QCOMPARE(m_replica->purgeBucket(QString()).code(), Error::Invalid);
    QCOMPARE(m_replica->purgeBucket(kOtherPerson).value(), PurgeOutcome::Purged);  // nothing of it held
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 1);
    QCOMPARE(NameIndex::search(*m_db, u"seitk"_s).value(), QStringList{kPerson});
}

void tst_Replica::versionDecidesWhetherAStateApplies_data()
{
    QTest::addColumn<qint64>("incoming");
    QTest::addColumn<QString>("expectedSurname");
    QTest::addColumn<qint64>("expectedVersion");
    QTest::newRow("older version ignored") << qint64(2) << u"Current"_s << qint64(3);
    QTest::newRow("same version ignored") << qint64(3) << u"Current"_s << qint64(3);
    QTest::newRow("newer version applied") << qint64(4) << u"Incoming"_s << qint64(4);
}

void tst_Replica::versionDecidesWhetherAStateApplies()
{
    QFETCH(qint64, incoming);
    QFETCH(QString, expectedSurname);
    QFETCH(qint64, expectedVersion);
    QVERIFY(m_replica->applyPage(page({person(kPerson, 3, u"Current"_s)})).ok());
    QVERIFY(m_replica->applyPage(page({person(kPerson, incoming, u"Incoming"_s)}, "cursor-2")).ok());
    auto stored = RecordStore(*m_db).get(*Schema::builtIn().entity(u"Person"_s), kPerson);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().fields.value(u"surnameLat"_s).toString(), expectedSurname);
    QCOMPARE(stored.value().version, expectedVersion);
    // The name index follows what is stored, never what was ignored.
    QCOMPARE(NameIndex::search(*m_db, expectedSurname).value(), QStringList{kPerson});
    QCOMPARE(m_replica->state().cursor().value(), QByteArray("cursor-2"));
}

void tst_Replica::pendingLocalFieldKeptUntilAcknowledged()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 1, u"Seitkali"_s)})).ok());
    const qint64 seq = localPatch(kPerson, {{u"surnameLat"_s, u"Local"_s}});
    QVERIFY(seq > 0);

    // Another device changed the status and the surname: the status arrives, our surname stays.
    QVERIFY(m_replica->applyPage(page({person(kPerson, 2, u"Remote"_s, u"suspended"_s)}, "cursor-2")).ok());
    const EntitySpec &spec = *Schema::builtIn().entity(u"Person"_s);
    auto stored = RecordStore(*m_db).get(spec, kPerson).value();
    QCOMPARE(stored.fields.value(u"surnameLat"_s).toString(), u"Local"_s);
    QCOMPARE(stored.fields.value(u"caseStatus"_s).toString(), u"suspended"_s);
    QCOMPARE(NameIndex::search(*m_db, u"local"_s).value(), QStringList{kPerson});

    // Once the server has merged our op, its state wins.
    QVERIFY(m_replica->applyResults({result(seq, OpOutcome::Merged, 3)}).ok());
    QVERIFY(m_replica->applyPage(page({person(kPerson, 3, u"Local"_s, u"suspended"_s)}, "cursor-3")).ok());
    QVERIFY(m_replica->applyPage(page({person(kPerson, 4, u"Later"_s, u"suspended"_s)}, "cursor-4")).ok());
    stored = RecordStore(*m_db).get(spec, kPerson).value();
    QCOMPARE(stored.fields.value(u"surnameLat"_s).toString(), u"Later"_s);
    QCOMPARE(stored.version, 4);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
}

void tst_Replica::resultsSettleOps_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<qint64>("pendingAfter");
    QTest::addColumn<qint64>("rejectedAfter");
    QTest::addColumn<QString>("reason");
    QTest::newRow("applied") << int(OpOutcome::Applied) << qint64(0) << qint64(0) << QString();
    QTest::newRow("merged") << int(OpOutcome::Merged) << qint64(0) << qint64(0) << QString();
    QTest::newRow("conflict") << int(OpOutcome::Conflict) << qint64(0) << qint64(0) << QString();
    QTest::newRow("stale command") << int(OpOutcome::StaleCommand) << qint64(0) << qint64(1) << u"stale_command"_s;
    QTest::newRow("rejected") << int(OpOutcome::Rejected) << qint64(0) << qint64(1) << u"forbidden"_s;
}

void tst_Replica::resultsSettleOps()
{
    QFETCH(int, outcome);
    QFETCH(qint64, pendingAfter);
    QFETCH(qint64, rejectedAfter);
    QFETCH(QString, reason);
    QVERIFY(m_replica->applyPage(page({person(kPerson, 1, u"Seitkali"_s)})).ok());
    const qint64 seq = localPatch(kPerson, {{u"surnameLat"_s, u"Local"_s}});
    QCOMPARE(m_replica->pendingCount().value(), 1);
    const QString sentReason = OpOutcome(outcome) == OpOutcome::Rejected ? reason : QString();
    QVERIFY(m_replica->applyResults({result(seq, OpOutcome(outcome), 2, sentReason)}).ok());
    QCOMPARE(m_replica->pendingCount().value(), pendingAfter);
    QCOMPARE(m_replica->rejectedOps().value().size(), rejectedAfter);
    if (rejectedAfter)
        QCOMPARE(m_replica->rejectedOps().value().constFirst().resultCode, reason);
    // A replayed reply changes nothing.
    QVERIFY(m_replica->applyResults({result(seq, OpOutcome::Applied, 2)}).ok());
    QCOMPARE(m_replica->rejectedOps().value().size(), rejectedAfter);
}

void tst_Replica::appliedResultTakesServerVersion()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 5, u"Seitkali"_s)})).ok());
    const qint64 seq = localPatch(kPerson, {{u"surnameLat"_s, u"Local"_s}});
    QVERIFY(m_replica->applyResults({result(seq, OpOutcome::Applied, 9)}).ok());
    QCOMPARE(count(u"SELECT version FROM person"_s), 9);
    // The server's state at that version is what we hold: its delivery changes nothing.
    QVERIFY(m_replica->applyPage(page({person(kPerson, 9, u"Local"_s)}, "cursor-2")).ok());
    QCOMPARE(NameIndex::search(*m_db, u"local"_s).value(), QStringList{kPerson});
}

// One reply settles many records at once. A record takes the server's version from its last op
// in the reply, and only when nothing else of it is queued; a result repeated or already settled
// changes nothing.
void tst_Replica::aBatchSettlesEachRecordFromItsLastOp()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 5, u"Seitkali"_s), person(kOtherPerson, 5, u"Amanov"_s)})).ok());
    const qint64 a1 = localPatch(kPerson, {{u"surnameLat"_s, u"A1"_s}});
    const qint64 b1 = localPatch(kOtherPerson, {{u"surnameLat"_s, u"B1"_s}});
    const qint64 a2 = localPatch(kPerson, {{u"surnameLat"_s, u"A2"_s}});
    const qint64 b2 = localPatch(kOtherPerson, {{u"surnameLat"_s, u"B2"_s}});
    QVERIFY(a1 > 0 && b1 > a1 && a2 > b1 && b2 > a2);
    const auto versionOf = [this](const QString &id) {
        return count(u"SELECT version FROM person WHERE id = '%1'"_s.arg(id));
    };
    QCOMPARE(versionOf(kPerson), 7);
    QCOMPARE(versionOf(kOtherPerson), 7);
    // b2 is not in the reply: it stays queued, and the other person keeps the version it made.
    QVERIFY(m_replica->applyResults({result(a1, OpOutcome::Applied, 6), result(b1, OpOutcome::Applied, 6),
                                     result(a2, OpOutcome::Applied, 11), result(a2, OpOutcome::Applied, 11)})
                .ok());
    QCOMPARE(versionOf(kPerson), 11);
    QCOMPARE(versionOf(kOtherPerson), 7);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 1);
    QCOMPARE(count(u"SELECT device_seq FROM outbox"_s), b2);
    // Its result, and a replay of the first reply, settle the rest and move nothing back.
    QVERIFY(m_replica->applyResults({result(b2, OpOutcome::Applied, 12), result(a1, OpOutcome::Applied, 6)}).ok());
    QCOMPARE(versionOf(kPerson), 11);
    QCOMPARE(versionOf(kOtherPerson), 12);
    QCOMPARE(m_replica->pendingCount().value(), 0);
}

void tst_Replica::offlineChainCarriesTheServerVersion()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 5, u"Seitkali"_s)})).ok());
    const qint64 first = localPatch(kPerson, {{u"surnameLat"_s, u"One"_s}});
    const qint64 second = localPatch(kPerson, {{u"surnameLat"_s, u"Two"_s}});
    QVERIFY(first > 0 && second > first);
    // Both are made on what the server last sent (5), not on the device's own version 6.
    QCOMPARE(count(u"SELECT version FROM person"_s), 7);
    QCOMPARE(count(u"SELECT server_base FROM outbox WHERE device_seq = %1"_s.arg(first)), 5);
    QCOMPARE(count(u"SELECT server_base FROM outbox WHERE device_seq = %1"_s.arg(second)), 5);
    QCOMPARE(count(u"SELECT base_version FROM outbox WHERE device_seq = %1"_s.arg(second)), 6);
    // A change from elsewhere arriving meanwhile leaves the chain's fields alone and its base too.
    QVERIFY(m_replica->applyPage(page({person(kPerson, 6, u"Remote"_s)}, "cursor-2")).ok());
    const qint64 third = localPatch(kPerson, {{u"surnameLat"_s, u"Three"_s}});
    QVERIFY(third > second);
    QCOMPARE(count(u"SELECT server_base FROM outbox WHERE device_seq = %1"_s.arg(third)), 5);
    // The server applied the first and merged the rest: its next state replaces ours, even at a
    // version no higher than the device's own counter went.
    QVERIFY(m_replica->applyResults({result(first, OpOutcome::Applied, 6), result(second, OpOutcome::Merged, 7),
                                     result(third, OpOutcome::Merged, 8)})
                .ok());
    QVERIFY(m_replica->applyPage(page({person(kPerson, 8, u"Merged"_s)}, "cursor-3")).ok());
    const EntitySpec &spec = *Schema::builtIn().entity(u"Person"_s);
    const Record stored = RecordStore(*m_db).get(spec, kPerson).value();
    QCOMPARE(stored.version, 8);
    QCOMPARE(stored.fields.value(u"surnameLat"_s).toString(), u"Merged"_s);
    // With nothing queued, the next edit is made on the server's version again.
    const qint64 fourth = localPatch(kPerson, {{u"surnameLat"_s, u"Four"_s}});
    QCOMPARE(count(u"SELECT server_base FROM outbox WHERE device_seq = %1"_s.arg(fourth)), 8);
}

void tst_Replica::rejectedOpsListedWithReason()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 1, u"Seitkali"_s)})).ok());
    const qint64 first = localPatch(kPerson, {{u"caseStatus"_s, u"closed"_s}});
    const qint64 second = localPatch(kPerson, {{u"surnameLat"_s, u"Local"_s}});
    QVERIFY(m_replica->applyResults({result(first, OpOutcome::Rejected, 0, u"forbidden"_s, u"caseStatus"_s),
                                     result(second, OpOutcome::Applied, 2)})
                .ok());
    const QList<OutboxOp> rejected = m_replica->rejectedOps().value();
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.constFirst().deviceSeq, first);
    QCOMPARE(rejected.constFirst().resultCode, u"forbidden"_s);
    QCOMPARE(rejected.constFirst().resultField, u"caseStatus"_s);
    QCOMPARE(rejected.constFirst().bucket, kPerson);
    // The refusal does not block the op behind it.
    QCOMPARE(m_replica->pendingCount().value(), 0);
}

void tst_Replica::purgeRemovesRecordsAndSearch()
{
    RemotePage p = page({person(kPerson, 1, u"Seitkali"_s), checkIn(kPerson), person(kOtherPerson, 1, u"Other"_s)});
    p.records[2].fields.insert(u"surnameCyr"_s, u"Другой"_s);
    RemoteConflict c;
    c.id = u"018f0000-0000-7000-8000-000000000301"_s;
    c.bucket = kPerson;
    c.entity = u"Person"_s;
    c.recordId = kPerson;
    c.field = u"caseStatus"_s;
    p.conflicts << c;
    QVERIFY(m_replica->applyPage(p).ok());
    QCOMPARE(NameIndex::search(*m_db, u"seitk"_s).value(), QStringList{kPerson});

    QCOMPARE(m_replica->purgeBucket(kPerson).value(), PurgeOutcome::Purged);
    QVERIFY(NameIndex::search(*m_db, u"seitk"_s).value().isEmpty());
    QCOMPARE(NameIndex::search(*m_db, u"Друг"_s).value(), QStringList{kOtherPerson});
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(kPerson)), 0);
    QCOMPARE(count(u"SELECT count(*) FROM check_in"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM person_name_token WHERE person_id = '%1'"_s.arg(kPerson)), 0);
    QCOMPARE(count(u"SELECT count(*) FROM sync_conflict"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(kOtherPerson)), 1);
}

void tst_Replica::resyncKeepsOnlyRecordsWithLocalOps()
{
    RemotePage p = page({person(kPerson, 1, u"Seitkali"_s), checkIn(kPerson), person(kOtherPerson, 1, u"Other"_s)});
    RemoteConflict c;
    c.id = u"018f0000-0000-7000-8000-000000000302"_s;
    c.bucket = kPerson;
    c.entity = u"Person"_s;
    c.recordId = kPerson;
    c.field = u"caseStatus"_s;
    p.conflicts << c;
    QVERIFY(m_replica->applyPage(p).ok());
    QVERIFY(localPatch(kPerson, {{u"surnameLat"_s, u"Local"_s}}) > 0);  // queued: the person stays
    // A document whose only op was refused: the server no longer lets this user have it.
    WriteService writes(*m_db, m_clock, kOfficer);
    QVERIFY(writes.create(u"Document"_s, {{u"personId"_s, kPerson}, {u"kind"_s, u"other"_s},
                                          {u"title"_s, u"Certificate"_s}})
                .ok());
    const qint64 refused = Outbox::unsent(*m_db).value().constLast().deviceSeq;
    QVERIFY(m_replica->applyResults({result(refused, OpOutcome::Rejected, 0, u"out_of_scope"_s)}).ok());

    Transaction tx(*m_db);
    QVERIFY(m_replica->resyncBucket(kPerson).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(count(u"SELECT count(*) FROM check_in"_s), 0);  // no op names it: it goes
    QCOMPARE(count(u"SELECT count(*) FROM document"_s), 0);  // only a refused op names it: it goes
    QCOMPARE(m_replica->rejectedOps().value().size(), 1);    // the refused change stays listed
    QCOMPARE(count(u"SELECT count(*) FROM sync_conflict"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(kPerson)), 1);
    QCOMPARE(NameIndex::search(*m_db, u"local"_s).value(), QStringList{kPerson});
    QCOMPARE(m_replica->pendingCount().value(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM person WHERE id = '%1'"_s.arg(kOtherPerson)), 1);  // another case
    // A resync names a case; an empty one is refused.
    QVERIFY(!m_replica->resyncBucket(QString()).ok());
}

void tst_Replica::purgeDeferredWhileOpsPending()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 1, u"Seitkali"_s), checkIn(kPerson)})).ok());
    const qint64 seq = localPatch(kPerson, {{u"surnameLat"_s, u"Local"_s}});
    QCOMPARE(m_replica->purgeBucket(kPerson).value(), PurgeOutcome::Deferred);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 1);
    QCOMPARE(m_replica->deferredPurges().value(), QStringList{kPerson});
    QCOMPARE(m_replica->runDeferredPurges().value(), 0);

    QVERIFY(m_replica->applyResults({result(seq, OpOutcome::Applied, 2)}).ok());
    QCOMPARE(m_replica->runDeferredPurges().value(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM check_in"_s), 0);
    QVERIFY(NameIndex::search(*m_db, u"local"_s).value().isEmpty());
    QVERIFY(m_replica->deferredPurges().value().isEmpty());
}

void tst_Replica::conflictsStoredForTheUi()
{
    RemotePage p = page({person(kPerson, 2, u"Seitkali"_s)});
    RemoteConflict c = notesConflict(u"018f0000-0000-7000-8000-000000000301"_s, 1'780'000'000'500);
    c.seq = 2;
    p.conflicts << c;
    QVERIFY(m_replica->applyPage(p).ok());
    QVERIFY(m_replica->applyPage(p).ok());
    const QList<RemoteConflict> list = m_replica->conflicts().value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().field, u"notes"_s);
    QCOMPARE(list.constFirst().serverValue.toString(), u"kept on the server"_s);
    QCOMPARE(list.constFirst().deviceValue.toString(), u"the losing edit"_s);

    c.resolved = true;
    p.conflicts = {c};
    QVERIFY(m_replica->applyPage(p).ok());
    QVERIFY(m_replica->conflicts().value().isEmpty());
}

void tst_Replica::resolvingAConflictQueuesOneTaggedOp()
{
    RemotePage p = page({person(kPerson, 2, u"Seitkali"_s)});
    const RemoteConflict c = notesConflict(u"018f0000-0000-7000-8000-000000000302"_s, 1'780'000'000'600);
    p.conflicts << c;
    QVERIFY(m_replica->applyPage(p).ok());
    const qint64 opsBefore = count(u"SELECT count(*) FROM outbox"_s);

    WriteService writes(*m_db, m_clock, kOfficer);
    const Status s = m_replica->resolveConflict(writes, c.id, u"both texts, merged by hand"_s);
    QVERIFY2(s.ok(), qPrintable(s.error().detail));

    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), opsBefore + 1);
    const OutboxOp op = Outbox::unsent(*m_db).value().constLast();
    QCOMPARE(op.resolvesConflict, c.id);
    QCOMPARE(op.fields.value(u"notes"_s).toString(), u"both texts, merged by hand"_s);
    QCOMPARE(writes.get(u"Person"_s, kPerson).value().fields.value(u"notes"_s).toString(),
             u"both texts, merged by hand"_s);
    QVERIFY(m_replica->conflicts().value().isEmpty());
    // Settled once: a second choice for the same conflict is refused.
    QCOMPARE(m_replica->resolveConflict(writes, c.id, u"again"_s).code(), Error::NotFound);
}

void tst_Replica::resolvingAnUnknownConflictWritesNothing()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 2, u"Seitkali"_s)})).ok());
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    const qint64 audit = count(u"SELECT count(*) FROM audit_event"_s);
    WriteService writes(*m_db, m_clock, kOfficer);
    QCOMPARE(m_replica->resolveConflict(writes, u"018f0000-0000-7000-8000-0000000003ff"_s, u"x"_s).code(),
             Error::NotFound);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
    QCOMPARE(count(u"SELECT count(*) FROM audit_event"_s), audit);
}

void tst_Replica::resolvingWithTheValueShownStillQueuesATaggedOp()
{
    // The usual "keep theirs": the pull already shows the server's value. The choice must still
    // reach the server (it holds the conflict open until an op names it) — and no other op may be
    // tagged in its place (the newest op here is an unrelated refused one).
    RemotePage p = page({person(kPerson, 2, u"Seitkali"_s), person(kOtherPerson, 1, u"Other"_s)});
    p.records[0].fields.insert(u"notes"_s, u"kept on the server"_s);
    const RemoteConflict c = notesConflict(u"018f0000-0000-7000-8000-000000000303"_s, 1'780'000'000'700);
    p.conflicts << c;
    QVERIFY(m_replica->applyPage(p).ok());
    const qint64 unrelated = refusedPatch(kOtherPerson, {{u"surnameLat"_s, u"Refused"_s}});
    QVERIFY(unrelated > 0);
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    const qint64 history = count(u"SELECT count(*) FROM field_history"_s);

    WriteService writes(*m_db, m_clock, kOfficer);
    const Status s = m_replica->resolveConflict(writes, c.id, u"kept on the server"_s);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));

    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops + 1);
    const OutboxOp op = Outbox::unsent(*m_db).value().constLast();
    QCOMPARE(op.resolvesConflict, c.id);
    QCOMPARE(op.recordId, kPerson);
    QCOMPARE(op.kind, u"patch"_s);
    QCOMPARE(op.baseVersion, qint64(2));
    QCOMPARE(op.fields, (QVariantMap{{u"notes"_s, u"kept on the server"_s}}));
    QVERIFY(Outbox::get(*m_db, unrelated).value().resolvesConflict.isEmpty());
    // Nothing changed on the device: same version, no history row; the choice is audited.
    const Record r = writes.get(u"Person"_s, kPerson).value();
    QCOMPARE(r.version, qint64(2));
    QCOMPARE(r.fields.value(u"notes"_s).toString(), u"kept on the server"_s);
    QCOMPARE(count(u"SELECT count(*) FROM field_history"_s), history);
    QCOMPARE(auditCount(u"resolve_conflict"_s), 1);
    QVERIFY(m_replica->conflicts().value().isEmpty());

    // The server applies it without a change (same version): the op leaves, the record stays.
    QVERIFY(m_replica->applyResults({result(op.deviceSeq, OpOutcome::Applied, 2)}).ok());
    QCOMPARE(m_replica->pendingCount().value(), 0);
    QCOMPARE(writes.get(u"Person"_s, kPerson).value().version, qint64(2));
}

void tst_Replica::discardingARefusedEditPutsBackTheOldValue()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 3, u"Seitkali"_s)})).ok());
    const qint64 refused = refusedPatch(kPerson, {{u"caseStatus"_s, u"closed"_s}, {u"surnameLat"_s, u"Refused"_s}});
    QVERIFY(refused > 0);
    WriteService writes(*m_db, m_clock, kOfficer);
    QCOMPARE(writes.get(u"Person"_s, kPerson).value().fields.value(u"caseStatus"_s).toString(), u"closed"_s);
    // A later edit of one of the refused fields, still waiting for upload: it owns that field now.
    const qint64 later = localPatch(kPerson, {{u"surnameLat"_s, u"Later"_s}});
    QVERIFY(later > refused);
    const qint64 version = writes.get(u"Person"_s, kPerson).value().version;

    const Status s = writes.discardRejected(refused);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    const Record r = writes.get(u"Person"_s, kPerson).value();
    QCOMPARE(r.fields.value(u"caseStatus"_s).toString(), u"active"_s);  // the refused value is gone
    QCOMPARE(r.fields.value(u"surnameLat"_s).toString(), u"Later"_s);   // the later edit stays
    QCOMPARE(r.version, version);
    QVERIFY(m_replica->rejectedOps().value().isEmpty());
    QCOMPARE(Outbox::get(*m_db, later).value().state, u"pending"_s);
    QCOMPARE(auditCount(u"discard_rejected"_s), 1);
    QCOMPARE(NameIndex::search(*m_db, u"later"_s).value(), QStringList{kPerson});
    // Discarded once: the second time there is nothing to discard, and nothing is written.
    QCOMPARE(writes.discardRejected(refused).code(), Error::NotFound);
    QCOMPARE(writes.discardRejected(later).code(), Error::NotFound);  // a pending op is never dropped
    QCOMPARE(auditCount(u"discard_rejected"_s), 1);
    QCOMPARE(Outbox::get(*m_db, later).value().state, u"pending"_s);
}

void tst_Replica::discardingARefusedCreateRemovesTheRecord()
{
    WriteService writes(*m_db, m_clock, kOfficer);
    auto created = writes.create(u"Person"_s, {{u"surnameLat"_s, u"Refusedova"_s}, {u"givenNameLat"_s, u"Aigerim"_s},
                                                {u"surnameCyr"_s, u"Рефузова"_s}, {u"caseStatus"_s, u"active"_s}});
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail));
    const qint64 seq = Outbox::unsent(*m_db).value().constLast().deviceSeq;
    QVERIFY(m_replica->applyResults({result(seq, OpOutcome::Rejected, 0, u"forbidden"_s)}).ok());
    QCOMPARE(NameIndex::search(*m_db, u"refuse"_s).value(), QStringList{created.value()});

    QVERIFY(writes.discardRejected(seq).ok());
    QCOMPARE(writes.get(u"Person"_s, created.value()).code(), Error::NotFound);
    QVERIFY(NameIndex::search(*m_db, u"refuse"_s).value().isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(auditCount(u"discard_rejected"_s), 1);
}

void tst_Replica::discardingARefusedCreateOthersBuildOnIsRefused()
{
    WriteService writes(*m_db, m_clock, kOfficer);
    auto created = writes.create(u"Person"_s, {{u"surnameLat"_s, u"Refusedova"_s}, {u"givenNameLat"_s, u"Aigerim"_s},
                                                {u"surnameCyr"_s, u"Рефузова"_s}, {u"caseStatus"_s, u"active"_s}});
    QVERIFY(created.ok());
    const qint64 seq = Outbox::unsent(*m_db).value().constLast().deviceSeq;
    QVERIFY(m_replica->applyResults({result(seq, OpOutcome::Rejected, 0, u"forbidden"_s)}).ok());
    const qint64 edit = localPatch(created.value(), {{u"notes"_s, u"Built on the refused record."_s}});
    QVERIFY(edit > seq);
    const qint64 audit = count(u"SELECT count(*) FROM audit_event"_s);

    QCOMPARE(writes.discardRejected(seq).code(), Error::Conflict);
    QVERIFY(writes.get(u"Person"_s, created.value()).ok());
    QCOMPARE(m_replica->rejectedOps().value().size(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM audit_event"_s), audit);
}

void tst_Replica::retryingARefusedEditSendsItAgain()
{
    QVERIFY(m_replica->applyPage(page({person(kPerson, 4, u"Seitkali"_s)})).ok());
    const qint64 refused = refusedPatch(kPerson, {{u"notes"_s, u"Too long, say"_s}, {u"surnameLat"_s, u"Seitqali"_s}});
    QVERIFY(refused > 0);
    WriteService writes(*m_db, m_clock, kOfficer);
    const qint64 version = writes.get(u"Person"_s, kPerson).value().version;

    const Status s = writes.retryRejected(refused, {{u"notes"_s, u"Corrected"_s}});
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
    QVERIFY(m_replica->rejectedOps().value().isEmpty());
    const QList<OutboxOp> unsent = Outbox::unsent(*m_db).value();
    QCOMPARE(unsent.size(), 1);
    const OutboxOp op = unsent.constFirst();
    QVERIFY(op.deviceSeq > refused);
    QCOMPARE(op.baseVersion, version);
    // The unedited field is sent again although the device already shows it.
    QCOMPARE(op.fields, (QVariantMap{{u"notes"_s, u"Corrected"_s}, {u"surnameLat"_s, u"Seitqali"_s}}));
    QCOMPARE(writes.get(u"Person"_s, kPerson).value().fields.value(u"notes"_s).toString(), u"Corrected"_s);
    QCOMPARE(auditCount(u"retry_rejected"_s), 1);
}

void tst_Replica::refusedRetryWritesNothing_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QVariantMap>("edits");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown op") << u"unknown"_s << QVariantMap{} << int(Error::NotFound);
    QTest::newRow("pending op") << u"pending"_s << QVariantMap{} << int(Error::NotFound);
    QTest::newRow("field not in the change") << u"refused"_s << QVariantMap{{u"notes"_s, u"Other"_s}}
                                             << int(Error::Invalid);
    QTest::newRow("invalid value") << u"refused"_s << QVariantMap{{u"caseStatus"_s, u"nonsense"_s}}
                                   << int(Error::Invalid);
    QTest::newRow("refused create") << u"create"_s << QVariantMap{} << int(Error::Invalid);
}

void tst_Replica::refusedRetryWritesNothing()
{
    QFETCH(QString, which);
    QFETCH(QVariantMap, edits);
    QFETCH(int, code);
    QVERIFY(m_replica->applyPage(page({person(kPerson, 2, u"Seitkali"_s)})).ok());
    const qint64 refused = refusedPatch(kPerson, {{u"surnameLat"_s, u"Seitqali"_s}, {u"caseStatus"_s, u"closed"_s}});
    WriteService writes(*m_db, m_clock, kOfficer);
    auto created = writes.create(u"Person"_s, {{u"surnameLat"_s, u"Refusedova"_s}, {u"givenNameLat"_s, u"Aigerim"_s},
                                                {u"surnameCyr"_s, u"Рефузова"_s}, {u"caseStatus"_s, u"active"_s}});
    QVERIFY(created.ok());
    const qint64 create = Outbox::unsent(*m_db).value().constLast().deviceSeq;
    QVERIFY(m_replica->applyResults({result(create, OpOutcome::Rejected, 0, u"forbidden"_s)}).ok());
    const qint64 pending = localPatch(kPerson, {{u"notes"_s, u"Pending"_s}});
    const qint64 seq = which == u"unknown" ? pending + 100 : which == u"pending" ? pending
                     : which == u"create"  ? create        : refused;
    const qint64 ops = count(u"SELECT count(*) FROM outbox"_s);
    const qint64 audit = count(u"SELECT count(*) FROM audit_event"_s);
    const qint64 version = writes.get(u"Person"_s, kPerson).value().version;

    QCOMPARE(int(writes.retryRejected(seq, edits).code()), code);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), ops);
    QCOMPARE(count(u"SELECT count(*) FROM audit_event"_s), audit);
    QCOMPARE(m_replica->rejectedOps().value().size(), 2);
    QCOMPARE(writes.get(u"Person"_s, kPerson).value().version, version);
}

void tst_Replica::newEpochQueuesRestoreOpsAndKeepsLocalWork()
{
    QCOMPARE(m_replica->adoptEpoch("epoch-A").value(), 0);
    QVERIFY(m_replica->applyPage(page({person(kPerson, 1, u"Seitkali"_s), checkIn(kPerson),
                                       person(kOtherPerson, 4, u"Other"_s)}))
                .ok());
    QCOMPARE(m_replica->adoptEpoch("epoch-A").value(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);

    QCOMPARE(m_replica->adoptEpoch("epoch-B").value(), 3);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE kind = 'restore' AND state = 'pending'"_s), 3);
    QCOMPARE(count(u"SELECT base_version FROM outbox WHERE record_id = '%1'"_s.arg(kOtherPerson)), 4);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE bucket = '%1'"_s.arg(kPerson)), 2);
    QVERIFY(m_replica->state().cursor().value().isEmpty());
    QCOMPARE(m_replica->state().epoch().value(), QByteArray("epoch-B"));
    QCOMPARE(count(u"SELECT count(*) FROM person"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM check_in"_s), 1);
}

void tst_Replica::leaseExpiry_data()
{
    QTest::addColumn<qint64>("lease");
    QTest::addColumn<qint64>("lastSync");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("expired");
    const qint64 hour = 3'600'000;
    const qint64 synced = 1'000 * hour;
    const qint64 tolerance = SyncState::kClockRollbackToleranceMs;
    QTest::newRow("no lease yet") << qint64(0) << qint64(0) << qint64(5000) << false;
    QTest::newRow("before expiry") << qint64(5000) << qint64(0) << qint64(4999) << false;
    QTest::newRow("after expiry") << qint64(5000) << qint64(0) << qint64(5001) << true;
    // R9: the clock set back behind the last sync is detected; small corrections are not.
    QTest::newRow("clock a day before the last sync") << synced + 72 * hour << synced << synced - 24 * hour << true;
    QTest::newRow("clock just beyond the tolerance") << synced + 72 * hour << synced << synced - tolerance - 1 << true;
    QTest::newRow("clock corrected within the tolerance") << synced + 72 * hour << synced << synced - tolerance << false;
    QTest::newRow("clock after the last sync") << synced + 72 * hour << synced << synced + 71 * hour << false;
}

void tst_Replica::leaseExpiry()
{
    QFETCH(qint64, lease);
    QFETCH(qint64, lastSync);
    QFETCH(qint64, now);
    QFETCH(bool, expired);
    if (lease)
        QVERIFY(m_replica->state().setLeaseExpiresAt(lease).ok());
    if (lastSync)
        QVERIFY(m_replica->state().setLastSyncAt(lastSync).ok());
    QCOMPARE(m_replica->state().leaseExpired(now).value(), expired);
}

void tst_Replica::credentialsSurviveReopen()
{
    SyncCredentials c;
    c.serverUrl = u"https://127.0.0.1:1"_s;
    c.deviceId = u"018f0000-0000-7000-8000-00000000d001"_s;
    c.userId = kOfficer.userId;
    c.role = u"probation_officer"_s;
    c.refreshToken = u"refresh-token-1"_s;
    QVERIFY(m_replica->state().setCredentials(c).ok());
    QVERIFY(m_replica->state().setRefreshToken(u"refresh-token-2"_s).ok());
    m_replica.reset();
    m_db.reset();
    m_db = Test::openMigrated(m_dir.filePath(u"r.db"_s));
    m_replica = std::make_unique<Replica>(*m_db, m_clock);
    const SyncCredentials read = m_replica->state().credentials().value();
    QVERIFY(read.enrolled());
    QCOMPARE(read.deviceId, c.deviceId);
    QCOMPARE(read.refreshToken, u"refresh-token-2"_s);
    QVERIFY(Test::filesContaining(m_dir.path(), u"refresh-token-2"_s).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Replica)
#include "tst_replica.moc"
