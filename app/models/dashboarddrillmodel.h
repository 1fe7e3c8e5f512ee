#pragma once

#include "caseloadrecords.h"
#include "dashboarddata.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * The people behind one dashboard figure — one value (`row`, `series`) of the chart `figure` of
 * the DashboardData snapshot, the very ids the core counted (DashboardQueries keeps them inside
 * the reader's scope). Names in both scripts, their categories; never an IIN. Names are read on
 * the store thread; rows sorted by name. Opening one goes to `targetPage` (the person page, which
 * audits the read; the review page for the reviews figure). GUI thread.
 *
 *     DashboardDrillModel { source: dashboard; figure: "overdue"; row: 0; series: 0 }
 *
 * Roles: personId, name (the UI language's script), otherName (the other script), detailText.
 */
class DashboardDrillModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DashboardData *source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(QString figure READ figure WRITE setFigure NOTIFY selectionChanged)
    Q_PROPERTY(int row READ row WRITE setRow NOTIFY selectionChanged)
    Q_PROPERTY(int series READ series WRITE setSeries NOTIFY selectionChanged)
    /** What the people have in common ("Overdue: Police registration"); empty when nothing is chosen. */
    Q_PROPERTY(QString title READ title NOTIFY contentChanged)
    /** The figure's own number (it may count appearances or alerts rather than people). */
    Q_PROPERTY(QString figureText READ figureText NOTIFY contentChanged)
    Q_PROPERTY(QString targetPage READ targetPage NOTIFY selectionChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY contentChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY contentChanged)

public:
    enum Roles { PersonIdRole = Qt::UserRole + 1, NameRole, OtherNameRole, DetailTextRole };
    Q_ENUM(Roles)

    explicit DashboardDrillModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] DashboardData *source() const { return m_source; }
    void setSource(DashboardData *source);
    [[nodiscard]] QString figure() const { return m_figure; }
    void setFigure(const QString &figure);
    [[nodiscard]] int row() const { return m_row; }
    void setRow(int row);
    [[nodiscard]] int series() const { return m_series; }
    void setSeries(int series);
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString figureText() const { return m_figureText; }
    [[nodiscard]] QString targetPage() const;
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /** The person id in `row` of this list; empty outside it. */
    Q_INVOKABLE QString personIdAt(int row) const;
    /** Chooses a figure value at once (one load instead of three). */
    Q_INVOKABLE void show(const QString &figure, int row, int series);
    /** Nothing chosen: an empty list. */
    Q_INVOKABLE void clear();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void sourceChanged();
    void selectionChanged();
    void contentChanged();
    void loadingChanged();

private:
    void apply(Result<QHash<QString, PersonSummary>> people, const QStringList &ids, int generation);
    void setLoading(bool loading);

    QPointer<DashboardData> m_source;
    QString m_figure;
    int m_row = -1;
    int m_series = 0;
    QString m_title;
    QString m_figureText;
    QString m_errorText;
    bool m_loading = false;
    int m_generation = 0; ///< a newer selection drops an older load's result
    QList<PersonSummary> m_rows;
};

} // namespace Qadam
