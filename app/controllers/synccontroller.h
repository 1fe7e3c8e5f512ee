#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Qadam {

/** What the Sync page needs to explain, in one place so the wording is tested. */
struct SyncFacts
{
    QString state;            ///< AppSession::syncState(): idle, connecting, pushing, pulling, backing_off, needs_attention, locked
    QString reason;           ///< the engine's reason code when known (upgrade, unauthorized, lease_expired, …)
    QString stateText;        ///< AppSession::syncStateText(), translated
    qint64 nowMs = 0;
    qint64 leaseExpiresAt = 0;  ///< 0: no lease
    int conflicts = 0;
    int rejected = 0;
};

/**
 * The Sync page's summary: last sync (relative and absolute, localised), changes waiting, the
 * offline lease, and the state explained in plain words when it needs attention. Reads the store
 * (sync_state, outbox) on the store thread and AppSession's sync properties; reloads on
 * Session.syncChanged and Session.dataChanged, and every minute so "5 minutes ago" stays true.
 * `syncNow()` asks AppSession; the engine does the work on its own thread.
 */
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qint64 lastSyncAt READ lastSyncAt NOTIFY changed)
    Q_PROPERTY(QString lastSyncRelative READ lastSyncRelative NOTIFY changed)
    Q_PROPERTY(QString lastSyncAbsolute READ lastSyncAbsolute NOTIFY changed)
    Q_PROPERTY(qint64 pendingChanges READ pendingChanges NOTIFY changed)
    Q_PROPERTY(qint64 leaseExpiresAt READ leaseExpiresAt NOTIFY changed)
    Q_PROPERTY(QString attentionText READ attentionText NOTIFY changed)
    Q_PROPERTY(bool attentionUrgent READ attentionUrgent NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(int conflicts READ conflicts WRITE setConflicts NOTIFY changed)   ///< from the page's ConflictModel
    Q_PROPERTY(int rejected READ rejected WRITE setRejected NOTIFY changed)      ///< from RejectedChangesModel

public:
    explicit SyncController(QObject *parent = nullptr);

    [[nodiscard]] qint64 lastSyncAt() const { return m_lastSyncAt; }
    [[nodiscard]] QString lastSyncRelative() const;
    [[nodiscard]] QString lastSyncAbsolute() const;
    [[nodiscard]] qint64 pendingChanges() const { return m_pending; }
    [[nodiscard]] qint64 leaseExpiresAt() const { return m_leaseExpiresAt; }
    [[nodiscard]] QString attentionText() const;
    [[nodiscard]] bool attentionUrgent() const;
    [[nodiscard]] bool syncing() const;
    [[nodiscard]] int conflicts() const { return m_conflicts; }
    void setConflicts(int conflicts);
    [[nodiscard]] int rejected() const { return m_rejected; }
    void setRejected(int rejected);

    Q_INVOKABLE void syncNow();

    /** "just now", "5 minutes ago", "3 hours ago", "2 days ago"; "never" for 0. Pure. */
    [[nodiscard]] static QString relativeText(qint64 thenMs, qint64 nowMs);
    /** The state in plain words when a person should act; empty when all is well. Pure. */
    [[nodiscard]] static QString explain(const SyncFacts &facts);
    /** Leases end within this long: the page starts warning. */
    static constexpr qint64 kLeaseWarningMs = 24 * 3600 * 1000LL;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] SyncFacts facts() const;

    qint64 m_lastSyncAt = 0;
    qint64 m_pending = 0;
    qint64 m_leaseExpiresAt = 0;
    int m_conflicts = 0;
    int m_rejected = 0;
    QTimer m_minute;
};

} // namespace Qadam
