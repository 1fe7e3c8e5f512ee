#pragma once

#include "auditupload.h"
#include "transport.h"
#include "wirecodec.h"

#include <QList>

#include <future>
#include <memory>
#include <vector>

namespace Qadam::Sync {

/** One push batch: the device_seqs of its ops, oldest first, and the ops as they will travel
 *  (SyncEngine's private business; see nextBatch in syncexchange.cpp). */
struct PushBatch
{
    QList<qint64> seqs;
    std::vector<Wire::pb::Op> wires;
    bool failed = false;
    /** Made ready while the request before it was on its way (SyncEngine::prepare): the request
     *  that carries it (the ops moved out of `wires`, compacted) and, for going with exactly the
     *  cursor, queue length and audit mark below and no audit events, its compressed body. */
    std::shared_ptr<Wire::pb::SyncRequest> request;
    QByteArray body;
    QByteArray cursor;
    qint64 waiting = 0;
    qint64 auditAfter = 0;
};

/** A sync request on its way: its reply to come, and what the request carried, for applying
 *  that reply (SyncEngine's private business; see SyncEngine::send). */
struct SentRequest
{
    std::future<TransportReply> reply;
    QList<qint64> seqs;          ///< device_seqs of the ops it carries, oldest first
    QByteArray cursor;           ///< the cursor it named (a push-only reply leaves it as it is)
    AuditUpload::Batch audit;    ///< the device audit events it carries
    bool pull = false;           ///< it asked for the changes too (the last batch of the queue)
    qint64 waitingBehind = 0;    ///< ops of the queue behind it when it was sent
};

} // namespace Qadam::Sync
