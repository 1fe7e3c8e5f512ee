#pragma once

#include "appsession.h"
#include "storeworker.h"
#include "util/result.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/**
 * Base of the Sync screen's lists (ConflictModel, RejectedChangesModel): `count`, `loading` and
 * `errorText`, reload on Session.dataChanged, and rows replaced through granular signals
 * (rowsRemoved, rowsInserted, dataChanged), never a reset, so a settled row leaves alone and the
 * list keeps its place. GUI thread; the rows are read on the store thread by the subclass's
 * load function.
 */
class ConflictListBase : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit ConflictListBase(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int count() const { return m_count; }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

public Q_SLOTS:
    virtual void reload() = 0;

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void errorTextChanged();

protected:
    /**
     * Reads rows with `load(CoreContext &) -> Result<QList<Row>>` on the store thread, then
     * replaces `rows` by key (`key(row)`; rows whose `same(a, b)` is false get dataChanged).
     * `failure` is shown when the store could not be read. Replies of an older reload are dropped.
     */
    template <typename Row, typename Load, typename Key, typename Same>
    void reloadRows(QList<Row> &rows, Load load, Key key, Same same, const QString &failure)
    {
        AppSession *session = AppSession::instance();
        if (!session || !session->worker()->isAttached())
            return;
        setLoading(true);
        const quint64 generation = ++m_generation;
        session->worker()->post(this, std::move(load), [this, &rows, key, same, failure, generation](Result<QList<Row>> r) {
            if (generation != m_generation)
                return;
            replaceRows(rows, r.ok() ? std::move(r).value() : QList<Row>{}, key, same);
            finish(r.ok() ? QString() : failure);
        });
    }

private:
    template <typename Row, typename Key, typename Same>
    void replaceRows(QList<Row> &rows, QList<Row> next, Key key, Same same)
    {
        QSet<decltype(key(rows.value(0)))> wanted;
        for (const Row &r : next)
            wanted.insert(key(r));
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (!wanted.contains(key(rows.at(i))))
                removeRow(rows, i);
        }
        for (qsizetype i = 0; i < next.size(); ++i) {
            if (i < rows.size() && key(rows.at(i)) == key(next.at(i))) {
                if (!same(rows.at(i), next.at(i))) {
                    rows[i] = next.at(i);
                    Q_EMIT dataChanged(index(int(i)), index(int(i)));
                }
                continue;
            }
            // New here (or moved: the stale copy further down goes with the tail below).
            beginInsertRows({}, int(i), int(i));
            rows.insert(i, next.at(i));
            m_count = int(rows.size());
            endInsertRows();
        }
        while (rows.size() > next.size())
            removeRow(rows, rows.size() - 1);
    }

    template <typename Row>
    void removeRow(QList<Row> &rows, qsizetype i)
    {
        beginRemoveRows({}, int(i), int(i));
        rows.removeAt(i);
        m_count = int(rows.size());
        endRemoveRows();
    }

    void setLoading(bool loading);
    void finish(const QString &error);

    int m_count = 0;          ///< rows.size() of the subclass, kept in step inside begin/end
    bool m_loading = false;
    QString m_errorText;
    quint64 m_generation = 0;
};

} // namespace Qadam
