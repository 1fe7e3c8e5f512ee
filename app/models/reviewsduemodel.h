#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * The supervisor's "reviews due" queue: the people in their scope (CaseScope: their unit's or
 * region's cases, each confirmed by core's access rule) whose progress review is due today or
 * earlier (core's ReviewSchedule), the longest overdue first. A row says since when it is due, the
 * period of the last signed review, and whether a written review awaits the sign-off; opening it
 * leads to the person's review. Empty for other roles. Loads on the store thread; reloads on
 * Session.dataChanged, so a person leaves the list as soon as the sign-off schedules their next
 * review. GUI thread.
 */
class ReviewsDueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        PersonIdRole = Qt::UserRole + 1,
        PersonNameRole,
        DueOnRole,         ///< ISO date
        DueTextRole,       ///< "Due since 30.06.2026" / "Due today"
        DaysOverdueRole,
        LastReviewTextRole, ///< "Last signed review: 01.01.2026 – 31.03.2026" or "No signed review yet"
        OpenReviewIdRole,  ///< a written review awaiting sign-off, or ""
        StatusTextRole,    ///< "Awaiting sign-off" / "Not started"
    };
    Q_ENUM(Roles)

    struct Row
    {
        QString personId, personName, dueText, lastReviewText, openReviewId, statusText;
        QDate dueOn;
        int daysOverdue = 0;
    };

    explicit ReviewsDueModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    /** The row of `personId`, or -1. */
    Q_INVOKABLE int rowOf(const QString &personId) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loadingChanged();
    void errorTextChanged();
    void countChanged();

private:
    void apply(QList<Row> rows, const QString &error);

    bool m_loading = false;
    bool m_pending = false;
    QString m_errorText;
    QList<Row> m_rows;
};

} // namespace Qadam
