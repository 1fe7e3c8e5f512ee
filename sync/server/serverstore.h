#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace Qadam::Server {

/**
 * The authoritative state of one record on the server. Records of every entity share one shape:
 * the fields live in their storage form (core/domain/schema.h) as a JSON object in the store.
 * `seq` is the server sequence of the record's last change: a pull sends every record of the
 * reader's buckets whose seq is above the reader's cursor (the "by-seq index" of CouchDB, so a
 * record appears at most once per pull however often it changed).
 */
struct StoredRecord
{
    QString entity;
    QString id;
    QString bucket;                  ///< the person id (case); empty for directory records (staff, organisations)
    qint64 version = 0;              ///< 1 on create, +1 per applied change
    qint64 seq = 0;                  ///< assigned by the store on put()
    qint64 hlc = 0;
    QVariantMap fields;              ///< field name → storage-form value
    QHash<QString, qint64> fieldVersions;  ///< field → record version that last changed it (merge)
    QHash<QString, QString> fieldWriters;  ///< field → device whose op made that change; absent for server-side writes

    /** Marks `field` changed at the current version by `device` (empty: a server-side write). */
    void touch(const QString &field, const QString &device)
    {
        fieldVersions.insert(field, version);
        if (device.isEmpty())
            fieldWriters.remove(field);
        else
            fieldWriters.insert(field, device);
    }
    QString echoDevice;              ///< device whose op produced exactly this state (its pull skips it); empty otherwise
    qint64 createdAt = 0;
    QString createdBy;
    qint64 updatedAt = 0;
    QString updatedBy;
};

/** What a device was sent of one bucket. */
struct Delivered
{
    qint64 generation = 0;
    QString view;

    friend bool operator==(const Delivered &, const Delivered &) = default;
};

/** A same-field conflict on a protected field (ARCHITECTURE.md "Merge"). */
struct ConflictRow
{
    QString id;
    QString bucket;
    QString entity;
    QString recordId;
    QString field;
    QVariant serverValue;
    QVariant deviceValue;
    QString deviceId;
    QString userId;
    qint64 at = 0;
    bool resolved = false;
    QString resolvedBy;
    qint64 seq = 0;                  ///< assigned by the store on put/resolve (pulled like records)
};

/**
 * What scoping needs to know about a case, maintained by the engine whenever a Person,
 * SupervisionOrder or Referral is written (one row per record and linked user/organisation).
 *  kind: "case_officer" (Person.caseOfficerId), "intake" (Person.createdBy, counts while the
 *  case has no case officer), "order_officer" (probation/police officer of a live order),
 *  "referral" (counsellorId / organisationId with status and term).
 */
struct CaseLink
{
    QString recordId;
    QString bucket;
    QString kind;
    QString userId;                  ///< may be empty (referral to an organisation)
    QString organisationId;
    QString status;                  ///< order / referral status
    QDate from;                      ///< referral term start (invalid = open)
    QDate to;                        ///< referral term end (invalid = open)
};

/** Facts of a case for supervisors' region scope. */
struct CaseFacts
{
    QString bucket;
    QString territory;               ///< Person.residenceTerritory
    QString caseOfficerId;
};

struct DeviceRow
{
    QString id;
    QString userId;
    QString name;
    QString platform;
    QString clientVersion;
    qint64 enrolledAt = 0;
    qint64 lastSeenAt = 0;
    bool revoked = false;            ///< answered by a wipe command
    qint64 generation = 0;           ///< scope generation last handed out
    qint64 auditSeq = 0;             ///< the newest of the device's own audit events the server holds (R30)
    QByteArray wipeReceiptHash{};    ///< Secrets::hash of the receipt of the last wipe command sent (R10)
    qint64 wipeConfirmedAt = 0;      ///< when the device confirmed that wipe; 0: not (yet)
};

struct AccountRow
{
    QString userId;                  ///< = StaffUser record id
    bool revoked = false;
};

struct EnrolmentCode
{
    QByteArray codeHash;             ///< BLAKE2b of the code; the code itself is never stored
    QString userId;
    qint64 expiresAt = 0;
    qint64 usedAt = 0;
};

struct TokenRow
{
    QByteArray tokenHash;
    QString deviceId;
    QString kind;                    ///< "access" | "refresh"
    QString chainId;                 ///< refresh chain; reuse of a used refresh token revokes the chain
    qint64 expiresAt = 0;
    bool used = false;               ///< refresh tokens: rotated away
    bool revoked = false;
};

struct ServerAuditEvent
{
    qint64 seq = 0;
    QString id;
    qint64 at = 0;
    QString actorId;
    QString deviceId;
    QString action;                  ///< enroll, token, push:<outcome>, revoke_device, export, …
    QString entity;
    QString recordId;
    QString bucket;
    QByteArray prevHash;
    QByteArray hash;
};

/**
 * One transaction on the server store. Everything done through it commits together or not at
 * all; destroying it without commit() rolls back. Write transactions are serialised by the store
 * (one writer at a time across processes), so sequences commit in order and a reader never sees
 * seq N+1 before N ("sequences become visible only when every lower sequence has committed").
 */
