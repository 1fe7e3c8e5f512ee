// The pull half of SyncService: scoping by case and readable fields, purge on a revoked
// referral, idle syncs, paged backfills that survive a lost reply, and a new server epoch.
#include "servicefixture.h"

#include <QSet>
#include <QTest>

using namespace Qadam;
using namespace Qadam::Test;
using namespace Qt::StringLiterals;

class tst_SyncPull : public QObject
{
    Q_OBJECT

private:
    static QSet<QString> recordIds(const QList<pb::SyncResponse> &pages)
    {
        QSet<QString> ids;
        for (const pb::SyncResponse &p : pages)
            for (const pb::Change &c : p.changes())
                ids.insert(Wire::uuidFromBytes(c.record_id()));
        return ids;
    }

    /** Adds `n` check-ins to the person's case as the server would hold them. */
    static QStringList addCheckIns(ServiceFixture &f, const QString &person, int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            f.clock.advance(1);
            ids << f.import(u"CheckIn"_s, {{u"personId"_s, person}, {u"channel"_s, u"probation"_s},
                                           {u"dueOn"_s, u"2026-05-20"_s}, {u"outcome"_s, u"attended"_s},
                                           {u"occurredOn"_s, u"2026-05-20"_s},
                                           {u"summary"_s, u"Attended and talked about work, week %1"_s.arg(i)}});
        }
        return ids;
    }

    /** The buckets a reply tells the device to purge. */
    static QStringList purgesIn(const pb::SyncResponse &r)
    {
        QStringList purged;
        for (const pb::Command &cmd : r.commands())
            if (cmd.has_purge_bucket())
                purged << Wire::uuidFromBytes(cmd.purge_bucket().bucket());
        return purged;
    }

    /** Officer `o` revokes the fixture's referral (the counsellor's only case). */
    static void revokeReferral(ServiceFixture &f, TestDevice &o)
    {
        pb::SyncRequest revoke = ServiceFixture::request(false);
        f.addOp(revoke, o, pb::OP_KIND_COMMAND, u"Referral"_s, f.referral, 1,
                {{u"status"_s, u"revoked"_s}, {u"closureReason"_s, u"Ended early"_s}})
            ->set_command("revoke");
        pb::SyncResponse done;
        QCOMPARE(f.send(o, revoke, &done).status, 200);
        QCOMPARE(done.results(0).outcome(), pb::OUTCOME_APPLIED);
    }

