#pragma once

#include "scope.h"
#include "serverstore.h"
#include "syncservice.h"

#include "casework/accesspolicy.h"
#include "sync.pb.h"
#include "wirecodec.h"

#include <QSet>

namespace Qadam::Server {

/**
 * Builds the pull part of one sync reply (ARCHITECTURE.md "Sync protocol", sync.proto
 * ServerCursor). The device's scope S is the set of cases its user may read now plus the
 * directory bucket ""; D the buckets delivered to it up to the generation its cursor confirms.
 * The reply purges D−S, sends every change above the cursor's seq in D∩S (skipping records whose
 * state the device itself produced, filtering every record to the fields the role may read), and
 * once that is caught up to the high-water mark H read at the start, backfills whole new buckets
 * of S−D up to H and hands out the next generation. A lost reply is harmless: the resent cursor
 * names the older generation, whose later deliveries are forgotten and sent again.
 *
 * Each delivery remembers the view it was made under: how the user may read that case (a
 * counsellor's referrals to the person, an officer's or supervisor's standing). A bucket of D∩S
 * whose view changed is told to resync instead (the device drops its records of it that have no
 * queued op) and, once the device confirms that reply, is backfilled again as now readable: a
 * revoked referral's sessions leave a counsellor who keeps the case through another referral.
 *
 * Reads in one read transaction; writes (deliveries) in one short write transaction, only when
 * they change. One instance per request.
 */
class PullBuilder
{
public:
    PullBuilder(ServerStore &store, const Session &session, const ServiceConfig &config,
                const AccessPolicy &policy = AccessPolicy::builtIn());

    /** Fills changes, conflicts, cursor, more, remaining, epoch and purge commands of `reply`.
     *  `cursor` is the decoded request cursor (an empty one: epoch empty); `ids`, how id values
     *  go (as bytes only to a client that said it reads them). */
    [[nodiscard]] Status build(const ::qadam::sync::v1::ServerCursor &cursor, quint32 maxReplyBytes, Wire::Ids ids,
                               ::qadam::sync::v1::SyncResponse &reply);

private:
    struct Delivery
    {
        bool forgetLater = false;  ///< deliveries above the cursor's generation exist (a lost reply)
        QStringList purge;         ///< D − S, and purges whose reply was lost
        QStringList resync;        ///< D ∩ S read differently now, and resyncs whose reply was lost
        QHash<QString, Server::Delivered> adopt;  ///< delivered before views were kept: their view now
        QStringList confirmed;     ///< purges the device's cursor confirms: forgotten now
        QStringList delivered;     ///< backfilled in this reply, or new and whole in its changes
        qint64 generation = 0;     ///< the generation the backfilled buckets get
    };

    [[nodiscard]] Status incremental(StoreTxn &txn, const QStringList &buckets, qint64 &seq, qint64 high,
                                     bool *caughtUp);
    [[nodiscard]] Status backfill(StoreTxn &txn, const QStringList &fresh, qint64 high, QStringList *sent);
    /** Adds `r` as the reader may see it; with `skipEcho`, not when the device itself produced it. */
    [[nodiscard]] Status addRecord(const StoredRecord &r, bool skipEcho = true);
    [[nodiscard]] Status addConflict(StoreTxn &txn, const ConflictRow &c);
    [[nodiscard]] Status saveDeliveries(const Delivery &d, qint64 cursorGeneration);
    [[nodiscard]] bool full() const;
    [[nodiscard]] AccessContext contextOf(const QString &bucket) const;
    /** The view of a bucket: a digest of what decides which of its records and fields the user reads. */
    [[nodiscard]] QString viewOf(const QString &bucket) const;

    ServerStore &m_store;
    const Session &m_session;
    const ServiceConfig &m_config;
    const AccessPolicy &m_policy;
    ::qadam::sync::v1::SyncResponse *m_reply = nullptr;
    QHash<QString, AccessContext> m_cases;
    qint64 m_budget = 0;
    Wire::Ids m_ids = Wire::Ids::AsText;
    qint64 m_bytes = 0;
    int m_added = 0;
};

} // namespace Qadam::Server
