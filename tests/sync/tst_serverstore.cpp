// Conformance suite of the server store: every test runs against both stores (global data rows
// "sqlite" and "postgresql"), each on a fresh store. The PostgreSQL rows use the private cluster
// of the ctest fixture (tests/integration/pgcluster.sh, QADAM_PG_URL_FILE).
#include "serverstore.h"
#include "store/pgstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Server;

namespace {

const QString kCanary = u"Канарейка-CANARY-7f3a9c"_s;

/** The fixture's PostgreSQL URL. Empty with `skip` set when the suite runs by hand without the
 *  fixture; an error message when the fixture was promised (QADAM_PG_URL_FILE set) but is missing. */
struct PgUrl
{
    QString url;
    QString error;
};

PgUrl pgUrl()
{
    if (qEnvironmentVariableIsSet("QADAM_PG_URL"))
        return {qEnvironmentVariable("QADAM_PG_URL"), {}};
    if (!qEnvironmentVariableIsSet("QADAM_PG_URL_FILE"))
        return {};
    QFile file(qEnvironmentVariable("QADAM_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {{}, u"QADAM_PG_URL_FILE is set but %1 cannot be read: did pg_cluster_start run?"_s.arg(file.fileName())};
    const QString url = QString::fromUtf8(file.readAll()).trimmed();
    if (url.isEmpty())
        return {{}, u"the PostgreSQL URL file is empty"_s};
    return {url, {}};
}

StoredRecord makeRecord(const QString &entity, const QString &id, const QString &bucket, const QVariantMap &fields = {})
{
    StoredRecord r;
    r.entity = entity;
    r.id = id;
    r.bucket = bucket;
    r.version = 1;
    r.hlc = 1000;
    r.fields = fields.isEmpty() ? QVariantMap{{u"note"_s, u"x"_s}} : fields;
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        r.fieldVersions.insert(it.key(), 1);
    r.createdAt = 1'700'000'000'000;
    r.createdBy = u"user-1"_s;
    r.updatedAt = r.createdAt;
    r.updatedBy = r.createdBy;
    return r;
}

ConflictRow makeConflict(const QString &id, const QString &bucket)
{
    ConflictRow c;
    c.id = id;
    c.bucket = bucket;
    c.entity = u"Person"_s;
    c.recordId = bucket;
    c.field = u"riskLevel"_s;
    c.serverValue = u"high"_s;
    c.deviceValue = qint64(3);
    c.deviceId = u"dev-1"_s;
    c.userId = u"user-1"_s;
    c.at = 1'700'000'000'500;
    return c;
}

QList<qint64> seqsOf(const QList<StoredRecord> &records)
{
    QList<qint64> out;
    for (const StoredRecord &r : records)
        out.append(r.seq);
    return out;
}

QStringList idsOf(const QList<StoredRecord> &records)
{
    QStringList out;
    for (const StoredRecord &r : records)
        out.append(r.id);
    return out;
}

} // namespace

class tst_ServerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void recordRoundTrip();
    void replaceKeepsOneRowWithNewSeq();
    void seqSharedByRecordsAndConflicts();
    void conflictRoundTrip();
    void recordsSinceFiltersByBucketInSeqOrder();
    void recordsSinceLeavesOutTheAskingDevicesEchoes();
    void sinceOverManyBucketsMatchesOneQuery_data();
    void sinceOverManyBucketsMatchesOneQuery();
    void bucketRecordsUpToSeq();
    void recordsOfEntity();
    void destroyedWithoutCommitRollsBack();
    void writeInReadTransactionRefused();
    void finishedTransactionRefused();
    void receiptsIdempotent();
    void caseLinksReplace();
    void linksForUserAndOrganisation();
    void bucketsByTerritoryOrOfficer();
    void deliveredBuckets();
    void devicesAndAccounts();
    void enrolmentCodeSingleUse_data();
    void enrolmentCodeSingleUse();
    void tokens();
    void auditAppendOrder();
    void settings();
    void historyKept();
    void deleteBucketRemovesOnlyThatBucket();
    void epochSurvivesReopen();
    void openRefusals();
    void sequenceVisibleOnlyWithoutGaps();
    void canaryNotInPlaintext();
    void recoversFromLostConnections();
    void prefetchedLookupsAnswerAsTheStoreDoes();
    void deferredWritesAreSeenByEveryRead();

private:
    [[nodiscard]] std::unique_ptr<StoreTxn> write();
    [[nodiscard]] std::unique_ptr<StoreTxn> read();
    [[nodiscard]] qint64 put(StoredRecord r);
    [[nodiscard]] bool isPg() const { return m_kind == u"postgresql"_s; }
    [[nodiscard]] Result<std::unique_ptr<ServerStore>> reopen();
    /** PostgreSQL: terminates this test's server connections (as a restart or an idle kill would). */
    void terminateConnections();

    QTemporaryDir m_dir;
    QString m_kind;
    QString m_url;         ///< of the current test's store
    QString m_pgBaseUrl;   ///< the fixture's database, without this test's schema
    QString m_pgSchema;    ///< this test's schema (also its connections' application_name)
    QString m_storeDir;    ///< sqlite: the directory holding only this test's store
    std::unique_ptr<ServerStore> m_store;
    int m_counter = 0;
};

void tst_ServerStore::initTestCase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void tst_ServerStore::init()
{
    QFETCH_GLOBAL(QString, kind);
    m_kind = kind;
    ++m_counter;
    if (isPg()) {
        const PgUrl pg = pgUrl();
        if (!pg.error.isEmpty())
            QFAIL(qPrintable(pg.error));
        if (pg.url.isEmpty())
            QSKIP("no PostgreSQL: run under ctest (fixture pg) or set QADAM_PG_URL");
        // A fresh schema per test, named through the connection's search_path.
        const QString schema = u"t_"_s + QUuid::createUuid().toString(QUuid::Id128);
        m_pgBaseUrl = pg.url;
        m_pgSchema = schema;
        m_url = pg.url + (pg.url.contains(u'?') ? u"&"_s : u"?"_s) + u"options=-csearch_path%3D"_s + schema
                + u"&application_name="_s + schema;
    } else {
        m_storeDir = m_dir.filePath(u"store-%1"_s.arg(m_counter));
        QVERIFY(QDir().mkpath(m_storeDir));
        m_url = u"sqlite:"_s + m_storeDir + u"/server.db"_s;
    }
    auto store = openServerStore(m_url, Test::testKey());
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().detail));
    m_store = std::move(store).value();
    QCOMPARE(m_store->kind(), m_kind);
}

void tst_ServerStore::cleanup()
{
    m_store.reset();
    if (isPg() && !m_url.isEmpty())
        QVERIFY(PgStore::dropSchema(m_url).ok());
    m_url.clear();
}

std::unique_ptr<StoreTxn> tst_ServerStore::write()
{
    auto txn = m_store->begin(true);
    return txn.ok() ? std::move(txn).value() : nullptr;
}

std::unique_ptr<StoreTxn> tst_ServerStore::read()
{
    auto txn = m_store->begin(false);
    return txn.ok() ? std::move(txn).value() : nullptr;
}

qint64 tst_ServerStore::put(StoredRecord r)
{
    auto txn = write();
    if (!txn)
        return -1;
    auto seq = txn->putRecord(r);
    if (!seq.ok() || !txn->commit().ok())
        return -1;
    return seq.value();
}

Result<std::unique_ptr<ServerStore>> tst_ServerStore::reopen()
{
    m_store.reset();
    return openServerStore(m_url, Test::testKey());
}

