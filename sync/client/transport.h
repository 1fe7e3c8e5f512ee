#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace Qadam::Sync {

/** Limits and TLS settings of the sync transport. */
struct TransportConfig
{
    int connectTimeoutMs = 15'000;
    /** A transfer slower than lowSpeedBytes per second for lowSpeedSeconds is a timeout. */
    int lowSpeedBytes = 64;
    int lowSpeedSeconds = 30;
    int totalTimeoutMs = 180'000;
    qint64 maxResponseBytes = 32 * 1024 * 1024;      ///< compressed reply body
    qint64 maxDecompressedBytes = 64 * 1024 * 1024;  ///< one decompressed reply
    /** CURLOPT_PINNEDPUBLICKEY, e.g. "sha256//base64…;sha256//…"; empty = no pinning. */
    QByteArray pinnedPublicKey;
    QString caBundlePath;                             ///< empty: the system store
    QString userAgent = QStringLiteral("Qadam/0.1.0");
    /** Plain http:// is refused except to loopback hosts (tests, a local server). */
    bool allowLoopbackHttp = true;
};

/** A server address as an enrolment slip gives it: "https://host[:port]#pin=sha256//B64[;sha256//B64]".
 *  The fragment carries the server's public-key pins (SECURITY.md R33; several during a key
 *  rotation) and never goes on the wire: `url` is the address without it. */
struct ServerAddress
{
    QString url;
    QByteArray pin; ///< CURLOPT_PINNEDPUBLICKEY form; empty when the address names none
    /** Splits `address`; nullopt when the fragment is not "pin=" and a list of well-formed pins
     *  (each "sha256//" and the base64 of 32 bytes). */
    [[nodiscard]] static std::optional<ServerAddress> parse(const QString &address);
};

/** Why a request did not give a usable 200 reply. */
enum class TransportFailure {
    None,
    Transient,        ///< network down, connection reset, 5xx: try again later
    Timeout,          ///< connect/low-speed/total timeout: try again, with a smaller batch
    TooLarge,         ///< 413: the request body was too big; halve the batch
    Unauthorized,     ///< 401: token missing, expired or revoked
    UpgradeRequired,  ///< 426: this client is older than the server accepts
    Forbidden,        ///< 403
    Rejected,         ///< 400/404/422 and other 4xx: the request is wrong; retrying it will not help
    Refused,          ///< refused locally: redirect, plain http, TLS or pin failure, oversized reply
};

/** The outcome of one POST. `body` is the decompressed protobuf of a 200 reply; for errors,
 *  `code` and `detail` come from the ErrorReply (or curl), for logs — never case content. */
struct TransportReply
{
    int httpStatus = 0;
    TransportFailure failure = TransportFailure::None;
    QByteArray body;
    QString code;
    QString detail;

    [[nodiscard]] bool ok() const { return failure == TransportFailure::None; }
    [[nodiscard]] bool transient() const
    {
        return failure == TransportFailure::Transient || failure == TransportFailure::Timeout;
    }
};

/**
 * Blocking HTTPS POST of zstd-compressed protobuf bodies with libcurl (one easy handle, reused so
 * connections stay alive). TLS ≥ 1.2, optional public-key pinning, no redirects (a 3xx is an
 * error), connect and low-speed timeouts, a reply size cap. Never logs bodies or tokens.
 *
 * Thread: created, used and destroyed on one thread (the SyncEngine's); abort() may be called
 * from any thread and makes a running request fail quickly.
 */
class Transport
{
public:
    explicit Transport(TransportConfig config = {});
    ~Transport();
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    /** POSTs `message` (uncompressed protobuf) to baseUrl + path ("/v1/sync"). */
    [[nodiscard]] TransportReply post(const QString &baseUrl, const QString &path, const QByteArray &message,
                                      const QByteArray &bearerToken = {});
    /** POSTs a body already compressed (Wire::compress): one made ready while another request
     *  was on its way. */
    [[nodiscard]] TransportReply postCompressed(const QString &baseUrl, const QString &path, const QByteArray &body,
                                                const QByteArray &bearerToken = {});
    /** Makes the running and later requests fail until reset (shutdown). Thread-safe. */
    void abort() { m_aborted.store(true); }
    void resetAbort() { m_aborted.store(false); }
    [[nodiscard]] const TransportConfig &config() const { return m_config; }
    /** The pins of the following requests (the device's enrolment chose them); empty = none. */
    void setPinnedPublicKey(const QByteArray &pin) { m_config.pinnedPublicKey = pin; }
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }

    /** Maps an HTTP status to the failure kind (200 → None). Pure; for tests. */
    [[nodiscard]] static TransportFailure failureForStatus(int status);
    /** True when `url` may be used: https, or http to a loopback host when allowed. */
    [[nodiscard]] static bool urlAllowed(const QString &url, bool allowLoopbackHttp);

private:
    [[nodiscard]] TransportReply finish(int curlCode, int status, const QByteArray &raw, bool overflow);
    class Private;
    TransportConfig m_config;
    std::unique_ptr<Private> d;
    std::atomic<bool> m_aborted{false};
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace Qadam::Sync
