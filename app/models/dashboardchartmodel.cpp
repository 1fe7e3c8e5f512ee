#include "dashboardchartmodel.h"

#include "dashboarddata.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Qadam {

DashboardChartModel::DashboardChartModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DashboardChartModel::setSource(DashboardData *source)
{
    if (source == m_source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &DashboardData::figuresChanged, this, &DashboardChartModel::rebuild);
        connect(m_source, &DashboardData::loadingChanged, this, &DashboardChartModel::loadingChanged);
        connect(m_source, &DashboardData::errorTextChanged, this, &DashboardChartModel::errorTextChanged);
    }
    Q_EMIT sourceChanged();
    Q_EMIT loadingChanged();
    Q_EMIT errorTextChanged();
    rebuild();
}

void DashboardChartModel::setFigure(const QString &figure)
{
    if (figure == m_figure)
        return;
    m_figure = figure;
    Q_EMIT figureChanged();
    rebuild();
}

bool DashboardChartModel::loading() const { return m_source && m_source->loading(); }

QString DashboardChartModel::errorText() const
{
    if (!m_figure.isEmpty() && !DashboardCharts::figureKeys().contains(m_figure))
        return tr("This dashboard has no figure called \"%1\".").arg(m_figure);
    return m_source ? m_source->errorText() : QString();
}

void DashboardChartModel::rebuild()
{
    // A new snapshot changes every bar: one reset, not a row-by-row diff of a figure of ten rows.
    beginResetModel();
    const auto figures = m_source ? m_source->figures() : nullptr;
    m_chart = figures ? DashboardCharts::make(*figures, m_figure, m_source->language()) : DashboardChart();
    endResetModel();
    Q_EMIT chartChanged();
    Q_EMIT errorTextChanged();
}

int DashboardChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_chart.count();
}

QVariant DashboardChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case KeyRole: return m_chart.categoryKeys.value(row);
    case Qt::DisplayRole:
    case LabelRole: return m_chart.categories.value(row);
    case ValuesRole: {
        QVariantList values;
        for (const DashboardChart::Series &s : m_chart.series)
            values << s.values.value(row);
        return values;
    }
    case ValueTextsRole: {
        QStringList texts;
        for (const DashboardChart::Series &s : m_chart.series)
            texts << s.valueTexts.value(row);
        return texts;
    }
    default: return {};
    }
}

QHash<int, QByteArray> DashboardChartModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {KeyRole, "key"}, {LabelRole, "label"}, {ValuesRole, "values"},
            {ValueTextsRole, "valueTexts"}};
}

QVariantList DashboardChartModel::series() const
{
    QVariantList out;
    for (const DashboardChart::Series &s : m_chart.series) {
        QVariantList values;
        for (double v : s.values)
            values << v;
        out << QVariantMap{{u"key"_s, s.key}, {u"name"_s, s.name}, {u"values"_s, values}};
    }
    return out;
}

double DashboardChartModel::valueAt(int row, int series) const
{
    if (series < 0 || series >= m_chart.series.size())
        return qQNaN();
    return m_chart.series.at(series).values.value(row, qQNaN());
}

} // namespace Qadam
