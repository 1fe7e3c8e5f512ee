// SyncEngine: one sync cycle — requests, applying replies, commands.
#include "auditupload.h"
#include "credentials.h"
#include "pushbatch_p.h"
#include "replica/replica.h"
#include "sealedwire.h"
#include "store/database.h"
#include "syncengine.h"
#include "util/clock.h"
#include "wireconvert.h"
#include "write/outbox.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QVersionNumber>

#include <future>
#include <limits>
#include <memory>
#include <system_error>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace Qadam::Sync {

namespace {

/** The next push batch after device_seq `afterSeq`: the queue read a page at a time, only as far
 *  as the byte budget reaches; each op converted once, as it will travel (sealed notes as
 *  ciphertext, R29), and sized from that. `failed` when the store could not be read or an op not
 *  sealed. */
PushBatch nextBatch(Database &db, SyncState &state, qint64 waiting, qint64 budget, int maxOps, qint64 afterSeq)
{
    constexpr int kPage = 256;
    PushBatch b;
    QList<OutboxOp> ops;
    const int taken = BatchSizer::take(
        [&](int i) -> qint64 {
            if (i >= ops.size()) {
                auto page = Outbox::unsent(db, kPage, ops.isEmpty() ? afterSeq : ops.constLast().deviceSeq);
                b.failed = b.failed || !page.ok();
                if (!page.ok() || page.value().isEmpty())
                    return std::numeric_limits<qint32>::max();  // the queue ended early: stop here
                ops += page.value();
            }
            auto wire = SealedWire::forWire(db, state, ops.at(i));
            if (!wire.ok()) {
                b.failed = true;
                return std::numeric_limits<qint32>::max();
            }
            WireConvert::toWire(wire.value(), &b.wires.emplace_back());
            return qint64(b.wires.back().ByteSizeLong());
        },
        int(std::min<qint64>(waiting, maxOps)), budget, maxOps);
    // The op that broke the budget was converted too: it waits for the next batch.
    b.wires.resize(size_t(std::min(taken, int(b.wires.size()))));
    for (size_t i = 0; i < b.wires.size(); ++i)
        b.seqs << ops.at(qsizetype(i)).deviceSeq;
    return b;
}

} // namespace

void SyncEngine::runCycle()
{
    if (m_inCycle || !m_running || m_appLocked || !openStore())
        return;
    if (!m_credentials->enrolled()) {
        setState(State::Idle, u"not_enrolled"_s);
        return;
    }
    m_inCycle = true;
    m_retriedAuth = false;
    m_ahead.reset();
    m_transport->resetAbort();
    setState(State::Connecting);
    const AuthOutcome auth = m_credentials->ensureAccessToken();
    if (!auth.ok()) {
        onAuthFailure(auth.failure, auth.code);
        m_inCycle = false;
        return;
    }
    qint64 pulled = 0;
    bool pushedAny = false;
    Step step = Step::Again;
    for (int i = 0; i < m_config.maxRequestsPerCycle && step == Step::Again; ++i)
        step = exchange(pulled, pushedAny);
    if (step == Step::Done)
        finishCycle();
    else if (step == Step::Again)
        scheduleAfterFailure(u"no_progress"_s);
    m_inCycle = false;
}

