// Referrals to an organisation or counsellor: the state machine. The provider reports back a
// minimal outcome (attended count, completed yes/no, outcome code), never session content.
#include "commandhelpers.h"
#include "machines.h"

using namespace Qt::StringLiterals;

namespace Qadam {

StateMachine referralMachine()
{
    using namespace CommandHelpers;
    const QList<Role> provider = {Role::Counsellor};
    const QList<Role> probation = {Role::ProbationOfficer, Role::Supervisor};
    const QStringList outcome = {u"minimalOutcome"_s, u"attendedCount"_s, u"programmeCompleted"_s};

    CommandSpec accept{u"accept"_s, {u"sent"_s}, u"accepted"_s};
    accept.roles = provider;
    CommandSpec decline{u"decline"_s, {u"sent"_s}, u"declined"_s};
    decline.roles = provider;
    decline.params = {u"closureReason"_s};
    decline.requiredParams = {u"closureReason"_s};
    CommandSpec activate{u"activate"_s, {u"accepted"_s}, u"active"_s};
    CommandSpec report{u"report_outcome"_s, {u"active"_s}, QString()};
    report.roles = provider;
    report.params = outcome;
    report.derive = stampDate(u"outcomeReportedOn"_s);
    CommandSpec complete{u"complete"_s, {u"active"_s}, u"completed"_s};
    complete.params = outcome;
    complete.requiredParams = {u"minimalOutcome"_s};
    complete.derive = stampDate(u"outcomeReportedOn"_s);
    CommandSpec revoke{u"revoke"_s, {u"sent"_s, u"accepted"_s, u"active"_s}, u"revoked"_s};
    revoke.roles = probation;
    revoke.params = {u"closureReason"_s};
    revoke.requiredParams = {u"closureReason"_s};
    CommandSpec expire{u"expire"_s, {u"sent"_s, u"accepted"_s, u"active"_s}, u"expired"_s};
    expire.guard = [](const CommandContext &ctx) {
        const QDate end = date(ctx.before.fields, u"termEnd"_s);
        return end.isValid() && end < ctx.today
                   ? Status{}
                   : Error::make(Error::InvalidTransition, u"the referral's term has not ended"_s, u"termEnd"_s);
    };
    return StateMachine{u"Referral"_s, u"status"_s, {u"sent"_s}, {},
                        {accept, decline, activate, report, complete, revoke, expire}};
}

} // namespace Qadam
