// Integration: scoping through a real qadam-server — a counsellor's full sync carries no byte of a
// case not referred to them and no conviction; an officer's carries no byte of another officer's
// case (R24) and no counselling note (R28); a forged push into such a case is refused and writes
// nothing; revoking the referral purges the case from the device (records and name search);
// revoking the device wipes it, and an access token already issued gets nothing on the next
// request (R22). Every test runs on both stores.
#include "harness.h"

#include "casework/sessionservice.h"
#include "util/uuid.h"
#include "write/writeservice.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QUuid>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Integration;

namespace {

/** Every text value of every stored record of `buckets` (empty string = directory). */
QString allowedText(Server::ServerStore &store, const QStringList &buckets)
{
    auto txn = store.begin(false);
    auto records = txn.value()->recordsSince(0, buckets, 1'000'000);
    QString all;
    for (const Server::StoredRecord &r : records.value())
        for (const QVariant &v : r.fields)
            all += v.toString() + u'\x1f';
    return all;
}

/** The records of cases other than `allowed`: their ids and identifying values. */
struct Secrets
{
    QStringList ids;
    QStringList texts;
};

Secrets secretsOutside(Server::ServerStore &store, const QStringList &people, const QStringList &mine,
                       const QString &allowed)
{
    Secrets out;
    auto txn = store.begin(false);
    QStringList others;
    for (const QString &p : people)
        if (!mine.contains(p))
            others << p;
    const auto records = txn.value()->recordsSince(0, others, 1'000'000).value();
    for (const Server::StoredRecord &r : records) {
        out.ids << r.id;
        if (r.entity != u"Person")
            continue;
        for (const QString &f : {u"surnameCyr"_s, u"surnameLat"_s, u"iin"_s, u"residenceAddress"_s}) {
            const QString v = r.fields.value(f).toString();
            if (v.size() >= 4 && !allowed.contains(v))  // a surname shared with a visible case is no leak
                out.texts << v;
        }
    }
    return out;
}

/** Restricted conviction values of the referred cases that appear nowhere else they may see. */
QStringList convictionValues(Server::ServerStore &store, const SeedInfo &seed, const QString &visibleText)
{
    auto txn = store.begin(false);
    QStringList out;
    for (const Server::StoredRecord &r : txn.value()->recordsSince(0, seed.referredCases, 1'000'000).value()) {
        if (r.entity != u"Conviction")
            continue;
        const QString sentence = r.fields.value(u"sentence"_s).toString();
        if (sentence.size() >= 6 && visibleText.count(sentence) == 1)
            out << sentence;
    }
    return out;
}

bool hasOutcome(const Sync::TransportReply &reply, pb::Outcome outcome, QString *reason = nullptr)
{
    pb::SyncResponse response;
    if (!reply.ok() || !Wire::parse(reply.body, response) || response.results_size() != 1)
        return false;
    if (reason)
        *reason = QString::fromStdString(response.results(0).reason());
    return response.results(0).outcome() == outcome;
}

} // namespace

class tst_IntegrationScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void counsellorSyncCarriesNoOtherCase();
    void officerSyncCarriesNoOtherOfficersCase();
    void officerPullCarriesNoCounsellingNotes();
    void forgedPushIntoUnreferredCaseIsRefused();
    void revokedReferralPurgesTheCase();
    void revokedDeviceIsWiped_data();
    void revokedDeviceIsWiped();
    void issuedAccessTokenFailsAtOnceAfterRevocation_data();
    void issuedAccessTokenFailsAtOnceAfterRevocation();
    void regainedCaseBringsBackTheDevicesOwnRecords();
};

void tst_IntegrationScope::initTestCase_data()
{
    QTest::addColumn<QString>("store");
    for (const QString &row : storeRowsToRun())
        QTest::newRow(qPrintable(row)) << row;
}

