#include "sessioncontroller.h"

#include "appsession.h"
#include "counselsupport.h"
#include "storeworker.h"

#include "casework/sessionservice.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

struct Label
{
    const char *field;
    const char *code;
    const char *text;
};

/** Every code of the session's choice fields with its English source text (schema_builtin.cpp). */
constexpr Label kLabels[] = {
    { "mode", "face_to_face", QT_TRANSLATE_NOOP("SessionController", "Face to face") },
    { "mode", "phone", QT_TRANSLATE_NOOP("SessionController", "Phone") },
    { "mode", "video", QT_TRANSLATE_NOOP("SessionController", "Video") },
    { "mode", "written", QT_TRANSLATE_NOOP("SessionController", "Written") },
    { "mode", "group", QT_TRANSLATE_NOOP("SessionController", "Group") },
    { "emotionalState", "calm", QT_TRANSLATE_NOOP("SessionController", "Calm") },
    { "emotionalState", "anxious", QT_TRANSLATE_NOOP("SessionController", "Anxious") },
    { "emotionalState", "low_mood", QT_TRANSLATE_NOOP("SessionController", "Low mood") },
    { "emotionalState", "angry", QT_TRANSLATE_NOOP("SessionController", "Angry") },
    { "emotionalState", "agitated", QT_TRANSLATE_NOOP("SessionController", "Agitated") },
    { "emotionalState", "withdrawn", QT_TRANSLATE_NOOP("SessionController", "Withdrawn") },
    { "emotionalState", "hopeful", QT_TRANSLATE_NOOP("SessionController", "Hopeful") },
    { "emotionalState", "distressed", QT_TRANSLATE_NOOP("SessionController", "Distressed") },
    { "emotionalState", "tired", QT_TRANSLATE_NOOP("SessionController", "Tired") },
    { "intensity", "low", QT_TRANSLATE_NOOP("SessionController", "Low") },
    { "intensity", "moderate", QT_TRANSLATE_NOOP("SessionController", "Moderate") },
    { "intensity", "high", QT_TRANSLATE_NOOP("SessionController", "High") },
    { "stability", "stable", QT_TRANSLATE_NOOP("SessionController", "Stable") },
    { "stability", "fluctuating", QT_TRANSLATE_NOOP("SessionController", "Fluctuating") },
    { "stability", "unstable", QT_TRANSLATE_NOOP("SessionController", "Unstable") },
    { "riskSignals", "threats", QT_TRANSLATE_NOOP("SessionController", "Threats") },
    { "riskSignals", "insults", QT_TRANSLATE_NOOP("SessionController", "Insults") },
    { "riskSignals", "dominance_claims", QT_TRANSLATE_NOOP("SessionController", "Claims of dominance") },
    { "riskSignals", "evasion", QT_TRANSLATE_NOOP("SessionController", "Evasion") },
    { "riskSignals", "hostility_to_state", QT_TRANSLATE_NOOP("SessionController", "Hostility to state institutions") },
    { "riskSignals", "recruiting_attempt", QT_TRANSLATE_NOOP("SessionController", "Recruiting attempt") },
    { "alteredState", "intoxication", QT_TRANSLATE_NOOP("SessionController", "Signs of intoxication") },
    { "alteredState", "possible_mental_disorder",
        QT_TRANSLATE_NOOP("SessionController", "Possible mental disorder (an observation, not a diagnosis)") },
    { "engagement", "engaged", QT_TRANSLATE_NOOP("SessionController", "Engaged") },
    { "engagement", "partly_engaged", QT_TRANSLATE_NOOP("SessionController", "Partly engaged") },
    { "engagement", "disengaged", QT_TRANSLATE_NOOP("SessionController", "Disengaged") },
    { "engagement", "refused", QT_TRANSLATE_NOOP("SessionController", "Refused") },
    { "engagement", "no_feedback", QT_TRANSLATE_NOOP("SessionController", "No feedback") },
    { "confidentialityTier", "shared_summary", QT_TRANSLATE_NOOP("SessionController", "Shared summary") },
    { "confidentialityTier", "counselling_team", QT_TRANSLATE_NOOP("SessionController", "Counselling team only") },
    { "confidentialityTier", "sealed", QT_TRANSLATE_NOOP("SessionController", "Sealed: only me") },
    { "counsellorSafetyCheck", "not_required", QT_TRANSLATE_NOOP("SessionController", "Not required") },
    { "counsellorSafetyCheck", "checked_in_and_out",
        QT_TRANSLATE_NOOP("SessionController", "Checked in and out of the home visit") },
    { "counsellorSafetyCheck", "check_out_missed", QT_TRANSLATE_NOOP("SessionController", "Check-out missed") },
    { "requestOutcome", "accepted", QT_TRANSLATE_NOOP("SessionController", "Accepted") },
    { "requestOutcome", "partly_accepted", QT_TRANSLATE_NOOP("SessionController", "Partly accepted") },
    { "requestOutcome", "declined", QT_TRANSLATE_NOOP("SessionController", "Declined") },
    { "requestOutcome", "deferred", QT_TRANSLATE_NOOP("SessionController", "Deferred") },
    { "requestOutcome", "no_feedback", QT_TRANSLATE_NOOP("SessionController", "No feedback") },
};

