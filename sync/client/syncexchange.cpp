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
PushBatch nextBatch(Database &db, SyncState &state, qint64 waiting, qint64 budget, int maxOps, qint64 afterSeq,
                    Wire::Ids ids)
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
            WireConvert::toWire(wire.value(), &b.wires.emplace_back(), ids);
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
    auto reads = m_replica->state().serverReadsUuidValues();
    m_serverReadsUuids = reads.ok() && reads.value();
    m_ahead.reset();
    m_transport->resetAbort();
    setState(State::Connecting);
    const AuthOutcome auth = m_credentials->ensureAccessToken();
    if (!auth.ok()) {
        onAuthRefused(auth);
        m_inCycle = false;
        return;
    }
    qint64 pulled = 0;
    bool pushedAny = false;
    bool auditLeft = false;
    Step step = Step::Again;
    for (int i = 0; i < m_config.maxRequestsPerCycle && step == Step::Again; ++i)
        step = exchange(pulled, pushedAny, auditLeft);
    m_sent.reset();  // the guard stopped the cycle with a request on its way: waited for, its reply dropped
    if (step == Step::Done)
        finishCycle();
    else if (step == Step::Again)
        scheduleAfterFailure(u"no_progress"_s);
    m_inCycle = false;
    // The pages of the cycle go from the WAL into the store now, after the cycle has been reported,
    // not at one of its commits (see openStore).
    if (m_db && !m_db->checkpointPassive().ok())
        qCWarning(lcSync) << "could not checkpoint the store after a sync";
}

SyncEngine::Step SyncEngine::exchange(qint64 &pulled, bool &pushedAny, bool &auditLeft)
{
    SentRequest sent;
    if (m_sent) {
        // Sent when the reply before it came, while that reply was being applied.
        sent = std::move(*m_sent);
        m_sent.reset();
    } else {
        auto waiting = Outbox::outstanding(*m_db);
        auto cursor = m_replica->state().cursor();
        if (!waiting.ok() || !cursor.ok()) {
            scheduleAfterFailure(u"storage"_s);
            return Step::Failed;
        }
        // The batch read while the previous request was on its way, if the reply left it standing.
        PushBatch batch = m_ahead ? std::move(*m_ahead)
                                  : nextBatch(*m_db, m_replica->state(), waiting.value(), m_sizer.budget(),
                                              m_config.maxOpsPerRequest, 0, idsForServer());
        m_ahead.reset();
        auto audit = AuditUpload::next(*m_db, m_replica->state(), kAuditEventsPerRequest);
        if (batch.failed || !audit.ok()) {
            scheduleAfterFailure(u"storage"_s);
            return Step::Failed;
        }
        auditLeft = audit.value().more;
        // A long cycle on a slow link outlives an access token: each request checks its own.
        if (const AuthOutcome auth = m_credentials->ensureAccessToken(); !auth.ok()) {
            m_ahead.reset();
            onAuthRefused(auth);
            return Step::Failed;
        }
        sent = send(std::move(batch), cursor.value(), waiting.value(), std::move(audit).value());
    }
    const int n = int(sent.seqs.size());
    setState(n > 0 ? State::Pushing : State::Pulling);

    // While the request is on its way, this thread reads and converts the batch after it
    // (nothing is written), so a long queue costs the server's time, not the server's and the
    // device's one after the other.
    if (n > 0 && sent.waitingBehind > 0 && !m_ahead) {
        PushBatch ahead = nextBatch(*m_db, m_replica->state(), sent.waitingBehind, m_sizer.budgetAfterSuccess(),
                                    m_config.maxOpsPerRequest, sent.seqs.constLast(), idsForServer());
        if (!ahead.failed && !ahead.seqs.isEmpty()) {
            m_ahead = std::make_unique<PushBatch>(std::move(ahead));
            prepare(*m_ahead, sent.cursor, sent.waitingBehind, sent.audit.after);
        }
    }
    const TransportReply reply = sent.reply.get();
    if (!reply.ok()) {
        m_ahead.reset();
        return afterFailedExchange(reply, sent.seqs);
    }
    google::protobuf::Arena arena(Wire::arenaOptions());
    pb::SyncResponse &response = *google::protobuf::Arena::CreateMessage<pb::SyncResponse>(&arena);
    if (!Wire::parse(reply.body, response)) {
        m_ahead.reset();
        scheduleAfterFailure(u"malformed"_s);
        return Step::Failed;
    }
    m_retriedAuth = false;  // the token worked: a later 401 in this cycle is an expiry of its own
    if (response.uuid_values() != m_serverReadsUuids) {
        // A server that no longer reads ids as bytes (one older than the last) would take them
        // for no value: what was read ahead for it goes again as text.
        m_serverReadsUuids = response.uuid_values();
        if (!m_serverReadsUuids)
            m_ahead.reset();
        if (!m_replica->state().setServerReadsUuidValues(m_serverReadsUuids).ok())
            qCWarning(lcSync) << "could not store how the server reads ids";
    }
    // The next request goes now, before this reply is applied, and the device's work on the reply
    // overlaps the server's on the next one: the next batch when the server holds this one, or the
    // next page from this page's cursor. Lost, the early request is a lost reply (the receipts,
    // and the cursor the device kept, answer for it).
    AuditUpload::Batch noAudit;  // the mark moves with this reply: events go with a later request
    noAudit.after = noAudit.scannedThrough = sent.audit.after;
    // Without a usable token it waits: the next exchange refreshes again and reports a refusal.
    const auto tokenHeld = [this] { return m_credentials->ensureAccessToken().ok(); };
    if (m_ahead && leavesQueueStanding(response, sent) && tokenHeld()) {
        PushBatch ahead = std::move(*m_ahead);
        m_ahead.reset();
        m_sent = std::make_unique<SentRequest>(send(std::move(ahead), sent.cursor, sent.waitingBehind, noAudit));
    } else if (!m_ahead && pullGoesOn(response, sent) && tokenHeld()) {
        m_sent = std::make_unique<SentRequest>(send(PushBatch(), QByteArray::fromStdString(response.cursor()), 0, noAudit));
    }
    bool more = false;
    if (!applyReply(response, n, sent.audit, pulled, more)) {
        m_ahead.reset();
        m_sent.reset();  // waits for it; its ops go again with the next cycle, and the receipts answer
        return Step::Failed;
    }
    if (n > 0) {
        m_sizer.onSuccess();
        pushedAny = true;
    }
    if (m_sent)
        return Step::Again;
    auto left = Outbox::unsent(*m_db, 1);
    const bool opsLeft = left.ok() && !left.value().isEmpty();
    // A cycle ends with a request that pulled: a batch that only pushed is followed by one that does.
    return more || opsLeft || auditLeft || !sent.pull ? Step::Again : Step::Done;
}