void tst_IntegrationScope::counsellorSyncCarriesNoOtherCase()
{
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    const SeedInfo &seed = s.seed();
    auto client = s.rawClient(seed.counsellorId);
    QVERIFY(client);
    QList<QByteArray> raw;
    QList<pb::SyncResponse> replies;
    QVERIFY(client->pullAll(raw, &replies));

    auto opened = s.store().open();
    QVERIFY(opened.ok());
    Server::ServerStore &st = *opened.value();
    const QString visible = allowedText(st, seed.referredCases + QStringList{QString()});
    const Secrets secrets = secretsOutside(st, seed.people, seed.referredCases, visible);
    // The search finds what must be there (the referred cases, by raw id and by name)…
    for (const QString &mine : seed.referredCases) {
        QVERIFY(anyContains(raw, mine, true));
        QVERIFY(anyContains(raw, s.serverRecord(u"Person"_s, mine)->fields.value(u"surnameCyr"_s).toString()));
    }
    // …and nothing of any other case.
    QVERIFY2(secrets.ids.size() > 100 && secrets.texts.size() > 20, "enough other cases to search for");
    for (const QString &id : secrets.ids)
        QVERIFY2(!anyContains(raw, id, true), qPrintable(u"record id of another case in the reply: "_s + id));
    for (const QString &t : secrets.texts)
        QVERIFY2(!anyContains(raw, t), "an identifying value of another case is in the reply");

    // What they may see did arrive; convictions did not, neither as records nor as values.
    int personChanges = 0;
    for (const pb::SyncResponse &r : replies)
        for (const pb::Change &c : r.changes()) {
            QVERIFY(c.entity() != "Conviction");
            personChanges += c.entity() == "Person" ? 1 : 0;
        }
    QCOMPARE(personChanges, seed.referredCases.size());
    QVERIFY(!anyContains(raw, u"Conviction"_s));
    const QStringList sentences = convictionValues(st, seed, visible);
    QVERIFY2(!sentences.isEmpty(), "the referred cases have convictions to leak");
    for (const QString &sentence : sentences)
        QVERIFY2(!anyContains(raw, sentence), "a conviction value is in the counsellor's reply");

    // The product device holds the same: the referred cases, no conviction.
    auto device = s.device(seed.counsellorId, u"counsellor"_s);
    QVERIFY(device);
    QCOMPARE(device->count(u"Person"_s), seed.referredCases.size());
    QCOMPARE(device->count(u"Conviction"_s), 0);
}

