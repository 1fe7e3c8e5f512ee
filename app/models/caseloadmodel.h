#pragma once

#include "caseloadsnapshot.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * The Caseload page: everyone the user may open, searched as they type (Cyrillic or Latin, via
 * core NameIndex), filtered by category, case status, region and overdue appearance, sorted by
 * name, next due date or priority (plain wording, never a risk score).
 *
 * Smooth with large caseloads: the people are loaded once per data change on the store thread
 * (CaseloadSnapshots::load); each query (keystrokes debounced by `debounceMs`) runs there too and
 * returns only row positions; rows reach the view a page at a time (canFetchMore/fetchMore, the
 * page inserted on the next event-loop turn, never inside the caller's signal handling), so
 * neither typing nor a 5,000-person caseload blocks the GUI thread. An answer to an older query
 * is dropped.
 *
 * GUI thread. Case data is plain text; never the IIN.
 */
class CaseloadModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY queryChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY queryChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY queryChanged)
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY queryChanged)
    Q_PROPERTY(bool overdueOnly READ overdueOnly WRITE setOverdueOnly NOTIFY queryChanged)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY queryChanged)
    Q_PROPERTY(int debounceMs READ debounceMs WRITE setDebounceMs NOTIFY debounceMsChanged)
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged) ///< rows per fetchMore()
    Q_PROPERTY(int matchCount READ matchCount NOTIFY resultsChanged)   ///< all matches, not just fetched rows
    Q_PROPERTY(int totalCount READ totalCount NOTIFY resultsChanged)   ///< the whole caseload
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QVariantList categoryOptions READ categoryOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList statusOptions READ statusOptions NOTIFY optionsChanged)
    Q_PROPERTY(QVariantList regionOptions READ regionOptions NOTIFY optionsChanged)

public:
    enum class SortOrder { Name, NextDue, Priority };
    Q_ENUM(SortOrder)

    enum Roles {
        PersonIdRole = Qt::UserRole + 1,
        NameRole,
        AltNameRole,
        CategoryTextRole,
        StatusTextRole,
        RegionTextRole,
        NextDueTextRole,
        NextDueRole,
        OverdueRole,
        PriorityRole,
        PriorityTextRole,
        OpenAlertsRole,
    };
    Q_ENUM(Roles)

    static constexpr int kDefaultPageSize = 100;

    explicit CaseloadModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] QString searchText() const { return m_query.text; }
    void setSearchText(const QString &text);
    [[nodiscard]] QString category() const { return m_query.category; }
    void setCategory(const QString &category);
    [[nodiscard]] QString status() const { return m_query.status; }
    void setStatus(const QString &status);
    [[nodiscard]] QString region() const { return m_query.region; }
    void setRegion(const QString &region);
    [[nodiscard]] bool overdueOnly() const { return m_query.overdueOnly; }
    void setOverdueOnly(bool overdueOnly);
    [[nodiscard]] SortOrder sortOrder() const { return SortOrder(m_query.sort); }
    void setSortOrder(SortOrder order);
    [[nodiscard]] int debounceMs() const { return m_debounce.interval(); }
    void setDebounceMs(int ms);
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    [[nodiscard]] int matchCount() const { return int(m_matches.size()); }
    [[nodiscard]] int totalCount() const { return m_shown ? int(m_shown->entries.size()) : 0; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QVariantList categoryOptions() const;
    [[nodiscard]] QVariantList statusOptions() const;
    [[nodiscard]] QVariantList regionOptions() const;

    /** The person id at `row`, empty outside the fetched rows. */
    Q_INVOKABLE QString personIdAt(int row) const;

public Q_SLOTS:
    /** Loads the caseload again (data changed, language changed). */
    void reload();

Q_SIGNALS:
    void queryChanged();
    void debounceMsChanged();
    void pageSizeChanged();
    void resultsChanged();
    void loadingChanged();
    void errorTextChanged();
    void optionsChanged();

private:
    void changeQuery(bool debounced);
    void insertPage();
    void runQuery();
    void applySnapshot(Result<std::shared_ptr<const CaseloadSnapshot>> loaded);
    void applyMatches(quint64 generation, const std::shared_ptr<const CaseloadSnapshot> &snapshot,
        Result<QList<int>> matches);
    void updateLoading();
    void setError(const QString &error);
    [[nodiscard]] const CaseloadEntry &entryAt(int row) const;

    CaseloadQuery m_query;
    QTimer m_debounce;
    std::shared_ptr<const CaseloadSnapshot> m_snapshot; ///< the newest: queries run on it
    std::shared_ptr<const CaseloadSnapshot> m_shown;    ///< the one m_matches indexes
    QList<int> m_matches; ///< positions in m_shown->entries, in display order
    int m_fetched = 0;    ///< rows the view has so far
    int m_pageSize = kDefaultPageSize;
    bool m_pagePending = false; ///< a fetchMore() is queued
    quint64 m_generation = 0; ///< bumped per query; older answers are dropped
    bool m_snapshotLoading = false;
    bool m_queryRunning = false;
    bool m_reloadAgain = false;
    bool m_loading = false;
    QString m_errorText;
};

} // namespace Qadam
