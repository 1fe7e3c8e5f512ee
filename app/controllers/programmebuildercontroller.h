#pragma once

#include "programmedraft.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// moc needs the full type for the pointer properties; which header comes first in the one
// mocs_compilation unit depends on the folder listing, so say it here.
Q_MOC_INCLUDE("programmedraftmodel.h")
Q_MOC_INCLUDE("providerchoicemodel.h")

namespace Qadam {

class ProgrammeDraftModel;
class ProviderChoiceModel;

/**
 * The guided programme builder (PEC Art. 172 part 7), step by step:
 *   0 Assess   — every need domain with a severity and the officer's words;
 *   1 Suggest  — the templates' goals and measures for the needs above "none" (keep or drop each);
 *   2 Edit     — goal texts and target dates, measures' type, due date, frequency and provider (an
 *                organisation or a counsellor of the local directory); add, remove;
 *   3 Submit   — the draft is saved; submit sends it to the supervisor.
 * Moving on asks core each time (suggest validates the assessment, save validates the plan); the
 * working copy stays in memory, so going back never loses an edit, and from step 2 on it is saved
 * as the draft programme through core. Errors arrive translated through failed() and errorText.
 * GUI thread; core work on the store thread.
 */
class ProgrammeBuilderController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
    Q_PROPERTY(int step READ step NOTIFY stepChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY draftChanged) ///< opened; the steps may be shown
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString blocker READ blocker NOTIFY draftChanged) ///< why nothing can be drafted now
    Q_PROPERTY(QString programmeId READ programmeId NOTIFY draftChanged) ///< the saved draft, if any
    Q_PROPERTY(bool submitted READ submitted NOTIFY submittedChanged)
    Q_PROPERTY(int goalCount READ goalCount NOTIFY draftChanged)
    Q_PROPERTY(int measureCount READ measureCount NOTIFY draftChanged)
    Q_PROPERTY(ProgrammeDraftModel *needs READ needs CONSTANT)
    Q_PROPERTY(ProgrammeDraftModel *plan READ plan CONSTANT)
    Q_PROPERTY(QVariantList severities READ severities CONSTANT) ///< [{value, text}]
    Q_PROPERTY(QVariantList frequencies READ frequencies CONSTANT) ///< [{value, text}]
    Q_PROPERTY(QVariantList interventions READ interventions NOTIFY draftChanged) ///< [{value, text}]

public:
    enum Step { Assess = 0, Suggest = 1, Edit = 2, Submit = 3 };
    Q_ENUM(Step)

    explicit ProgrammeBuilderController(QObject *parent = nullptr);

    [[nodiscard]] QString personId() const { return m_personId; }
    void setPersonId(const QString &personId);
    [[nodiscard]] int step() const { return m_step; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool ready() const { return m_ready; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString blocker() const { return m_draft.blocker; }
    [[nodiscard]] QString programmeId() const { return m_draft.programmeId; }
    [[nodiscard]] bool submitted() const { return m_submitted; }
    [[nodiscard]] int goalCount() const { return m_draft.goalCount(); }
    [[nodiscard]] int measureCount() const { return m_draft.measureCount(); }
    [[nodiscard]] ProgrammeDraftModel *needs() const { return m_needs; }
    [[nodiscard]] ProgrammeDraftModel *plan() const { return m_plan; }
    [[nodiscard]] QVariantList severities() const;
    [[nodiscard]] QVariantList frequencies() const;
    [[nodiscard]] QVariantList interventions() const { return m_interventionList; }

    /** Reads the person's draft (or starts a fresh one); called when personId is set. */
    Q_INVOKABLE void open();
    Q_INVOKABLE void setSeverity(int need, const QString &severity);
    Q_INVOKABLE void setAssessment(int need, const QString &text);
    Q_INVOKABLE void setGoalIncluded(int need, int goal, bool included);
    Q_INVOKABLE void setGoalDescription(int need, int goal, const QString &text);
    Q_INVOKABLE void setGoalTarget(int need, int goal, const QString &isoDate);
    Q_INVOKABLE void addGoal(int need);
    Q_INVOKABLE void setMeasureIntervention(int need, int goal, int measure, const QString &code);
    Q_INVOKABLE void setMeasureDue(int need, int goal, int measure, const QString &isoDate);
    Q_INVOKABLE void setMeasureFrequency(int need, int goal, int measure, const QString &frequency);
    /** Who delivers the measure: an organisation (`counsellorId` empty), a counsellor (with their
     *  organisation), or nobody yet (both empty). Core checks the counsellor on save. */
    Q_INVOKABLE void setMeasureProvider(
        int need, int goal, int measure, const QString &organisationId, const QString &counsellorId);
    /** The providers to offer for a measure the templates say `providerKind` usually delivers
     *  (that kind first, then the rest; row 0 is "no provider yet"). One model per kind, owned by
     *  the controller and kept up to date with the local directory. */
    Q_INVOKABLE Qadam::ProviderChoiceModel *providerChoices(const QString &providerKind);
    Q_INVOKABLE void addMeasure(int need, int goal);
    Q_INVOKABLE void removeMeasure(int need, int goal, int measure);
    /** The next step, after core accepted this one. */
    Q_INVOKABLE void next();
    /** The previous step; nothing is lost. */
    Q_INVOKABLE void back();
    Q_INVOKABLE void saveDraft();
    Q_INVOKABLE void submit();

    /** Translated words for a core refusal while building `draft`: which need, goal, measure, field. */
    [[nodiscard]] static QString describe(const Error &error, const ProgrammeDraft &draft);

Q_SIGNALS:
    void personIdChanged();
    void stepChanged();
    void busyChanged();
    void errorTextChanged();
    void draftChanged();
    void submittedChanged();
    void succeeded(const QString &message);
    void failed(const QString &message);

private:
    using Work = std::function<Result<ProgrammeDraft>(CoreContext &)>;
    /** Runs `work` on the store thread; on success takes its draft and goes to `nextStep`. */
    void run(Work work, int nextStep, bool writes, const QString &doneMessage, std::function<void()> after = {});
    void setDraft(const ProgrammeDraft &draft);
    void edited();
    void fail(const QString &message);
    void setBusy(bool busy);
    void setStep(int step);
    [[nodiscard]] DraftGoal *goalAt(int need, int goal);
    [[nodiscard]] DraftMeasure *measureAt(int need, int goal, int measure);

    QString m_personId;
    ProgrammeDraft m_draft;
    ProgrammeDraftModel *m_needs = nullptr;
    ProgrammeDraftModel *m_plan = nullptr;
    QHash<QString, QString> m_interventionLabels;
    QHash<QString, ProviderChoiceModel *> m_providerChoices;
    QVariantList m_interventionList;
    int m_step = Assess;
    bool m_busy = false;
    bool m_ready = false;
    bool m_submitted = false;
    QString m_errorText;
};

} // namespace Qadam
