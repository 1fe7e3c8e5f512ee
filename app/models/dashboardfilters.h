#pragma once

#include "reporting/dashboardqueries.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/** The dashboard's filter values, copied to the store thread with each query. */
struct DashboardChoice
{
    int months = 6;
    QString region;
    QString officer;
    QString category;

    /** The core query filter for `asOf` (the store thread's today): from the first day of the
     *  month `months` − 1 months back, to asOf. */
    [[nodiscard]] DashboardFilter query(const QDate &asOf) const;
    friend bool operator==(const DashboardChoice &, const DashboardChoice &) = default;
};

/**
 * What the supervisor's dashboard is filtered by: the period (the last 3, 6 or 12 months up to
 * today), a region, a case officer and a person category ("" = all), and the choices the filter
 * bar offers — only what lies in the reader's scope (DashboardQueries::choices), loaded on the
 * store thread when made, when records change and when the language changes. GUI thread.
 *
 *     DashboardFilters { id: filters }
 *     ComboBox { model: filters.regionOptions; textRole: "label"; valueRole: "value"
 *                onActivated: filters.region = currentValue }
 *
 * Every option list is [{value, label}], the first entry being "all" (value "").
 */
class DashboardFilters : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int periodMonths READ periodMonths WRITE setPeriodMonths NOTIFY changed)
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY changed)
    Q_PROPERTY(QString officer READ officer WRITE setOfficer NOTIFY changed)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY changed)
    Q_PROPERTY(QVariantList periodOptions READ periodOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList regionOptions READ regionOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList officerOptions READ officerOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList categoryOptions READ categoryOptions NOTIFY optionsChanged)
    /** The filters in words ("Last 6 months · all regions · …"), for headings and exports. */
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY summaryChanged)
    /** The period's first and last day (ISO, today's date on this device), for the exports. */
    Q_PROPERTY(QString fromDate READ fromDate NOTIFY changed)
    Q_PROPERTY(QString toDate READ toDate NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit DashboardFilters(QObject *parent = nullptr);

    [[nodiscard]] int periodMonths() const { return m_choice.months; }
    /** 3, 6 or 12; anything else is refused (kept as it was). */
    void setPeriodMonths(int months);
    [[nodiscard]] QString region() const { return m_choice.region; }
    void setRegion(const QString &region);
    [[nodiscard]] QString officer() const { return m_choice.officer; }
    void setOfficer(const QString &officer);
    [[nodiscard]] QString category() const { return m_choice.category; }
    void setCategory(const QString &category);

    [[nodiscard]] QVariantList periodOptions() const;
    [[nodiscard]] QVariantList regionOptions() const { return m_regions; }
    [[nodiscard]] QVariantList officerOptions() const { return m_officers; }
    [[nodiscard]] QVariantList categoryOptions() const { return m_categories; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString fromDate() const;
    [[nodiscard]] QString toDate() const;
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    [[nodiscard]] const DashboardChoice &choice() const { return m_choice; }

    /** Back to the defaults: 6 months, everything. */
    Q_INVOKABLE void reset();

public Q_SLOTS:
    void reloadOptions();

Q_SIGNALS:
    void changed();
    void optionsChanged();
    void summaryChanged();
    void loadingChanged();
    void errorTextChanged();

private:
    void applyChoices(const Result<DashboardChoices> &choices);
    [[nodiscard]] static QString labelOf(const QVariantList &options, const QString &value);
    void setField(QString &field, const QString &value);

    DashboardChoice m_choice;
    QVariantList m_regions;
    QVariantList m_officers;
    QVariantList m_categories;
    bool m_loading = false;
    QString m_errorText;
};

} // namespace Qadam
