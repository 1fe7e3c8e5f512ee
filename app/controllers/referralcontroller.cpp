#include "referralcontroller.h"

#include "appsession.h"
#include "counselsupport.h"
#include "referralmodel.h"
#include "storeworker.h"

#include "casework/referralservice.h"
#include "store/database.h"
#include "write/writeservice.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kReferral = u"Referral"_s;

struct Options
{
    QVariantList consents, providers, measures;
};

QString purposeLabel(const QString &purpose)
{
    if (purpose == u"referral")
        return ReferralController::tr("Consent to a referral");
    if (purpose == u"counselling")
        return ReferralController::tr("Consent to counselling");
    if (purpose == u"youth_prevention")
        //: consent of the voluntary youth prevention track
        return ReferralController::tr("Consent to voluntary prevention work");
    return purpose;
}

QString consentFormLabel(const QString &basis)
{
    if (basis == u"written")
        return ReferralController::tr("Written, signed by the person");
    if (basis == u"oral_recorded")
        return ReferralController::tr("Oral, recorded by the officer");
    if (basis == u"legal_representative")
        return ReferralController::tr("Given by a legal representative");
    return basis;
}

/** The person's consents that cover a referral on `today`: ReferralRules::checkLinks decides. */
QVariantList consentOptions(CoreContext &ctx, const QString &personId)
{
    QVariantList out;
    auto ids = Counsel::ids(ctx.db,
        u"SELECT id FROM consent_record WHERE person_id = ?1 ORDER BY given_on DESC, id"_s, { personId });
    for (const QString &id : ids.ok() ? ids.value() : QStringList {}) {
        const QVariantMap probe = { { u"personId"_s, personId }, { u"consentId"_s, id } };
        if (!ReferralRules::checkLinks(ctx.db, probe, ctx.today).ok())
            continue;
        auto c = ctx.writes.get(u"ConsentRecord"_s, id);
        if (!c.ok())
            continue;
        const QVariantMap &f = c.value().fields;
        const QDate given = QDate::fromString(f.value(u"givenOn"_s).toString(), Qt::ISODate);
        //: %1 what the consent is for, %2 its form, %3 the date it was given
        const QString label = ReferralController::tr("%1 · %2 · %3")
                                  .arg(purposeLabel(f.value(u"purpose"_s).toString()),
                                      consentFormLabel(f.value(u"basis"_s).toString()), Counsel::dateText(given));
        out << QVariantMap { { u"id"_s, id }, { u"label"_s, label } };
    }
    return out;
}

QVariantList providerOptions(CoreContext &ctx, const QString &language)
{
    QVariantList out;
    auto ids = Counsel::ids(ctx.db,
        u"SELECT id FROM staff_user WHERE role = 'counsellor' AND status = 'active' ORDER BY display_name, id"_s, {});
    for (const QString &id : ids.ok() ? ids.value() : QStringList {}) {
        const QString org
            = Counsel::scalarText(ctx.db, u"SELECT organisation_id FROM staff_user WHERE id = ?1"_s, { id });
        const QString orgName = Counsel::organisationName(ctx.db, org, language);
        const QString name = Counsel::staffName(ctx.db, id);
        out << QVariantMap { { u"counsellorId"_s, id }, { u"organisationId"_s, org },
            { u"label"_s, orgName.isEmpty() ? name : u"%1 · %2"_s.arg(name, orgName) } };
    }
    return out;
}

QVariantList measureOptions(CoreContext &ctx, const QString &personId, const QString &language)
{
    QVariantList out;
    auto ids = Counsel::ids(ctx.db,
        u"SELECT id FROM programme_measure WHERE person_id = ?1 ORDER BY due_on, id"_s, { personId });
    for (const QString &id : ids.ok() ? ids.value() : QStringList {}) {
        if (!ReferralRules::checkMeasureOpen(ctx.db, id).ok())
            continue;
        auto m = ctx.writes.get(u"ProgrammeMeasure"_s, id);
        if (!m.ok())
            continue;
        const QVariantMap &f = m.value().fields;
        const QDate due = QDate::fromString(f.value(u"dueOn"_s).toString(), Qt::ISODate);
        QString label = Counsel::dictionaryLabel(
            ctx.db, u"intervention_type"_s, f.value(u"interventionCode"_s).toString(), language, ctx.today);
        if (due.isValid())
            //: %1 a programme measure, %2 its due date
            label = ReferralController::tr("%1 · due %2").arg(label, Counsel::dateText(due));
        out << QVariantMap { { u"id"_s, id }, { u"label"_s, label } };
    }
    return out;
}

