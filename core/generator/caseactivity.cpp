// What happens in a case over time: the assistance programme with its needs, goals and measures,
// referrals and counselling sessions, monthly appearances, progress reviews, alerts and shares.

#include "casegenerator.h"

#include "seededrandom.h"
#include "staffing.h"
#include "vocabulary.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using Vocabulary::Text;

bool deliveredByCounsellors(const QString &providerKind)
{
    return providerKind == u"ngo" || providerKind == u"religious_board" || providerKind == u"health";
}

QDate monthEndOf(const QDate &month)
{
    return QDate(month.year(), month.month(), 1).addMonths(1).addDays(-1);
}

template<typename Items, typename Predicate>
int countIf(const Items &items, Predicate predicate)
{
    return int(std::count_if(items.cbegin(), items.cend(), predicate));
}

} // namespace

const Author &CaseGenerator::counsellorOf(const Provider &provider)
{
    return m_rng.pick(provider.counsellors);
}

// ---- Programme ----

void CaseGenerator::writeProgramme(CaseFile &c, const QStringList &domains)
{
    QList<Intervention> chosen;
    for (const QString &domain : domains) {
        chosen << m_rng.pick(Vocabulary::interventionsFor(domain));
        c.referralsLeft += deliveredByCounsellors(chosen.constLast().providerKind) ? 1 : 0;
    }
    const QDate drafted = std::min(m_today, c.opened.addDays(m_rng.between(3, 20)));
    const double roll = m_rng.unit();
    const QString status = roll < 0.05 ? u"draft"_s : roll < 0.13 ? u"submitted"_s : u"approved"_s;
    const bool revised = status == u"approved" && drafted.addMonths(4) < m_today && likely(0.12);
    const QString first = revised ? writeProgrammeVersion(c, 1, u"superseded"_s, drafted, QString()) : QString();
    const QDate current = revised ? m_rng.dateBetween(drafted.addMonths(3), m_today) : drafted;
    c.programmeId = writeProgrammeVersion(c, revised ? 2 : 1, status, current, first);
    if (status == u"approved")
        writeDocument(c, u"programme"_s, c.kazakh ? u"Жеке бағдарлама"_s : u"Индивидуальная программа"_s, current);
    for (const Intervention &intervention : chosen)
        writeNeed(c, intervention, current);
}

QString CaseGenerator::writeProgrammeVersion(const CaseFile &c, int versionNo, const QString &status,
                                             const QDate &drafted, const QString &supersedes)
{
    RecordDraft d(u"AssistanceProgramme"_s);
    d.set(u"personId"_s, c.personId).set(u"orderId"_s, c.orderId).number(u"versionNo"_s, versionNo);
    d.set(u"status"_s, status).set(u"draftedBy"_s, c.officer.staffId).set(u"supersedesId"_s, supersedes);
    if (status == u"approved" || status == u"superseded") {
        d.set(u"approvedBy"_s, c.supervisor.staffId).number(u"approvedAt"_s, at(drafted.addDays(m_rng.between(2, 10))));
        d.set(u"supervisorComment"_s, Vocabulary::phrase(m_rng, Text::SupervisorComment).in(c.kazakh));
    }
    return m_writer.write(d, at(drafted), c.officer);
}

