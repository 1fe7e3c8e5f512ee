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

template<typename Items, typename Predicate> int countIf(const Items &items, Predicate predicate)
{
    return int(std::count_if(items.cbegin(), items.cend(), predicate));
}

} // namespace

QString CaseGenerator::say(const CaseFile &c, Text text)
{
    return Vocabulary::phrase(m_rng, text).in(c.kazakh);
}

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
    const QString status = m_rng.weightedPick<QString>({ { u"draft"_s, 5 }, { u"submitted"_s, 8 },
        { u"approved"_s, 7 }, { u"active"_s, 75 }, { u"under_review"_s, 5 } });
    const bool running = status == u"active" || status == u"under_review";
    // A revision's new draft is the revise command's effect in LocalEdits, so it is left out there.
    const bool revised
        = running && drafted.addMonths(4) < m_today && likely(0.12) && !m_writer.replaysCommands();
    const QString first
        = revised ? writeProgrammeVersion(c, 1, u"superseded"_s, drafted, QString()) : QString();
    const QDate current = revised ? m_rng.dateBetween(drafted.addMonths(3), m_today) : drafted;
    c.programmeId = writeProgrammeVersion(c, revised ? 2 : 1, status, current, first);
    if (status != u"draft" && status != u"submitted")
        writeDocument(
            c, u"programme"_s, c.kazakh ? u"Жеке бағдарлама"_s : u"Индивидуальная программа"_s, current);
    for (const Intervention &intervention : chosen)
        writeNeed(c, intervention, current);
}

QString CaseGenerator::writeProgrammeVersion(
    const CaseFile &c, int versionNo, const QString &status, const QDate &drafted, const QString &supersedes)
{
    RecordDraft d(u"AssistanceProgramme"_s);
    d.set(u"personId"_s, c.personId).set(u"orderId"_s, c.orderId).number(u"versionNo"_s, versionNo);
    d.set(u"status"_s, status).set(u"draftedBy"_s, c.officer.staffId).set(u"supersedesId"_s, supersedes);
    d.set(u"personCategory"_s, c.templateCategory);
    if (!c.templateCategory.isEmpty())
        d.number(u"templateVersion"_s, 1);
    if (status != u"draft" && status != u"submitted") {
        const QDate approved = std::min(m_today, drafted.addDays(m_rng.between(2, 10)));
        d.set(u"approvedBy"_s, c.supervisor.staffId).number(u"approvedAt"_s, at(approved));
        d.set(u"supervisorComment"_s, say(c, Text::SupervisorComment));
        if (status != u"approved")
            d.date(u"activatedOn"_s, std::min(m_today, approved.addDays(m_rng.between(0, 7))));
    }
    return m_writer.write(d, at(drafted), c.officer);
}

void CaseGenerator::writeNeed(CaseFile &c, const Intervention &intervention, const QDate &drafted)
{
    RecordDraft need(u"ProgrammeNeed"_s);
    need.set(u"personId"_s, c.personId)
        .set(u"programmeId"_s, c.programmeId)
        .set(u"domainCode"_s, intervention.domain);
    need.set(u"assessment"_s, say(c, Text::Assessment));
    need.set(u"priority"_s, m_rng.pick(QStringList { u"high"_s, u"medium"_s, u"low"_s }));
    need.set(u"severity"_s,
        m_rng.weightedPick<QString>({ { u"low"_s, 3 }, { u"moderate"_s, 5 }, { u"high"_s, 2 } }));
    const QString needId = m_writer.write(need, at(drafted), c.officer);
    c.domains << intervention.domain;

    const QDate target = drafted.addMonths(m_rng.between(3, 12));
    RecordDraft goal(u"ProgrammeGoal"_s);
    goal.set(u"personId"_s, c.personId).set(u"programmeId"_s, c.programmeId).set(u"needId"_s, needId);
    goal.set(u"description"_s, Vocabulary::goalFor(intervention.domain).in(c.kazakh))
        .date(u"targetDate"_s, target);
    goal.set(u"status"_s,
        target >= m_today
            ? u"open"_s
            : m_rng.pick(QStringList { u"achieved"_s, u"partly_achieved"_s, u"not_achieved"_s }));
    const QString goalId = m_writer.write(goal, at(drafted), c.officer);

    const Provider *provider = deliveredByCounsellors(intervention.providerKind)
        ? m_staffing.provider(c.region, intervention.providerKind, m_rng)
        : nullptr;
    const Author counsellor = provider ? counsellorOf(*provider) : Author {};
    const QString providerId
        = provider ? provider->organisationId : m_staffing.region(c.region).probationUnitId;
    const QString measureId
        = writeMeasure(c, goalId, intervention.code, providerId, counsellor.staffId, drafted);
    if (provider)
        writeReferral(c, measureId, *provider, counsellor, drafted.addDays(m_rng.between(0, 14)));
}

