#pragma once

#include "wirecodec.h"

#include <QList>

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

} // namespace Qadam::Sync