void CaseGenerator::writeNeed(CaseFile &c, const Intervention &intervention, const QDate &drafted)
{
    RecordDraft need(u"ProgrammeNeed"_s);
    need.set(u"personId"_s, c.personId).set(u"programmeId"_s, c.programmeId).set(u"domainCode"_s, intervention.domain);
    need.set(u"assessment"_s, Vocabulary::phrase(m_rng, Text::Assessment).in(c.kazakh));
    need.set(u"priority"_s, m_rng.pick(QStringList{u"high"_s, u"medium"_s, u"low"_s}));
    const QString needId = m_writer.write(need, at(drafted), c.officer);
    c.domains << intervention.domain;

    const QDate target = drafted.addMonths(m_rng.between(3, 12));
    RecordDraft goal(u"ProgrammeGoal"_s);
    goal.set(u"personId"_s, c.personId).set(u"programmeId"_s, c.programmeId).set(u"needId"_s, needId);
    goal.set(u"description"_s, Vocabulary::goalFor(intervention.domain).in(c.kazakh)).date(u"targetDate"_s, target);
    goal.set(u"status"_s, target >= m_today ? u"open"_s
                                           : m_rng.pick(QStringList{u"achieved"_s, u"partly_achieved"_s, u"not_achieved"_s}));
    const QString goalId = m_writer.write(goal, at(drafted), c.officer);

    const Provider *provider = deliveredByCounsellors(intervention.providerKind)
                                   ? m_staffing.provider(c.region, intervention.providerKind, m_rng)
                                   : nullptr;
    const QString providerId = provider ? provider->organisationId : m_staffing.region(c.region).probationUnitId;
    const QString measureId = writeMeasure(c, goalId, intervention.code, providerId, drafted);
    if (provider)
        writeReferral(c, measureId, *provider, drafted.addDays(m_rng.between(0, 14)));
}

QString CaseGenerator::writeMeasure(CaseFile &c, const QString &goalId, const QString &intervention,
                                    const QString &providerId, const QDate &drafted)
{
    const QDate due = drafted.addMonths(m_rng.between(1, 6));
    const double roll = m_rng.unit();
    QString status = roll < 0.5 ? u"in_progress"_s : u"planned"_s;
    QDate delivered;
    if (due < m_today) {
        status = roll < 0.65 ? u"delivered"_s : roll < 0.8 ? u"not_delivered"_s : u"in_progress"_s;
        delivered = status == u"delivered" ? m_rng.dateBetween(drafted, due) : QDate();
    }
    RecordDraft d(u"ProgrammeMeasure"_s);
    d.set(u"personId"_s, c.personId).set(u"programmeId"_s, c.programmeId).set(u"goalId"_s, goalId);
    d.set(u"interventionCode"_s, intervention).set(u"providerOrganisationId"_s, providerId).date(u"dueOn"_s, due);
    d.set(u"status"_s, status).date(u"deliveredOn"_s, delivered);
    if (delivered.isValid())
        d.set(u"evidence"_s, Vocabulary::phrase(m_rng, Text::Evidence).in(c.kazakh));
    c.measures << DueItem{due, delivered.isValid()};
    return m_writer.write(d, at(drafted), c.officer);
}

// ---- Referrals and sessions ----

void CaseGenerator::writeReferral(CaseFile &c, const QString &measureId, const Provider &provider, const QDate &start)
{
    const QDate from = std::min(start, m_today);
    const QDate end = from.addMonths(m_rng.between(6, 12));
    if (c.counsellingConsentId.isEmpty())
        c.counsellingConsentId = writeConsent(c, u"counselling"_s, from);
    const Author &counsellor = counsellorOf(provider);
    const bool finished = end < m_today;
    RecordDraft d(u"Referral"_s);
    d.set(u"personId"_s, c.personId).set(u"measureId"_s, measureId).set(u"organisationId"_s, provider.organisationId);
    d.set(u"counsellorId"_s, counsellor.staffId).set(u"consentId"_s, c.counsellingConsentId);
    d.set(u"reason"_s, Vocabulary::phrase(m_rng, Text::ReferralReason).in(c.kazakh));
    d.date(u"termStart"_s, from).date(u"termEnd"_s, end).set(u"status"_s, finished ? u"completed"_s : u"active"_s);
    const QStringList outcomes = {u"engaged"_s, u"partly_engaged"_s, u"no_feedback"_s, u"completed"_s};
    d.set(u"minimalOutcome"_s, finished ? m_rng.pick(outcomes) : QString());
    const QString referralId = m_writer.write(d, at(from), c.officer);
    const int sessions = c.sessionBudget / std::max(1, c.referralsLeft);
    c.sessionBudget -= sessions;
    c.referralsLeft = std::max(0, c.referralsLeft - 1);
    writeSessions(c, referralId, counsellor, from, std::min(end, m_today), sessions);
}

