#pragma once

#include "obligationrules.h"

#include <QDate>
#include <QString>

namespace Qadam {

/**
 * Human texts for Art. 172 p9 obligations, made from the templates of deadline_rules.json in
 * "kk", "ru" or "en" (another language gets English). Reentrant. The excuse reason an
 * explanation may carry is case content: show it, never log it.
 */
namespace ObligationText {

/** Why it is due when it is: "due 30 April: order 2-123/2026, probation channel, calendar-month
 *  rule, window 1–30 April", plus a clause when the due date moved or an excuse set a new date. */
[[nodiscard]] QString explain(const Obligation &obligation, const QString &language,
    const DeadlineRules &rules = DeadlineRules::builtIn());
/** The status as a person reads it: "overdue 2 days", "attended 29 April", "due soon", … */
[[nodiscard]] QString status(const Obligation &obligation, const QString &language,
    const DeadlineRules &rules = DeadlineRules::builtIn());
/** A date in the rules' date format ("30 April", "30 апреля", "30 сәуір"). */
[[nodiscard]] QString date(
    QDate date, const QString &language, const DeadlineRules &rules = DeadlineRules::builtIn());
/** A period: "1–30 April", "28 March – 3 April", or one date when both ends are the same. */
[[nodiscard]] QString range(
    QDate from, QDate to, const QString &language, const DeadlineRules &rules = DeadlineRules::builtIn());

} // namespace ObligationText

} // namespace Qadam
