#include "pullbuilder.h"

#include "auth.h"
#include "pushapplier.h"

#include "wirecodec.h"

#include <QCryptographicHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

namespace pb = ::qadam::sync::v1;

namespace {

constexpr int kPage = 500;
constexpr int kMaxConflictsPerPage = 100000;
/** Wire overhead of one repeated element (tag + length). */
constexpr int kElementOverhead = 4;

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

PullBuilder::PullBuilder(ServerStore &store, const Session &session, const ServiceConfig &config,
                         const AccessPolicy &policy)
    : m_store(store), m_session(session), m_config(config), m_policy(policy)
{
}

bool PullBuilder::full() const
{
    return m_added > 0 && m_bytes >= m_budget;
}

AccessContext PullBuilder::contextOf(const QString &bucket) const
{
    return bucket.isEmpty() ? Scope::actorOnly(m_session) : m_cases.value(bucket);
}

QString PullBuilder::viewOf(const QString &bucket) const
{
    if (bucket.isEmpty())
        return {};
    const AccessContext ctx = m_cases.value(bucket);
    QStringList active = ctx.activeReferralIds, offered = ctx.offeredReferralIds;
    active.sort();
    offered.sort();
    // "referral|own|unit|region|grant|active|activeIds|offeredIds": views are stored per delivered
    // case, so this text may not change (a new one would resync every case of every device).
    QByteArray facts = QByteArray::number(int(ctx.referral));
    for (const bool flag : {ctx.ownCase, ctx.inUnit, ctx.inRegion, ctx.confidentialGrant, ctx.actorActive}) {
        facts += '|';
        facts += flag ? '1' : '0';
    }
    facts += '|';
    facts += active.join(u',').toUtf8();
    facts += '|';
    facts += offered.join(u',').toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(facts, QCryptographicHash::Sha256).toHex().left(16));
}

Status PullBuilder::addRecord(const StoredRecord &r, bool skipEcho)
{
    if (skipEcho && r.echoDevice == m_session.deviceId)
        return {}; // the device produced exactly this state
    const EntitySpec *spec = Schema::builtIn().entity(r.entity);
    if (!spec)
        return {};
    QVariantMap visible = m_policy.readable(m_session.actor, *spec, withId(r.fields, r.id), contextOf(r.bucket));
    if (visible.isEmpty())
        return {};
    visible.remove(u"id"_s);
    // The person field repeats the bucket: left out (sync.proto Change), the device restores it.
    if (!spec->personField.isEmpty() && spec->personField != u"id"
        && visible.value(spec->personField).toString() == r.bucket)
        visible.remove(spec->personField);
    pb::Change *c = m_reply->add_changes();
    c->set_entity(r.entity.toStdString());
    c->set_record_id(Wire::uuidToBytes(r.id));
    c->set_bucket(Wire::uuidToBytes(r.bucket));
    c->set_version(quint64(r.version));
    c->set_seq(quint64(r.seq));
    c->set_hlc(quint64(r.hlc));
    Wire::toFields(visible, c->mutable_fields(), m_ids);
    c->set_created_at(r.createdAt);
    c->set_created_by(Wire::uuidToBytes(r.createdBy));
    if (r.updatedAt != r.createdAt)
        c->set_updated_at(r.updatedAt);
    if (r.updatedBy != r.createdBy)
        c->set_updated_by(Wire::uuidToBytes(r.updatedBy));
    m_bytes += qint64(c->ByteSizeLong()) + kElementOverhead;
    ++m_added;
    return {};
}

Status PullBuilder::addConflict(StoreTxn &txn, const ConflictRow &c)
{
    const EntitySpec *spec = Schema::builtIn().entity(c.entity);
    auto record = txn.record(c.entity, c.recordId);
    if (!record.ok())
        return record.error();
    if (!spec || !record.value())
        return {};
    QVariantMap probe = withId(record.value()->fields, c.recordId);
    probe.insert(c.field, c.serverValue.isNull() ? c.deviceValue : c.serverValue);
    if (!m_policy.readable(m_session.actor, *spec, probe, contextOf(c.bucket)).contains(c.field))
        return {};
    pb::Conflict *out = m_reply->add_conflicts();
    out->set_id(Wire::uuidToBytes(c.id));
    out->set_bucket(Wire::uuidToBytes(c.bucket));
    out->set_entity(c.entity.toStdString());
    out->set_record_id(Wire::uuidToBytes(c.recordId));
    out->set_field(c.field.toStdString());
    Wire::toValue(c.serverValue, out->mutable_server_value(), m_ids);
    Wire::toValue(c.deviceValue, out->mutable_device_value(), m_ids);
    out->set_device_id(Wire::uuidToBytes(c.deviceId));
    out->set_user_id(Wire::uuidToBytes(c.userId));
    out->set_at(c.at);
    out->set_resolved(c.resolved);
    out->set_seq(quint64(c.seq));
    m_bytes += qint64(out->ByteSizeLong()) + kElementOverhead;
    ++m_added;
    return {};
}

