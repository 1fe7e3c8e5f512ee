#pragma once

#include "conflictlistbase.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

struct CoreContext;

/** One unresolved conflict as the Sync screens show it: both values as plain text. */
struct ConflictRow
{
    QString conflictId;
    QString entity;
    QString entityTitle;   ///< translated record kind
    QString recordId;
    QString personId;      ///< the case (bucket); empty for directory records
    QString personName;    ///< display name; never the IIN
    QString field;
    QString fieldTitle;    ///< translated
    QString deviceText;    ///< the edit that lost on the server, as text
    QString serverText;    ///< the value the server kept, as text
    QString deviceRaw;     ///< storage form as text: the merge editor starts from both
    QString serverRaw;
    bool mergeable = false;  ///< free text: a person may write a merged version
    bool fromThisDevice = false;
    QString deviceWho;     ///< who made the losing edit (display name)
    QString deviceWhen;    ///< localised
    QString serverWho;     ///< who last changed the record on the server
    QString serverWhen;
    qint64 at = 0;         ///< UTC ms of the conflict
};

/**
 * Unresolved sync conflicts (core Replica::conflicts()), oldest first, one row per conflicting
 * field. `recordId` narrows the list to one record (the side-by-side page); empty shows all (the
 * Sync page). Reads on the store thread; reloads on Session.dataChanged, so a resolved conflict
 * leaves the list (a row removal) after the write that settled it.
 */
class ConflictModel : public ConflictListBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(QString recordTitle READ recordTitle NOTIFY countChanged)  ///< of the first row

public:
    enum Role {
        ConflictIdRole = Qt::UserRole + 1,
        EntityRole,
        EntityTitleRole,
        RecordIdRole,
        PersonIdRole,
        PersonNameRole,
        FieldRole,
        FieldTitleRole,
        DeviceTextRole,
        ServerTextRole,
        DeviceRawRole,
        ServerRawRole,
        MergeableRole,
        FromThisDeviceRole,
        DeviceWhoRole,
        DeviceWhenRole,
        ServerWhoRole,
        ServerWhenRole,
    };
    Q_ENUM(Role)

    explicit ConflictModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString recordId() const { return m_recordId; }
    void setRecordId(const QString &recordId);
    [[nodiscard]] QString recordTitle() const;

    /** Store thread: the rows for `recordId` (empty: all). Public for the tour and tests. */
    [[nodiscard]] static Result<QList<ConflictRow>> load(CoreContext &ctx, const QString &recordId);

public Q_SLOTS:
    void reload() override;

Q_SIGNALS:
    void recordIdChanged();

private:
    QString m_recordId;
    QList<ConflictRow> m_rows;
};

} // namespace Qadam
