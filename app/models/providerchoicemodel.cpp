#include "providerchoicemodel.h"

using namespace Qt::StringLiterals;

namespace Qadam {

ProviderChoiceModel::ProviderChoiceModel(const QString &preferredKind, QObject *parent)
    : QAbstractListModel(parent)
    , m_preferredKind(preferredKind)
{
    m_rows << Row {}; // "no provider yet"
}

int ProviderChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProviderChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ProviderCandidate &c = row.candidate;
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        if (index.row() == 0)
            //: The first choice of a measure's provider: none chosen yet
            return tr("No provider yet");
        //: A provider of the kind that usually delivers this measure; %1 its name
        return row.preferred ? tr("%1 (usual provider)").arg(c.label) : c.label;
    case OrganisationIdRole: return c.organisationId;
    case CounsellorIdRole: return c.counsellorId;
    case KindRole: return c.kind;
    case PreferredRole: return row.preferred;
    default: return {};
    }
}

QHash<int, QByteArray> ProviderChoiceModel::roleNames() const
{
    return { { LabelRole, "label" }, { OrganisationIdRole, "organisationId" }, { CounsellorIdRole, "counsellorId" },
        { KindRole, "kind" }, { PreferredRole, "preferred" } };
}

void ProviderChoiceModel::setCandidates(const QList<ProviderCandidate> &candidates)
{
    if (candidates == m_candidates)
        return;
    const int before = int(m_rows.size());
    beginResetModel();
    m_candidates = candidates;
    m_rows = { Row {} };
    const bool anyPreferred = !m_preferredKind.isEmpty();
    for (const ProviderCandidate &c : candidates)
        if (anyPreferred && c.kind == m_preferredKind)
            m_rows << Row { c, true };
    for (const ProviderCandidate &c : candidates)
        if (!anyPreferred || c.kind != m_preferredKind)
            m_rows << Row { c, false };
    endResetModel();
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

int ProviderChoiceModel::indexOf(const QString &organisationId, const QString &counsellorId) const
{
    if (organisationId.isEmpty() && counsellorId.isEmpty())
        return 0;
    for (qsizetype i = 1; i < m_rows.size(); ++i) {
        const ProviderCandidate &c = m_rows.at(i).candidate;
        // A counsellor is named by their id; an organisation as a whole has no counsellor.
        if (counsellorId.isEmpty() ? (c.counsellorId.isEmpty() && c.organisationId == organisationId)
                                   : c.counsellorId == counsellorId)
            return int(i);
    }
    return -1;
}

QString ProviderChoiceModel::organisationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).candidate.organisationId : QString();
}

QString ProviderChoiceModel::counsellorIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).candidate.counsellorId : QString();
}

} // namespace Qadam