Status PullBuilder::incremental(StoreTxn &txn, const QStringList &buckets, qint64 &seq, qint64 high, bool *caughtUp)
{
    *caughtUp = true;
    if (buckets.isEmpty())
        return {};
    while (!full()) {
        auto records = txn.recordsSince(seq, buckets, kPage, m_session.deviceId);
        if (!records.ok())
            return records.error();
        const bool morePages = records.value().size() >= kPage;
        const qint64 pageEnd = morePages ? records.value().constLast().seq : high;
        auto conflicts = txn.conflictsSince(seq, buckets, kMaxConflictsPerPage);
        if (!conflicts.ok())
            return conflicts.error();
        auto r = records.value().cbegin();
        auto c = conflicts.value().cbegin();
        while (!full()) {
            const bool haveR = r != records.value().cend() && r->seq <= pageEnd;
            const bool haveC = c != conflicts.value().cend() && c->seq <= pageEnd;
            if (!haveR && !haveC)
                break;
            if (haveR && (!haveC || r->seq < c->seq)) {
                if (Status s = addRecord(*r); !s.ok())
                    return s;
                seq = r->seq;
                ++r;
            } else {
                if (Status s = addConflict(txn, *c); !s.ok())
                    return s;
                seq = c->seq;
                ++c;
            }
        }
        if (full() && (morePages || r != records.value().cend() || (c != conflicts.value().cend() && c->seq <= high))) {
            *caughtUp = false;
            return {};
        }
        if (!morePages)
            return {};
        seq = pageEnd;
    }
    *caughtUp = false;
    return {};
}

Status PullBuilder::backfill(StoreTxn &txn, const QStringList &fresh, qint64 high, QStringList *sent)
{
    for (const QString &bucket : fresh) {
        if (full())
            return {};
        auto records = txn.bucketRecords(bucket, high);
        if (!records.ok())
            return records.error();
        auto conflicts = txn.conflictsSince(0, {bucket}, kMaxConflictsPerPage);
        if (!conflicts.ok())
            return conflicts.error();
        // No echo skipped here: a bucket backfilled again was purged from the device in between
        // (scope lost and regained), and with it the records the device had produced.
        for (const StoredRecord &r : records.value())
            if (Status s = addRecord(r, false); !s.ok())
                return s;
        for (const ConflictRow &c : conflicts.value())
            if (c.seq <= high)
                if (Status s = addConflict(txn, c); !s.ok())
                    return s;
        *sent << bucket;
    }
    return {};
}

Status PullBuilder::saveDeliveries(const Delivery &d, qint64 cursorGeneration)
{
    if (!d.forgetLater && d.purge.isEmpty() && d.resync.isEmpty() && d.delivered.isEmpty() && d.confirmed.isEmpty()
        && d.adopt.isEmpty())
        return {};
    auto txn = m_store.begin(true);
    if (!txn.ok())
        return txn.error();
    StoreTxn &t = *txn.value();
    if (d.forgetLater)
        if (Status s = t.forgetDeliveredAfter(m_session.deviceId, cursorGeneration); !s.ok())
            return s;
    if (!d.confirmed.isEmpty())
        if (Status s = t.forgetDelivered(m_session.deviceId, d.confirmed); !s.ok())
            return s;
    // A purge or resync is kept (negative generation) until the device confirms the reply that
    // carried it.
    if (Status s = t.markDelivered(m_session.deviceId, d.purge + d.resync, -d.generation); !s.ok())
        return s;
    // Grouped by (generation, view): a few statements however many buckets.
    QMap<std::pair<qint64, QString>, QStringList> groups;
    for (const QString &bucket : d.delivered)
        groups[{d.generation, viewOf(bucket)}] << bucket;
    for (auto it = d.adopt.cbegin(); it != d.adopt.cend(); ++it)
        groups[{it.value().generation, it.value().view}] << it.key();
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        if (Status s = t.markDelivered(m_session.deviceId, it.value(), it.key().first, it.key().second); !s.ok())
            return s;
    return t.commit();
}

