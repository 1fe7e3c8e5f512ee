// Progress reviews: computed process indicators, recorded outcome proxies, rated professional
// judgement with rationale, trend against the previous review, supervisor sign-off. No scores.
#include "progressreview.h"

#include "domain/referencedata.h"
#include "obligationloader.h"
#include "store/database.h"
#include "util/clock.h"
#include "write/writeservice.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kReview = u"ProgressReview"_s;
const QString kJudgements = u"judgements"_s;
const QString kProxies = u"outcomeProxies"_s;
/** A row that no other row of its table amends: the latest form of an append-only record. */
const QString kHead = u"NOT EXISTS (SELECT 1 FROM %1 AS a WHERE a.amends_id = t.id)"_s;
/** The records of an amendment chain from ?1 back to the original: id, who wrote it, its sign-off. */
const QString kChainUp
    = u"WITH RECURSIVE up(id, amends, signed, author) AS (SELECT id, amends_id, signed_off_by, "
      u"created_by FROM progress_review WHERE id = ?1 UNION ALL SELECT p.id, p.amends_id, "
      u"p.signed_off_by, p.created_by FROM progress_review AS p JOIN up AS u ON p.id = u.amends "
      u"LIMIT 1000) "_s;

/** The person and the period a review covers, as bound query parameters. */
struct Period
{
    QString personId;
    QDate start;
    QDate end;
    [[nodiscard]] QVariantList params() const
    {
        return { personId, start.toString(Qt::ISODate), end.toString(Qt::ISODate) };
    }
};

Status invalid(const QString &field, const QString &why)
{
    return Error::make(Error::Invalid, u"%1: %2"_s.arg(field, why), field);
}

/** Runs `sql` with `params` and calls `row` for each result row. */
template<typename RowFn>
Status eachRow(Database &db, const QString &sql, const QVariantList &params, RowFn row)
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    for (int i = 0; i < params.size(); ++i)
        stmt.value().bind(i + 1, params.at(i));
    for (;;) {
        auto more = stmt.value().step();
        if (!more.ok())
            return more.error();
        if (!more.value())
            return {};
        row(stmt.value());
    }
}

QDate dateAt(const Statement &s, int column)
{
    return QDate::fromString(s.text(column), Qt::ISODate);
}

QJsonValue percent(int part, int whole)
{
    return whole == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qRound(1000.0 * part / whole) / 10.0);
}

QJsonValue jsonField(const QVariantMap &fields, const QString &key)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fields.value(key).toString().toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// ---- Indicators ----

/** How an obligation counts in a review: attended, excused or missed; empty while not yet due. */
QString countedAs(ObligationStatus status)
{
    if (status == ObligationStatus::Attended || status == ObligationStatus::Excused)
        return status == ObligationStatus::Attended ? u"attended"_s : u"excused"_s;
    return status == ObligationStatus::Missed || status == ObligationStatus::Overdue ? u"missed"_s
                                                                                     : QString();
}

/** The days each channel of one order was attended, from the latest form of its check-ins. */
QHash<Channel, QList<QDate>> attendedDays(const DeadlineInputs &inputs)
{
    QSet<QString> amended;
    for (const CheckInFact &c : inputs.checkIns)
        if (!c.amendsId.isEmpty())
            amended << c.amendsId;
    QHash<Channel, QList<QDate>> days;
    for (const CheckInFact &c : inputs.checkIns)
        if (c.outcome == CheckInOutcome::Attended && c.occurredOn.isValid() && !amended.contains(c.id))
            days[c.channel] << c.occurredOn;
    for (QList<QDate> &list : days)
        std::sort(list.begin(), list.end());
    return days;
}

/** Days a missed obligation stayed open: to the next attended day of its channel, or the period's end. */
qint64 daysOpen(const QDate &due, const QList<QDate> &attended, const QDate &end)
{
    const auto next = std::upper_bound(attended.cbegin(), attended.cend(), due);
    return std::max<qint64>(0, due.daysTo(next == attended.cend() ? end : std::min(*next, end)));
}

/** Appearance compliance per channel, from the obligations the deadline engine finds due in the
 *  period as they stood the day after it; adds the days missed obligations stayed open to `overdue`. */
