#include "caseloadmodel.h"

#include "appsession.h"
#include "storeworker.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

/** Keystrokes closer than this make one query. */
constexpr int kDefaultDebounceMs = 150;

/** Whether `positions` name the same people in both snapshots. */
bool sameIds(const CaseloadSnapshot &a, const CaseloadSnapshot &b, const QList<int> &positions)
{
    for (int i : positions)
        if (i >= a.entries.size() || i >= b.entries.size() || a.entries.at(i).id != b.entries.at(i).id)
            return false;
    return true;
}

} // namespace

CaseloadModel::CaseloadModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CaseloadModel::runQuery);
    if (AppSession *session = AppSession::instance()) {
        connect(session, &AppSession::dataChanged, this, &CaseloadModel::reload);
        connect(session, &AppSession::languageChanged, this, &CaseloadModel::reload);
        connect(session, &AppSession::stateChanged, this, &CaseloadModel::reload);
    }
    reload();
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

const CaseloadEntry &CaseloadModel::entryAt(int row) const
{
    return m_shown->entries.at(m_matches.at(row));
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseloadEntry &e = entryAt(index.row());
    switch (role) {
    case PersonIdRole: return e.id;
    case Qt::DisplayRole:
    case NameRole: return e.name;
    case AltNameRole: return e.altName;
    case CategoryTextRole: return e.categoryText;
    case StatusTextRole: return e.caseStatusText;
    case RegionTextRole: return e.regionText;
    case NextDueTextRole: return e.nextDueText;
    case NextDueRole: return e.nextDue.toString(Qt::ISODate);
    case OverdueRole: return e.overdue;
    case PriorityRole: return int(e.priority);
    case PriorityTextRole: return CaseloadSnapshots::priorityText(e.priority);
    case OpenAlertsRole: return e.openAlerts;
    default: return {};
    }
}

QHash<int, QByteArray> CaseloadModel::roleNames() const
{
    return {
        { PersonIdRole, "personId" },
        { NameRole, "name" },
        { AltNameRole, "altName" },
        { CategoryTextRole, "categoryText" },
        { StatusTextRole, "statusText" },
        { RegionTextRole, "regionText" },
        { NextDueTextRole, "nextDueText" },
        { NextDueRole, "nextDue" },
        { OverdueRole, "overdue" },
        { PriorityRole, "priority" },
        { PriorityTextRole, "priorityText" },
        { OpenAlertsRole, "openAlerts" },
    };
}

bool CaseloadModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_matches.size();
}

void CaseloadModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_pagePending)
        return;
    m_pagePending = true;
    QMetaObject::invokeMethod(this, &CaseloadModel::insertPage, Qt::QueuedConnection);
}

void CaseloadModel::insertPage()
{
    m_pagePending = false;
    const int more = qMin(m_pageSize, int(m_matches.size()) - m_fetched);
    if (more <= 0)
        return;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

void CaseloadModel::setPageSize(int rows)
{
    if (rows < 1 || rows == m_pageSize)
        return;
    m_pageSize = rows;
    Q_EMIT pageSizeChanged();
}

QString CaseloadModel::personIdAt(int row) const
{
    return row >= 0 && row < m_fetched ? entryAt(row).id : QString();
}

void CaseloadModel::setSearchText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    changeQuery(true);
}

void CaseloadModel::setCategory(const QString &category)
{
    if (category == m_query.category)
        return;
    m_query.category = category;
    changeQuery(false);
}

void CaseloadModel::setStatus(const QString &status)
{
    if (status == m_query.status)
        return;
    m_query.status = status;
    changeQuery(false);
}

void CaseloadModel::setRegion(const QString &region)
{
    if (region == m_query.region)
        return;
    m_query.region = region;
    changeQuery(false);
}

void CaseloadModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_query.overdueOnly)
        return;
    m_query.overdueOnly = overdueOnly;
    changeQuery(false);
}

