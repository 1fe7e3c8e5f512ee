#pragma once

#include "dashboardfilters.h"
#include "reporting/dashboardqueries.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace Qadam {

/**
 * The figures of the supervisor's dashboard for the current filters: one DashboardQueries::
 * figures() call on the store thread (one scope resolution for every chart), kept as an
 * immutable snapshot the chart and drill-down models read. Reloads when the filters change,
 * when records change (Session.dataChanged) and when the language changes; a reload asked for
 * while one runs is done once it returns. GUI thread.
 *
 *     DashboardData { id: dashboard; filters: filters }
 *     DashboardChartModel { source: dashboard; figure: "alerts" }
 */
class DashboardData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DashboardFilters *filters READ filters WRITE setFilters NOTIFY filtersChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    /** Counts the snapshots loaded; changes with every new one. */
    Q_PROPERTY(int revision READ revision NOTIFY figuresChanged)

public:
    explicit DashboardData(QObject *parent = nullptr);

    [[nodiscard]] DashboardFilters *filters() const { return m_filters; }
    void setFilters(DashboardFilters *filters);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] int revision() const { return m_revision; }
    /** The latest snapshot; null before the first load. */
    [[nodiscard]] std::shared_ptr<const DashboardFigures> figures() const { return m_figures; }
    /** The language the snapshot's store labels are in. */
    [[nodiscard]] QString language() const { return m_language; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void filtersChanged();
    void loadingChanged();
    void errorTextChanged();
    void figuresChanged();

private:
    void apply(Result<DashboardFigures> figures, const QString &language);
    void setLoading(bool loading);

    QPointer<DashboardFilters> m_filters;
    std::shared_ptr<const DashboardFigures> m_figures;
    QString m_language;
    QString m_errorText;
    bool m_loading = false;
    bool m_pending = false;
    bool m_started = false; ///< the first event loop turn after construction has come
    int m_revision = 0;
};

} // namespace Qadam