Result<QJsonObject> appearances(
    Database &db, const ObligationEngine &engine, const Period &p, qint64 &overdue)
{
    auto orders = ObligationLoader(db).person(p.personId);
    if (!orders.ok())
        return orders.error();
    QMap<QString, QMap<QString, int>> counts; // channel → outcome → n
    for (const DeadlineInputs &inputs : std::as_const(orders.value())) {
        const QHash<Channel, QList<QDate>> attended = attendedDays(inputs);
        for (const Obligation &o : engine.compute(inputs, p.end.addDays(1))) {
            const QString outcome = countedAs(o.status);
            if (o.dueOn < p.start || o.dueOn > p.end || outcome.isEmpty())
                continue;
            counts[channelName(o.channel)][outcome] += 1;
            if (outcome == u"missed")
                overdue += daysOpen(o.dueOn, attended.value(o.channel), p.end);
        }
    }
    QJsonObject result;
    for (const QString &channel : { u"police"_s, u"probation"_s }) {
        const QMap<QString, int> &c = counts[channel];
        const int att = c.value(u"attended"_s), missed = c.value(u"missed"_s),
                  excused = c.value(u"excused"_s);
        result.insert(channel,
            QJsonObject { { u"obligations"_s, att + missed + excused }, { u"attended"_s, att },
                { u"missed"_s, missed }, { u"excused"_s, excused },
                { u"compliancePercent"_s, percent(att, att + missed) } });
    }
    return result;
}

/** Measures due in the period: planned, delivered by its end, not possible; adds days past due. */
Result<QJsonObject> measures(Database &db, const Period &p, const QString &programmeId, qint64 &overdue)
{
    int planned = 0, delivered = 0, notPossible = 0;
    QVariantList params = p.params();
    params << programmeId;
    const QString sql
        = u"SELECT status, due_on, delivered_on FROM programme_measure WHERE person_id = ?1 AND "
          u"due_on BETWEEN ?2 AND ?3 AND status <> 'cancelled' AND (coalesce(?4, '') = '' OR programme_id = ?4)"_s;
    Status s = eachRow(db, sql, params, [&](const Statement &r) {
        const QString status = r.text(0);
        const QDate due = dateAt(r, 1);
        const QDate deliveredOn = dateAt(r, 2);
        ++planned;
        const bool done = status == u"done" && deliveredOn.isValid() && deliveredOn <= p.end;
        delivered += done ? 1 : 0;
        notPossible += status == u"not_possible" ? 1 : 0;
        if (status != u"not_possible")
            overdue += std::max<qint64>(0, due.daysTo(done ? deliveredOn : p.end));
    });
    if (!s.ok())
        return s.error();
    return QJsonObject { { u"planned"_s, planned }, { u"delivered"_s, delivered },
        { u"notPossible"_s, notPossible }, { u"deliveredPercent"_s, percent(delivered, planned) } };
}

Result<qint64> count(Database &db, const QString &sql, const QVariantList &params)
{
    auto n = db.scalar(sql, params);
    if (!n.ok())
        return n.error();
    return n.value().toLongLong();
}

// ---- Scales: outcome proxies and judgements ----

QJsonObject proxyValue(const QJsonObject &proxy, const QString &code)
{
    for (const QJsonValue &v : proxy.value(u"values"_s).toArray())
        if (v.toObject().value(u"code"_s).toString() == code)
            return v.toObject();
    return {};
}

Status checkProxies(const QJsonObject &proxies)
{
    const QJsonArray defs = ProgressReviewService::scales().value(kProxies).toArray();
    QStringList known;
    for (const QJsonValue &d : defs) {
        const QJsonObject def = d.toObject();
        const QString code = def.value(u"code"_s).toString();
        known << code;
        const QJsonValue v = proxies.value(code);
        const bool ok = def.value(u"count"_s).toBool()
            ? v.isDouble() && v.toDouble() >= 0 && v.toDouble() == v.toInt()
            : !proxyValue(def, v.toString()).isEmpty();
        if (!ok)
            return invalid(kProxies, code + u" is missing or not on its scale"_s);
    }
    for (const QString &key : proxies.keys())
        if (!known.contains(key))
            return invalid(kProxies, u"unknown proxy"_s);
    return {};
}