void tst_IntegrationScope::officerSyncCarriesNoOtherOfficersCase()
{
    // R24 between two probation officers: officer B (another office) is made case officer of five
    // cases; every other case stays officer A's, one of them with canaries A just wrote (a note on
    // the person, a document title). B's whole pull, every page decompressed, is searched for
    // A's record ids (text and raw 16 bytes), A's people's identifying values and the canaries.
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    const SeedInfo &seed = s.seed();
    const QStringList bCases = seed.people.mid(20, 5);
    QCOMPARE(bCases.size(), 5);
    QString aCase;  // one of A's cases that no record of B's cases refers to
    {
        auto opened = s.store().open();
        QVERIFY(opened.ok());
        const QString bText = allowedText(*opened.value(), bCases);
        for (int i = 12; i < 20 && aCase.isEmpty(); ++i)
            if (!bText.contains(seed.people.at(i)))
                aCase = seed.people.at(i);
    }
    QVERIFY(!aCase.isEmpty() && !bCases.contains(aCase));

    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString noteCanary = u"Officeracanary-note-%1 Ақжол Сейітқали"_s.arg(tag);
    const QString titleCanary = u"Officeracanary-doc-%1"_s.arg(tag);
    auto officerA = s.rawClient(seed.officerId);
    QVERIFY(officerA);
    const auto person = s.serverRecord(u"Person"_s, aCase);
    QVERIFY(person);
    QVERIFY(hasOutcome(officerA->sync({patchOp(u"Person"_s, aCase, person->version, {{u"notes"_s, noteCanary}})}, false),
                       pb::OUTCOME_APPLIED));
    const QString documentId = newUuidV7(QDateTime::currentMSecsSinceEpoch());
    pb::Op create = patchOp(u"Document"_s, documentId, 0,
                            {{u"personId"_s, aCase}, {u"kind"_s, u"other"_s}, {u"title"_s, titleCanary}});
    create.set_kind(pb::OP_KIND_CREATE);
    QVERIFY(hasOutcome(officerA->sync({create}, false), pb::OUTCOME_APPLIED));
    for (const QString &p : bCases) {
        auto assigned = s.server().admin(u"assign-case"_s, {u"--person"_s, p, u"--officer"_s, seed.secondOfficerId});
        QVERIFY2(assigned.ok(), qPrintable(assigned.ok() ? QString() : assigned.error().detail));
    }

    // The search finds the canaries where they belong: in officer A's own pull.
    {
        auto again = s.rawClient(seed.officerId);
        QVERIFY(again);
        QList<QByteArray> rawA;
        QVERIFY(again->pullAll(rawA));
        QVERIFY(anyContains(rawA, noteCanary) && anyContains(rawA, titleCanary));
        QVERIFY(anyContains(rawA, documentId, true) && anyContains(rawA, aCase, true));
    }

    auto officerB = s.rawClient(seed.secondOfficerId);
    QVERIFY(officerB);
    QList<QByteArray> raw;
    QList<pb::SyncResponse> replies;
    QVERIFY(officerB->pullAll(raw, &replies));

    auto opened = s.store().open();
    QVERIFY(opened.ok());
    Server::ServerStore &st = *opened.value();
    const QString visible = allowedText(st, bCases + QStringList{QString()});
    const Secrets secrets = secretsOutside(st, seed.people, bCases, visible);
    // B's own cases arrived, by raw id and by name…
    for (const QString &mine : bCases) {
        QVERIFY(anyContains(raw, mine, true));
        QVERIFY(anyContains(raw, s.serverRecord(u"Person"_s, mine)->fields.value(u"surnameCyr"_s).toString()));
    }
    // …and nothing of officer A's cases: no id, no identifying value, no canary.
    QVERIFY2(secrets.ids.size() > 100 && secrets.texts.size() > 20, "enough of officer A's cases to search for");
    QVERIFY(secrets.ids.contains(documentId) && secrets.ids.contains(aCase));
    // No record of A's cases is sent, not even its id: the only ids of A's cases in B's reply may
    // be values of B's own records (a Relationship's relatedPersonId names a relative who is
    // A's case: an Ordinary reference the policy lets B read, without that person's record).
    QSet<QByteArray> aIds;
    for (const QString &id : secrets.ids)
        aIds.insert(QByteArray::fromStdString(Wire::uuidToBytes(id)));
    for (const pb::SyncResponse &r : std::as_const(replies))
        for (const pb::Change &c : r.changes()) {
            QVERIFY2(!aIds.contains(QByteArray::fromStdString(c.record_id())), "a record of officer A's case was sent");
            QVERIFY2(!aIds.contains(QByteArray::fromStdString(c.bucket())), "a change in officer A's bucket was sent");
        }
    int referenced = 0;
    for (const QString &id : secrets.ids) {
        if (visible.contains(id)) {
            ++referenced;
            continue;
        }
        QVERIFY2(!anyContains(raw, id, true), qPrintable(u"record id of officer A's case in B's reply: "_s + id));
    }
    QVERIFY(referenced < 10);
    for (const QString &t : secrets.texts)
        QVERIFY2(!anyContains(raw, t), "an identifying value of officer A's case is in B's reply");
    QVERIFY2(!anyContains(raw, noteCanary) && !anyContains(raw, titleCanary), "officer A's canary is in B's reply");
    QVERIFY(!anyContains(raw, tag));

    int personChanges = 0;
    for (const pb::SyncResponse &r : replies)
        for (const pb::Change &c : r.changes())
            personChanges += c.entity() == "Person" ? 1 : 0;
    QCOMPARE(personChanges, bCases.size());

    // The product device of officer B holds the same five cases.
    auto device = s.device(seed.secondOfficerId, u"officerB"_s);
    QVERIFY(device);
    QCOMPARE(device->count(u"Person"_s), bCases.size());
    QVERIFY(!device->record(u"Person"_s, aCase).has_value());
    QVERIFY(!device->record(u"Document"_s, documentId).has_value());
}