void tst_ServerStore::recordRoundTrip()
{
    const QVariantMap fields{
        {u"surnameCyr"_s, u"Қасымова Әлия ✓ 𝄞"_s},
        {u"emptyText"_s, u""_s},
        {u"count"_s, qint64(42)},
        {u"negative"_s, qint64(-7)},
        {u"big"_s, qint64(1) << 60},
        {u"zero"_s, qint64(0)},
        {u"ratio"_s, 1.5},
        {u"nothing"_s, QVariant()},
        {u"поле"_s, u"кириллица в имени поля"_s},
    };
    StoredRecord r = makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s, fields);
    r.fieldVersions[u"count"_s] = 5;
    r.echoDevice = u"dev-9"_s;
    r.version = 5;
    r.hlc = (qint64(1) << 50) + 3;
    r.updatedAt = r.createdAt + 10;
    r.updatedBy = u"user-2"_s;
    const qint64 seq = put(r);
    QVERIFY(seq > 0);

    auto txn = read();
    QVERIFY(txn);
    auto got = txn->record(u"Person"_s, u"p-1"_s);
    QVERIFY(got.ok());
    QVERIFY(got.value().has_value());
    const StoredRecord &s = *got.value();
    QCOMPARE(s.seq, seq);
    QCOMPARE(s.entity, r.entity);
    QCOMPARE(s.bucket, r.bucket);
    QCOMPARE(s.version, 5);
    QCOMPARE(s.hlc, r.hlc);
    QCOMPARE(s.fields.keys(), fields.keys());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QCOMPARE(s.fields.value(it.key()).isNull(), it.value().isNull());
        QCOMPARE(s.fields.value(it.key()), it.value());
    }
    QCOMPARE(s.fields.value(u"count"_s).typeId(), int(QMetaType::LongLong));
    QCOMPARE(s.fields.value(u"surnameCyr"_s).typeId(), int(QMetaType::QString));
    QCOMPARE(s.fieldVersions, r.fieldVersions);
    QCOMPARE(s.echoDevice, u"dev-9"_s);
    QCOMPARE(s.createdAt, r.createdAt);
    QCOMPARE(s.createdBy, r.createdBy);
    QCOMPARE(s.updatedAt, r.updatedAt);
    QCOMPARE(s.updatedBy, u"user-2"_s);

    auto missing = txn->record(u"Person"_s, u"nope"_s);
    QVERIFY(missing.ok());
    QVERIFY(!missing.value().has_value());
    auto otherEntity = txn->record(u"Organisation"_s, u"p-1"_s);
    QVERIFY(otherEntity.ok() && !otherEntity.value().has_value());
}

void tst_ServerStore::replaceKeepsOneRowWithNewSeq()
{
    const qint64 first = put(makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s));
    StoredRecord changed = makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s, {{u"note"_s, u"second"_s}});
    changed.version = 2;
    const qint64 second = put(changed);
    QVERIFY(second > first);
    auto txn = read();
    auto all = txn->recordsSince(0, {u"p-1"_s}, 0);
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value().constFirst().seq, second);
    QCOMPARE(all.value().constFirst().version, 2);
    QCOMPARE(all.value().constFirst().fields.value(u"note"_s), QVariant(u"second"_s));
    QCOMPARE(txn->highWater().value(), second);
}

void tst_ServerStore::seqSharedByRecordsAndConflicts()
{
    auto txn = write();
    QVERIFY(txn);
    QCOMPARE(txn->highWater().value(), 0);
    StoredRecord a = makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s);
    ConflictRow c = makeConflict(u"c-1"_s, u"p-1"_s);
    StoredRecord b = makeRecord(u"Person"_s, u"p-2"_s, u"p-2"_s);
    const qint64 s1 = txn->putRecord(a).value();
    const qint64 s2 = txn->putConflict(c).value();
    const qint64 s3 = txn->putRecord(b).value();
    QCOMPARE(a.seq, s1);
    QCOMPARE(c.seq, s2);
    QCOMPARE(b.seq, s3);
    QCOMPARE(txn->highWater().value(), s3);
    QVERIFY(txn->commit().ok());
    QVERIFY(s1 < s2 && s2 < s3);

    const qint64 s4 = put(makeRecord(u"Person"_s, u"p-3"_s, u"p-3"_s));
    QCOMPARE(s4, s3 + 1);
    auto r = read();
    QCOMPARE(r->highWater().value(), s4);
}

void tst_ServerStore::conflictRoundTrip()
{
    ConflictRow c = makeConflict(u"c-1"_s, u"p-1"_s);
    c.serverValue = u"Примечание сервера"_s;
    c.deviceValue = QVariant();
    {
        auto txn = write();
        QVERIFY(txn->putConflict(c).ok());
        ConflictRow other = makeConflict(u"c-2"_s, u"p-2"_s);
        QVERIFY(txn->putConflict(other).ok());
        QVERIFY(txn->commit().ok());
    }
    const qint64 firstSeq = c.seq;
    c.resolved = true;
    c.resolvedBy = u"sup-1"_s;
    {
        auto txn = write();
        QVERIFY(txn->putConflict(c).ok());  // resolving re-sequences it: pulled again
        QVERIFY(txn->commit().ok());
    }
    QVERIFY(c.seq > firstSeq);
    auto txn = read();
    auto got = txn->conflict(u"c-1"_s);
    QVERIFY(got.ok() && got.value().has_value());
    QCOMPARE(got.value()->serverValue, QVariant(u"Примечание сервера"_s));
    QVERIFY(got.value()->deviceValue.isNull());
    QCOMPARE(got.value()->field, u"riskLevel"_s);
    QCOMPARE(got.value()->recordId, u"p-1"_s);
    QVERIFY(got.value()->resolved);
    QCOMPARE(got.value()->resolvedBy, u"sup-1"_s);
    QCOMPARE(got.value()->seq, c.seq);
    QCOMPARE(got.value()->at, c.at);

    auto since = txn->conflictsSince(0, {u"p-1"_s, u"p-2"_s}, 0);
    QVERIFY(since.ok());
    QCOMPARE(since.value().size(), 2);
    QCOMPARE(since.value().at(0).id, u"c-2"_s);
    QCOMPARE(since.value().at(1).id, u"c-1"_s);
    QCOMPARE(since.value().at(0).deviceValue, QVariant(qint64(3)));
    QCOMPARE(txn->conflictsSince(0, {u"p-2"_s}, 0).value().size(), 1);
    QCOMPARE(txn->conflictsSince(0, {u"p-1"_s, u"p-2"_s}, 1).value().size(), 1);
    QCOMPARE(txn->conflictsSince(c.seq, {u"p-1"_s, u"p-2"_s}, 0).value().size(), 0);
    QVERIFY(!txn->conflict(u"c-9"_s).value().has_value());
}

// A pull never sends a device its own writes back: the store leaves out the records whose current
// state that device produced, in a narrow and in a wide scope (the windowed query), and keeps those
// of other devices and of the server itself (echo_device '').
void tst_ServerStore::recordsSinceLeavesOutTheAskingDevicesEchoes()
{
    QStringList wide;
    for (int i = 0; i < 40; ++i)
        wide << u"W%1"_s.arg(i);
    const auto putBy = [&](const QString &id, const QString &bucket, const QString &device) {
        StoredRecord r = makeRecord(u"CheckIn"_s, id, bucket);
        r.echoDevice = device;
        return put(r);
    };
    QList<qint64> kept;
    kept << putBy(u"server-write"_s, u"A"_s, u""_s);
    putBy(u"mine-1"_s, u"A"_s, u"dev-1"_s);
    kept << putBy(u"theirs-1"_s, u"A"_s, u"dev-2"_s);
    putBy(u"mine-2"_s, u"A"_s, u"dev-1"_s);
    for (int i = 0; i < 40; ++i) {
        if (i % 4 == 0)
            kept << putBy(u"theirs-w%1"_s.arg(i), wide.at(i), u"dev-2"_s);
        else
            putBy(u"mine-w%1"_s.arg(i), wide.at(i), u"dev-1"_s);
    }

    auto txn = read();
    QCOMPARE(idsOf(txn->recordsSince(0, {u"A"_s}, 0, u"dev-1"_s).value()),
             (QStringList{u"server-write"_s, u"theirs-1"_s}));
    QCOMPARE(txn->recordsSince(0, {u"A"_s}, 0).value().size(), 4);  // no device: everything
    QCOMPARE(idsOf(txn->recordsSince(0, {u"A"_s}, 0, u"dev-2"_s).value()),
             (QStringList{u"server-write"_s, u"mine-1"_s, u"mine-2"_s}));
    QStringList scope = wide;
    scope << u"A"_s;
    QCOMPARE(seqsOf(txn->recordsSince(0, scope, 0, u"dev-1"_s).value()), kept);
    QCOMPARE(seqsOf(txn->recordsSince(0, scope, 3, u"dev-1"_s).value()), kept.mid(0, 3));
    QCOMPARE(txn->recordsSince(0, scope, 0).value().size(), 44);
}

