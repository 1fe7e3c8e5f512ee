// Counselling sessions: the structured log, its checks, and the risk-concern path to the
// supervisor that carries no note content.
#include "sessionservice.h"

#include "commandhelpers.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

using CommandHelpers::date;
using CommandHelpers::text;

const QString kSession = u"CounsellingSession"_s;
const QString kRequests = u"requests"_s;
constexpr int kMaxRequests = 50;
constexpr int kMaxRequestText = 1000;

/** Referral states in which the provider has taken the person on. */
const QStringList kServedReferral = { u"accepted"_s, u"active"_s, u"completed"_s, u"expired"_s };
/** Risk signals that make the supervisor's alert urgent rather than a warning. */
const QStringList kUrgentSignals = { u"threats"_s, u"recruiting_attempt"_s };

/** Altered-state observations that prompt an onward referral (never a diagnosis). */
const QList<std::pair<QString, ReferralSuggestion>> kSuggestions = {
    { u"possible_mental_disorder"_s,
        { u"psychiatric_assessment"_s, u"health_mental_health"_s, u"possible_mental_disorder"_s } },
};

Status invalid(const QString &field, const QString &why)
{
    return Error::make(Error::Invalid, u"%1: %2"_s.arg(field, why), field);
}

QStringList flagsOf(const QVariantMap &m, const QString &key)
{
    return text(m, key).split(u',', Qt::SkipEmptyParts);
}

/** One element of `requests`: known keys only, a request, an outcome. */
Status checkRequest(const QJsonValue &value, int index)
{
    const QString at = u"item %1"_s.arg(index);
    if (!value.isObject())
        return invalid(kRequests, at + u" is not an object"_s);
    const QJsonObject item = value.toObject();
    for (const QString &key : item.keys())
        if (key != u"request" && key != u"alternative" && key != u"outcome")
            return invalid(kRequests, u"%1 has an unknown key"_s.arg(at));
    const QString request = item.value(u"request"_s).toString().trimmed();
    const QString alternative = item.value(u"alternative"_s).toString().trimmed();
    if (item.contains(u"alternative"_s)
        && (!item.value(u"alternative"_s).isString() || alternative.isEmpty()))
        return invalid(kRequests, at + u" has an alternative that is not text"_s);
    if (request.isEmpty() || request.size() > kMaxRequestText || alternative.size() > kMaxRequestText)
        return invalid(kRequests, at + u" needs a request of at most 1000 characters"_s);
    const QString outcome = item.value(u"outcome"_s).toString();
    if (!SessionService::requestOutcomes().contains(outcome))
        return invalid(kRequests, at + u" has no known outcome"_s);
    return {};
}

} // namespace

SessionService::SessionService(Database &db, WriteService &writer)
    : m_db(db)
    , m_writer(writer)
    , m_alerts(db, writer)
{ }

const QStringList &SessionService::requestOutcomes()
{
    static const QStringList outcomes
        = { u"accepted"_s, u"partly_accepted"_s, u"declined"_s, u"deferred"_s, u"no_feedback"_s };
    return outcomes;
}

bool SessionService::isRiskConcern(const QVariantMap &fields)
{
    return !flagsOf(fields, u"riskSignals"_s).isEmpty() || !flagsOf(fields, u"alteredState"_s).isEmpty()
        || text(fields, u"stability"_s) == u"unstable";
}

Status SessionService::checkRequests(const QVariant &requests)
{
    const bool isText = requests.typeId() == QMetaType::QString;
    if (!requests.isValid() || requests.isNull() || (isText && requests.toString().isEmpty()))
        return {};
    const QJsonDocument doc = isText ? QJsonDocument::fromJson(requests.toString().toUtf8())
                                     : QJsonDocument::fromVariant(requests);
    if (!doc.isArray())
        return invalid(kRequests, u"must be a list of requests"_s);
    const QJsonArray items = doc.array();
    if (items.size() > kMaxRequests)
        return invalid(kRequests, u"at most 50 requests"_s);
    for (int i = 0; i < items.size(); ++i)
        if (Status s = checkRequest(items.at(i), i); !s.ok())
            return s;
    return {};
}

Status SessionService::checkCounsellor(const Record &referral, const QString &counsellorId)
{
    const QString referredTo = text(referral.fields, u"counsellorId"_s);
    if (referredTo == counsellorId)
        return {};
    if (referredTo.isEmpty()) {
        auto organisation
            = m_db.scalar(u"SELECT organisation_id FROM staff_user WHERE id = ?1"_s, { counsellorId });
        if (!organisation.ok())
            return organisation.error();
        if (!organisation.value().toString().isEmpty()
            && organisation.value().toString() == text(referral.fields, u"organisationId"_s))
            return {};
    }
    return Error::make(Error::Forbidden, u"the person is not referred to this counsellor"_s, u"referralId"_s);
}