void tst_IntegrationScope::officerPullCarriesNoCounsellingNotes()
{
    // R28: the counsellor logs two sessions on a referred case, each with its own canary in the
    // four note fields and the topics: one `counselling_team` (probation may read nothing of it),
    // one `shared_summary` (probation may read its summary fields only). The case officer's whole
    // pull, every page decompressed, holds no canary and not the team session at all; the
    // counsellor's own pull holds every canary (the search finds them).
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    const SeedInfo &seed = s.seed();
    const QString person = seed.referredCases.value(0);
    const QString referral = seed.referralOf.value(person);
    QVERIFY(!person.isEmpty() && !referral.isEmpty());
    auto counsellor = s.device(seed.counsellorId, u"counsellor"_s);
    QVERIFY(counsellor);

    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QStringList noteFields{u"notesObservations"_s, u"notesAnalysis"_s, u"notesConclusions"_s, u"notesPlan"_s,
                                 u"topics"_s};
    QStringList canaries;
    const auto logSession = [&](const QString &tier) -> QString {
        SessionService service(counsellor->db(), counsellor->writer());
        QVariantMap fields{{u"personId"_s, person}, {u"referralId"_s, referral},
                           {u"occurredOn"_s, SystemClock().today().toString(Qt::ISODate)},
                           {u"mode"_s, u"face_to_face"_s}, {u"durationMinutes"_s, 47},
                           {u"confidentialityTier"_s, tier}};
        for (const QString &f : noteFields) {
            const QString canary = u"Notecanary-%1-%2-%3 кеңес жазбасы"_s.arg(tier, f, tag);
            fields.insert(f, canary);
            canaries << canary;
        }
        auto logged = service.log(fields);
        if (!logged.ok())
            qWarning() << "log failed:" << logged.error().detail << logged.error().field;
        return logged.ok() ? logged.value().sessionId : QString();
    };
    const QString teamId = logSession(u"counselling_team"_s);
    const QString sharedId = logSession(u"shared_summary"_s);
    QVERIFY(!teamId.isEmpty() && !sharedId.isEmpty());
    QCOMPARE(canaries.size(), 10);
    QVERIFY(counsellor->sync());
    QVERIFY2(counsellor->rejectedSummary().isEmpty(), qPrintable(counsellor->rejectedSummary().join(u"; "_s)));
    QCOMPARE(s.serverRecord(u"CounsellingSession"_s, teamId)->fields.value(u"notesPlan"_s).toString(),
             canaries.at(3));

    {   // Control: the counsellor's raw pull carries every canary, so the search can find them.
        auto raw = s.rawClient(seed.counsellorId);
        QVERIFY(raw);
        QList<QByteArray> bytes;
        QVERIFY(raw->pullAll(bytes));
        for (const QString &c : std::as_const(canaries))
            QVERIFY2(anyContains(bytes, c), qPrintable(u"control: not in the counsellor's pull: "_s + c));
    }

    auto officer = s.rawClient(seed.officerId);
    QVERIFY(officer);
    QList<QByteArray> raw;
    QList<pb::SyncResponse> replies;
    QVERIFY(officer->pullAll(raw, &replies));
    QVERIFY(anyContains(raw, person, true));
    for (const QString &c : std::as_const(canaries))
        QVERIFY2(!anyContains(raw, c), qPrintable(u"a counselling note is in the officer's pull: "_s + c));
    QVERIFY2(!anyContains(raw, tag), "a canary's tag is in the officer's pull");
    QVERIFY2(!anyContains(raw, teamId, true), "the counselling_team session reached the officer");

    // What probation may read of the shared session did arrive: the summary, no note field.
    bool sharedSeen = false;
    for (const pb::SyncResponse &r : replies)
        for (const pb::Change &c : r.changes()) {
            if (c.entity() != "CounsellingSession" || c.record_id() != Wire::uuidToBytes(sharedId))
                continue;
            sharedSeen = true;
            const QVariantMap fields = Wire::fromFields(c.fields());
            QCOMPARE(fields.value(u"durationMinutes"_s).toInt(), 47);
            for (const QString &f : noteFields)
                QVERIFY2(!fields.contains(f), qPrintable(u"note field sent to probation: "_s + f));
        }
    QVERIFY2(sharedSeen, "the shared_summary session's summary reached the officer");

    auto device = s.device(seed.officerId, u"officer"_s);
    QVERIFY(device);
    QVERIFY(!device->record(u"CounsellingSession"_s, teamId).has_value());
    const auto shared = device->record(u"CounsellingSession"_s, sharedId);
    QVERIFY(shared);
    for (const QString &f : noteFields)
        QVERIFY(shared->fields.value(f).toString().isEmpty());
}