void CaseGenerator::writeSessions(CaseFile &c, const QString &referralId, const Author &counsellor, const QDate &from,
                                  const QDate &to, int count)
{
    const qint64 span = from.daysTo(to) + 1;
    for (int k = 0; k < count; ++k) {
        const qint64 slot = span * k / count;
        const qint64 width = std::max<qint64>(1, span * (k + 1) / count - slot);
        writeSession(c, referralId, counsellor, from.addDays(slot + m_rng.below(int(width))));
    }
}

void CaseGenerator::writeSession(CaseFile &c, const QString &referralId, const Author &counsellor, const QDate &on)
{
    const QString mode = QStringList{u"face_to_face"_s, u"phone"_s, u"video"_s, u"group"_s, u"written"_s}.at(
        m_rng.weighted({70, 12, 8, 7, 3}));
    const QStringList states = {u"calm"_s, u"hopeful"_s, u"anxious"_s, u"tired"_s, u"low_mood"_s, u"withdrawn"_s};
    const QString state = m_rng.pick(states);
    const QString second = m_rng.pick(states);
    const bool risk = likely(0.03);
    RecordDraft d(u"CounsellingSession"_s);
    d.set(u"personId"_s, c.personId).set(u"referralId"_s, referralId).set(u"counsellorId"_s, counsellor.staffId);
    d.date(u"occurredOn"_s, on).set(u"mode"_s, mode).number(u"durationMinutes"_s, 15 * m_rng.between(2, 8));
    d.set(u"topics"_s, Vocabulary::phrase(m_rng, Text::SessionTopic).in(c.kazakh));
    d.set(u"emotionalState"_s, second == state ? state : state + u',' + second);
    d.set(u"intensity"_s, m_rng.chance(0.9) ? u"low"_s : u"moderate"_s);
    d.set(u"stability"_s, QStringList{u"stable"_s, u"fluctuating"_s, u"unstable"_s}.at(m_rng.weighted({70, 25, 5})));
    d.set(u"stabilityRationale"_s, Vocabulary::phrase(m_rng, Text::StabilityRationale).in(c.kazakh));
    d.set(u"riskSignals"_s, risk ? m_rng.pick(QStringList{u"evasion"_s, u"hostility_to_state"_s, u"insults"_s}) : QString());
    d.set(u"alteredState"_s, m_rng.chance(0.01) ? u"possible_mental_disorder"_s : QString());
    if (m_rng.chance(0.15))
        d.json(u"requests"_s, QJsonArray{QJsonObject{{u"request"_s, u"help_with_documents"_s},
                                                      {u"alternative"_s, u"legal_aid_referral"_s},
                                                      {u"outcome"_s, u"accepted"_s}}});
    d.set(u"engagement"_s, QStringList{u"engaged"_s, u"partly_engaged"_s, u"disengaged"_s, u"no_feedback"_s}.at(
                              m_rng.weighted({60, 25, 5, 10})));
    d.set(u"notesObservations"_s, Vocabulary::phrase(m_rng, Text::Observation).in(c.kazakh));
    d.set(u"notesAnalysis"_s, Vocabulary::phrase(m_rng, Text::Analysis).in(c.kazakh));
    d.set(u"notesConclusions"_s, Vocabulary::phrase(m_rng, Text::Conclusion).in(c.kazakh));
    d.set(u"notesPlan"_s, Vocabulary::phrase(m_rng, Text::Plan).in(c.kazakh));
    d.date(u"nextSessionOn"_s, on.addDays(m_rng.between(14, 30)));
    d.set(u"confidentialityTier"_s, QStringList{u"counselling_team"_s, u"shared_summary"_s, u"sealed"_s}.at(
                                       m_rng.weighted({80, 17, 3})));
    d.set(u"counsellorSafetyCheck"_s,
          mode == u"face_to_face" && m_rng.chance(0.2) ? u"checked_in_and_out"_s : u"not_required"_s);
    const QString id = m_writer.write(d, at(on), counsellor);
    c.sessions << on;
    if (risk)
        writeAlert(c, u"risk_signal"_s, on, u"CounsellingSession"_s, id);
}

