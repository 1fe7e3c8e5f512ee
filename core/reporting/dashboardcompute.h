#pragma once

// Internal to core/reporting: the computations behind DashboardQueries, one per group of figures,
// each filling its fields of DashboardFigures from the scoped, filtered cases.

#include "reporting/dashboardqueries.h"
#include "reporting/reportingdata.h"

#include <QSet>

namespace Qadam {

/** The reader's cases after the filter, with what the computations share. */
struct DashboardScope
{
    DashboardFilter filter; ///< with from/to filled in
    QString language;
    Actor actor;
    ReportScope cases;
    QSet<QString> ids;
};

/** Counts things and remembers whose they are; tally() gives the sorted drill-down list. */
class TallyCounter
{
public:
    void add(const QString &personId, qint64 n = 1)
    {
        m_count += n;
        m_people.insert(personId);
    }
    [[nodiscard]] qint64 count() const { return m_count; }
    [[nodiscard]] Tally tally() const;

private:
    qint64 m_count = 0;
    QSet<QString> m_people;
};

namespace DashboardCompute {

/** caseload, caseloadByOfficer, caseloadByRegion, caseloadByCategory. */
[[nodiscard]] Status caseload(Database &db, const DashboardScope &scope, DashboardFigures &out);
/** compliance and overdueAppearances (one pass of the deadline engine). */
[[nodiscard]] Status appearances(Database &db, const DashboardScope &scope, DashboardFigures &out);
/** overdueMeasures and programmeProgress. */
[[nodiscard]] Status programmes(Database &db, const DashboardScope &scope, DashboardFigures &out);
/** referralsByOrganisation. */
[[nodiscard]] Status referrals(Database &db, const DashboardScope &scope, DashboardFigures &out);
/** openAlertsBySeverity (each alert checked against the policy: officers see theirs only). */
[[nodiscard]] Status alerts(
    Database &db, const DashboardScope &scope, const AccessPolicy &policy, DashboardFigures &out);
/** reviewsDue and reviewsAwaitingSignOff. */
[[nodiscard]] Status reviews(Database &db, const DashboardScope &scope, DashboardFigures &out);

/** Sorts buckets by count (descending), then label, then key. */
void sortByCount(QList<DashboardBucket> &buckets);

} // namespace DashboardCompute

} // namespace Qadam