QDate isoDate(const QVariantMap &form, const QString &key)
{
    return QDate::fromString(form.value(key).toString().trimmed(), Qt::ISODate);
}

/** Why the create form cannot be sent as it is; empty when complete. */
QString formProblem(const QVariantMap &form)
{
    if (form.value(u"consentId"_s).toString().isEmpty())
        return ReferralController::tr(
            "Choose the person's recorded consent first: a referral is never sent without it.");
    if (form.value(u"counsellorId"_s).toString().isEmpty())
        return ReferralController::tr("Choose the counsellor the person is referred to.");
    if (form.value(u"reason"_s).toString().trimmed().isEmpty())
        return ReferralController::tr(
            "Write the reason for the referral: it is the only case detail the provider sees.");
    const QDate start = isoDate(form, u"termStart"_s), end = isoDate(form, u"termEnd"_s);
    if (!start.isValid() || !end.isValid())
        return ReferralController::tr("Give the referral's term: a start and an end date (YYYY-MM-DD).");
    if (end < start)
        return ReferralController::tr("The term cannot end before it starts.");
    return {};
}

} // namespace

ReferralController::ReferralController(QObject *parent)
    : QObject(parent)
{ }

QVariantList ReferralController::outcomes() const
{
    return Counsel::choices(ReferralModel::outcomeCodes(), &ReferralModel::outcomeLabel);
}

QVariantList ReferralController::consentForms() const
{
    return Counsel::choices({ u"written"_s, u"oral_recorded"_s, u"legal_representative"_s }, &consentFormLabel);
}

QString ReferralController::defaultTermStart() const
{
    return AppSession::today().toString(Qt::ISODate);
}

QString ReferralController::defaultTermEnd() const
{
    return AppSession::today().addMonths(6).toString(Qt::ISODate);
}

bool ReferralController::begin()
{
    if (m_busy || !AppSession::instance())
        return false;
    m_busy = true;
    Q_EMIT busyChanged();
    return true;
}

void ReferralController::finish()
{
    m_busy = false;
    Q_EMIT busyChanged();
}

void ReferralController::loadOptions(const QString &personId)
{
    AppSession *session = AppSession::instance();
    if (!session)
        return;
    m_optionsPerson = personId;
    const QString language = session->language();
    session->worker()->post(
        this,
        [personId, language](CoreContext &ctx) {
            return Options { consentOptions(ctx, personId), providerOptions(ctx, language),
                measureOptions(ctx, personId, language) };
        },
        [this, personId](Options options) {
            if (personId != m_optionsPerson)
                return;
            m_consents = options.consents;
            m_providers = options.providers;
            m_measures = options.measures;
            Q_EMIT optionsChanged();
        });
}

void ReferralController::recordConsent(const QString &personId, const QString &basis)
{
    if (personId.isEmpty() || basis.isEmpty())
        return Q_EMIT failed(tr("Choose how the person gave consent."));
    if (!begin())
        return;
    AppSession::instance()->worker()->write(
        this,
        [personId, basis](CoreContext &ctx) {
            return ctx.writes.create(u"ConsentRecord"_s,
                { { u"personId"_s, personId }, { u"purpose"_s, u"referral"_s }, { u"basis"_s, basis },
                    { u"givenOn"_s, ctx.today.toString(Qt::ISODate) }, { u"recordedBy"_s, ctx.actor.userId } });
        },
        [this, personId](Result<QString> id) {
            finish();
            if (!id.ok())
                return Q_EMIT failed(Counsel::errorText(id.error(), tr("record the consent")));
            loadOptions(personId);
            Q_EMIT consentRecorded(id.value());
            Q_EMIT succeeded(tr("Consent recorded."));
        });
}

