#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace Qadam {

/**
 * Replaces `rows` of `model` with `next` through granular signals (rowsRemoved, rowsInserted,
 * dataChanged), never a reset: a resolved conflict or a discarded change leaves its row alone and
 * the list keeps its scroll position. Rows are matched by `key(row)`; both lists keep the order
 * the store gives (oldest first), so the walk is linear. `Model` exposes the protected
 * begin/end helpers to this function through public wrappers (ListDiffAccess).
 */
template <typename Model, typename Row, typename Key, typename Same>
void replaceRows(Model &model, QList<Row> &rows, QList<Row> next, Key key, Same same)
{
    QSet<decltype(key(next.constFirst()))> wanted;
    for (const Row &r : next)
        wanted.insert(key(r));
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        if (wanted.contains(key(rows.at(i))))
            continue;
        model.diffBeginRemove(int(i));
        rows.removeAt(i);
        model.diffEndRemove();
    }
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (i < rows.size() && key(rows.at(i)) == key(next.at(i))) {
            if (!same(rows.at(i), next.at(i))) {
                rows[i] = next.at(i);
                model.diffChanged(int(i));
            }
            continue;
        }
        // A row of `next` not at this position: it is new (or moved; both are an insert here,
        // and the stale copy further down is removed below).
        model.diffBeginInsert(int(i));
        rows.insert(i, next.at(i));
        model.diffEndInsert();
    }
    while (rows.size() > next.size()) {
        model.diffBeginRemove(int(rows.size() - 1));
        rows.removeLast();
        model.diffEndRemove();
    }
}

/** Mix-in giving replaceRows() access to a list model's protected change notifications. */
class ListDiffAccess : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;
    void diffBeginRemove(int row) { beginRemoveRows({}, row, row); }
    void diffEndRemove() { endRemoveRows(); }
    void diffBeginInsert(int row) { beginInsertRows({}, row, row); }
    void diffEndInsert() { endInsertRows(); }
    void diffChanged(int row) { Q_EMIT dataChanged(index(row), index(row)); }
};

} // namespace Qadam
