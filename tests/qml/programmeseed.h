#pragma once

// Seed for the programme Quick tests (tests/qml/officer/tst_programme.qml,
// tests/qml/supervisor/tst_approve.qml) and tests/app/tst_approvals.cpp. The generated data has
// few programmes awaiting approval and few people without a programme in progress, so the harness
// adds them through core (WriteService, ProgrammeBuilder), as the staff who would:
//     if (role == Role::ProbationOfficer) Qadam::ProgrammeSeed::takeInPerson(*m_session);
//     if (role == Role::Supervisor) Qadam::ProgrammeSeed::submitForApproval(*m_session, 2);
// Synthetic names only.
#include "appsession.h"
#include "storeworker.h"

#include "casework/programmebuilder.h"
#include "casework/programmetemplates.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QStringList>

namespace Qadam::ProgrammeSeed {

/** The surname (Latin) of the people the seed takes in: the tests find them by it. */
inline QString surnameLatin()
{
    return QStringLiteral("Baghdarlamaev");
}

/** A new person (released, under supervision) on the caseload of `officerId`, written as that officer. */
inline QString takeInAs(CoreContext &ctx, const QString &officerId, const QString &givenName)
{
    WriteService officer(ctx.db, ctx.clock, Actor { officerId, Role::ProbationOfficer });
    auto id = officer.create(QStringLiteral("Person"),
        { { QStringLiteral("surnameCyr"), QStringLiteral("Бағдарламаев") }, { QStringLiteral("givenNameCyr"), givenName },
            { QStringLiteral("surnameLat"), surnameLatin() }, { QStringLiteral("givenNameLat"), givenName },
            { QStringLiteral("categoryFlags"), QStringLiteral("released_convict") },
            { QStringLiteral("caseStatus"), QStringLiteral("active") }, { QStringLiteral("caseOfficerId"), officerId } });
    return id.ok() ? id.value() : QString();
}

/** For the signed-in officer: one person taken in, with no programme yet. Returns their id. */
inline QString takeInPerson(AppSession &session)
{
    QString id;
    session.worker()->runBlocking([&](CoreContext &ctx) { id = takeInAs(ctx, ctx.actor.userId, QStringLiteral("Arman")); });
    return id;
}

/** A programme for `personId` with one need (housing, high) drafted by `author` and submitted by
 *  `officer` (submitting is the officer's act); its id, empty on failure. */
inline QString draftAndSubmit(CoreContext &ctx, WriteService &author, WriteService &officer, const QString &personId)
{
    const ProgrammeTemplates templates = ProgrammeTemplates::builtIn().value();
    ProgrammeBuilder builder(author, ctx.db, templates);
    auto plan = builder.suggest({ personId, QString(), QStringLiteral("released_convict"),
        { { QStringLiteral("housing"), QStringLiteral("high"), QStringLiteral("No lease") } }, ctx.today,
        QStringLiteral("en") });
    if (!plan.ok())
        return {};
    auto draft = builder.createDraft(plan.value());
    if (!draft.ok())
        return {};
    const QString id = draft.value().programmeId;
    auto stored = officer.get(QStringLiteral("AssistanceProgramme"), id);
    return stored.ok() && officer.command(QStringLiteral("AssistanceProgramme"), id, stored.value().version, QStringLiteral("submit")).ok()
        ? id
        : QString();
}

/**
 * For the signed-in supervisor: `count` new cases in their unit, each with a programme an officer
 * of the unit drafted and submitted, and when `ownToo`, one more the supervisor drafted (which
 * they may not approve). Returns the programme ids, the supervisor's own last.
 */
inline QStringList submitForApproval(AppSession &session, int count, bool ownToo = true)
{
    QStringList ids;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto officerId = ctx.db.scalar(QStringLiteral(
            "SELECT o.id FROM staff_user o JOIN staff_user me ON me.organisation_id = o.organisation_id "
            "WHERE me.id = ?1 AND o.role = 'probation_officer' AND o.status = 'active' ORDER BY o.id LIMIT 1"),
            { ctx.actor.userId });
        if (!officerId.ok() || officerId.value().toString().isEmpty())
            return;
        const QString officerUser = officerId.value().toString();
        WriteService officer(ctx.db, ctx.clock, Actor { officerUser, Role::ProbationOfficer });
        WriteService supervisor(ctx.db, ctx.clock, ctx.actor);
        const QStringList names = { QStringLiteral("Ерлан"), QStringLiteral("Дана"), QStringLiteral("Марат"),
            QStringLiteral("Айгүл"), QStringLiteral("Тимур") };
        for (int i = 0; i < count + (ownToo ? 1 : 0); ++i) {
            const QString person = takeInAs(ctx, officerUser, names.at(i % names.size()));
            const bool own = ownToo && i == count;
            const QString id = person.isEmpty() ? QString() : draftAndSubmit(ctx, own ? supervisor : officer, officer, person);
            if (!id.isEmpty())
                ids << id;
        }
    });
    return ids;
}

} // namespace Qadam::ProgrammeSeed