void ReferralController::create(const QVariantMap &form)
{
    if (const QString problem = formProblem(form); !problem.isEmpty())
        return Q_EMIT failed(problem);
    if (!begin())
        return;
    ReferralRequest request;
    request.personId = form.value(u"personId"_s).toString();
    request.consentId = form.value(u"consentId"_s).toString();
    request.counsellorId = form.value(u"counsellorId"_s).toString();
    request.measureId = form.value(u"measureId"_s).toString();
    request.reason = form.value(u"reason"_s).toString().trimmed();
    request.termStart = isoDate(form, u"termStart"_s);
    request.termEnd = isoDate(form, u"termEnd"_s);
    AppSession::instance()->worker()->write(
        this,
        [request](CoreContext &ctx) mutable {
            request.organisationId = Counsel::scalarText(
                ctx.db, u"SELECT organisation_id FROM staff_user WHERE id = ?1"_s, { request.counsellorId });
            return ReferralService(ctx.writes, ctx.db).send(request);
        },
        [this](Result<QString> id) {
            finish();
            if (!id.ok())
                return Q_EMIT failed(createError(id.error()));
            Q_EMIT created(id.value());
            Q_EMIT succeeded(tr("Referral sent. The provider will see it in their inbox after the next sync."));
        });
}

QString ReferralController::createError(const Error &error)
{
    if (error.code == Error::Invalid && error.field == u"consentId")
        return tr("The chosen consent does not cover this referral (withdrawn, not given yet, or for "
                  "another purpose). Record the person's consent first.");
    if (error.code == Error::Invalid && error.field == u"measureId")
        return tr("The chosen measure is no longer open. Choose another measure or none.");
    if (error.code == Error::Invalid && error.field == u"counsellorId")
        return tr("The chosen provider is not a counsellor.");
    return Counsel::errorText(error, tr("send the referral"));
}

void ReferralController::accept(const QString &referralId, qint64 version)
{
    command(referralId, version, u"accept"_s, {}, tr("accept the referral"), tr("Referral accepted."));
}

void ReferralController::decline(const QString &referralId, qint64 version, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Q_EMIT failed(tr("Say why you decline the referral: probation needs it to refer the person elsewhere."));
    command(referralId, version, u"decline"_s, { { u"closureReason"_s, reason.trimmed() } },
        tr("decline the referral"), tr("Referral declined."));
}

void ReferralController::start(const QString &referralId, qint64 version)
{
    command(referralId, version, u"activate"_s, {}, tr("start the work"), tr("Work on the referral started."));
}

void ReferralController::complete(const QString &referralId, qint64 version, const QString &outcome,
    int attendedCount, bool programmeCompleted)
{
    if (!ReferralModel::outcomeCodes().contains(outcome))
        return Q_EMIT failed(tr("Choose the outcome to report to probation."));
    QVariantMap params { { u"minimalOutcome"_s, outcome }, { u"programmeCompleted"_s, programmeCompleted } };
    if (attendedCount >= 0)
        params.insert(u"attendedCount"_s, qint64(attendedCount));
    command(referralId, version, u"complete"_s, params, tr("complete the referral"), tr("Referral completed."));
}

void ReferralController::command(const QString &referralId, qint64 version, const QString &name,
    const QVariantMap &params, const QString &what, const QString &done)
{
    if (referralId.isEmpty())
        return Q_EMIT failed(Counsel::errorText(Error::make(Error::NotFound), what));
    if (!begin())
        return;
    AppSession::instance()->worker()->write(
        this,
        [=](CoreContext &ctx) { return ctx.writes.command(kReferral, referralId, version, name, params); },
        [this, what, done](Status s) {
            finish();
            if (!s.ok())
                return Q_EMIT failed(Counsel::errorText(s.error(), what));
            Q_EMIT succeeded(done);
        });
}

} // namespace Qadam
