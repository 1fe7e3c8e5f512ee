#include "dashboarddrillmodel.h"

#include "appsession.h"
#include "dashboardcharts.h"
#include "dashboarddata.h"
#include "storeworker.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam {

DashboardDrillModel::DashboardDrillModel(QObject *parent)
    : QAbstractListModel(parent)
{
    if (AppSession *session = AppSession::instance())
        connect(session, &AppSession::languageChanged, this, &DashboardDrillModel::reload);
}

void DashboardDrillModel::setSource(DashboardData *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &DashboardData::figuresChanged, this, &DashboardDrillModel::reload);
    Q_EMIT sourceChanged();
    reload();
}

void DashboardDrillModel::setFigure(const QString &figure) { show(figure, m_row, m_series); }
void DashboardDrillModel::setRow(int row) { show(m_figure, row, m_series); }
void DashboardDrillModel::setSeries(int series) { show(m_figure, m_row, series); }
void DashboardDrillModel::clear() { show(QString(), -1, 0); }

void DashboardDrillModel::show(const QString &figure, int row, int series)
{
    if (figure == m_figure && row == m_row && series == m_series)
        return;
    m_figure = figure;
    m_row = row;
    m_series = series;
    Q_EMIT selectionChanged();
    reload();
}

QString DashboardDrillModel::targetPage() const
{
    return m_figure == u"reviews" ? u"ReviewPage"_s : u"PersonPage"_s;
}

void DashboardDrillModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void DashboardDrillModel::reload()
{
    const int generation = ++m_generation;
    const auto figures = m_source ? m_source->figures() : nullptr;
    const DashboardChart chart = figures && !m_figure.isEmpty()
        ? DashboardCharts::make(*figures, m_figure, m_source->language()) : DashboardChart();
    const Tally *tally = chart.tally(m_row, m_series);
    m_title = tally ? chart.drillTitle(m_row, m_series) : QString();
    m_figureText = tally ? chart.series.at(m_series).valueTexts.at(m_row) : QString();
    m_errorText.clear();
    AppSession *session = AppSession::instance();
    if (!tally || tally->personIds.isEmpty() || !session || session->state() != AppSession::State::Unlocked) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        setLoading(false);
        Q_EMIT contentChanged();
        return;
    }
    setLoading(true);
    Q_EMIT contentChanged(); // the title now, the names when they are read
    const QStringList ids = tally->personIds;
    session->worker()->post(
        this,
        [ids, language = session->language()](CoreContext &ctx) {
            return CaseloadRecords::people(ctx.db, QSet<QString>(ids.cbegin(), ids.cend()), language);
        },
        [this, ids, generation](Result<QHash<QString, PersonSummary>> people) {
            apply(std::move(people), ids, generation);
        });
}

void DashboardDrillModel::apply(Result<QHash<QString, PersonSummary>> people, const QStringList &ids, int generation)
{
    if (generation != m_generation)
        return; // another figure was chosen meanwhile; its own load follows
    setLoading(false);
    QList<PersonSummary> rows;
    if (people.ok()) {
        for (const QString &id : ids)
            if (people.value().contains(id))
                rows << people.value().value(id);
        std::sort(rows.begin(), rows.end(), [](const PersonSummary &a, const PersonSummary &b) {
            const int c = QString::localeAwareCompare(a.primaryName, b.primaryName);
            return c != 0 ? c < 0 : a.id < b.id;
        });
    } else {
        //: The list of people behind a dashboard figure could not be read
        m_errorText = tr("The people behind this figure could not be read from this device's store.");
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT contentChanged();
}

int DashboardDrillModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DashboardDrillModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonSummary &p = m_rows.at(index.row());
    switch (role) {
    case PersonIdRole: return p.id;
    case Qt::DisplayRole:
    case NameRole: return p.primaryName;
    case OtherNameRole: return p.secondaryName;
    case DetailTextRole: {
        QStringList categories;
        for (const QString &c : p.categories)
            categories << CaseloadRecords::categoryLabel(c);
        return categories.join(u", "_s);
    }
    default: return {};
    }
}

QHash<int, QByteArray> DashboardDrillModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {PersonIdRole, "personId"}, {NameRole, "name"},
            {OtherNameRole, "otherName"}, {DetailTextRole, "detailText"}};
}

QString DashboardDrillModel::personIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace Qadam