void tst_IntegrationScope::forgedPushIntoUnreferredCaseIsRefused()
{
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    const SeedInfo &seed = s.seed();
    auto client = s.rawClient(seed.counsellorId);
    QVERIFY(client);
    const QString other = seed.people.at(12);
    QVERIFY(!seed.referredCases.contains(other));
    const auto person = s.serverRecord(u"Person"_s, other);
    QVERIFY(person);
    const ServerFacts before = s.facts();

    QString reason;
    const auto patch = client->sync({patchOp(u"Person"_s, other, person->version, {{u"notes"_s, u"forged"_s}})}, false);
    QVERIFY2(hasOutcome(patch, pb::OUTCOME_REJECTED, &reason), "a patch of an unreferred case is refused");
    QCOMPARE(reason, u"out_of_scope"_s);

    pb::Op create = patchOp(u"Document"_s, newUuidV7(QDateTime::currentMSecsSinceEpoch()), 0,
                            {{u"personId"_s, other}, {u"kind"_s, u"other"_s}, {u"title"_s, u"forged"_s}});
    create.set_kind(pb::OP_KIND_CREATE);
    const auto created = client->sync({create}, false);
    QVERIFY2(hasOutcome(created, pb::OUTCOME_REJECTED, &reason), "a record created in an unreferred case is refused");

    const ServerFacts after = s.facts();
    QCOMPARE(after.highWater, before.highWater);
    QCOMPARE(after.recordsDigest, before.recordsDigest);
    QCOMPARE(s.serverRecord(u"Person"_s, other)->fields.value(u"notes"_s), person->fields.value(u"notes"_s));
}

void tst_IntegrationScope::revokedReferralPurgesTheCase()
{
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    const SeedInfo &seed = s.seed();
    auto counsellor = s.device(seed.counsellorId, u"counsellor"_s);
    auto officer = s.device(seed.officerId, u"officer"_s);
    QVERIFY(counsellor && officer);
    const QString revoked = seed.referredCases.at(0);
    const QString kept = seed.referredCases.at(1);
    const QString surname = counsellor->record(u"Person"_s, revoked)->fields.value(u"surnameCyr"_s).toString();
    QVERIFY(counsellor->recordsOfCase(revoked) > 0);
    QVERIFY(counsellor->searchNames(surname).contains(revoked));
    const qint64 keptRecords = counsellor->recordsOfCase(kept);

    const QString referralId = seed.referralOf.value(revoked);
    const auto referral = officer->record(u"Referral"_s, referralId);
    QVERIFY(referral);
    const Status cmd = officer->writer().command(u"Referral"_s, referralId, referral->version, u"revoke"_s,
                                                 {{u"closureReason"_s, u"Клиент переехал"_s}});
    QVERIFY2(cmd.ok(), qPrintable(cmd.ok() ? QString() : cmd.error().detail));
    QVERIFY(officer->sync());
    QCOMPARE(s.serverRecord(u"Referral"_s, referralId)->fields.value(u"status"_s).toString(), u"revoked"_s);

    QVERIFY(counsellor->sync());
    QCOMPARE(counsellor->recordsOfCase(revoked), 0);
    QVERIFY(!counsellor->searchNames(surname).contains(revoked));
    QVERIFY(!counsellor->record(u"Person"_s, revoked).has_value());
    QCOMPARE(counsellor->recordsOfCase(kept), keptRecords);
}