QString CaseGenerator::writeMeasure(CaseFile &c, const QString &goalId, const QString &intervention,
    const QString &providerId, const QString &counsellorId, const QDate &drafted)
{
    const QDate due = drafted.addMonths(m_rng.between(1, 6));
    const double roll = m_rng.unit();
    QString status = roll < 0.5 ? u"in_progress"_s : u"planned"_s;
    if (due < m_today)
        status = roll < 0.65 ? u"done"_s : roll < 0.8 ? u"not_possible"_s : u"in_progress"_s;
    const QDate delivered = status == u"done" ? m_rng.dateBetween(drafted, due) : QDate();
    RecordDraft d(u"ProgrammeMeasure"_s);
    d.set(u"personId"_s, c.personId).set(u"programmeId"_s, c.programmeId).set(u"goalId"_s, goalId);
    d.set(u"interventionCode"_s, intervention)
        .set(u"providerOrganisationId"_s, providerId)
        .date(u"dueOn"_s, due);
    d.set(u"providerCounsellorId"_s, counsellorId).set(u"status"_s, status).date(u"deliveredOn"_s, delivered);
    d.set(u"frequency"_s,
        counsellorId.isEmpty() ? u"once"_s : m_rng.pick(QStringList { u"fortnightly"_s, u"monthly"_s }));
    if (delivered.isValid())
        d.set(u"evidence"_s, say(c, Text::Evidence));
    if (status == u"not_possible")
        d.set(u"notPossibleReason"_s, say(c, Text::NotPossibleReason));
    c.measures << DueItem { due, delivered.isValid() };
    return m_writer.write(d, at(drafted), c.officer);
}

// ---- Referrals and sessions ----

void CaseGenerator::writeReferral(CaseFile &c, const QString &measureId, const Provider &provider,
    const Author &counsellor, const QDate &start)
{
    QDate from = std::min(start, m_today);
    if (c.counsellingConsentId.isEmpty()) {
        c.counsellingConsentId = writeConsent(c, u"counselling"_s, from);
        c.counsellingConsentOn = from;
    }
    from = std::max(from, c.counsellingConsentOn);  // never before the consent it rests on
    const QDate end = from.addMonths(m_rng.between(6, 12));
    const int sessions = c.sessionBudget / std::max(1, c.referralsLeft);
    c.sessionBudget -= sessions;
    c.referralsLeft = std::max(0, c.referralsLeft - 1);
    const bool finished = end < m_today;
    RecordDraft d(u"Referral"_s);
    d.set(u"personId"_s, c.personId)
        .set(u"measureId"_s, measureId)
        .set(u"organisationId"_s, provider.organisationId);
    d.set(u"counsellorId"_s, counsellor.staffId).set(u"consentId"_s, c.counsellingConsentId);
    d.set(u"reason"_s, say(c, Text::ReferralReason));
    d.date(u"termStart"_s, from)
        .date(u"termEnd"_s, end)
        .set(u"status"_s, finished ? u"completed"_s : u"active"_s);
    d.number(u"attendedCount"_s, sessions);
    if (finished) {
        const QStringList outcomes = { u"engaged"_s, u"partly_engaged"_s, u"no_feedback"_s, u"completed"_s };
        d.set(u"minimalOutcome"_s, m_rng.pick(outcomes)).flag(u"programmeCompleted"_s, m_rng.chance(0.6));
        d.date(u"outcomeReportedOn"_s, std::min(m_today, end.addDays(m_rng.between(0, 14))));
    }
    const QString referralId = m_writer.write(d, at(from), c.officer);
    writeSessions(c, referralId, counsellor, from, std::min(end, m_today), sessions);
}