namespace {

bool pullsWith(qsizetype ops, qint64 waiting)
{
    return ops >= waiting;
}

/** Moves a batch's ops into a request of their own. */
std::shared_ptr<pb::SyncRequest> requestOf(PushBatch &batch)
{
    auto request = std::make_shared<pb::SyncRequest>();
    request->mutable_ops()->Reserve(int(batch.wires.size()));
    for (pb::Op &op : batch.wires)
        request->add_ops()->Swap(&op);
    batch.wires.clear();
    return request;
}

} // namespace

void SyncEngine::fillRequest(pb::SyncRequest &request, const QByteArray &cursor, bool pull,
                             const AuditUpload::Batch &audit) const
{
    request.set_protocol_version(Wire::kProtocolVersion);
    request.set_client_version(m_config.clientVersion.toStdString());
    request.set_cursor(cursor.toStdString());
    request.set_max_reply_bytes(m_config.maxReplyBytes);
    // While more ops wait behind this batch, the server only applies it: the pull (the scope, the
    // delivered buckets, the changes since the cursor) comes once, with the batch that ends the
    // queue. The cursor stays where it is until then.
    request.set_pull(pull);
    request.set_audit_after(quint64(audit.after));
    request.set_uuid_values(true);
    request.clear_audit();
    for (const pb::DeviceAuditEvent &e : audit.events)
        *request.add_audit() = e;
}

void SyncEngine::prepare(PushBatch &batch, const QByteArray &cursor, qint64 waiting, qint64 auditAfter) const
{
    AuditUpload::Batch none;
    none.after = none.scannedThrough = auditAfter;
    batch.request = requestOf(batch);
    fillRequest(*batch.request, cursor, pullsWith(batch.seqs.size(), waiting), none);
    Wire::compact(*batch.request);
    batch.body = Wire::compress(Wire::serialise(*batch.request));
    batch.cursor = cursor;
    batch.waiting = waiting;
    batch.auditAfter = auditAfter;
}