// ---- Appearances (PEC Art. 172 part 9: police and probation, at least monthly) ----

void CaseGenerator::writeAppearances(CaseFile &c)
{
    if (c.orderId.isEmpty())
        return;
    const double compliance = QList<double>{0.97, 0.85, 0.5}.at(m_rng.weighted({70, 25, 5}));
    const int policeDay = m_rng.between(1, 28);
    const int probationDay = m_rng.between(1, 28);
    for (QDate month(c.orderStart.year(), c.orderStart.month(), 1); month <= c.appearancesUntil;
         month = month.addMonths(1)) {
        writeAppearance(c, u"police"_s, month, policeDay, compliance);
        writeAppearance(c, u"probation"_s, month, probationDay, compliance);
    }
}

void CaseGenerator::writeAppearance(CaseFile &c, const QString &channel, const QDate &month, int dueDay,
                                    double compliance)
{
    const QDate windowStart = std::max(month, c.orderStart);
    const QDate windowEnd = monthEndOf(month);
    QDate due(month.year(), month.month(), dueDay);
    if (due < windowStart)
        due = std::min(windowStart.addDays(7), windowEnd);
    const bool attended = m_rng.chance(compliance);
    const bool excused = !attended && m_rng.chance(0.4);
    const QDate recorded = attended ? std::clamp(due.addDays(m_rng.between(-5, 3)), windowStart, windowEnd)
                         : excused  ? std::max(windowStart, due.addDays(-m_rng.between(0, 3)))
                                    : windowEnd.addDays(1);
    if (recorded > c.appearancesUntil)
        return;  // not yet happened (this month) or after the order stopped
    const bool police = channel == u"police";
    RecordDraft d(u"CheckIn"_s);
    d.set(u"personId"_s, c.personId).set(u"orderId"_s, c.orderId).set(u"channel"_s, channel);
    d.date(u"dueOn"_s, due).date(u"windowStart"_s, windowStart).date(u"windowEnd"_s, windowEnd);
    d.set(u"outcome"_s, attended ? u"attended"_s : excused ? u"excused"_s : u"missed"_s);
    if (attended) {
        d.date(u"occurredOn"_s, recorded);
        d.set(u"summary"_s, Vocabulary::phrase(m_rng, police ? Text::PoliceSummary : Text::ProbationSummary).in(c.kazakh));
        if (police)
            d.flag(u"preventiveConversation"_s, m_rng.chance(0.95));
    } else if (excused) {
        d.set(u"excuseReason"_s, Vocabulary::phrase(m_rng, Text::ExcuseReason).in(c.kazakh));
        d.date(u"newDueOn"_s, due.addDays(m_rng.between(7, 14)));
    } else {
        d.set(u"followUp"_s, Vocabulary::phrase(m_rng, Text::MissedFollowUp).in(c.kazakh));
    }
    const QString id = m_writer.write(d, at(recorded), police ? c.police : c.officer);
    c.appearances << DueItem{due, attended};
    if (!attended && !excused && likely(0.6))
        writeAlert(c, u"missed_check_in"_s, recorded, u"CheckIn"_s, id);
}

// ---- Reviews, alerts, shares ----

void CaseGenerator::writeReviews(CaseFile &c)
{
    if (c.programmeId.isEmpty())
        return;
    for (QDate from = c.opened; from.addMonths(3).addDays(-1) < m_today; from = from.addMonths(3))
        writeReview(c, from, from.addMonths(3).addDays(-1));
}