void CaseGenerator::writeSessions(CaseFile &c, const QString &referralId, const Author &counsellor,
    const QDate &from, const QDate &to, int count)
{
    const qint64 span = from.daysTo(to) + 1;
    for (int k = 0; k < count; ++k) {
        const qint64 slot = span * k / count;
        const qint64 width = std::max<qint64>(1, span * (k + 1) / count - slot);
        writeSession(c, referralId, counsellor, from.addDays(slot + m_rng.below(int(width))));
    }
}

void CaseGenerator::writeSession(
    CaseFile &c, const QString &referralId, const Author &counsellor, const QDate &on)
{
    const QString mode = m_rng.weightedPick<QString>({ { u"face_to_face"_s, 70 }, { u"phone"_s, 12 },
        { u"video"_s, 8 }, { u"group"_s, 7 }, { u"written"_s, 3 } });
    const bool risk = likely(0.03);
    RecordDraft d(u"CounsellingSession"_s);
    d.set(u"personId"_s, c.personId)
        .set(u"referralId"_s, referralId)
        .set(u"counsellorId"_s, counsellor.staffId);
    d.date(u"occurredOn"_s, on).set(u"mode"_s, mode).number(u"durationMinutes"_s, 15 * m_rng.between(2, 8));
    d.set(u"topics"_s, say(c, Text::SessionTopic));
    describeSessionState(d, c, risk);
    d.set(u"notesObservations"_s, say(c, Text::Observation)).set(u"notesAnalysis"_s, say(c, Text::Analysis));
    d.set(u"notesConclusions"_s, say(c, Text::Conclusion)).set(u"notesPlan"_s, say(c, Text::Plan));
    d.date(u"nextSessionOn"_s, on.addDays(m_rng.between(14, 30)));
    d.set(u"confidentialityTier"_s,
        m_rng.weightedPick<QString>(
            { { u"counselling_team"_s, 80 }, { u"shared_summary"_s, 17 }, { u"sealed"_s, 3 } }));
    d.set(u"counsellorSafetyCheck"_s,
        mode == u"face_to_face" && m_rng.chance(0.2) ? u"checked_in_and_out"_s : u"not_required"_s);
    const QString id = m_writer.write(d, at(on), counsellor);
    c.sessions << on;
    if (risk)
        writeAlert(c, u"risk_signal"_s, on, u"CounsellingSession"_s, id);
}

/** What the counsellor observed: emotional state, stability and why, risk signals, requests, engagement. */
void CaseGenerator::describeSessionState(RecordDraft &d, const CaseFile &c, bool risk)
{
    const QStringList states
        = { u"calm"_s, u"hopeful"_s, u"anxious"_s, u"tired"_s, u"low_mood"_s, u"withdrawn"_s };
    const QString state = m_rng.pick(states);
    const QString second = m_rng.pick(states);
    d.set(u"emotionalState"_s, second == state ? state : state + u',' + second);
    d.set(u"intensity"_s, m_rng.chance(0.9) ? u"low"_s : u"moderate"_s);
    d.set(u"stability"_s,
        m_rng.weightedPick<QString>({ { u"stable"_s, 70 }, { u"fluctuating"_s, 25 }, { u"unstable"_s, 5 } }));
    d.set(u"stabilityRationale"_s, say(c, Text::StabilityRationale));
    d.set(u"riskSignals"_s,
        risk ? m_rng.pick(QStringList { u"evasion"_s, u"hostility_to_state"_s, u"insults"_s }) : QString());
    d.set(u"alteredState"_s, m_rng.chance(0.01) ? u"possible_mental_disorder"_s : QString());
    if (m_rng.chance(0.15))
        d.json(u"requests"_s,
            QJsonArray { QJsonObject { { u"request"_s, u"help_with_documents"_s },
                { u"alternative"_s, u"legal_aid_referral"_s }, { u"outcome"_s, u"accepted"_s } } });
    d.set(u"engagement"_s,
        m_rng.weightedPick<QString>({ { u"engaged"_s, 60 }, { u"partly_engaged"_s, 25 },
            { u"disengaged"_s, 5 }, { u"no_feedback"_s, 10 } }));
}