/** One judgement: known keys, a need domain, a whole rating on the scale, a written rationale. */
Status checkJudgement(Database &db, const QJsonValue &value)
{
    const QJsonObject scale = ProgressReviewService::scales().value(u"judgement"_s).toObject();
    const QJsonObject j = value.toObject();
    for (const QString &key : j.keys())
        if (key != u"domain" && key != u"rating" && key != u"rationale")
            return invalid(kJudgements, u"unknown key in a judgement"_s);
    auto known = ReferenceData::contains(db, u"need_domain"_s, j.value(u"domain"_s).toString());
    if (!known.ok())
        return known.error();
    if (!known.value())
        return invalid(kJudgements, u"each judgement names a need domain"_s);
    const double rating = j.value(u"rating"_s).toDouble(-1);
    if (rating != qRound(rating) || rating < scale.value(u"min"_s).toInt()
        || rating > scale.value(u"max"_s).toInt())
        return invalid(kJudgements, u"a rating is a whole number on the scale"_s);
    if (j.value(u"rationale"_s).toString().trimmed().size() < scale.value(u"rationaleMinLength"_s).toInt())
        return invalid(kJudgements, u"every rating needs its written rationale"_s);
    return {};
}

// ---- Trend ----

QString direction(double previous, double current, const QString &better)
{
    if (previous == current)
        return u"unchanged"_s;
    if (better == u"neutral")
        return u"changed"_s;
    return (current > previous) == (better == u"higher_is_better") ? u"improved"_s : u"worsened"_s;
}

QJsonValue atPath(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &part : path.split(u'.'))
        v = v.toObject().value(part);
    return v;
}

/** previous/current/direction of two values; not_comparable unless both are numbers. */
QJsonObject compare(const QString &key, const QString &code, const QJsonValue &previous,
    const QJsonValue &current, const QString &better)
{
    QJsonObject t { { key, code }, { u"previous"_s, previous }, { u"current"_s, current } };
    const bool comparable = previous.isDouble() && current.isDouble();
    t.insert(u"direction"_s,
        comparable ? direction(previous.toDouble(), current.toDouble(), better) : u"not_comparable"_s);
    return t;
}

QJsonArray domainTrend(const QJsonArray &previous, const QJsonArray &current)
{
    QMap<QString, QJsonValue> before;
    for (const QJsonValue &j : previous)
        before.insert(j.toObject().value(u"domain"_s).toString(), j.toObject().value(u"rating"_s));
    QJsonArray out;
    for (const QJsonValue &j : current) {
        const QString domain = j.toObject().value(u"domain"_s).toString();
        const bool known = before.contains(domain);
        QJsonObject t = compare(
            u"domain"_s, domain, before.take(domain), j.toObject().value(u"rating"_s), u"higher_is_better"_s);
        if (!known) {
            t.remove(u"previous"_s);
            t.insert(u"direction"_s, u"new"_s);
        }
        out << t;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        out << QJsonObject { { u"domain"_s, it.key() }, { u"previous"_s, it.value() },
            { u"direction"_s, u"not_assessed"_s } };
    return out;
}

QJsonArray proxyTrend(const QJsonObject &previous, const QJsonObject &current)
{
    QJsonArray out;
    for (const QJsonValue &d : ProgressReviewService::scales().value(kProxies).toArray()) {
        const QJsonObject def = d.toObject();
        const QString code = def.value(u"code"_s).toString();
        const bool isCount = def.value(u"count"_s).toBool();
        const auto rank = [&](const QJsonValue &v) {
            return isCount ? v : proxyValue(def, v.toString()).value(u"rank"_s);
        };
        QJsonObject t = compare(u"proxy"_s, code, rank(previous.value(code)), rank(current.value(code)),
            isCount ? def.value(u"direction"_s).toString() : u"higher_is_better"_s);
        t.insert(u"previous"_s, previous.value(code));
        t.insert(u"current"_s, current.value(code));
        out << t;
    }
    return out;
}

/** The stored fields of a new review; every JSON field is checked for scores first. */
Result<QVariantMap> reviewFields(const ReviewInput &input, const RecordedReview &recorded)
{
    QVariantMap fields = { { u"personId"_s, input.personId }, { u"periodStart"_s, input.periodStart },
        { u"periodEnd"_s, input.periodEnd } };
    const QMap<QString, QJsonValue> json = { { u"indicators"_s, recorded.indicators },
        { kProxies, input.outcomeProxies }, { kJudgements, input.judgements },
        { u"instrument"_s, input.instrument }, { u"trend"_s, recorded.trend } };
    for (auto it = json.cbegin(); it != json.cend(); ++it) {
        if (Status s = ProgressReviewService::checkNoScores(it.key(), it.value()); !s.ok())
            return s.error();
        const QJsonDocument doc = it.value().isArray() ? QJsonDocument(it.value().toArray())
                                                       : QJsonDocument(it.value().toObject());
        if (!doc.isEmpty())
            fields.insert(it.key(), QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
    }
    if (!input.programmeId.isEmpty())
        fields.insert(u"programmeId"_s, input.programmeId);
    if (!recorded.previousReviewId.isEmpty())
        fields.insert(u"previousReviewId"_s, recorded.previousReviewId);
    return fields;
}

} // namespace

ProgressReviewService::ProgressReviewService(
    Database &db, WriteService &writer, const Clock &clock, ObligationEngine engine)
    : m_db(db)
    , m_writer(writer)
    , m_clock(clock)
    , m_engine(std::move(engine))
{ }

const QJsonObject &ProgressReviewService::scales()
{
    static const QJsonObject loaded = [] {
        QFile file(u":/qadam/data/review_scales.json"_s);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    }();
    return loaded;
}

Status ProgressReviewService::checkNoScores(const QString &field, const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    QJsonArray children = value.toArray(); // an array's elements, or an object's values below
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        for (const QJsonValue &part : scales().value(u"forbiddenKeyParts"_s).toArray())
            if (it.key().contains(part.toString(), Qt::CaseInsensitive))
                return invalid(field, u"no automated scores: a key names one"_s);
        children << it.value();
    }
    for (const QJsonValue &child : std::as_const(children))
        if (Status s = checkNoScores(field, child); !s.ok())
            return s;
    return {};
}

