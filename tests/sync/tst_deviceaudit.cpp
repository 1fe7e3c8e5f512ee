// R30 on the server: a device's own audit events (offline reads, exports, unlocks) are appended to
// the server's chain once per (device, seq) as "device:<action>" of the device's user; a request
// with an event the server cannot take is refused whole and writes nothing; a device that thinks
// the server holds more than it does (a restored server) is told to send again. And the client's
// side: what it picks from its chain (no writes: their ops carry them) and how its mark moves.
// Last, the other thing a device reports for the server's chain: that it carried out a wipe (R10).
#include "audit/auditlog.h"
#include "auditupload.h"
#include "replica/syncstate.h"
#include "servicefixture.h"
#include "testsupport.h"

#include <QTest>

using namespace Qadam;
using namespace Qadam::Test;
using namespace Qt::StringLiterals;

class tst_DeviceAudit : public QObject
{
    Q_OBJECT

private:
    /** Appends a device audit event with a fresh id. */
    static pb::DeviceAuditEvent *addEvent(pb::SyncRequest &req, quint64 seq, const QString &action,
                                          const QString &personId = {})
    {
        pb::DeviceAuditEvent *e = req.add_audit();
        e->set_seq(seq);
        e->set_id(Wire::uuidToBytes(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        e->set_at(1'700'000'000'000 + qint64(seq));
        e->set_action(action.toStdString());
        if (!personId.isEmpty()) {
            e->set_entity("Person");
            e->set_record_id(Wire::uuidToBytes(personId));
            e->set_person_id(Wire::uuidToBytes(personId));
        }
        return e;
    }

    /** The server's events of `deviceId` whose action starts with "device:". */
    static QList<Server::ServerAuditEvent> deviceEvents(ServiceFixture &f, const QString &deviceId)
    {
        QList<Server::ServerAuditEvent> out;
        auto txn = f.store->begin(false);
        if (!txn.ok())
            return out;
        auto all = txn.value()->auditEvents(0, 100'000);
        if (!all.ok())
            return out;
        for (const Server::ServerAuditEvent &e : all.value())
            if (e.deviceId == deviceId && e.action.startsWith(u"device:"))
                out << e;
        return out;
    }

    static qint64 auditCount(ServiceFixture &f)
    {
        auto txn = f.store->begin(false);
        auto all = txn.ok() ? txn.value()->auditEvents(0, 100'000) : Result<QList<Server::ServerAuditEvent>>(Error::make(Error::Storage));
        return all.ok() ? all.value().size() : -1;
    }

    static qint64 deviceAuditSeq(ServiceFixture &f, const QString &deviceId)
    {
        auto txn = f.store->begin(false);
        auto d = txn.ok() ? txn.value()->device(deviceId) : Result<std::optional<Server::DeviceRow>>(Error::make(Error::Storage));
        return d.ok() && d.value() ? d.value()->auditSeq : -1;
    }

    /** Appends one event to a device chain, as the product's services do. */
    static qint64 appendDeviceEvent(Database &db, const QString &action)
    {
        Transaction tx(db);
        if (!tx.began())
            return -1;
        AuditEvent e;
        e.id = newUuidV7(1'700'000'000'000);
        e.at = 1'700'000'000'000;
        e.actorId = newUuidV7(1);
        e.actorRole = u"counsellor"_s;
        e.action = action;
        e.entity = u"Person"_s;
        e.recordId = e.personId = u"018f0000-0000-7000-8000-000000000001"_s;
        if (!AuditLog::append(db, e).ok() || !tx.commit().ok())
            return -1;
        return e.seq;
    }

    static QStringList actionsOf(const Sync::AuditUpload::Batch &b)
    {
        QStringList out;
        for (const pb::DeviceAuditEvent &e : b.events)
            out << u"%1:%2"_s.arg(e.seq()).arg(QString::fromStdString(e.action()));
        return out;
    }

private Q_SLOTS:
    void clientSendsWhatNoOpCarries()
    {
        QTemporaryDir dir;
        auto db = openMigrated(dir.filePath(u"device.db"_s));
        QVERIFY(db);
        SyncState state(*db);
        for (const QString &action : {u"read"_s, u"create"_s, u"update"_s, u"export"_s, u"command:approve"_s,
                                      u"amend"_s, u"resolve_conflict"_s, u"unlock_failed"_s})
            QVERIFY(appendDeviceEvent(*db, action) > 0);
        auto b = Sync::AuditUpload::next(*db, state, 500);
        QVERIFY(b.ok());
        QCOMPARE(actionsOf(b.value()), (QStringList{u"1:read"_s, u"4:export"_s, u"8:unlock_failed"_s}));
        QCOMPARE(b.value().after, 0);
        QCOMPARE(b.value().scannedThrough, 8);
        QVERIFY(!b.value().more);
        QVERIFY(Wire::deviceAuditFault(b.value().events.front()).isEmpty());

        // A reply that does not say the events are stored (a server without R30) moves nothing.
        QVERIFY(Sync::AuditUpload::settle(state, b.value(), 0).ok());
        QCOMPARE(state.auditUploadedThrough().value(), 0);
        QVERIFY(Sync::AuditUpload::settle(state, b.value(), 8).ok());
        QCOMPARE(state.auditUploadedThrough().value(), 8);
        b = Sync::AuditUpload::next(*db, state, 500);
        QVERIFY(b.ok() && b.value().events.empty());

        // Writes only: nothing to send, and the mark moves past them so they are not read again.
        QVERIFY(appendDeviceEvent(*db, u"update"_s) > 0);
        b = Sync::AuditUpload::next(*db, state, 500);
        QVERIFY(b.ok() && b.value().events.empty());
        QVERIFY(Sync::AuditUpload::settle(state, b.value(), 0).ok());
        QCOMPARE(state.auditUploadedThrough().value(), 9);

        // More than one request's worth: the batch stops at its limit and says more waits.
        for (int i = 0; i < 3; ++i)
            QVERIFY(appendDeviceEvent(*db, u"read"_s) > 0);
        b = Sync::AuditUpload::next(*db, state, 2);
        QVERIFY(b.ok());
        QCOMPARE(actionsOf(b.value()), (QStringList{u"10:read"_s, u"11:read"_s}));
        QVERIFY(b.value().more);
        QCOMPARE(b.value().scannedThrough, 11);
        QVERIFY(Sync::AuditUpload::settle(state, b.value(), 11).ok());
        QCOMPARE(state.auditUploadedThrough().value(), 11);

        // A restored server holds the chain up to 4 only: the mark goes back and 8.. go again.
        b = Sync::AuditUpload::next(*db, state, 500);
        QVERIFY(b.ok());
        QCOMPARE(b.value().after, 11);
        QVERIFY(Sync::AuditUpload::settle(state, b.value(), 4).ok());
        QCOMPARE(state.auditUploadedThrough().value(), 4);
        b = Sync::AuditUpload::next(*db, state, 500);
        QVERIFY(b.ok());
        QCOMPARE(actionsOf(b.value()), (QStringList{u"8:unlock_failed"_s, u"10:read"_s, u"11:read"_s, u"12:read"_s}));
    }

    void readsAreAppendedOnce_data() { addStoreRows(); }
    void readsAreAppendedOnce()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->counsellor);
        pb::SyncRequest req = ServiceFixture::request(false);
        const pb::DeviceAuditEvent read1 = *addEvent(req, 3, u"read"_s, f->personOwn);
        addEvent(req, 4, u"read"_s, f->personOwn);
        addEvent(req, 9, u"unlock_failed"_s);
        pb::SyncResponse response;
        QCOMPARE(f->send(d, req, &response).status, 200);
        QCOMPARE(response.audit_through(), 9u);

        QList<Server::ServerAuditEvent> stored = deviceEvents(*f, d.id);
        QCOMPARE(stored.size(), 3);
        const Server::ServerAuditEvent &first = stored.constFirst();
        QCOMPARE(first.action, u"device:read"_s);
        QCOMPARE(first.id, Wire::uuidFromBytes(read1.id()));  // the device's id for it: both chains match
        QCOMPARE(first.at, read1.at());
        QCOMPARE(first.actorId, f->counsellor);  // the device's user, as the server knows it
        QCOMPARE(first.entity, u"Person"_s);
        QCOMPARE(first.recordId, f->personOwn);
        QCOMPARE(first.bucket, f->personOwn);
        QCOMPARE(stored.at(2).action, u"device:unlock_failed"_s);
        QVERIFY(stored.at(2).recordId.isEmpty());

        // The reply was lost: the same events again, plus a newer one. Only the newer one is added.
        req.set_audit_after(0);
        addEvent(req, 12, u"export"_s, f->personOwn);
        QCOMPARE(f->send(d, req, &response).status, 200);
        QCOMPARE(response.audit_through(), 12u);
        stored = deviceEvents(*f, d.id);
        QCOMPARE(stored.size(), 4);
        QCOMPARE(stored.constLast().action, u"device:export"_s);
        QCOMPARE(deviceAuditSeq(*f, d.id), 12);
        QVERIFY(f->service->verifyAudit().ok());
    }

    void restoredServerAsksAgain_data() { addStoreRows(); }
    void restoredServerAsksAgain()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->supervisor);
        pb::SyncRequest req = ServiceFixture::request(false);
        addEvent(req, 2, u"read"_s, f->personOwn);
        QCOMPARE(f->send(d, req).status, 200);

        // The device believes events up to 40 are stored; this server holds up to 2 only.
        pb::SyncRequest ahead = ServiceFixture::request(false);
        ahead.set_audit_after(40);
        addEvent(ahead, 41, u"read"_s, f->personOwn);
        pb::SyncResponse response;
        const qint64 before = auditCount(*f);
        QCOMPARE(f->send(d, ahead, &response).status, 200);
        QCOMPARE(response.audit_through(), 2u);
        QCOMPARE(auditCount(*f), before);
        QCOMPARE(deviceAuditSeq(*f, d.id), 2);
    }

