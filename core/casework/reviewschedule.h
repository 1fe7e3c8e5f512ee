#pragma once

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace Qadam {

class Database;

/** When one person's next progress review is due, and what the review cycle stands at. */
struct ReviewDue
{
    QString personId;
    QDate dueOn;
    QDate lastPeriodEnd;   ///< the period end of the latest signed review; invalid when none
    QString lastReviewId;  ///< that review (the head of its amendment chain); empty when none
    QString openReviewId;  ///< a review written after it and not yet signed off; empty when none
    QDate periodStart;     ///< the default period of the next review: the day after lastPeriodEnd,
                           ///< else the start of the supervision order
};

/**
 * The schedule of the periodic progress review (issue 7, the review cycle; DOMAIN.md workflow 5).
 * A person with a supervision order in force (or suspended, or extended) has a review due
 *  - on the date the latest signed review scheduled (its nextReviewOn), or
 *  - review_scales.json schedule.intervalMonths after that review's period end when it scheduled
 *    none (generated and older reviews), or
 *  - that many months after the earliest such order's start when no review was signed yet.
 * A review written but not signed off leaves the person due (the cycle ends with the sign-off)
 * and is named (openReviewId), so the list can say it awaits the sign-off.
 * The same rule serves the supervisor's "reviews due" list and the dashboard's figure.
 * Reads only; the caller's thread (the store thread in the app).
 */
class ReviewSchedule
{
public:
    /** Months between reviews when the sign-off scheduled no date. */
    [[nodiscard]] static int intervalMonths();
    /** The schedule of every person in `people` with an order in force, due or not, by due date
     *  then person id. */
    [[nodiscard]] static Result<QList<ReviewDue>> of(Database &db, const QSet<QString> &people);
    /** The people of `people` whose review is due on or before `asOf`, by due date. */
    [[nodiscard]] static Result<QList<ReviewDue>> dueBy(Database &db, const QDate &asOf, const QSet<QString> &people);
    /** One person's schedule; NotFound when the person has no order in force. */
    [[nodiscard]] static Result<ReviewDue> forPerson(Database &db, const QString &personId);
};

} // namespace Qadam
