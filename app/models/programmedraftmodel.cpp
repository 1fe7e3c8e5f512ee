#include "programmedraftmodel.h"

#include "personlabels.h"

using namespace Qt::StringLiterals;

namespace Qadam {

ProgrammeDraftModel::ProgrammeDraftModel(View view, QObject *parent)
    : QAbstractListModel(parent)
    , m_view(view)
{ }

int ProgrammeDraftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QList<ProgrammeDraftModel::Row> ProgrammeDraftModel::rowsFor(const ProgrammeDraft &draft) const
{
    QList<Row> rows;
    for (int n = 0; n < draft.needs.size(); ++n) {
        const DraftNeed &need = draft.needs.at(n);
        if (m_view == View::Needs) {
            rows << Row { u"need"_s, n };
            continue;
        }
        if (need.severity == u"none")
            continue;
        rows << Row { u"need"_s, n };
        for (int g = 0; g < need.goals.size(); ++g) {
            rows << Row { u"goal"_s, n, g };
            for (int m = 0; m < need.goals.at(g).measures.size(); ++m)
                if (!need.goals.at(g).measures.at(m).removed)
                    rows << Row { u"measure"_s, n, g, m };
        }
    }
    return rows;
}

void ProgrammeDraftModel::setDraft(const ProgrammeDraft &draft, const QHash<QString, QString> &interventionLabels)
{
    const QList<Row> rows = rowsFor(draft);
    bool sameShape = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i) {
        const Row &a = rows.at(i), &b = m_rows.at(i);
        sameShape = a.kind == b.kind && a.need == b.need && a.goal == b.goal && a.measure == b.measure;
    }
    m_interventions = interventionLabels;
    if (sameShape) {
        m_draft = draft;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_draft = draft;
    m_rows = rows;
    endResetModel();
    Q_EMIT countChanged();
}

QVariant ProgrammeDraftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const DraftNeed &need = m_draft.needs.at(row.need);
    const DraftGoal *goal = row.goal >= 0 ? &need.goals.at(row.goal) : nullptr;
    const DraftMeasure *measure = goal && row.measure >= 0 ? &goal->measures.at(row.measure) : nullptr;
    switch (role) {
    case KindRole: return row.kind;
    case NeedIndexRole: return row.need;
    case GoalIndexRole: return row.goal;
    case MeasureIndexRole: return row.measure;
    case Qt::DisplayRole:
    case TitleRole:
        return measure ? m_interventions.value(measure->plan.interventionCode, measure->plan.interventionCode)
            : goal     ? goal->description
                       : need.domainLabel;
    case SeverityRole: return need.severity;
    case SeverityTextRole: return PersonLabels::enumText(QString(), u"severity"_s, need.severity);
    case AssessmentRole: return need.assessment;
    case DateRole:
        return measure ? measure->plan.dueOn.toString(Qt::ISODate) : goal ? goal->targetDate.toString(Qt::ISODate) : QString();
    case InterventionRole: return measure ? measure->plan.interventionCode : QString();
    case FrequencyRole: return measure ? measure->plan.frequency : QString();
    case FrequencyTextRole:
        return measure ? PersonLabels::enumText(QString(), u"frequency"_s, measure->plan.frequency) : QString();
    case IncludedRole: return goal ? !goal->removed : true;
    case DomainRole: return need.domainCode;
    case ProviderKindRole: return measure ? measure->plan.providerKind : QString();
    case ProviderOrganisationRole: return measure ? measure->plan.providerOrganisationId : QString();
    case ProviderCounsellorRole: return measure ? measure->plan.providerCounsellorId : QString();
    case StoredRole: return measure ? !measure->id.isEmpty() : goal ? !goal->id.isEmpty() : !need.id.isEmpty();
    default: return {};
    }
}

QHash<int, QByteArray> ProgrammeDraftModel::roleNames() const
{
    return { { KindRole, "kind" }, { NeedIndexRole, "needIndex" }, { GoalIndexRole, "goalIndex" },
        { MeasureIndexRole, "measureIndex" }, { TitleRole, "title" }, { SeverityRole, "severity" },
        { SeverityTextRole, "severityText" }, { AssessmentRole, "assessment" }, { DateRole, "date" },
        { InterventionRole, "interventionCode" }, { FrequencyRole, "frequency" },
        { FrequencyTextRole, "frequencyText" }, { IncludedRole, "included" }, { StoredRole, "stored" },
        { DomainRole, "domainCode" }, { ProviderKindRole, "providerKind" },
        { ProviderOrganisationRole, "providerOrganisationId" }, { ProviderCounsellorRole, "providerCounsellorId" } };
}

} // namespace Qadam
