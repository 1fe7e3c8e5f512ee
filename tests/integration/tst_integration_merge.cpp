// Integration: merges across devices through a real qadam-server — different fields merge, the same
// protected field makes a conflict that a person resolves, a lost reply is retried without a
// duplicate, and two servers on one PostgreSQL converge. Every test runs on both stores.
#include "harness.h"

#include "faultproxy.h"
#include "write/writeservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Integration;

namespace {

const QString kPerson = u"Person"_s;

QString text(const std::optional<Record> &r, const QString &field)
{
    return r ? r->fields.value(field).toString() : u"<missing>"_s;
}

QString text(const std::optional<Server::StoredRecord> &r, const QString &field)
{
    return r ? r->fields.value(field).toString() : u"<missing>"_s;
}

qint64 versionOf(Device &d, const QString &id)
{
    const auto r = d.record(kPerson, id);
    return r ? r->version : -1;
}

/** A and B edit the notes of `person` offline on the same base; A syncs first, so the server keeps
 *  A's text and B's edit becomes a conflict record on both devices. */
bool editSameNotes(Device &a, Device &b, const QString &person, const QString &textA, const QString &textB)
{
    const qint64 base = versionOf(a, person);
    return a.writer().update(kPerson, person, base, {{u"notes"_s, textA}}).ok()
        && b.writer().update(kPerson, person, base, {{u"notes"_s, textB}}).ok() && a.sync() && b.sync() && a.sync();
}

} // namespace

class tst_IntegrationMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void differentFieldsMerge();
    void sameProtectedFieldConflicts();
    void keepingTheServerValueClosesTheConflict();
    void lostReplyIsRetriedWithoutDuplicate();
    void lostTokenReplyDoesNotLockTheDeviceOut();
    void twoServersOnOneDatabaseConverge();
};

void tst_IntegrationMerge::initTestCase_data()
{
    QTest::addColumn<QString>("store");
    for (const QString &row : storeRowsToRun())
        QTest::newRow(qPrintable(row)) << row;
}

void tst_IntegrationMerge::differentFieldsMerge()
{
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    auto a = s.device(s.seed().officerId, u"a"_s);
    auto b = s.device(s.seed().officerId, u"b"_s);
    QVERIFY(a && b);
    const QString person = s.seed().people.at(5);
    const qint64 base = versionOf(*a, person);
    QVERIFY(base > 0);
    QCOMPARE(versionOf(*b, person), base);

    // Both edit offline, on the same base, different fields.
    QVERIFY(a->writer().update(kPerson, person, base, {{u"residenceAddress"_s, u"ул. Абая 12, кв. 3"_s}}).ok());
    QVERIFY(b->writer().update(kPerson, person, base, {{u"notes"_s, u"Келді, құжаттарын әкелді"_s}}).ok());
    QVERIFY(a->sync());
    QVERIFY(b->sync());
    QVERIFY(a->sync());

    for (Device *d : {a.get(), b.get()}) {
        QCOMPARE(text(d->record(kPerson, person), u"residenceAddress"_s), u"ул. Абая 12, кв. 3"_s);
        QCOMPARE(text(d->record(kPerson, person), u"notes"_s), u"Келді, құжаттарын әкелді"_s);
        QVERIFY(d->conflicts().isEmpty());
        QCOMPARE(d->outboxCount(u"pending"_s) + d->outboxCount(u"sent"_s) + d->outboxCount(u"rejected"_s), 0);
    }
    const auto server = s.serverRecord(kPerson, person);
    QCOMPARE(text(server, u"residenceAddress"_s), u"ул. Абая 12, кв. 3"_s);
    QCOMPARE(text(server, u"notes"_s), u"Келді, құжаттарын әкелді"_s);
    QCOMPARE(versionOf(*a, person), server->version);
    QCOMPARE(versionOf(*b, person), server->version);
    QCOMPARE(a->snapshot(), b->snapshot());
}

