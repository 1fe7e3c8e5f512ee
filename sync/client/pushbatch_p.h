#pragma once

#include "auditupload.h"
#include "transport.h"
#include "wirecodec.h"

#include <QList>

#include <future>
#include <vector>

namespace Qadam::Sync {

/** One push batch: the device_seqs of its ops, oldest first, and the ops as they will travel
 *  (SyncEngine's private business; see nextBatch in syncexchange.cpp). */
struct PushBatch
{
    QList<qint64> seqs;
    std::vector<Wire::pb::Op> wires;
    bool failed = false;
};

/** A sync request on its way: its reply to come, and what the request carried, for applying
 *  that reply (SyncEngine's private business; see SyncEngine::send). */
struct SentRequest
{
    std::future<TransportReply> reply;
    QList<qint64> seqs;          ///< device_seqs of the ops it carries, oldest first
    AuditUpload::Batch audit;    ///< the device audit events it carries
    bool pull = false;           ///< it asked for the changes too (the last batch of the queue)
    qint64 waitingBehind = 0;    ///< ops of the queue behind it when it was sent
};

} // namespace Qadam::Sync
