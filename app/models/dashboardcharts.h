#pragma once

#include "reporting/dashboardqueries.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Qadam {

/**
 * One figure of the dashboard as the page draws it: categories (bars, slices, months), one or
 * more series of values over them, each value with the people behind it (the drill-down), the
 * headline number and the whole figure in words for screen readers. Made from the core's
 * DashboardFigures by DashboardCharts::make(); translated, so made on the GUI thread.
 */
struct DashboardChart
{
    struct Series
    {
        QString key;            ///< stable code ("police", "referred", "count", …)
        QString name;           ///< translated, the legend's and the table heading's text
        QList<double> values;   ///< one per category
        QStringList valueTexts; ///< the values as the table shows them ("12", "87 %", "—")
        QList<Tally> tallies;   ///< the people behind each value
    };

    QString figure;
    QStringList categoryKeys;
    QStringList categories;     ///< translated labels, one per category
    QList<Series> series;
    bool percent = false;       ///< values are percentages (0–100)
    qint64 total = 0;
    QString totalText;          ///< the headline ("42", "87 %")
    QString summaryText;        ///< every value in words

    [[nodiscard]] int count() const { return int(categories.size()); }
    /** The people behind one value; null outside the chart. */
    [[nodiscard]] const Tally *tally(int row, int series) const;
    /** What the people behind one value have in common ("Overdue: Registration with the police"). */
    [[nodiscard]] QString drillTitle(int row, int series) const;
    [[nodiscard]] double maxValue() const;
};

/** Builds the dashboard's charts from DashboardFigures. Pure: no store, no session. */
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    /** The figures the page shows, by key: caseloadByOfficer, caseloadByRegion, caseloadByCategory,
     *  compliance, overdue, programmeProgress, referrals, alerts, reviews. */
    [[nodiscard]] static const QStringList &figureKeys();
    /** The chart of `figure`; an empty chart (figure empty too) for an unknown key. Month names
     *  in `language`. */
    [[nodiscard]] static DashboardChart make(const DashboardFigures &figures, const QString &figure,
        const QString &language);

private:
    [[nodiscard]] static DashboardChart buckets(const QList<DashboardBucket> &buckets, const QString &seriesName,
        const std::function<QString(const DashboardBucket &)> &label);
    [[nodiscard]] static DashboardChart caseload(const DashboardFigures &f, const QString &figure);
    [[nodiscard]] static DashboardChart compliance(const DashboardFigures &f, const QString &language);
    [[nodiscard]] static DashboardChart overdue(const DashboardFigures &f);
    [[nodiscard]] static DashboardChart progress(const DashboardFigures &f);
    [[nodiscard]] static DashboardChart referrals(const DashboardFigures &f);
    [[nodiscard]] static DashboardChart alerts(const DashboardFigures &f);
    [[nodiscard]] static DashboardChart reviews(const DashboardFigures &f);
    static void finish(DashboardChart &chart);
};

} // namespace Qadam