void tst_ServerStore::recordsSinceFiltersByBucketInSeqOrder()
{
    QList<qint64> seqs;
    seqs << put(makeRecord(u"Person"_s, u"a"_s, u"A"_s));             // 0
    seqs << put(makeRecord(u"StaffUser"_s, u"s1"_s, u""_s));          // 1 directory
    seqs << put(makeRecord(u"CheckIn"_s, u"a-c1"_s, u"A"_s));         // 2
    seqs << put(makeRecord(u"Person"_s, u"b"_s, u"B"_s));             // 3
    seqs << put(makeRecord(u"CheckIn"_s, u"a-c2"_s, u"A"_s));         // 4
    for (int i = 1; i < seqs.size(); ++i)
        QVERIFY(seqs.at(i) > seqs.at(i - 1));

    auto txn = read();
    QCOMPARE(idsOf(txn->recordsSince(0, {u"A"_s}, 0).value()), (QStringList{u"a"_s, u"a-c1"_s, u"a-c2"_s}));
    QCOMPARE(seqsOf(txn->recordsSince(0, {u"A"_s}, 0).value()), (QList<qint64>{seqs[0], seqs[2], seqs[4]}));
    QCOMPARE(idsOf(txn->recordsSince(0, {u"A"_s, u""_s}, 0).value()), (QStringList{u"a"_s, u"s1"_s, u"a-c1"_s, u"a-c2"_s}));
    QCOMPARE(idsOf(txn->recordsSince(0, {u"B"_s, u"A"_s}, 2).value()), (QStringList{u"a"_s, u"a-c1"_s}));
    QCOMPARE(idsOf(txn->recordsSince(seqs[2], {u"A"_s, u"B"_s}, 0).value()), (QStringList{u"b"_s, u"a-c2"_s}));
    QCOMPARE(txn->recordsSince(0, {}, 0).value().size(), 0);
    QCOMPARE(txn->recordsSince(0, {u"Z"_s}, 0).value().size(), 0);
    QCOMPARE(txn->recordsSince(seqs[4], {u"A"_s}, 0).value().size(), 0);
    QCOMPARE(txn->countSince(0, {u"A"_s}).value(), 3);
    QCOMPARE(txn->countSince(seqs[2], {u"A"_s, u"B"_s, u""_s}).value(), 2);
    QCOMPARE(txn->countSince(0, {}).value(), 0);
}

void tst_ServerStore::sinceOverManyBucketsMatchesOneQuery_data()
{
    QTest::addColumn<int>("scopeSize");
    // 40: each window is read as one index range per case. 700: windows of up to 625 sequences
    // (a page of 500) are shorter than the scope, so they are walked in sequence order instead.
    QTest::newRow("40 cases") << 40;
    QTest::newRow("700 cases") << 700;
}

void tst_ServerStore::sinceOverManyBucketsMatchesOneQuery()
{
    // A scope of many cases is read in windows of sequences (SqlTxn): the rows must be exactly
    // those one query gives — every row of the scope above the cursor, lowest seq first, none
    // of another scope — across long stretches of other cases' rows and re-sequenced records.
    QFETCH(int, scopeSize);
    QStringList scope;
    for (int i = 0; i < scopeSize; ++i)
        scope << u"in-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
    const QStringList others{u"out-1"_s, u"out-2"_s, u"out-3"_s};
    QMap<QString, QPair<QString, qint64>> latest;  // record id -> (bucket, seq)
    QList<QPair<QString, qint64>> conflicts;       // (bucket, seq) of every conflict
    {
        auto txn = write();
        QVERIFY(txn);
        auto putOne = [&](const QString &id, const QString &bucket) {
            StoredRecord r = makeRecord(u"CheckIn"_s, id, bucket);
            auto seq = txn->putRecord(r);
            QVERIFY(seq.ok());
            latest.insert(id, {bucket, seq.value()});
        };
        auto conflictOn = [&](const QString &id, const QString &bucket) {
            ConflictRow c = makeConflict(id, bucket);
            auto seq = txn->putConflict(c);
            QVERIFY(seq.ok());
            conflicts.append({bucket, seq.value()});
        };
        for (int i = 0; i < 300; ++i) {
            putOne(u"a-%1"_s.arg(i), i % 4 == 3 ? others.at(i % 3) : scope.at(i % scope.size()));
            if (i % 37 == 0)
                conflictOn(u"ca-%1"_s.arg(i), i % 2 ? others.at(0) : scope.at(i % scope.size()));
        }
        for (int i = 0; i < 1500; ++i)  // a long stretch of other cases only
            putOne(u"b-%1"_s.arg(i), others.at(i % 3));
        for (int i = 0; i < 120; ++i) {
            putOne(u"c-%1"_s.arg(i), scope.at((i * 7) % scope.size()));
            if (i % 11 == 0)
                conflictOn(u"cc-%1"_s.arg(i), scope.at(i % scope.size()));
        }
        for (int i = 0; i < 300; i += 13)  // replaced: a new seq, a gap at the old one
            putOne(u"a-%1"_s.arg(i), latest.value(u"a-%1"_s.arg(i)).first);
        QVERIFY(txn->commit().ok());
    }
    QList<QPair<qint64, QString>> expected;  // (seq, id) of the scope's records in seq order
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        if (scope.contains(it.value().first))
            expected.append({it.value().second, it.key()});
    std::sort(expected.begin(), expected.end());
    QList<qint64> expectedConflicts;
    for (const auto &c : conflicts)
        if (scope.contains(c.first))
            expectedConflicts.append(c.second);
    std::sort(expectedConflicts.begin(), expectedConflicts.end());
    QVERIFY(expected.size() > 300);
    QVERIFY(expectedConflicts.size() > 10);

    auto txn = read();
    QVERIFY(txn);
    QList<qint64> cursors{0, expected.at(0).first, expected.at(100).first, expected.at(230).first - 1,
                          expected.constLast().first - 1, expected.constLast().first};
    for (qint64 after : cursors) {
        for (int limit : {0, 1, 7, 64, 500}) {
            QList<qint64> want;
            for (const auto &e : expected)
                if (e.first > after && (limit == 0 || want.size() < limit))
                    want.append(e.first);
            auto got = txn->recordsSince(after, scope, limit);
            QVERIFY(got.ok());
            QCOMPARE(seqsOf(got.value()), want);
            for (const StoredRecord &r : got.value())
                QVERIFY2(scope.contains(r.bucket), qPrintable(r.id));

            QList<qint64> wantConflicts;
            for (qint64 seq : expectedConflicts)
                if (seq > after && (limit == 0 || wantConflicts.size() < limit))
                    wantConflicts.append(seq);
            auto gotConflicts = txn->conflictsSince(after, scope, limit);
            QVERIFY(gotConflicts.ok());
            QList<qint64> gotSeqs;
            for (const ConflictRow &c : gotConflicts.value())
                gotSeqs.append(c.seq);
            QCOMPARE(gotSeqs, wantConflicts);
        }
    }
}

void tst_ServerStore::bucketRecordsUpToSeq()
{
    const qint64 s1 = put(makeRecord(u"Person"_s, u"a"_s, u"A"_s));
    const qint64 s2 = put(makeRecord(u"CheckIn"_s, u"a-c1"_s, u"A"_s));
    (void)put(makeRecord(u"Person"_s, u"b"_s, u"B"_s));
    const qint64 s4 = put(makeRecord(u"CheckIn"_s, u"a-c2"_s, u"A"_s));
    auto txn = read();
    QCOMPARE(seqsOf(txn->bucketRecords(u"A"_s, s2).value()), (QList<qint64>{s1, s2}));
    QCOMPARE(seqsOf(txn->bucketRecords(u"A"_s, s4).value()), (QList<qint64>{s1, s2, s4}));
    QCOMPARE(txn->bucketRecords(u"A"_s, 0).value().size(), 0);
    QCOMPARE(txn->bucketRecords(u"C"_s, s4).value().size(), 0);
}

void tst_ServerStore::recordsOfEntity()
{
    (void)put(makeRecord(u"StaffUser"_s, u"s1"_s, u""_s));
    (void)put(makeRecord(u"Organisation"_s, u"o1"_s, u""_s));
    (void)put(makeRecord(u"StaffUser"_s, u"s2"_s, u""_s));
    auto txn = read();
    QCOMPARE(idsOf(txn->recordsOf(u"StaffUser"_s, 0).value()), (QStringList{u"s1"_s, u"s2"_s}));
    QCOMPARE(txn->recordsOf(u"StaffUser"_s, 1).value().size(), 1);
    QCOMPARE(idsOf(txn->recordsOf(u"Organisation"_s, 10).value()), QStringList{u"o1"_s});
    QCOMPARE(txn->recordsOf(u"Person"_s, 10).value().size(), 0);
}

