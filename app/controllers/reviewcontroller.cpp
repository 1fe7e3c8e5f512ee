#include "reviewcontroller.h"

#include "appsession.h"
#include "counselsupport.h"
#include "storeworker.h"

#include "casework/progressreview.h"
#include "casework/reviewschedule.h"
#include "casework/workcalendar.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** The programme a review judges: the person's newest programme in force. */
const QString kProgrammeSql = u"SELECT id FROM assistance_programme WHERE person_id = ?1 AND status IN "
                              u"('approved', 'active', 'under_review') ORDER BY version_no DESC, id LIMIT 1"_s;

QString labelIn(const QJsonObject &labels, const QString &language)
{
    const QString text = labels.value(language).toString();
    return text.isEmpty() ? labels.value(u"ru"_s).toString() : text;
}

QJsonValue atPath(const QJsonObject &object, const QString &path)
{
    QJsonValue v = object;
    for (const QString &part : path.split(u'.'))
        v = v.toObject().value(part);
    return v;
}

QString valueText(const QJsonValue &v)
{
    return v.isDouble() ? QLocale::c().toString(v.toDouble(), 'g', 4) : u"—"_s;
}

/** How an indicator or a rating moved since the previous review, in words. */
QString trendText(const QString &direction, const QString &previous)
{
    if (direction == u"improved")
        //: trend of a review indicator against the previous review; %1 the previous value
        return ReviewController::tr("▲ better than last time (%1)").arg(previous);
    if (direction == u"worsened")
        //: %1 the previous value
        return ReviewController::tr("▼ worse than last time (%1)").arg(previous);
    if (direction == u"unchanged")
        return ReviewController::tr("= as last time");
    if (direction == u"changed")
        //: %1 the previous value
        return ReviewController::tr("changed (was %1)").arg(previous);
    return {};
}

/** The computed indicators as [{label, value, previous, direction, trendText}] in the scales'
 *  order, the trend from core against the previous review's indicators (empty: no trend). */
QVariantList indicatorRows(const QJsonObject &computed, const QJsonObject &previous, bool hasPrevious,
    const QString &language)
{
    const QJsonArray trend = ProgressReviewService::trend({}, { { u"indicators"_s, previous } },
        { { u"indicators"_s, computed } })
                                 .value(u"indicators"_s)
                                 .toArray();
    QVariantList out;
    const QJsonArray defs = ProgressReviewService::scales().value(u"indicators"_s).toArray();
    for (int i = 0; i < defs.size(); ++i) {
        const QJsonObject def = defs.at(i).toObject();
        const QJsonObject t = trend.at(i).toObject();
        const QString direction = hasPrevious ? t.value(u"direction"_s).toString() : QString();
        const QString before = valueText(t.value(u"previous"_s));
        out << QVariantMap { { u"label"_s, labelIn(def.value(u"label"_s).toObject(), language) },
            { u"value"_s, valueText(atPath(computed, def.value(u"path"_s).toString())) },
            { u"previous"_s, hasPrevious ? before : QString() }, { u"direction"_s, direction },
            { u"trendText"_s, trendText(direction, before) } };
    }
    return out;
}

QVariantList proxyRows(const QString &language)
{
    QVariantList out;
    for (const QJsonValue &d : ProgressReviewService::scales().value(u"outcomeProxies"_s).toArray()) {
        const QJsonObject def = d.toObject();
        QVariantList values;
        for (const QJsonValue &v : def.value(u"values"_s).toArray())
            values << QVariantMap { { u"code"_s, v.toObject().value(u"code"_s).toString() },
                { u"label"_s, labelIn(v.toObject().value(u"label"_s).toObject(), language) } };
        out << QVariantMap { { u"code"_s, def.value(u"code"_s).toString() },
            { u"label"_s, labelIn(def.value(u"label"_s).toObject(), language) },
            { u"count"_s, def.value(u"count"_s).toBool() }, { u"values"_s, values } };
    }
    return out;
}

QVariantList levelRows(const QString &language)
{
    QVariantList out;
    const QJsonObject scale = ProgressReviewService::scales().value(u"judgement"_s).toObject();
    for (const QJsonValue &l : scale.value(u"levels"_s).toArray())
        out << QVariantMap { { u"rating"_s, l.toObject().value(u"rating"_s).toInt() },
            { u"label"_s, labelIn(l.toObject().value(u"label"_s).toObject(), language) } };
    return out;
}

QString levelLabel(const QVariantList &levels, int rating)
{
    for (const QVariant &l : levels)
        if (l.toMap().value(u"rating"_s).toInt() == rating)
            return l.toMap().value(u"label"_s).toString();
    return {};
}

/** The need domains to judge: the programme's needs (required), else every domain (optional);
 *  each with its rating in the previous review (`previous`: its judgements) when it had one. */
