// SECURITY.md R23 on the server: every enrolment and every refresh-token rotation, accepted or
// refused, leaves exactly one audit event naming what happened with ids only; the code or token
// presented appears in no field of any event (raw, normalised, base64 or hex). Both stores.
#include "servicefixture.h"

#include <QTest>

using namespace Qadam;
using namespace Qadam::Test;
using namespace Qt::StringLiterals;

namespace {

/** Every spelling of a secret a careless event could hold. */
QList<QByteArray> spellings(const QByteArray &secret)
{
    const QByteArray bare = QByteArray(secret).replace('-', "");
    return {secret, bare, bare.toLower(), secret.toBase64(), secret.toHex(), bare.toBase64()};
}

} // namespace

class tst_LoginAudit : public QObject
{
    Q_OBJECT

private:
    /** The events appended after `fromSeq`. */
    static QList<Server::ServerAuditEvent> eventsAfter(ServiceFixture &f, qint64 fromSeq)
    {
        auto txn = f.store->begin(false);
        if (!txn.ok())
            return {};
        auto events = txn.value()->auditEvents(fromSeq, 1000);
        return events.ok() ? events.value() : QList<Server::ServerAuditEvent>();
    }

    static qint64 lastSeq(ServiceFixture &f)
    {
        auto txn = f.store->begin(false);
        if (!txn.ok())
            return -1;
        auto last = txn.value()->lastAuditEvent();
        return last.ok() && last.value() ? last.value()->seq : 0;
    }

    /** No field of any event in the chain holds a spelling of `secret`. */
    static bool chainHolds(ServiceFixture &f, const QByteArray &secret)
    {
        for (const Server::ServerAuditEvent &e : eventsAfter(f, 0)) {
            const QByteArray all = (e.id + e.actorId + e.deviceId + e.action + e.entity + e.recordId + e.bucket).toUtf8()
                                   + e.prevHash + e.hash;
            for (const QByteArray &s : spellings(secret))
                if (all.contains(s))
                    return true;
        }
        return false;
    }

