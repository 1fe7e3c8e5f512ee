#include "todaymodel.h"

#include "appsession.h"
#include "storeworker.h"

#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

QSet<QString> keysOf(const QList<TodayRow> &rows)
{
    QSet<QString> keys;
    for (const TodayRow &r : rows)
        keys.insert(r.key());
    return keys;
}

} // namespace

TodayModel::TodayModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppSession *session = AppSession::instance()) {
        connect(session, &AppSession::dataChanged, this, &TodayModel::reload);
        connect(session, &AppSession::languageChanged, this, &TodayModel::reload);
        connect(session, &AppSession::stateChanged, this, &TodayModel::reload);
    }
    reload();
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TodayRow &r = m_rows.at(index.row());
    switch (role) {
    case SectionRole: return int(r.section);
    case SectionLabelRole: return TodayRows::sectionLabel(r.section, countOf(r.section));
    case KindRole: return r.kind;
    case PersonIdRole: return r.personId;
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case AltNameRole: return r.altName;
    case TitleRole: return r.title;
    case DetailRole: return r.detail;
    case StatusTextRole: return r.statusText;
    case UrgentRole: return r.urgent;
    case OrderIdRole: return r.orderId;
    case ChannelRole: return r.channel;
    case DueOnRole: return r.dueOn.toString(Qt::ISODate);
    case CanAttendRole: return r.canAttend;
    case CanMissRole: return r.canMiss;
    case CanExcuseRole: return r.canExcuse;
    case RecordIdRole: return r.recordId;
    case PageRole: return r.page;
    default: return {};
    }
}

QHash<int, QByteArray> TodayModel::roleNames() const
{
    return {
        { SectionRole, "section" },
        { SectionLabelRole, "sectionLabel" },
        { PageRole, "openPage" },
        { KindRole, "kind" },
        { PersonIdRole, "personId" },
        { NameRole, "name" },
        { AltNameRole, "altName" },
        { TitleRole, "title" },
        { DetailRole, "detail" },
        { StatusTextRole, "statusText" },
        { UrgentRole, "urgent" },
        { OrderIdRole, "orderId" },
        { ChannelRole, "channel" },
        { DueOnRole, "dueOn" },
        { CanAttendRole, "canAttend" },
        { CanMissRole, "canMiss" },
        { CanExcuseRole, "canExcuse" },
        { RecordIdRole, "recordId" },
    };
}

int TodayModel::indexOfAppearance(const QString &personId, const QString &channel) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).kind == u"appearance" && m_rows.at(i).personId == personId
            && m_rows.at(i).channel == channel)
            return int(i);
    return -1;
}

int TodayModel::countOf(TodayRow::Section section) const
{
    return m_counts.value(int(section));
}

void TodayModel::reload()
{
    AppSession *session = AppSession::instance();
    if (!session || session->state() != AppSession::State::Unlocked)
        return;
    if (m_loading) {
        m_reloadAgain = true; // one more pass once this one lands: it may predate the change
        return;
    }
    setLoading(true);
    const QString language = session->language();
    session->worker()->post(this, [language](CoreContext &ctx) { return TodayRows::load(ctx, language); },
        [this](Result<QList<TodayRow>> loaded) { apply(std::move(loaded)); });
}

void TodayModel::apply(Result<QList<TodayRow>> loaded)
{
    const QString error = loaded.ok() ? QString() : tr("Today's list could not be loaded. Try again.");
    if (loaded.ok())
        merge(loaded.value());
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
    setLoading(false);
    if (std::exchange(m_reloadAgain, false))
        reload();
}

/** Removes rows that went, inserts rows that came, updates the rest: a recorded appearance
 *  removes one row instead of resetting the list (and the view's scroll position). */
void TodayModel::merge(const QList<TodayRow> &rows)
{
    const QSet<QString> incoming = keysOf(rows);
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (incoming.contains(m_rows.at(i).key()))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
    const QSet<QString> kept = keysOf(m_rows);
    QStringList keptOrder;
    for (const TodayRow &r : rows)
        if (kept.contains(r.key()))
            keptOrder << r.key();
    QStringList currentOrder;
    for (const TodayRow &r : std::as_const(m_rows))
        currentOrder << r.key();
    m_counts.clear();
    for (const TodayRow &r : rows)
        ++m_counts[int(r.section)];
    if (keptOrder != currentOrder) { // reordered: a reset is the honest signal
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i < m_rows.size() && m_rows.at(i).key() == rows.at(i).key()) {
                m_rows[i] = rows.at(i);
                continue;
            }
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, rows.at(i));
            endInsertRows();
        }
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
    Q_EMIT countsChanged();
}

void TodayModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace Qadam
