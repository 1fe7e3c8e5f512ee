#pragma once

// Read queries behind the Today lists, header-only so that tests/bench measures the product's
// exact SQL against plain SQLite too (that binary cannot link qadam_core).

#include <QString>

namespace Qadam::Queries {

/** Whose orders a due list covers. */
enum class DueScope {
    Everyone, ///< every order in the store (a supervisor's or a unit's device)
    ProbationOfficer, ///< orders whose probation_officer_id is ?3 (a field officer's Today page)
};

/**
 * "Due and overdue appearances" (PEC Art. 172 part 9: at least monthly, police and probation
 * separately). For every supervision order in force on ?1 (today, yyyy-MM-dd) and each channel,
 * the last attended check-in of that order in that channel (index check_in_order_channel); a
 * pair with none in the current calendar month is listed with the day it falls due: the end of
 * the month after the last attended one (or of the order's first month when there is none). `overdue` is 1
 * when that day has passed. Sorted by due date, at most ?2 rows (-1: all). Parameters: ?1 today, ?2 limit, ?3
 * probation officer id (ProbationOfficer scope only). Columns: order_id, person_id, channel, last_attended,
 * due_on, overdue. Not yet handled: the order's deadline rules (fixed_day, every_n_days), suspensions, an
 * excused appearance's new_due_on, amended check-ins.
 */
[[nodiscard]] inline QString dueAppearances(DueScope scope)
{
    const QString sql = QStringLiteral(
        "WITH due_order AS ("
        " SELECT id, person_id, starts_on FROM supervision_order"
        " WHERE status IN ('in_force', 'extended') AND starts_on <= ?1"
        " AND (ends_on IS NULL OR ends_on >= ?1)%1),"
        " channel(name) AS (VALUES ('police'), ('probation')),"
        " last_seen AS ("
        " SELECT o.id AS order_id, o.person_id, c.name AS channel, o.starts_on,"
        " (SELECT ci.occurred_on FROM check_in AS ci"
        " WHERE ci.order_id = o.id AND ci.channel = c.name AND ci.outcome = 'attended'"
        " ORDER BY ci.occurred_on DESC LIMIT 1) AS last_attended"
        " FROM due_order AS o CROSS JOIN channel AS c),"
        " due AS ("
        " SELECT order_id, person_id, channel, last_attended,"
        " date(coalesce(last_attended, date(starts_on, 'start of month', '-1 month')),"
        " 'start of month', '+2 months', '-1 day') AS due_on"
        " FROM last_seen WHERE last_attended IS NULL OR last_attended < date(?1, 'start of month'))"
        " SELECT order_id, person_id, channel, last_attended, due_on, due_on < ?1 AS overdue"
        " FROM due ORDER BY due_on, person_id, channel LIMIT ?2");
    return sql.arg(
        scope == DueScope::ProbationOfficer ? QStringLiteral(" AND probation_officer_id = ?3") : QString());
}

} // namespace Qadam::Queries