QJsonObject ProgressReviewService::trend(
    const QString &previousId, const QJsonObject &previous, const QJsonObject &current)
{
    QJsonArray indicators;
    for (const QJsonValue &d : scales().value(u"indicators"_s).toArray()) {
        const QJsonObject def = d.toObject();
        const QString path = def.value(u"path"_s).toString();
        indicators << compare(u"indicator"_s, def.value(u"code"_s).toString(),
            atPath(previous.value(u"indicators"_s).toObject(), path),
            atPath(current.value(u"indicators"_s).toObject(), path), def.value(u"direction"_s).toString());
    }
    return { { u"previousReviewId"_s, previousId },
        { u"domains"_s,
            domainTrend(previous.value(kJudgements).toArray(), current.value(kJudgements).toArray()) },
        { u"indicators"_s, indicators },
        { u"outcomes"_s,
            proxyTrend(previous.value(kProxies).toObject(), current.value(kProxies).toObject()) } };
}

Result<QJsonObject> ProgressReviewService::computeIndicators(
    const QString &personId, const QString &programmeId, const QDate &periodStart, const QDate &periodEnd)
{
    const Period p { personId, periodStart, periodEnd };
    qint64 appearanceDays = 0;
    qint64 measureDays = 0;
    auto seen = appearances(m_db, m_engine, p, appearanceDays);
    if (!seen.ok())
        return seen.error();
    auto planned = measures(m_db, p, programmeId, measureDays);
    if (!planned.ok())
        return planned.error();
    auto sessions = count(m_db,
        u"SELECT count(*) FROM counselling_session AS t WHERE person_id = ?1 AND "
        u"occurred_on BETWEEN ?2 AND ?3 AND %1"_s.arg(kHead.arg(u"counselling_session"_s)),
        p.params());
    if (!sessions.ok())
        return sessions.error();
    auto referrals = count(m_db,
        u"SELECT count(*) FROM referral WHERE person_id = ?1 AND status = 'completed' AND "
        u"outcome_reported_on BETWEEN ?2 AND ?3"_s,
        p.params());
    if (!referrals.ok())
        return referrals.error();
    return QJsonObject { { u"appearances"_s, seen.value() }, { u"measures"_s, planned.value() },
        { u"sessionsHeld"_s, sessions.value() }, { u"referralsCompleted"_s, referrals.value() },
        { u"daysOverdue"_s,
            QJsonObject { { u"measures"_s, measureDays }, { u"appearances"_s, appearanceDays },
                { u"total"_s, measureDays + appearanceDays } } } };
}