// ---- Appearances (PEC Art. 172 part 9: police and probation, at least monthly) ----

/** The day `month`'s appearance is due under a fixed `dueDay` (0: the month's end), no earlier
 *  than a week into an order that starts that month. */
QDate CaseGenerator::appearanceDue(const CaseFile &c, const QDate &month, int dueDay)
{
    const QDate windowStart = std::max(month, c.orderStart);
    const QDate windowEnd = monthEndOf(month);
    const QDate due = dueDay > 0 ? QDate(month.year(), month.month(), dueDay) : windowEnd;
    return due < windowStart ? std::min(windowStart.addDays(7), windowEnd) : due;
}

/** The month whose probation appearance the first running order of each officer leaves
 *  unrecorded, so that every caseload has overdue work on every day of the year: the latest month
 *  due at least kOverdueMarginDays ago (weekends and holidays move a due date by a few days at
 *  most), after the order's first month. Invalid when the order is not running or too young, and
 *  for every later order of an officer who already has one. */
QDate CaseGenerator::overdueMonth(const CaseFile &c)
{
    constexpr int kOverdueMarginDays = 10;
    if (c.appearancesUntil != m_today || m_overdueShown.contains(c.officer.staffId))
        return {};
    const QDate firstMonth(c.orderStart.year(), c.orderStart.month(), 1);
    for (QDate month(m_today.year(), m_today.month(), 1); month > firstMonth; month = month.addMonths(-1))
        if (appearanceDue(c, month, c.probationDay) <= m_today.addDays(-kOverdueMarginDays)) {
            m_overdueShown.insert(c.officer.staffId);
            return month;
        }
    return {};
}

void CaseGenerator::writeAppearances(CaseFile &c)
{
    if (c.orderId.isEmpty())
        return;
    const double compliance = m_rng.weightedPick<double>({ { 0.97, 70 }, { 0.85, 25 }, { 0.5, 5 } });
    const QDate unrecorded = overdueMonth(c);
    for (QDate month(c.orderStart.year(), c.orderStart.month(), 1); month <= c.appearancesUntil;
         month = month.addMonths(1)) {
        writeAppearance(c, u"police"_s, month, c.policeDay, compliance);
        if (month != unrecorded)
            writeAppearance(c, u"probation"_s, month, c.probationDay, compliance);
    }
}

/** One month's appearance in one channel: attended, excused or missed — or nothing yet when the
 *  month is still running. `dueDay` 0 means the end of the month (calendar_month rule). */
void CaseGenerator::writeAppearance(
    CaseFile &c, const QString &channel, const QDate &month, int dueDay, double compliance)
{
    const QDate windowStart = std::max(month, c.orderStart);
    const QDate windowEnd = monthEndOf(month);
    const QDate due = appearanceDue(c, month, dueDay);
    const bool attended = m_rng.chance(compliance);
    const bool excused = !attended && m_rng.chance(0.4);
    const QDate recorded = attended ? std::clamp(due.addDays(m_rng.between(-5, 3)), windowStart, windowEnd)
        : excused                   ? std::max(windowStart, due.addDays(-m_rng.between(0, 3)))
                                    : windowEnd.addDays(1);
    if (recorded > c.appearancesUntil)
        return; // not yet happened (this month) or after the order stopped
    const bool police = channel == u"police";
    const QString outcome = attended ? u"attended"_s : excused ? u"excused"_s : u"missed"_s;
    RecordDraft d(u"CheckIn"_s);
    d.set(u"personId"_s, c.personId).set(u"orderId"_s, c.orderId).set(u"channel"_s, channel);
    d.date(u"dueOn"_s, due).date(u"obligationDue"_s, due).date(u"windowStart"_s, windowStart);
    d.date(u"windowEnd"_s, windowEnd);
    describeOutcome(d, c, outcome, police, recorded, due);
    const QString id = m_writer.write(d, at(recorded), police ? c.police : c.officer);
    c.appearances << DueItem { due, attended };
    if (!attended && !excused && likely(0.6))
        writeAlert(c, u"missed_check_in"_s, recorded, u"CheckIn"_s, id,
            u"%1:%2:%3"_s.arg(c.orderId, channel, month.toString(u"yyyy-MM"_s)));
}