class StoreTxn
{
public:
    virtual ~StoreTxn() = default;
    [[nodiscard]] virtual Status commit() = 0;

    // ---- records ----
    [[nodiscard]] virtual Result<std::optional<StoredRecord>> record(const QString &entity, const QString &id) = 0;
    /** Inserts or replaces the record; assigns and returns the next sequence (also set in `r`). */
    [[nodiscard]] virtual Result<qint64> putRecord(StoredRecord &r) = 0;
    /** Records with seq > `afterSeq` in `buckets` (empty string = directory), lowest seq first.
     *  With `exceptEchoOf`, records whose current state that device produced are left out (a
     *  pull never sends a device its own writes back; the store skips them without decoding).
     *  What a pull sends: without field versions and writers (the merge's business only). */
    [[nodiscard]] virtual Result<QList<StoredRecord>> recordsSince(qint64 afterSeq, const QStringList &buckets,
                                                                   int limit, const QString &exceptEchoOf = {}) = 0;
    /** Every record of one bucket with seq <= `upToSeq` (a backfill), in seq order; without
     *  field versions and writers, like recordsSince. */
    [[nodiscard]] virtual Result<QList<StoredRecord>> bucketRecords(const QString &bucket, qint64 upToSeq) = 0;
    /** Read-ahead for a push batch: the receipts of these device sequences, these records (entity,
     *  id), and the facts and the links of these buckets, each in a few queries; later lookups of
     *  them are answered from memory for the rest of the transaction. A store may do nothing. */
    [[nodiscard]] virtual Status prefetchReceipts(const QString &deviceId, const QList<qint64> &deviceSeqs)
    {
        Q_UNUSED(deviceId) Q_UNUSED(deviceSeqs) return {};
    }
    /** Also adds to `buckets` the bucket of each record found. */
    [[nodiscard]] virtual Status prefetchRecords(const QList<QPair<QString, QString>> &entityIds, QStringList *buckets)
    {
        Q_UNUSED(entityIds) Q_UNUSED(buckets) return {};
    }
    [[nodiscard]] virtual Status prefetchFacts(const QStringList &buckets)
    {
        Q_UNUSED(buckets) return {};
    }
    [[nodiscard]] virtual Status prefetchLinks(const QStringList &buckets)
    {
        Q_UNUSED(buckets) return {};
    }
    /** Records of `entity` (directory reads: staff, organisations; also the engine's lookups). */
    [[nodiscard]] virtual Result<QList<StoredRecord>> recordsOf(const QString &entity, int limit) = 0;
    /** Deletes every record, conflict and case link of `bucket` (retention; tests). */
    [[nodiscard]] virtual Status deleteBucket(const QString &bucket) = 0;
    /** The highest committed sequence. */
    [[nodiscard]] virtual Result<qint64> highWater() = 0;
    /** Count of records with seq > afterSeq in buckets (progress estimate). */
    [[nodiscard]] virtual Result<qint64> countSince(qint64 afterSeq, const QStringList &buckets) = 0;
    /** Of `buckets`, those holding a record or conflict at a sequence ≤ upToSeq. */
    [[nodiscard]] virtual Result<QSet<QString>> bucketsChangedUpTo(const QStringList &buckets, qint64 upToSeq) = 0;

    /** Keeps an overwritten value (last-received merge of a low-stakes field): nothing is lost. */
    [[nodiscard]] virtual Status putHistory(const QString &entity, const QString &recordId, const QString &field,
                                            const QVariant &oldValue, qint64 version, qint64 at,
                                            const QString &by) = 0;
    /** Count of history rows of one record (tests, admin). */
    [[nodiscard]] virtual Result<qint64> historyCount(const QString &recordId) = 0;

    // ---- conflicts ----
    /** Inserts or replaces; assigns the next sequence. */
    [[nodiscard]] virtual Result<qint64> putConflict(ConflictRow &c) = 0;
    [[nodiscard]] virtual Result<std::optional<ConflictRow>> conflict(const QString &id) = 0;
    [[nodiscard]] virtual Result<QList<ConflictRow>> conflictsSince(qint64 afterSeq, const QStringList &buckets,
                                                                    int limit) = 0;

    // ---- idempotency ----
    /** The stored result (serialised OpResult) of op (deviceId, deviceSeq), if it was processed. */
    [[nodiscard]] virtual Result<std::optional<QByteArray>> receipt(const QString &deviceId, qint64 deviceSeq) = 0;
    [[nodiscard]] virtual Status putReceipt(const QString &deviceId, qint64 deviceSeq, const QByteArray &result) = 0;
    /** The highest device_seq with a receipt for the device (0 if none). */
    [[nodiscard]] virtual Result<qint64> lastDeviceSeq(const QString &deviceId) = 0;

