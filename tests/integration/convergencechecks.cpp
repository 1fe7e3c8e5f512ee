// The convergence world's final checks (after the quiet sync): exactly-once application, the
// field model (every concurrent same-field edit of a protected field is a conflict record, no
// edit is silently lost), every device equals what the server says its user may see, and no
// out-of-scope byte on any device.
#include "convergenceworld.h"

#include "casework/accesspolicy.h"
#include "scope.h"
#include "store/database.h"
#include "store/recordstore.h"
#include "wirecodec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Qadam::Integration::Convergence {

namespace {

const QString kPerson = u"Person"_s;

std::optional<pb::OpResult> receiptOf(Server::StoreTxn &txn, const QString &deviceId, qint64 seq)
{
    auto r = txn.receipt(deviceId, seq);
    if (!r.ok() || !r.value())
        return std::nullopt;
    pb::OpResult result;
    if (!Wire::parse(*r.value(), result))
        return std::nullopt;
    return result;
}

QString outcomeName(const pb::OpResult &r)
{
    switch (r.outcome()) {
    case pb::OUTCOME_APPLIED: return u"applied"_s;
    case pb::OUTCOME_MERGED: return u"merged"_s;
    case pb::OUTCOME_CONFLICT: return u"conflict"_s;
    case pb::OUTCOME_STALE_COMMAND: return u"stale_command"_s;
    case pb::OUTCOME_REJECTED: return u"rejected:"_s + QString::fromStdString(r.reason());
    default: return u"unspecified"_s;
    }
}

QString compact(const QVariantMap &fields)
{
    QVariantMap clean;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!it.value().isNull() && !(it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty()))
            clean.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(clean)).toJson(QJsonDocument::Compact));
}

/** A device's visible state per bucket: "Entity/id" → version and fields, "Conflict/id" → the
 *  conflict as stored. The directory is the bucket "". */
using BucketState = QMap<QString, QMap<QString, QString>>;

BucketState bucketsOf(Database &db)
{
    BucketState out;
    RecordStore records(db);
    for (const EntitySpec &spec : Schema::builtIn().entities()) {
        auto ids = db.prepare(u"SELECT id FROM %1"_s.arg(spec.table));
        if (!ids.ok())
            continue;
        for (auto row = ids.value().step(); row.ok() && row.value(); row = ids.value().step()) {
            auto r = records.get(spec, ids.value().text(0));
            if (!r.ok())
                continue;
            const QString bucket = spec.personField.isEmpty() ? QString()
                                 : spec.personField == u"id" ? r.value().id
                                                              : r.value().fields.value(spec.personField).toString();
            out[bucket].insert(spec.name + u'/' + r.value().id, u"v%1 %2"_s.arg(r.value().version).arg(compact(r.value().fields)));
        }
    }
    auto conflicts = db.prepare(u"SELECT id, bucket, entity, record_id, field, server_value, device_value, resolved "
                                u"FROM sync_conflict"_s);
    if (conflicts.ok()) {
        Statement &s = conflicts.value();
        for (auto row = s.step(); row.ok() && row.value(); row = s.step())
            out[s.text(1)].insert(u"Conflict/"_s + s.text(0), u"%1/%2 %3 server=%4 device=%5 resolved=%6"_s
                .arg(s.text(2), s.text(3).right(8), s.text(4), s.text(5), s.text(6)).arg(s.integer(7)));
    }
    return out;
}

QString hashOf(const QMap<QString, QString> &state)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        h.addData(QString(it.key() + u' ' + it.value() + u'\n').toUtf8());
    return QString::fromLatin1(h.result().toHex().left(16));
}

/** Lines of `a` and `b` that differ (at most a few, for the message). */
QStringList differences(const QMap<QString, QString> &a, const QMap<QString, QString> &b)
{
    QStringList out;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    for (const QString &k : keys) {
        if (a.value(k) == b.value(k))
            continue;
        out << u"    %1: device [%2] fresh [%3]"_s.arg(k, a.value(k, u"absent"_s), b.value(k, u"absent"_s));
        if (out.size() >= 6)
            break;
    }
    return out;
}

