#pragma once

#include "casework/accesspolicy.h"
#include "casework/obligations.h"
#include "domain/roles.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Qadam {

class Database;
struct DashboardScope;

/**
 * What the supervisor dashboard shows, and for whom. Every figure is limited to the cases the
 * reading actor may open (CaseScope: CaseAccess + AccessPolicy), then to this filter.
 */
struct DashboardFilter
{
    QDate from; ///< first day of the period (inclusive); invalid = `asOf` minus 5 months, from the 1st
    QDate to; ///< last day of the period (inclusive); invalid = `asOf`
    QDate asOf; ///< "today": statuses (overdue, open, due) as they stand on this day. Required.
    QString territoryCode; ///< a region or district code: people residing in it or below it; empty = all
    QString officerId; ///< a case officer's StaffUser id (Person.caseOfficerId); empty = all
    QString category; ///< a Person.categoryFlags code; empty = all
};

/** A number and the people behind it (the drill-down list): distinct, sorted person ids, never
 *  outside the reader's scope. `count` counts what the figure names (people, appearances,
 *  measures, referrals, alerts), so it may exceed personIds.size(). */
struct Tally
{
    qint64 count = 0;
    QStringList personIds;
};

/** One bar or slice of a figure. `key` is a stable code (a StaffUser id, a region code, a
 *  category code, a severity, a bucket name); `label` is the store's display name where it has
 *  one (officer display name, territory label in the requested language, organisation name),
 *  else empty — the UI translates codes. */
struct DashboardBucket
{
    QString key;
    QString label;
    Tally tally;
};

/**
 * Art. 172 p9 compliance of one channel in one calendar month: the obligations the deadline
 * engine (ObligationEngine, the same rules as the Today page and the review indicators) finds
 * falling due in that month, as they stand on DashboardFilter::asOf. `due` = all of them =
 * attended + excused + missed + pending. `missed` includes obligations still overdue and misses
 * nobody recorded; `pending` ones are not yet due (upcoming, open, due soon).
 */
struct ComplianceMonth
{
    Channel channel = Channel::Police;
    QDate month; ///< the first day of the month
    Tally due;
    Tally attended;
    Tally excused;
    Tally missed;
    Tally pending;

    /** attended / (attended + missed) × 100, excused and pending left out (as in the progress
     *  review's indicators); nullopt when nothing was decided. */
    [[nodiscard]] std::optional<double> compliancePercent() const;
};

/**
 * Referrals to one provider organisation in the period. `referred`: term starting in the period;
 * `completed`: status completed with the outcome reported in the period (the review indicator's
 * definition); `ended`: declined, revoked or expired, term starting in the period; `active`:
 * accepted or active with a term covering asOf (a snapshot, not limited to the period).
 */
struct ReferralThroughput
{
    QString organisationId;
    QString label; ///< the organisation's name in the requested language
    Tally referred;
    Tally completed;
    Tally ended;
    Tally active;

    /** completed / (completed + ended) × 100; nullopt when none finished. */
    [[nodiscard]] std::optional<double> completionPercent() const;
};

/** Every figure of the dashboard at once (one scope resolution, one pass per table). */
struct DashboardFigures
{
    Tally caseload; ///< people in scope and filter whose case status is active
    QList<DashboardBucket> caseloadByOfficer; ///< key: case officer id ("" = none), by count desc
    QList<DashboardBucket> caseloadByRegion; ///< key: region code of the residence ("" = unknown)
    QList<DashboardBucket> caseloadByCategory; ///< key: category code; a person counts under each flag
    QList<ComplianceMonth> compliance; ///< police months then probation months, each in date order
    /** Appearances someone must still act on, on asOf (DeadlineRules::needsAction: overdue, or
     *  missed with nothing recorded, within the lookback — the Today page's rule). Key: "police",
     *  "probation", always both; count = obligations. */
    QList<DashboardBucket> overdueAppearances;
    Tally overdueMeasures; ///< count = measures of live programmes due before asOf, planned or in progress
    QList<DashboardBucket> programmeProgress; ///< see DashboardQueries::progressBuckets()
    QList<ReferralThroughput> referralsByOrganisation; ///< by organisation name
    QList<DashboardBucket>
        openAlertsBySeverity; ///< key: "urgent", "warning", "info"; status open or acknowledged
    Tally reviewsDue; ///< people whose progress review is due on or before asOf (ReviewSchedule)
    Tally reviewsAwaitingSignOff; ///< people with a review written and not signed off yet (ReviewSchedule)
};

