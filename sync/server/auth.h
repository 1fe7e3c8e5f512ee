#pragma once

#include "scope.h"
#include "serverstore.h"
#include "syncservice.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Qadam::Server {

/** Error replies: an ErrorReply body with a stable code; the message never holds case content. */
[[nodiscard]] ServiceReply errorReply(int status, const QString &code, const QString &message = {},
                                      const QString &field = {});

/** Secrets: random tokens and codes, and the BLAKE2b hashes that are all the store ever keeps. */
namespace Secrets {
/** `n` CSPRNG bytes. */
[[nodiscard]] QByteArray randomBytes(int n);
/** 32 CSPRNG bytes as unpadded base64url (an access or refresh token). */
[[nodiscard]] QByteArray newToken();
/** A one-time enrolment code: 12 base32 characters in groups of four ("K7QF-2MXA-9HDT" style). */
[[nodiscard]] QString newEnrolmentCode();
/** The code as typed, upper-cased, without separators and spaces. */
[[nodiscard]] QByteArray normaliseCode(const QString &code);
/** BLAKE2b-256 (libsodium crypto_generichash) of `secret`. */
[[nodiscard]] QByteArray hash(const QByteArray &secret);
} // namespace Secrets

/** The server epoch as wire bytes (16 raw bytes when it is a UUID). */
[[nodiscard]] std::string epochBytes(const QString &epoch);

/** Orders `device` wiped: keeps the hash of a fresh receipt (the device sends the
 *  receipt back once its data is gone, /v1/wiped), revokes its tokens and audits "wipe", all in
 *  `txn`. Returns the receipt. */
[[nodiscard]] Result<QByteArray> orderWipe(StoreTxn &txn, const DeviceRow &device, qint64 now);

/** What a bearer token stands for. */
struct Authenticated
{
    DeviceRow device;
    Session session;
    bool wipe = false; ///< the device or its user is revoked or inactive: answer only with a wipe
};

/**
 * Enrolment and tokens (SECURITY.md R21, R22): one-time codes bind a new device to a user; access
 * tokens live at most 15 minutes; refresh tokens rotate, are bound to the device and a reused one
 * revokes its whole chain. Every enrolment and rotation, accepted or refused, is an audit event
 * with ids only (R23). Stateless apart from the store; thread-safe.
 */
class Authenticator
{
public:
    Authenticator(ServerStore &store, const Clock &clock, const ServiceConfig &config)
        : m_store(store), m_clock(clock), m_config(config)
    { }

    [[nodiscard]] ServiceReply enroll(const QByteArray &body);
    [[nodiscard]] ServiceReply token(const QByteArray &body);
    /** The device and user behind `bearer`; nullopt when unknown, expired or revoked (401). A
     *  known token of a revoked device or user answers with wipe = true even when revoked itself. */
    [[nodiscard]] Result<std::optional<Authenticated>> authenticate(StoreTxn &txn, const QByteArray &bearer);

private:
    /** A refused login as it goes into the audit chain (R23): an action naming the reason, and
     *  the user and device when they are known. Never the code or token presented. */
    struct Refusal
    {
        QString action;
        QString actor;
        QString device;
    };
    /** enroll() and token() without their refusal event; `refusal` names it when the answer is one. */
    [[nodiscard]] ServiceReply enrollOnce(const QByteArray &body, Refusal &refusal);
    [[nodiscard]] ServiceReply rotateOnce(const QByteArray &body, Refusal &refusal);
    /** Appends the refusal event in a transaction of its own (the refused request's rolled back);
     *  nothing for an accepted request (audited with its change) or a store failure. */
    void recordRefusal(const Refusal &refusal, const ServiceReply &reply);
    /** The unused successor of the used refresh token `used` when presenting `used` again is the retry
     *  of a rotation whose reply was lost: `used` is the most recently rotated token of its chain that
     *  was delivered (every later one but the newest was retired by such a retry: replies can be lost
     *  several times in a row), the newest was never used, belongs to the same device and was issued
     *  within the retry grace. nullopt otherwise (reuse: the caller revokes the chain). */
    [[nodiscard]] Result<std::optional<TokenRow>> retriedRotation(StoreTxn &txn, const TokenRow &used, qint64 now);
    /** A wipe order in place of tokens when `device` or its user is revoked or inactive and `r` is
     *  the refresh token the device holds now (committed); nullopt when tokens may be considered. */
    [[nodiscard]] Result<std::optional<ServiceReply>> wipeInsteadOfTokens(StoreTxn &txn, const TokenRow &r,
                                                                          const DeviceRow &device, qint64 now);
    /** A revoked refresh token: 401; when it was retired by a retry while its chain lives on, reuse. */
    [[nodiscard]] ServiceReply refuseRevoked(StoreTxn &txn, const TokenRow &r, qint64 now, Refusal &refusal);
    /** Revokes the chain of the reused refresh token `r` (R21) and answers 401. */
    [[nodiscard]] ServiceReply revokeForReuse(StoreTxn &txn, const TokenRow &r, qint64 now);
    /** Issues a fresh access token and a refresh token in `chainId` for the device. */
    [[nodiscard]] Result<ServiceReply> issueTokens(StoreTxn &txn, const DeviceRow &device, const QString &chainId);

    ServerStore &m_store;
    const Clock &m_clock;
    const ServiceConfig &m_config;
};

} // namespace Qadam::Server
