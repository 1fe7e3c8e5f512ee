#pragma once

#include "conflictlistdiff.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

struct CoreContext;

/** One change the server refused, in words. */
struct RejectedRow
{
    qint64 deviceSeq = 0;
    QString entity;
    QString entityTitle;  ///< translated record kind
    QString recordId;
    QString personId;
    QString personName;   ///< display name; never the IIN
    QString kind;         ///< create | patch | command | restore
    QString attempted;    ///< what was tried, e.g. "Changed Case status to closed"
    QString field;        ///< the field the server named, if any
    QString fieldTitle;
    QString reasonCode;   ///< forbidden, out_of_scope, invalid, unknown_entity, duplicate, append_only, …
    QString reasonText;   ///< translated
    QString when;         ///< localised time the change was made
};

/**
 * Changes the server refused ("needs attention"; core Replica::rejectedOps()), oldest first, each
 * with what was attempted and why it was refused in plain words. Reads on the store thread;
 * reloads on Session.dataChanged. Rejected ops never block the queue; they wait here for a person
 * to discard them (RejectedChangesController).
 */
class RejectedChangesModel : public ListDiffAccess
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role {
        DeviceSeqRole = Qt::UserRole + 1,
        EntityRole,
        EntityTitleRole,
        RecordIdRole,
        PersonIdRole,
        PersonNameRole,
        KindRole,
        AttemptedRole,
        FieldRole,
        FieldTitleRole,
        ReasonCodeRole,
        ReasonTextRole,
        WhenRole,
    };
    Q_ENUM(Role)

    explicit RejectedChangesModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /** Store thread: every rejected op as a row. */
    [[nodiscard]] static Result<QList<RejectedRow>> load(CoreContext &ctx);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void errorTextChanged();

private:
    void apply(QList<RejectedRow> rows, const QString &error);
    void setLoading(bool loading);

    QList<RejectedRow> m_rows;
    bool m_loading = false;
    QString m_errorText;
    quint64 m_generation = 0;
};

} // namespace Qadam
