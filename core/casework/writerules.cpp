// The casework engine's write rules (see core/write/writerules.h): checked on every create and
// patch through WriteService, so no service can be bypassed with a plain field patch.
#include "write/writerules.h"

#include "programmebuilder.h"
#include "progressreview.h"
#include "referralservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

WriteRule planRule(const QString &entity)
{
    return [entity](Database &db, const QVariantMap &current, const QVariantMap &changes, const QDate &) {
        return ProgrammeRules::checkPlanEdit(db, entity, current, changes);
    };
}

} // namespace

const WriteRules &WriteRules::builtIn()
{
    static const WriteRules rules({
        {u"ProgrammeNeed"_s, planRule(u"ProgrammeNeed"_s)},
        {u"ProgrammeGoal"_s, planRule(u"ProgrammeGoal"_s)},
        {u"ProgrammeMeasure"_s, planRule(u"ProgrammeMeasure"_s)},
        // Consent and measure links are checked when a referral is made; later status changes
        // go through the referral's commands, whose guards re-check the consent.
        {u"Referral"_s,
         [](Database &db, const QVariantMap &current, const QVariantMap &changes, const QDate &today) {
             if (!current.isEmpty())
                 return Status{};
             return ReferralRules::checkLinks(db, changes, today);
         }},
        // A sign-off written past ProgressReviewService (a plain create or amendment) meets the
        // same rule: never by the author of the programme under review.
        {u"ProgressReview"_s,
         [](Database &db, const QVariantMap &current, const QVariantMap &changes, const QDate &) {
             return ProgressReviewService::checkSignOffWrite(db, current, changes);
         }},
    });
    return rules;
}

} // namespace Qadam