/** The fields that depend on how an appearance went. */
void CaseGenerator::describeOutcome(RecordDraft &d, const CaseFile &c, const QString &outcome, bool police,
    const QDate &recorded, const QDate &due)
{
    d.set(u"outcome"_s, outcome);
    if (outcome == u"attended") {
        d.date(u"occurredOn"_s, recorded);
        d.set(u"summary"_s, say(c, police ? Text::PoliceSummary : Text::ProbationSummary));
        const bool conversation = police && m_rng.chance(0.95);
        if (police)
            d.flag(u"preventiveConversation"_s, conversation);
        if (conversation)
            d.set(u"preventiveConversationNote"_s, say(c, Text::PreventiveNote));
    } else if (outcome == u"excused") {
        d.set(u"excuseReason"_s, say(c, Text::ExcuseReason));
        d.date(u"newDueOn"_s, due.addDays(m_rng.between(7, 14)));
    } else {
        d.set(u"followUp"_s, say(c, Text::MissedFollowUp));
    }
}

// ---- Reviews, alerts, shares ----

void CaseGenerator::writeReviews(CaseFile &c)
{
    if (c.programmeId.isEmpty())
        return;
    QString previous;
    QJsonObject ratings;
    // The latest review of each supervisor's first reviewed case waits for sign-off, whatever the date.
    const bool awaitSignOff = !m_signOffShown.contains(c.supervisor.staffId);
    for (QDate from = c.opened; from.addMonths(3).addDays(-1) < m_today; from = from.addMonths(3)) {
        const QDate to = from.addMonths(3).addDays(-1);
        const bool last = !(from.addMonths(3).addMonths(3).addDays(-1) < m_today);
        previous = writeReview(c, from, to, previous, ratings, awaitSignOff && last);
        if (awaitSignOff && last)
            m_signOffShown.insert(c.supervisor.staffId);
    }
}

QJsonObject CaseGenerator::reviewIndicators(const CaseFile &c, const QDate &from, const QDate &to) const
{
    const auto inPeriod = [&](const QDate &d) { return d >= from && d <= to; };
    const int due = countIf(c.appearances, [&](const DueItem &a) { return inPeriod(a.due); });
    const int attended = countIf(c.appearances, [&](const DueItem &a) { return inPeriod(a.due) && a.done; });
    QJsonObject indicators {
        { u"measuresPlanned"_s, countIf(c.measures, [&](const DueItem &m) { return m.due <= to; }) },
        { u"measuresDelivered"_s,
            countIf(c.measures, [&](const DueItem &m) { return m.due <= to && m.done; }) },
        { u"sessionsHeld"_s, countIf(c.sessions, inPeriod) },
    };
    if (due > 0)
        indicators.insert(u"appearanceCompliancePct"_s, 100 * attended / due);
    return indicators;
}

/** One quarterly review; `ratings` carries each domain's last rating so the trend can be given.
 *  A review `awaitingSignOff` is left without the supervisor's sign-off. */