void CaseGenerator::writeReview(const CaseFile &c, const QDate &from, const QDate &to)
{
    const auto inPeriod = [&](const QDate &d) { return d >= from && d <= to; };
    const int due = countIf(c.appearances, [&](const DueItem &a) { return inPeriod(a.due); });
    const int attended = countIf(c.appearances, [&](const DueItem &a) { return inPeriod(a.due) && a.done; });
    QJsonObject indicators{
        {u"measuresPlanned"_s, countIf(c.measures, [&](const DueItem &m) { return m.due <= to; })},
        {u"measuresDelivered"_s, countIf(c.measures, [&](const DueItem &m) { return m.due <= to && m.done; })},
        {u"sessionsHeld"_s, countIf(c.sessions, inPeriod)},
    };
    if (due > 0)
        indicators.insert(u"appearanceCompliancePct"_s, 100 * attended / due);
    QJsonObject proxies;
    for (const QString &proxy : {u"employment"_s, u"housing"_s, u"documents"_s, u"familyContact"_s})
        proxies.insert(proxy, m_rng.chance(0.6));
    proxies.insert(u"noNewViolations"_s, m_rng.chance(0.95));
    QJsonArray judgements;
    for (const QString &domain : c.domains)
        judgements << QJsonObject{{u"domain"_s, domain}, {u"rating"_s, m_rng.between(1, 5)},
                                  {u"rationale"_s, Vocabulary::phrase(m_rng, Text::JudgementRationale).in(c.kazakh)}};
    RecordDraft d(u"ProgressReview"_s);
    d.set(u"personId"_s, c.personId).set(u"programmeId"_s, c.programmeId).date(u"periodStart"_s, from);
    d.date(u"periodEnd"_s, to).json(u"indicators"_s, indicators).json(u"outcomeProxies"_s, proxies);
    d.json(u"judgements"_s, judgements);
    const QDate signedOn = to.addDays(m_rng.between(3, 10));
    if (signedOn <= m_today)
        d.set(u"signedOffBy"_s, c.supervisor.staffId).number(u"signedOffAt"_s, at(signedOn));
    m_writer.write(d, at(to.addDays(m_rng.between(1, 3))), c.officer);
}

void CaseGenerator::writeAlert(const CaseFile &c, const QString &kind, const QDate &raisedOn,
                               const QString &sourceEntity, const QString &sourceId)
{
    const bool old = raisedOn.addDays(14) < m_today;
    const QString status = !old ? u"open"_s : m_rng.chance(0.85) ? u"resolved"_s : u"acknowledged"_s;
    RecordDraft d(u"Alert"_s);
    d.set(u"personId"_s, c.personId).set(u"kind"_s, kind);
    d.set(u"severity"_s, kind == u"risk_signal" ? u"urgent"_s : u"warning"_s).set(u"status"_s, status);
    d.date(u"raisedOn"_s, raisedOn).date(u"dueOn"_s, raisedOn.addDays(m_rng.between(3, 10)));
    d.set(u"assignedTo"_s, c.officer.staffId).set(u"sourceEntity"_s, sourceEntity).set(u"sourceId"_s, sourceId);
    if (status == u"resolved")
        d.set(u"resolutionNote"_s, Vocabulary::phrase(m_rng, Text::AlertResolution).in(c.kazakh));
    m_writer.write(d, at(raisedOn), c.officer);
}

void CaseGenerator::writeShare(const CaseFile &c)
{
    const bool withConsent = !c.counsellingConsentId.isEmpty() && m_rng.chance(0.3);
    const RegionStaff &staff = m_staffing.region(c.region);
    const QDate on = m_rng.dateBetween(c.opened, m_today);
    RecordDraft d(u"InformationShare"_s);
    d.set(u"personId"_s, c.personId);
    d.set(u"recipientOrganisationId"_s, withConsent ? staff.providers.at(0).organisationId : staff.policeUnitId);
    d.set(u"basis"_s, withConsent ? u"consent"_s : u"statutory_duty"_s);
    d.set(u"consentId"_s, withConsent ? c.counsellingConsentId : QString());
    d.set(u"purpose"_s, Vocabulary::phrase(m_rng, Text::SharePurpose).in(c.kazakh));
    d.json(u"fields"_s, QJsonArray{u"CheckIn.outcome"_s, u"CheckIn.occurredOn"_s});
    d.date(u"sharedOn"_s, on).set(u"sharedBy"_s, c.officer.staffId);
    m_writer.write(d, at(on), c.officer);
}

} // namespace Qadam
