#include "conflictlistbase.h"

namespace Qadam {

ConflictListBase::ConflictListBase(QObject *parent) : QAbstractListModel(parent)
{
    if (AppSession *session = AppSession::instance())
        connect(session, &AppSession::dataChanged, this, [this] { reload(); });
}

int ConflictListBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

void ConflictListBase::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void ConflictListBase::finish(const QString &error)
{
    if (m_errorText != error) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
    Q_EMIT countChanged();
    setLoading(false);
}

} // namespace Qadam
