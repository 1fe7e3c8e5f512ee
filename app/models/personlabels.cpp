#include "personlabels.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Qadam::PersonLabels {

namespace {

constexpr auto kContext = "PersonLabels";

struct Words
{
    const char *source;
    const char *comment;
};

/** "Entity.field:value" (or "field:value" for every entity) → words. */
const QHash<QString, Words> &enumWords()
{
    static const QHash<QString, Words> words = {
        { u"AssistanceProgramme.status:draft"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Draft", "programme status") },
        { u"AssistanceProgramme.status:submitted"_s,
            QT_TRANSLATE_NOOP3("PersonLabels", "Awaiting approval", "programme status: submitted to the supervisor") },
        { u"AssistanceProgramme.status:approved"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Approved", "programme status") },
        { u"AssistanceProgramme.status:active"_s, QT_TRANSLATE_NOOP3("PersonLabels", "In progress", "programme status") },
        { u"AssistanceProgramme.status:under_review"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Under review", "programme status") },
        { u"AssistanceProgramme.status:completed"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Completed", "programme status") },
        { u"AssistanceProgramme.status:closed"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Closed", "programme status") },
        { u"AssistanceProgramme.status:superseded"_s,
            QT_TRANSLATE_NOOP3("PersonLabels", "Replaced by a newer version", "programme status") },
        { u"ProgrammeGoal.status:open"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Open", "goal status") },
        { u"ProgrammeGoal.status:achieved"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Achieved", "goal status") },
        { u"ProgrammeGoal.status:partly_achieved"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Partly achieved", "goal status") },
        { u"ProgrammeGoal.status:not_achieved"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Not achieved", "goal status") },
        { u"ProgrammeGoal.status:withdrawn"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Withdrawn", "goal status") },
        { u"ProgrammeMeasure.status:planned"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Planned", "measure status") },
        { u"ProgrammeMeasure.status:in_progress"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Under way", "measure status") },
        { u"ProgrammeMeasure.status:done"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Delivered", "measure status") },
        { u"ProgrammeMeasure.status:cancelled"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Cancelled", "measure status") },
        { u"ProgrammeMeasure.status:not_possible"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Not possible", "measure status") },
        { u"frequency:once"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Once", "measure frequency") },
        { u"frequency:weekly"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Weekly", "measure frequency") },
        { u"frequency:fortnightly"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Every two weeks", "measure frequency") },
        { u"frequency:monthly"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Monthly", "measure frequency") },
        { u"frequency:quarterly"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Quarterly", "measure frequency") },
        { u"frequency:as_needed"_s, QT_TRANSLATE_NOOP3("PersonLabels", "As needed", "measure frequency") },
        { u"severity:none"_s, QT_TRANSLATE_NOOP3("PersonLabels", "No need", "need severity") },
        { u"severity:low"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Low", "need severity") },
        { u"severity:moderate"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Moderate", "need severity") },
        { u"severity:high"_s, QT_TRANSLATE_NOOP3("PersonLabels", "High", "need severity") },
        { u"severity:critical"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Critical", "need severity") },
        { u"priority:high"_s, QT_TRANSLATE_NOOP3("PersonLabels", "High priority", "need priority") },
        { u"priority:medium"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Medium priority", "need priority") },
        { u"priority:low"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Low priority", "need priority") },
        { u"Referral.status:sent"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Sent", "referral status") },
        { u"Referral.status:accepted"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Accepted", "referral status") },
        { u"Referral.status:declined"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Declined", "referral status") },
        { u"Referral.status:active"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Active", "referral status") },
        { u"Referral.status:completed"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Completed", "referral status") },
        { u"Referral.status:revoked"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Revoked", "referral status") },
        { u"Referral.status:expired"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Term ended", "referral status") },
        { u"minimalOutcome:engaged"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Takes part", "referral outcome") },
        { u"minimalOutcome:partly_engaged"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Takes part in part", "referral outcome") },
        { u"minimalOutcome:not_engaged"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Does not take part", "referral outcome") },
        { u"minimalOutcome:no_feedback"_s, QT_TRANSLATE_NOOP3("PersonLabels", "No feedback yet", "referral outcome") },
        { u"minimalOutcome:completed"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Completed", "referral outcome") },
        { u"minimalOutcome:referred_onward"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Referred onward", "referral outcome") },
        { u"channel:police"_s,
            QT_TRANSLATE_NOOP3("PersonLabels", "Appearance for registration (police)", "check-in channel, DOMAIN glossary") },
        { u"channel:probation"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Report to the probation service", "check-in channel") },
        { u"outcome:attended"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Attended", "appearance outcome") },
        { u"outcome:missed"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Missed", "appearance outcome") },
        { u"outcome:excused"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Excused", "appearance outcome") },
        { u"mode:face_to_face"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Face to face", "session mode") },
        { u"mode:phone"_s, QT_TRANSLATE_NOOP3("PersonLabels", "By phone", "session mode") },
        { u"mode:video"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Video call", "session mode") },
        { u"mode:written"_s, QT_TRANSLATE_NOOP3("PersonLabels", "In writing", "session mode") },
        { u"mode:group"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Group session", "session mode") },
        { u"engagement:engaged"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Engaged", "session engagement") },
        { u"engagement:partly_engaged"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Partly engaged", "session engagement") },
        { u"engagement:disengaged"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Disengaged", "session engagement") },
        { u"engagement:refused"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Declined to take part", "session engagement") },
        { u"engagement:no_feedback"_s, QT_TRANSLATE_NOOP3("PersonLabels", "No feedback", "session engagement") },
        { u"confidentialityTier:shared_summary"_s,
            QT_TRANSLATE_NOOP3("PersonLabels", "Summary shared with probation", "session confidentiality tier") },
        { u"confidentialityTier:counselling_team"_s,
            QT_TRANSLATE_NOOP3("PersonLabels", "Counselling team only", "session confidentiality tier") },
        { u"confidentialityTier:sealed"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Sealed: author only", "session confidentiality tier") },
        { u"caseStatus:active"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Open case", "case status") },
        { u"caseStatus:transferred"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Transferred", "case status") },
        { u"caseStatus:closed"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Closed case", "case status") },
        { u"SupervisionOrder.status:draft"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Draft", "supervision order status") },
        { u"SupervisionOrder.status:in_force"_s, QT_TRANSLATE_NOOP3("PersonLabels", "In force", "supervision order status") },
        { u"SupervisionOrder.status:suspended"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Suspended", "supervision order status") },
        { u"SupervisionOrder.status:extended"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Extended", "supervision order status") },
        { u"SupervisionOrder.status:terminated"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Ended early", "supervision order status") },
        { u"SupervisionOrder.status:expired"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Term over", "supervision order status") },
        { u"Alert.status:open"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Open", "alert status") },
        { u"Alert.status:acknowledged"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Seen", "alert status") },
        { u"Alert.status:resolved"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Resolved", "alert status") },
        { u"trend:improving"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Improving", "review trend") },
        { u"trend:stable"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Stable", "review trend") },
        { u"trend:worsening"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Worsening", "review trend") },
    };
    return words;
}

QString translated(const Words &w)
{
    return QCoreApplication::translate(kContext, w.source, w.comment);
}

/** The translated words for `key`, or `key` itself when the table has none. */
QString lookup(const QHash<QString, Words> &words, const QString &key)
{
    auto it = words.constFind(key);
    return it == words.cend() ? key : translated(it.value());
}

} // namespace

QString enumText(const QString &entity, const QString &field, const QString &value)
{
    if (value.isEmpty())
        return {};
    const auto &words = enumWords();
    auto it = words.constFind(entity + u'.' + field + u':' + value);
    if (it == words.cend())
        it = words.constFind(field + u':' + value);
    return it == words.cend() ? value : translated(it.value());
}

QString categoryText(const QString &flag)
{
    static const QHash<QString, Words> words = {
        { u"released_convict"_s,
            QT_TRANSLATE_NOOP3("PersonLabels", "After release, under administrative supervision", "person category") },
        { u"returnee"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Returned from abroad", "person category") },
        { u"returnee_child"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Child of a returned family", "person category") },
        { u"woman_at_risk"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Family and women's support", "person category") },
        { u"youth_prevention"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Young person, voluntary support", "person category") },
        { u"relative_supporter"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Relative and supporter", "person category") },
    };
    return lookup(words, flag);
}

QStringList categoryTexts(const QString &flags)
{
    QStringList out;
    for (const QString &flag : flags.split(u',', Qt::SkipEmptyParts))
        out << categoryText(flag.trimmed());
    return out;
}

QString sectionTitle(const QString &section)
{
    static const QHash<QString, Words> words = {
        { u"overview"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Overview", "person screen section") },
        { u"order"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Supervision and obligations", "person screen section: court order of administrative supervision") },
        { u"timeline"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Appearances", "person screen section: appearance timeline") },
        { u"programme"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Programme", "person screen section: individual programme of social and legal assistance") },
        { u"referrals"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Referrals", "person screen section") },
        { u"sessions"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Sessions", "person screen section: counselling sessions") },
        { u"reviews"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Reviews", "person screen section: progress reviews") },
        { u"history"_s, QT_TRANSLATE_NOOP3("PersonLabels", "History", "person screen section: audit trail") },
    };
    return lookup(words, section);
}

QString auditAction(const QString &action)
{
    static const QHash<QString, Words> words = {
        { u"create"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Created", "audit action") },
        { u"update"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Changed", "audit action") },
        { u"amend"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Corrected", "audit action") },
        { u"read"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Opened the case", "audit action: someone read the case") },
        { u"export"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Exported", "audit action") },
        { u"share"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Shared", "audit action") },
    };
    if (action.startsWith(u"command:"))
        return QCoreApplication::translate(kContext, "Status changed: %1", "audit action; %1 is the command's code")
            .arg(action.mid(8));
    return lookup(words, action);
}

QString entityText(const QString &entity)
{
    static const QHash<QString, Words> words = {
        { u"Person"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Person", "record kind") },
        { u"SupervisionOrder"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Supervision order", "record kind") },
        { u"CheckIn"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Appearance", "record kind") },
        { u"AssistanceProgramme"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Programme", "record kind") },
        { u"ProgrammeNeed"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Need", "record kind") },
        { u"ProgrammeGoal"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Goal", "record kind") },
        { u"ProgrammeMeasure"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Measure", "record kind") },
        { u"Referral"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Referral", "record kind") },
        { u"CounsellingSession"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Session", "record kind") },
        { u"ProgressReview"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Progress review", "record kind") },
        { u"Alert"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Alert", "record kind") },
        { u"Document"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Document", "record kind") },
        { u"ConsentRecord"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Consent", "record kind") },
    };
    return lookup(words, entity);
}

QString roleText(const QString &role)
{
    static const QHash<QString, Words> words = {
        { u"probation_officer"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Probation officer", "staff role") },
        { u"police_officer"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Police officer", "staff role") },
        { u"counsellor"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Counsellor", "staff role") },
        { u"supervisor"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Supervisor", "staff role") },
        { u"administrator"_s, QT_TRANSLATE_NOOP3("PersonLabels", "Administrator", "staff role") },
    };
    return lookup(words, role);
}

QString maskedIin(const QString &iin)
{
    if (iin.size() < 4)
        return {};
    return u"•••• •••• "_s + iin.right(4);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd.MM.yyyy"_s) : QString();
}

} // namespace Qadam::PersonLabels