void tst_IntegrationScope::revokedDeviceIsWiped_data()
{
    QTest::addColumn<bool>("restarted");
    QTest::newRow("still holding an access token") << false;
    // Lost or stolen, the device is most likely off for longer than its access token lives: the
    // refresh is its first request, and the wipe order answers it.
    QTest::newRow("restarted after the revocation") << true;
}

void tst_IntegrationScope::revokedDeviceIsWiped()
{
    QFETCH_GLOBAL(QString, store);
    QFETCH(bool, restarted);
    Scenario s;
    QVERIFY(s.start(store));
    auto device = s.device(s.seed().officerId, u"officer"_s);
    QVERIFY(device);
    QVERIFY(device->count(u"Person"_s) > 0);
    const QString deviceId = device->credentials().deviceId;
    auto revoked = s.server().admin(u"revoke-device"_s, {u"--device"_s, deviceId});
    QVERIFY2(revoked.ok(), qPrintable(revoked.ok() ? QString() : revoked.error().detail));

    if (restarted)
        device->restartEngine();
    (void)device->sync();
    QCOMPARE(device->wipeCalls(), 1);
    QCOMPARE(device->state(), Sync::SyncEngine::State::Locked);
    QVERIFY(!QFile::exists(device->path()));
    QCOMPARE(device->count(u"Person"_s), -1);

    // R10: the device, its data gone, told the server so; the server's chain says it once.
    auto opened = s.store().open();
    QVERIFY(opened.ok());
    auto txn = opened.value()->begin(false);
    QVERIFY(txn.ok());
    auto row = txn.value()->device(deviceId);
    QVERIFY(row.ok() && row.value());
    QVERIFY(row.value()->wipeConfirmedAt > 0);
    auto events = txn.value()->auditEvents(0, 1'000'000);
    QVERIFY(events.ok());
    int wipes = 0, confirmations = 0;
    for (const Server::ServerAuditEvent &e : events.value()) {
        if (e.deviceId != deviceId)
            continue;
        wipes += e.action == u"wipe"_s;
        confirmations += e.action == u"wipe_confirmed"_s;
    }
    QCOMPARE(wipes, 1);
    QCOMPARE(confirmations, 1);
}

void tst_IntegrationScope::issuedAccessTokenFailsAtOnceAfterRevocation_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("device revoked") << u"revoke-device"_s;
    QTest::newRow("user revoked") << u"revoke-user"_s;
}