Server::Session sessionOf(Server::StoreTxn &txn, const Member &m)
{
    Server::Session s;
    s.actor = Actor{m.userId, m.role};
    s.staff = Server::loadStaff(txn, m.userId).value();
    s.deviceId = m.deviceId;
    s.nowMs = QDateTime::currentMSecsSinceEpoch();
    s.today = Server::kazakhstanDate(s.nowMs);
    return s;
}

} // namespace

QStringList World::check()
{
    QStringList failures;
    auto opened = m_store->open();
    if (!opened.ok())
        return {u"cannot open the server store: "_s + opened.error().detail};
    auto txn = opened.value()->begin(false);
    if (!txn.ok())
        return {u"cannot read the server store"_s};
    checkExactlyOnce(*txn.value(), failures);
    checkModel(*txn.value(), failures);
    checkScopes(*txn.value(), failures);
    return failures;
}

void World::checkExactlyOnce(Server::StoreTxn &txn, QStringList &failures)
{
    const auto audit = txn.auditEvents(0, 100'000'000);
    if (!audit.ok()) {
        failures << u"cannot read the server audit"_s;
        return;
    }
    for (const Member &m : m_members) {
        const qint64 last = nextSeq(int(&m - m_members.data())) - 1;
        qint64 writes = 0;
        for (qint64 seq = 1; seq <= last; ++seq) {
            const auto r = receiptOf(txn, m.deviceId, seq);
            if (!r) {
                failures << u"%1: op seq %2 has no receipt: it never reached the server"_s.arg(m.name).arg(seq);
                continue;
            }
            ++m_figures.outcomes[outcomeName(*r)];
            writes += r->seq() > 0 ? 1 : 0;
        }
        qint64 audited = 0;
        for (const Server::ServerAuditEvent &e : audit.value())
            if (e.deviceId == m.deviceId && e.action.startsWith(u"push:") && !e.action.startsWith(u"push:rejected"))
                ++audited;
        // One server write per op that wrote: an op applied twice would write (and audit) twice.
        if (audited != writes)
            failures << u"%1: %2 ops wrote on the server but %3 writes were audited (an op applied twice?)"_s
                            .arg(m.name).arg(writes).arg(audited);
        const qint64 outstanding = m.device->outboxCount(u"pending"_s) + m.device->outboxCount(u"sent"_s);
        if (outstanding != 0)
            failures << u"%1: %2 ops still waiting after the quiet sync"_s.arg(m.name).arg(outstanding);
    }
}

