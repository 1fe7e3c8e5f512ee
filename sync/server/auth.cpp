#include "auth.h"

#include "serveraudit.h"

#include "sync.pb.h"
#include "util/clock.h"
#include "util/uuid.h"
#include "wirecodec.h"

#include <QLoggingCategory>
#include <QUuid>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

Q_DECLARE_LOGGING_CATEGORY(lcService)

namespace pb = ::qadam::sync::v1;

namespace {

constexpr qint64 kMaxAccessTtlMs = 15 * 60 * 1000;
constexpr int kTokenBytes = 32;
constexpr int kCodeLength = 12;
/** Crockford-style base32 without I, L, O, U: nothing to misread on a printed slip. */
constexpr char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

ServiceReply unauthorized(const QString &message)
{
    return errorReply(401, u"unauthorized"_s, message);
}

Status audit(StoreTxn &txn, qint64 now, const QString &action, const QString &actor, const QString &device)
{
    ServerAuditEvent e;
    e.at = now;
    e.action = action;
    e.actorId = actor;
    e.deviceId = device;
    return ServerAudit::append(txn, e);
}

bool userMayHoldTokens(StoreTxn &txn, const QString &userId, bool *ok)
{
    auto account = txn.account(userId);
    auto staff = loadStaff(txn, userId);
    *ok = account.ok() && staff.ok();
    if (!*ok)
        return false;
    return account.value() && !account.value()->revoked && staff.value().active();
}

} // namespace

ServiceReply errorReply(int status, const QString &code, const QString &message, const QString &field)
{
    pb::ErrorReply e;
    e.set_code(code.toStdString());
    e.set_message(message.toStdString());
    e.set_field(field.toStdString());
    ServiceReply r;
    r.status = status;
    r.body = Wire::serialise(e);
    return r;
}

Result<QByteArray> orderWipe(StoreTxn &txn, const DeviceRow &device, qint64 now)
{
    auto current = txn.device(device.id);
    if (!current.ok())
        return current.error();
    if (!current.value())
        return Error::make(Error::NotFound, u"no such device"_s);
    const QByteArray receipt = Secrets::randomBytes(32);
    DeviceRow row = *current.value();
    row.wipeReceiptHash = Secrets::hash(receipt);
    if (Status s = txn.putDevice(row); !s.ok())
        return s.error();
    if (Status s = txn.revokeDeviceTokens(device.id); !s.ok())
        return s.error();
    if (Status s = audit(txn, now, u"wipe"_s, device.userId, device.id); !s.ok())
        return s.error();
    return receipt;
}

std::string epochBytes(const QString &epoch)
{
    const QUuid uuid = QUuid::fromString(epoch);
    if (!uuid.isNull())
        return Wire::uuidToBytes(uuid.toString(QUuid::WithoutBraces));
    return epoch.toStdString();
}