/** The codes of `field`, in the schema's order. */
QVariantList choicesOf(const char *field)
{
    QVariantList out;
    for (const Label &l : kLabels)
        if (qstrcmp(l.field, field) == 0)
            out << QVariantMap { { u"code"_s, QString::fromLatin1(l.code) },
                { u"label"_s, QCoreApplication::translate("SessionController", l.text) } };
    return out;
}

const QStringList kListFields = { u"emotionalState"_s, u"riskSignals"_s, u"alteredState"_s };
const QStringList kTextFields = { u"personId"_s, u"referralId"_s, u"occurredOn"_s, u"nextSessionOn"_s,
    u"mode"_s, u"topics"_s, u"intensity"_s, u"stability"_s, u"stabilityRationale"_s, u"engagement"_s,
    u"notesObservations"_s, u"notesAnalysis"_s, u"notesConclusions"_s, u"notesPlan"_s,
    u"confidentialityTier"_s, u"counsellorSafetyCheck"_s };

/** The requests list without rows left blank in the form; "alternative" only when written. */
QJsonArray requestsOf(const QVariant &value)
{
    QJsonArray out;
    for (const QVariant &v : value.toList()) {
        const QVariantMap m = v.toMap();
        const QString request = m.value(u"request"_s).toString().trimmed();
        const QString alternative = m.value(u"alternative"_s).toString().trimmed();
        if (request.isEmpty() && alternative.isEmpty())
            continue;
        QJsonObject item { { u"request"_s, request }, { u"outcome"_s, m.value(u"outcome"_s).toString() } };
        if (!alternative.isEmpty())
            item.insert(u"alternative"_s, alternative);
        out << item;
    }
    return out;
}

/** Referrals of the person on which the actor may log now: CaseAccess's active referrals. */
QVariantList referralOptions(CoreContext &ctx, const QString &personId)
{
    QVariantList out;
    if (ctx.actor.role != Role::Counsellor)
        return out;
    const AccessContext access = Counsel::accessOn(ctx, personId);
    for (const QString &id : access.activeReferralIds) {
        auto r = ctx.writes.get(u"Referral"_s, id);
        if (!r.ok())
            continue;
        const QVariantMap &f = r.value().fields;
        const auto day = [&](const QString &k) {
            return Counsel::dateText(QDate::fromString(f.value(k).toString(), Qt::ISODate));
        };
        //: a referral in a choice list: %1 start, %2 end of its term
        out << QVariantMap { { u"id"_s, id },
            { u"label"_s, SessionController::tr("Referral %1 – %2").arg(day(u"termStart"_s), day(u"termEnd"_s)) } };
    }
    return out;
}

} // namespace

SessionController::SessionController(QObject *parent)
    : QObject(parent)
{ }

QVariantList SessionController::modes() const { return choicesOf("mode"); }
QVariantList SessionController::emotionalStates() const { return choicesOf("emotionalState"); }
QVariantList SessionController::intensities() const { return choicesOf("intensity"); }
QVariantList SessionController::stabilities() const { return choicesOf("stability"); }
QVariantList SessionController::riskSignals() const { return choicesOf("riskSignals"); }
QVariantList SessionController::alteredStates() const { return choicesOf("alteredState"); }
QVariantList SessionController::engagements() const { return choicesOf("engagement"); }
QVariantList SessionController::safetyChecks() const { return choicesOf("counsellorSafetyCheck"); }
QVariantList SessionController::requestOutcomes() const { return choicesOf("requestOutcome"); }

QString SessionController::today() const
{
    return AppSession::today().toString(Qt::ISODate);
}

QString SessionController::earliestNextSession(const QString &occurredOn) const
{
    const QDate on = QDate::fromString(occurredOn.trimmed(), Qt::ISODate);
    return on.isValid() ? on.toString(Qt::ISODate) : QString();
}

QVariantList SessionController::tiers() const
{
    QVariantList out = choicesOf("confidentialityTier");
    for (QVariant &v : out) {
        QVariantMap m = v.toMap();
        m.insert(u"description"_s, tierDescription(m.value(u"code"_s).toString()));
        v = m;
    }
    return out;
}

QString SessionController::label(const QString &field, const QString &code)
{
    for (const Label &l : kLabels)
        if (field == QLatin1String(l.field) && code == QLatin1String(l.code))
            return QCoreApplication::translate("SessionController", l.text);
    return code;
}

QString SessionController::tierDescription(const QString &tier)
{
    if (tier == u"shared_summary")
        return tr("Probation sees that the session took place: date, mode, duration, engagement. Notes and "
                  "observations stay with the counselling team.");
    if (tier == u"counselling_team")
        return tr("Only the counselling team of this referral reads the notes and observations. Probation "
                  "sees nothing of this session.");
    if (tier == u"sealed")
        return tr("Only you read the notes and observations. Your team sees that the session took place.");
    return tr("Not chosen yet: choose who may read this session before saving.");
}

