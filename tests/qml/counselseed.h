#pragma once

// Seed for the counsellor's Quick test of accepting a referral (tests/qml/counsellor/
// tst_referral.qml): the generated data holds only referrals already under way (active or
// completed), so the fixture (fixtures/referrals.cpp) sends one more, as a probation officer, to the
// counsellor the harness acts as. tests/app/tst_referralmodel.cpp uses it too.
#include "appsession.h"
#include "storeworker.h"

#include "casework/referralservice.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QStringLiteral>

namespace Qadam::CounselSeed {

/** Sends a referral (status "sent") to the signed-in counsellor for a person with a consent that
 *  covers it and no referral to them yet. Returns its id (empty when no such person exists) and
 *  sets `personId` when given. */
inline QString offerReferral(AppSession &session, QString *personId = nullptr)
{
    QString sent;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto q = ctx.db.prepare(QStringLiteral(
            "SELECT c.person_id, c.id FROM consent_record c WHERE c.purpose IN ('counselling', 'referral') "
            "AND c.withdrawn_on IS NULL AND c.given_on <= ?1 AND NOT EXISTS (SELECT 1 FROM referral r WHERE "
            "r.person_id = c.person_id AND r.counsellor_id = ?2) ORDER BY c.id LIMIT 1"));
        if (!q.ok())
            return;
        q.value().bind(1, ctx.today.toString(Qt::ISODate)).bind(2, ctx.actor.userId);
        auto row = q.value().step();
        if (!row.ok() || !row.value())
            return;
        ReferralRequest request;
        request.personId = q.value().text(0);
        request.consentId = q.value().text(1);
        request.counsellorId = ctx.actor.userId;
        request.reason = QStringLiteral("Synthetic: support after release");
        request.termStart = ctx.today;
        request.termEnd = ctx.today.addMonths(6);
        auto officer = ctx.db.scalar(QStringLiteral(
            "SELECT id FROM staff_user WHERE role = 'probation_officer' AND status = 'active' ORDER BY id LIMIT 1"));
        if (!officer.ok())
            return;
        WriteService asOfficer(ctx.db, ctx.clock, Actor { officer.value().toString(), Role::ProbationOfficer });
        auto id = ReferralService(asOfficer, ctx.db).send(request);
        if (!id.ok())
            return;
        sent = id.value();
        if (personId)
            *personId = request.personId;
    });
    return sent;
}

} // namespace Qadam::CounselSeed