QVariantList domainRows(CoreContext &ctx, const QString &programmeId, const QJsonArray &previous,
    const QVariantList &levels, const QString &language)
{
    QHash<QString, int> before;
    for (const QJsonValue &j : previous)
        before.insert(j.toObject().value(u"domain"_s).toString(), j.toObject().value(u"rating"_s).toInt());
    QVariantList out;
    auto codes = programmeId.isEmpty()
        ? Counsel::ids(ctx.db, u"SELECT DISTINCT code FROM ref_entry WHERE dictionary = 'need_domain' ORDER BY code"_s, {})
        : Counsel::ids(ctx.db,
            u"SELECT DISTINCT domain_code FROM programme_need WHERE programme_id = ?1 ORDER BY domain_code"_s,
            { programmeId });
    for (const QString &code : codes.ok() ? codes.value() : QStringList {}) {
        const int rating = before.value(code);
        out << QVariantMap { { u"code"_s, code },
            { u"label"_s, Counsel::dictionaryLabel(ctx.db, u"need_domain"_s, code, language, ctx.today) },
            { u"required"_s, !programmeId.isEmpty() }, { u"previousRating"_s, rating },
            { u"previousText"_s, rating == 0 ? QString()
                    //: the rating a need domain had in the previous review: %1 the number, %2 its meaning
                    : ReviewController::tr("Last review: %1 — %2").arg(rating).arg(levelLabel(levels, rating)) } };
    }
    return out;
}

/** The latest review of the person whose period ends before `start`: what the trend compares with. */
Result<Record> previousReview(CoreContext &ctx, const QString &personId, const QDate &start)
{
    const QString id = Counsel::scalarText(ctx.db,
        u"SELECT id FROM progress_review AS t WHERE person_id = ?1 AND period_end < ?2 AND NOT EXISTS (SELECT 1 "
        u"FROM progress_review AS a WHERE a.amends_id = t.id) ORDER BY period_end DESC, hlc DESC LIMIT 1"_s,
        { personId, start.toString(Qt::ISODate) });
    if (id.isEmpty())
        return Error::make(Error::NotFound, u"no earlier review"_s);
    return ctx.writes.get(u"ProgressReview"_s, id);
}

QJsonValue jsonOf(const QVariantMap &fields, const QString &key)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fields.value(key).toString().toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

ProgressReviewService reviews(CoreContext &ctx)
{
    auto calendar = WorkCalendar::load(ctx.db);
    return ProgressReviewService(ctx.db, ctx.writes, ctx.clock,
        ObligationEngine(calendar.ok() ? calendar.value() : WorkCalendar::builtIn().value()));
}

/** The first day a new review covers by default: the day after the last signed review (or the
 *  order's start) — or after a review written since and awaiting sign-off (`open` gets its id),
 *  as periods never overlap. */
QDate defaultStart(CoreContext &ctx, const QString &personId, QString &open)
{
    auto schedule = ReviewSchedule::forPerson(ctx.db, personId);
    if (schedule.ok() && schedule.value().periodStart.isValid()) {
        open = schedule.value().openReviewId;
        if (open.isEmpty())
            return schedule.value().periodStart;
    }
    const QDate last = QDate::fromString(
        Counsel::scalarText(ctx.db, u"SELECT max(period_end) FROM progress_review WHERE person_id = ?1"_s, { personId }),
        Qt::ISODate);
    return last.isValid() ? last.addDays(1) : ctx.today.addMonths(-ReviewSchedule::intervalMonths());
}

/** Who may sign this person's review off, for the form: supervisors, never the programme's author. */
void signOffState(CoreContext &ctx, ReviewController::Form &form)
{
    form.signsOff = ctx.actor.role == Role::Supervisor;
    form.nextReviewDefault = ctx.today.addMonths(ReviewSchedule::intervalMonths());
    const QString author = Counsel::scalarText(
        ctx.db, u"SELECT drafted_by FROM assistance_programme WHERE id = ?1"_s, { form.programmeId });
    if (form.signsOff && !ProgressReviewService::checkSigner(ctx.actor.userId, { { u"draftedBy"_s, author } }).ok())
        form.signOffBlock = ReviewController::tr(
            "You drafted this person's programme, so you cannot sign off its review: another supervisor signs it off.");
}