void tst_ServerStore::destroyedWithoutCommitRollsBack()
{
    (void)put(makeRecord(u"Person"_s, u"kept"_s, u"K"_s));
    {
        auto txn = write();
        QVERIFY(txn);
        StoredRecord r = makeRecord(u"Person"_s, u"lost"_s, u"L"_s);
        QVERIFY(txn->putRecord(r).ok());
        ConflictRow c = makeConflict(u"c-lost"_s, u"L"_s);
        QVERIFY(txn->putConflict(c).ok());
        QVERIFY(txn->putReceipt(u"dev-1"_s, 1, "result").ok());
        QVERIFY(txn->setSetting(u"minClient"_s, u"2.0"_s).ok());
        QVERIFY(txn->setCaseLinks(u"lost"_s, {CaseLink{u"lost"_s, u"L"_s, u"case_officer"_s, u"u1"_s, {}, {}, {}, {}}}).ok());
        ServerAuditEvent e;
        e.id = u"ev-lost"_s;
        e.action = u"push:applied"_s;
        QVERIFY(txn->appendAuditEvent(e).ok());
        // destroyed here without commit()
    }
    auto txn = read();
    QCOMPARE(txn->highWater().value(), 1);
    QVERIFY(!txn->record(u"Person"_s, u"lost"_s).value().has_value());
    QVERIFY(!txn->conflict(u"c-lost"_s).value().has_value());
    QVERIFY(!txn->receipt(u"dev-1"_s, 1).value().has_value());
    QCOMPARE(txn->setting(u"minClient"_s).value(), QString());
    QCOMPARE(txn->linksOfBucket(u"L"_s).value().size(), 0);
    QVERIFY(!txn->lastAuditEvent().value().has_value());
    txn.reset();
    // The sequence is not burnt either: the next change follows the last committed one.
    QCOMPARE(put(makeRecord(u"Person"_s, u"next"_s, u"K"_s)), 2);
}

void tst_ServerStore::writeInReadTransactionRefused()
{
    {
        auto txn = read();
        QVERIFY(txn);
        StoredRecord r = makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s);
        QVERIFY(!txn->putRecord(r).ok());
        QVERIFY(!txn->putReceipt(u"dev-1"_s, 1, "x").ok());
        QVERIFY(!txn->setSetting(u"k"_s, u"v"_s).ok());
        QVERIFY(!txn->consumeEnrolmentCode("code", 1).ok());
        (void)txn->commit();
    }
    auto txn = read();
    QCOMPARE(txn->highWater().value(), 0);
    QVERIFY(!txn->record(u"Person"_s, u"p-1"_s).value().has_value());
    QVERIFY(!txn->receipt(u"dev-1"_s, 1).value().has_value());
    QCOMPARE(txn->setting(u"k"_s).value(), QString());
}

void tst_ServerStore::finishedTransactionRefused()
{
    auto txn = write();
    StoredRecord r = makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s);
    QVERIFY(txn->putRecord(r).ok());
    QVERIFY(txn->commit().ok());
    QVERIFY(!txn->commit().ok());
    StoredRecord late = makeRecord(u"Person"_s, u"late"_s, u"p-1"_s);
    QVERIFY(!txn->putRecord(late).ok());
    QVERIFY(!txn->record(u"Person"_s, u"p-1"_s).ok());
    txn.reset();
    auto check = read();
    QVERIFY(check->record(u"Person"_s, u"p-1"_s).value().has_value());
    QVERIFY(!check->record(u"Person"_s, u"late"_s).value().has_value());
}

void tst_ServerStore::receiptsIdempotent()
{
    const QByteArray first("\x01\x00original result", 17);
    {
        auto txn = write();
        QCOMPARE(txn->lastDeviceSeq(u"dev-1"_s).value(), 0);
        QVERIFY(txn->putReceipt(u"dev-1"_s, 1, first).ok());
        QVERIFY(txn->putReceipt(u"dev-1"_s, 2, "two").ok());
        QVERIFY(txn->putReceipt(u"dev-2"_s, 7, "other device").ok());
        QVERIFY(txn->commit().ok());
    }
    {
        auto txn = write();
        QVERIFY(txn->putReceipt(u"dev-1"_s, 1, "a different answer").ok());  // replay: first stands
        QVERIFY(txn->commit().ok());
    }
    auto txn = read();
    QCOMPARE(txn->receipt(u"dev-1"_s, 1).value().value_or(QByteArray()), first);
    QCOMPARE(txn->receipt(u"dev-1"_s, 2).value().value_or(QByteArray()), QByteArray("two"));
    QVERIFY(!txn->receipt(u"dev-1"_s, 3).value().has_value());
    QVERIFY(!txn->receipt(u"dev-2"_s, 1).value().has_value());
    QCOMPARE(txn->lastDeviceSeq(u"dev-1"_s).value(), 2);
    QCOMPARE(txn->lastDeviceSeq(u"dev-2"_s).value(), 7);
    QCOMPARE(txn->lastDeviceSeq(u"dev-3"_s).value(), 0);
}

void tst_ServerStore::caseLinksReplace()
{
    const CaseLink officer{u"p-1"_s, u"p-1"_s, u"case_officer"_s, u"u1"_s, {}, {}, {}, {}};
    const CaseLink intake{u"p-1"_s, u"p-1"_s, u"intake"_s, u"u2"_s, {}, {}, {}, {}};
    const CaseLink referral{u"ref-1"_s, u"p-1"_s, u"referral"_s, u"c1"_s, u"org-1"_s, u"accepted"_s,
                            QDate(2024, 2, 29), QDate(2024, 12, 31)};
    {
        auto txn = write();
        QVERIFY(txn->setCaseLinks(u"p-1"_s, {officer, intake}).ok());
        QVERIFY(txn->setCaseLinks(u"ref-1"_s, {referral}).ok());
        QVERIFY(txn->commit().ok());
    }
    {
        auto txn = read();
        const QList<CaseLink> links = txn->linksOfBucket(u"p-1"_s).value();
        QCOMPARE(links.size(), 3);
        const auto ref = std::find_if(links.cbegin(), links.cend(), [](const CaseLink &l) { return l.kind == u"referral"_s; });
        QVERIFY(ref != links.cend());
        QCOMPARE(ref->from, QDate(2024, 2, 29));
        QCOMPARE(ref->to, QDate(2024, 12, 31));
        QCOMPARE(ref->organisationId, u"org-1"_s);
        QCOMPARE(ref->status, u"accepted"_s);
        QCOMPARE(ref->recordId, u"ref-1"_s);
    }
    {
        auto txn = write();
        QVERIFY(txn->setCaseLinks(u"p-1"_s, {officer}).ok());  // intake link gone
        QVERIFY(txn->setCaseLinks(u"ref-1"_s, {}).ok());       // referral revoked
        QVERIFY(txn->commit().ok());
    }
    auto txn = read();
    const QList<CaseLink> links = txn->linksOfBucket(u"p-1"_s).value();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.constFirst().kind, u"case_officer"_s);
    QCOMPARE(links.constFirst().userId, u"u1"_s);
    QVERIFY(!links.constFirst().from.isValid());
    QVERIFY(!links.constFirst().to.isValid());
}

