#include "programmebuildercontroller.h"

#include "personlabels.h"
#include "programmedraftmodel.h"
#include "providerchoicemodel.h"

#include "appsession.h"
#include "storeworker.h"

#include "casework/programmetemplates.h"

#include <QQmlEngine>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

QVariantList choices(const QStringList &values, const QString &field)
{
    QVariantList out;
    for (const QString &v : values)
        out << QVariantMap { { u"value"_s, v }, { u"text"_s, PersonLabels::enumText(QString(), field, v) } };
    return out;
}

QString language()
{
    return AppSession::instance() ? AppSession::instance()->language() : u"en"_s;
}

QString fieldWords(const QString &field)
{
    if (field == u"description")
        return ProgrammeBuilderController::tr("goal text");
    if (field == u"targetDate")
        return ProgrammeBuilderController::tr("target date");
    if (field == u"dueOn")
        return ProgrammeBuilderController::tr("due date");
    if (field == u"interventionCode")
        return ProgrammeBuilderController::tr("kind of measure");
    if (field == u"frequency")
        return ProgrammeBuilderController::tr("frequency");
    if (field == u"severity")
        return ProgrammeBuilderController::tr("severity");
    if (field == u"assessment")
        return ProgrammeBuilderController::tr("assessment");
    if (field == u"providerCounsellorId" || field == u"providerOrganisationId")
        return ProgrammeBuilderController::tr("provider");
    return ProgrammeBuilderController::tr("entry");
}

} // namespace

ProgrammeBuilderController::ProgrammeBuilderController(QObject *parent)
    : QObject(parent)
    , m_needs(new ProgrammeDraftModel(ProgrammeDraftModel::View::Needs, this))
    , m_plan(new ProgrammeDraftModel(ProgrammeDraftModel::View::Plan, this))
{ }

void ProgrammeBuilderController::setPersonId(const QString &personId)
{
    if (personId == m_personId)
        return;
    m_personId = personId;
    Q_EMIT personIdChanged();
    open();
}

QVariantList ProgrammeBuilderController::severities() const
{
    return choices(ProgrammeTemplates::severities(), u"severity"_s);
}

QVariantList ProgrammeBuilderController::frequencies() const
{
    return choices({ u"once"_s, u"weekly"_s, u"fortnightly"_s, u"monthly"_s, u"quarterly"_s, u"as_needed"_s },
        u"frequency"_s);
}

void ProgrammeBuilderController::open()
{
    if (m_personId.isEmpty())
        return;
    m_submitted = false;
    Q_EMIT submittedChanged();
    run([personId = m_personId, lang = language()](CoreContext &ctx) { return ProgrammeDrafts::open(ctx, personId, lang); },
        Assess, false, QString());
}

void ProgrammeBuilderController::run(
    Work work, int nextStep, bool writes, const QString &doneMessage, std::function<void()> after)
{
    AppSession *session = AppSession::instance();
    if (!session || m_busy)
        return;
    setBusy(true);
    const auto done = [this, nextStep, doneMessage, after = std::move(after)](Result<ProgrammeDraft> result) {
        setBusy(false);
        if (!result.ok()) {
            fail(describe(result.error(), m_draft));
            return;
        }
        if (!m_errorText.isEmpty()) {
            m_errorText.clear();
            Q_EMIT errorTextChanged();
        }
        m_ready = true;
        setDraft(result.value());
        setStep(nextStep);
        if (after)
            after();
        if (!doneMessage.isEmpty())
            Q_EMIT succeeded(doneMessage);
    };
    if (writes)
        session->worker()->write(this, std::move(work), done);
    else
        session->worker()->post(this, std::move(work), done);
}

void ProgrammeBuilderController::next()
{
    switch (m_step) {
    case Assess:
        run([draft = m_draft, lang = language()](CoreContext &ctx) { return ProgrammeDrafts::suggest(ctx, draft, lang); },
            Suggest, false, QString());
        break;
    case Suggest:
        if (m_draft.goalCount() == 0) {
            fail(tr("Keep at least one goal, or go back and assess a need above \"No need\"."));
            return;
        }
        setStep(Edit);
        break;
    case Edit:
        run([draft = m_draft, lang = language()](CoreContext &ctx) { return ProgrammeDrafts::save(ctx, draft, lang); },
            Submit, true, tr("Draft saved."));
        break;
    default:
        submit();
    }
}

