#pragma once

#include "obligations.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Qadam {

class Database;

/** What a timeline entry is about. */
enum class TimelineKind : quint8 {
    Order,
    Suspension,
    Obligation,
    CheckIn,
    Session,
    Measure,
    Referral,
    Review,
    Alert
};

[[nodiscard]] QString timelineKindName(TimelineKind kind); ///< "order", "suspension", "obligation", …

/**
 * One dated event of a person's case. Ids, kinds, codes and dates only — never names or notes —
 * so the caller can filter by the access policy before showing anything: `entity`/`recordId`
 * name the record (empty for a computed obligation, which carries `obligation` instead).
 */
struct TimelineEntry
{
    QDate date;
    TimelineKind kind = TimelineKind::Order;
    /** What happened on that date: "starts", "ends", "terminated", "status_change" (order);
     *  "starts", "ends" (suspension); "due" (obligation, measure); the channel (check-in);
     *  "held" (session); "delivered" (measure); "term_starts", "term_ends" (referral);
     *  "period_ends" (review); the alert's kind (alert). */
    QString event;
    QString entity;
    QString recordId;
    /** A status code: the order's status, the status an order changed to, the suspension's
     *  reason, the obligation's status, the check-in's outcome, the measure's, referral's or
     *  alert's status; empty for sessions and reviews. */
    QString state;
    Obligation obligation; ///< set for TimelineKind::Obligation
};

/**
 * One person's full case timeline, ordered by date: order events, suspensions, Art. 172 p9
 * obligations with their status on `today`, check-ins, counselling sessions, programme measures,
 * referrals, progress reviews and alerts. Amended records appear once, as their amendment.
 * One indexed query per record kind, statements cached on the connection. Used on the thread
 * that owns `db`.
 */
class Timeline
{
public:
    Timeline(Database &db, ObligationEngine engine)
        : m_db(db)
        , m_engine(std::move(engine))
    { }

    [[nodiscard]] Result<QList<TimelineEntry>> forPerson(const QString &personId, QDate today);

private:
    Database &m_db;
    ObligationEngine m_engine;
};

} // namespace Qadam
