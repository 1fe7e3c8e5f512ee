// Referral, alert and review figures of the supervisor dashboard.
#include "dashboardcompute.h"

#include "casework/reviewschedule.h"
#include "domain/schema.h"
#include "store/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

bool within(const QDate &day, const QDate &from, const QDate &to)
{
    return day.isValid() && day >= from && day <= to;
}

bool covers(const ReportReferral &r, const QDate &day)
{
    return (!r.termStart.isValid() || r.termStart <= day) && (!r.termEnd.isValid() || r.termEnd >= day);
}

/** The referral counters of one organisation. */
struct ReferralCounters
{
    TallyCounter referred, completed, ended, active;

    void add(const ReportReferral &r, const DashboardFilter &f)
    {
        const bool started = within(r.termStart, f.from, f.to);
        if (started)
            referred.add(r.personId);
        if (r.status == u"completed" && within(r.outcomeReportedOn, f.from, f.to))
            completed.add(r.personId);
        const bool endedEarly = r.status == u"declined" || r.status == u"revoked" || r.status == u"expired";
        if (endedEarly && started)
            ended.add(r.personId);
        if ((r.status == u"accepted" || r.status == u"active") && covers(r, f.asOf))
            active.add(r.personId);
    }
    [[nodiscard]] bool any() const
    {
        return referred.count() + completed.count() + ended.count() + active.count() > 0;
    }
};

} // namespace

namespace DashboardCompute {

Status referrals(Database &db, const DashboardScope &scope, DashboardFigures &out)
{
    auto rows = ReportingData::referrals(db, scope.ids);
    auto names = ReportingData::organisationNames(db, scope.language);
    if (!rows.ok() || !names.ok())
        return rows.ok() ? names.error() : rows.error();
    QHash<QString, ReferralCounters> byOrganisation;
    for (const ReportReferral &r : std::as_const(rows.value()))
        byOrganisation[r.organisationId].add(r, scope.filter);
    out.referralsByOrganisation.clear();
    for (auto it = byOrganisation.cbegin(); it != byOrganisation.cend(); ++it) {
        if (!it.value().any())
            continue;
        const ReferralCounters &c = it.value();
        out.referralsByOrganisation.append({ it.key(), names.value().value(it.key()), c.referred.tally(),
            c.completed.tally(), c.ended.tally(), c.active.tally() });
    }
    std::sort(out.referralsByOrganisation.begin(), out.referralsByOrganisation.end(),
        [](const ReferralThroughput &a, const ReferralThroughput &b) {
            return a.label != b.label ? a.label < b.label : a.organisationId < b.organisationId;
        });
    return {};
}

Status alerts(Database &db, const DashboardScope &scope, const AccessPolicy &policy, DashboardFigures &out)
{
    const EntitySpec *spec = policy.schema().entity(u"Alert"_s);
    QHash<QString, TallyCounter> bySeverity { { u"urgent"_s, {} }, { u"warning"_s, {} }, { u"info"_s, {} } };
    Status s = ReportingData::eachRow(db,
        u"SELECT id, person_id, severity, routed_role, assigned_to FROM alert "
        u"WHERE status IN ('open', 'acknowledged') AND person_id IN (SELECT value FROM json_each(?1))"_s,
        { ReportingData::idList(scope.ids) }, [&](const Statement &r) {
            const auto ctx = scope.cases.contexts.constFind(r.text(1));
            if (!spec || !scope.ids.contains(r.text(1)) || ctx == scope.cases.contexts.cend())
                return;
            const QVariantMap record { { u"id"_s, r.text(0) }, { u"routedRole"_s, r.text(3) },
                { u"assignedTo"_s, r.text(4) } };
            if (policy.decide(scope.actor, *spec, AccessAction::Read, FieldGroup::Status, record, *ctx)
                    .allowed())
                bySeverity[r.text(2)].add(r.text(1));
        });
    if (!s.ok())
        return s;
    out.openAlertsBySeverity.clear();
    for (const QString &key : { u"urgent"_s, u"warning"_s, u"info"_s })
        out.openAlertsBySeverity.append({ key, {}, bySeverity.value(key).tally() });
    return {};
}

Status reviews(Database &db, const DashboardScope &scope, DashboardFigures &out)
{
    auto schedule = ReviewSchedule::of(db, scope.ids);
    if (!schedule.ok())
        return schedule.error();
    TallyCounter due, open;
    for (const ReviewDue &r : std::as_const(schedule.value())) {
        if (r.dueOn.isValid() && r.dueOn <= scope.filter.asOf)
            due.add(r.personId);
        if (!r.openReviewId.isEmpty())
            open.add(r.personId);
    }
    out.reviewsDue = due.tally();
    out.reviewsAwaitingSignOff = open.tally();
    return {};
}

} // namespace DashboardCompute

} // namespace Qadam
