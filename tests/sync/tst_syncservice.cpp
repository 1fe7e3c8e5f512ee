// SyncService against a real server store: enrolment and tokens, request checks, the push path
// (validation, access control, field-level merge, conflicts, idempotent receipts) and commands.
#include "serveraudit.h"
#include "servicefixture.h"

#include <QCryptographicHash>
#include <QTest>
#include <QtEndian>

using namespace Qadam;
using namespace Qadam::Test;
using namespace Qt::StringLiterals;

class tst_SyncService : public QObject
{
    Q_OBJECT

private:
    static pb::OpResult only(const pb::SyncResponse &r) { return r.results_size() == 1 ? r.results(0) : pb::OpResult(); }

private Q_SLOTS:
    void enrollTokenSync_data() { addStoreRows(); }
    void enrollTokenSync()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        QVERIFY(!d.id.isEmpty());
        QVERIFY(!d.access.isEmpty() && !d.refresh.isEmpty());
        pb::SyncResponse r;
        QCOMPARE(f->send(d, ServiceFixture::request(), &r).status, 200);
        bool sawOwn = false;
        for (const pb::Change &c : r.changes())
            sawOwn = sawOwn || Wire::uuidFromBytes(c.record_id()) == f->personOwn;
        QVERIFY(sawOwn);

        pb::TokenRequest t;
        t.set_refresh_token(d.refresh.toStdString());
        t.set_device_id(Wire::uuidToBytes(d.id));
        const Server::ServiceReply refreshed = f->service->token(Wire::serialise(t));
        QCOMPARE(refreshed.status, 200);
        pb::TokenReply tokens;
        QVERIFY(Wire::parse(refreshed.body, tokens));
        QVERIFY(tokens.access_expires_at() <= f->clock.nowMs() + 15 * 60 * 1000);
        d.access = QByteArray::fromStdString(tokens.access_token());
        QCOMPARE(f->send(d, ServiceFixture::request()).status, 200);