Status ProgressReviewService::checkJudgements(const ReviewInput &input)
{
    if (input.judgements.isEmpty())
        return invalid(kJudgements, u"a review rates at least one need domain"_s);
    QStringList judged;
    for (const QJsonValue &j : input.judgements) {
        if (Status s = checkJudgement(m_db, j); !s.ok())
            return s;
        const QString domain = j.toObject().value(u"domain"_s).toString();
        if (judged.contains(domain))
            return invalid(kJudgements, u"one judgement per domain"_s);
        judged << domain;
    }
    QStringList needed;
    Status s = eachRow(m_db, u"SELECT DISTINCT domain_code FROM programme_need WHERE programme_id = ?1"_s,
        { input.programmeId }, [&](const Statement &r) { needed << r.text(0); });
    if (!s.ok())
        return s;
    for (const QString &domain : std::as_const(needed))
        if (!judged.contains(domain))
            return invalid(kJudgements, u"every need domain of the programme needs a judgement"_s);
    return {};
}

Status ProgressReviewService::checkInput(const ReviewInput &input)
{
    const Role role = m_writer.actor().role;
    if (role != Role::ProbationOfficer && role != Role::Supervisor)
        return Error::make(Error::Forbidden, u"progress reviews are written by probation"_s);
    if (!input.periodStart.isValid() || !input.periodEnd.isValid() || input.periodEnd < input.periodStart)
        return invalid(u"periodEnd"_s, u"a review covers a period that has a start and an end"_s);
    if (input.periodEnd > m_writer.today())
        return invalid(u"periodEnd"_s, u"a review covers a period that has ended"_s);
    if (!input.programmeId.isEmpty()) {
        auto programme = m_writer.get(u"AssistanceProgramme"_s, input.programmeId);
        if (!programme.ok() || programme.value().fields.value(u"personId"_s).toString() != input.personId)
            return invalid(u"programmeId"_s, u"not a programme of this person"_s);
    }
    if (!input.instrument.isEmpty()
        && (input.instrument.value(u"name"_s).toString().isEmpty()
            || input.instrument.value(u"version"_s).isUndefined()))
        return invalid(u"instrument"_s, u"an instrument names itself and its version"_s);
    if (Status s = checkProxies(input.outcomeProxies); !s.ok())
        return s;
    return checkJudgements(input);
}

Result<Record> ProgressReviewService::previousReview(const QString &personId, const QDate &periodStart)
{
    auto id
        = m_db.scalar(u"SELECT id FROM progress_review AS t WHERE person_id = ?1 AND period_end < ?2 AND %1 "
                      u"ORDER BY period_end DESC, hlc DESC LIMIT 1"_s.arg(kHead.arg(u"progress_review"_s)),
            { personId, periodStart.toString(Qt::ISODate) });
    if (!id.ok())
        return id.error();
    if (id.value().toString().isEmpty())
        return Error::make(Error::NotFound, u"no earlier review"_s);
    return m_writer.get(kReview, id.value().toString());
}

Result<RecordedReview> ProgressReviewService::evaluate(const ReviewInput &input)
{
    auto indicators
        = computeIndicators(input.personId, input.programmeId, input.periodStart, input.periodEnd);
    if (!indicators.ok())
        return indicators.error();
    RecordedReview evaluated { {}, {}, indicators.value(), {} };
    auto previous = previousReview(input.personId, input.periodStart);
    if (!previous.ok())
        return previous.code() == Error::NotFound ? Result<RecordedReview>(evaluated) : previous.error();
    const QVariantMap &f = previous.value().fields;
    evaluated.previousReviewId = previous.value().id;
    evaluated.trend = trend(evaluated.previousReviewId,
        { { u"indicators"_s, jsonField(f, u"indicators"_s) }, { kProxies, jsonField(f, kProxies) },
            { kJudgements, jsonField(f, kJudgements) } },
        { { u"indicators"_s, evaluated.indicators }, { kProxies, input.outcomeProxies },
            { kJudgements, input.judgements } });
    return evaluated;
}

Result<RecordedReview> ProgressReviewService::record(const ReviewInput &input)
{
    if (Status s = checkInput(input); !s.ok())
        return s.error();
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    auto overlapping = count(m_db,
        u"SELECT count(*) FROM progress_review AS t WHERE person_id = ?1 AND "
        u"period_start <= ?3 AND period_end >= ?2 AND %1"_s.arg(kHead.arg(u"progress_review"_s)),
        Period { input.personId, input.periodStart, input.periodEnd }.params());
    if (!overlapping.ok() || overlapping.value() > 0)
        return overlapping.ok()
            ? Error::make(Error::Conflict, u"another review covers part of the period"_s, u"periodStart"_s)
            : overlapping.error();
    auto recorded = evaluate(input);
    auto fields = recorded.ok() ? reviewFields(input, recorded.value()) : recorded.error();
    if (!fields.ok())
        return fields.error();
    auto id = m_writer.create(kReview, fields.value());
    if (!id.ok())
        return id.error();
    recorded.value().reviewId = id.value();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return recorded;
}