SyncEngine::Step SyncEngine::exchange(qint64 &pulled, bool &pushedAny)
{
    auto waiting = Outbox::outstanding(*m_db);
    auto cursor = m_replica->state().cursor();
    if (!waiting.ok() || !cursor.ok()) {
        scheduleAfterFailure(u"storage"_s);
        return Step::Failed;
    }
    // The batch read while the previous request was on its way, if the reply left it standing.
    PushBatch batch = m_ahead ? std::move(*m_ahead)
                              : nextBatch(*m_db, m_replica->state(), waiting.value(), m_sizer.budget(),
                                          m_config.maxOpsPerRequest, 0);
    m_ahead.reset();
    if (batch.failed) {
        scheduleAfterFailure(u"storage"_s);
        return Step::Failed;
    }
    const int n = int(batch.seqs.size());
    auto audit = AuditUpload::next(*m_db, m_replica->state(), kAuditEventsPerRequest);
    if (!audit.ok()) {
        scheduleAfterFailure(u"storage"_s);
        return Step::Failed;
    }
    setState(n > 0 ? State::Pushing : State::Pulling);

    pb::SyncRequest req;
    req.set_protocol_version(Wire::kProtocolVersion);
    req.set_client_version(m_config.clientVersion.toStdString());
    req.set_cursor(cursor.value().toStdString());
    req.set_max_reply_bytes(m_config.maxReplyBytes);
    // While more ops wait behind this batch, the server only applies it: the pull (the scope, the
    // delivered buckets, the changes since the cursor) comes once, with the batch that ends the
    // queue. The cursor stays where it is until then.
    req.set_pull(n >= waiting.value());
    for (pb::Op &op : batch.wires)
        req.add_ops()->Swap(&op);
    req.set_audit_after(quint64(audit.value().after));
    for (const pb::DeviceAuditEvent &e : audit.value().events)
        *req.add_audit() = e;
    // The ops stay as they are until their results arrive (a lost reply sends them again): no
    // write, no commit before the request.
    const QList<qint64> &seqs = batch.seqs;

    // The request is encoded, compressed and sent on a helper thread; meanwhile this thread reads
    // and converts the batch after it (nothing is written), so a long queue costs the server's
    // time, not the server's and the device's one after the other. The helper owns the request;
    // the transport is used by one thread at a time.
    const auto send = [this, url = m_credentials->serverUrl(), token = m_credentials->accessToken(),
                       request = std::make_shared<pb::SyncRequest>(std::move(req))] {
        Wire::compact(*request);
        return m_transport->post(url, u"/v1/sync"_s, Wire::serialise(*request), token);
    };
    std::future<TransportReply> inFlight;
    try {
        inFlight = std::async(std::launch::async, send);
    } catch (const std::system_error &) {
        inFlight = std::async(std::launch::deferred, send);  // no thread to spare: sent from this one
    }
    if (n > 0 && n < waiting.value()) {
        PushBatch ahead = nextBatch(*m_db, m_replica->state(), waiting.value() - n, m_sizer.budgetAfterSuccess(),
                                    m_config.maxOpsPerRequest, seqs.constLast());
        if (!ahead.failed && !ahead.seqs.isEmpty())
            m_ahead = std::make_unique<PushBatch>(std::move(ahead));
    }
    const TransportReply reply = inFlight.get();
    if (!reply.ok()) {
        m_ahead.reset();
        return afterFailedExchange(reply, seqs);
    }
    bool more = false;
    if (!applyReply(reply.body, int(n), audit.value(), pulled, more)) {
        m_ahead.reset();
        return Step::Failed;
    }
    if (n > 0) {
        m_sizer.onSuccess();
        pushedAny = true;
    }
    auto left = Outbox::unsent(*m_db, 1);
    const bool opsLeft = left.ok() && !left.value().isEmpty();
    return more || opsLeft || audit.value().more ? Step::Again : Step::Done;
}

SyncEngine::Step SyncEngine::afterFailedExchange(const TransportReply &reply, const QList<qint64> &seqs)
{
    if (reply.failure == TransportFailure::Unauthorized && !m_retriedAuth) {
        m_retriedAuth = true;
        m_credentials->invalidate();
        const AuthOutcome auth = m_credentials->ensureAccessToken();
        if (auth.ok())
            return Step::Again;
        onAuthFailure(auth.failure, auth.code);
        return Step::Failed;
    }
    const bool shrink = reply.failure == TransportFailure::TooLarge || reply.failure == TransportFailure::Timeout;
    if (shrink && !seqs.isEmpty()) {
        if (reply.failure == TransportFailure::TooLarge && seqs.size() == 1 && m_sizer.atFloor()) {
            // One op the server will never take: it goes to "needs attention", the queue moves on.
            RemoteOpResult refused;
            refused.deviceSeq = seqs.constFirst();
            refused.reason = u"too_large"_s;
            if (m_replica->applyResults({refused}).ok())
                return Step::Again;
        }
        m_sizer.onTooLargeOrTimeout();
        qCInfo(lcSync) << "batch shrunk to" << m_sizer.budget() << "bytes";
        if (reply.failure == TransportFailure::TooLarge)
            return Step::Again;
    }
    onFailure(reply);
    return Step::Failed;
}