private Q_SLOTS:
    void officerSeesOwnCaseOnly_data() { addStoreRows(); }
    void officerSeesOwnCaseOnly()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        QByteArray raw;
        const QSet<QString> ids = recordIds(f->pullAll(d, 0, &raw));
        QVERIFY(ids.contains(f->personOwn));
        QVERIFY(ids.contains(f->conviction));
        QVERIFY(ids.contains(f->officerA)); // the directory
        QVERIFY(!ids.contains(f->personOther));
        QVERIFY(!raw.contains("Quxtorbayev"));
        QVERIFY(!raw.contains(QByteArray::fromStdString(Wire::uuidToBytes(f->personOther))));
    }

    void counsellorSeesReferredCaseWithoutConviction_data() { addStoreRows(); }
    void counsellorSeesReferredCaseWithoutConviction()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice c = f->enroll(f->counsellor);
        QByteArray raw;
        const QList<pb::SyncResponse> pages = f->pullAll(c, 0, &raw);
        const QSet<QString> ids = recordIds(pages);
        QVERIFY(ids.contains(f->personOwn));
        QVERIFY(ids.contains(f->referral));
        QVERIFY(!ids.contains(f->conviction));
        for (const pb::SyncResponse &p : pages)
            for (const pb::Change &ch : p.changes())
                QVERIFY(ch.entity() != "Conviction");
        const QByteArray otherId = QByteArray::fromStdString(Wire::uuidToBytes(f->personOther));
        for (const QByteArray &canary : {QByteArray("Quxtorbayev"), QByteArray("Yerzhanbol"), QByteArray("900101300123"),
                                         QByteArray("Sentencecanary"), otherId, f->personOther.toUtf8(),
                                         QByteArray("Officer Bravo")})
            QVERIFY2(!raw.contains(canary), canary.constData());
        QVERIFY(raw.contains("Zharkynbekova")); // the referred person's name does arrive
    }

    void supervisorSeesRegion_data() { addStoreRows(); }
    void supervisorSeesRegion()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice s = f->enroll(f->supervisor);
        const QSet<QString> ids = recordIds(f->pullAll(s));
        QVERIFY(ids.contains(f->personOther)); // lives in the supervisor's territory
        QVERIFY(!ids.contains(f->personOwn));  // another territory, another unit
    }

    void revokedReferralPurges_data() { addStoreRows(); }
    void revokedReferralPurges()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice c = f->enroll(f->counsellor);
        TestDevice o = f->enroll(f->officerA);
        QVERIFY(recordIds(f->pullAll(c)).contains(f->personOwn));
        revokeReferral(*f, o);

        pb::SyncResponse next;
        QCOMPARE(f->send(c, ServiceFixture::request(), &next).status, 200);
        QCOMPARE(purgesIn(next), QStringList{f->personOwn});
        QCOMPARE(next.changes_size(), 0);
        // Once purged, it is not sent again.
        pb::SyncResponse after;
        QCOMPARE(f->send(c, ServiceFixture::request(), &after).status, 200);
        for (const pb::Command &cmd : after.commands())
            QVERIFY(!cmd.has_purge_bucket());
    }

    // Found by tst_convergence: a counsellor who keeps a case through a second referral kept the
    // sessions of the revoked one, which the server no longer lets them read.
    void revokedReferralResyncsACaseStillInScope_data() { addStoreRows(); }
    void revokedReferralResyncsACaseStillInScope()
    {
        auto f = seededFixture();
        QVERIFY(f);
        const QString second = f->import(u"Referral"_s, {{u"personId"_s, f->personOwn}, {u"counsellorId"_s, f->counsellor},
                                                        {u"organisationId"_s, f->ngoOrg}, {u"reason"_s, u"Housing"_s},
                                                        {u"consentId"_s, f->consent}, {u"status"_s, u"active"_s},
                                                        {u"termStart"_s, u"2026-01-15"_s},
                                                        {u"termEnd"_s, u"2026-12-31"_s}});
        const auto session = [&](const QString &referral) {
            return f->import(u"CounsellingSession"_s, {{u"personId"_s, f->personOwn}, {u"referralId"_s, referral},
                                                       {u"counsellorId"_s, f->counsellor},
                                                       {u"confidentialityTier"_s, u"counselling_team"_s},
                                                       {u"occurredOn"_s, u"2026-05-02"_s}, {u"mode"_s, u"face_to_face"_s},
                                                       {u"durationMinutes"_s, 40},
                                                       {u"notesObservations"_s, u"Talked about family"_s}});
        };
        const QString onRevoked = session(f->referral);
        const QString onKept = session(second);
        TestDevice c = f->enroll(f->counsellor);
        TestDevice o = f->enroll(f->officerA);
        const QSet<QString> before = recordIds(f->pullAll(c));
        QVERIFY(before.contains(onRevoked));
        QVERIFY(before.contains(onKept));
        revokeReferral(*f, o);

        pb::SyncResponse next;
        QCOMPARE(f->send(c, ServiceFixture::request(), &next).status, 200);
        QVERIFY(purgesIn(next).isEmpty());  // the case stays
        QStringList resynced;
        for (const pb::Command &cmd : next.commands())
            if (cmd.has_resync_bucket())
                resynced << Wire::uuidFromBytes(cmd.resync_bucket().bucket());
        QCOMPARE(resynced, QStringList{f->personOwn});
        QVERIFY(next.more());  // the case comes again at once
        QCOMPARE(next.changes_size(), 0);
        const QSet<QString> again = recordIds(f->pullAll(c));
        QVERIFY(again.contains(f->personOwn));
        QVERIFY(again.contains(onKept));
        QVERIFY(again.contains(second));
        QVERIFY(!again.contains(onRevoked));
        // Settled: the next sync resyncs nothing and sends nothing.
        pb::SyncResponse idle;
        QCOMPARE(f->send(c, ServiceFixture::request(), &idle).status, 200);
        for (const pb::Command &cmd : idle.commands())
            QVERIFY(!cmd.has_resync_bucket() && !cmd.has_purge_bucket());
        QCOMPARE(idle.changes_size(), 0);
    }

    void lostPurgeIsSentAgain_data() { addStoreRows(); }
    void lostPurgeIsSentAgain()
    {
        // Found by tst_convergence: the reply carrying a purge was lost (fault proxy), and the
        // server had already forgotten the delivery, so the purge never came again and the case
        // stayed on a device that may no longer see it.
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice c = f->enroll(f->counsellor);
        TestDevice o = f->enroll(f->officerA);
        QVERIFY(recordIds(f->pullAll(c)).contains(f->personOwn));
        revokeReferral(*f, o);
        const QByteArray before = c.cursor;
        pb::SyncResponse lost;
        QCOMPARE(f->send(c, ServiceFixture::request(), &lost).status, 200);
        QCOMPARE(purgesIn(lost), QStringList{f->personOwn});
        c.cursor = before;  // the reply never arrived: the device asks again with its old cursor
        pb::SyncResponse again;
        QCOMPARE(f->send(c, ServiceFixture::request(), &again).status, 200);
        QCOMPARE(purgesIn(again), QStringList{f->personOwn});
        // Applied this time: the next reply confirms it and purges nothing more.
        pb::SyncResponse after;
        QCOMPARE(f->send(c, ServiceFixture::request(), &after).status, 200);
        QVERIFY(purgesIn(after).isEmpty());
        pb::SyncResponse later;
        QCOMPARE(f->send(c, ServiceFixture::request(), &later).status, 200);
        QVERIFY(purgesIn(later).isEmpty());
    }

    void idleSyncIsOneSmallReply_data() { addStoreRows(); }
    void idleSyncIsOneSmallReply()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        f->pullAll(d);
        const qint64 high = f->highWater();
        pb::SyncResponse r;
        const Server::ServiceReply reply = f->send(d, ServiceFixture::request(), &r);
        QCOMPARE(reply.status, 200);
        QVERIFY2(reply.body.size() < 1024, QByteArray::number(reply.body.size()).constData());
        QCOMPARE(r.changes_size(), 0);
        QVERIFY(!r.more());
        bool lease = false, minimum = false;
        for (const pb::Command &cmd : r.commands()) {
            lease = lease || (cmd.has_lease() && cmd.lease().expires_at() > f->clock.nowMs());
            minimum = minimum || cmd.has_min_client_version();
        }
        QVERIFY(lease && minimum);
        QCOMPARE(f->highWater(), high);
    }

    void ownEchoIsNotSentBack_data() { addStoreRows(); }
    void ownEchoIsNotSentBack()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice a1 = f->enroll(f->officerA);
        TestDevice a2 = f->enroll(f->officerA);
        f->pullAll(a1);
        f->pullAll(a2);
        pb::SyncRequest req = ServiceFixture::request(true);
        f->addOp(req, a1, pb::OP_KIND_PATCH, u"Person"_s, f->personOwn, 1, {{u"residenceAddress"_s, u"Echo st"_s}});
        pb::SyncResponse r;
        QCOMPARE(f->send(a1, req, &r).status, 200);
        QCOMPARE(r.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(r.changes_size(), 0); // a1 holds exactly this state already
        QVERIFY(recordIds(f->pullAll(a2)).contains(f->personOwn));
    }

    // A case the device made itself comes into its scope with nothing older than its cursor: the
    // reply to the push sends none of it back, and the case is delivered from then on.
    void ownNewCaseIsNotSentBack_data() { addStoreRows(); }
    void ownNewCaseIsNotSentBack()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice a1 = f->enroll(f->officerA);
        TestDevice a2 = f->enroll(f->officerA);
        f->pullAll(a1);
        f->pullAll(a2);
        const QString person = newUuidV7(f->clock.nowMs());
        const QString checkIn = newUuidV7(f->clock.nowMs() + 1);
        pb::SyncRequest req = ServiceFixture::request(true);
        f->addOp(req, a1, pb::OP_KIND_CREATE, u"Person"_s, person, 0,
                 {{u"surnameLat"_s, u"Newperson"_s}, {u"givenNameLat"_s, u"Asel"_s}, {u"caseStatus"_s, u"active"_s},
                  {u"caseOfficerId"_s, f->officerA}});
        f->addOp(req, a1, pb::OP_KIND_CREATE, u"CheckIn"_s, checkIn, 0,
                 {{u"personId"_s, person}, {u"channel"_s, u"probation"_s}, {u"dueOn"_s, u"2026-05-20"_s},
                  {u"outcome"_s, u"attended"_s}, {u"occurredOn"_s, u"2026-05-20"_s}});
        pb::SyncResponse r;
        QCOMPARE(f->send(a1, req, &r).status, 200);
        QCOMPARE(r.results_size(), 2);
        QCOMPARE(r.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(r.results(1).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(r.changes_size(), 0);  // a1 holds both already
        QVERIFY(!r.more());
        // The other device of the same officer gets the whole new case.
        const QSet<QString> onA2 = recordIds(f->pullAll(a2));
        QVERIFY(onA2.contains(person) && onA2.contains(checkIn));
        // A change made elsewhere reaches a1: the case is one of its delivered cases now.
        pb::SyncRequest patch = ServiceFixture::request(false);
        f->addOp(patch, a2, pb::OP_KIND_PATCH, u"Person"_s, person, 1, {{u"residenceAddress"_s, u"Elsewhere st"_s}});
        pb::SyncResponse patched;
        QCOMPARE(f->send(a2, patch, &patched).status, 200);
        QCOMPARE(patched.results(0).outcome(), pb::OUTCOME_APPLIED);
        QCOMPARE(recordIds(f->pullAll(a1)), QSet<QString>{person});
    }

    void pagedBackfillSurvivesLostReply_data() { addStoreRows(); }
    void pagedBackfillSurvivesLostReply()
    {
        auto f = seededFixture();
        QVERIFY(f);
        const QStringList checkIns = addCheckIns(*f, f->personOwn, 40);
        const QString second = f->import(u"Person"_s, {{u"surnameLat"_s, u"Secondcase"_s}, {u"givenNameLat"_s, u"Ali"_s},
                                                        {u"caseStatus"_s, u"active"_s}, {u"caseOfficerId"_s, f->officerA}});
        const QStringList more = addCheckIns(*f, second, 25);
        TestDevice d = f->enroll(f->officerA);

        QList<pb::SyncResponse> pages;
        QList<QString> seen;
        bool lostOnce = false;
        for (int i = 0; i < 200; ++i) {
            const QByteArray before = d.cursor;
            pb::SyncResponse r;
            QCOMPARE(f->send(d, ServiceFixture::request(true, 400), &r).status, 200);
            if (i == 1 && !lostOnce) { // the reply never arrived: the client resends its cursor
                lostOnce = true;
                d.cursor = before;
                continue;
            }
            for (const pb::Change &c : r.changes())
                seen << Wire::uuidFromBytes(c.record_id());
            pages << r;
            // New records arrive while the first sync is still paging.
            if (i == 3)
                addCheckIns(*f, f->personOwn, 3);
            if (!r.more())
                break;
        }
        QVERIFY(pages.size() >= 3);
        const QSet<QString> unique(seen.cbegin(), seen.cend());
        QCOMPARE(qsizetype(unique.size()), seen.size()); // no duplicates
        for (const QString &id : checkIns + more)
            QVERIFY(unique.contains(id)); // no gaps
        QVERIFY(unique.contains(second));
        QVERIFY(unique.size() >= checkIns.size() + more.size() + 3 + 2);
        QVERIFY(!pages.constLast().more());
        QCOMPARE(pages.constLast().remaining(), 0u);
    }

    void incrementalPagesWithoutGaps_data() { addStoreRows(); }
    void incrementalPagesWithoutGaps()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        f->pullAll(d);
        const QStringList added = addCheckIns(*f, f->personOwn, 30);
        QList<QString> seen;
        const QList<pb::SyncResponse> pages = f->pullAll(d, 300);
        for (const pb::SyncResponse &p : pages)
            for (const pb::Change &c : p.changes())
                seen << Wire::uuidFromBytes(c.record_id());
        QVERIFY(pages.size() >= 3);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()), QSet<QString>(added.cbegin(), added.cend()));
        QCOMPARE(seen.size(), added.size());
    }

    void newEpochAsksForReupload_data() { addStoreRows(); }
    void newEpochAsksForReupload()
    {
        auto f = seededFixture();
        QVERIFY(f);
        TestDevice d = f->enroll(f->officerA);
        f->pullAll(d);
        {
            auto txn = f->store->begin(true);
            QVERIFY(txn.value()->setSetting(u"epoch"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)).ok());
            QVERIFY(txn.value()->commit().ok());
        }
        pb::SyncResponse r;
        QCOMPARE(f->send(d, ServiceFixture::request(), &r).status, 200);
        QVERIFY(!r.epoch().empty());
        QCOMPARE(r.changes_size(), 0);
        // Pulling from scratch afterwards delivers the case again.
        d.cursor.clear();
        QVERIFY(recordIds(f->pullAll(d)).contains(f->personOwn));
    }
};

QTEST_GUILESS_MAIN(tst_SyncPull)
#include "tst_syncpull.moc"