/** Indicators with their trend, proxies, levels and domains for the form's period. */
void fillForm(CoreContext &ctx, ReviewController::Form &form, const QString &language)
{
    auto computed = reviews(ctx).computeIndicators(form.personId, form.programmeId, form.start, form.end);
    if (!computed.ok()) {
        form.note = Counsel::errorText(computed.error(), ReviewController::tr("compute the indicators"));
        return;
    }
    auto previous = previousReview(ctx, form.personId, form.start);
    const QVariantMap before = previous.ok() ? previous.value().fields : QVariantMap();
    const auto day = [&](const QString &k) {
        return Counsel::dateText(QDate::fromString(before.value(k).toString(), Qt::ISODate));
    };
    form.trendNote = previous.ok()
        //: %1 – %2 the period of the previous progress review
        ? ReviewController::tr("Trend compared with the review of %1 – %2.").arg(day(u"periodStart"_s), day(u"periodEnd"_s))
        : ReviewController::tr("This is the first review: there is no trend yet.");
    form.indicators = indicatorRows(
        computed.value(), jsonOf(before, u"indicators"_s).toObject(), previous.ok(), language);
    form.proxies = proxyRows(language);
    form.levels = levelRows(language);
    form.domains = domainRows(ctx, form.programmeId, jsonOf(before, u"judgements"_s).toArray(), form.levels, language);
}

ReviewController::Form loadFormOn(
    CoreContext &ctx, const QString &personId, QDate start, QDate end, const QString &language)
{
    ReviewController::Form form;
    form.personId = personId;
    form.programmeId = Counsel::scalarText(ctx.db, kProgrammeSql, { personId });
    signOffState(ctx, form);
    const bool chosen = start.isValid();
    form.start = chosen ? start : defaultStart(ctx, personId, form.openReviewId);
    form.end = end.isValid() ? end : ctx.today;
    if (form.end > ctx.today)
        form.note = ReviewController::tr("A review covers a period that has ended: choose an end no later than today.");
    else if (form.start > form.end)
        form.note = chosen ? ReviewController::tr("The period ends before it starts.")
                           : ReviewController::tr("A review already covers the period up to today.");
    if (form.note.isEmpty())
        fillForm(ctx, form, language);
    return form;
}

QVariantMap judgementFor(const QVariantList &judgements, const QString &domain)
{
    for (const QVariant &j : judgements)
        if (j.toMap().value(u"domain"_s).toString() == domain)
            return j.toMap();
    return {};
}

} // namespace

ReviewController::ReviewController(QObject *parent)
    : QObject(parent)
{
    // Until a form is loaded (the sign-off queue loads none), suggest the interval from today.
    m_form.nextReviewDefault = AppSession::today().addMonths(ReviewSchedule::intervalMonths());
}

QString ReviewController::periodText() const
{
    if (!m_start.isValid())
        return {};
    //: the period a progress review covers: %1 first day, %2 last day
    return tr("%1 – %2").arg(Counsel::dateText(m_start), Counsel::dateText(m_end));
}

int ReviewController::rationaleMinLength() const
{
    return ProgressReviewService::scales().value(u"judgement"_s).toObject().value(u"rationaleMinLength"_s).toInt();
}

bool ReviewController::begin()
{
    if (m_busy || !AppSession::instance())
        return false;
    m_busy = true;
    Q_EMIT busyChanged();
    return true;
}

void ReviewController::finish()
{
    m_busy = false;
    Q_EMIT busyChanged();
}

void ReviewController::loadForm(const QString &personId)
{
    load(personId, {}, {});
}