bool SyncEngine::applyReply(const QByteArray &body, int sentOps, const AuditUpload::Batch &audit, qint64 &pulled,
                            bool &more)
{
    google::protobuf::Arena arena(Wire::arenaOptions());
    pb::SyncResponse &response = *google::protobuf::Arena::CreateMessage<pb::SyncResponse>(&arena);
    if (!Wire::parse(body, response)) {
        scheduleAfterFailure(u"malformed"_s);
        return false;
    }
    // A wipe answers a revoked device whatever it sent: no results come with it, and the work it
    // never sent goes with the rest of its data (a lost or stolen device most likely holds some).
    const bool wipe = std::any_of(response.commands().cbegin(), response.commands().cend(),
                                  [](const pb::Command &c) { return c.has_wipe(); });
    if (wipe)
        return runCommands(response);
    if (sentOps > 0 && response.results_size() == 0) {
        scheduleAfterFailure(u"malformed"_s);
        return false;
    }
    const QByteArray epoch = QByteArray::fromStdString(response.epoch());
    auto stored = m_replica->state().epoch();
    const bool newEpoch = stored.ok() && !stored.value().isEmpty() && !epoch.isEmpty() && stored.value() != epoch;
    // A batch read ahead stays valid while the queue only shrinks from its front; a new epoch
    // (the queue is rebuilt) or a command that drops local data (wipe, purge, resync) ends it.
    const bool dropsData = std::any_of(response.commands().cbegin(), response.commands().cend(), [](const pb::Command &c) {
        return !c.has_lease() && !c.has_min_client_version();
    });
    if (newEpoch || dropsData)
        m_ahead.reset();
    Status applied;
    {
        Transaction tx(*m_db);
        applied = tx.beginStatus();
        if (applied.ok())
            applied = m_replica->applyResults(WireConvert::resultsFrom(response));
        if (applied.ok())
            applied = AuditUpload::settle(m_replica->state(), audit, response.audit_through());
        if (applied.ok() && newEpoch)  // the server was restored: re-upload first, then pull from scratch
            applied = Status::of(m_replica->adoptEpoch(epoch));
        else if (applied.ok()) {
            // A resync drops what the case's records were read as before, in this transaction,
            // before anything of this reply lands (the server sends the case again afterwards).
            for (const pb::Command &command : response.commands())
                if (applied.ok() && command.has_resync_bucket())
                    applied = m_replica->resyncBucket(Wire::uuidFromBytes(command.resync_bucket().bucket()));
            RemotePage page = WireConvert::pageFrom(response);
            if (applied.ok())
                applied = SealedWire::openPage(m_replica->state(), page);
            if (applied.ok())
                applied = m_replica->applyPage(page);
            if (applied.ok() && !epoch.isEmpty() && stored.ok() && stored.value().isEmpty())
                applied = m_replica->state().setEpoch(epoch);
        }
        if (applied.ok())
            applied = tx.commit();
    }
    if (!applied.ok()) {
        qCWarning(lcSync) << "could not apply a reply:" << errorCodeName(applied.code());
        scheduleAfterFailure(u"storage"_s);
        return false;
    }
    if (newEpoch) {
        qCInfo(lcSync) << "server epoch changed: re-uploading local records";
        more = true;
        return runCommands(response);
    }
    pulled += response.changes_size();
    Q_EMIT progress(pulled, pulled + qint64(response.remaining()));
    if (response.conflicts_size() > 0) {
        if (auto c = m_replica->conflicts(); c.ok())
            Q_EMIT conflictsChanged(int(c.value().size()));
    }
    emitCounts();
    more = response.more();
    return runCommands(response);
}

void SyncEngine::confirmWipe(const QString &serverUrl, const QString &deviceId, const QByteArray &receipt)
{
    if (deviceId.isEmpty() || receipt.isEmpty() || serverUrl.isEmpty())
        return;  // nothing to prove it with (a server without R10 sends no receipt)
    pb::WipeConfirmation confirmation;
    confirmation.set_device_id(Wire::uuidToBytes(deviceId));
    confirmation.set_receipt(receipt.toStdString());
    // One attempt: the data is already gone, and nothing is left to retry from after a restart.
    // The server shows a wipe it sent but never heard back about.
    const TransportReply reply = m_transport->post(serverUrl, u"/v1/wiped"_s, Wire::serialise(confirmation), {});
    if (reply.ok())
        qCInfo(lcSync) << "wipe confirmed to the server";
    else
        qCWarning(lcSync) << "could not confirm the wipe to the server:" << reply.code;
}

bool SyncEngine::runCommands(const pb::SyncResponse &response)
{
    for (const pb::Command &command : response.commands()) {
        switch (command.kind_case()) {
        case pb::Command::kWipe: {
            qCWarning(lcSync) << "server ordered a wipe";
            // What the confirmation needs, taken before the store (and the credentials in it) goes.
            auto credentials = m_replica->state().credentials();
            const QString deviceId = credentials.ok() ? credentials.value().deviceId : QString();
            const QString serverUrl = m_credentials->serverUrl();
            closeStore();
            m_running = false;
            m_blocked = true;
            if (m_wipe)
                m_wipe();
            setState(State::Locked, u"wiped"_s);
            Q_EMIT wiped();
            confirmWipe(serverUrl, deviceId, QByteArray::fromStdString(command.wipe().receipt()));
            return false;
        }
        case pb::Command::kPurgeBucket: {
            auto outcome = m_replica->purgeBucket(Wire::uuidFromBytes(command.purge_bucket().bucket()));
            if (!outcome.ok())
                qCWarning(lcSync) << "purge failed:" << errorCodeName(outcome.code());
            Q_EMIT conflictsChanged(m_replica->conflicts().ok() ? int(m_replica->conflicts().value().size()) : 0);
            break;
        }
        case pb::Command::kMinClientVersion: {
            const auto required = QVersionNumber::fromString(QString::fromStdString(command.min_client_version().version()));
            if (QVersionNumber::fromString(m_config.clientVersion) < required) {
                block(u"upgrade"_s);
                return false;
            }
            break;
        }
        case pb::Command::kLease:
            if (!m_replica->state().setLeaseExpiresAt(command.lease().expires_at()).ok())
                qCWarning(lcSync) << "could not store the lease";
            break;
        case pb::Command::kResyncBucket:
            break;  // applied with the reply's page (applyReply)
        default:
            break;
        }
    }
    if (auto purged = m_replica->runDeferredPurges(); purged.ok() && purged.value() > 0)
        qCInfo(lcSync) << "ran" << purged.value() << "deferred purges";
    return true;
}

} // namespace Qadam::Sync
