// SqlTxn, second half: scoping, devices, accounts, enrolment, tokens, audit chain, settings.
#include "sqltxn.h"

#include "sqltxn_p.h"
#include "storecodec.h"

using namespace Qt::StringLiterals;

namespace Qadam::Server {

using namespace SqlTxnDetail;

namespace {

const QString kDeviceColumns = u"id, user_id, name, platform, client_version, enrolled_at, last_seen_at, revoked, "
                               u"generation, audit_seq, wipe_receipt, wipe_confirmed_at"_s;
const QString kTokenColumns = u"token_hash, device_id, kind, chain_id, expires_at, used, revoked"_s;
QByteArray bytes(const QByteArray &b)
{
    return b.isNull() ? QByteArray("") : b;
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : u""_s;
}

CaseLink toLink(const SqlRow &r)
{
    CaseLink l;
    l.recordId = r.at(0).toString();
    l.bucket = r.at(1).toString();
    l.kind = r.at(2).toString();
    l.userId = r.at(3).toString();
    l.organisationId = r.at(4).toString();
    l.status = r.at(5).toString();
    l.from = QDate::fromString(r.at(6).toString(), Qt::ISODate);
    l.to = QDate::fromString(r.at(7).toString(), Qt::ISODate);
    return l;
}

DeviceRow toDevice(const SqlRow &r)
{
    DeviceRow d;
    d.id = r.at(0).toString();
    d.userId = r.at(1).toString();
    d.name = r.at(2).toString();
    d.platform = r.at(3).toString();
    d.clientVersion = r.at(4).toString();
    d.enrolledAt = r.at(5).toLongLong();
    d.lastSeenAt = r.at(6).toLongLong();
    d.revoked = r.at(7).toLongLong() != 0;
    d.generation = r.at(8).toLongLong();
    d.auditSeq = r.at(9).toLongLong();
    d.wipeReceiptHash = r.at(10).toByteArray();
    d.wipeConfirmedAt = r.at(11).toLongLong();
    return d;
}

TokenRow toToken(const SqlRow &r)
{
    TokenRow t;
    t.tokenHash = r.at(0).toByteArray();
    t.deviceId = r.at(1).toString();
    t.kind = r.at(2).toString();
    t.chainId = r.at(3).toString();
    t.expiresAt = r.at(4).toLongLong();
    t.used = r.at(5).toLongLong() != 0;
    t.revoked = r.at(6).toLongLong() != 0;
    return t;
}

ServerAuditEvent toAudit(const SqlRow &r)
{
    ServerAuditEvent e;
    e.seq = r.at(0).toLongLong();
    e.id = r.at(1).toString();
    e.at = r.at(2).toLongLong();
    e.actorId = r.at(3).toString();
    e.deviceId = r.at(4).toString();
    e.action = r.at(5).toString();
    e.entity = r.at(6).toString();
    e.recordId = r.at(7).toString();
    e.bucket = r.at(8).toString();
    e.prevHash = r.at(9).toByteArray();
    e.hash = r.at(10).toByteArray();
    return e;
}

template<typename T>
Result<std::optional<T>> firstOf(const Result<QList<T>> &list)
{
    if (!list.ok())
        return list.error();
    if (list.value().isEmpty())
        return std::optional<T>{};
    return std::optional<T>{list.value().constFirst()};
}

} // namespace

// ---- scoping ----

Result<QList<CaseLink>> SqlTxn::links(const QString &where, const QVariantList &params)
{
    auto rows = query(u"SELECT "_s + kLinkColumns + u" FROM case_links WHERE "_s + where, params, Deferred::Unrelated);
    if (!rows.ok())
        return rows.error();
    QList<CaseLink> out;
    for (const SqlRow &r : rows.value())
        out.append(toLink(r));
    return out;
}

Status SqlTxn::setCaseLinks(const QString &recordId, const QList<CaseLink> &links)
{
    if (Status s = usable(true); !s.ok())
        return s;
    // The buckets the record's old links and its new ones name are the ones whose links change.
    auto old = query(u"DELETE FROM case_links WHERE record_id = ?1 RETURNING bucket"_s, {text(recordId)},
                     Deferred::Unrelated);
    if (!old.ok())
        return old.error();
    for (const SqlRow &r : old.value())
        m_linksCache.remove(r.at(0).toString());
    if (links.isEmpty())
        return {};
    QString sql = u"INSERT INTO case_links("_s + kLinkColumns + u") VALUES "_s;
    QVariantList params;
    for (const CaseLink &l : links) {
        m_linksCache.remove(l.bucket);
        const int at = int(params.size());
        sql += (at ? u",("_s : u"("_s);
        for (int col = 1; col <= 8; ++col)
            sql += (col > 1 ? u",?"_s : u"?"_s) + QString::number(at + col);
        sql += u')';
        params << text(recordId) << text(l.bucket) << text(l.kind) << text(l.userId) << text(l.organisationId)
               << text(l.status) << isoDate(l.from) << isoDate(l.to);
    }
    return Status::of(query(sql, params, Deferred::Unrelated));
}

Status SqlTxn::setCaseFacts(const CaseFacts &facts)
{
    m_factsCache.remove(facts.bucket);
    return run(u"INSERT INTO case_facts(bucket, territory, case_officer_id) VALUES (?1, ?2, ?3) "
               u"ON CONFLICT (bucket) DO UPDATE SET territory = excluded.territory, "
               u"case_officer_id = excluded.case_officer_id"_s,
               {text(facts.bucket), text(facts.territory), text(facts.caseOfficerId)}, Deferred::Unrelated);
}

Result<QList<CaseLink>> SqlTxn::linksForUser(const QString &userId, const QString &organisationId)
{
    return links(u"(user_id <> '' AND user_id = ?1) "
                 u"OR (user_id = '' AND organisation_id <> '' AND organisation_id = ?2) ORDER BY bucket, record_id, kind"_s,
                 {text(userId), text(organisationId)});
}

Result<QList<CaseLink>> SqlTxn::linksOfBucket(const QString &bucket)
{
    if (Status s = usable(false); !s.ok())
        return s.error();
    if (auto it = m_linksCache.constFind(bucket); it != m_linksCache.cend())
        return *it;
    auto found = links(u"bucket = ?1 ORDER BY record_id, kind, user_id, organisation_id"_s, {text(bucket)});
    if (found.ok())
        m_linksCache.insert(bucket, found.value());
    return found;
}

Result<std::optional<CaseFacts>> SqlTxn::caseFacts(const QString &bucket)
{
    if (Status s = usable(false); !s.ok())
        return s.error();
    if (auto it = m_factsCache.constFind(bucket); it != m_factsCache.cend())
        return *it;
    auto rows = query(u"SELECT bucket, territory, case_officer_id FROM case_facts WHERE bucket = ?1"_s, {text(bucket)},
                      Deferred::Unrelated);
    if (!rows.ok())
        return rows.error();
    std::optional<CaseFacts> facts;
    if (!rows.value().isEmpty()) {
        const SqlRow &r = rows.value().constFirst();
        facts = CaseFacts{r.at(0).toString(), r.at(1).toString(), r.at(2).toString()};
    }
    m_factsCache.insert(bucket, facts);
    return facts;
}

Result<QStringList> SqlTxn::bucketsByTerritoryOrOfficer(const QStringList &territories, const QStringList &officers)
{
    auto rows = query(u"SELECT bucket FROM case_facts WHERE "_s + m_conn.inList(u"territory"_s, 1)
                          + u" OR "_s + m_conn.inList(u"case_officer_id"_s, 2) + u" ORDER BY bucket"_s,
                      {StoreCodec::encodeList(territories, true), StoreCodec::encodeList(officers, true)});
    if (!rows.ok())
        return rows.error();
    QStringList out;
    for (const SqlRow &r : rows.value())
        out.append(r.at(0).toString());
    return out;
}

// ---- devices and deliveries ----

Result<QList<DeviceRow>> SqlTxn::devices(const QString &where, const QVariantList &params)
{
    auto rows = query(u"SELECT "_s + kDeviceColumns + u" FROM devices WHERE "_s + where, params);
    if (!rows.ok())
        return rows.error();
    QList<DeviceRow> out;
    for (const SqlRow &r : rows.value())
        out.append(toDevice(r));
    return out;
}

Status SqlTxn::putDevice(const DeviceRow &d)
{
    return run(u"INSERT INTO devices("_s + kDeviceColumns
                   + u") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (id) DO UPDATE SET "
                     u"user_id = excluded.user_id, name = excluded.name, platform = excluded.platform, "
                     u"client_version = excluded.client_version, enrolled_at = excluded.enrolled_at, "
                     u"last_seen_at = excluded.last_seen_at, revoked = excluded.revoked, "
                     u"generation = excluded.generation, audit_seq = excluded.audit_seq, "
                     u"wipe_receipt = excluded.wipe_receipt, wipe_confirmed_at = excluded.wipe_confirmed_at"_s,
               {text(d.id), text(d.userId), text(d.name), text(d.platform), text(d.clientVersion), d.enrolledAt,
                d.lastSeenAt, qint64(d.revoked ? 1 : 0), d.generation, d.auditSeq, bytes(d.wipeReceiptHash),
                d.wipeConfirmedAt});
}

Result<std::optional<DeviceRow>> SqlTxn::device(const QString &id)
{
    return firstOf(devices(u"id = ?1"_s, {text(id)}));
}

Result<QList<DeviceRow>> SqlTxn::devicesOfUser(const QString &userId)
{
    return devices(u"user_id = ?1 ORDER BY enrolled_at, id"_s, {text(userId)});
}

Result<QHash<QString, Delivered>> SqlTxn::deliveredBuckets(const QString &deviceId)
{
    auto rows = query(u"SELECT bucket, generation, view FROM delivered WHERE device_id = ?1"_s, {text(deviceId)});
    if (!rows.ok())
        return rows.error();
    QHash<QString, Delivered> out;
    for (const SqlRow &r : rows.value())
        out.insert(r.at(0).toString(), Delivered{r.at(1).toLongLong(), r.at(2).toString()});
    return out;
}

Status SqlTxn::markDelivered(const QString &deviceId, const QStringList &buckets, qint64 generation,
                             const QString &view)
{
    if (buckets.isEmpty())
        return usable(true);
    // "WHERE true": SQLite needs it to tell the upsert's ON from a join's.
    return run(u"INSERT INTO delivered(device_id, bucket, generation, view) SELECT CAST(?1 AS TEXT), b.value, "
               u"CAST(?3 AS BIGINT), CAST(?4 AS TEXT) FROM "_s + m_conn.listOf(2)
                   + u" AS b WHERE true ON CONFLICT (device_id, bucket) DO UPDATE SET generation = excluded.generation, "
                     u"view = excluded.view"_s,
               {text(deviceId), StoreCodec::encodeList(buckets), generation, text(view)});
}

Status SqlTxn::forgetDeliveredAfter(const QString &deviceId, qint64 generation)
{
    return run(u"DELETE FROM delivered WHERE device_id = ?1 AND generation > ?2"_s, {text(deviceId), generation});
}

Status SqlTxn::forgetDelivered(const QString &deviceId, const QStringList &buckets)
{
    if (buckets.isEmpty())
        return usable(true);
    return run(u"DELETE FROM delivered WHERE device_id = ?1 AND "_s + m_conn.inList(u"bucket"_s, 2),
               {text(deviceId), StoreCodec::encodeList(buckets)});
}

// ---- accounts, enrolment, tokens ----

Status SqlTxn::putAccount(const AccountRow &a)
{
    return run(u"INSERT INTO accounts(user_id, revoked) VALUES (?1, ?2) "
               u"ON CONFLICT (user_id) DO UPDATE SET revoked = excluded.revoked"_s,
               {text(a.userId), qint64(a.revoked ? 1 : 0)});
}

Result<std::optional<AccountRow>> SqlTxn::account(const QString &userId)
{
    auto rows = query(u"SELECT user_id, revoked FROM accounts WHERE user_id = ?1"_s, {text(userId)});
    if (!rows.ok())
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<AccountRow>{};
    const SqlRow &r = rows.value().constFirst();
    return std::optional<AccountRow>{AccountRow{r.at(0).toString(), r.at(1).toLongLong() != 0}};
}

Status SqlTxn::putEnrolmentCode(const EnrolmentCode &c)
{
    const QVariant usedAt = c.usedAt > 0 ? QVariant(c.usedAt) : QVariant();
    return run(u"INSERT INTO enrolment_codes(code_hash, user_id, expires_at, used_at) VALUES (?1, ?2, ?3, ?4) "
               u"ON CONFLICT (code_hash) DO UPDATE SET user_id = excluded.user_id, "
               u"expires_at = excluded.expires_at, used_at = excluded.used_at"_s,
               {bytes(c.codeHash), text(c.userId), c.expiresAt, usedAt});
}

Result<std::optional<EnrolmentCode>> SqlTxn::consumeEnrolmentCode(const QByteArray &codeHash, qint64 now)
{
    if (Status s = usable(true); !s.ok())
        return s.error();
    auto rows = query(u"UPDATE enrolment_codes SET used_at = ?2 "
                      u"WHERE code_hash = ?1 AND used_at IS NULL AND expires_at > ?2 "
                      u"RETURNING code_hash, user_id, expires_at, used_at"_s,
                      {bytes(codeHash), now});
    if (!rows.ok())
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<EnrolmentCode>{};
    const SqlRow &r = rows.value().constFirst();
    return std::optional<EnrolmentCode>{
        EnrolmentCode{r.at(0).toByteArray(), r.at(1).toString(), r.at(2).toLongLong(), r.at(3).toLongLong()}};
}

Status SqlTxn::putToken(const TokenRow &t)
{
    return run(u"INSERT INTO tokens("_s + kTokenColumns
                   + u") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (token_hash) DO UPDATE SET "
                     u"device_id = excluded.device_id, kind = excluded.kind, chain_id = excluded.chain_id, "
                     u"expires_at = excluded.expires_at, used = excluded.used, revoked = excluded.revoked"_s,
               {bytes(t.tokenHash), text(t.deviceId), text(t.kind), text(t.chainId), t.expiresAt,
                qint64(t.used ? 1 : 0), qint64(t.revoked ? 1 : 0)});
}

Result<std::optional<TokenRow>> SqlTxn::token(const QByteArray &tokenHash)
{
    auto rows = query(u"SELECT "_s + kTokenColumns + u" FROM tokens WHERE token_hash = ?1"_s, {bytes(tokenHash)});
    if (!rows.ok())
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<TokenRow>{};
    return std::optional<TokenRow>{toToken(rows.value().constFirst())};
}

Status SqlTxn::markTokenUsed(const QByteArray &tokenHash)
{
    return run(u"UPDATE tokens SET used = 1 WHERE token_hash = ?1"_s, {bytes(tokenHash)});
}

Result<QList<TokenRow>> SqlTxn::refreshTokensOfChain(const QString &chainId)
{
    auto rows = query(u"SELECT "_s + kTokenColumns
                          + u" FROM tokens WHERE chain_id = ?1 AND kind = 'refresh' "
                            u"ORDER BY expires_at DESC, used ASC, revoked DESC"_s,
                      {text(chainId)});
    if (!rows.ok())
        return rows.error();
    QList<TokenRow> out;
    for (const SqlRow &r : rows.value())
        out.append(toToken(r));
    return out;
}

Status SqlTxn::revokeChain(const QString &chainId)
{
    if (chainId.isEmpty())
        return usable(true);
    return run(u"UPDATE tokens SET revoked = 1 WHERE chain_id = ?1"_s, {chainId});
}

Status SqlTxn::revokeDeviceTokens(const QString &deviceId)
{
    return run(u"UPDATE tokens SET revoked = 1 WHERE device_id = ?1"_s, {text(deviceId)});
}

// ---- audit chain ----

Result<QList<ServerAuditEvent>> SqlTxn::audits(const QString &tail, const QVariantList &params)
{
    auto rows = query(u"SELECT "_s + kAuditColumns + u" FROM audit_event "_s + tail, params);
    if (!rows.ok())
        return rows.error();
    QList<ServerAuditEvent> out;
    for (const SqlRow &r : rows.value())
        out.append(toAudit(r));
    return out;
}

Result<std::optional<ServerAuditEvent>> SqlTxn::lastAuditEvent()
{
    if (m_lastAuditKnown)
        return m_lastAudit;
    auto last = firstOf(audits(u"ORDER BY seq DESC LIMIT 1"_s, {}));
    if (last.ok() && m_write) {  // writers are serialised: nobody else appends meanwhile
        m_lastAudit = last.value();
        m_lastAuditKnown = true;
    }
    return last;
}

Status SqlTxn::appendAuditEvent(ServerAuditEvent &e)
{
    if (Status s = usable(true); !s.ok())
        return s;
    auto seq = nextValue(u"audit"_s);
    if (!seq.ok())
        return seq.error();
    m_deferredAudit.append(QVariantList{seq.value(), text(e.id), e.at, text(e.actorId), text(e.deviceId), text(e.action),
                            text(e.entity), text(e.recordId), text(e.bucket), bytes(e.prevHash), bytes(e.hash)});
    e.seq = seq.value();
    m_lastAudit = e;
    m_lastAuditKnown = true;
    return {};
}

Result<QList<ServerAuditEvent>> SqlTxn::auditEvents(qint64 afterSeq, int limit)
{
    return audits(u"WHERE seq > ?1 ORDER BY seq LIMIT ?2"_s, {afterSeq, sqlLimit(limit)});
}

// ---- settings ----

Result<QString> SqlTxn::setting(const QString &key)
{
    auto rows = query(u"SELECT value FROM settings WHERE key = ?1"_s, {text(key)});
    if (!rows.ok())
        return rows.error();
    return rows.value().isEmpty() ? QString() : rows.value().constFirst().at(0).toString();
}

Status SqlTxn::setSetting(const QString &key, const QString &value)
{
    return run(u"INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
               {text(key), text(value)});
}

} // namespace Qadam::Server