void tst_ServerStore::linksForUserAndOrganisation()
{
    {
        auto txn = write();
        QVERIFY(txn->setCaseLinks(u"r-user"_s, {CaseLink{u"r-user"_s, u"A"_s, u"referral"_s, u"c1"_s, u"org-1"_s, u"accepted"_s, {}, {}}}).ok());
        QVERIFY(txn->setCaseLinks(u"r-org"_s, {CaseLink{u"r-org"_s, u"B"_s, u"referral"_s, {}, u"org-1"_s, u"accepted"_s, {}, {}}}).ok());
        QVERIFY(txn->setCaseLinks(u"r-colleague"_s, {CaseLink{u"r-colleague"_s, u"C"_s, u"referral"_s, u"c2"_s, u"org-1"_s, u"accepted"_s, {}, {}}}).ok());
        QVERIFY(txn->setCaseLinks(u"r-other-org"_s, {CaseLink{u"r-other-org"_s, u"D"_s, u"referral"_s, {}, u"org-2"_s, u"accepted"_s, {}, {}}}).ok());
        QVERIFY(txn->commit().ok());
    }
    auto txn = read();
    QStringList buckets;
    for (const CaseLink &l : txn->linksForUser(u"c1"_s, u"org-1"_s).value())
        buckets << l.bucket;
    buckets.sort();
    // Named links of other users in the same organisation are theirs, not the organisation's.
    QCOMPARE(buckets, (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(txn->linksForUser(u"c1"_s, {}).value().size(), 1);
    QCOMPARE(txn->linksForUser({}, {}).value().size(), 0);
    QCOMPARE(txn->linksForUser(u"nobody"_s, u"org-2"_s).value().constFirst().bucket, u"D"_s);
}

void tst_ServerStore::bucketsByTerritoryOrOfficer()
{
    {
        auto txn = write();
        QVERIFY(txn->setCaseFacts({u"A"_s, u"almaty-medeu"_s, u"o1"_s}).ok());
        QVERIFY(txn->setCaseFacts({u"B"_s, u"almaty-bostandyk"_s, u"o2"_s}).ok());
        QVERIFY(txn->setCaseFacts({u"C"_s, u"astana"_s, u"o3"_s}).ok());
        QVERIFY(txn->setCaseFacts({u"D"_s, u""_s, u""_s}).ok());
        QVERIFY(txn->setCaseFacts({u"C"_s, u"astana"_s, u"o1"_s}).ok());  // replaced: officer changed
        QVERIFY(txn->commit().ok());
    }
    auto txn = read();
    QCOMPARE(txn->bucketsByTerritoryOrOfficer({u"almaty-medeu"_s, u"almaty-bostandyk"_s}, {}).value(),
             (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(txn->bucketsByTerritoryOrOfficer({}, {u"o1"_s}).value(), (QStringList{u"A"_s, u"C"_s}));
    QCOMPARE(txn->bucketsByTerritoryOrOfficer({u"almaty-bostandyk"_s}, {u"o1"_s}).value(),
             (QStringList{u"A"_s, u"B"_s, u"C"_s}));
    QCOMPARE(txn->bucketsByTerritoryOrOfficer({}, {}).value(), QStringList());
    QCOMPARE(txn->bucketsByTerritoryOrOfficer({u""_s}, {u""_s}).value(), QStringList());  // empty never matches
    auto facts = txn->caseFacts(u"C"_s);
    QVERIFY(facts.ok() && facts.value().has_value());
    QCOMPARE(facts.value()->caseOfficerId, u"o1"_s);
    QCOMPARE(facts.value()->territory, u"astana"_s);
    QVERIFY(!txn->caseFacts(u"Z"_s).value().has_value());
}

void tst_ServerStore::deliveredBuckets()
{
    {
        auto txn = write();
        QVERIFY(txn->markDelivered(u"dev-1"_s, {u"A"_s, u"B"_s}, 1).ok());
        QVERIFY(txn->markDelivered(u"dev-1"_s, {u"C"_s}, 2).ok());
        QVERIFY(txn->markDelivered(u"dev-1"_s, {}, 3).ok());
        QVERIFY(txn->markDelivered(u"dev-2"_s, {u"A"_s}, 5, u"view-a"_s).ok());
        QVERIFY(txn->commit().ok());
    }
    using Map = QHash<QString, Delivered>;
    const auto at = [](qint64 generation, const QString &view = {}) { return Delivered{generation, view}; };
    QCOMPARE(read()->deliveredBuckets(u"dev-1"_s).value(), (Map{{u"A"_s, at(1)}, {u"B"_s, at(1)}, {u"C"_s, at(2)}}));
    {
        auto txn = write();
        QVERIFY(txn->forgetDeliveredAfter(u"dev-1"_s, 1).ok());  // generation 2's reply never arrived
        QVERIFY(txn->commit().ok());
    }
    QCOMPARE(read()->deliveredBuckets(u"dev-1"_s).value(), (Map{{u"A"_s, at(1)}, {u"B"_s, at(1)}}));
    {
        auto txn = write();
        QVERIFY(txn->markDelivered(u"dev-1"_s, {u"B"_s}, 4, u"view-b"_s).ok());
        QVERIFY(txn->forgetDelivered(u"dev-1"_s, {u"A"_s}).ok());
        QVERIFY(txn->forgetDelivered(u"dev-1"_s, {}).ok());
        QVERIFY(txn->commit().ok());
    }
    QCOMPARE(read()->deliveredBuckets(u"dev-1"_s).value(), (Map{{u"B"_s, at(4, u"view-b"_s)}}));
    QCOMPARE(read()->deliveredBuckets(u"dev-2"_s).value(), (Map{{u"A"_s, at(5, u"view-a"_s)}}));
    QCOMPARE(read()->deliveredBuckets(u"dev-3"_s).value(), Map());
}

void tst_ServerStore::devicesAndAccounts()
{
    DeviceRow d1{u"dev-1"_s, u"u1"_s, u"Планшет инспектора"_s, u"android"_s, u"1.4.0"_s, 100, 200, false, 3};
    DeviceRow d2{u"dev-2"_s, u"u1"_s, u"Laptop"_s, u"linux"_s, u"1.4.1"_s, 150, 150, false, 0};
    DeviceRow d3{u"dev-3"_s, u"u2"_s, u"Phone"_s, u"ios"_s, u"1.3.0"_s, 50, 50, false, 0};
    {
        auto txn = write();
        QVERIFY(txn->putDevice(d2).ok());
        QVERIFY(txn->putDevice(d1).ok());
        QVERIFY(txn->putDevice(d3).ok());
        QVERIFY(txn->putAccount({u"u1"_s, false}).ok());
        QVERIFY(txn->putAccount({u"u2"_s, false}).ok());
        QVERIFY(txn->commit().ok());
    }
    d1.revoked = true;
    d1.lastSeenAt = 300;
    {
        auto txn = write();
        QVERIFY(txn->putDevice(d1).ok());
        QVERIFY(txn->putAccount({u"u2"_s, true}).ok());
        QVERIFY(txn->commit().ok());
    }
    auto txn = read();
    auto got = txn->device(u"dev-1"_s).value();
    QVERIFY(got.has_value());
    QCOMPARE(got->name, d1.name);
    QCOMPARE(got->platform, u"android"_s);
    QCOMPARE(got->clientVersion, u"1.4.0"_s);
    QCOMPARE(got->enrolledAt, 100);
    QCOMPARE(got->lastSeenAt, 300);
    QVERIFY(got->revoked);
    QCOMPARE(got->generation, 3);
    QVERIFY(!txn->device(u"dev-9"_s).value().has_value());
    QStringList ids;
    for (const DeviceRow &d : txn->devicesOfUser(u"u1"_s).value())
        ids << d.id;
    QCOMPARE(ids, (QStringList{u"dev-1"_s, u"dev-2"_s}));
    QVERIFY(!txn->account(u"u1"_s).value()->revoked);
    QVERIFY(txn->account(u"u2"_s).value()->revoked);
    QVERIFY(!txn->account(u"u3"_s).value().has_value());
}

void tst_ServerStore::enrolmentCodeSingleUse_data()
{
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<QByteArray>("presented");
    QTest::addColumn<bool>("firstOk");
    QTest::newRow("valid, then used") << qint64(2000) << QByteArray("hash-1") << true;
    QTest::newRow("expired") << qint64(999) << QByteArray("hash-1") << false;
    QTest::newRow("expires exactly now") << qint64(1000) << QByteArray("hash-1") << false;
    QTest::newRow("unknown code") << qint64(2000) << QByteArray("hash-2") << false;
}

void tst_ServerStore::enrolmentCodeSingleUse()
{
    QFETCH(qint64, expiresAt);
    QFETCH(QByteArray, presented);
    QFETCH(bool, firstOk);
    const QByteArray hash("hash-1");
    {
        auto txn = write();
        QVERIFY(txn->putEnrolmentCode({hash, u"u1"_s, expiresAt, 0}).ok());
        QVERIFY(txn->commit().ok());
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto txn = write();
        auto consumed = txn->consumeEnrolmentCode(presented, 1000 + attempt);
        QVERIFY(consumed.ok());
        QVERIFY(txn->commit().ok());
        const bool expected = firstOk && attempt == 0;
        QCOMPARE(consumed.value().has_value(), expected);
        if (expected) {
            QCOMPARE(consumed.value()->userId, u"u1"_s);
            QCOMPARE(consumed.value()->usedAt, 1000);
            QCOMPARE(consumed.value()->codeHash, hash);
            QCOMPARE(consumed.value()->expiresAt, expiresAt);
        }
    }
    // A refused consumption writes nothing: an unused code stays unused.
    if (!firstOk && presented == hash) {
        auto txn = write();
        auto later = txn->consumeEnrolmentCode(hash, expiresAt - 1);
        QVERIFY(later.ok());
        QVERIFY(later.value().has_value());
    }
}

void tst_ServerStore::tokens()
{
    const TokenRow access{"acc-1", u"dev-1"_s, u"access"_s, {}, 900, false, false};
    const TokenRow refresh1{"ref-1", u"dev-1"_s, u"refresh"_s, u"chain-1"_s, 5000, false, false};
    const TokenRow refresh2{"ref-2", u"dev-1"_s, u"refresh"_s, u"chain-1"_s, 6000, false, false};
    const TokenRow otherChain{"ref-3", u"dev-2"_s, u"refresh"_s, u"chain-2"_s, 6000, false, false};
    const TokenRow otherAccess{"acc-2", u"dev-2"_s, u"access"_s, {}, 900, false, false};
    {
        auto txn = write();
        for (const TokenRow &t : {access, refresh1, refresh2, otherChain, otherAccess})
            QVERIFY(txn->putToken(t).ok());
        QVERIFY(txn->markTokenUsed("ref-1").ok());
        QVERIFY(txn->commit().ok());
    }
    {
        auto txn = read();
        auto t = txn->token("ref-1").value();
        QVERIFY(t.has_value());
        QVERIFY(t->used);
        QVERIFY(!t->revoked);
        QCOMPARE(t->chainId, u"chain-1"_s);
        QCOMPARE(t->kind, u"refresh"_s);
        QCOMPARE(t->deviceId, u"dev-1"_s);
        QCOMPARE(t->expiresAt, 5000);
        QVERIFY(!txn->token("ref-2").value()->used);
        QVERIFY(!txn->token("nope").value().has_value());
    }
    {
        auto txn = write();
        QVERIFY(txn->revokeChain(u"chain-1"_s).ok());  // reuse of ref-1 detected
        QVERIFY(txn->revokeChain({}).ok());              // no chain: touches nothing
        QVERIFY(txn->commit().ok());
    }
    {
        auto txn = read();
        QVERIFY(txn->token("ref-1").value()->revoked);
        QVERIFY(txn->token("ref-2").value()->revoked);
        QVERIFY(!txn->token("acc-1").value()->revoked);
        QVERIFY(!txn->token("ref-3").value()->revoked);
        QVERIFY(!txn->token("acc-2").value()->revoked);
    }
    {
        auto txn = write();
        QVERIFY(txn->revokeDeviceTokens(u"dev-2"_s).ok());
        QVERIFY(txn->commit().ok());
    }
    auto txn = read();
    QVERIFY(txn->token("ref-3").value()->revoked);
    QVERIFY(txn->token("acc-2").value()->revoked);
    QVERIFY(!txn->token("acc-1").value()->revoked);
}

void tst_ServerStore::auditAppendOrder()
{
    QVERIFY(!read()->lastAuditEvent().value().has_value());
    QByteArray prev(32, '\0');
    QList<qint64> seqs;
    for (int i = 0; i < 3; ++i) {
        auto txn = write();
        ServerAuditEvent e;
        e.id = u"ev-%1"_s.arg(i);
        e.at = 1000 + i;
        e.actorId = u"u1"_s;
        e.deviceId = u"dev-1"_s;
        e.action = i == 1 ? u"push:applied"_s : u"token"_s;
        e.entity = u"Person"_s;
        e.recordId = u"p-1"_s;
        e.bucket = u"p-1"_s;
        e.prevHash = prev;
        e.hash = QByteArray(32, char(i + 1));
        e.hash[0] = '\0';
        QVERIFY(txn->appendAuditEvent(e).ok());
        QVERIFY(txn->commit().ok());
        seqs << e.seq;
        prev = e.hash;
    }
    QCOMPARE(seqs, (QList<qint64>{1, 2, 3}));
    // The audit chain has its own numbering: it does not consume change sequences.
    auto txn = read();
    QCOMPARE(txn->highWater().value(), 0);
    auto last = txn->lastAuditEvent().value();
    QVERIFY(last.has_value());
    QCOMPARE(last->id, u"ev-2"_s);
    QCOMPARE(last->prevHash, seqs.size() > 1 ? txn->auditEvents(1, 1).value().constFirst().hash : QByteArray());
    QCOMPARE(last->hash.size(), 32);
    QCOMPARE(last->hash.at(0), '\0');
    const QList<ServerAuditEvent> events = txn->auditEvents(0, 0).value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).prevHash, QByteArray(32, '\0'));
    QCOMPARE(events.at(1).action, u"push:applied"_s);
    QCOMPARE(events.at(1).at, 1001);
    QCOMPARE(events.at(2).prevHash, events.at(1).hash);
    QCOMPARE(txn->auditEvents(1, 1).value().constFirst().id, u"ev-1"_s);
    QCOMPARE(txn->auditEvents(3, 10).value().size(), 0);
}

void tst_ServerStore::settings()
{
    {
        auto txn = write();
        QCOMPARE(txn->setting(u"minClientVersion"_s).value(), QString());
        QVERIFY(txn->setSetting(u"minClientVersion"_s, u"1.2.0"_s).ok());
        QVERIFY(txn->setSetting(u"minClientVersion"_s, u"1.3.0"_s).ok());
        QVERIFY(txn->setSetting(u"leaseDays"_s, u"14"_s).ok());
        QVERIFY(txn->commit().ok());
    }
    auto txn = read();
    QCOMPARE(txn->setting(u"minClientVersion"_s).value(), u"1.3.0"_s);
    QCOMPARE(txn->setting(u"leaseDays"_s).value(), u"14"_s);
}

void tst_ServerStore::historyKept()
{
    auto txn = write();
    QVERIFY(txn->putHistory(u"Person"_s, u"p-1"_s, u"phone"_s, u"+7 701 000 00 00"_s, 2, 1000, u"u1"_s).ok());
    QVERIFY(txn->putHistory(u"Person"_s, u"p-1"_s, u"phone"_s, QVariant(), 3, 1001, u"u2"_s).ok());
    QVERIFY(txn->putHistory(u"Person"_s, u"p-2"_s, u"phone"_s, qint64(5), 2, 1002, u"u1"_s).ok());
    QVERIFY(txn->commit().ok());
    auto r = read();
    QCOMPARE(r->historyCount(u"p-1"_s).value(), 2);
    QCOMPARE(r->historyCount(u"p-2"_s).value(), 1);
    QCOMPARE(r->historyCount(u"p-3"_s).value(), 0);
}

void tst_ServerStore::deleteBucketRemovesOnlyThatBucket()
{
    {
        auto txn = write();
        for (const QString &bucket : {u"A"_s, u"B"_s}) {
            StoredRecord p = makeRecord(u"Person"_s, bucket, bucket);
            QVERIFY(txn->putRecord(p).ok());
            StoredRecord c = makeRecord(u"CheckIn"_s, bucket + u"-c"_s, bucket);
            QVERIFY(txn->putRecord(c).ok());
            ConflictRow k = makeConflict(bucket + u"-k"_s, bucket);
            QVERIFY(txn->putConflict(k).ok());
            QVERIFY(txn->setCaseLinks(bucket, {CaseLink{bucket, bucket, u"case_officer"_s, u"u1"_s, {}, {}, {}, {}}}).ok());
            QVERIFY(txn->setCaseFacts({bucket, u"astana"_s, u"u1"_s}).ok());
            QVERIFY(txn->putHistory(u"Person"_s, bucket, u"phone"_s, u"old"_s, 1, 1, u"u1"_s).ok());
        }
        QVERIFY(txn->commit().ok());
    }
    {
        auto txn = write();
        QVERIFY(txn->deleteBucket(u"A"_s).ok());
        QVERIFY(txn->commit().ok());
    }
    auto txn = read();
    QCOMPARE(txn->recordsSince(0, {u"A"_s}, 0).value().size(), 0);
    QCOMPARE(txn->recordsSince(0, {u"B"_s}, 0).value().size(), 2);
    QCOMPARE(txn->conflictsSince(0, {u"A"_s, u"B"_s}, 0).value().size(), 1);
    QCOMPARE(txn->linksOfBucket(u"A"_s).value().size(), 0);
    QCOMPARE(txn->linksOfBucket(u"B"_s).value().size(), 1);
    QVERIFY(!txn->caseFacts(u"A"_s).value().has_value());
    QCOMPARE(txn->historyCount(u"A"_s).value(), 0);
    QCOMPARE(txn->historyCount(u"B"_s).value(), 1);
    QCOMPARE(txn->highWater().value(), 6);  // sequences are never reused
}

void tst_ServerStore::epochSurvivesReopen()
{
    QString epoch;
    {
        auto txn = read();
        epoch = txn->setting(u"epoch"_s).value();
    }
    QVERIFY(!QUuid::fromString(epoch).isNull());
    const qint64 seq = put(makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s));
    auto reopened = reopen();
    QVERIFY(reopened.ok());
    m_store = std::move(reopened).value();
    auto txn = read();
    QCOMPARE(txn->setting(u"epoch"_s).value(), epoch);
    QCOMPARE(txn->highWater().value(), seq);
    QVERIFY(txn->record(u"Person"_s, u"p-1"_s).value().has_value());
}

void tst_ServerStore::openRefusals()
{
    if (isPg()) {
        // Nothing listens on port 1: a transient fault, not a storage error.
        auto unreachable = openServerStore(u"postgresql://postgres@127.0.0.1:1/qadam_test?connect_timeout=2"_s);
        QVERIFY(!unreachable.ok());
        QCOMPARE(unreachable.code(), Error::Unavailable);
        return;
    }
    const QString fresh = m_storeDir + u"/never.db"_s;
    auto shortKey = openServerStore(u"sqlite:"_s + fresh, QByteArray(16, 'k'));
    QVERIFY(!shortKey.ok());
    QCOMPARE(shortKey.code(), Error::Invalid);
    QVERIFY(!QFile::exists(fresh));
    auto noPath = openServerStore(u"sqlite:"_s, Test::testKey());
    QCOMPARE(noPath.code(), Error::Invalid);
    auto scheme = openServerStore(u"mysql://x"_s, Test::testKey());
    QCOMPARE(scheme.code(), Error::Invalid);

    (void)put(makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s));
    m_store.reset();
    auto wrongKey = openServerStore(m_url, Test::testKey('w'));
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.code(), Error::WrongKey);
    // The same key as 64 hex digits (config files and environment) opens it.
    auto hex = openServerStore(m_url, Test::testKey().toHex());
    QVERIFY(hex.ok());
    QVERIFY(hex.value()->begin(false).value()->record(u"Person"_s, u"p-1"_s).value().has_value());
}

