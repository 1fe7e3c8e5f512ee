#pragma once

#include "conflictlistbase.h"
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
    bool canRetry = false; ///< "Send again" is offered (RejectedChangesModel::canRetry)
};

/**
 * Changes the server refused ("needs attention"; core Replica::rejectedOps()), oldest first, each
 * with what was attempted and why it was refused in plain words. Reads on the store thread;
 * reloads on Session.dataChanged. Rejected ops never block the queue; they wait here for a person
 * to discard them or, where that can help, send them again (RejectedChangesController).
 */
class RejectedChangesModel : public ConflictListBase
{
    Q_OBJECT
    QML_ELEMENT

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
        CanRetryRole,
    };
    Q_ENUM(Role)

    explicit RejectedChangesModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Whether sending a refused change again can help: only an edit (core resends nothing else,
     *  WriteService::retryRejected), and not one the server refuses whatever it says — the role
     *  may not make it (forbidden), the case is no longer the person's (out_of_scope), or the
     *  record takes no edits (append_only: a correction is the way). */
    [[nodiscard]] static bool canRetry(const QString &kind, const QString &reasonCode);

    /** Store thread: every rejected op as a row. */
    [[nodiscard]] static Result<QList<RejectedRow>> load(CoreContext &ctx);

public Q_SLOTS:
    void reload() override;

private:
    QList<RejectedRow> m_rows;
};

} // namespace Qadam
