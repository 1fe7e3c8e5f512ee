#pragma once

#include "dashboardcharts.h"
#include "dashboarddata.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * One chart of the supervisor's dashboard (DashboardCharts::make over the DashboardData
 * snapshot): a row per category (bar, slice, month) with its label and its values per series,
 * plus the whole chart as properties for QtCharts (categories, series) and for screen readers
 * (summaryText). Adapts the snapshot on the GUI thread (no store access of its own); follows the
 * source's figuresChanged.
 *
 *     DashboardChartModel { id: alerts; source: dashboard; figure: "alerts" }
 *     // alerts.series: [{key, name, values: [..]}], alerts.categories: ["Urgent", …]
 *
 * Roles: key, label, values (numbers, NaN where there is nothing to show), valueTexts.
 */
class DashboardChartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DashboardData *source READ source WRITE setSource NOTIFY sourceChanged)
    /** One of DashboardCharts::figureKeys(): caseloadByOfficer, compliance, alerts, … */
    Q_PROPERTY(QString figure READ figure WRITE setFigure NOTIFY figureChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY chartChanged)
    Q_PROPERTY(QStringList categories READ categories NOTIFY chartChanged)
    Q_PROPERTY(QStringList categoryKeys READ categoryKeys NOTIFY chartChanged)
    Q_PROPERTY(QVariantList series READ series NOTIFY chartChanged)
    Q_PROPERTY(double maxValue READ maxValue NOTIFY chartChanged)
    Q_PROPERTY(bool percent READ percent NOTIFY chartChanged)
    Q_PROPERTY(int total READ total NOTIFY chartChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY chartChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY chartChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Roles { KeyRole = Qt::UserRole + 1, LabelRole, ValuesRole, ValueTextsRole };
    Q_ENUM(Roles)

    explicit DashboardChartModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] DashboardData *source() const { return m_source; }
    void setSource(DashboardData *source);
    [[nodiscard]] QString figure() const { return m_figure; }
    void setFigure(const QString &figure);
    [[nodiscard]] QStringList categories() const { return m_chart.categories; }
    [[nodiscard]] QStringList categoryKeys() const { return m_chart.categoryKeys; }
    [[nodiscard]] QVariantList series() const;
    [[nodiscard]] double maxValue() const { return m_chart.maxValue(); }
    [[nodiscard]] bool percent() const { return m_chart.percent; }
    [[nodiscard]] int total() const { return int(m_chart.total); }
    [[nodiscard]] QString totalText() const { return m_chart.totalText; }
    [[nodiscard]] QString summaryText() const { return m_chart.summaryText; }
    [[nodiscard]] bool loading() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] const DashboardChart &chart() const { return m_chart; }

    /** The value in `row` of `series` (as drawn): NaN outside the chart. */
    Q_INVOKABLE double valueAt(int row, int series) const;

Q_SIGNALS:
    void sourceChanged();
    void figureChanged();
    void chartChanged();
    void loadingChanged();
    void errorTextChanged();

private:
    void rebuild();

    QPointer<DashboardData> m_source;
    QString m_figure;
    DashboardChart m_chart;
};

} // namespace Qadam
