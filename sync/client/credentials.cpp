#include "credentials.h"

#include "replica/syncstate.h"
#include "store/database.h"
#include "util/clock.h"
#include "wireconvert.h"

using namespace Qt::StringLiterals;

namespace Qadam::Sync {

namespace {
/** Refresh this long before the access token expires. */
constexpr qint64 kRefreshMarginMs = 60'000;

AuthOutcome failed(TransportFailure f, QString code)
{
    return AuthOutcome{f, std::move(code), {}, std::nullopt};
}
} // namespace

Credentials::Credentials(SyncState &state, Transport &transport, const Clock &clock)
    : m_state(state), m_transport(transport), m_clock(clock)
{
}

bool Credentials::enrolled()
{
    auto c = m_state.credentials();
    if (!c.ok())
        return false;
    m_serverUrl = c.value().serverUrl;
    return c.value().enrolled();
}

AuthOutcome Credentials::enroll(const QString &serverUrl, const QString &code, const QString &deviceName,
                                const QString &clientVersion, const QString &platform)
{
    pb::EnrollRequest req;
    req.set_code(code.toStdString());
    req.set_device_name(deviceName.toStdString());
    req.set_client_version(clientVersion.toStdString());
    req.set_platform(platform.toStdString());
    const TransportReply reply = m_transport.post(serverUrl, u"/v1/enroll"_s, Wire::serialise(req));
    return adopt(reply, serverUrl, true);
}

AuthOutcome Credentials::ensureAccessToken()
{
    if (!m_accessToken.isEmpty() && m_clock.nowMs() + kRefreshMarginMs < m_accessExpiresAt)
        return {};
    auto stored = m_state.credentials();
    if (!stored.ok())
        return failed(TransportFailure::Refused, u"storage"_s);
    if (!stored.value().enrolled())
        return failed(TransportFailure::Unauthorized, u"not_enrolled"_s);
    m_serverUrl = stored.value().serverUrl;
    pb::TokenRequest req;
    req.set_refresh_token(stored.value().refreshToken.toStdString());
    req.set_device_id(Wire::uuidToBytes(stored.value().deviceId));
    const TransportReply reply = m_transport.post(m_serverUrl, u"/v1/token"_s, Wire::serialise(req));
    return adopt(reply, m_serverUrl, false);
}

AuthOutcome Credentials::adopt(const TransportReply &reply, const QString &serverUrl, bool enrolment)
{
    if (!reply.ok())
        return failed(reply.failure, reply.code.isEmpty() ? u"http_%1"_s.arg(reply.httpStatus) : reply.code);
    pb::TokenReply token;
    if (!Wire::parse(reply.body, token))
        return failed(TransportFailure::Transient, u"malformed"_s);
    if (token.has_wipe() && !enrolment) {
        AuthOutcome wipe = failed(TransportFailure::Unauthorized, u"wiped"_s);
        wipe.wipeReceipt = QByteArray::fromStdString(token.wipe().receipt());
        return wipe;
    }
    if (token.access_token().empty() || token.refresh_token().empty())
        return failed(TransportFailure::Transient, u"malformed"_s);
    const SyncCredentials creds = WireConvert::credentialsFrom(token, serverUrl);
    // Durable first: the old refresh token is spent the moment the server answered.
    const Status stored = enrolment ? m_state.setCredentials(creds) : m_state.setRefreshToken(creds.refreshToken);
    if (!stored.ok())
        return failed(TransportFailure::Refused, u"storage"_s);
    m_serverUrl = serverUrl;
    m_accessToken = QByteArray::fromStdString(token.access_token());
    m_accessExpiresAt = token.access_expires_at();
    return AuthOutcome{TransportFailure::None, {}, QByteArray::fromStdString(token.epoch()), std::nullopt};
}

} // namespace Qadam::Sync