void tst_ServerStore::sequenceVisibleOnlyWithoutGaps()
{
    // Two writers commit changes (some with a conflict) while a reader polls: whatever highWater a
    // reader sees, every sequence up to it is readable and nothing above it is.
    constexpr int perWriter = 60;
    std::atomic<int> failures{0};
    std::atomic<int> writersDone{0};
    auto writer = [&](int w) {
        for (int i = 0; i < perWriter; ++i) {
            auto txn = m_store->begin(true);
            if (!txn.ok()) {
                ++failures;
                continue;
            }
            StoredRecord r = makeRecord(u"CheckIn"_s, u"w%1-%2"_s.arg(w).arg(i), u"B%1"_s.arg(i % 3));
            bool ok = txn.value()->putRecord(r).ok();
            if (i % 4 == 0) {
                ConflictRow c = makeConflict(u"k%1-%2"_s.arg(w).arg(i), u"B%1"_s.arg(i % 3));
                ok = ok && txn.value()->putConflict(c).ok();
            }
            if (!ok || !txn.value()->commit().ok())
                ++failures;
        }
        ++writersDone;
    };
    std::atomic<int> gaps{0};
    std::atomic<int> polls{0};
    auto reader = [&] {
        const QStringList buckets{u"B0"_s, u"B1"_s, u"B2"_s};
        bool last = false;
        while (!last) {
            last = writersDone.load() == 2;
            auto txn = m_store->begin(false);
            if (!txn.ok()) {
                ++failures;
                return;
            }
            const qint64 hw = txn.value()->highWater().value();
            QSet<qint64> seen;
            for (const StoredRecord &r : txn.value()->recordsSince(0, buckets, 0).value())
                seen.insert(r.seq);
            for (const ConflictRow &c : txn.value()->conflictsSince(0, buckets, 0).value())
                seen.insert(c.seq);
            bool complete = seen.size() == hw;
            for (qint64 s = 1; complete && s <= hw; ++s)
                complete = seen.contains(s);
            if (!complete)
                ++gaps;
            ++polls;
        }
    };
    std::thread r(reader);
    std::thread w1(writer, 1);
    std::thread w2(writer, 2);
    w1.join();
    w2.join();
    r.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(gaps.load(), 0);
    QVERIFY(polls.load() >= 1);
    const qint64 expected = 2 * perWriter + 2 * ((perWriter + 3) / 4);
    QCOMPARE(read()->highWater().value(), expected);
}