SentRequest SyncEngine::send(PushBatch &&batch, const QByteArray &cursor, qint64 waiting, AuditUpload::Batch audit)
{
    SentRequest sent;
    sent.seqs = std::move(batch.seqs);
    sent.pull = pullsWith(sent.seqs.size(), waiting);
    sent.waitingBehind = std::max<qint64>(0, waiting - sent.seqs.size());
    sent.cursor = cursor;

    // A batch made ready goes as it is when nothing changed since; otherwise its request (already
    // compacted) gets this one's header and is encoded again.
    const bool prepared = bool(batch.request);
    const bool asPrepared = prepared && audit.events.empty() && cursor == batch.cursor && waiting == batch.waiting
        && audit.after == batch.auditAfter;
    std::shared_ptr<pb::SyncRequest> request = prepared ? std::move(batch.request) : requestOf(batch);
    QByteArray body = asPrepared ? std::move(batch.body) : QByteArray();
    if (!asPrepared)
        fillRequest(*request, cursor, sent.pull, audit);
    sent.audit = std::move(audit);
    // The ops stay as they are until their results arrive (a lost reply sends them again). The
    // request is encoded, compressed and sent on a helper thread, which owns it; the transport is
    // used by one thread at a time. A body made ready goes without its request (this thread frees
    // that once the helper runs).
    const auto post = [this, url = m_credentials->serverUrl(), token = m_credentials->accessToken(),
                       request = body.isEmpty() ? std::move(request) : nullptr, body = std::move(body),
                       compacted = prepared]() mutable {
        if (body.isEmpty()) {
            if (!compacted)
                Wire::compact(*request);
            body = Wire::compress(Wire::serialise(*request));
            request.reset();
        }
        return m_transport->postCompressed(url, u"/v1/sync"_s, body, token);
    };
    try {
        sent.reply = std::async(std::launch::async, post);  // a copy: `post` stays whole if no thread starts
    } catch (const std::system_error &) {
        sent.reply = std::async(std::launch::deferred, std::move(post));  // no thread to spare: sent from this one
    }
    return sent;
}

bool SyncEngine::leavesQueueStanding(const pb::SyncResponse &response, const SentRequest &sent) const
{
    // Only a reply to a push that changes nothing but the pushed ops' state: no page, no cursor,
    // no new epoch, every op answered, no command but the standing ones.
    if (sent.pull || response.changes_size() > 0 || response.conflicts_size() > 0 || !response.cursor().empty()
        || !response.epoch().empty() || response.more() || response.results_size() != sent.seqs.size())
        return false;
    return onlyStandingCommands(response);
}

bool SyncEngine::pullGoesOn(const pb::SyncResponse &response, const SentRequest &sent)
{
    // A page with more behind it, from the server this device knows (a new epoch is adopted first,
    // and the pull starts again from scratch), and no command but the standing ones.
    if (!sent.pull || !response.more() || response.cursor().empty())
        return false;
    const QByteArray epoch = QByteArray::fromStdString(response.epoch());
    auto stored = m_replica->state().epoch();
    if (!stored.ok() || (!epoch.isEmpty() && !stored.value().isEmpty() && stored.value() != epoch))
        return false;
    return onlyStandingCommands(response);
}

Wire::Ids SyncEngine::idsForServer() const
{
    return m_serverReadsUuids ? Wire::Ids::AsBytes : Wire::Ids::AsText;
}

bool SyncEngine::onlyStandingCommands(const pb::SyncResponse &response) const
{
    // The lease, and a client version this build meets. Anything else (a wipe, a purge, a resync,
    // an upgrade) may change the queue or the records, or end the cycle, before the next request.
    return std::all_of(response.commands().cbegin(), response.commands().cend(), [this](const pb::Command &c) {
        return c.has_lease() || (c.has_min_client_version() && meetsClientVersion(c.min_client_version().version()));
    });
}

bool SyncEngine::meetsClientVersion(const std::string &required) const
{
    return QVersionNumber::fromString(m_config.clientVersion) >= QVersionNumber::fromString(QString::fromStdString(required));
}

SyncEngine::Step SyncEngine::afterFailedExchange(const TransportReply &reply, const QList<qint64> &seqs)
{
    if (reply.failure == TransportFailure::Unauthorized && !m_retriedAuth) {
        m_retriedAuth = true;
        m_credentials->invalidate();
        const AuthOutcome auth = m_credentials->ensureAccessToken();
        if (auth.ok())
            return Step::Again;
        onAuthRefused(auth);
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

bool SyncEngine::applyReply(const pb::SyncResponse &response, int sentOps, const AuditUpload::Batch &audit,
                            qint64 &pulled, bool &more)
{
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

void SyncEngine::wipeNow(const QByteArray &receipt)
{
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
    confirmWipe(serverUrl, deviceId, receipt);
}

void SyncEngine::onAuthRefused(const AuthOutcome &auth)
{
    if (auth.wipeReceipt)
        wipeNow(*auth.wipeReceipt);  // a revoked device that slept past its access token
    else
        onAuthFailure(auth.failure, auth.code);
}

bool SyncEngine::runCommands(const pb::SyncResponse &response)
{
    for (const pb::Command &command : response.commands()) {
        switch (command.kind_case()) {
        case pb::Command::kWipe:
            wipeNow(QByteArray::fromStdString(command.wipe().receipt()));
            return false;
        case pb::Command::kPurgeBucket: {
            auto outcome = m_replica->purgeBucket(Wire::uuidFromBytes(command.purge_bucket().bucket()));
            if (!outcome.ok())
                qCWarning(lcSync) << "purge failed:" << errorCodeName(outcome.code());
            Q_EMIT conflictsChanged(m_replica->conflicts().ok() ? int(m_replica->conflicts().value().size()) : 0);
            break;
        }
        case pb::Command::kMinClientVersion: {
            if (!meetsClientVersion(command.min_client_version().version())) {
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
