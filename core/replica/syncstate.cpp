#include "syncstate.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {
const QString kCursor = u"cursor"_s;
const QString kEpoch = u"epoch"_s;
const QString kLease = u"lease_expires_at"_s;
const QString kServerReadsUuids = u"server_reads_uuid_values"_s;
const QString kLastSync = u"last_sync_at"_s;
const QString kAuditUploaded = u"audit_uploaded_through"_s;
const QString kRemaining = u"remaining"_s;
const QString kServerUrl = u"server_url"_s;
const QString kDeviceId = u"device_id"_s;
const QString kUserId = u"user_id"_s;
const QString kRole = u"role"_s;
const QString kOrganisation = u"organisation_id"_s;
const QString kDisplayName = u"display_name"_s;
const QString kRefreshToken = u"refresh_token"_s;
} // namespace

Result<QString> SyncState::value(const QString &key, const QString &fallback)
{
    auto stmt = m_db.cached(u"SELECT value FROM sync_state WHERE key = ?1"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, key);
    auto row = stmt.value().step();
    if (!row.ok())
        return row.error();
    return row.value() ? stmt.value().text(0) : fallback;
}

Status SyncState::setValue(const QString &key, const QString &value)
{
    auto stmt = m_db.cached(u"INSERT INTO sync_state(key, value) VALUES (?1, ?2) "
                             u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, key).bind(2, value);
    return stmt.value().run();
}

Status SyncState::remove(const QString &key)
{
    auto stmt = m_db.cached(u"DELETE FROM sync_state WHERE key = ?1"_s);
    if (!stmt.ok())
        return stmt.error();
    stmt.value().bind(1, key);
    return stmt.value().run();
}

Result<qint64> SyncState::integer(const QString &key)
{
    auto v = value(key, u"0"_s);
    if (!v.ok())
        return v.error();
    return v.value().toLongLong();
}

Result<QByteArray> SyncState::cursor()
{
    auto v = value(kCursor);
    if (!v.ok())
        return v.error();
    return QByteArray::fromBase64(v.value().toLatin1());
}

Status SyncState::setCursor(const QByteArray &cursor)
{
    return setValue(kCursor, QString::fromLatin1(cursor.toBase64()));
}

Result<QByteArray> SyncState::epoch()
{
    auto v = value(kEpoch);
    if (!v.ok())
        return v.error();
    return QByteArray::fromHex(v.value().toLatin1());
}

Status SyncState::setEpoch(const QByteArray &epoch)
{
    return setValue(kEpoch, QString::fromLatin1(epoch.toHex()));
}

Result<bool> SyncState::serverReadsUuidValues()
{
    auto v = integer(kServerReadsUuids);
    if (!v.ok())
        return v.error();
    return v.value() == 1;
}

Status SyncState::setServerReadsUuidValues(bool reads)
{
    return setValue(kServerReadsUuids, reads ? u"1"_s : u"0"_s);
}

Result<qint64> SyncState::leaseExpiresAt()
{
    return integer(kLease);
}

Status SyncState::setLeaseExpiresAt(qint64 ms)
{
    return setValue(kLease, QString::number(ms));
}

Result<bool> SyncState::leaseExpired(qint64 nowMs)
{
    auto lease = leaseExpiresAt();
    if (!lease.ok())
        return lease.error();
    if (lease.value() <= 0)
        return false;
    auto lastSync = lastSyncAt();
    if (!lastSync.ok())
        return lastSync.error();
    // R9: a clock set back before the last authenticated sync would stretch the lease forever;
    // it counts as expired until the next sync (which records the clock's time again).
    const bool rolledBack = lastSync.value() > 0 && nowMs < lastSync.value() - kClockRollbackToleranceMs;
    return rolledBack || nowMs > lease.value();
}

Result<qint64> SyncState::lastSyncAt()
{
    return integer(kLastSync);
}

Status SyncState::setLastSyncAt(qint64 ms)
{
    return setValue(kLastSync, QString::number(ms));
}

Result<qint64> SyncState::auditUploadedThrough()
{
    return integer(kAuditUploaded);
}

Status SyncState::setAuditUploadedThrough(qint64 seq)
{
    return setValue(kAuditUploaded, QString::number(seq));
}

Result<qint64> SyncState::remaining()
{
    return integer(kRemaining);
}

Result<SyncCredentials> SyncState::credentials()
{
    SyncCredentials c;
    const std::pair<QString, QString *> keys[] = {
        {kServerUrl, &c.serverUrl}, {kDeviceId, &c.deviceId},         {kUserId, &c.userId},
        {kRole, &c.role},           {kOrganisation, &c.organisationId}, {kDisplayName, &c.displayName},
        {kRefreshToken, &c.refreshToken}};
    for (const auto &[key, target] : keys) {
        auto v = value(key);
        if (!v.ok())
            return v.error();
        *target = v.value();
    }
    return c;
}

Status SyncState::setCredentials(const SyncCredentials &c)
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    const std::pair<QString, QString> values[] = {
        {kServerUrl, c.serverUrl}, {kDeviceId, c.deviceId},         {kUserId, c.userId},
        {kRole, c.role},           {kOrganisation, c.organisationId}, {kDisplayName, c.displayName},
        {kRefreshToken, c.refreshToken}};
    for (const auto &[key, v] : values) {
        if (Status s = setValue(key, v); !s.ok())
            return s;
    }
    return tx.commit();
}

Status SyncState::setRefreshToken(const QString &token)
{
    return setValue(kRefreshToken, token);
}

Status SyncState::clearCredentials()
{
    Transaction tx(m_db);
    if (!tx.began())
        return tx.beginStatus();
    for (const QString &key : {kDeviceId, kUserId, kRole, kOrganisation, kDisplayName, kRefreshToken}) {
        if (Status s = remove(key); !s.ok())
            return s;
    }
    return tx.commit();
}

} // namespace Qadam