void tst_IntegrationMerge::sameProtectedFieldConflicts()
{
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    auto a = s.device(s.seed().officerId, u"a"_s);
    auto b = s.device(s.seed().officerId, u"b"_s);
    QVERIFY(a && b);
    const QString person = s.seed().people.at(6);
    const QString textA = u"Сессияда тұрақты, жұмыс іздеп жүр (A)"_s;
    const QString textB = u"На приёме нервничал, просил перенести (B)"_s;
    QVERIFY(editSameNotes(*a, *b, person, textA, textB));

    // The server kept the first value; the second is kept in a conflict record on both devices.
    QCOMPARE(text(s.serverRecord(kPerson, person), u"notes"_s), textA);
    for (Device *d : {a.get(), b.get()}) {
        QCOMPARE(text(d->record(kPerson, person), u"notes"_s), textA);
        const QList<RemoteConflict> conflicts = d->conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.constFirst().recordId, person);
        QCOMPARE(conflicts.constFirst().field, u"notes"_s);
        QCOMPARE(conflicts.constFirst().serverValue.toString(), textA);
        QCOMPARE(conflicts.constFirst().deviceValue.toString(), textB);
    }

    // A person on device B resolves it, choosing B's text: the choice syncs like any edit.
    const QString conflictId = b->conflicts().constFirst().id;
    QCOMPARE(a->conflicts().constFirst().id, conflictId);
    const Status resolved = b->resolveConflict(conflictId, textB);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().detail));
    QVERIFY(b->sync());
    {
        auto opened = s.store().open();
        QVERIFY(opened.ok());
        auto txn = opened.value()->begin(false);
        QVERIFY(txn.ok());
        const auto row = txn.value()->conflict(conflictId);
        QVERIFY(row.ok() && row.value().has_value());
        QVERIFY2(row.value()->resolved, "the server marked the conflict resolved");
    }
    QVERIFY(a->sync());
    QCOMPARE(text(s.serverRecord(kPerson, person), u"notes"_s), textB);
    for (Device *d : {a.get(), b.get()}) {
        QCOMPARE(text(d->record(kPerson, person), u"notes"_s), textB);
        QVERIFY(d->conflicts().isEmpty());
    }
    QCOMPARE(a->snapshot(), b->snapshot());
}

void tst_IntegrationMerge::keepingTheServerValueClosesTheConflict()
{
    // The usual choice: keep the value the server kept, which the device already shows after its
    // pull. Nothing changes locally, yet the choice must reach the server and close the conflict
    // there and on every device (issue 5: it used to write no op, leaving the conflict open).
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    auto a = s.device(s.seed().officerId, u"a"_s);
    auto b = s.device(s.seed().officerId, u"b"_s);
    QVERIFY(a && b);
    const QString person = s.seed().people.at(8);
    const QString textA = u"Жұмысқа орналасты (A)"_s;
    const QString textB = u"Сменил адрес, сообщит позже (B)"_s;
    QVERIFY(editSameNotes(*a, *b, person, textA, textB));
    QCOMPARE(text(b->record(kPerson, person), u"notes"_s), textA);
    QCOMPARE(b->conflicts().size(), 1);
    const QString conflictId = b->conflicts().constFirst().id;
    const qint64 serverVersion = s.serverRecord(kPerson, person)->version;

    const Status resolved = b->resolveConflict(conflictId, textA);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().detail));
    QCOMPARE(b->outboxCount(u"pending"_s), 1);
    QVERIFY(b->sync());
    {
        auto opened = s.store().open();
        QVERIFY(opened.ok());
        auto txn = opened.value()->begin(false);
        QVERIFY(txn.ok());
        const auto row = txn.value()->conflict(conflictId);
        QVERIFY(row.ok() && row.value().has_value());
        QVERIFY2(row.value()->resolved, "the server marked the conflict resolved");
    }
    QVERIFY(a->sync());
    QCOMPARE(text(s.serverRecord(kPerson, person), u"notes"_s), textA);
    QCOMPARE(s.serverRecord(kPerson, person)->version, serverVersion);  // the kept value is no new version
    for (Device *d : {a.get(), b.get()}) {
        QCOMPARE(text(d->record(kPerson, person), u"notes"_s), textA);
        QVERIFY(d->conflicts().isEmpty());
        QCOMPARE(d->outboxCount(u"pending"_s) + d->outboxCount(u"sent"_s) + d->outboxCount(u"rejected"_s), 0);
    }
    QCOMPARE(a->snapshot(), b->snapshot());
}