void ProgrammeBuilderController::back()
{
    if (m_step > Assess && !m_busy)
        setStep(m_step - 1);
}

void ProgrammeBuilderController::saveDraft()
{
    run([draft = m_draft, lang = language()](CoreContext &ctx) { return ProgrammeDrafts::save(ctx, draft, lang); },
        m_step, true, tr("Draft saved."));
}

void ProgrammeBuilderController::submit()
{
    run([draft = m_draft, lang = language()](CoreContext &ctx) { return ProgrammeDrafts::submit(ctx, draft, lang); },
        m_step, true, tr("Programme sent to the supervisor for approval."), [this] {
            m_submitted = true;
            Q_EMIT submittedChanged();
        });
}

void ProgrammeBuilderController::setDraft(const ProgrammeDraft &draft)
{
    m_draft = draft;
    m_interventionLabels.clear();
    m_interventionList.clear();
    for (const auto &[code, label] : std::as_const(m_draft.interventions)) {
        m_interventionLabels.insert(code, label);
        m_interventionList << QVariantMap { { u"value"_s, code }, { u"text"_s, label } };
    }
    for (ProviderChoiceModel *choices : std::as_const(m_providerChoices))
        choices->setCandidates(m_draft.providers);
    edited();
}

void ProgrammeBuilderController::edited()
{
    m_needs->setDraft(m_draft, m_interventionLabels);
    m_plan->setDraft(m_draft, m_interventionLabels);
    Q_EMIT draftChanged();
}

void ProgrammeBuilderController::fail(const QString &message)
{
    m_errorText = message;
    Q_EMIT errorTextChanged();
    Q_EMIT failed(message);
}

