#pragma once

#include "serverstore.h"
#include "sqlconnection.h"

#include <functional>

namespace Qadam::Server {

/**
 * The one StoreTxn implementation both stores share: every method is a few portable SQL
 * statements over a SqlConnection, so SQLCipher and PostgreSQL keep the same semantics by
 * construction. Sequences come from the `counters` table, read once per transaction and written
 * back at commit (the transaction is the only writer, see ServerStore::begin).
 */
class SqlTxn final : public StoreTxn
{
public:
    /** `conn` has already begun; `release` hands it back to its pool (after rollback if needed). */
    SqlTxn(SqlConnection &conn, bool write, std::function<void()> release);
    ~SqlTxn() override;
    SqlTxn(const SqlTxn &) = delete;
    SqlTxn &operator=(const SqlTxn &) = delete;

    Status commit() override;

    Result<std::optional<StoredRecord>> record(const QString &entity, const QString &id) override;
    Result<qint64> putRecord(StoredRecord &r) override;
    Result<QList<StoredRecord>> recordsSince(qint64 afterSeq, const QStringList &buckets, int limit,
                                             const QString &exceptEchoOf = {}) override;
    Result<QList<StoredRecord>> bucketRecords(const QString &bucket, qint64 upToSeq) override;
    Result<QList<StoredRecord>> recordsOf(const QString &entity, int limit) override;
    Status prefetchReceipts(const QString &deviceId, const QList<qint64> &deviceSeqs) override;
    Status prefetchRecords(const QList<QPair<QString, QString>> &entityIds, QStringList *buckets) override;
    Status prefetchFacts(const QStringList &buckets) override;
    Status prefetchLinks(const QStringList &buckets) override;
    Status deleteBucket(const QString &bucket) override;
    Result<qint64> highWater() override;
    Result<qint64> countSince(qint64 afterSeq, const QStringList &buckets) override;
    Result<QSet<QString>> bucketsChangedUpTo(const QStringList &buckets, qint64 upToSeq) override;
    Status putHistory(const QString &entity, const QString &recordId, const QString &field, const QVariant &oldValue,
                      qint64 version, qint64 at, const QString &by) override;
    Result<qint64> historyCount(const QString &recordId) override;

    Result<qint64> putConflict(ConflictRow &c) override;
    Result<std::optional<ConflictRow>> conflict(const QString &id) override;
    Result<QList<ConflictRow>> conflictsSince(qint64 afterSeq, const QStringList &buckets, int limit) override;

    Result<std::optional<QByteArray>> receipt(const QString &deviceId, qint64 deviceSeq) override;
    Status putReceipt(const QString &deviceId, qint64 deviceSeq, const QByteArray &result) override;
    Result<qint64> lastDeviceSeq(const QString &deviceId) override;

    Status setCaseLinks(const QString &recordId, const QList<CaseLink> &links) override;
    Status setCaseFacts(const CaseFacts &facts) override;
    Result<QList<CaseLink>> linksForUser(const QString &userId, const QString &organisationId) override;
    Result<QList<CaseLink>> linksOfBucket(const QString &bucket) override;
    Result<std::optional<CaseFacts>> caseFacts(const QString &bucket) override;
    Result<QStringList> bucketsByTerritoryOrOfficer(const QStringList &territories, const QStringList &officers) override;

    Status putDevice(const DeviceRow &d) override;
    Result<std::optional<DeviceRow>> device(const QString &id) override;
    Result<QList<DeviceRow>> devicesOfUser(const QString &userId) override;
    Result<QHash<QString, Delivered>> deliveredBuckets(const QString &deviceId) override;
    Status markDelivered(const QString &deviceId, const QStringList &buckets, qint64 generation,
                         const QString &view) override;
    Status forgetDeliveredAfter(const QString &deviceId, qint64 generation) override;
    Status forgetDelivered(const QString &deviceId, const QStringList &buckets) override;

    Status putAccount(const AccountRow &a) override;
    Result<std::optional<AccountRow>> account(const QString &userId) override;
    Status putEnrolmentCode(const EnrolmentCode &c) override;
    Result<std::optional<EnrolmentCode>> consumeEnrolmentCode(const QByteArray &codeHash, qint64 now) override;
    Status putToken(const TokenRow &t) override;
    Result<std::optional<TokenRow>> token(const QByteArray &tokenHash) override;
    Status markTokenUsed(const QByteArray &tokenHash) override;
    Result<QList<TokenRow>> refreshTokensOfChain(const QString &chainId) override;
    Status revokeChain(const QString &chainId) override;
    Status revokeDeviceTokens(const QString &deviceId) override;

    Result<std::optional<ServerAuditEvent>> lastAuditEvent() override;
    Status appendAuditEvent(ServerAuditEvent &e) override;
    Result<QList<ServerAuditEvent>> auditEvents(qint64 afterSeq, int limit) override;