Result<qint64> ProgressReviewService::chainCount(
    const QString &reviewId, const QString &condition, const QVariant &value)
{
    QVariantList params { reviewId };
    if (value.isValid())
        params << value;
    return count(m_db, kChainUp + u"SELECT count(*) FROM up WHERE "_s + condition, params);
}

Result<Record> ProgressReviewService::current(const QString &reviewId)
{
    auto id = m_db.scalar(
        u"WITH RECURSIVE down(id, hlc, depth) AS (SELECT id, hlc, 0 FROM progress_review WHERE "
        u"id = ?1 UNION ALL SELECT p.id, p.hlc, d.depth + 1 FROM progress_review AS p JOIN down "
        u"AS d ON p.amends_id = d.id LIMIT 1000) SELECT id FROM down ORDER BY depth DESC, hlc DESC "
        u"LIMIT 1"_s,
        { reviewId });
    if (!id.ok())
        return id.error();
    if (id.value().toString().isEmpty())
        return Error::make(Error::NotFound, u"no such review"_s);
    return m_writer.get(kReview, id.value().toString());
}

Result<bool> ProgressReviewService::isSignedOff(const QString &reviewId)
{
    auto head = current(reviewId);
    if (!head.ok())
        return head.error();
    auto signedRecords = chainCount(head.value().id, u"signed IS NOT NULL"_s);
    if (!signedRecords.ok())
        return signedRecords.error();
    return signedRecords.value() > 0;
}

Status ProgressReviewService::checkSigner(const QString &signerId, const QVariantMap &programme)
{
    if (!signerId.isEmpty() && programme.value(u"draftedBy"_s).toString() == signerId)
        return Error::make(Error::Forbidden, u"a review is never signed off by the author of its programme"_s,
            u"signedOffBy"_s);
    return {};
}

Status ProgressReviewService::checkSignOffWrite(
    Database &db, const QVariantMap &current, const QVariantMap &changes)
{
    const QString signer = changes.value(u"signedOffBy"_s).toString();
    if (signer.isEmpty())
        return {};
    QString programmeId = changes.value(u"programmeId"_s).toString();
    if (programmeId.isEmpty())
        programmeId = current.value(u"programmeId"_s).toString();
    if (programmeId.isEmpty())
        return {};
    auto author = db.scalar(u"SELECT drafted_by FROM assistance_programme WHERE id = ?1"_s, { programmeId });
    if (!author.ok())
        return author.error();
    return checkSigner(signer, { { u"draftedBy"_s, author.value() } });
}

Result<QString> ProgressReviewService::signOff(const QString &reviewId, const QDate &nextReviewOn)
{
    const Actor &actor = m_writer.actor();
    if (actor.role != Role::Supervisor)
        return Error::make(Error::Forbidden, u"only a supervisor signs a review off"_s);
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus().error();
    auto signedOff = isSignedOff(reviewId);
    if (!signedOff.ok())
        return signedOff.error();
    if (signedOff.value())
        return Error::make(Error::InvalidTransition, u"the review is already signed off"_s, u"signedOffBy"_s);
    auto head = current(reviewId);
    if (!head.ok())
        return head.error();
    QVariantMap fields = head.value().fields;
    if (Status s = checkSignOffWrite(m_db, {}, { { u"signedOffBy"_s, actor.userId },
                                                   { u"programmeId"_s, fields.value(u"programmeId"_s) } });
        !s.ok())
        return s.error();
    if (nextReviewOn.isValid() && nextReviewOn <= m_writer.today())
        return Error::make(Error::Invalid, u"nextReviewOn: the next review is scheduled after today"_s, u"nextReviewOn"_s);
    fields.remove(u"amendsId"_s);
    fields.insert(u"signedOffBy"_s, actor.userId);
    fields.insert(u"signedOffAt"_s, m_clock.nowMs());
    if (nextReviewOn.isValid())
        fields.insert(u"nextReviewOn"_s, nextReviewOn);
    auto id = m_writer.amend(kReview, head.value().id, fields);
    if (!id.ok())
        return id.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return id.value();
}

} // namespace Qadam