void ProgrammeBuilderController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ProgrammeBuilderController::setStep(int step)
{
    if (step == m_step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

DraftGoal *ProgrammeBuilderController::goalAt(int need, int goal)
{
    if (need < 0 || need >= m_draft.needs.size() || goal < 0 || goal >= m_draft.needs.at(need).goals.size())
        return nullptr;
    return &m_draft.needs[need].goals[goal];
}

DraftMeasure *ProgrammeBuilderController::measureAt(int need, int goal, int measure)
{
    DraftGoal *g = goalAt(need, goal);
    return g && measure >= 0 && measure < g->measures.size() ? &g->measures[measure] : nullptr;
}

void ProgrammeBuilderController::setSeverity(int need, const QString &severity)
{
    if (need < 0 || need >= m_draft.needs.size())
        return;
    m_draft.needs[need].severity = severity;
    edited();
}

void ProgrammeBuilderController::setAssessment(int need, const QString &text)
{
    if (need < 0 || need >= m_draft.needs.size() || m_draft.needs.at(need).assessment == text)
        return;
    m_draft.needs[need].assessment = text;
    edited();
}

void ProgrammeBuilderController::setGoalIncluded(int need, int goal, bool included)
{
    if (DraftGoal *g = goalAt(need, goal)) {
        g->removed = !included;
        edited();
    }
}

void ProgrammeBuilderController::setGoalDescription(int need, int goal, const QString &text)
{
    if (DraftGoal *g = goalAt(need, goal); g && g->description != text) {
        g->description = text;
        edited();
    }
}

namespace {
/** A date typed as yyyy-MM-dd; invalid otherwise. */
QDate typedDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}
} // namespace

void ProgrammeBuilderController::setGoalTarget(int need, int goal, const QString &isoDate)
{
    DraftGoal *g = goalAt(need, goal);
    if (!g)
        return;
    if (!typedDate(isoDate).isValid()) {
        fail(tr("Enter the target date as year-month-day, for example 2026-09-30."));
        return;
    }
    g->targetDate = typedDate(isoDate);
    edited();
}

void ProgrammeBuilderController::addGoal(int need)
{
    if (need < 0 || need >= m_draft.needs.size())
        return;
    m_draft.needs[need].goals << DraftGoal { QString(), QString(), QString(), QDate(), false, {} };
    edited();
}

void ProgrammeBuilderController::setMeasureIntervention(int need, int goal, int measure, const QString &code)
{
    if (DraftMeasure *m = measureAt(need, goal, measure)) {
        m->plan.interventionCode = code;
        m->plan.providerKind = ProgrammeDrafts::providerKindOf(code);
        edited();
    }
}

void ProgrammeBuilderController::setMeasureDue(int need, int goal, int measure, const QString &isoDate)
{
    DraftMeasure *m = measureAt(need, goal, measure);
    if (!m)
        return;
    if (!typedDate(isoDate).isValid()) {
        fail(tr("Enter the due date as year-month-day, for example 2026-09-30."));
        return;
    }
    m->plan.dueOn = typedDate(isoDate);
    edited();
}

void ProgrammeBuilderController::setMeasureFrequency(int need, int goal, int measure, const QString &frequency)
{
    if (DraftMeasure *m = measureAt(need, goal, measure)) {
        m->plan.frequency = frequency;
        edited();
    }
}

void ProgrammeBuilderController::setMeasureProvider(
    int need, int goal, int measure, const QString &organisationId, const QString &counsellorId)
{
    DraftMeasure *m = measureAt(need, goal, measure);
    if (!m || (m->plan.providerOrganisationId == organisationId && m->plan.providerCounsellorId == counsellorId))
        return;
    m->plan.providerOrganisationId = organisationId;
    m->plan.providerCounsellorId = counsellorId;
    edited();
}

ProviderChoiceModel *ProgrammeBuilderController::providerChoices(const QString &providerKind)
{
    ProviderChoiceModel *&choices = m_providerChoices[providerKind];
    if (!choices) {
        choices = new ProviderChoiceModel(providerKind, this);
        QQmlEngine::setObjectOwnership(choices, QQmlEngine::CppOwnership);
        choices->setCandidates(m_draft.providers);
    }
    return choices;
}

void ProgrammeBuilderController::addMeasure(int need, int goal)
{
    if (DraftGoal *g = goalAt(need, goal)) {
        g->measures << DraftMeasure { QString(), MeasurePlan { {}, {}, {}, g->targetDate, u"once"_s, {}, false }, false };
        edited();
    }
}

void ProgrammeBuilderController::removeMeasure(int need, int goal, int measure)
{
    if (DraftMeasure *m = measureAt(need, goal, measure)) {
        m->removed = true;
        edited();
    }
}

QString ProgrammeBuilderController::describe(const Error &error, const ProgrammeDraft &draft)
{
    switch (error.code) {
    case Error::Forbidden: return tr("Your role may not draft or submit programmes for this person.");
    case Error::InvalidTransition:
        return tr("The programme can no longer be changed: it has been submitted or approved. Revise it instead.");
    case Error::Conflict:
        return error.field == u"personId" ? tr("This person already has a programme in progress. Revise it to change the plan.")
                                          : tr("Someone changed this programme meanwhile. Open it again and repeat your change.");
    case Error::Invalid: break;
    default: return tr("The programme could not be saved. Try again in a moment.");
    }
    if (error.field == u"needs")
        return tr("Assess at least one need above \"No need\" and give it a goal with a measure before submitting.");
    if (error.field == u"personCategory")
        return tr("There is no programme template for this person's category.");
    static const QRegularExpression path(
        uR"(^needs\[(\d+)\](?:\.goals\[(\d+)\])?(?:\.measures\[(\d+)\])?(?:\.(\w+))?$)"_s);
    const auto m = path.match(error.field);
    if (!m.hasMatch())
        return tr("Some entries are missing or not valid. Check the plan and try again.");
    const int need = m.captured(1).toInt();
    QStringList place { need < draft.needs.size() ? draft.needs.at(need).domainLabel : QString::number(need + 1) };
    if (!m.captured(2).isEmpty())
        place << tr("goal %1").arg(m.captured(2).toInt() + 1);
    if (!m.captured(3).isEmpty())
        place << tr("measure %1").arg(m.captured(3).toInt() + 1);
    return tr("%1: the %2 is missing or not valid.", "%1 names the place in the plan, %2 the field")
        .arg(place.join(u", "_s), fieldWords(m.captured(4)));
}

} // namespace Qadam
