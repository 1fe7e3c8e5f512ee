#pragma once

#include "util/result.h"

#include <QString>

#include <memory>

namespace Qadam::Server {

class Metrics;
class SyncService;

/** How the HTTP layer listens and what it accepts. */
struct HttpConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;                          ///< 0: pick a free port (see HttpServer::port())
    int threads = 8;                           ///< worker threads serving requests
    qint64 maxBodyBytes = 8 * 1024 * 1024;     ///< compressed request body limit (Content-Length)
    qint64 maxDecompressedBytes = 64 * 1024 * 1024;  ///< limit of one decompressed body
    int keepAliveSeconds = 5;                  ///< idle keep-alive; stop() waits at most this long
    int readTimeoutSeconds = 30;               ///< a request that stalls this long is dropped
    int retryAfterSeconds = 5;                 ///< Retry-After of 503 replies
    QString tlsCertFile;                       ///< PEM; with tlsKeyFile turns on HTTPS
    QString tlsKeyFile;
};

/**
 * The sync server's HTTP front (cpp-httplib): POST /v1/enroll, /v1/token, /v1/sync, GET /healthz
 * and /metrics. It checks size (Content-Length against the limit before reading the body, 413),
 * framing (zstd, 400) and the route (404), hands the uncompressed protobuf to SyncService and
 * sends its reply back compressed. Never redirects; never logs bodies, tokens or keys.
 *
 * Threads: start() binds and serves on a background thread; requests run on a pool of
 * `threads` workers. stop() (also from the destructor) waits for in-flight requests.
 * SyncService and Metrics must outlive the server.
 */
class HttpServer
{
public:
    HttpServer(SyncService &service, Metrics &metrics, HttpConfig config);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /** Binds host:port and starts serving; an error if the address or TLS files are unusable. */
    [[nodiscard]] Status start();
    /** The bound port (the picked one when the configured port was 0); 0 before start(). */
    [[nodiscard]] quint16 port() const;
    /** "http://host:port" or "https://host:port". */
    [[nodiscard]] QString url() const;
    [[nodiscard]] bool isRunning() const;
    /** Stops accepting, finishes in-flight requests and joins the threads. Idempotent. */
    void stop();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Qadam::Server
