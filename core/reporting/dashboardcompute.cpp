// Caseload, appearance compliance and programme figures of the supervisor dashboard.
#include "dashboardcompute.h"

#include "casework/obligationloader.h"
#include "casework/obligationrules.h"
#include "domain/referencedata.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

Tally TallyCounter::tally() const
{
    QStringList people(m_people.cbegin(), m_people.cend());
    people.sort();
    return Tally { m_count, people };
}

namespace {

/** Buckets from counters keyed by code, labelled from `labels`. */
QList<DashboardBucket> buckets(
    const QHash<QString, TallyCounter> &counters, const QHash<QString, QString> &labels)
{
    QList<DashboardBucket> out;
    for (auto it = counters.cbegin(); it != counters.cend(); ++it)
        out.append({ it.key(), labels.value(it.key()), it.value().tally() });
    DashboardCompute::sortByCount(out);
    return out;
}

/** One channel-month's counters, as ComplianceMonth's tallies. */
struct MonthCounters
{
    TallyCounter due, attended, excused, missed, pending;

    /** Where an obligation's status puts it: a miss nobody recorded and one still overdue are
     *  missed (as in the progress review's indicators); not yet due is pending. */
    TallyCounter &slot(ObligationStatus status)
    {
        switch (status) {
        case ObligationStatus::Attended:
            return attended;
        case ObligationStatus::Excused:
            return excused;
        case ObligationStatus::Missed:
        case ObligationStatus::Overdue:
            return missed;
        default:
            return pending;
        }
    }
};

QList<ComplianceMonth> complianceMonths(
    const QMap<QPair<int, QDate>, MonthCounters> &counters, const QDate &from, const QDate &to)
{
    QList<ComplianceMonth> out;
    for (const Channel channel : { Channel::Police, Channel::Probation }) {
        for (QDate m = ReportingData::monthOf(from); m <= to; m = m.addMonths(1)) {
            const MonthCounters c = counters.value({ int(channel), m });
            out.append({ channel, m, c.due.tally(), c.attended.tally(), c.excused.tally(), c.missed.tally(),
                c.pending.tally() });
        }
    }
    return out;
}

/** The delivered and planned measures of each live programme. */
struct Progress
{
    qint64 delivered = 0;
    qint64 planned = 0;
};

} // namespace

namespace DashboardCompute {

void sortByCount(QList<DashboardBucket> &buckets)
{
    std::sort(buckets.begin(), buckets.end(), [](const DashboardBucket &a, const DashboardBucket &b) {
        if (a.tally.count != b.tally.count)
            return a.tally.count > b.tally.count;
        return a.label != b.label ? a.label < b.label : a.key < b.key;
    });
}

Status caseload(Database &db, const DashboardScope &scope, DashboardFigures &out)
{
    auto names = ReportingData::staffNames(db);
    auto territories = ReferenceData::labels(db, u"territory"_s, scope.language, scope.filter.asOf);
    if (!names.ok() || !territories.ok())
        return names.ok() ? territories.error() : names.error();
    TallyCounter all;
    QHash<QString, TallyCounter> byOfficer, byRegion, byCategory;
    for (const ReportPerson &p : scope.cases.people) {
        if (p.caseStatus != u"active")
            continue;
        all.add(p.id);
        byOfficer[p.caseOfficerId].add(p.id);
        byRegion[p.region].add(p.id);
        for (const QString &category : p.categories)
            byCategory[category].add(p.id);
    }
    out.caseload = all.tally();
    out.caseloadByOfficer = buckets(byOfficer, names.value());
    out.caseloadByRegion = buckets(byRegion, territories.value());
    out.caseloadByCategory = buckets(byCategory, {});
    return {};
}

Status appearances(Database &db, const DashboardScope &scope, DashboardFigures &out)
{
    const DashboardFilter &f = scope.filter;
    auto obligations = ObligationLoader(db).obligations(scope.ids, f.asOf);
    if (!obligations.ok())
        return obligations.error();
    const DeadlineRules &rules = DeadlineRules::builtIn();
    QMap<QPair<int, QDate>, MonthCounters> months;
    QHash<QString, TallyCounter> overdue { { u"police"_s, {} }, { u"probation"_s, {} } };
    for (const Obligation &o : std::as_const(obligations.value())) {
        if (rules.needsAction(o, f.asOf))
            overdue[channelName(o.channel)].add(o.personId);
        if (o.dueOn < f.from || o.dueOn > f.to)
            continue;
        MonthCounters &c = months[{ int(o.channel), ReportingData::monthOf(o.dueOn) }];
        c.due.add(o.personId);
        c.slot(o.status).add(o.personId);
    }
    out.compliance = complianceMonths(months, f.from, f.to);
    out.overdueAppearances = { { u"police"_s, {}, overdue[u"police"_s].tally() },
        { u"probation"_s, {}, overdue[u"probation"_s].tally() } };
    return {};
}

Status programmes(Database &db, const DashboardScope &scope, DashboardFigures &out)
{
    auto measures = ReportingData::measures(db, scope.ids, ReportingData::liveProgrammeStatuses());
    auto live = ReportingData::liveProgrammes(db, scope.ids);
    if (!measures.ok() || !live.ok())
        return measures.ok() ? live.error() : measures.error();
    TallyCounter overdue;
    QHash<QString, Progress> progress;
    for (const ReportMeasure &m : std::as_const(measures.value())) {
        const bool open = m.status == u"planned" || m.status == u"in_progress";
        if (open && m.dueOn.isValid() && m.dueOn < scope.filter.asOf)
            overdue.add(m.personId);
        if (m.status == u"cancelled")
            continue;
        Progress &p = progress[m.programmeId];
        p.planned += 1;
        p.delivered += m.status == u"done" ? 1 : 0;
    }
    QHash<QString, TallyCounter> byBucket;
    for (const ReportProgramme &programme : std::as_const(live.value())) {
        const Progress p = progress.value(programme.id);
        byBucket[DashboardQueries::progressBucket(p.delivered, p.planned)].add(programme.personId);
    }
    out.overdueMeasures = overdue.tally();
    out.programmeProgress.clear();
    for (const QString &key : DashboardQueries::progressBuckets())
        out.programmeProgress.append({ key, {}, byBucket.value(key).tally() });
    return {};
}

} // namespace DashboardCompute

} // namespace Qadam