    static pb::TokenRequest tokenRequest(const TestDevice &d, const QByteArray &refresh)
    {
        pb::TokenRequest t;
        t.set_refresh_token(refresh.toStdString());
        t.set_device_id(Wire::uuidToBytes(d.id));
        return t;
    }

private Q_SLOTS:
    void enrolmentsAreAudited_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("namesUser");
        for (const QString &store : storeKinds()) {
            const auto row = [&](const char *how, int status, const char *action, bool namesUser) {
                QTest::addRow("%s: %s", qPrintable(store), how)
                    << store << QString::fromLatin1(how) << status << QString::fromLatin1(action) << namesUser;
            };
            row("accepted", 200, "enroll", true);
            row("unknown code", 401, "enroll_refused:unknown_code", false);
            row("reused code", 401, "enroll_refused:unknown_code", false);
            row("expired code", 401, "enroll_refused:unknown_code", false);
            row("empty code", 401, "enroll_refused:unknown_code", false);
            row("inactive account", 401, "enroll_refused:account_inactive", true);
            row("malformed body", 400, "enroll_refused:malformed", false);
        }
    }
    void enrolmentsAreAudited()
    {
        QFETCH(QString, how);
        QFETCH(int, status);
        QFETCH(QString, action);
        QFETCH(bool, namesUser);
        auto f = seededFixture();
        QVERIFY(f);
        auto code = f->service->issueEnrolmentCode(f->officerB);
        QVERIFY(code.ok());
        const QByteArray issued = code.value().toUtf8();
        pb::EnrollRequest req;
        req.set_code(issued.toStdString());
        req.set_client_version("1.0.0");
        QByteArray body = Wire::serialise(req);
        QByteArray presented = issued;
        if (how == u"reused code") {
            QCOMPARE(f->service->enroll(body).status, 200);
        } else if (how == u"expired code") {
            f->clock.advance(25LL * 3600 * 1000);
        } else if (how == u"unknown code") {
            presented = "ZZZZ-YYYY-XXXX";
            req.set_code(presented.toStdString());
            body = Wire::serialise(req);
        } else if (how == u"empty code") {
            req.set_code("--");
            body = Wire::serialise(req);
        } else if (how == u"inactive account") {
            QVERIFY(f->service->revokeUser(f->officerB).ok());
        } else if (how == u"malformed body") {
            body = "\x0a\xff\xff\xff\xff not an EnrollRequest " + issued;
        }
        const qint64 from = lastSeq(*f);

        const Server::ServiceReply reply = f->service->enroll(body);
        QCOMPARE(reply.status, status);
        const QList<Server::ServerAuditEvent> events = eventsAfter(*f, from);
        QCOMPARE(events.size(), 1);
        const Server::ServerAuditEvent &e = events.constFirst();
        QCOMPARE(e.action, action);
        QCOMPARE(e.actorId, namesUser ? f->officerB : QString());
        QCOMPARE(e.at, f->clock.nowMs());
        if (status == 200) {
            pb::TokenReply tokens;
            QVERIFY(Wire::parse(reply.body, tokens));
            QCOMPARE(e.deviceId, Wire::uuidFromBytes(tokens.device_id()));
            QVERIFY(!chainHolds(*f, QByteArray::fromStdString(tokens.access_token())));
            QVERIFY(!chainHolds(*f, QByteArray::fromStdString(tokens.refresh_token())));
        }
        QVERIFY(!chainHolds(*f, issued));
        QVERIFY(!chainHolds(*f, presented));
        QVERIFY(f->service->verifyAudit().ok());
        if (how == u"inactive account") {
            // The refused request's own transaction rolled back: no device, and the event is all it left.
            auto txn = f->store->begin(false);
            QVERIFY(txn.ok());
            QCOMPARE(txn.value()->devicesOfUser(f->officerB).value().size(), 0);
        }
    }

    void rotationsAreAudited_data()
    {
        QTest::addColumn<QString>("storeKind");
        QTest::addColumn<QString>("how");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<bool>("namesDevice");
        for (const QString &store : storeKinds()) {
            const auto row = [&](const char *how, int status, const QStringList &actions, bool namesDevice) {
                QTest::addRow("%s: %s", qPrintable(store), how)
                    << store << QString::fromLatin1(how) << status << actions << namesDevice;
            };
            row("accepted", 200, {u"token"_s}, true);
            row("unknown token of a known device", 401, {u"token_refused:unknown"_s}, true);
            row("unknown token and device", 401, {u"token_refused:unknown"_s}, false);
            row("access token presented", 401, {u"token_refused:unknown"_s}, true);
            row("another device's token", 401, {u"token_refused:unknown"_s}, false);
            row("expired", 401, {u"token_refused:expired"_s}, true);
            // The device's own refresh token, after its revocation: a wipe order instead of tokens
            // (a device asleep past its access token learns of the revocation no other way).
            row("revoked device", 200, {u"wipe"_s}, true);
            row("inactive account", 200, {u"wipe"_s}, true);
            // An older token of its chain proves nothing: no wipe order, no receipt.
            row("revoked device, token rotated away", 401, {u"token_refused:revoked"_s}, true);
            row("reused after rotation", 401, {u"token_reuse"_s}, true);
            row("retry within the grace", 200, {u"token_retry"_s, u"token"_s}, true);
            row("malformed body", 400, {u"token_refused:malformed"_s}, false);
        }
    }
    void rotationsAreAudited()
    {
        QFETCH(QString, how);
        QFETCH(int, status);
        QFETCH(QStringList, actions);
        QFETCH(bool, namesDevice);
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        QVERIFY(!d.id.isEmpty());
        TestDevice other = f->enroll(f->officerB);
        QVERIFY(!other.id.isEmpty());
        pb::TokenRequest req = tokenRequest(d, d.refresh);
        QList<QByteArray> secrets{d.refresh, d.access, other.refresh};
        if (how == u"unknown token of a known device") {
            req.set_refresh_token("not-a-token-of-this-server");
        } else if (how == u"unknown token and device") {
            req.set_refresh_token("not-a-token-of-this-server");
            req.set_device_id(Wire::uuidToBytes(newUuidV7(f->clock.nowMs())));
        } else if (how == u"access token presented") {
            req.set_refresh_token(d.access.toStdString());
        } else if (how == u"another device's token") {
            req.set_refresh_token(other.refresh.toStdString()); // bound to `other`, presented as `d`
            req.set_device_id(Wire::uuidToBytes(newUuidV7(f->clock.nowMs())));
        } else if (how == u"expired") {
            f->clock.advance(31LL * 24 * 3600 * 1000); // past the 30-day refresh lifetime
        } else if (how == u"revoked device") {
            QVERIFY(f->service->revokeDevice(d.id).ok());
        } else if (how == u"revoked device, token rotated away") {
            pb::TokenReply rotated;
            QVERIFY(Wire::parse(f->service->token(Wire::serialise(req)).body, rotated));
            secrets << QByteArray::fromStdString(rotated.refresh_token())
                    << QByteArray::fromStdString(rotated.access_token());
            f->clock.advance(3 * 60 * 1000);  // past the retry grace
            QVERIFY(f->service->revokeDevice(d.id).ok());
        } else if (how == u"inactive account") {
            QVERIFY(f->service->importRecord(u"StaffUser"_s, f->officerA, {{u"status"_s, u"left"_s}}, {}).ok());
        } else if (how == u"reused after rotation" || how == u"retry within the grace") {
            const Server::ServiceReply first = f->service->token(Wire::serialise(req));
            QCOMPARE(first.status, 200);
            pb::TokenReply rotated;
            QVERIFY(Wire::parse(first.body, rotated));
            secrets << QByteArray::fromStdString(rotated.refresh_token())
                    << QByteArray::fromStdString(rotated.access_token());
            if (how == u"reused after rotation")
                f->clock.advance(3 * 60 * 1000); // past the grace: the old token back is theft
        }
        QByteArray body = Wire::serialise(req);
        if (how == u"malformed body")
            body = "\x0a\xff\xff\xff\xff not a TokenRequest " + d.refresh;
        const qint64 from = lastSeq(*f);

        const Server::ServiceReply reply = f->service->token(body);
        QCOMPARE(reply.status, status);
        const QList<Server::ServerAuditEvent> events = eventsAfter(*f, from);
        QStringList seen;
        for (const Server::ServerAuditEvent &e : events) {
            seen << e.action;
            QCOMPARE(e.deviceId, namesDevice ? d.id : QString());
            if (e.action == u"token" || e.action.startsWith(u"token_refused"))
                QCOMPARE(e.actorId, namesDevice ? f->officerA : QString());
        }
        QCOMPARE(seen, actions);
        if (status == 200) {
            pb::TokenReply tokens;
            QVERIFY(Wire::parse(reply.body, tokens));
            if (actions == QStringList{u"wipe"_s}) {
                // No token at all, and the receipt confirms the wipe once (R10).
                QVERIFY(tokens.access_token().empty() && tokens.refresh_token().empty());
                QCOMPARE(Wire::uuidFromBytes(tokens.device_id()), d.id);
                QCOMPARE(tokens.wipe().receipt().size(), size_t(32));
                pb::WipeConfirmation done;
                done.set_device_id(tokens.device_id());
                done.set_receipt(tokens.wipe().receipt());
                QCOMPARE(f->service->wiped(Wire::serialise(done)).status, 200);
                secrets << QByteArray::fromStdString(tokens.wipe().receipt());
            } else {
                secrets << QByteArray::fromStdString(tokens.refresh_token())
                        << QByteArray::fromStdString(tokens.access_token());
            }
        }
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!chainHolds(*f, secret), "a token is in the audit chain");
        QVERIFY(f->service->verifyAudit().ok());
    }

    /** A control for chainHolds(): an id that is in the chain is found. */
    void searchFindsWhatIsThere_data() { addStoreRows(); }
    void searchFindsWhatIsThere()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        QVERIFY(chainHolds(*f, d.id.toUtf8()));
        QVERIFY(!chainHolds(*f, d.refresh));
    }
};

QTEST_GUILESS_MAIN(tst_LoginAudit)
#include "tst_loginaudit.moc"
