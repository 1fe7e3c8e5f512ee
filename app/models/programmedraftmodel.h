#pragma once

#include "programmedraft.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * A view of the programme builder's working copy (ProgrammeDraft) for the builder's steps:
 *   Needs — one row per need domain with its assessment (step 1);
 *   Plan  — the needs assessed above "none", each followed by its goals and their measures
 *           (steps 2–4), with indices the controller's intents take.
 * Owned and fed by ProgrammeBuilderController; holds a copy of the draft. GUI thread.
 */
class ProgrammeDraftModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by ProgrammeBuilderController")
    Q_PROPERTY(int count READ countProperty NOTIFY countChanged)

public:
    enum class View { Needs, Plan };
    enum Roles {
        KindRole = Qt::UserRole + 1, ///< "need", "goal", "measure"
        NeedIndexRole,
        GoalIndexRole,
        MeasureIndexRole,
        TitleRole, ///< domain label, goal text, intervention label
        SeverityRole,
        SeverityTextRole,
        AssessmentRole,
        DateRole, ///< yyyy-MM-dd: goal target, measure due date
        InterventionRole,
        FrequencyRole,
        FrequencyTextRole,
        IncludedRole, ///< goals: kept in the plan
        StoredRole, ///< saved in the draft programme
        DomainRole, ///< need_domain code
        ProviderKindRole, ///< measures: the Organisation.kind that usually delivers it (templates' hint)
        ProviderOrganisationRole, ///< measures: the chosen provider organisation's id, or empty
        ProviderCounsellorRole, ///< measures: the chosen counsellor's id, or empty
    };
    Q_ENUM(Roles)

    explicit ProgrammeDraftModel(View view, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int countProperty() const { return int(m_rows.size()); }

    /** Shows `draft`; granular dataChanged when only values changed, a reset when rows did. */
    void setDraft(const ProgrammeDraft &draft, const QHash<QString, QString> &interventionLabels);

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString kind;
        int need = -1;
        int goal = -1;
        int measure = -1;
    };
    [[nodiscard]] QList<Row> rowsFor(const ProgrammeDraft &draft) const;

    View m_view;
    ProgrammeDraft m_draft;
    QHash<QString, QString> m_interventions;
    QList<Row> m_rows;
};

} // namespace Qadam