void tst_ServerStore::canaryNotInPlaintext()
{
    if (isPg())
        QSKIP("PostgreSQL keeps rows in plaintext by design: encrypting its disk is the operator's job");
    {
        auto txn = write();
        StoredRecord r = makeRecord(u"SessionNote"_s, u"n-1"_s, u"p-1"_s, {{u"text"_s, kCanary}});
        QVERIFY(txn->putRecord(r).ok());
        ConflictRow c = makeConflict(u"c-1"_s, u"p-1"_s);
        c.serverValue = kCanary;
        QVERIFY(txn->putConflict(c).ok());
        QVERIFY(txn->putHistory(u"SessionNote"_s, u"n-1"_s, u"text"_s, kCanary, 1, 1, u"u1"_s).ok());
        QVERIFY(txn->commit().ok());
    }
    // Searched while open (WAL present) and after closing (checkpointed into the main file).
    QCOMPARE(Test::filesContaining(m_storeDir, kCanary), QStringList());
    QVERIFY(read()->record(u"SessionNote"_s, u"n-1"_s).value()->fields.value(u"text"_s) == QVariant(kCanary));
    m_store.reset();
    QCOMPARE(Test::filesContaining(m_storeDir, kCanary), QStringList());
}

void tst_ServerStore::terminateConnections()
{
    const QString psql = QStandardPaths::findExecutable(u"psql"_s);
    QVERIFY2(!psql.isEmpty(), "psql (postgresql-client) is needed to drop connections");
    QProcess p;
    p.start(psql, {m_pgBaseUrl, u"-X"_s, u"-q"_s, u"-t"_s, u"-c"_s,
                   u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '%1'"_s
                       .arg(m_pgSchema)});
    QVERIFY(p.waitForFinished(30'000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(p.readAllStandardOutput().trimmed().toInt() >= 1);
}

void tst_ServerStore::recoversFromLostConnections()
{
    if (!isPg())
        QSKIP("a SQLCipher file has no server connection to lose");
    const qint64 before = put(makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s));
    QVERIFY(before > 0);
    {
        // The server drops the connection in the middle of a write: a transient fault, and
        // nothing of that transaction is written. (Record inserts wait for the next read or the
        // commit, so the fault shows there.)
        auto txn = write();
        StoredRecord lost = makeRecord(u"Person"_s, u"p-lost"_s, u"p-lost"_s);
        QVERIFY(txn->putRecord(lost).ok());
        terminateConnections();
        StoredRecord late = makeRecord(u"Person"_s, u"p-late"_s, u"p-late"_s);
        (void)txn->putRecord(late);
        auto refused = txn->record(u"Person"_s, u"p-unknown"_s);  // a read: the inserts go first
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), Error::Unavailable);
        QVERIFY(!txn->commit().ok());
    }
    // Idle pooled connections are dropped too; the next transactions reconnect by themselves.
    terminateConnections();
    QCOMPARE(put(makeRecord(u"Person"_s, u"p-2"_s, u"p-2"_s)), before + 1);
    auto txn = read();
    QVERIFY(txn);
    QVERIFY(txn->record(u"Person"_s, u"p-2"_s).value().has_value());
    QVERIFY(!txn->record(u"Person"_s, u"p-lost"_s).value().has_value());
    QVERIFY(!txn->record(u"Person"_s, u"p-late"_s).value().has_value());
    QCOMPARE(txn->highWater().value(), before + 1);
}

