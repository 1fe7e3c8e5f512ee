#include "reviewcontroller.h"

#include "appsession.h"
#include "counselsupport.h"
#include "storeworker.h"

#include "casework/progressreview.h"
#include "casework/workcalendar.h"
#include "store/database.h"
#include "write/writeservice.h"

#include <QJsonArray>
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

/** The computed indicators as [{label, value}] in the scales' order. */
QVariantList indicatorRows(const QJsonObject &computed, const QString &language)
{
    QVariantList out;
    for (const QJsonValue &d : ProgressReviewService::scales().value(u"indicators"_s).toArray()) {
        const QJsonObject def = d.toObject();
        const QJsonValue v = atPath(computed, def.value(u"path"_s).toString());
        const QString value = v.isDouble() ? QLocale::c().toString(v.toDouble(), 'g', 4) : u"—"_s;
        out << QVariantMap { { u"label"_s, labelIn(def.value(u"label"_s).toObject(), language) },
            { u"value"_s, value } };
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

/** The need domains to judge: the programme's needs (required), else every domain (optional). */
QVariantList domainRows(CoreContext &ctx, const QString &programmeId, const QString &language)
{
    QVariantList out;
    auto codes = programmeId.isEmpty()
        ? Counsel::ids(ctx.db, u"SELECT DISTINCT code FROM ref_entry WHERE dictionary = 'need_domain' ORDER BY code"_s, {})
        : Counsel::ids(ctx.db,
            u"SELECT DISTINCT domain_code FROM programme_need WHERE programme_id = ?1 ORDER BY domain_code"_s,
            { programmeId });
    for (const QString &code : codes.ok() ? codes.value() : QStringList {})
        out << QVariantMap { { u"code"_s, code },
            { u"label"_s, Counsel::dictionaryLabel(ctx.db, u"need_domain"_s, code, language, ctx.today) },
            { u"required"_s, !programmeId.isEmpty() } };
    return out;
}

ProgressReviewService reviews(CoreContext &ctx)
{
    auto calendar = WorkCalendar::load(ctx.db);
    return ProgressReviewService(ctx.db, ctx.writes, ctx.clock,
        ObligationEngine(calendar.ok() ? calendar.value() : WorkCalendar::builtIn().value()));
}

ReviewController::Form loadFormOn(CoreContext &ctx, const QString &personId, const QString &language)
{
    ReviewController::Form form;
    form.personId = personId;
    form.programmeId = Counsel::scalarText(ctx.db, kProgrammeSql, { personId });
    const QDate last = QDate::fromString(
        Counsel::scalarText(ctx.db, u"SELECT max(period_end) FROM progress_review WHERE person_id = ?1"_s, { personId }),
        Qt::ISODate);
    form.start = last.isValid() ? last.addDays(1) : ctx.today.addMonths(-3);
    form.end = ctx.today;
    if (form.start > form.end) {
        form.note = ReviewController::tr("A review already covers the period up to today.");
        return form;
    }
    auto computed = reviews(ctx).computeIndicators(personId, form.programmeId, form.start, form.end);
    if (!computed.ok()) {
        form.note = Counsel::errorText(computed.error(), ReviewController::tr("compute the indicators"));
        return form;
    }
    form.indicators = indicatorRows(computed.value(), language);
    form.domains = domainRows(ctx, form.programmeId, language);
    form.proxies = proxyRows(language);
    form.levels = levelRows(language);
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
{ }

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
    AppSession *session = AppSession::instance();
    if (!session)
        return;
    m_personId = personId;
    m_ready = false;
    Q_EMIT formChanged();
    session->worker()->post(
        this, [personId, language = session->language()](CoreContext &ctx) { return loadFormOn(ctx, personId, language); },
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
            m_formNote = tr("The review is recorded. A supervisor who did not write it signs it off.");
            Q_EMIT formChanged();
            Q_EMIT recorded(r.value().reviewId, m_formNote);
        });
}

void ReviewController::signOff(const QString &reviewId)
{
    if (!begin())
        return;
    AppSession::instance()->worker()->write(
        this, [reviewId](CoreContext &ctx) { return reviews(ctx).signOff(reviewId); },
        [this, reviewId](Result<QString> r) {
            finish();
            if (!r.ok())
                return Q_EMIT failed(signOffError(r.error()));
            Q_EMIT signedOff(reviewId, tr("Review signed off."));
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
        return tr("You wrote this review, so you cannot sign it off: another supervisor signs it off.");
    if (error.code == Error::Forbidden)
        return tr("Only a supervisor signs a review off.");
    if (error.code == Error::InvalidTransition)
        return tr("This review is already signed off.");
    return Counsel::errorText(error, tr("sign the review off"));
}

} // namespace Qadam