        f->clock.advance(16 * 60 * 1000); // the access token expired
        QCOMPARE(f->send(d, ServiceFixture::request()).status, 401);
        QVERIFY(f->service->verifyAudit().ok());
    }

    void enrollRefused_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("how");
        for (const QString &store : storeKinds()) {
            for (const QString &how : {u"reused"_s, u"expired"_s, u"unknown"_s, u"revokedUser"_s})
                QTest::newRow(qPrintable(store + u' ' + how)) << store << how;
        }
    }
    void enrollRefused()
    {
        QFETCH(QString, how);
        auto f = seededFixture();
        QVERIFY(f);
        auto code = f->service->issueEnrolmentCode(f->officerB);
        QVERIFY(code.ok());
        pb::EnrollRequest req;
        req.set_code(code.value().toStdString());
        req.set_client_version("1.0.0");
        if (how == u"reused")
            QCOMPARE(f->service->enroll(Wire::serialise(req)).status, 200);
        else if (how == u"expired")
            f->clock.advance(25LL * 3600 * 1000);
        else if (how == u"unknown")
            req.set_code("AAAA-BBBB-CCCC");
        else
            QVERIFY(f->service->revokeUser(f->officerB).ok());
        auto txn = f->store->begin(false);
        QVERIFY(txn.ok());
        const qsizetype before = txn.value()->devicesOfUser(f->officerB).value().size();
        txn.value().reset();
        const Server::ServiceReply reply = f->service->enroll(Wire::serialise(req));
        QCOMPARE(reply.status, 401);
        pb::ErrorReply e;
        QVERIFY(Wire::parse(reply.body, e));
        QCOMPARE(e.code(), "unauthorized");
        auto after = f->store->begin(false);
        QCOMPARE(after.value()->devicesOfUser(f->officerB).value().size(), before);
    }

    void refreshReuseRevokesChain_data() { addStoreRows(); }
    void refreshReuseRevokesChain()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        pb::TokenRequest t;
        t.set_refresh_token(d.refresh.toStdString());
        t.set_device_id(Wire::uuidToBytes(d.id));
        const Server::ServiceReply first = f->service->token(Wire::serialise(t));
        QCOMPARE(first.status, 200);
        pb::TokenReply rotated;
        QVERIFY(Wire::parse(first.body, rotated));
        QVERIFY(rotated.refresh_token() != t.refresh_token());

        pb::TokenRequest wrongDevice = t;
        wrongDevice.set_refresh_token(rotated.refresh_token());
        wrongDevice.set_device_id(Wire::uuidToBytes(newUuidV7(f->clock.nowMs())));
        QCOMPARE(f->service->token(Wire::serialise(wrongDevice)).status, 401);

        f->clock.advance(3 * 60 * 1000); // past the grace for a retry after a lost reply
        QCOMPARE(f->service->token(Wire::serialise(t)).status, 401); // the old one again: theft
        pb::TokenRequest next = t;
        next.set_refresh_token(rotated.refresh_token());
        QCOMPARE(f->service->token(Wire::serialise(next)).status, 401); // the whole chain is gone
    }

    void refreshRetryGrace_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("status");
        const QStringList stores = storeKinds();
        for (const QString &store : stores) {
            const auto row = [&](const QString &how, int status) {
                QTest::newRow(qPrintable(store + u' ' + how)) << store << how << status;
            };
            row(u"retry within the grace"_s, 200);
            row(u"reuse after the successor was used"_s, 401);
            row(u"reuse after the grace"_s, 401);
            row(u"retry from another device"_s, 401);
        }
    }
    /** A lost /v1/token reply: the device retries with the refresh token it still holds. Only that
     *  retry, and only once, rotates again; everything else is reuse and ends the chain (R21). */
    void refreshRetryGrace()
    {
        QFETCH(QString, how);
        QFETCH(int, status);
        auto f = seededFixture();
        QVERIFY(f);
        const TestDevice d = f->enroll(f->officerA);
        const auto refresh = [&](const std::string &token, pb::TokenReply *out = nullptr, const QString &device = {}) {
            pb::TokenRequest t;
            t.set_refresh_token(token);
            t.set_device_id(Wire::uuidToBytes(device.isEmpty() ? d.id : device));
            const Server::ServiceReply reply = f->service->token(Wire::serialise(t));
            if (out && reply.status == 200 && !Wire::parse(reply.body, *out))
                return 0;
            return reply.status;
        };
        const std::string old = d.refresh.toStdString();
        f->clock.advance(60 * 1000);
        pb::TokenReply lost; // the reply that never arrived
        QCOMPARE(refresh(old, &lost), 200);
        f->clock.advance(30 * 1000);
        if (how == u"reuse after the successor was used")
            QCOMPARE(refresh(lost.refresh_token()), 200);
        else if (how == u"reuse after the grace")
            f->clock.advance(2 * 60 * 1000);

        pb::TokenReply retried;
        if (how == u"retry from another device")
            QCOMPARE(refresh(old, &retried, newUuidV7(f->clock.nowMs())), 401);
        else
            QCOMPARE(refresh(old, &retried), status);
        if (how == u"retry from another device") {
            QCOMPARE(refresh(lost.refresh_token()), 200); // not bound to that device: nothing changed
            return;
        }
        if (status != 200) {
            QCOMPARE(refresh(lost.refresh_token()), 401); // the whole chain is gone (or was used up)
            return;
        }
        QVERIFY(retried.refresh_token() != lost.refresh_token());
        TestDevice again = d;
        again.access = QByteArray::fromStdString(retried.access_token());
        QCOMPARE(f->send(again, ServiceFixture::request()).status, 200);
        // The retry's reply may be lost too (a flapping link, an app killed mid-refresh): the same
        // token rotates again within the grace, retiring the successor it replaces ...
        pb::TokenReply retriedAgain;
        QCOMPARE(refresh(old, &retriedAgain), 200);
        QVERIFY(retriedAgain.refresh_token() != retried.refresh_token());
        // ... so if that successor shows up after all, it is reuse and the chain ends (R21).
        QCOMPARE(refresh(retried.refresh_token()), 401);
        QCOMPARE(refresh(retriedAgain.refresh_token()), 401);
        QCOMPARE(refresh(old), 401);
    }

    void refreshRetiredSuccessorRevokesChain_data() { addStoreRows(); }
    /** A retry retires the successor it replaces; if that successor shows up after all, someone else
     *  retried with a copy of the old token: the chain ends. */
    void refreshRetiredSuccessorRevokesChain()
    {
        auto f = seededFixture();
        QVERIFY(f);
        const TestDevice d = f->enroll(f->officerA);
        const auto refresh = [&](const std::string &token, pb::TokenReply *out = nullptr) {
            pb::TokenRequest t;
            t.set_refresh_token(token);
            t.set_device_id(Wire::uuidToBytes(d.id));
            const Server::ServiceReply reply = f->service->token(Wire::serialise(t));
            if (out && reply.status == 200 && !Wire::parse(reply.body, *out))
                return 0;
            return reply.status;
        };
        const std::string old = d.refresh.toStdString();
        pb::TokenReply first, retried;
        QCOMPARE(refresh(old, &first), 200);
        f->clock.advance(10 * 1000);
        QCOMPARE(refresh(old, &retried), 200);
        QCOMPARE(refresh(first.refresh_token()), 401); // the retired successor: reuse
        QCOMPARE(refresh(retried.refresh_token()), 401); // so the newest pair is gone too
        TestDevice again = d;
        again.access = QByteArray::fromStdString(retried.access_token());
        QCOMPARE(f->send(again, ServiceFixture::request()).status, 401); // its access token ends with the chain
    }

    void requestRefused_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        addRowPerStore("malformed body", u"malformed"_s, 400, u"malformed"_s);
        addRowPerStore("protocol 2", u"protocol"_s, 400, u"malformed"_s);
        addRowPerStore("old client", u"old"_s, 426, u"upgrade_required"_s);
        addRowPerStore("too many ops", u"many"_s, 413, u"too_large"_s);
        addRowPerStore("seq not increasing", u"order"_s, 400, u"malformed"_s);
        addRowPerStore("no token", u"token"_s, 401, u"unauthorized"_s);
        addRowPerStore("bad cursor", u"cursor"_s, 400, u"malformed"_s);
        addRowPerStore("hlc whole and as an offset", u"hlc twice"_s, 400, u"malformed"_s);
        addRowPerStore("occurred_at whole and as a difference", u"occurred twice"_s, 400, u"malformed"_s);
        addRowPerStore("an id value of 15 bytes", u"short uuid"_s, 400, u"malformed"_s);
        // A newer client's kind of value, read here as no value, would clear the field it names.
        addRowPerStore("a value of a kind this server does not know", u"unknown kind"_s, 400, u"malformed"_s);
    }
    void requestRefused()
    {
        QFETCH(QString, how);
        QFETCH(int, status);
        QFETCH(QString, code);
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        pb::SyncRequest req = ServiceFixture::request();
        const QString fresh = newUuidV7(f->clock.nowMs());
        const QVariantMap person{{u"surnameLat"_s, u"Newperson"_s}, {u"givenNameLat"_s, u"Asel"_s},
                                 {u"caseStatus"_s, u"active"_s}, {u"caseOfficerId"_s, f->officerA}};
        f->addOp(req, d, pb::OP_KIND_CREATE, u"Person"_s, fresh, 0, person);
        f->addOp(req, d, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, 1, {{u"notes"_s, u"x"_s}});
        QByteArray body = Wire::serialise(req);
        QByteArray token = d.access;
        if (how == u"malformed")
            body = QByteArray("\xff\xff\xff\x0f garbage", 13);
        else if (how == u"protocol")
            req.set_protocol_version(2);
        else if (how == u"old")
            req.set_client_version("0.0.9");
        else if (how == u"many")
            for (int i = 0; i < 5001; ++i)
                f->addOp(req, d, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, 1, {{u"sex"_s, u"female"_s}});
        else if (how == u"order")
            req.mutable_ops(1)->set_device_seq(1);
        else if (how == u"token")
            token = "not-a-token";
        else if (how == u"cursor")
            req.set_cursor("\xff\xff\xff");
        else if (how == u"hlc twice")
            req.mutable_ops(1)->set_hlc_offset(1);
        else if (how == u"occurred twice")
            req.mutable_ops(0)->set_occurred_delta(-5);
        // The create's caseOfficerId, cut short, or as a kind numbered 15 (a newer client's).
        for (pb::Field &field : *req.mutable_ops(0)->mutable_fields()) {
            if (field.name() != "caseOfficerId")
                continue;
            pb::Value &value = *field.mutable_value();
            if (how == u"short uuid") {
                value.set_uuid(Wire::uuidToBytes(f->officerA).substr(0, 15));
            } else if (how == u"unknown kind") {
                value.Clear();
                value.GetReflection()->MutableUnknownFields(&value)->AddLengthDelimited(15, f->officerA.toStdString());
            }
        }
        if (how != u"malformed")
            body = Wire::serialise(req);
        const QByteArray before = f->recordBytes(u"Person"_s, f->personOwn);
        const qint64 high = f->highWater();
        const Server::ServiceReply reply = f->service->sync(token, body);
        QCOMPARE(reply.status, status);
        pb::ErrorReply e;
        QVERIFY(Wire::parse(reply.body, e));
        QCOMPARE(QString::fromStdString(e.code()), code);
        QCOMPARE(f->highWater(), high);
        QCOMPARE(f->recordBytes(u"Person"_s, f->personOwn), before);
        QVERIFY(!f->record(u"Person"_s, fresh));
        auto txn = f->store->begin(false);
        QVERIFY(!txn.value()->receipt(d.id, 1).value());
    }

    void differentFieldsBothSurvive_data() { addStoreRows(); }
    void differentFieldsBothSurvive()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice a1 = f->enroll(f->officerA);
        TestDevice a2 = f->enroll(f->officerA);
        const qint64 base = f->record(u"Person"_s, f->personOwn)->version;
        pb::SyncRequest r1 = ServiceFixture::request(false);
        f->addOp(r1, a1, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(base),
                 {{u"residenceAddress"_s, u"Street 1"_s}});
        pb::SyncRequest r2 = ServiceFixture::request(false);
        f->addOp(r2, a2, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(base),
                 {{u"preferredLanguage"_s, u"kk"_s}});
        pb::SyncResponse p1, p2;
        QCOMPARE(f->send(a1, r1, &p1).status, 200);
        QCOMPARE(f->send(a2, r2, &p2).status, 200);
        QCOMPARE(only(p1).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(only(p2).outcome(), pb::OUTCOME_MERGED);
        const auto stored = f->record(u"Person"_s, f->personOwn);
        QCOMPARE(stored->fields.value(u"residenceAddress"_s).toString(), u"Street 1"_s);
        QCOMPARE(stored->fields.value(u"preferredLanguage"_s).toString(), u"kk"_s);
        QCOMPARE(stored->version, base + 2);
    }

    void lowStakesLastReceivedWins_data() { addStoreRows(); }
    void lowStakesLastReceivedWins()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice a1 = f->enroll(f->officerA);
        TestDevice a2 = f->enroll(f->officerA);
        const qint64 base = f->record(u"Person"_s, f->personOwn)->version;
        pb::SyncRequest r1 = ServiceFixture::request(false);
        f->addOp(r1, a1, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(base), {{u"residenceAddress"_s, u"A"_s}});
        pb::SyncRequest r2 = ServiceFixture::request(false);
        f->addOp(r2, a2, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(base), {{u"residenceAddress"_s, u"B"_s}});
        QCOMPARE(f->send(a1, r1).status, 200);
        pb::SyncResponse second;
        QCOMPARE(f->send(a2, r2, &second).status, 200);
        QCOMPARE(only(second).outcome(), pb::OUTCOME_MERGED);
        QCOMPARE(f->record(u"Person"_s, f->personOwn)->fields.value(u"residenceAddress"_s).toString(), u"B"_s);
        auto txn = f->store->begin(false);
        QVERIFY(txn.value()->historyCount(f->personOwn).value() >= 1); // "A" is kept
    }

    void noteConflictKeepsBoth_data() { addStoreRows(); }
    void noteConflictKeepsBoth()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice a1 = f->enroll(f->officerA);
        TestDevice a2 = f->enroll(f->officerA);
        f->pullAll(a1);
        f->pullAll(a2);
        const qint64 base = f->record(u"Person"_s, f->personOwn)->version;
        pb::SyncRequest r1 = ServiceFixture::request(false);
        f->addOp(r1, a1, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(base), {{u"notes"_s, u"Note one"_s}});
        pb::SyncRequest r2 = ServiceFixture::request(false);
        f->addOp(r2, a2, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(base), {{u"notes"_s, u"Note two"_s}});
        QCOMPARE(f->send(a1, r1).status, 200);
        pb::SyncResponse second;
        QCOMPARE(f->send(a2, r2, &second).status, 200);
        QCOMPARE(only(second).outcome(), pb::OUTCOME_CONFLICT);
        QCOMPARE(only(second).conflict_ids_size(), 1);
        QCOMPARE(f->record(u"Person"_s, f->personOwn)->fields.value(u"notes"_s).toString(), u"Note one"_s);

        // Both devices learn of it, with both texts.
        for (TestDevice *d : {&a1, &a2}) {
            bool seen = false;
            for (const pb::SyncResponse &page : f->pullAll(*d))
                for (const pb::Conflict &c : page.conflicts())
                    seen = seen
                        || (c.server_value().text() == "Note one" && c.device_value().text() == "Note two"
                            && !c.resolved());
            QVERIFY(seen);
        }
        // Resolving it: a patch naming the conflict applies and marks it resolved.
        const qint64 now = f->record(u"Person"_s, f->personOwn)->version;
        pb::SyncRequest fix = ServiceFixture::request(false);
        pb::Op *op = f->addOp(fix, a2, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(now),
                              {{u"notes"_s, u"Note one and two"_s}});
        op->set_resolves_conflict(only(second).conflict_ids(0));
        pb::SyncResponse fixed;
        QCOMPARE(f->send(a2, fix, &fixed).status, 200);
        QCOMPARE(only(fixed).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(f->record(u"Person"_s, f->personOwn)->fields.value(u"notes"_s).toString(), u"Note one and two"_s);
        bool resolved = false, text = false;
        for (const pb::SyncResponse &page : f->pullAll(a1)) {
            for (const pb::Conflict &c : page.conflicts())
                resolved = resolved || c.resolved();
            for (const pb::Change &c : page.changes())
                for (const pb::Field &fl : c.fields())
                    text = text || fl.value().text() == "Note one and two";
        }
        QVERIFY(resolved);
        QVERIFY(text);
    }

    // A device that edits a note twice offline sends both ops on the server version it last saw.
    // Its own first edit is not a concurrent change for its second; another device's edit between
    // them is, and becomes a conflict record instead of being overwritten.
    void offlineChainOnServerBase_data() { addStoreRows(); }
    void offlineChainOnServerBase()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice a1 = f->enroll(f->officerA);
        TestDevice a2 = f->enroll(f->officerA);
        const qint64 base = f->record(u"Person"_s, f->personOwn)->version;
        pb::SyncRequest chain = ServiceFixture::request(false);
        f->addOp(chain, a1, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(base), {{u"notes"_s, u"First"_s}});
        f->addOp(chain, a1, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(base), {{u"notes"_s, u"Second"_s}});
        pb::SyncResponse own;
        QCOMPARE(f->send(a1, chain, &own).status, 200);
        QCOMPARE(own.results_size(), 2);
        QCOMPARE(own.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(own.results(1).outcome(), pb::OUTCOME_MERGED);
        QCOMPARE(own.results(1).conflict_ids_size(), 0);
        QCOMPARE(f->record(u"Person"_s, f->personOwn)->fields.value(u"notes"_s).toString(), u"Second"_s);

        // a2 saw "Second" and changes it; a1 edits twice more before pulling that, on the
        // version it last saw: both are concurrent with a2's edit, and a2's note stays.
        const qint64 seen = f->record(u"Person"_s, f->personOwn)->version;
        pb::SyncRequest other = ServiceFixture::request(false);
        f->addOp(other, a2, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(seen), {{u"notes"_s, u"Other"_s}});
        QCOMPARE(f->send(a2, other).status, 200);
        pb::SyncRequest late = ServiceFixture::request(false);
        f->addOp(late, a1, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(seen), {{u"notes"_s, u"Third"_s}});
        f->addOp(late, a1, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(seen), {{u"notes"_s, u"Fourth"_s}});
        pb::SyncResponse lost;
        QCOMPARE(f->send(a1, late, &lost).status, 200);
        QCOMPARE(lost.results_size(), 2);
        QCOMPARE(lost.results(0).outcome(), pb::OUTCOME_CONFLICT);
        QCOMPARE(lost.results(1).outcome(), pb::OUTCOME_CONFLICT);
        QCOMPARE(f->record(u"Person"_s, f->personOwn)->fields.value(u"notes"_s).toString(), u"Other"_s);
    }

    void replayReturnsSameResult_data() { addStoreRows(); }
    void replayReturnsSameResult()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        pb::SyncRequest req = ServiceFixture::request(false);
        const QString checkIn = newUuidV7(f->clock.nowMs());
        f->addOp(req, d, pb::OP_KIND_CREATE, u"CheckIn"_s, checkIn, 0,
                 {{u"personId"_s, f->personOwn}, {u"channel"_s, u"probation"_s}, {u"dueOn"_s, u"2026-05-20"_s},
                  {u"outcome"_s, u"attended"_s}, {u"occurredOn"_s, u"2026-05-20"_s}});
        f->addOp(req, d, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, 1, {{u"residenceAddress"_s, u"Replay st"_s}});
        f->addOp(req, d, pb::OP_KIND_PATCH, u"Person"_s, f->personOther, 1, {{u"notes"_s, u"not mine"_s}});
        const QByteArray body = Wire::serialise(req);
        const Server::ServiceReply first = f->service->sync(d.access, body);
        QCOMPARE(first.status, 200);
        const QByteArray person = f->recordBytes(u"Person"_s, f->personOwn);
        const QByteArray created = f->recordBytes(u"CheckIn"_s, checkIn);
        const qint64 high = f->highWater();
        f->clock.advance(1000);
        const Server::ServiceReply again = f->service->sync(d.access, body);
        QCOMPARE(again.status, 200);
        pb::SyncResponse a, b;
        QVERIFY(Wire::parse(first.body, a) && Wire::parse(again.body, b));
        QCOMPARE(a.results_size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(Wire::serialise(b.results(i)), Wire::serialise(a.results(i)));
        QCOMPARE(a.results(2).reason(), "out_of_scope");
        QCOMPARE(f->recordBytes(u"Person"_s, f->personOwn), person);
        QCOMPARE(f->recordBytes(u"CheckIn"_s, checkIn), created);
        QCOMPARE(f->highWater(), high);
    }

    // A long batch of good and bad ops interleaved (the size a device sends, read ahead and
    // inserted in multi-row statements): each op gets its own outcome, the bad ones refused with
    // their field and written nowhere, the others written, none mixed up with a neighbour.
    void longBatchGivesEachOpItsOwnOutcome_data() { addStoreRows(); }
    void longBatchGivesEachOpItsOwnOutcome()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        pb::SyncRequest req = ServiceFixture::request(false);
        QStringList ids;
        constexpr int kOps = 400;
        for (int i = 0; i < kOps; ++i) {
            ids << newUuidV7(f->clock.nowMs());
            QVariantMap checkIn{{u"personId"_s, f->personOwn}, {u"channel"_s, u"probation"_s},
                                {u"dueOn"_s, u"2026-05-20"_s}, {u"outcome"_s, u"attended"_s},
                                {u"occurredOn"_s, u"2026-05-20"_s}};
            if (i % 4 == 1)
                checkIn.insert(u"outcome"_s, u"teleported"_s);
            if (i % 4 == 3)
                checkIn.insert(u"shoeSize"_s, 42);
            f->addOp(req, d, pb::OP_KIND_CREATE, i % 4 == 2 ? u"Spaceship"_s : u"CheckIn"_s, ids.constLast(), 0, checkIn);
        }
        pb::SyncResponse r;
        QCOMPARE(f->send(d, req, &r).status, 200);
        QCOMPARE(r.results_size(), kOps);
        for (int i = 0; i < kOps; ++i) {
            const pb::OpResult &result = r.results(i);
            QCOMPARE(result.device_seq(), req.ops(i).device_seq());
            const QString reason = QString::fromStdString(result.reason());
            const QString field = QString::fromStdString(result.field());
            switch (i % 4) {
            case 0:
                QCOMPARE(result.outcome(), pb::OUTCOME_APPLIED);
                QVERIFY2(!f->recordBytes(u"CheckIn"_s, ids.at(i)).isEmpty(), qPrintable(QString::number(i)));
                break;
            case 1:
                QCOMPARE(result.outcome(), pb::OUTCOME_REJECTED);
                QCOMPARE(field, u"outcome"_s);
                break;
            case 2:
                QCOMPARE(result.outcome(), pb::OUTCOME_REJECTED);
                QCOMPARE(reason, u"unknown_entity"_s);
                break;
            default:
                QCOMPARE(result.outcome(), pb::OUTCOME_REJECTED);
                QCOMPARE(field, u"shoeSize"_s);
            }
            if (i % 4 != 0)
                QVERIFY2(f->recordBytes(u"CheckIn"_s, ids.at(i)).isEmpty(), qPrintable(QString::number(i)));
        }
    }

    void forgedPushRejected_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("reason");
        addRowPerStore("patch unreferred person", u"patchOther"_s, u"out_of_scope"_s);
        addRowPerStore("check-in on unreferred case", u"createOther"_s, u"out_of_scope"_s);
        addRowPerStore("conviction of referred case", u"conviction"_s, u"forbidden"_s);
        addRowPerStore("case officer of referred case", u"officer"_s, u"forbidden"_s);
        addRowPerStore("staff directory", u"directory"_s, u"forbidden"_s);
        addRowPerStore("unknown entity", u"entity"_s, u"unknown_entity"_s);
    }
    void forgedPushRejected()
    {
        QFETCH(QString, what);
        QFETCH(QString, reason);
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice c = f->enroll(f->counsellor);
        pb::SyncRequest req = ServiceFixture::request(false);
        const QString fresh = newUuidV7(f->clock.nowMs());
        QString entity = u"Person"_s, target = f->personOther;
        if (what == u"patchOther")
            f->addOp(req, c, pb::OP_KIND_PATCH, entity, target, 1, {{u"notes"_s, u"forged"_s}});
        else if (what == u"createOther")
            f->addOp(req, c, pb::OP_KIND_CREATE, u"CheckIn"_s, fresh, 0,
                     {{u"personId"_s, f->personOther}, {u"channel"_s, u"probation"_s}, {u"dueOn"_s, u"2026-05-20"_s},
                      {u"outcome"_s, u"missed"_s}});
        else if (what == u"conviction")
            f->addOp(req, c, pb::OP_KIND_PATCH, entity = u"Conviction"_s, target = f->conviction, 1,
                     {{u"sentence"_s, u"forged"_s}});
        else if (what == u"officer")
            f->addOp(req, c, pb::OP_KIND_PATCH, entity, target = f->personOwn, 1, {{u"caseOfficerId"_s, f->counsellor}});
        else if (what == u"directory")
            f->addOp(req, c, pb::OP_KIND_PATCH, entity = u"StaffUser"_s, target = f->counsellor, 1,
                     {{u"role"_s, u"supervisor"_s}});
        else
            f->addOp(req, c, pb::OP_KIND_CREATE, u"Nonsense"_s, fresh, 0, {});
        // A valid op behind the refused one still goes through: a rejection never blocks the queue.
        f->addOp(req, c, pb::OP_KIND_CREATE, u"CounsellingSession"_s, newUuidV7(f->clock.nowMs()), 0,
                 {{u"personId"_s, f->personOwn}, {u"referralId"_s, f->referral}, {u"counsellorId"_s, f->counsellor},
                  {u"occurredOn"_s, u"2026-05-27"_s}, {u"mode"_s, u"face_to_face"_s},
                  {u"confidentialityTier"_s, u"shared_summary"_s}});
        const QByteArray before = f->recordBytes(entity, target);
        pb::SyncResponse r;
        QCOMPARE(f->send(c, req, &r).status, 200);
        QCOMPARE(r.results_size(), 2);
        QCOMPARE(r.results(0).outcome(), pb::OUTCOME_REJECTED);
        QCOMPARE(QString::fromStdString(r.results(0).reason()), reason);
        QCOMPARE(r.results(1).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(f->recordBytes(entity, target), before);
        QVERIFY(!f->record(u"CheckIn"_s, fresh));
    }

    void appendOnlyPatchRejected_data() { addStoreRows(); }
    void appendOnlyPatchRejected()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        const QString checkIn = newUuidV7(f->clock.nowMs());
        pb::SyncRequest req = ServiceFixture::request(false);
        f->addOp(req, d, pb::OP_KIND_CREATE, u"CheckIn"_s, checkIn, 0,
                 {{u"personId"_s, f->personOwn}, {u"channel"_s, u"probation"_s}, {u"dueOn"_s, u"2026-05-20"_s},
                  {u"outcome"_s, u"missed"_s}});
        f->addOp(req, d, pb::OP_KIND_PATCH, u"CheckIn"_s, checkIn, 1, {{u"outcome"_s, u"attended"_s}});
        pb::SyncResponse r;
        QCOMPARE(f->send(d, req, &r).status, 200);
        QCOMPARE(r.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(r.results(1).outcome(), pb::OUTCOME_REJECTED);
        QCOMPARE(r.results(1).reason(), "append_only");
        QCOMPARE(f->record(u"CheckIn"_s, checkIn)->fields.value(u"outcome"_s).toString(), u"missed"_s);
    }

    void invalidOpsRejected_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        addRowPerStore("unknown field", u"unknown"_s, u"shoeSize"_s);
        addRowPerStore("bad enum", u"enum"_s, u"sex"_s);
        addRowPerStore("missing required", u"required"_s, u"caseStatus"_s);
        addRowPerStore("move to another case", u"move"_s, u"personId"_s);
        addRowPerStore("state by patch", u"state"_s, u"status"_s);
        addRowPerStore("bad record id", u"id"_s, u"record_id"_s);
        addRowPerStore("duplicate create", u"duplicate"_s, QString());
    }
    void invalidOpsRejected()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        pb::SyncRequest req = ServiceFixture::request(false);
        const QString fresh = newUuidV7(f->clock.nowMs());
        QVariantMap person{{u"surnameLat"_s, u"Validperson"_s}, {u"givenNameLat"_s, u"Dana"_s},
                           {u"caseStatus"_s, u"active"_s}};
        if (what == u"unknown")
            f->addOp(req, d, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, 1, {{u"shoeSize"_s, 42}});
        else if (what == u"enum")
            f->addOp(req, d, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, 1, {{u"sex"_s, u"unknown"_s}});
        else if (what == u"required")
            f->addOp(req, d, pb::OP_KIND_CREATE, u"Person"_s, fresh, 0, {{u"surnameLat"_s, u"Nocase"_s}});
        else if (what == u"move")
            f->addOp(req, d, pb::OP_KIND_PATCH, u"ConsentRecord"_s, f->consent, 1, {{u"personId"_s, f->personOther}});
        else if (what == u"state")
            f->addOp(req, d, pb::OP_KIND_PATCH, u"Referral"_s, f->referral, 1, {{u"status"_s, u"completed"_s}});
        else if (what == u"id")
            f->addOp(req, d, pb::OP_KIND_CREATE, u"Person"_s, fresh, 0, person)->set_record_id("short");
        else
            f->addOp(req, d, pb::OP_KIND_CREATE, u"Person"_s, f->personOwn, 0, person);
        const QByteArray before = f->recordBytes(u"Person"_s, f->personOwn);
        const qint64 high = f->highWater();
        pb::SyncResponse r;
        QCOMPARE(f->send(d, req, &r).status, 200);
        QCOMPARE(r.results(0).outcome(), pb::OUTCOME_REJECTED);
        if (what == u"duplicate")
            QCOMPARE(r.results(0).reason(), "duplicate");
        else
            QCOMPARE(QString::fromStdString(r.results(0).field()), field);
        QCOMPARE(f->recordBytes(u"Person"_s, f->personOwn), before);
        QCOMPARE(f->highWater(), high);
    }

    // A progress review's sign-off arrives as a new record amending the review (append-only).
    // The server runs core's rule (ProgressReviewService::checkSigner): never by the author of the
    // programme under review, and stamped by the pushing supervisor only. A refusal writes nothing.
    void reviewSignOffRule_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");
        addRowPerStore("programme drafted by the signer", u"author"_s, int(pb::OUTCOME_REJECTED), u"forbidden"_s);
        addRowPerStore("programme named only by the amended review", u"authorViaOriginal"_s,
                       int(pb::OUTCOME_REJECTED), u"forbidden"_s);
        addRowPerStore("another user's stamp", u"forgedStamp"_s, int(pb::OUTCOME_REJECTED), u"invalid"_s);
        addRowPerStore("an officer's programme", u"officers"_s, int(pb::OUTCOME_APPLIED), QString());
    }
    void reviewSignOffRule()
    {
        QFETCH(QString, what);
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        auto f = seededFixture();
        QVERIFY(f);
        const bool byAuthor = what.startsWith(u"author"_s);
        const QString programme = f->import(u"AssistanceProgramme"_s,
                                            {{u"personId"_s, f->personOther}, {u"versionNo"_s, 1},
                                             {u"status"_s, u"active"_s},
                                             {u"draftedBy"_s, byAuthor ? f->supervisor : f->officerB}});
        const QVariantMap review{{u"personId"_s, f->personOther}, {u"programmeId"_s, programme},
                                 {u"periodStart"_s, u"2026-02-01"_s}, {u"periodEnd"_s, u"2026-04-30"_s}};
        const QString original = f->import(u"ProgressReview"_s, review);
        QVERIFY(!programme.isEmpty() && !original.isEmpty());
        TestDevice d = f->enroll(f->supervisor);
        QVariantMap signedOff = review;
        signedOff.insert({{u"amendsId"_s, original}, {u"signedOffAt"_s, f->clock.nowMs()},
                          {u"nextReviewOn"_s, u"2026-08-31"_s},
                          {u"signedOffBy"_s, what == u"forgedStamp" ? f->officerB : f->supervisor}});
        if (what == u"authorViaOriginal")
            signedOff.remove(u"programmeId"_s);
        const QString id = newUuidV7(f->clock.nowMs());
        pb::SyncRequest req = ServiceFixture::request(false);
        f->addOp(req, d, pb::OP_KIND_CREATE, u"ProgressReview"_s, id, 0, signedOff);
        const qint64 high = f->highWater();
        pb::SyncResponse r;
        QCOMPARE(f->send(d, req, &r).status, 200);
        QCOMPARE(int(only(r).outcome()), outcome);
        if (outcome == int(pb::OUTCOME_APPLIED)) {
            QCOMPARE(f->record(u"ProgressReview"_s, id)->fields.value(u"signedOffBy"_s).toString(), f->supervisor);
            return;
        }
        QCOMPARE(QString::fromStdString(only(r).reason()), reason);
        QCOMPARE(QString::fromStdString(only(r).field()), u"signedOffBy"_s);
        QVERIFY(!f->record(u"ProgressReview"_s, id));
        QCOMPARE(f->highWater(), high);
    }

    void commands_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("reason");
        addRowPerStore("revoke applies", u"revoke"_s, int(pb::OUTCOME_APPLIED), QString());
        addRowPerStore("second revoke is stale", u"stale"_s, int(pb::OUTCOME_STALE_COMMAND), QString());
        addRowPerStore("unknown command", u"unknown"_s, int(pb::OUTCOME_REJECTED), u"invalid"_s);
        addRowPerStore("counsellor may not revoke", u"role"_s, int(pb::OUTCOME_REJECTED), u"forbidden"_s);
        addRowPerStore("missing required param", u"param"_s, int(pb::OUTCOME_REJECTED), u"invalid"_s);
        addRowPerStore("state other than target", u"target"_s, int(pb::OUTCOME_REJECTED), u"invalid"_s);
    }
    void commands()
    {
        QFETCH(QString, what);
        QFETCH(int, outcome);
        QFETCH(QString, reason);
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice officer = f->enroll(f->officerA);
        TestDevice other = f->enroll(f->officerA);
        TestDevice counsellor = f->enroll(f->counsellor);
        QVariantMap params{{u"closureReason"_s, u"No longer needed"_s}, {u"status"_s, u"revoked"_s}};
        TestDevice *by = what == u"role" ? &counsellor : &officer;
        if (what == u"stale") {
            pb::SyncRequest first = ServiceFixture::request(false);
            f->addOp(first, other, pb::OP_KIND_COMMAND, u"Referral"_s, f->referral, 1, params)->set_command("revoke");
            QCOMPARE(f->send(other, first).status, 200);
        }
        if (what == u"param")
            params.remove(u"closureReason"_s);
        if (what == u"target")
            params.insert(u"status"_s, u"completed"_s);
        pb::SyncRequest req = ServiceFixture::request(false);
        f->addOp(req, *by, pb::OP_KIND_COMMAND, u"Referral"_s, f->referral, 1, params)
            ->set_command(what == u"unknown" ? "obliterate" : "revoke");
        const QByteArray before = f->recordBytes(u"Referral"_s, f->referral);
        pb::SyncResponse r;
        QCOMPARE(f->send(*by, req, &r).status, 200);
        QCOMPARE(int(r.results(0).outcome()), outcome);
        QCOMPARE(QString::fromStdString(r.results(0).reason()), reason);
        const auto after = f->record(u"Referral"_s, f->referral);
        if (what == u"revoke") {
            QCOMPARE(after->fields.value(u"status"_s).toString(), u"revoked"_s);
            QCOMPARE(after->fields.value(u"closureReason"_s).toString(), u"No longer needed"_s);
        } else {
            QCOMPARE(f->recordBytes(u"Referral"_s, f->referral), before);
        }
    }

    void restoreReuploads_data() { addStoreRows(); }
    void restoreReuploads()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        const auto referral = f->record(u"Referral"_s, f->referral);
        const QString lost = newUuidV7(f->clock.nowMs());
        pb::SyncRequest req = ServiceFixture::request(false);
        // The server has it unchanged (state field included): nothing to do.
        f->addOp(req, d, pb::OP_KIND_RESTORE, u"Referral"_s, f->referral, quint64(referral->version), referral->fields);
        // The server lost it (restored from an older backup): created again, in its non-initial state.
        f->addOp(req, d, pb::OP_KIND_RESTORE, u"SupervisionOrder"_s, lost, 3,
                 {{u"personId"_s, f->personOwn}, {u"startsOn"_s, u"2026-01-01"_s}, {u"status"_s, u"in_force"_s},
                  {u"probationOfficerId"_s, f->officerA}});
        const QByteArray before = f->recordBytes(u"Referral"_s, f->referral);
        pb::SyncResponse r;
        QCOMPARE(f->send(d, req, &r).status, 200);
        QCOMPARE(r.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(f->recordBytes(u"Referral"_s, f->referral), before);
        QCOMPARE(r.results(1).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(f->record(u"SupervisionOrder"_s, lost)->version, 3);
        QCOMPARE(f->record(u"SupervisionOrder"_s, lost)->fields.value(u"status"_s).toString(), u"in_force"_s);
    }

    void restoreAppendOnly_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("reason");
        const QStringList stores = storeKinds();
        for (const QString &store : stores) {
            QTest::newRow(qPrintable(store + u" unchanged, own case"_s)) << store << u"unchanged"_s << QString();
            QTest::newRow(qPrintable(store + u" other values, own case"_s)) << store << u"changed"_s << QString();
            QTest::newRow(qPrintable(store + u" other officer's case"_s)) << store << u"other"_s << u"out_of_scope"_s;
        }
    }
    /** A check-in the officer only pulled, re-uploaded after a backup restore: the server keeps it as
     *  it is (append-only) and answers applied; a case the officer cannot see stays out of scope. */
    void restoreAppendOnly()
    {
        QFETCH(QString, how);
        QFETCH(QString, reason);
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        const QString checkIn = f->import(u"CheckIn"_s, {{u"personId"_s, how == u"other" ? f->personOther : f->personOwn},
                                                         {u"channel"_s, u"probation"_s}, {u"dueOn"_s, u"2026-05-20"_s},
                                                         {u"outcome"_s, u"missed"_s}});
        QVERIFY(!checkIn.isEmpty());
        const auto stored = f->record(u"CheckIn"_s, checkIn);
        QVariantMap fields = stored->fields;
        if (how == u"changed")
            fields.insert(u"outcome"_s, u"attended"_s);
        const QByteArray before = f->recordBytes(u"CheckIn"_s, checkIn);
        const qint64 highWater = f->highWater();
        pb::SyncRequest req = ServiceFixture::request(false);
        f->addOp(req, d, pb::OP_KIND_RESTORE, u"CheckIn"_s, checkIn, quint64(stored->version), fields);
        pb::SyncResponse r;
        QCOMPARE(f->send(d, req, &r).status, 200);
        if (reason.isEmpty()) {
            QCOMPARE(only(r).outcome(), pb::OUTCOME_APPLIED);
            QCOMPARE(qint64(only(r).version()), stored->version);
        } else {
            QCOMPARE(only(r).outcome(), pb::OUTCOME_REJECTED);
            QCOMPARE(QString::fromStdString(only(r).reason()), reason);
        }
        QCOMPARE(f->recordBytes(u"CheckIn"_s, checkIn), before);
        QCOMPARE(f->highWater(), highWater);
    }

    void restoreOnOlderBase_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<int>("history");
        QTest::addColumn<int>("conflicts");
        const QStringList stores = storeKinds();
        const int applied = pb::OUTCOME_APPLIED, merged = pb::OUTCOME_MERGED, conflict = pb::OUTCOME_CONFLICT;
        for (const QString &s : stores) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(s + u' ' + QLatin1String(name))) << s;
            };
            row("unchanged re-upload") << u"unchanged"_s << applied << u"Newer"_s << u"Newer note"_s << 0 << 0;
            row("older low-stakes value") << u"olderAddress"_s << merged << u"Newer"_s << u"Newer note"_s << 1 << 0;
            row("older note") << u"olderNote"_s << conflict << u"Newer"_s << u"Newer note"_s << 0 << 1;
            row("device knew the newer state") << u"deviceNewer"_s << applied << u"From device"_s << u"Newer note"_s << 0
                                                  << 0;
            row("other field than the newer change") << u"otherField"_s << merged << u"Newer"_s << u"Newer note"_s << 0
                                                        << 0;
        }
    }
    /** A device restored from an older backup re-uploads its records (RESTORE) on the base it had:
     *  values it never changed do not count, and nothing it restores beats a newer server change. */
    void restoreOnOlderBase()
    {
        QFETCH(QString, how);
        QFETCH(int, outcome);
        QFETCH(QString, address);
        QFETCH(QString, notes);
        QFETCH(int, history);
        QFETCH(int, conflicts);
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice a = f->enroll(f->officerA);
        TestDevice b = f->enroll(f->officerA);
        const auto old = f->record(u"Person"_s, f->personOwn);
        pb::SyncRequest edit = ServiceFixture::request(false);
        f->addOp(edit, a, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, quint64(old->version),
                 {{u"residenceAddress"_s, u"Newer"_s}, {u"notes"_s, u"Newer note"_s}});
        QCOMPARE(f->send(a, edit).status, 200);
        const auto current = f->record(u"Person"_s, f->personOwn);
        QVariantMap fields = old->fields; // what B's backup holds
        qint64 base = old->version;
        if (how == u"olderAddress")
            fields.insert(u"residenceAddress"_s, u"Older"_s);
        else if (how == u"olderNote")
            fields.insert(u"notes"_s, u"Older note"_s);
        else if (how == u"deviceNewer") {
            fields = current->fields;
            fields.insert(u"residenceAddress"_s, u"From device"_s);
            base = current->version;
        } else if (how == u"otherField")
            fields.insert(u"preferredLanguage"_s, u"kk"_s);
        const QByteArray before = f->recordBytes(u"Person"_s, f->personOwn);
        const qint64 historyBefore = f->store->begin(false).value()->historyCount(f->personOwn).value();
        pb::SyncRequest req = ServiceFixture::request(false);
        f->addOp(req, b, pb::OP_KIND_RESTORE, u"Person"_s, f->personOwn, quint64(base), fields);
        pb::SyncResponse r;
        QCOMPARE(f->send(b, req, &r).status, 200);
        QCOMPARE(int(only(r).outcome()), outcome);
        QCOMPARE(only(r).conflict_ids_size(), conflicts);
        const auto after = f->record(u"Person"_s, f->personOwn);
        QCOMPARE(after->fields.value(u"residenceAddress"_s).toString(), address);
        QCOMPARE(after->fields.value(u"notes"_s).toString(), notes);
        QCOMPARE(f->store->begin(false).value()->historyCount(f->personOwn).value() - historyBefore, qint64(history));
        if (how == u"unchanged")
            QCOMPARE(f->recordBytes(u"Person"_s, f->personOwn), before); // nothing written
        if (how == u"otherField")
            QCOMPARE(after->fields.value(u"preferredLanguage"_s).toString(), u"kk"_s);
    }

    void revokedDeviceIsWiped_data() { addStoreRows(); }
    void revokedDeviceIsWiped()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        QVERIFY(f->service->revokeDevice(d.id).ok());
        pb::SyncRequest req = ServiceFixture::request();
        f->addOp(req, d, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, 1, {{u"notes"_s, u"after revoke"_s}});
        const QByteArray before = f->recordBytes(u"Person"_s, f->personOwn);
        pb::SyncResponse r;
        QCOMPARE(f->send(d, req, &r).status, 200);
        QCOMPARE(r.commands_size(), 1);
        QVERIFY(r.commands(0).has_wipe());
        QCOMPARE(r.results_size(), 0);
        QCOMPARE(r.changes_size(), 0);
        QCOMPARE(f->recordBytes(u"Person"_s, f->personOwn), before);
        // Its refresh token gets no tokens: the same wipe order, in their place.
        pb::TokenRequest t;
        t.set_refresh_token(d.refresh.toStdString());
        t.set_device_id(Wire::uuidToBytes(d.id));
        const Server::ServiceReply refreshed = f->service->token(Wire::serialise(t));
        QCOMPARE(refreshed.status, 200);
        pb::TokenReply tokens;
        QVERIFY(Wire::parse(refreshed.body, tokens));
        QVERIFY(tokens.has_wipe());
        QVERIFY(tokens.access_token().empty() && tokens.refresh_token().empty());
    }

    void inactiveUserIsWiped_data() { addStoreRows(); }
    void inactiveUserIsWiped()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerB);
        QVERIFY(f->service->importRecord(u"StaffUser"_s, f->officerB, {{u"status"_s, u"left"_s}}, {}).ok());
        pb::SyncResponse r;
        QCOMPARE(f->send(d, ServiceFixture::request(), &r).status, 200);
        QCOMPARE(r.commands_size(), 1);
        QVERIFY(r.commands(0).has_wipe());
    }

    void auditChainVerifies_data() { addStoreRows(); }
    void auditChainVerifies()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        pb::SyncRequest req = ServiceFixture::request(false);
        f->addOp(req, d, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, 1, {{u"sex"_s, u"female"_s}});
        QCOMPARE(f->send(d, req).status, 200);
        auto count = f->service->verifyAudit();
        QVERIFY(count.ok());
        QVERIFY(count.value() >= 10);
    }

    void accessThroughALiveOrder_data() { addStoreRows(); }
    void accessThroughALiveOrder()
    {
        // Officer A is not the case officer of personOther (officer B is): A's check-in for that
        // person is refused, until an order in force names A its probation officer, and refused
        // again once the order is closed. The links decide here, not the case's own facts.
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice a = f->enroll(f->officerA);
        const auto pushCheckIn = [&]() {
            pb::SyncRequest req = ServiceFixture::request(false);
            const QString id = newUuidV7(f->clock.nowMs());
            f->addOp(req, a, pb::OP_KIND_CREATE, u"CheckIn"_s, id, 0,
                     {{u"personId"_s, f->personOther}, {u"channel"_s, u"probation"_s}, {u"dueOn"_s, u"2026-05-20"_s},
                      {u"outcome"_s, u"missed"_s}});
            pb::SyncResponse r;
            const int status = f->send(a, req, &r).status;
            const bool stored = f->record(u"CheckIn"_s, id).has_value();
            return status == 200 && r.results_size() == 1
                ? QString::fromStdString(r.results(0).reason()) + (stored ? u"stored"_s : u"not stored"_s)
                : u"status %1"_s.arg(status);
        };
        QCOMPARE(pushCheckIn(), u"out_of_scopenot stored"_s);
        const QVariantMap order{{u"personId"_s, f->personOther}, {u"decisionNumber"_s, u"2-123/2026"_s},
                                {u"startsOn"_s, u"2026-01-15"_s}, {u"endsOn"_s, u"2027-01-14"_s},
                                {u"status"_s, u"in_force"_s}, {u"probationOfficerId"_s, f->officerA}};
        const QString orderId = f->import(u"SupervisionOrder"_s, order);
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(pushCheckIn(), u"stored"_s);
        QVariantMap closed = order;
        closed.insert(u"status"_s, u"terminated"_s);
        closed.insert(u"terminatedOn"_s, u"2026-05-01"_s);
        QVERIFY(f->service->importRecord(u"SupervisionOrder"_s, orderId, closed, {}).ok());
        QCOMPARE(pushCheckIn(), u"out_of_scopenot stored"_s);
    }

    void idsAsBytesOnlyToAClientThatReadsThem_data() { addStoreRows(); }
    void idsAsBytesOnlyToAClientThatReadsThem()
    {
        // A client built before Value.uuid would read an id sent so as no value at all: it gets
        // ids as text. One that says it reads them gets 16 bytes; both read the same record, and
        // every reply tells that this server reads them in ops.
        auto f = seededFixture();
        QVERIFY(f);
        const auto pullAll = [&](bool readsUuids, QSet<int> *kinds) {
            TestDevice d = f->enroll(f->officerA);
            QMap<QString, QVariantMap> records;
            for (bool more = true; more;) {
                pb::SyncRequest req = ServiceFixture::request();
                req.set_uuid_values(readsUuids);
                pb::SyncResponse r;
                if (f->send(d, req, &r).status != 200 || !r.uuid_values())
                    return QMap<QString, QVariantMap>();
                for (const pb::Change &c : r.changes()) {
                    for (const pb::Field &fl : c.fields())
                        kinds->insert(int(fl.value().kind_case()));
                    records.insert(Wire::uuidFromBytes(c.record_id()), Wire::fromFields(c.fields()));
                }
                more = r.more();
            }
            return records;
        };
        QSet<int> oldKinds, newKinds;
        const auto asText = pullAll(false, &oldKinds);
        const auto asBytes = pullAll(true, &newKinds);
        QVERIFY(!asText.isEmpty());
        QCOMPARE(asBytes, asText);
        QVERIFY(!oldKinds.contains(int(pb::Value::kUuid)));
        QVERIFY(newKinds.contains(int(pb::Value::kUuid)));  // the consent's and referral's ids, at least
        QVERIFY(asText.value(f->referral).value(u"counsellorId"_s).toString() == f->counsellor);
    }

    void auditHashIsTheChainsDigest()
    {
        // The digest every stored chain was written with: SHA-256 over big-endian length-prefixed
        // fields, computed here with another library. A change of it would fail every chain.
        Server::ServerAuditEvent e;
        e.id = u"0190f3a2-6b1c-7d4e-8f00-0000000000e1"_s;
        e.at = 1'780'000'000'000;
        e.actorId = u"0190f3a2-6b1c-7d4e-8f00-0000000000a1"_s;
        e.deviceId = u"0190f3a2-6b1c-7d4e-8f00-0000000000d1"_s;
        e.action = u"push:applied"_s;
        e.entity = u"CheckIn"_s;
        e.recordId = u"0190f3a2-6b1c-7d4e-8f00-000000000003"_s;
        e.bucket = u"0190f3a2-6b1c-7d4e-8f00-000000000001"_s;
        const QByteArray prev(32, '\x5a');
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const QByteArray &field : {prev, e.id.toUtf8(), QByteArray::number(e.at), e.actorId.toUtf8(),
                                        e.deviceId.toUtf8(), e.action.toUtf8(), e.entity.toUtf8(), e.recordId.toUtf8(),
                                        e.bucket.toUtf8()}) {
            const quint32 length = qToBigEndian(quint32(field.size()));
            h.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
            h.addData(field);
        }
        QCOMPARE(Server::ServerAudit::hashOf(e, prev).toHex(), h.result().toHex());
        QVERIFY(Server::ServerAudit::hashOf(e, QByteArray(32, '\x5b')) != h.result());  // the chain: the previous hash counts
    }
};

QTEST_GUILESS_MAIN(tst_SyncService)
#include "tst_syncservice.moc"
