#pragma once

// Known answers for the Today, Caseload and appearance tests (tests/app), computed straight from
// the store with core (SQL, ObligationLoader, ObligationEngine) — never through the models under
// test. Header-only; runs its work on the session's store thread (StoreWorker::runBlocking).
#include "appsession.h"
#include "storeworker.h"

#include "casework/obligationloader.h"
#include "casework/obligationrules.h"
#include "casework/workcalendar.h"
#include "store/database.h"

#include <QSet>
#include <QVariantList>

namespace Qadam::AppTest {

/** Enough generated people for a full caseload (about 40 cases an officer) with overdue, missed,
 *  due and open appearances of both channels on any day of the month. */
inline constexpr int kCaseloadPeople = 400;

/** Rows of `sql` (bound to `params`) as lists of column values. */
inline QList<QVariantList> rows(AppSession &session, const QString &sql, const QVariantList &params = {})
{
    QList<QVariantList> out;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto stmt = ctx.db.prepare(sql);
        if (!stmt.ok())
            return;
        for (qsizetype i = 0; i < params.size(); ++i)
            stmt.value().bind(int(i) + 1, params.at(i));
        while (stmt.value().step().value()) {
            QVariantList row;
            for (int c = 0; c < stmt.value().columnCount(); ++c)
                row << stmt.value().value(c);
            out << row;
        }
    });
    return out;
}

inline qint64 count(AppSession &session, const QString &sql, const QVariantList &params = {})
{
    const auto r = rows(session, sql, params);
    return r.isEmpty() ? -1 : r.first().value(0).toLongLong();
}

/** An officer's own cases by the rule of DOMAIN.md: case officer, or officer of a live order. */
inline QSet<QString> officerCases(AppSession &session)
{
    QSet<QString> ids;
    const QString sql = QStringLiteral(
        "SELECT id FROM person WHERE case_officer_id = ?1 UNION SELECT person_id FROM supervision_order "
        "WHERE status IN ('draft', 'in_force', 'suspended', 'extended') "
        "AND (probation_officer_id = ?1 OR police_officer_id = ?1)");
    for (const QVariantList &r : rows(session, sql, { session.userId() }))
        ids.insert(r.value(0).toString());
    return ids;
}

/** Every obligation of the store's orders on the store's today, by the core engine. */
inline QList<Obligation> allObligations(AppSession &session)
{
    QList<Obligation> out;
    session.worker()->runBlocking([&](CoreContext &ctx) {
        auto inputs = ObligationLoader(ctx.db).all();
        auto calendar = WorkCalendar::load(ctx.db);
        if (!inputs.ok() || !calendar.ok())
            return;
        const ObligationEngine engine(calendar.value(), DeadlineRules::builtIn().settings());
        for (const DeadlineInputs &in : std::as_const(inputs.value()))
            out << engine.compute(in, ctx.today);
    });
    return out;
}

/** The store thread's today. */
inline QDate storeToday(AppSession &session)
{
    QDate today;
    session.worker()->runBlocking([&](CoreContext &ctx) { today = ctx.today; });
    return today;
}

} // namespace Qadam::AppTest
