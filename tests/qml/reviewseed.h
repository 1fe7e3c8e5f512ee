#pragma once

// Seed for the supervisor's review cycle (tests/qml/supervisor/tst_reviewcycle.qml and
// tests/app/tst_reviewsduemodel.cpp): the generator's programmes are all drafted by officers, so
// the fixture gives one person whose review is due a new programme version drafted by the signed-in
// supervisor, and an officer's review of it awaiting sign-off — the review that supervisor may not
// sign off. The programme is written below the write path, as a pull from the server would.
#include "appsession.h"
#include "storeworker.h"

#include "casework/casescope.h"
#include "casework/progressreview.h"
#include "casework/reviewschedule.h"
#include "casework/workcalendar.h"
#include "domain/schema.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "util/uuid.h"
#include "write/writeservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringLiteral>

namespace Qadam::ReviewSeed {

/** A record inserted as pulled data (no op, no audit event): the fixture's programme. */
inline QString insert(CoreContext &ctx, const QString &entity, const QVariantMap &fields)
{
    Record r;
    r.id = newUuidV7(ctx.clock.nowMs());
    r.version = 1;
    r.hlc = ctx.clock.nowMs() << 16;
    r.createdBy = r.updatedBy = r.originDevice = QStringLiteral("fixture");
    r.fields = fields;
    const Status s = RecordStore(ctx.db).insert(*Schema::builtIn().entity(entity), r);
    if (!s.ok())
        qWarning("review seed: %s not inserted: %s", qPrintable(entity), qPrintable(s.error().detail));
    return s.ok() ? r.id : QString();
}

/** Outcome proxies on their scales (first value of each), no new violations. */
inline QJsonObject someProxies()
{
    QJsonObject out;
    for (const QJsonValue &d : ProgressReviewService::scales().value(QStringLiteral("outcomeProxies")).toArray()) {
        const QJsonObject def = d.toObject();
        const QString code = def.value(QStringLiteral("code")).toString();
        out.insert(code, def.value(QStringLiteral("count")).toBool()
                ? QJsonValue(0)
                : def.value(QStringLiteral("values")).toArray().first().toObject().value(QStringLiteral("code")));
    }
    return out;
}

/** People in the actor's scope with an order in force and a review before today: signed (first),
 *  or written and waiting (the generator signs each quarter's review a few days after it). */
inline QStringList reviewed(CoreContext &ctx)
{
    QStringList out;
    auto scope = CaseScope::personIds(ctx.db, ctx.actor, ctx.today);
    auto all = scope.ok() ? ReviewSchedule::of(ctx.db, scope.value()) : Result<QList<ReviewDue>>(scope.error());
    for (const ReviewDue &d : all.ok() ? all.value() : QList<ReviewDue>()) {
        const QString head = d.openReviewId.isEmpty() ? d.lastReviewId : d.openReviewId;
        auto review = head.isEmpty() ? Result<Record>(Error::make(Error::NotFound)) : ctx.writes.get(QStringLiteral("ProgressReview"), head);
        if (review.ok() && review.value().fields.value(QStringLiteral("periodEnd")).toDate() < ctx.today)
            d.openReviewId.isEmpty() ? out.prepend(d.personId) : out.append(d.personId);
    }
    return out; // reviews waiting for a sign-off last: the sign-off queue's Quick test needs one
}

/** The person's latest review signed off (again) by another supervisor on another device
 *  (pulled), scheduling the next review today: the person is due, with nothing written yet. */
inline bool signedElsewhereDueToday(CoreContext &ctx, const QString &personId)
{
    auto schedule = ReviewSchedule::forPerson(ctx.db, personId);
    if (!schedule.ok())
        return false;
    const QString head = schedule.value().openReviewId.isEmpty() ? schedule.value().lastReviewId
                                                                  : schedule.value().openReviewId;
    auto latest = ctx.writes.get(QStringLiteral("ProgressReview"), head);
    const QString other = ctx.db.scalar(QStringLiteral("SELECT id FROM staff_user WHERE role = 'supervisor' AND id <> ?1 "
                                                       "ORDER BY id LIMIT 1"), { ctx.actor.userId })
                              .value()
                              .toString();
    if (!latest.ok() || other.isEmpty())
        return false;
    QVariantMap fields = latest.value().fields;
    fields.insert({ { QStringLiteral("amendsId"), latest.value().id }, { QStringLiteral("signedOffBy"), other },
        { QStringLiteral("signedOffAt"), ctx.clock.nowMs() }, { QStringLiteral("nextReviewOn"), ctx.today } });
    fields.remove(QStringLiteral("id"));
    return !insert(ctx, QStringLiteral("ProgressReview"), fields).isEmpty();
}

/** The review cycle's fixture: two people in the supervisor's scope made due today with nothing
 *  written (see signedElsewhereDueToday); the second also gets a programme version drafted by the
 *  signed-in supervisor and an officer's review of it awaiting sign-off. Returns that second
 *  person ("" when the store has no two such people). */
inline QString programmeBySupervisor(AppSession &session)
{
    QString person;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        const QStringList waiting = reviewed(ctx);
        if (ctx.actor.role != Role::Supervisor || waiting.size() < 2 || !signedElsewhereDueToday(ctx, waiting.at(0))
            || !signedElsewhereDueToday(ctx, waiting.at(1))) {
            qWarning("review seed: fewer than two people with a review waiting (%d)", int(waiting.size()));
            return;
        }
        const QString candidate = waiting.at(1);
        auto schedule = ReviewSchedule::forPerson(ctx.db, candidate);
        const QString programme = insert(ctx, QStringLiteral("AssistanceProgramme"),
            { { QStringLiteral("personId"), candidate }, { QStringLiteral("versionNo"), 99 },
                { QStringLiteral("status"), QStringLiteral("active") }, { QStringLiteral("draftedBy"), ctx.actor.userId } });
        if (!schedule.ok() || programme.isEmpty()
            || insert(ctx, QStringLiteral("ProgrammeNeed"),
                   { { QStringLiteral("personId"), candidate }, { QStringLiteral("programmeId"), programme },
                       { QStringLiteral("domainCode"), QStringLiteral("housing") },
                       { QStringLiteral("severity"), QStringLiteral("high") } })
                   .isEmpty())
            return;
        const QString officer = ctx.db.scalar(QStringLiteral("SELECT id FROM staff_user WHERE role = "
                                                             "'probation_officer' AND status = 'active' ORDER BY id LIMIT 1"))
                                    .value()
                                    .toString();
        WriteService asOfficer(ctx.db, ctx.clock, Actor { officer, Role::ProbationOfficer });
        ReviewInput input;
        input.personId = candidate;
        input.programmeId = programme;
        input.periodStart = schedule.value().periodStart;
        input.periodEnd = ctx.today;
        input.outcomeProxies = someProxies();
        input.judgements << QJsonObject { { QStringLiteral("domain"), QStringLiteral("housing") },
            { QStringLiteral("rating"), 3 },
            { QStringLiteral("rationale"), QStringLiteral("Synthetic: shares a flat with relatives for now.") } };
        auto recorded = ProgressReviewService(
            ctx.db, asOfficer, ctx.clock, ObligationEngine(WorkCalendar::builtIn().value()))
                            .record(input);
        if (recorded.ok())
            person = candidate;
        else
            qWarning("review seed: the officer's review was refused: %s", qPrintable(recorded.error().detail));
    });
    return person;
}

} // namespace Qadam::ReviewSeed