namespace {

/** The parts of a record a lookup must reproduce (a prefetched or cached answer included). */
QString describe(const std::optional<StoredRecord> &r)
{
    if (!r)
        return u"absent"_s;
    QStringList fields;
    for (auto it = r->fields.cbegin(); it != r->fields.cend(); ++it)
        fields << it.key() + u'=' + QString::fromLatin1(it.value().typeName()) + u':' + it.value().toString();
    QStringList versions;
    for (auto it = r->fieldVersions.cbegin(); it != r->fieldVersions.cend(); ++it)
        versions << it.key() + u'=' + QString::number(it.value()) + u'/' + r->fieldWriters.value(it.key());
    versions.sort();
    return u"%1 %2 %3 v%4 s%5 h%6 [%7] [%8] %9 %10 %11 %12 %13"_s.arg(r->entity, r->id, r->bucket)
        .arg(r->version).arg(r->seq).arg(r->hlc).arg(fields.join(u','), versions.join(u','), r->echoDevice)
        .arg(r->createdAt).arg(r->createdBy).arg(r->updatedAt).arg(r->updatedBy);
}

} // namespace

// A push reads ahead its receipts, records and cases (prefetch*): every lookup answered from
// that read-ahead must equal what a plain read of the store answers, present or absent.
void tst_ServerStore::prefetchedLookupsAnswerAsTheStoreDoes()
{
    {
        auto txn = write();
        StoredRecord person = makeRecord(u"Person"_s, u"p-1"_s, u"p-1"_s,
                                         {{u"surnameLat"_s, u"Seitkali"_s}, {u"flag"_s, true}, {u"score"_s, 2.5}});
        person.fieldWriters.insert(u"surnameLat"_s, u"dev-9"_s);
        QVERIFY(txn->putRecord(person).ok());
        StoredRecord checkIn = makeRecord(u"CheckIn"_s, u"c-1"_s, u"p-1"_s);
        QVERIFY(txn->putRecord(checkIn).ok());
        QVERIFY(txn->putReceipt(u"dev-1"_s, 5, "five").ok());
        QVERIFY(txn->putReceipt(u"dev-1"_s, 7, "seven").ok());
        QVERIFY(txn->setCaseFacts(CaseFacts{u"p-1"_s, u"750000000"_s, u"off-1"_s}).ok());
        QVERIFY(txn->setCaseLinks(u"o-1"_s, {CaseLink{u"o-1"_s, u"p-1"_s, u"order_officer"_s, u"off-1"_s, {}, u"active"_s, {}, {}},
                                             CaseLink{u"o-1"_s, u"p-1"_s, u"order_unit"_s, {}, u"org-1"_s, u"active"_s, {}, {}}}).ok());
        QVERIFY(txn->commit().ok());
    }
    const QList<QPair<QString, QString>> keys{{u"Person"_s, u"p-1"_s}, {u"CheckIn"_s, u"c-1"_s},
                                              {u"CheckIn"_s, u"c-none"_s}, {u"Person"_s, u"c-1"_s}};
    auto plain = read();
    auto ahead = write();
    QStringList buckets;
    QVERIFY(ahead->prefetchReceipts(u"dev-1"_s, {4, 5, 6, 7, 8}).ok());
    QVERIFY(ahead->prefetchRecords(keys, &buckets).ok());
    buckets.removeDuplicates();
    QCOMPARE(buckets, QStringList{u"p-1"_s});
    QVERIFY(ahead->prefetchFacts({u"p-1"_s, u"p-none"_s}).ok());
    QVERIFY(ahead->prefetchLinks({u"p-1"_s, u"p-none"_s}).ok());
    for (const auto &[entity, id] : keys)
        QCOMPARE(describe(ahead->record(entity, id).value()), describe(plain->record(entity, id).value()));
    for (qint64 seq = 4; seq <= 8; ++seq)
        QCOMPARE(ahead->receipt(u"dev-1"_s, seq).value(), plain->receipt(u"dev-1"_s, seq).value());
    for (const QString &bucket : {u"p-1"_s, u"p-none"_s}) {
        const auto facts = ahead->caseFacts(bucket).value();
        const auto plainFacts = plain->caseFacts(bucket).value();
        QCOMPARE(facts.has_value(), plainFacts.has_value());
        if (facts)
            QCOMPARE(facts->territory + facts->caseOfficerId, plainFacts->territory + plainFacts->caseOfficerId);
        QStringList a, b;
        for (const CaseLink &l : ahead->linksOfBucket(bucket).value())
            a << l.recordId + l.kind + l.userId + l.organisationId + l.status;
        for (const CaseLink &l : plain->linksOfBucket(bucket).value())
            b << l.recordId + l.kind + l.userId + l.organisationId + l.status;
        QCOMPARE(a, b);
    }
    QCOMPARE(ahead->caseFacts(u"p-1"_s).value()->caseOfficerId, u"off-1"_s);
    QCOMPARE(ahead->linksOfBucket(u"p-1"_s).value().size(), 2);
    // A write in the same transaction replaces the read-ahead: the next lookup sees it.
    QVERIFY(ahead->setCaseFacts(CaseFacts{u"p-1"_s, u"750000000"_s, u"off-2"_s}).ok());
    QCOMPARE(ahead->caseFacts(u"p-1"_s).value()->caseOfficerId, u"off-2"_s);
    QVERIFY(ahead->setCaseLinks(u"o-1"_s, {}).ok());
    QCOMPARE(ahead->linksOfBucket(u"p-1"_s).value().size(), 0);
    QVERIFY(ahead->putReceipt(u"dev-1"_s, 5, "other").ok());  // the first result stands
    QCOMPARE(ahead->receipt(u"dev-1"_s, 5).value(), std::optional<QByteArray>("five"));
    QVERIFY(ahead->putReceipt(u"dev-1"_s, 6, "six").ok());
    QCOMPARE(ahead->receipt(u"dev-1"_s, 6).value(), std::optional<QByteArray>("six"));
}

// Record, receipt and audit inserts wait and go out together (SqlTxn::flushDeferred): every read
// in the same transaction still sees them, a record written twice is stored once with its last
// state, and what is read back after the commit equals what was read inside it.
void tst_ServerStore::deferredWritesAreSeenByEveryRead()
{
    auto txn = write();
    StoredRecord first = makeRecord(u"CheckIn"_s, u"c-1"_s, u"p-1"_s, {{u"status"_s, u"planned"_s}, {u"n"_s, 1}});
    const qint64 s1 = txn->putRecord(first).value();
    StoredRecord second = makeRecord(u"CheckIn"_s, u"c-2"_s, u"p-1"_s);
    const qint64 s2 = txn->putRecord(second).value();
    StoredRecord again = first;
    again.version = 2;
    again.fields.insert(u"status"_s, u"attended"_s);
    again.fieldVersions.insert(u"status"_s, 2);
    const qint64 s3 = txn->putRecord(again).value();
    QVERIFY(s1 < s2 && s2 < s3);
    const QString inside = describe(txn->record(u"CheckIn"_s, u"c-1"_s).value());
    QVERIFY(inside.contains(u"status=QString:attended"_s));
    QVERIFY(inside.contains(u"n=qlonglong:1"_s));  // as the store gives it back: 64-bit
    QCOMPARE(idsOf(txn->recordsSince(0, {u"p-1"_s}, 0).value()), (QStringList{u"c-2"_s, u"c-1"_s}));
    QVERIFY(txn->putReceipt(u"dev-1"_s, 41, "r41").ok());
    QCOMPARE(txn->lastDeviceSeq(u"dev-1"_s).value(), 41);
    ServerAuditEvent e;
    e.id = u"ev-deferred"_s;
    e.action = u"push:applied"_s;
    QVERIFY(txn->appendAuditEvent(e).ok());
    bool seen = false;
    for (const ServerAuditEvent &a : txn->auditEvents(0, 0).value())
        seen = seen || a.id == u"ev-deferred"_s;
    QVERIFY(seen);
    StoredRecord third = makeRecord(u"CheckIn"_s, u"c-3"_s, u"p-1"_s);
    QVERIFY(txn->putRecord(third).ok());
    QVERIFY(txn->putReceipt(u"dev-1"_s, 42, "r42").ok());
    QVERIFY(txn->commit().ok());

    auto after = read();
    QCOMPARE(describe(after->record(u"CheckIn"_s, u"c-1"_s).value()), inside);
    QCOMPARE(idsOf(after->recordsSince(0, {u"p-1"_s}, 0).value()), (QStringList{u"c-2"_s, u"c-1"_s, u"c-3"_s}));
    QCOMPARE(after->countSince(0, {u"p-1"_s}).value(), 3);
    QCOMPARE(after->receipt(u"dev-1"_s, 42).value(), std::optional<QByteArray>("r42"));
    QCOMPARE(after->highWater().value(), third.seq);
}

QTEST_GUILESS_MAIN(tst_ServerStore)
#include "tst_serverstore.moc"