QString CaseGenerator::writeReview(const CaseFile &c, const QDate &from, const QDate &to,
    const QString &previous, QJsonObject &ratings, bool awaitingSignOff)
{
    QJsonObject proxies;
    for (const QString &proxy : { u"employment"_s, u"housing"_s, u"documents"_s, u"familyContact"_s })
        proxies.insert(proxy, m_rng.chance(0.6));
    proxies.insert(u"noNewViolations"_s, m_rng.chance(0.95));
    QJsonArray judgements;
    QJsonObject trend;
    for (const QString &domain : c.domains) {
        const int rating = m_rng.between(1, 5);
        judgements << QJsonObject { { u"domain"_s, domain }, { u"rating"_s, rating },
            { u"rationale"_s, say(c, Text::JudgementRationale) } };
        if (ratings.contains(domain))
            trend.insert(domain, rating - ratings.value(domain).toInt());
        ratings.insert(domain, rating);
    }
    RecordDraft d(u"ProgressReview"_s);
    d.set(u"personId"_s, c.personId).set(u"programmeId"_s, c.programmeId).date(u"periodStart"_s, from);
    d.date(u"periodEnd"_s, to)
        .json(u"indicators"_s, reviewIndicators(c, from, to))
        .json(u"outcomeProxies"_s, proxies);
    d.json(u"judgements"_s, judgements).set(u"previousReviewId"_s, previous);
    if (!previous.isEmpty())
        d.json(u"trend"_s, trend);
    const QDate signedOn = to.addDays(m_rng.between(3, 10));
    if (signedOn <= m_today && !awaitingSignOff)
        d.set(u"signedOffBy"_s, c.supervisor.staffId).number(u"signedOffAt"_s, at(signedOn));
    return m_writer.write(d, at(to.addDays(m_rng.between(1, 3))), c.officer);
}

void CaseGenerator::writeAlert(const CaseFile &c, const QString &kind, const QDate &raisedOn,
    const QString &sourceEntity, const QString &sourceId, const QString &obligationKey)
{
    const bool old = raisedOn.addDays(14) < m_today;
    const QString status = !old ? u"open"_s : m_rng.chance(0.85) ? u"resolved"_s : u"acknowledged"_s;
    RecordDraft d(u"Alert"_s);
    d.set(u"personId"_s, c.personId).set(u"kind"_s, kind);
    d.set(u"severity"_s, kind == u"risk_signal" ? u"urgent"_s : u"warning"_s).set(u"status"_s, status);
    d.date(u"raisedOn"_s, raisedOn).date(u"dueOn"_s, raisedOn.addDays(m_rng.between(3, 10)));
    d.set(u"assignedTo"_s, c.officer.staffId)
        .set(u"sourceEntity"_s, sourceEntity)
        .set(u"sourceId"_s, sourceId);
    d.set(u"routedRole"_s, u"probation_officer"_s)
        .number(u"escalationLevel"_s, status == u"open" ? 0 : m_rng.below(2));
    d.set(u"obligationKey"_s, obligationKey);
    if (status != u"open") {
        d.set(u"acknowledgedBy"_s, c.officer.staffId)
            .number(u"acknowledgedAt"_s, at(raisedOn.addDays(m_rng.between(0, 2))));
    }
    if (status == u"resolved") {
        d.set(u"resolvedBy"_s, c.officer.staffId)
            .number(u"resolvedAt"_s, at(raisedOn.addDays(m_rng.between(3, 14))));
        d.set(u"resolutionNote"_s, say(c, Text::AlertResolution));
    }
    m_writer.write(d, at(raisedOn), c.officer);
}

void CaseGenerator::writeShare(const CaseFile &c)
{
    const bool withConsent = !c.counsellingConsentId.isEmpty() && m_rng.chance(0.3);
    const RegionStaff &staff = m_staffing.region(c.region);
    const QDate on = m_rng.dateBetween(c.opened, m_today);
    RecordDraft d(u"InformationShare"_s);
    d.set(u"personId"_s, c.personId);
    d.set(u"recipientOrganisationId"_s,
        withConsent ? staff.providers.at(0).organisationId : staff.policeUnitId);
    d.set(u"basis"_s, withConsent ? u"consent"_s : u"statutory_duty"_s);
    d.set(u"consentId"_s, withConsent ? c.counsellingConsentId : QString());
    d.set(u"purpose"_s, say(c, Text::SharePurpose));
    d.json(u"fields"_s, QJsonArray { u"CheckIn.outcome"_s, u"CheckIn.occurredOn"_s });
    d.date(u"sharedOn"_s, on).set(u"sharedBy"_s, c.officer.staffId);
    m_writer.write(d, at(on), c.officer);
}

} // namespace Qadam