Status SessionService::checkReferral(const QVariantMap &fields)
{
    const QString referralId = text(fields, u"referralId"_s);
    if (referralId.isEmpty())
        return invalid(u"referralId"_s, u"required"_s);
    auto referral = m_writer.get(u"Referral"_s, referralId);
    if (!referral.ok())
        return referral.code() == Error::NotFound ? invalid(u"referralId"_s, u"no such referral"_s)
                                                  : referral.error();
    const QVariantMap &r = referral.value().fields;
    if (text(r, u"personId"_s) != text(fields, u"personId"_s))
        return invalid(u"referralId"_s, u"the referral is for another person"_s);
    if (!kServedReferral.contains(text(r, u"status"_s)))
        return Error::make(Error::InvalidTransition, u"the referral was not taken on"_s, u"referralId"_s);
    if (Status s = checkCounsellor(referral.value(), text(fields, u"counsellorId"_s)); !s.ok())
        return s;
    const QDate on = date(fields, u"occurredOn"_s);
    const QDate start = date(r, u"termStart"_s);
    const QDate end = date(r, u"termEnd"_s);
    if (!on.isValid())
        return invalid(u"occurredOn"_s, u"required"_s);
    if ((start.isValid() && on < start) || (end.isValid() && on > end))
        return invalid(u"occurredOn"_s, u"outside the referral's term"_s);
    if (on > m_writer.today())
        return invalid(u"occurredOn"_s, u"in the future"_s);
    const QDate next = date(fields, u"nextSessionOn"_s);
    return next.isValid() && next < on ? invalid(u"nextSessionOn"_s, u"before the session"_s) : Status {};
}

Result<QVariantMap> SessionService::prepare(const QVariantMap &input)
{
    const Actor &actor = m_writer.actor();
    if (actor.role != Role::Counsellor)
        return Error::make(Error::Forbidden, u"only counsellors log sessions"_s);
    QVariantMap fields = input;
    if (text(fields, u"counsellorId"_s).isEmpty())
        fields.insert(u"counsellorId"_s, actor.userId);
    if (text(fields, u"counsellorId"_s) != actor.userId)
        return Error::make(
            Error::Forbidden, u"a session is logged by its own counsellor"_s, u"counsellorId"_s);
    if (text(fields, u"confidentialityTier"_s).isEmpty())
        fields.insert(u"confidentialityTier"_s, u"counselling_team"_s);
    if (Status s = checkRequests(fields.value(kRequests)); !s.ok())
        return s.error();
    if (Status s = checkReferral(fields); !s.ok())
        return s.error();
    return fields;
}

Result<LoggedSession> SessionService::log(const QVariantMap &input)
{
    auto fields = prepare(input);
    return fields.ok() ? write(fields.value(), {}) : fields.error();
}

Result<LoggedSession> SessionService::amend(const QString &originalId, const QVariantMap &input)
{
    auto original = m_writer.get(kSession, originalId);
    if (!original.ok())
        return original.error();
    const QVariantMap &was = original.value().fields;
    if (text(was, u"counsellorId"_s) != m_writer.actor().userId)
        return Error::make(
            Error::Forbidden, u"a session is corrected by its own counsellor"_s, u"counsellorId"_s);
    if (input.contains(u"personId"_s) && text(input, u"personId"_s) != text(was, u"personId"_s))
        return invalid(u"personId"_s, u"an amendment belongs to the same case"_s).error();
    QVariantMap withPerson = input;
    withPerson.insert(u"personId"_s, was.value(u"personId"_s));
    auto fields = prepare(withPerson);
    return fields.ok() ? write(fields.value(), originalId) : fields.error();
}

Result<QString> SessionService::originalOf(const QString &sessionId)
{
    QString id = sessionId;
    for (int depth = 0; depth < 1000; ++depth) {
        auto up = m_db.scalar(u"SELECT amends_id FROM counselling_session WHERE id = ?1"_s, { id });
        if (!up.ok())
            return up.error();
        if (up.value().toString().isEmpty())
            return id;
        id = up.value().toString();
    }
    return Error::make(Error::Corrupt, u"amendment chain too long"_s);
}

Result<QString> SessionService::raiseFor(
    const QString &kind, const QVariantMap &fields, const QString &sessionId)
{
    auto original = originalOf(sessionId);
    if (!original.ok())
        return original.error();
    const QStringList flagged = flagsOf(fields, u"riskSignals"_s);
    const bool urgent = kind == u"risk_signal"
        && std::any_of(
            flagged.cbegin(), flagged.cend(), [](const QString &s) { return kUrgentSignals.contains(s); });
    AlertRequest request;
    request.kind = kind;
    request.severity = urgent ? u"urgent"_s : u"warning"_s;
    request.personId = text(fields, u"personId"_s);
    request.source = { kSession, sessionId };
    request.routedRole = Role::Supervisor;
    request.dedupKey
        = u"%1:%2:%3"_s.arg(kSession, original.value(), kind); // one per session, corrections included
    auto alert = m_alerts.raise(request);
    return alert.ok() ? Result<QString>(alert.value().id) : alert.error();
}

Result<LoggedSession> SessionService::write(const QVariantMap &fields, const QString &amendsId)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    auto id
        = amendsId.isEmpty() ? m_writer.create(kSession, fields) : m_writer.amend(kSession, amendsId, fields);
    if (!id.ok())
        return id.error();
    LoggedSession logged;
    logged.sessionId = id.value();
    const bool safety = text(fields, u"counsellorSafetyCheck"_s) == u"check_out_missed";
    const QList<std::pair<QString, QString *>> raised
        = { { u"risk_signal"_s, isRiskConcern(fields) ? &logged.riskAlertId : nullptr },
              { u"counsellor_safety"_s, safety ? &logged.safetyAlertId : nullptr } };
    for (const auto &[kind, alertId] : raised) {
        if (!alertId)
            continue;
        auto alert = raiseFor(kind, fields, logged.sessionId);
        if (!alert.ok())
            return alert.error();
        *alertId = alert.value();
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    const QStringList altered = flagsOf(fields, u"alteredState"_s);
    for (const auto &[flag, suggestion] : kSuggestions)
        if (altered.contains(flag))
            logged.suggestions << suggestion;
    return logged;
}

} // namespace Qadam