    void badEventRefusesRequest_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        addRowPerStore("write action", u"write"_s, 400, u"audit.action"_s);
        addRowPerStore("command action", u"command"_s, 400, u"audit.action"_s);
        addRowPerStore("action with spaces", u"spaces"_s, 400, u"audit.action"_s);
        addRowPerStore("empty action", u"empty"_s, 400, u"audit.action"_s);
        addRowPerStore("id not a uuid", u"id"_s, 400, u"audit.id"_s);
        addRowPerStore("no time", u"at"_s, 400, u"audit.at"_s);
        addRowPerStore("record id not a uuid", u"record"_s, 400, u"audit.record_id"_s);
        addRowPerStore("entity with a quote", u"entity"_s, 400, u"audit.entity"_s);
        addRowPerStore("seq not increasing", u"order"_s, 400, u"audit.seq"_s);
        addRowPerStore("seq not after the mark", u"mark"_s, 400, u"audit.seq"_s);
        addRowPerStore("too many events", u"many"_s, 413, u"audit"_s);
    }
    void badEventRefusesRequest()
    {
        QFETCH(QString, how);
        QFETCH(int, status);
        QFETCH(QString, field);
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->counsellor);
        pb::SyncRequest req = ServiceFixture::request(false);
        f->addOp(req, d, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, 1, {{u"notes"_s, u"x"_s}});
        addEvent(req, 1, u"read"_s, f->personOwn);
        pb::DeviceAuditEvent *bad = addEvent(req, 2, u"read"_s, f->personOwn);
        if (how == u"write")
            bad->set_action("update");
        else if (how == u"command")
            bad->set_action("command:approve");
        else if (how == u"spaces")
            bad->set_action("read everything");
        else if (how == u"empty")
            bad->set_action("");
        else if (how == u"id")
            bad->set_id("short");
        else if (how == u"at")
            bad->set_at(0);
        else if (how == u"record")
            bad->set_record_id("0123456789");
        else if (how == u"entity")
            bad->set_entity("Person'--");
        else if (how == u"order")
            bad->set_seq(1);
        else if (how == u"mark")
            req.set_audit_after(2);
        else if (how == u"many")
            for (quint64 seq = 3; seq <= 2001; ++seq)
                addEvent(req, seq, u"read"_s);
        const QByteArray person = f->recordBytes(u"Person"_s, f->personOwn);
        const qint64 events = auditCount(*f);
        const qint64 high = f->highWater();

        const Server::ServiceReply reply = f->send(d, req);
        QCOMPARE(reply.status, status);
        pb::ErrorReply e;
        QVERIFY(Wire::parse(reply.body, e));
        QCOMPARE(QString::fromStdString(e.field()), field);
        // Nothing of the request was written: not the op, not the good event before the bad one.
        QCOMPARE(auditCount(*f), events);
        QCOMPARE(deviceAuditSeq(*f, d.id), 0);
        QCOMPARE(f->highWater(), high);
        QCOMPARE(f->recordBytes(u"Person"_s, f->personOwn), person);
    }

    // R10: the wipe command carries a receipt; the wiped device sends it back without a token.
    // A wrong receipt, another device's or none is refused and writes nothing; the right one is
    // recorded once, however often it comes.
    void wipeIsConfirmedWithItsReceipt_data() { addStoreRows(); }
    void wipeIsConfirmedWithItsReceipt()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        TestDevice other = f->enroll(f->officerB);
        QVERIFY(f->service->revokeDevice(d.id).ok());
        pb::SyncResponse r;
        QCOMPARE(f->send(d, ServiceFixture::request(), &r).status, 200);
        QCOMPARE(r.commands_size(), 1);
        const std::string receipt = r.commands(0).wipe().receipt();
        QCOMPARE(receipt.size(), size_t(32));
        const auto confirm = [&](const QString &deviceId, const std::string &sent) {
            pb::WipeConfirmation c;
            c.set_device_id(Wire::uuidToBytes(deviceId));
            c.set_receipt(sent);
            return f->service->wiped(Wire::serialise(c));
        };
        const auto confirmedAt = [&](const QString &deviceId) {
            auto txn = f->store->begin(false);
            auto row = txn.ok() ? txn.value()->device(deviceId) : Result<std::optional<Server::DeviceRow>>(Error::make(Error::Storage));
            return row.ok() && row.value() ? row.value()->wipeConfirmedAt : qint64(-1);
        };
        const auto confirmations = [&]() {
            auto txn = f->store->begin(false);
            auto events = txn.ok() ? txn.value()->auditEvents(0, 100'000) : Result<QList<Server::ServerAuditEvent>>(Error::make(Error::Storage));
            int n = 0;
            for (const Server::ServerAuditEvent &e : events.ok() ? events.value() : QList<Server::ServerAuditEvent>())
                n += e.action == u"wipe_confirmed"_s;
            return n;
        };
        std::string wrong = receipt;
        wrong[0] = char(wrong[0] ^ 1);
        QCOMPARE(confirm(d.id, wrong).status, 403);
        QCOMPARE(confirm(other.id, receipt).status, 403);  // a device never told to wipe
        QCOMPARE(confirm(d.id, receipt.substr(0, 16)).status, 400);
        QCOMPARE(f->service->wiped("\xff\xff not a message").status, 400);
        QCOMPARE(confirmedAt(d.id), 0);
        QCOMPARE(confirmations(), 0);

        QCOMPARE(confirm(d.id, receipt).status, 200);
        const qint64 at = confirmedAt(d.id);
        QVERIFY(at > 0);
        QCOMPARE(confirm(d.id, receipt).status, 200);
        QCOMPARE(confirmedAt(d.id), at);
        QCOMPARE(confirmations(), 1);
        QCOMPARE(confirmedAt(other.id), 0);
        QVERIFY(f->service->verifyAudit().ok());
    }
};

QTEST_GUILESS_MAIN(tst_DeviceAudit)
#include "tst_deviceaudit.moc"
