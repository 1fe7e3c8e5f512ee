// Referrals to an organisation or counsellor: the state machine and its rules. Every step that
// moves the work on (accept, activate, outcome, completion) needs a valid consent of the same
// person; the provider reports back a minimal outcome (attended count, completed yes/no, outcome
// code), never session content. Activation starts the linked measure; a completion that says the
// provider's programme was completed delivers it.
#include "commandhelpers.h"
#include "machines.h"
#include "programmebuilder.h"
#include "referralservice.h"

#include "store/database.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using namespace CommandHelpers;

const QString kMeasure = u"ProgrammeMeasure"_s;

Error invalid(const QString &field, const QString &why)
{
    return Error::make(Error::Invalid, why, field);
}

Status checkConsent(Database &db, const QVariantMap &referral, const QDate &today)
{
    const QString field = u"consentId"_s;
    if (text(referral, field).isEmpty())
        return invalid(field, u"a referral needs the person's consent"_s);
    auto consent = ProgrammeRules::storedFields(db, u"ConsentRecord"_s, text(referral, field));
    if (!consent.ok())
        return consent.error();
    const QVariantMap &c = consent.value();
    if (text(c, u"personId"_s).isEmpty() || text(c, u"personId"_s) != text(referral, u"personId"_s))
        return invalid(field, u"the consent must be the referred person's own"_s);
    if (!ReferralRules::consentPurposes().contains(text(c, u"purpose"_s)))
        return invalid(field, u"the consent does not cover a referral"_s);
    if (!text(c, u"withdrawnOn"_s).isEmpty())
        return invalid(field, u"the consent was withdrawn"_s);
    if (!date(c, u"givenOn"_s).isValid() || date(c, u"givenOn"_s) > today)
        return invalid(field, u"the consent is not given yet"_s);
    return {};
}

Status checkOutcome(const CommandContext &ctx)
{
    if (ctx.params.contains(u"attendedCount"_s) && ctx.params.value(u"attendedCount"_s).toLongLong() < 0)
        return invalid(u"attendedCount"_s, u"cannot be negative"_s);
    return ReferralRules::checkLinks(ctx.db, ctx.before.fields, ctx.today);
}

/** Issues `command` on the referral's measure when the measure is in a state it applies to and its
 *  programme has not ended; otherwise leaves the measure to the officer. */
Status moveMeasure(WriteService &w, const Record &referral, const QString &command, const QVariantMap &params)
{
    const QString measureId = text(referral.fields, u"measureId"_s);
    if (measureId.isEmpty())
        return {};
    auto measure = w.get(kMeasure, measureId);
    if (!measure.ok())
        return measure.error();
    const CommandSpec *spec = StateMachines::builtIn().forEntity(kMeasure)->command(command);
    if (!spec->from.contains(text(measure.value().fields, u"status"_s)))
        return {};
    Status s = w.command(kMeasure, measureId, measure.value().version, command, params);
    return s.ok() || s.code() == Error::InvalidTransition ? Status {} : s;
}

} // namespace

namespace ReferralRules {

const QStringList &consentPurposes()
{
    static const QStringList purposes = { u"referral"_s, u"counselling"_s, u"youth_prevention"_s };
    return purposes;
}

Status checkLinks(Database &db, const QVariantMap &referral, const QDate &today)
{
    if (Status s = checkConsent(db, referral, today); !s.ok())
        return s;
    if (Status s = ProgrammeRules::checkStoredField(db, kMeasure, text(referral, u"measureId"_s),
            u"personId"_s, text(referral, u"personId"_s),
            invalid(u"measureId"_s, u"the measure must be in the referred person's programme"_s));
        !s.ok())
        return s;
    return ProgrammeRules::checkStoredField(db, u"StaffUser"_s, text(referral, u"counsellorId"_s), u"role"_s,
        u"counsellor"_s, invalid(u"counsellorId"_s, u"a referral names a counsellor"_s));
}

Status checkMeasureOpen(Database &db, const QString &measureId)
{
    if (measureId.isEmpty())
        return {};
    auto measure = ProgrammeRules::storedFields(db, kMeasure, measureId);
    if (!measure.ok())
        return measure.error();
    auto programme
        = ProgrammeRules::storedFields(db, u"AssistanceProgramme"_s, text(measure.value(), u"programmeId"_s));
    if (!programme.ok())
        return programme.error();
    const bool open = StateMachines::builtIn().forEntity(kMeasure)->initialStates.contains(
                          text(measure.value(), u"status"_s))
        && !ProgrammeRules::endedStates().contains(text(programme.value(), u"status"_s));
    return open ? Status {}
                : invalid(u"measureId"_s, u"a referral delivers an open measure of a programme in force"_s);
}

} // namespace ReferralRules

StateMachine referralMachine()
{
    const QList<Role> provider = { Role::Counsellor };
    const QList<Role> probation = { Role::ProbationOfficer, Role::Supervisor };
    const QStringList outcome = { u"minimalOutcome"_s, u"attendedCount"_s, u"programmeCompleted"_s };
    const auto linksHold = [](const CommandContext &ctx) {
        return ReferralRules::checkLinks(ctx.db, ctx.before.fields, ctx.today);
    };

    CommandSpec accept { u"accept"_s, { u"sent"_s }, u"accepted"_s };
    accept.roles = provider;
    accept.guard = linksHold;
    CommandSpec decline { u"decline"_s, { u"sent"_s }, u"declined"_s };
    decline.roles = provider;
    decline.params = { u"closureReason"_s };
    decline.requiredParams = { u"closureReason"_s };
    CommandSpec activate { u"activate"_s, { u"accepted"_s }, u"active"_s };
    activate.guard = linksHold;
    activate.effect = [](WriteService &w, const CommandContext &, const Record &after) {
        return moveMeasure(w, after, u"start"_s, {});
    };
    CommandSpec report { u"report_outcome"_s, { u"active"_s }, QString() };
    report.roles = provider;
    report.params = outcome;
    report.guard = checkOutcome;
    report.derive = stampDate(u"outcomeReportedOn"_s);
    CommandSpec complete { u"complete"_s, { u"active"_s }, u"completed"_s };
    complete.params = outcome;
    complete.requiredParams = { u"minimalOutcome"_s };
    complete.guard = checkOutcome;
    complete.derive = stampDate(u"outcomeReportedOn"_s);
    complete.effect = [](WriteService &w, const CommandContext &ctx, const Record &after) {
        if (!after.fields.value(u"programmeCompleted"_s).toBool())
            return Status {};
        return moveMeasure(
            w, after, u"complete"_s, { { u"deliveredOn"_s, ctx.today.toString(Qt::ISODate) } });
    };
    CommandSpec revoke { u"revoke"_s, { u"sent"_s, u"accepted"_s, u"active"_s }, u"revoked"_s };
    revoke.roles = probation;
    revoke.params = { u"closureReason"_s };
    revoke.requiredParams = { u"closureReason"_s };
    CommandSpec expire { u"expire"_s, { u"sent"_s, u"accepted"_s, u"active"_s }, u"expired"_s };
    expire.guard = [](const CommandContext &ctx) {
        const QDate end = date(ctx.before.fields, u"termEnd"_s);
        return end.isValid() && end < ctx.today
            ? Status {}
            : Error::make(Error::InvalidTransition, u"the referral's term has not ended"_s, u"termEnd"_s);
    };
    return StateMachine { u"Referral"_s, u"status"_s, { u"sent"_s }, {},
        { accept, decline, activate, report, complete, revoke, expire } };
}

} // namespace Qadam