void CaseloadModel::setSortOrder(SortOrder order)
{
    if (CaseloadQuery::Sort(order) == m_query.sort)
        return;
    m_query.sort = CaseloadQuery::Sort(order);
    changeQuery(false);
}

void CaseloadModel::setDebounceMs(int ms)
{
    if (ms == m_debounce.interval())
        return;
    m_debounce.setInterval(qMax(0, ms));
    Q_EMIT debounceMsChanged();
}

QVariantList CaseloadModel::categoryOptions() const
{
    return m_snapshot ? m_snapshot->categoryOptions : QVariantList();
}

QVariantList CaseloadModel::statusOptions() const
{
    return m_snapshot ? m_snapshot->statusOptions : QVariantList();
}

QVariantList CaseloadModel::regionOptions() const
{
    return m_snapshot ? m_snapshot->regionOptions : QVariantList();
}

/** Typing waits for a pause; a filter or sort change runs at once (next event-loop turn). */
void CaseloadModel::changeQuery(bool debounced)
{
    Q_EMIT queryChanged();
    m_debounce.start(debounced ? m_debounce.interval() : 0);
    updateLoading();
}

void CaseloadModel::reload()
{
    AppSession *session = AppSession::instance();
    if (!session || session->state() != AppSession::State::Unlocked)
        return;
    if (m_snapshotLoading) {
        m_reloadAgain = true;
        return;
    }
    m_snapshotLoading = true;
    updateLoading();
    const QString language = session->language();
    session->worker()->post(this,
        [language](CoreContext &ctx) { return CaseloadSnapshots::load(ctx, language); },
        [this](Result<std::shared_ptr<const CaseloadSnapshot>> loaded) { applySnapshot(std::move(loaded)); });
}

void CaseloadModel::applySnapshot(Result<std::shared_ptr<const CaseloadSnapshot>> loaded)
{
    m_snapshotLoading = false;
    if (loaded.ok()) {
        m_snapshot = loaded.value();
        Q_EMIT optionsChanged();
        setError({});
        runQuery();
    } else {
        setError(tr("The caseload could not be loaded. Try again."));
    }
    updateLoading();
    if (std::exchange(m_reloadAgain, false))
        reload();
}

void CaseloadModel::runQuery()
{
    AppSession *session = AppSession::instance();
    m_debounce.stop();
    if (!m_snapshot || !session || session->state() != AppSession::State::Unlocked) {
        updateLoading();
        return; // the snapshot's arrival runs it
    }
    const quint64 generation = ++m_generation;
    m_queryRunning = true;
    updateLoading();
    session->worker()->post(this,
        [snapshot = m_snapshot, query = m_query](CoreContext &ctx) {
            return CaseloadSnapshots::query(ctx.db, *snapshot, query);
        },
        [this, generation, snapshot = m_snapshot](Result<QList<int>> matches) {
            applyMatches(generation, snapshot, std::move(matches));
        });
}

void CaseloadModel::applyMatches(
    quint64 generation, const std::shared_ptr<const CaseloadSnapshot> &snapshot, Result<QList<int>> matches)
{
    if (generation != m_generation)
        return; // a newer query is on its way
    m_queryRunning = false;
    if (!matches.ok()) {
        setError(tr("The search could not be run. Try again."));
    } else if (matches.value() == m_matches && m_fetched > 0
        && sameIds(*snapshot, *m_shown, m_matches)) {
        m_shown = snapshot;
        Q_EMIT dataChanged(index(0), index(m_fetched - 1)); // same people, maybe new dates
    } else {
        beginResetModel();
        m_shown = snapshot;
        m_matches = std::move(matches).value();
        m_fetched = qMin(m_pageSize, int(m_matches.size()));
        endResetModel();
    }
    Q_EMIT resultsChanged();
    updateLoading();
}

void CaseloadModel::updateLoading()
{
    const bool loading = m_snapshotLoading || m_queryRunning || m_debounce.isActive();
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void CaseloadModel::setError(const QString &error)
{
    if (error == m_errorText)
        return;
    m_errorText = error;
    Q_EMIT errorTextChanged();
}

} // namespace Qadam