Status PullBuilder::build(const pb::ServerCursor &cursor, quint32 maxReplyBytes, Wire::Ids ids, pb::SyncResponse &reply)
{
    m_reply = &reply;
    m_ids = ids;
    m_budget = maxReplyBytes == 0 ? m_config.defaultReplyBytes
                                  : std::min<qint64>(maxReplyBytes, m_config.maxReplyBytes);
    auto opened = m_store.begin(false);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<StoreTxn> txn = std::move(opened).value();
    auto epoch = txn->setting(u"epoch"_s);
    auto delivered = txn->deliveredBuckets(m_session.deviceId);
    if (!epoch.ok() || !delivered.ok())
        return epoch.ok() ? delivered.error() : epoch.error();
    const std::string epochWire = epochBytes(epoch.value());
    const qint64 generation = qint64(cursor.generation());
    Delivery d;
    pb::ServerCursor next;
    next.set_epoch(epochWire);
    if (!cursor.epoch().empty() && cursor.epoch() != epochWire) {
        // The server was restored from a backup: the device re-uploads, then pulls from scratch.
        reply.set_epoch(epochWire);
        reply.set_cursor(Wire::serialise(next).toStdString());
        txn.reset();
        d.forgetLater = !delivered.value().isEmpty();
        return saveDeliveries(d, -1);
    }
    auto high = txn->highWater();
    auto cases = Scope(*txn).readableCases(m_session, m_policy);
    if (!high.ok() || !cases.ok())
        return high.ok() ? cases.error() : high.error();
    m_cases = cases.value();
    QSet<QString> scope(m_cases.keyBegin(), m_cases.keyEnd());
    scope.insert(QString());
    QStringList live;
    for (auto it = delivered.value().cbegin(); it != delivered.value().cend(); ++it) {
        const qint64 delivery = it.value().generation;
        const QString &bucket = it.key();
        if (delivery < 0) {
            // A purge or resync sent with the reply that handed out generation -delivery: forgotten
            // once the device's cursor shows it applied that reply; while it does not (the reply was
            // lost) sent again, as a purge if the case is out of scope, else as a resync.
            if (-delivery <= generation)
                d.confirmed << bucket;
            else if (!scope.contains(bucket))
                d.purge << bucket;
            else
                d.resync << bucket;
            continue;
        }
        if (delivery > generation) {
            d.forgetLater = true;
        } else if (!scope.contains(bucket)) {
            d.purge << bucket;
        } else {
            const QString view = viewOf(bucket);
            if (it.value().view.isEmpty() && !view.isEmpty())
                d.adopt.insert(bucket, Delivered{delivery, view});
            else if (it.value().view != view) {
                d.resync << bucket;
                continue;
            }
            live << bucket;
        }
    }
    QStringList fresh;
    const QSet<QString> liveSet(live.cbegin(), live.cend());  // a caseload has thousands: no list scans
    const QSet<QString> resyncSet(d.resync.cbegin(), d.resync.cend());
    for (const QString &b : scope)
        if (!liveSet.contains(b) && !resyncSet.contains(b))
            fresh << b;
    fresh = sorted(fresh);
    live = sorted(live);

    qint64 seq = qint64(cursor.seq());
    // A new case whose every change is newer than the cursor (the device made it, or it came into
    // scope with nothing older) needs no backfill: the changes since the cursor hold all of it,
    // and the device's own echoes are left out there. A case with anything at or below the cursor
    // is backfilled whole: the device may have been purged of it since. A first sync backfills.
    QStringList adopted;
    if (seq > 0 && !fresh.isEmpty()) {
        auto older = txn->bucketsChangedUpTo(fresh, seq);
        if (!older.ok())
            return older.error();
        QStringList rest;
        for (const QString &b : std::as_const(fresh))
            (older.value().contains(b) ? rest : adopted) << b;
        fresh = rest;
        d.delivered = adopted;
    }
    bool caughtUp = false;
    if (Status s = incremental(*txn, adopted.isEmpty() ? live : sorted(live + adopted), seq, high.value(), &caughtUp);
        !s.ok())
        return s;
    if (caughtUp) {
        seq = std::max(seq, high.value());
        if (Status s = backfill(*txn, fresh, high.value(), &d.delivered); !s.ok())
            return s;
    }
    d.generation = d.delivered.isEmpty() && d.purge.isEmpty() && d.resync.isEmpty() ? generation : generation + 1;
    QStringList unsent;
    const QSet<QString> deliveredNow(d.delivered.cbegin(), d.delivered.cend());
    for (const QString &b : fresh)
        if (!deliveredNow.contains(b))
            unsent << b;
    auto remainingLive = txn->countSince(seq, live + d.delivered);
    auto remainingNew = unsent.isEmpty() ? Result<qint64>(0) : txn->countSince(0, unsent);
    if (!remainingLive.ok() || !remainingNew.ok())
        return remainingLive.ok() ? remainingNew.error() : remainingLive.error();
    txn.reset();

    next.set_seq(quint64(seq));
    next.set_generation(quint64(d.generation));
    reply.set_cursor(Wire::serialise(next).toStdString());
    // A resync is followed at once by the bucket's backfill, once this reply is confirmed.
    reply.set_more(!caughtUp || !unsent.isEmpty() || !d.resync.isEmpty());
    reply.set_remaining(quint64(remainingLive.value() + remainingNew.value()));
    for (const QString &b : sorted(d.purge))
        reply.add_commands()->mutable_purge_bucket()->set_bucket(Wire::uuidToBytes(b));
    for (const QString &b : sorted(d.resync))
        reply.add_commands()->mutable_resync_bucket()->set_bucket(Wire::uuidToBytes(b));
    return saveDeliveries(d, generation);
}

} // namespace Qadam::Server