    Result<QString> setting(const QString &key) override;
    Status setSetting(const QString &key, const QString &value) override;

private:
    /** One named counter ("change", "audit"), cached for the transaction. */
    struct Counter
    {
        qint64 value = -1;  ///< -1: not read yet
        bool dirty = false;
    };

    /** A record as this transaction knows it: read, prefetched, or written here (then its JSON
     *  columns stay encoded until someone reads it). */
    struct CachedRecord
    {
        std::optional<StoredRecord> record;
        QString fieldsJson, versionsJson;
        bool encoded = false;
    };
    /** Whether a statement reads or writes a table whose inserts wait (records, audit_event,
     *  receipts; see flushDeferred). Only then must they go out before it. */
    enum class Deferred { Flush, Unrelated };
    /** Runs `sql`; first writes out the deferred inserts, so every read sees every write. A
     *  statement on other tables only (`Deferred::Unrelated`: case links and facts) leaves them
     *  waiting, so a batch of people or orders still goes out in a few multi-row statements. */
    [[nodiscard]] Result<SqlRows> query(const QString &sql, const QVariantList &params = {},
                                        Deferred deferred = Deferred::Flush);
    /** The inserts a push makes per op (records, audit events, receipts) wait here and go out as
     *  multi-row statements before the next read and at commit: a few round trips per batch
     *  instead of three per op, which matters on PostgreSQL where writers take turns. */
    [[nodiscard]] Status flushDeferred();
    [[nodiscard]] Status insertRows(const QString &table, const QString &columns, const QString &tail,
                                    const QList<QVariantList> &rows);
    [[nodiscard]] bool hasDeferred() const
    {
        return !m_deferredRecords.isEmpty() || !m_deferredAudit.isEmpty() || !m_deferredReceipts.isEmpty();
    }
    /** `buckets` as the JSON array the `inList` forms read. A pull names the same scope (thousands
     *  of buckets) in every query of a page: encoded once per transaction, not per query. */
    [[nodiscard]] const QString &bucketList(const QStringList &buckets);
    static QString recordKey(const QString &entity, const QString &id) { return entity + u'\n' + id; }
    static QString receiptKey(const QString &deviceId, qint64 seq) { return deviceId + u'\n' + QString::number(seq); }
    [[nodiscard]] Status run(const QString &sql, const QVariantList &params = {}, Deferred deferred = Deferred::Flush);
    /** Error unless the transaction is open (and, for `write`, a write transaction). */
    [[nodiscard]] Status usable(bool write) const;
    [[nodiscard]] Result<qint64> counterValue(const QString &name);
    [[nodiscard]] Result<qint64> nextValue(const QString &name);
    [[nodiscard]] Status flushCounters();
    /** What a read of records needs: a merge reads their field versions, a pull never does. */
    enum class Versions { Read, Skip };
    [[nodiscard]] Result<QList<StoredRecord>> records(const QString &where, const QVariantList &params,
                                                      Versions versions = Versions::Read);
    [[nodiscard]] Result<QList<ConflictRow>> conflicts(const QString &where, const QVariantList &params);
    [[nodiscard]] Result<QList<CaseLink>> links(const QString &where, const QVariantList &params);
    [[nodiscard]] Result<QList<DeviceRow>> devices(const QString &where, const QVariantList &params);
    [[nodiscard]] Result<QList<ServerAuditEvent>> audits(const QString &tail, const QVariantList &params);

    SqlConnection &m_conn;
    bool m_write;
    bool m_done = false;
    std::function<void()> m_release;
    QHash<QString, Counter> m_counters;
    /** The newest audit event as this transaction knows it (after its own appends): a push
     *  appends one event per op, and each needs the previous hash. */
    std::optional<ServerAuditEvent> m_lastAudit;
    bool m_lastAuditKnown = false;
    QHash<QString, CachedRecord> m_recordCache;                 ///< recordKey -> record or known absent
    QHash<QString, std::optional<QByteArray>> m_receiptCache;   ///< receiptKey -> result or known absent
    QHash<QString, std::optional<CaseFacts>> m_factsCache;      ///< bucket -> facts or known absent
    QHash<QString, QList<CaseLink>> m_linksCache;               ///< bucket -> its links
    QHash<QString, QVariantList> m_deferredRecords;             ///< recordKey -> the row (the last write wins)
    QList<QVariantList> m_deferredAudit;
    QList<QVariantList> m_deferredReceipts;
    QStringList m_listed;  ///< the bucket list last encoded, and its JSON
    QString m_listedJson;
};

/** The limit parameter for `LIMIT ?n`: `limit` <= 0 means no limit. */
[[nodiscard]] qint64 sqlLimit(int limit);

} // namespace Qadam::Server