void World::checkModel(Server::StoreTxn &txn, QStringList &failures)
{
    const auto conflicts = txn.conflictsSince(0, m_info.people, 1'000'000);
    if (!conflicts.ok()) {
        failures << u"cannot read the server's conflicts"_s;
        return;
    }
    m_figures.conflicts = int(conflicts.value().size());
    QList<int> order;
    for (int i = 0; i < m_ops.size(); ++i)
        if (m_ops[i].modelled)
            order << i;
    // The server applied ops in sync order, and each device's ops in device_seq order.
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return std::pair(m_ops[a].pushedAt, m_ops[a].firstSeq) < std::pair(m_ops[b].pushedAt, m_ops[b].firstSeq);
    });
    struct FieldState
    {
        QString value;
        int writer = -1;  ///< op that set it; -1 = the value at the start
    };
    QHash<QString, FieldState> state;
    QSet<QString> touched;
    for (int i : order) {
        const Op &op = m_ops[i];
        const Member &m = m_members[size_t(op.member)];
        const auto r = receiptOf(txn, m.deviceId, op.firstSeq);
        if (!r || r->outcome() == pb::OUTCOME_REJECTED || r->outcome() == pb::OUTCOME_STALE_COMMAND)
            continue;  // refused ops wait in "needs attention": nothing to merge
        const QString key = op.recordId + u'/' + op.field;
        touched << key;
        if (!state.contains(key))
            state.insert(key, FieldState{m_initial.value(op.recordId).value(op.field), -1});
        FieldState &f = state[key];
        const bool same = f.value == op.value;
        const Op *writer = f.writer >= 0 ? &m_ops[f.writer] : nullptr;
        const bool knew = !writer || writer->member == op.member || writer->pushedAt <= op.knowsUpTo;
        const bool conflicted = r->outcome() == pb::OUTCOME_CONFLICT;
        const QString what = u"r%1 %2 %3"_s.arg(op.round).arg(m.name, op.text);
        if (!same && !knew && op.guarded) {
            ++m_figures.expectedConflicts;
            if (!conflicted) {
                failures << u"concurrent edit lost without a conflict record: %1 overwrote r%2 %3 %4 (it had not seen it)"_s
                                .arg(what).arg(writer->round).arg(m_members[size_t(writer->member)].name, writer->text);
                f = FieldState{op.value, i};
                continue;
            }
            const bool recorded = std::any_of(conflicts.value().cbegin(), conflicts.value().cend(),
                [&](const Server::ConflictRow &c) {
                    return c.deviceId == m.deviceId && c.recordId == op.recordId && c.field == op.field
                        && c.deviceValue.toString() == op.value && c.serverValue.toString() == f.value;
                });
            if (!recorded)
                failures << u"conflict outcome without its conflict record: "_s + what;
            continue;  // the server value stays
        }
        if (conflicted) {
            failures << u"conflict on an edit that was not concurrent (%1 had seen the value it replaced): %2"_s
                            .arg(m.name, what);
            continue;
        }
        if (!same)
            f = FieldState{op.value, i};
    }
    for (const QString &key : std::as_const(touched)) {
        const QString recordId = key.section(u'/', 0, 0);
        const QString field = key.section(u'/', 1);
        auto record = txn.record(kPerson, recordId);
        const QString server = record.ok() && record.value() ? record.value()->fields.value(field).toString() : QString();
        if (server != state.value(key).value)
            failures << u"Person/%1 %2 is [%3] on the server; the merge rules give [%4]"_s
                            .arg(recordId.right(8), field, server, state.value(key).value);
    }
    if (m_figures.conflicts != m_figures.expectedConflicts)
        failures << u"%1 conflict records on the server, %2 concurrent same-field edits of protected fields"_s
                        .arg(m_figures.conflicts).arg(m_figures.expectedConflicts);
}

void World::checkScopes(Server::StoreTxn &txn, QStringList &failures)
{
    for (int i = 0; i < int(m_members.size()); ++i) {
        Member &m = m_members[size_t(i)];
        const Server::Session session = sessionOf(txn, m);
        auto cases = Server::Scope(txn).readableCases(session, AccessPolicy::builtIn());
        if (!cases.ok()) {
            failures << m.name + u": cannot resolve its scope on the server"_s;
            continue;
        }
        // What the server says this user may see, through the product's pull path: a fresh
        // device of the same user, enrolled now (no faults) and synced to its end.
        auto code = m_server->issueCode(m.userId);
        Device fresh(m_dir.filePath(m.name + u"-fresh"_s));
        if (!code.ok() || !fresh.enroll(m_server->url(), code.value())) {
            failures << m.name + u": a fresh device of the same user could not enrol and sync"_s;
            continue;
        }
        const BucketState mine = bucketsOf(m.device->db());
        const BucketState expected = bucketsOf(fresh.db());
        QStringList buckets = mine.keys() + expected.keys();
        buckets.removeDuplicates();
        for (const QString &b : std::as_const(buckets)) {
            if (hashOf(mine.value(b)) == hashOf(expected.value(b)))
                continue;
            failures << u"%1: bucket %2 differs from the server's view (hash %3, expected %4):"_s
                            .arg(m.name, b.isEmpty() ? u"<directory>"_s : b.right(8), hashOf(mine.value(b)),
                                 hashOf(expected.value(b)));
            failures << differences(mine.value(b), expected.value(b));
        }
        QStringList expectedCases = cases.value().keys();
        QStringList freshCases = expected.keys();
        freshCases.removeAll(QString());
        std::sort(expectedCases.begin(), expectedCases.end());
        std::sort(freshCases.begin(), freshCases.end());
        if (expectedCases != freshCases)
            failures << u"%1: the fresh device holds %2 cases, the server's scope has %3"_s.arg(m.name)
                            .arg(freshCases.size()).arg(expectedCases.size());
        for (auto b = expected.cbegin(); b != expected.cend(); ++b)
            for (auto it = b.value().cbegin(); it != b.value().cend(); ++it) {
                if (it.key().startsWith(u"Conflict/"))
                    continue;
                auto stored = txn.record(it.key().section(u'/', 0, 0), it.key().section(u'/', 1));
                const qint64 version = stored.ok() && stored.value() ? stored.value()->version : -1;
                if (!it.value().startsWith(u"v%1 "_s.arg(version)))
                    failures << u"%1: %2 is %3 on the fresh device, v%4 on the server"_s.arg(m.name, it.key(),
                                    it.value().section(u' ', 0, 0)).arg(version);
            }
        checkCanaries(txn, i, cases.value(), failures);
    }
}