namespace Secrets {

QByteArray randomBytes(int n)
{
    QByteArray raw(n, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return raw;
}

QByteArray newToken()
{
    return randomBytes(kTokenBytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString newEnrolmentCode()
{
    QString code;
    for (int i = 0; i < kCodeLength; ++i) {
        if (i > 0 && i % 4 == 0)
            code += u'-';
        code += QLatin1Char(kCodeAlphabet[randombytes_uniform(32)]);
    }
    return code;
}

QByteArray normaliseCode(const QString &code)
{
    QByteArray out;
    for (QChar c : code)
        if (c.isLetterOrNumber())
            out += c.toUpper().toLatin1();
    return out;
}

QByteArray hash(const QByteArray &secret)
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(secret.constData()), size_t(secret.size()), nullptr, 0);
    return out;
}

} // namespace Secrets

Result<ServiceReply> Authenticator::issueTokens(StoreTxn &txn, const DeviceRow &device, const QString &chainId)
{
    const qint64 now = m_clock.nowMs();
    const QByteArray access = Secrets::newToken();
    const QByteArray refresh = Secrets::newToken();
    const TokenRow accessRow{Secrets::hash(access), device.id, u"access"_s, chainId,
                             now + std::min(m_config.accessTokenTtlMs, kMaxAccessTtlMs), false, false};
    const TokenRow refreshRow{Secrets::hash(refresh), device.id, u"refresh"_s, chainId,
                              now + m_config.refreshTokenTtlMs, false, false};
    if (Status s = txn.putToken(accessRow); !s.ok())
        return s.error();
    if (Status s = txn.putToken(refreshRow); !s.ok())
        return s.error();
    auto staff = loadStaff(txn, device.userId);
    auto epoch = txn.setting(u"epoch"_s);
    if (!staff.ok() || !epoch.ok())
        return staff.ok() ? epoch.error() : staff.error();
    pb::TokenReply reply;
    reply.set_device_id(Wire::uuidToBytes(device.id));
    reply.set_user_id(Wire::uuidToBytes(device.userId));
    reply.set_role(staff.value().role.toStdString());
    reply.set_access_token(access.toStdString());
    reply.set_access_expires_at(accessRow.expiresAt);
    reply.set_refresh_token(refresh.toStdString());
    reply.set_epoch(epochBytes(epoch.value()));
    reply.set_organisation_id(Wire::uuidToBytes(staff.value().organisationId));
    reply.set_display_name(staff.value().displayName.toStdString());
    ServiceReply r;
    r.body = Wire::serialise(reply);
    return r;
}

ServiceReply Authenticator::enroll(const QByteArray &body)
{
    Refusal refusal;
    ServiceReply reply = enrollOnce(body, refusal);
    recordRefusal(refusal, reply);
    return reply;
}

ServiceReply Authenticator::token(const QByteArray &body)
{
    Refusal refusal;
    ServiceReply reply = rotateOnce(body, refusal);
    recordRefusal(refusal, reply);
    return reply;
}

void Authenticator::recordRefusal(const Refusal &refusal, const ServiceReply &reply)
{
    if (refusal.action.isEmpty() || reply.status < 400 || reply.status >= 500)
        return; // accepted, audited with its change; or the store failed, and would fail again
    // Its own transaction: the refused request's one rolled back (a code of an inactive account stays unused).
    auto txn = m_store.begin(true);
    if (!txn.ok() || !audit(*txn.value(), m_clock.nowMs(), refusal.action, refusal.actor, refusal.device).ok()
        || !txn.value()->commit().ok())
        qCWarning(lcService) << "could not audit a refused login:" << refusal.action;
}

ServiceReply Authenticator::enrollOnce(const QByteArray &body, Refusal &refusal)
{
    pb::EnrollRequest req;
    if (!Wire::parse(body, req)) {
        refusal.action = u"enroll_refused:malformed"_s;
        return errorReply(400, u"malformed"_s, u"not an EnrollRequest"_s);
    }
    const QByteArray code = Secrets::normaliseCode(QString::fromStdString(req.code()));
    refusal.action = u"enroll_refused:unknown_code"_s; // until the code is found
    if (code.isEmpty())
        return unauthorized(u"unknown, used or expired code"_s);
    auto txn = m_store.begin(true);
    if (!txn.ok())
        return errorReply(503, u"unavailable"_s);
    StoreTxn &t = *txn.value();
    const qint64 now = m_clock.nowMs();
    auto consumed = t.consumeEnrolmentCode(Secrets::hash(code), now);
    if (!consumed.ok())
        return errorReply(503, u"unavailable"_s);
    if (!consumed.value())
        return unauthorized(u"unknown, used or expired code"_s);
    bool ok = false;
    const QString userId = consumed.value()->userId;
    refusal = {u"enroll_refused:account_inactive"_s, userId, {}};
    if (!userMayHoldTokens(t, userId, &ok))
        return ok ? unauthorized(u"account not active"_s) : errorReply(503, u"unavailable"_s);
    refusal = {};
    DeviceRow device;
    device.id = newUuidV7(now);
    device.userId = userId;
    device.name = QString::fromStdString(req.device_name()).left(100);
    device.platform = QString::fromStdString(req.platform()).left(40);
    device.clientVersion = QString::fromStdString(req.client_version()).left(40);
    device.enrolledAt = device.lastSeenAt = now;
    if (!t.putDevice(device).ok() || !audit(t, now, u"enroll"_s, userId, device.id).ok())
        return errorReply(503, u"unavailable"_s);
    auto reply = issueTokens(t, device, newUuidV7(now));
    if (!reply.ok() || !t.commit().ok())
        return errorReply(503, u"unavailable"_s);
    qCInfo(lcService) << "enrolled device" << device.id;
    return reply.value();
}

ServiceReply Authenticator::rotateOnce(const QByteArray &body, Refusal &refusal)
{
    pb::TokenRequest req;
    if (!Wire::parse(body, req)) {
        refusal.action = u"token_refused:malformed"_s;
        return errorReply(400, u"malformed"_s, u"not a TokenRequest"_s);
    }
    auto txn = m_store.begin(true);
    if (!txn.ok())
        return errorReply(503, u"unavailable"_s);
    StoreTxn &t = *txn.value();
    const qint64 now = m_clock.nowMs();
    auto row = t.token(Secrets::hash(QByteArray::fromStdString(req.refresh_token())));
    if (!row.ok())
        return errorReply(503, u"unavailable"_s);
    if (!row.value() || row.value()->kind != u"refresh" || row.value()->deviceId != Wire::uuidFromBytes(req.device_id())) {
        // The device named by the request only when it exists: a guessed id is not worth a row of its own.
        auto claimed = t.device(Wire::uuidFromBytes(req.device_id()));
        if (claimed.ok() && claimed.value())
            refusal = {u"token_refused:unknown"_s, claimed.value()->userId, claimed.value()->id};
        else
            refusal.action = u"token_refused:unknown"_s;
        return unauthorized(u"unknown or revoked refresh token"_s);
    }
    const TokenRow &r = *row.value();
    auto device = t.device(r.deviceId);
    if (!device.ok())
        return errorReply(503, u"unavailable"_s);
    if (device.value()) {
        auto wipe = wipeInsteadOfTokens(t, r, *device.value(), now);
        if (!wipe.ok())
            return errorReply(503, u"unavailable"_s);
        if (wipe.value())
            return *wipe.value();
    }
    refusal = {u"token_refused:revoked"_s, device.value() ? device.value()->userId : QString(), r.deviceId};
    if (r.revoked)
        return refuseRevoked(t, r, now, refusal);
    TokenRow retire = r; // the token this rotation uses up
    if (r.used) {
        auto successor = retriedRotation(t, r, now);
        if (!successor.ok())
            return errorReply(503, u"unavailable"_s);
        if (!successor.value()) {
            refusal = {}; // revokeForReuse audits the reuse itself
            return revokeForReuse(t, r, now);
        }
        // The reply of the last rotation was lost: rotate again; the undelivered pair stops working,
        // and presenting its refresh token later counts as reuse (refuseRevoked).
        retire = *successor.value();
        retire.revoked = true;
        if (!audit(t, now, u"token_retry"_s, {}, r.deviceId).ok())
            return errorReply(503, u"unavailable"_s);
        qCInfo(lcService) << "refresh retried within grace for device" << r.deviceId;
    }
    refusal.action = u"token_refused:expired"_s;
    if (r.expiresAt <= now)
        return unauthorized(u"refresh token expired"_s);
    bool ok = false;
    refusal.action = u"token_refused:device_or_account_revoked"_s;
    if (!device.value() || device.value()->revoked || !userMayHoldTokens(t, device.value()->userId, &ok))
        return ok || !device.value() || device.value()->revoked ? unauthorized(u"device or account revoked"_s)
                                                                 : errorReply(503, u"unavailable"_s);
    refusal = {};
    retire.used = true;
    if (!t.putToken(retire).ok() || !audit(t, now, u"token"_s, device.value()->userId, r.deviceId).ok())
        return errorReply(503, u"unavailable"_s);
    auto reply = issueTokens(t, *device.value(), r.chainId);
    if (!reply.ok() || !t.commit().ok())
        return errorReply(503, u"unavailable"_s);
    return reply.value();
}

Result<std::optional<ServiceReply>> Authenticator::wipeInsteadOfTokens(StoreTxn &txn, const TokenRow &r,
                                                                      const DeviceRow &device, qint64 now)
{
    bool ok = false;
    const bool userOk = userMayHoldTokens(txn, device.userId, &ok);
    if (!ok)
        return Error::make(Error::Unavailable, u"store read failed"_s);
    if (!device.revoked && userOk)
        return std::optional<ServiceReply>();
    // Only the token the device holds now: never used, or used by a rotation whose reply was lost
    // (its successor never came back). An older copy of the chain is no proof of being the device.
    if (r.used) {
        auto successor = retriedRotation(txn, r, now);
        if (!successor.ok())
            return successor.error();
        if (!successor.value())
            return std::optional<ServiceReply>();
    }
    auto receipt = orderWipe(txn, device, now);
    if (!receipt.ok())
        return receipt.error();
    if (Status s = txn.commit(); !s.ok())
        return s.error();
    qCInfo(lcService) << "wipe sent to device" << device.id << "in place of tokens";
    pb::TokenReply reply;
    reply.set_device_id(Wire::uuidToBytes(device.id));
    reply.mutable_wipe()->set_receipt(receipt.value().toStdString());
    ServiceReply out;
    out.body = Wire::serialise(reply);
    return std::optional<ServiceReply>(out);
}

Result<std::optional<TokenRow>> Authenticator::retriedRotation(StoreTxn &txn, const TokenRow &used, qint64 now)
{
    auto chain = txn.refreshTokensOfChain(used.chainId);
    if (!chain.ok())
        return chain.error();
    const QList<TokenRow> &tokens = chain.value(); // newest first
    // Every token issued after `used` but the newest must have been retired by an earlier retry:
    // replies can be lost several times in a row (a flapping link, an app killed mid-refresh).
    qsizetype at = 1;
    while (at < tokens.size() && tokens.at(at).tokenHash != used.tokenHash && tokens.at(at).used
           && tokens.at(at).revoked)
        ++at;
    if (used.chainId.isEmpty() || at >= tokens.size() || tokens.at(at).tokenHash != used.tokenHash)
        return std::optional<TokenRow>();
    const TokenRow &next = tokens.constFirst();
    const qint64 rotatedAt = next.expiresAt - m_config.refreshTokenTtlMs;
    if (next.used || next.revoked || next.deviceId != used.deviceId || rotatedAt > now
        || now - rotatedAt > m_config.refreshRetryGraceMs)
        return std::optional<TokenRow>();
    return std::optional<TokenRow>(next);
}

ServiceReply Authenticator::refuseRevoked(StoreTxn &txn, const TokenRow &r, qint64 now, Refusal &refusal)
{
    // Only a retry retires a single token of a live chain: its refresh token was delivered after all.
    auto chain = txn.refreshTokensOfChain(r.chainId);
    if (!chain.ok())
        return errorReply(503, u"unavailable"_s);
    if (r.used && !r.chainId.isEmpty() && !chain.value().isEmpty() && !chain.value().constFirst().revoked) {
        refusal = {}; // revokeForReuse audits the reuse itself
        return revokeForReuse(txn, r, now);
    }
    return unauthorized(u"unknown or revoked refresh token"_s);
}

ServiceReply Authenticator::revokeForReuse(StoreTxn &txn, const TokenRow &r, qint64 now)
{
    // A rotated token came back: someone holds a copy. End the whole family (R21).
    if (!txn.revokeChain(r.chainId).ok() || !audit(txn, now, u"token_reuse"_s, {}, r.deviceId).ok()
        || !txn.commit().ok())
        return errorReply(503, u"unavailable"_s);
    qCWarning(lcService) << "refresh token reuse; chain revoked for device" << r.deviceId;
    return unauthorized(u"refresh token reused; chain revoked"_s);
}

Result<std::optional<Authenticated>> Authenticator::authenticate(StoreTxn &txn, const QByteArray &bearer)
{
    if (bearer.isEmpty())
        return std::optional<Authenticated>();
    auto row = txn.token(Secrets::hash(bearer));
    if (!row.ok())
        return row.error();
    if (!row.value() || row.value()->kind != u"access")
        return std::optional<Authenticated>();
    auto device = txn.device(row.value()->deviceId);
    if (!device.ok())
        return device.error();
    if (!device.value())
        return std::optional<Authenticated>();
    bool ok = false;
    const bool userOk = userMayHoldTokens(txn, device.value()->userId, &ok);
    if (!ok)
        return Error::make(Error::Unavailable, u"store read failed"_s);
    Authenticated a;
    a.device = *device.value();
    a.wipe = a.device.revoked || !userOk;
    if (a.wipe)
        return std::optional<Authenticated>(a);
    if (row.value()->revoked || row.value()->expiresAt <= m_clock.nowMs())
        return std::optional<Authenticated>();
    auto staff = loadStaff(txn, a.device.userId);
    if (!staff.ok())
        return staff.error();
    Role role;
    if (!roleFromName(staff.value().role, &role))
        return std::optional<Authenticated>();
    a.session.actor = Actor{a.device.userId, role};
    a.session.staff = staff.value();
    a.session.deviceId = a.device.id;
    a.session.nowMs = m_clock.nowMs();
    a.session.today = kazakhstanDate(a.session.nowMs);
    return std::optional<Authenticated>(a);
}

} // namespace Qadam::Server