QVariantMap SessionController::fieldsOf(const QVariantMap &form)
{
    QVariantMap fields;
    for (const QString &key : kTextFields)
        if (const QString v = form.value(key).toString().trimmed(); !v.isEmpty())
            fields.insert(key, v);
    for (const QString &key : kListFields)
        if (const QStringList v = form.value(key).toStringList(); !v.isEmpty())
            fields.insert(key, v.join(u','));
    bool ok = false;
    if (const qint64 minutes = form.value(u"durationMinutes"_s).toString().toLongLong(&ok); ok)
        fields.insert(u"durationMinutes"_s, minutes);
    if (const QJsonArray requests = requestsOf(form.value(u"requests"_s)); !requests.isEmpty())
        fields.insert(u"requests"_s, requests.toVariantList());
    return fields;
}

QString SessionController::formProblem(const QVariantMap &form)
{
    const QVariantMap f = fieldsOf(form);
    if (!f.contains(u"referralId"_s))
        return tr("Choose the referral this session belongs to.");
    if (!QDate::fromString(f.value(u"occurredOn"_s).toString(), Qt::ISODate).isValid())
        return tr("Give the date of the session (YYYY-MM-DD).");
    if (!f.contains(u"mode"_s))
        return tr("Choose how the session took place (face to face, phone…).");
    if (!f.contains(u"confidentialityTier"_s))
        return tr("Choose who may read this session (the confidentiality tier) before saving.");
    const QString minutes = form.value(u"durationMinutes"_s).toString().trimmed();
    if (!minutes.isEmpty() && !f.contains(u"durationMinutes"_s))
        return tr("Give the duration in whole minutes.");
    if (f.contains(u"stability"_s) && !f.contains(u"stabilityRationale"_s))
        //: %1 is a stability judgement, e.g. "Fluctuating"
        return tr("Say why you judged the person's state as \"%1\".")
            .arg(label(u"stability"_s, f.value(u"stability"_s).toString()));
    for (const QVariant &v : f.value(u"requests"_s).toList())
        if (v.toMap().value(u"request"_s).toString().isEmpty() || v.toMap().value(u"outcome"_s).toString().isEmpty())
            return tr("Each request needs what the person asked for and its outcome.");
    return {};
}

void SessionController::loadReferrals(const QString &personId)
{
    AppSession *session = AppSession::instance();
    if (!session)
        return;
    m_referralsPerson = personId;
    session->worker()->post(
        this, [personId](CoreContext &ctx) { return referralOptions(ctx, personId); },
        [this, personId](QVariantList options) {
            if (personId != m_referralsPerson)
                return;
            m_referrals = options;
            Q_EMIT referralsChanged();
        });
}

void SessionController::log(const QVariantMap &form)
{
    save({}, form);
}

void SessionController::amend(const QString &originalId, const QVariantMap &form)
{
    if (originalId.isEmpty())
        return Q_EMIT failed(tr("Choose the session to correct."));
    save(originalId, form);
}

void SessionController::save(const QString &originalId, const QVariantMap &form)
{
    if (const QString problem = formProblem(form); !problem.isEmpty())
        return Q_EMIT failed(problem);
    if (m_busy || !AppSession::instance())
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    const QVariantMap fields = fieldsOf(form);
    AppSession::instance()->worker()->write(
        this,
        [originalId, fields](CoreContext &ctx) {
            SessionService service(ctx.db, ctx.writes);
            return originalId.isEmpty() ? service.log(fields) : service.amend(originalId, fields);
        },
        [this](Result<LoggedSession> r) {
            m_busy = false;
            Q_EMIT busyChanged();
            if (!r.ok())
                return Q_EMIT failed(saveError(r.error()));
            QStringList message { tr("Session saved.") };
            const bool alert = !r.value().riskAlertId.isEmpty() || !r.value().safetyAlertId.isEmpty();
            if (alert)
                message << tr("Your supervisor was alerted; the alert carries no notes.");
            if (!r.value().suggestions.isEmpty())
                message << tr("Consider an onward referral for a psychiatric assessment (an observation, "
                              "not a diagnosis).");
            Q_EMIT logged(r.value().sessionId, alert, message.join(u' '));
        });
}

QString SessionController::saveError(const Error &error)
{
    if (error.code == Error::Invalid) {
        if (error.field == u"occurredOn")
            return tr("The session date must lie inside the referral's term and not in the future.");
        if (error.field == u"nextSessionOn")
            return tr("The next session cannot be before this one.");
        if (error.field == u"durationMinutes")
            return tr("The duration must be between 1 and 1440 minutes.");
        if (error.field == u"requests")
            return tr("Each request needs what the person asked for (at most 1000 characters) and its outcome.");
        if (error.field == u"referralId" || error.field == u"counsellorId")
            return tr("You can log sessions only on a referral to you that you accepted, within its term.");
    }
    return Counsel::errorText(error, tr("save the session"));
}

} // namespace Qadam