void ReviewController::setPeriod(const QString &start, const QString &end)
{
    const QDate from = QDate::fromString(start.trimmed(), Qt::ISODate);
    const QDate to = QDate::fromString(end.trimmed(), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return Q_EMIT failed(tr("Enter the period as two dates, YYYY-MM-DD."));
    if (to < from)
        return Q_EMIT failed(tr("The period ends before it starts."));
    load(m_personId, from, to);
}

void ReviewController::load(const QString &personId, const QDate &start, const QDate &end)
{
    AppSession *session = AppSession::instance();
    if (!session)
        return;
    m_personId = personId;
    m_ready = false;
    Q_EMIT formChanged();
    session->worker()->post(
        this,
        [personId, start, end, language = session->language()](CoreContext &ctx) {
            return loadFormOn(ctx, personId, start, end, language);
        },
        [this](Form form) {
            if (form.personId != m_personId)
                return;
            m_programmeId = form.programmeId;
            m_start = form.start;
            m_end = form.end;
            m_formNote = form.note;
            m_indicators = form.indicators;
            m_domains = form.domains;
            m_proxies = form.proxies;
            m_levels = form.levels;
            m_ready = form.note.isEmpty();
            m_form = std::move(form);
            Q_EMIT formChanged();
        });
}

QString ReviewController::formProblem(const QVariantList &judgements, const QVariantMap &proxies) const
{
    if (!m_ready)
        return m_formNote.isEmpty() ? tr("The review form is still loading.") : m_formNote;
    for (const QVariant &d : m_domains) {
        const QVariantMap domain = d.toMap();
        const QVariantMap j = judgementFor(judgements, domain.value(u"code"_s).toString());
        const int rating = j.value(u"rating"_s).toInt();
        const QString rationale = j.value(u"rationale"_s).toString().trimmed();
        const QString label = domain.value(u"label"_s).toString();
        if (!domain.value(u"required"_s).toBool() && rating == 0 && rationale.isEmpty())
            continue;
        if (rating == 0)
            //: %1 is a need domain, e.g. "Housing"
            return tr("Choose a rating for \"%1\".").arg(label);
        if (rationale.size() < rationaleMinLength())
            //: %1 is a need domain; %2 the minimum number of characters
            return tr("Write the rationale for \"%1\": at least %2 characters.").arg(label).arg(rationaleMinLength());
    }
    for (const QVariant &p : m_proxies) {
        const QVariantMap proxy = p.toMap();
        const QVariant value = proxies.value(proxy.value(u"code"_s).toString());
        const bool missing = proxy.value(u"count"_s).toBool() ? value.toString().isEmpty() || value.toInt() < 0
                                                              : value.toString().isEmpty();
        if (missing)
            //: %1 is an outcome, e.g. "Employment"
            return tr("Choose a value for \"%1\".").arg(proxy.value(u"label"_s).toString());
    }
    return {};
}

void ReviewController::submit(const QVariantList &judgements, const QVariantMap &proxies)
{
    if (const QString problem = formProblem(judgements, proxies); !problem.isEmpty())
        return Q_EMIT failed(problem);
    if (!begin())
        return;
    ReviewInput input { m_personId, m_programmeId, m_start, m_end, {}, {}, {} };
    for (const QVariant &p : m_proxies) {
        const QVariantMap proxy = p.toMap();
        const QString code = proxy.value(u"code"_s).toString();
        input.outcomeProxies.insert(code,
            proxy.value(u"count"_s).toBool() ? QJsonValue(proxies.value(code).toInt())
                                             : QJsonValue(proxies.value(code).toString()));
    }
    for (const QVariant &j : judgements) {
        const QVariantMap m = j.toMap();
        if (m.value(u"rating"_s).toInt() == 0)
            continue;
        input.judgements << QJsonObject { { u"domain"_s, m.value(u"domain"_s).toString() },
            { u"rating"_s, m.value(u"rating"_s).toInt() },
            { u"rationale"_s, m.value(u"rationale"_s).toString().trimmed() } };
    }
    AppSession::instance()->worker()->write(
        this, [input](CoreContext &ctx) { return reviews(ctx).record(input); },
        [this](Result<RecordedReview> r) {
            finish();
            if (!r.ok())
                return Q_EMIT failed(recordError(r.error()));
            m_ready = false;
            m_formNote = m_form.signsOff && m_form.signOffBlock.isEmpty()
                ? tr("The review is recorded. Sign it off and schedule the next review.")
                : tr("The review is recorded. A supervisor signs it off.");
            Q_EMIT formChanged();
            Q_EMIT recorded(r.value().reviewId, m_formNote);
        });
}

void ReviewController::signOff(const QString &reviewId, const QString &nextReviewOn)
{
    const QDate next = QDate::fromString(nextReviewOn.trimmed(), Qt::ISODate);
    if (!next.isValid())
        return Q_EMIT failed(tr("Enter the date of the next review as YYYY-MM-DD."));
    if (!begin())
        return;
    AppSession::instance()->worker()->write(
        this, [reviewId, next](CoreContext &ctx) { return reviews(ctx).signOff(reviewId, next); },
        [this, reviewId, next](Result<QString> r) {
            finish();
            if (!r.ok())
                return Q_EMIT failed(signOffError(r.error()));
            //: %1 the date the next progress review is due
            Q_EMIT signedOff(reviewId, tr("Review signed off. The next review is due on %1.").arg(Counsel::dateText(next)));
        });
}

QString ReviewController::recordError(const Error &error)
{
    if (error.code == Error::Conflict)
        return tr("Another review already covers part of this period.");
    if (error.code == Error::Forbidden)
        return tr("Progress reviews are written by probation officers and supervisors.");
    if (error.code == Error::Invalid && error.field == u"judgements")
        return tr("Every need domain of the programme needs a rating and a written rationale.");
    return Counsel::errorText(error, tr("record the review"));
}

QString ReviewController::signOffError(const Error &error)
{
    if (error.code == Error::Forbidden && error.field == u"signedOffBy")
        return tr("You drafted the programme under review, so you cannot sign this review off: another "
                  "supervisor signs it off.");
    if (error.code == Error::Invalid && error.field == u"nextReviewOn")
        return tr("The next review must be after today.");
    if (error.code == Error::Forbidden)
        return tr("Only a supervisor signs a review off.");
    if (error.code == Error::InvalidTransition)
        return tr("This review is already signed off.");
    return Counsel::errorText(error, tr("sign the review off"));
}

} // namespace Qadam
