#pragma once

#include "replica/replicatypes.h"
#include "transport.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Qadam {
class Clock;
class SyncState;
}

namespace Qadam::Sync {

/** What an enrolment or a token refresh gave: a failure kind (None on success), the server's
 *  epoch and the access token (kept in memory only). */
struct AuthOutcome
{
    TransportFailure failure = TransportFailure::None;
    QString code;        ///< ErrorReply code or a local one ("not_enrolled", "storage")
    QByteArray epoch;
    /** The server answered the refresh with a wipe order (a revoked device): its receipt. */
    std::optional<QByteArray> wipeReceipt;
    [[nodiscard]] bool ok() const { return failure == TransportFailure::None; }
};

/**
 * The device's credentials on the engine thread: enrolment by one-time code (/v1/enroll), the
 * short-lived access token in memory, and the rotating refresh token in the encrypted store
 * (/v1/token). A rotated refresh token is committed to the store BEFORE the new access token is
 * used, so a crash never leaves the device holding only a spent token. Never logs tokens.
 */
class Credentials
{
public:
    Credentials(SyncState &state, Transport &transport, const Clock &clock);

    /** Enrols with `code`; on success stores every credential and returns the server epoch. */
    [[nodiscard]] AuthOutcome enroll(const QString &serverUrl, const QString &code, const QString &deviceName,
                                     const QString &clientVersion, const QString &platform);
    /** Makes sure a usable access token is held, refreshing it when missing or about to expire. */
    [[nodiscard]] AuthOutcome ensureAccessToken();
    /** Forgets the access token (after a 401), so the next call refreshes. */
    void invalidate() { m_accessToken.clear(); m_accessExpiresAt = 0; }

    [[nodiscard]] const QByteArray &accessToken() const { return m_accessToken; }
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    /** True once credentials are stored (read from the store on first use). */
    [[nodiscard]] bool enrolled();

private:
    [[nodiscard]] AuthOutcome adopt(const TransportReply &reply, const QString &serverUrl, bool enrolment);

    SyncState &m_state;
    Transport &m_transport;
    const Clock &m_clock;
    QByteArray m_accessToken;
    qint64 m_accessExpiresAt = 0;
    QString m_serverUrl;
};

} // namespace Qadam::Sync