void World::checkCanaries(Server::StoreTxn &txn, int member, const QHash<QString, AccessContext> &cases,
                          QStringList &failures)
{
    const Member &m = m_members[size_t(member)];
    Database &db = m.device->db();
    static const QRegularExpression token(u"qz[0-9a-z]{8}"_s);
    const QStringList tables = [&] {
        QStringList t;
        auto s = db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        for (auto row = s.value().step(); row.ok() && row.value(); row = s.value().step())
            t << s.value().text(0);
        return t;
    }();
    int leaks = 0;
    for (const QString &table : tables) {
        auto s = db.prepare(u"SELECT * FROM \"%1\""_s.arg(table));
        if (!s.ok())
            continue;
        Statement &st = s.value();
        for (auto row = st.step(); row.ok() && row.value(); row = st.step()) {
            QString rowId;
            QString text;
            for (int c = 0; c < st.columnCount(); ++c) {
                const QString value = st.isNull(c) ? QString() : QString::fromUtf8(st.blob(c));
                if (st.columnName(c) == u"record_id" || (st.columnName(c) == u"id" && rowId.isEmpty()))
                    rowId = value;
                text += value + u'\x1f';
            }
            for (auto it = token.globalMatch(text); it.hasNext();) {
                const QString t = it.next().captured(0);
                const Canary c = m_canaries.value(t);
                QString why;
                if (!cases.contains(c.bucket)) {
                    why = u"its case is outside the user's scope"_s;
                } else {
                    const EntitySpec *spec = Schema::builtIn().entity(c.entity);
                    const QString id = c.recordId.isEmpty() ? rowId : c.recordId;
                    auto stored = txn.record(c.entity, id);
                    if (stored.ok() && stored.value()) {
                        QVariantMap probe = stored.value()->fields;
                        probe.insert(u"id"_s, id);
                        if (!AccessPolicy::builtIn().readable(Actor{m.userId, m.role}, *spec, probe, cases.value(c.bucket))
                                 .contains(c.field))
                            why = u"the role may not read %1.%2"_s.arg(c.entity, c.field);
                    } else if (c.member != member) {
                        why = u"another device's write the server never stored"_s;
                    }
                }
                if (why.isEmpty())
                    continue;
                if (++leaks <= 5)
                    failures << u"%1: out-of-scope byte in table %2: canary %3 (%4.%5 of case %6): %7"_s.arg(
                        m.name, table, t, c.entity, c.field, c.bucket.right(8), why);
            }
        }
    }
    if (leaks > 5)
        failures << u"%1: %2 out-of-scope canaries in all"_s.arg(m.name).arg(leaks);
}

} // namespace Qadam::Integration::Convergence
