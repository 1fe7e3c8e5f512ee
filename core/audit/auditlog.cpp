#include "auditlog.h"

#include "store/database.h"

#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <array>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

void addField(QByteArray &out, const QByteArray &bytes)
{
    char len[4];
    qToBigEndian<quint32>(quint32(bytes.size()), len);
    out.append(len, 4);
    out.append(bytes);
}

const QString kColumns = u"seq, id, at, actor_id, actor_role, device_id, action, entity, record_id, person_id, prev_hash, hash"_s;

AuditEvent readEvent(const Statement &s)
{
    AuditEvent e;
    e.seq = s.integer(0);
    e.id = s.text(1);
    e.at = s.integer(2);
    e.actorId = s.text(3);
    e.actorRole = s.text(4);
    e.deviceId = s.text(5);
    e.action = s.text(6);
    e.entity = s.text(7);
    e.recordId = s.text(8);
    e.personId = s.text(9);
    e.prevHash = s.blob(10);
    e.hash = s.blob(11);
    return e;
}

} // namespace

QByteArray AuditLog::hashOf(const AuditEvent &e)
{
    QByteArray canonical;
    addField(canonical, QByteArrayLiteral("qadam-audit-v1"));
    addField(canonical, QByteArray::number(e.seq));
    addField(canonical, e.id.toUtf8());
    addField(canonical, QByteArray::number(e.at));
    addField(canonical, e.actorId.toUtf8());
    addField(canonical, e.actorRole.toUtf8());
    addField(canonical, e.deviceId.toUtf8());
    addField(canonical, e.action.toUtf8());
    addField(canonical, e.entity.toUtf8());
    addField(canonical, e.recordId.toUtf8());
    addField(canonical, e.personId.toUtf8());
    addField(canonical, e.prevHash);
    QByteArray digest(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(canonical.constData()), quint64(canonical.size()));
    return digest;
}

Status AuditLog::append(Database &db, AuditEvent &event)
{
    Q_ASSERT(db.inTransaction());
    auto last = db.cached(u"SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"_s);
    if (!last.ok())
        return last.error();
    auto row = last.value().step();
    if (!row.ok())
        return row.error();
    event.seq = row.value() ? last.value().integer(0) + 1 : 1;
    event.prevHash = row.value() ? last.value().blob(1) : genesisHash();
    event.hash = hashOf(event);

    auto insert = db.cached(u"INSERT INTO audit_event(%1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"_s.arg(kColumns));
    if (!insert.ok())
        return insert.error();
    Statement &s = insert.value();
    s.bind(1, event.seq).bind(2, event.id).bind(3, event.at).bind(4, event.actorId).bind(5, event.actorRole);
    s.bind(6, event.deviceId).bind(7, event.action).bind(8, event.entity).bind(9, event.recordId);
    if (event.personId.isEmpty())
        s.bindNull(10);
    else
        s.bind(10, event.personId);
    s.bind(11, event.prevHash).bind(12, event.hash);
    return s.run();
}

// The actions of a write, for describesOp and the filter of eventsWithoutOps alike.
constexpr std::array<QStringView, 4> kOpActions{u"create", u"update", u"amend", u"resolve_conflict"};
constexpr QStringView kCommandPrefix = u"command:";

bool AuditLog::describesOp(const QString &action)
{
    return action.startsWith(kCommandPrefix)
        || std::find(kOpActions.cbegin(), kOpActions.cend(), QStringView(action)) != kOpActions.cend();
}

Result<qint64> AuditLog::lastSeq(Database &db)
{
    auto v = db.scalar(u"SELECT coalesce(max(seq), 0) FROM audit_event"_s);
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

Result<QList<AuditEvent>> AuditLog::eventsWithoutOps(Database &db, qint64 afterSeq, qint64 throughSeq, int limit)
{
    static const QString sql = [] {
        QStringList quoted;
        for (QStringView a : kOpActions)
            quoted << u"'%1'"_s.arg(a);
        return u"SELECT %1 FROM audit_event WHERE seq > ?1 AND seq <= ?2 AND action NOT IN (%2)"
               u" AND action NOT LIKE '%3%' ORDER BY seq LIMIT ?3"_s.arg(kColumns, quoted.join(u", "_s), kCommandPrefix);
    }();
    auto stmt = db.cached(sql);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, afterSeq).bind(2, throughSeq).bind(3, qint64(limit));
    QList<AuditEvent> out;
    while (true) {
        auto row = stmt.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            return out;
        out.append(readEvent(stmt.value()));
    }
}

Result<ChainReport> AuditLog::verify(Database &db)
{
    auto stmt = db.cached(u"SELECT %1 FROM audit_event ORDER BY seq"_s.arg(kColumns));
    if (!stmt.ok())
        return stmt.error();
    ChainReport report;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (true) {
        auto row = stmt.value().step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const AuditEvent e = readEvent(stmt.value());
        ++report.checked;
        QString reason;
        if (e.seq != expectedSeq)
            reason = u"sequence gap: expected %1"_s.arg(expectedSeq);
        else if (e.prevHash != expectedPrev)
            reason = u"previous-hash link does not match"_s;
        else if (hashOf(e) != e.hash)
            reason = u"event content does not match its hash"_s;
        if (!reason.isEmpty()) {
            report.firstBrokenSeq = e.seq;
            report.firstBrokenId = e.id;
            report.reason = reason;
            return report;
        }
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
    }
    return report;
}

} // namespace Qadam