void tst_IntegrationScope::issuedAccessTokenFailsAtOnceAfterRevocation()
{
    // R22 "tokens fail ≤ 60 s": the server looks the device and the user up on every request (no
    // cache), so the bound is 0 s. An access token issued and used a moment ago, still valid for
    // minutes, gets nothing on the very next request after the revocation: a wipe command, no
    // change, no op applied; its refresh token gets no tokens, only the same wipe order.
    QFETCH_GLOBAL(QString, store);
    QFETCH(QString, command);
    Scenario s;
    QVERIFY(s.start(store));
    const SeedInfo &seed = s.seed();
    auto client = s.rawClient(seed.officerId);
    QVERIFY(client);
    QList<QByteArray> raw;
    QList<pb::SyncResponse> replies;
    QVERIFY(client->pullAll(raw, &replies));  // the token works and carries the officer's cases
    int changesBefore = 0;
    for (const pb::SyncResponse &r : std::as_const(replies))
        changesBefore += r.changes_size();
    QVERIFY(changesBefore > 0);
    const QByteArray accessToken = client->accessToken();

    QElapsedTimer sinceRevocation;
    const auto revoked = command == u"revoke-device"
        ? s.server().admin(command, {u"--device"_s, client->deviceId()})
        : s.server().admin(command, {u"--user"_s, seed.officerId});
    QVERIFY2(revoked.ok(), qPrintable(revoked.ok() ? QString() : revoked.error().detail));
    sinceRevocation.start();
    // The token itself has not run out: only the revocation can refuse it.
    QVERIFY(client->token().access_expires_at() > QDateTime::currentMSecsSinceEpoch() + 60'000);

    const QString person = seed.people.at(7);
    const auto personBefore = s.serverRecord(u"Person"_s, person);
    QVERIFY(personBefore);
    const ServerFacts before = s.facts();
    const Sync::TransportReply reply = client->sync(
        {patchOp(u"Person"_s, person, personBefore->version, {{u"notes"_s, u"after the revocation"_s}})});
    const qint64 refusedAfterMs = sinceRevocation.elapsed();
    QCOMPARE(client->accessToken(), accessToken);
    QCOMPARE(reply.httpStatus, 200);
    pb::SyncResponse response;
    QVERIFY(Wire::parse(reply.body, response));
    QCOMPARE(response.commands_size(), 1);
    QVERIFY(response.commands(0).has_wipe());
    QCOMPARE(response.changes_size(), 0);
    QCOMPARE(response.results_size(), 0);
    QCOMPARE(response.conflicts_size(), 0);
    QVERIFY2(refusedAfterMs < 60'000, qPrintable(QString::number(refusedAfterMs)));
    const ServerFacts after = s.facts();
    QCOMPARE(after.highWater, before.highWater);
    QCOMPARE(after.recordsDigest, before.recordsDigest);

    // The refresh token gets no new tokens either: a wipe order in their place.
    pb::TokenRequest refresh;
    refresh.set_refresh_token(client->token().refresh_token());
    refresh.set_device_id(client->token().device_id());
    const Sync::TransportReply refreshed = client->post(u"/v1/token"_s, Wire::serialise(refresh));
    QCOMPARE(refreshed.httpStatus, 200);
    pb::TokenReply tokens;
    QVERIFY(Wire::parse(refreshed.body, tokens));
    QVERIFY(tokens.has_wipe());
    QVERIFY(tokens.access_token().empty() && tokens.refresh_token().empty());
}

void tst_IntegrationScope::regainedCaseBringsBackTheDevicesOwnRecords()
{
    // Found by tst_convergence: a case moved away from an officer and back. The move away purges
    // it from the device; the move back backfills it, and the backfill skipped the records whose
    // state that device had produced ("echoes") — gone from it since the purge, so never again.
    QFETCH_GLOBAL(QString, store);
    Scenario s;
    QVERIFY(s.start(store));
    const SeedInfo &seed = s.seed();
    auto officer = s.device(seed.officerId, u"officer"_s);
    QVERIFY(officer);
    const QString person = seed.people.at(15);
    auto document = officer->writer().create(u"Document"_s, {{u"personId"_s, person}, {u"kind"_s, u"other"_s},
                                                            {u"title"_s, u"Справка с места работы"_s}});
    QVERIFY(document.ok());
    QVERIFY(officer->sync());
    const qint64 before = officer->recordsOfCase(person);

    QVERIFY(s.server().admin(u"assign-case"_s, {u"--person"_s, person, u"--officer"_s, seed.secondOfficerId}).ok());
    QVERIFY(officer->sync());
    QCOMPARE(officer->recordsOfCase(person), 0);

    QVERIFY(s.server().admin(u"assign-case"_s, {u"--person"_s, person, u"--officer"_s, seed.officerId}).ok());
    QVERIFY(officer->sync());
    QVERIFY2(officer->record(u"Document"_s, document.value()).has_value(), "the officer's own document came back");
    QCOMPARE(officer->recordsOfCase(person), before);
}

QTEST_GUILESS_MAIN(tst_IntegrationScope)
#include "tst_integration_scope.moc"