    // ---- scoping ----
    /** Replaces every link of `recordId` with `links` (possibly none). */
    [[nodiscard]] virtual Status setCaseLinks(const QString &recordId, const QList<CaseLink> &links) = 0;
    [[nodiscard]] virtual Status setCaseFacts(const CaseFacts &facts) = 0;
    /** Links naming the user or (when userId in the link is empty) the organisation. */
    [[nodiscard]] virtual Result<QList<CaseLink>> linksForUser(const QString &userId, const QString &organisationId) = 0;
    /** Links of one bucket (every kind). */
    [[nodiscard]] virtual Result<QList<CaseLink>> linksOfBucket(const QString &bucket) = 0;
    [[nodiscard]] virtual Result<std::optional<CaseFacts>> caseFacts(const QString &bucket) = 0;
    /** Buckets whose territory is one of `territories` or whose case officer is one of `officers`. */
    [[nodiscard]] virtual Result<QStringList> bucketsByTerritoryOrOfficer(const QStringList &territories,
                                                                          const QStringList &officers) = 0;

    // ---- devices and what each was sent ----
    [[nodiscard]] virtual Status putDevice(const DeviceRow &d) = 0;
    [[nodiscard]] virtual Result<std::optional<DeviceRow>> device(const QString &id) = 0;
    [[nodiscard]] virtual Result<QList<DeviceRow>> devicesOfUser(const QString &userId) = 0;
    /** Buckets delivered to the device with the generation that delivered them (negative: a purge
     *  or resync sent with the reply that handed out that generation) and the view they were
     *  delivered under (PullBuilder). */
    [[nodiscard]] virtual Result<QHash<QString, Delivered>> deliveredBuckets(const QString &deviceId) = 0;
    [[nodiscard]] virtual Status markDelivered(const QString &deviceId, const QStringList &buckets, qint64 generation,
                                               const QString &view = {}) = 0;
    /** Forgets deliveries of generations above `generation` (their reply never arrived). */
    [[nodiscard]] virtual Status forgetDeliveredAfter(const QString &deviceId, qint64 generation) = 0;
    [[nodiscard]] virtual Status forgetDelivered(const QString &deviceId, const QStringList &buckets) = 0;

    // ---- accounts, enrolment, tokens ----
    [[nodiscard]] virtual Status putAccount(const AccountRow &a) = 0;
    [[nodiscard]] virtual Result<std::optional<AccountRow>> account(const QString &userId) = 0;
    [[nodiscard]] virtual Status putEnrolmentCode(const EnrolmentCode &c) = 0;
    /** Marks the code used at `now` if it exists, is unused and unexpired; returns it, else nullopt. */
    [[nodiscard]] virtual Result<std::optional<EnrolmentCode>> consumeEnrolmentCode(const QByteArray &codeHash,
                                                                                    qint64 now) = 0;
    [[nodiscard]] virtual Status putToken(const TokenRow &t) = 0;
    [[nodiscard]] virtual Result<std::optional<TokenRow>> token(const QByteArray &tokenHash) = 0;
    [[nodiscard]] virtual Status markTokenUsed(const QByteArray &tokenHash) = 0;
    /** The refresh tokens of a chain, latest expiry (= latest issued, fixed TTL) first; unused before
     *  used, then revoked before live among equal expiries. */
    [[nodiscard]] virtual Result<QList<TokenRow>> refreshTokensOfChain(const QString &chainId) = 0;
    [[nodiscard]] virtual Status revokeChain(const QString &chainId) = 0;
    [[nodiscard]] virtual Status revokeDeviceTokens(const QString &deviceId) = 0;

    // ---- audit chain (hashing is the caller's; the store keeps order) ----
    [[nodiscard]] virtual Result<std::optional<ServerAuditEvent>> lastAuditEvent() = 0;
    [[nodiscard]] virtual Status appendAuditEvent(ServerAuditEvent &e) = 0;  ///< assigns seq
    [[nodiscard]] virtual Result<QList<ServerAuditEvent>> auditEvents(qint64 afterSeq, int limit) = 0;

    // ---- settings (epoch, minimum client version, …) ----
    [[nodiscard]] virtual Result<QString> setting(const QString &key) = 0;
    [[nodiscard]] virtual Status setSetting(const QString &key, const QString &value) = 0;
};

/**
 * The server's authoritative store. Two implementations pass the same conformance suite
 * (tests/sync/tst_serverstore): EmbeddedStore (one SQLCipher file, the default) and PgStore
 * (PostgreSQL through libpqxx, for production and scale-out: any number of qadam-server processes
 * may share one database). Thread-safe: each call of begin() may come from any thread and gets its
 * own connection (or waits for one).
 */
class ServerStore
{
public:
    virtual ~ServerStore() = default;
    /** A read transaction sees one consistent snapshot; a write transaction is serialised. */
    [[nodiscard]] virtual Result<std::unique_ptr<StoreTxn>> begin(bool write) = 0;
    /** "sqlite" or "postgresql" (for /metrics and logs). */
    [[nodiscard]] virtual QString kind() const = 0;
};

/**
 * Opens a store from a URL: `sqlite:PATH` (key: 64 hex digits in `key`, from config/env) or
 * `postgresql://…` / `postgres://…`. Creates and migrates the schema on first use. An epoch (a
 * random id) is created with the store and kept in settings key "epoch".
 */
[[nodiscard]] Result<std::unique_ptr<ServerStore>> openServerStore(const QString &url, const QByteArray &key = {});

} // namespace Qadam::Server