/** The choices the filter bar offers: only what lies in the reader's scope. */
struct DashboardChoices
{
    QList<DashboardBucket> officers; ///< key: StaffUser id, label: display name (tally empty)
    QList<DashboardBucket> regions; ///< key: region code, label: territory label
    QStringList categories; ///< category codes present
};

/**
 * The read queries behind the supervisor dashboard (issue 7), over the device's SQLCipher
 * store. Plain structs out; the app wraps them in models. No automated risk score anywhere:
 * only counts of what was recorded or is due (DOMAIN.md "Measuring progress").
 *
 * Scope: each call resolves the cases `actor` may open on filter.asOf (CaseScope) — a supervisor
 * sees their unit's and region's cases only, an officer their own — and every figure and
 * drill-down list stays inside it. Opening a drill-down person is audited by the app (the
 * existing read audit); these queries write nothing.
 *
 * Thread: the thread that owns `db` (StoreWorker work in the app). The Database and policy
 * outlive this object. Not thread-safe; cheap to construct. Error::Invalid when asOf is missing
 * or from > to.
 */
class DashboardQueries
{
public:
    DashboardQueries(Database &db, Actor actor, const AccessPolicy &policy = AccessPolicy::builtIn());

    /** All figures for `filter`; labels in `language` ("kk", "ru", "en"). */
    [[nodiscard]] Result<DashboardFigures> figures(const DashboardFilter &filter, const QString &language);
    /** The filter bar's choices on `asOf`. */
    [[nodiscard]] Result<DashboardChoices> choices(const QDate &asOf, const QString &language);

    // One figure at a time (each resolves the scope again; figures() shares one resolution).
    [[nodiscard]] Result<QList<DashboardBucket>> caseloadByOfficer(const DashboardFilter &filter);
    [[nodiscard]] Result<QList<DashboardBucket>> caseloadByRegion(
        const DashboardFilter &filter, const QString &language = QStringLiteral("ru"));
    [[nodiscard]] Result<QList<DashboardBucket>> caseloadByCategory(const DashboardFilter &filter);
    [[nodiscard]] Result<QList<ComplianceMonth>> compliance(const DashboardFilter &filter);
    [[nodiscard]] Result<QList<DashboardBucket>> overdueAppearances(const DashboardFilter &filter);
    [[nodiscard]] Result<Tally> overdueMeasures(const DashboardFilter &filter);
    /**
     * Programme progress: for each person's live programme (approved, active or under review;
     * the latest version), measures delivered (status done) over measures planned (all but
     * cancelled), bucketed by percent: keys "no_measures", "0", "1_24", "25_49", "50_74",
     * "75_99", "100", always all seven in that order. count = programmes.
     */
    [[nodiscard]] Result<QList<DashboardBucket>> programmeProgress(const DashboardFilter &filter);
    [[nodiscard]] Result<QList<ReferralThroughput>> referralsByOrganisation(
        const DashboardFilter &filter, const QString &language = QStringLiteral("ru"));
    [[nodiscard]] Result<QList<DashboardBucket>> openAlertsBySeverity(const DashboardFilter &filter);
    /** People whose progress review is due on or before asOf, by the review cycle's own rule
     *  (ReviewSchedule: the date the last signed review scheduled, else the interval after its
     *  period or after the order's start). */
    [[nodiscard]] Result<Tally> reviewsDue(const DashboardFilter &filter);

    /** The progress bucket key of `delivered` of `planned` measures (see programmeProgress()). */
    [[nodiscard]] static QString progressBucket(qint64 delivered, qint64 planned);
    /** The seven progress bucket keys, in display order. */
    [[nodiscard]] static const QStringList &progressBuckets();

private:
    /** The reader's cases on filter.asOf after the filter; from/to filled in. */
    [[nodiscard]] Result<DashboardScope> scope(const DashboardFilter &filter, const QString &language);
    /** Fills some fields of DashboardFigures for a scope. */
    using Compute = std::function<Status(const DashboardScope &, DashboardFigures &)>;
    /** A Compute of one DashboardCompute group on this object's store. */
    [[nodiscard]] Compute group(Status (*fill)(Database &, const DashboardScope &, DashboardFigures &));
    /** Runs `compute` on a fresh scope and returns the figures it filled. */
    [[nodiscard]] Result<DashboardFigures> one(
        const DashboardFilter &filter, const QString &language, const Compute &compute);
    /** one(), keeping the figure `member`. */
    template<typename T>
    [[nodiscard]] Result<T> field(const DashboardFilter &filter, const QString &language,
        const Compute &compute, T DashboardFigures::*member);

    Database &m_db;
    Actor m_actor;
    const AccessPolicy &m_policy;
};

} // namespace Qadam