void tst_IntegrationMerge::lostReplyIsRetriedWithoutDuplicate()
{
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    auto a = s.device(s.seed().officerId, u"a"_s);
    QVERIFY(a);
    Test::FaultProxy proxy(s.server().port());
    QVERIFY(proxy.start());
    QVERIFY(a->switchServer(u"http://127.0.0.1:%1"_s.arg(proxy.port())));

    const QString person = s.seed().people.at(7);
    const qint64 base = versionOf(*a, person);
    QVERIFY(a->writer().update(kPerson, person, base, {{u"residenceAddress"_s, u"мкр. Самал-2, 58"_s}}).ok());
    auto created = a->writer().create(u"Document"_s, {{u"personId"_s, person}, {u"kind"_s, u"other"_s},
                                                     {u"title"_s, u"Справка"_s}});
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail));
    const ServerFacts before = s.facts();

    proxy.push({Test::FaultProxy::Fault::DropReply});
    QVERIFY(a->sync());
    QVERIFY2(proxy.faulted() == 1 && proxy.connections() >= 2, "the first reply was dropped and the op retried");

    // Applied exactly once: one new version of the person, one document, two receipts.
    const auto server = s.serverRecord(kPerson, person);
    QCOMPARE(server->version, base + 1);
    QCOMPARE(text(server, u"residenceAddress"_s), u"мкр. Самал-2, 58"_s);
    QVERIFY(s.serverRecord(u"Document"_s, created.value()).has_value());
    auto opened = s.store().open();
    QVERIFY(opened.ok());
    const QString deviceId = a->credentials().deviceId;
    auto receipts = receiptCount(*opened.value(), deviceId, 50);
    QVERIFY(receipts.ok());
    QCOMPARE(receipts.value(), 2);
    QCOMPARE(s.facts().highWater, before.highWater + 2);
    QCOMPARE(a->outboxCount(u"pending"_s) + a->outboxCount(u"sent"_s) + a->outboxCount(u"rejected"_s), 0);
    QCOMPARE(versionOf(*a, person), base + 1);
}

void tst_IntegrationMerge::lostTokenReplyDoesNotLockTheDeviceOut()
{
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    auto a = s.device(s.seed().officerId, u"a"_s);
    QVERIFY(a);
    Test::FaultProxy proxy(s.server().port());
    QVERIFY(proxy.start());
    QVERIFY(a->switchServer(u"http://127.0.0.1:%1"_s.arg(proxy.port())));
    a->stopEngine();  // forgets the access token: the next sync starts with /v1/token

    // The server rotates the refresh token, but its reply never arrives: the retry must not count
    // as reuse of a spent token (that would revoke the chain and force a re-enrolment).
    proxy.push({Test::FaultProxy::Fault::DropReply});
    const bool synced = a->sync(20'000);
    QCOMPARE(proxy.faulted(), 1);
    QVERIFY2(synced, qPrintable(u"state %1 %2"_s.arg(int(a->state())).arg(a->stateReason())));
}

void tst_IntegrationMerge::twoServersOnOneDatabaseConverge()
{
    QFETCH_GLOBAL(QString, store);
    if (storeKindOf(store) != StoreKind::Postgres)
        QSKIP("stateless scale-out is a PostgreSQL feature: one embedded file has one server");
    Scenario s;
    QVERIFY(s.start(store));
    ServerProcess second(s.store(), s.path(u"second"_s));
    QDir().mkpath(s.path(u"second"_s));
    QVERIFY(second.start());
    const QStringList urls{s.server().url(), second.url()};

    std::vector<std::unique_ptr<Device>> devices;
    for (int i = 0; i < 3; ++i) {
        devices.push_back(s.device(s.seed().officerId, u"d%1"_s.arg(i)));
        QVERIFY(devices.back());
    }
    const QStringList people = s.seed().people.mid(10, 6);
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < int(devices.size()); ++i) {
            Device &d = *devices[size_t(i)];
            QVERIFY(d.switchServer(urls.at((round + i) % 2)));
            const QString person = people.at((round * 3 + i) % people.size());
            const QString field = i == 0 ? u"residenceAddress"_s : i == 1 ? u"notes"_s : u"preferredLanguage"_s;
            const QString value = i == 2 ? (round % 2 ? u"kk"_s : u"ru"_s) : u"r%1 d%2"_s.arg(round).arg(i);
            QVERIFY(d.writer().update(kPerson, person, versionOf(d, person), {{field, value}}).ok());
            QVERIFY(d.sync());
        }
    }
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < int(devices.size()); ++i) {
            QVERIFY(devices[size_t(i)]->switchServer(urls.at(i % 2)));
            QVERIFY(devices[size_t(i)]->sync());
        }
    const auto reference = devices[0]->snapshot();
    QVERIFY(!reference.isEmpty());
    for (size_t i = 1; i < devices.size(); ++i)
        QCOMPARE(devices[i]->snapshot(), reference);
    for (const QString &person : people) {
        const auto server = s.serverRecord(kPerson, person);
        QCOMPARE(versionOf(*devices[0], person), server->version);
    }
    for (auto &d : devices)
        QVERIFY(d->conflicts().isEmpty());
}

QTEST_GUILESS_MAIN(tst_IntegrationMerge)
#include "tst_integration_merge.moc"
