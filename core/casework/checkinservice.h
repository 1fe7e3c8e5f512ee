#pragma once

#include "alertservice.h"
#include "obligations.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace Qadam {

class Database;
class WriteService;

/** What recording an appearance did. */
struct RecordedCheckIn
{
    QString checkInId;
    QString alertId; ///< the missed_check_in alert (new or the one already raised); empty otherwise
    bool alertCreated = false;
};

/**
 * Records appearances (PEC Art. 172 part 9: police registration with its preventive
 * conversation, and the probation report on the assistance received) through the WriteService,
 * with the rules the schema alone cannot hold:
 *  - the police channel is recorded by police officers, the probation channel by probation
 *    officers; supervisors may record either;
 *  - `summary` (assistance received) belongs to the probation channel; `preventiveConversation`
 *    and its restricted `preventiveConversationNote` to the police channel; a note means the
 *    conversation took place;
 *  - attended: `occurredOn` is required and not in the future; missed and excused carry no
 *    `occurredOn`; missed can be recorded only once its window has closed (after `windowEnd`,
 *    or after `dueOn` without a window), as the deadline engine marks it; excused needs
 *    `excuseReason` and a `newDueOn` after `dueOn`; reason and new date belong to excused only;
 *  - `windowStart` ≤ `dueOn` ≤ `windowEnd` when a window is given;
 *  - `obligationDue` is the due date of the obligation the record is about. It defaults to
 *    `dueOn`; an attended appearance outside the window (after `windowEnd`, or after `dueOn`
 *    without a window, or before `windowStart`) satisfies no obligation, so it gets none and
 *    may not claim one;
 *  - `orderId` is required: the person's order, in force on the day (occurredOn when attended,
 *    else dueOn) by the deadline engine's reading of its dates and suspensions (obligations.h);
 *  - missed raises a missed_check_in alert (level 0, warning) through AlertService in the same
 *    transaction: police to the order's police officer, probation to the case officer (else the
 *    order's probation officer); keyed by Obligation::key() so the
 *    deadline engine's pass finds it and raises no second alert for the same obligation.
 * A rejected check-in writes nothing: no record, op, audit event or alert.
 *
 * Same thread as the Database and WriteService, which the caller owns and which outlive this.
 */
class CheckInService
{
public:
    CheckInService(Database &db, WriteService &writer);

    /** Records one appearance; `fields` are CheckIn fields. */
    [[nodiscard]] Result<RecordedCheckIn> record(const QVariantMap &fields);
    /** Corrects a check-in (append-only: a new record amending `originalId`) under the same
     *  rules; `fields` are the complete corrected check-in of the same person. A correction to
     *  missed raises the obligation's alert unless it was raised already. */
    [[nodiscard]] Result<RecordedCheckIn> amend(const QString &originalId, const QVariantMap &fields);

    /** The terms of `orderId` when it is `personId`'s and was in force on `day`: not a draft,
     *  between its start and its last day in force (OrderTerms::lastDayInForce), not suspended. */
    [[nodiscard]] Result<OrderTerms> orderInForce(
        const QString &orderId, const QString &personId, const QDate &day);

private:
    [[nodiscard]] Status checkRole(const QString &channel) const;
    [[nodiscard]] Status checkOutcome(QVariantMap &fields) const;
    [[nodiscard]] Result<RecordedCheckIn> checkAndWrite(const QVariantMap &input, const QString &amendsId);
    [[nodiscard]] Result<RecordedCheckIn> write(
        const QVariantMap &fields, const OrderTerms &order, const QString &amendsId);

    Database &m_db;
    WriteService &m_writer;
    AlertService m_alerts;
};

} // namespace Qadam
