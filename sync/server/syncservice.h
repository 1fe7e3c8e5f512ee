#pragma once

#include "serverstore.h"

#include <QByteArray>
#include <QString>

namespace Qadam {
class Clock;
}

namespace Qadam::Server {

/** What the HTTP layer sends back: a status and an uncompressed protobuf body (SyncResponse,
 *  TokenReply or ErrorReply). The HTTP layer compresses it and counts it in /metrics. */
struct ServiceReply
{
    int status = 200;
    QByteArray body;
    /** For /metrics: ops applied, merged, conflicting, rejected in this request. */
    int applied = 0;
    int merged = 0;
    int conflicts = 0;
    int rejected = 0;
};

struct ServiceConfig
{
    QString minClientVersion = QStringLiteral("0.1.0");
    qint64 accessTokenTtlMs = 15 * 60 * 1000;       ///< at most 15 min
    qint64 refreshTokenTtlMs = 30LL * 24 * 3600 * 1000;
    /** A used refresh token presented again within this time of its rotation, by its device, while its
     *  successor is still unused, is a retry after a lost reply (rotated again), not reuse. */
    qint64 refreshRetryGraceMs = 2 * 60 * 1000;
    qint64 enrolmentCodeTtlMs = 24LL * 3600 * 1000;
    qint64 offlineLeaseMs = 72LL * 3600 * 1000;     ///< SECURITY.md: offline lease, default 72 h
    int maxOpsPerRequest = 5000;
    int maxAuditPerRequest = 2000;                  ///< device audit events one request may carry
    int defaultReplyBytes = 256 * 1024;
    int maxReplyBytes = 4 * 1024 * 1024;
};

/**
 * The sync server's behaviour, independent of HTTP: enrolment, tokens, push (validation, access
 * control, field-level merge, idempotent receipts) and pull (scoping by bucket and readable
 * fields, backfills, purge and wipe commands). Every method decodes its protobuf body itself
 * (undecodable → 400 "malformed") and runs in store transactions; a rejected request writes
 * nothing. Thread-safe: the HTTP layer calls it from its worker threads.
 */
class SyncService
{
public:
    SyncService(ServerStore &store, const Clock &clock, ServiceConfig config = {});
    ~SyncService();

    /** POST /v1/enroll: EnrollRequest → TokenReply (200), 401 for an unknown/used/expired code. */
    [[nodiscard]] ServiceReply enroll(const QByteArray &body);
    /** POST /v1/token: TokenRequest → TokenReply; a reused refresh token revokes its chain (401); the
     *  current refresh token of a revoked device or user gets a wipe order instead of tokens. */
    [[nodiscard]] ServiceReply token(const QByteArray &body);
    /** POST /v1/sync with "Authorization: Bearer <token>": SyncRequest → SyncResponse. */
    [[nodiscard]] ServiceReply sync(const QByteArray &bearerToken, const QByteArray &body);
    /** POST /v1/wiped (R10): a wiped device's confirmation, proven by its wipe command's receipt.
     *  Recorded once (audit "wipe_confirmed"); again with the same receipt: 200, nothing new. */
    [[nodiscard]] ServiceReply wiped(const QByteArray &body);

    // ---- administration (CLI subcommands; also used by --demo and tests) ----
    [[nodiscard]] Result<QString> createOrganisation(const QVariantMap &fields);
    [[nodiscard]] Result<QString> createUser(const QVariantMap &staffUserFields);
    /** A one-time enrolment code (printed once, stored only as a hash). */
    [[nodiscard]] Result<QString> issueEnrolmentCode(const QString &userId);
    [[nodiscard]] Status revokeDevice(const QString &deviceId);
    [[nodiscard]] Status revokeUser(const QString &userId);
    /** Makes `officerId` the case officer of the person (a server-authored change). */
    [[nodiscard]] Status assignCase(const QString &personId, const QString &officerId);
    /** Verifies the server audit chain; the error names the first broken event. */
    [[nodiscard]] Result<qint64> verifyAudit();
    /** After restoring the store from a backup: gives it a new epoch, so every device re-uploads
     *  its local records before pulling (nothing on a device is deleted). Returns the epoch. */
    [[nodiscard]] Result<QString> startNewEpoch();
    /** Writes a record as the server (imports, demo seeding): validated against the schema. */
    [[nodiscard]] Result<qint64> importRecord(const QString &entity, const QString &id, const QVariantMap &fields,
                                              const QString &actorId);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Qadam::Server
