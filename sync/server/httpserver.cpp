#include "httpserver.h"

#include "metrics.h"
#include "syncservice.h"
#include "wirecodec.h"

#include <QLoggingCategory>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "qadam.server", QtInfoMsg)

constexpr const char *kProtobuf = "application/x-protobuf";
constexpr const char *kRouteEnroll = "/v1/enroll";
constexpr const char *kRouteToken = "/v1/token";
constexpr const char *kRouteSync = "/v1/sync";
constexpr const char *kRouteWiped = "/v1/wiped";
constexpr const char *kRouteHealth = "/healthz";
constexpr const char *kRouteMetrics = "/metrics";
constexpr size_t kKeepAliveRequests = 1000;

/** When the current worker thread started its request (set before routing, read by the logger). */
thread_local std::chrono::steady_clock::time_point t_requestStart;
thread_local bool t_requestStarted = false;

bool isPostRoute(const std::string &path)
{
    return path == kRouteEnroll || path == kRouteToken || path == kRouteSync || path == kRouteWiped;
}

bool isGetRoute(const std::string &path)
{
    return path == kRouteHealth || path == kRouteMetrics;
}

/** The route label for /metrics: a known route or "other" (never the raw path). */
QString routeLabel(const httplib::Request &req)
{
    if ((req.method == "POST" && isPostRoute(req.path)) || (req.method == "GET" && isGetRoute(req.path)))
        return QString::fromStdString(req.path);
    return u"other"_s;
}

bool equalsIgnoringCase(const std::string &a, const char *b)
{
    return QString::fromStdString(a).compare(QLatin1StringView(b), Qt::CaseInsensitive) == 0;
}

/** The media type of a Content-Type header without parameters, lower-cased. */
std::string mediaType(const std::string &contentType)
{
    const std::string type = contentType.substr(0, contentType.find(';'));
    return QString::fromStdString(type).trimmed().toLower().toStdString();
}

} // namespace

class HttpServer::Private
{
public:
    Private(SyncService &s, Metrics &m, HttpConfig c)
        : service(s), metrics(m), config(std::move(c))
    {
    }

    Status createServer();
    void installHandlers();
    /** Checks route, method, size and framing from the headers alone; false: `res` holds the refusal. */
    bool gate(const httplib::Request &req, httplib::Response &res) const;
    void handlePost(const httplib::Request &req, httplib::Response &res);
    ServiceReply dispatch(const std::string &path, const httplib::Request &req, const QByteArray &body);
    void reply(httplib::Response &res, const ServiceReply &r) const;
    void fail(httplib::Response &res, int status, const char *code, const QString &message) const;
    void logRequest(const httplib::Request &req, const httplib::Response &res);

    SyncService &service;
    Metrics &metrics;
    HttpConfig config;
    std::unique_ptr<httplib::Server> server;
    std::thread listener;
    std::atomic<bool> listenerDone{false};
    quint16 boundPort = 0;
};

Status HttpServer::Private::createServer()
{
    const bool tls = !config.tlsCertFile.isEmpty() || !config.tlsKeyFile.isEmpty();
    if (tls) {
        if (config.tlsCertFile.isEmpty() || config.tlsKeyFile.isEmpty())
            return Error::make(Error::Invalid, u"TLS needs both a certificate and a key file"_s);
        const QByteArray cert = config.tlsCertFile.toLocal8Bit();
        const QByteArray key = config.tlsKeyFile.toLocal8Bit();
        server = std::make_unique<httplib::SSLServer>(cert.constData(), key.constData());
    } else {
        server = std::make_unique<httplib::Server>();
    }
    if (!server->is_valid())
        return Error::make(Error::Invalid, u"cannot load the TLS certificate or key"_s);
    const size_t threads = size_t(qMax(1, config.threads));
    server->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server->set_payload_max_length(size_t(config.maxBodyBytes));
    server->set_keep_alive_timeout(config.keepAliveSeconds);
    // httplib closes a connection after 5 requests by default: a first sync of a few dozen
    // requests would pay a new TCP (and TLS) handshake every fifth one, on the slowest links.
    server->set_keep_alive_max_count(kKeepAliveRequests);
    server->set_read_timeout(config.readTimeoutSeconds);
    // httplib writes a reply's headers and body separately: with Nagle's algorithm on, the body
    // waits for the client's delayed ACK (40 ms on Linux) on every reply of a kept-alive connection.
    server->set_tcp_nodelay(true);
    installHandlers();
    return {};
}

void HttpServer::Private::installHandlers()
{
    server->set_expect_100_continue_handler([this](const httplib::Request &req, httplib::Response &res) {
        return gate(req, res) ? 100 : res.status;
    });
    server->set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        t_requestStart = std::chrono::steady_clock::now();
        t_requestStarted = true;
        return gate(req, res) ? httplib::Server::HandlerResponse::Unhandled
                              : httplib::Server::HandlerResponse::Handled;
    });
    for (const char *route : {kRouteEnroll, kRouteToken, kRouteSync, kRouteWiped})
        server->Post(route, [this](const httplib::Request &req, httplib::Response &res) { handlePost(req, res); });
    server->Get(kRouteHealth, [](const httplib::Request &, httplib::Response &res) {
        res.set_content("ok\n", "text/plain");
    });
    server->Get(kRouteMetrics, [this](const httplib::Request &, httplib::Response &res) {
        res.set_content(metrics.exposition().toStdString(), "text/plain; version=0.0.4");
    });
    server->set_error_handler(httplib::Server::HandlerWithResponse(
        [this](const httplib::Request &, httplib::Response &res) {
            // Refusals httplib makes itself (unparseable request line, …) get an ErrorReply too.
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            fail(res, res.status, res.status == 404 ? "not_found" : res.status == 413 ? "too_large" : "malformed",
                 u"refused by the HTTP layer"_s);
            return httplib::Server::HandlerResponse::Handled;
        }));
    server->set_exception_handler([this](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        qCWarning(lcHttp) << "request failed with an exception";
        fail(res, 500, "internal", u"internal error"_s);
    });
    server->set_logger([this](const httplib::Request &req, const httplib::Response &res) { logRequest(req, res); });
}

bool HttpServer::Private::gate(const httplib::Request &req, httplib::Response &res) const
{
    const bool post = req.method == "POST" && isPostRoute(req.path);
    if (!post) {
        if (req.method == "GET" && isGetRoute(req.path))
            return true;
        fail(res, 404, "not_found", u"no such route"_s);
        return false;
    }
    if (req.has_header("Transfer-Encoding") || !req.has_header("Content-Length")) {
        fail(res, 400, "malformed", u"a body with Content-Length is required"_s);
        return false;
    }
    bool ok = false;
    const qulonglong length = QByteArray::fromStdString(req.get_header_value("Content-Length")).toULongLong(&ok);
    if (!ok) {
        fail(res, 400, "malformed", u"bad Content-Length"_s);
        return false;
    }
    if (length > qulonglong(config.maxBodyBytes)) {
        fail(res, 413, "too_large", u"request body over the limit"_s);
        res.set_header("Connection", "close");  // the unread body must not be taken for a request
        return false;
    }
    if (!equalsIgnoringCase(req.get_header_value("Content-Encoding"), "zstd")) {
        fail(res, 400, "malformed", u"Content-Encoding must be zstd"_s);
        return false;
    }
    if (mediaType(req.get_header_value("Content-Type")) != kProtobuf) {
        fail(res, 400, "malformed", u"Content-Type must be application/x-protobuf"_s);
        return false;
    }
    return true;
}

void HttpServer::Private::handlePost(const httplib::Request &req, httplib::Response &res)
{
    const Result<QByteArray> body = Wire::decompress(QByteArray::fromStdString(req.body), config.maxDecompressedBytes);
    if (!body.ok()) {
        if (body.code() == Error::TooLarge)
            fail(res, 413, "too_large", u"decompressed body over the limit"_s);
        else
            fail(res, 400, "malformed", u"body is not one zstd frame"_s);
        return;
    }
    const ServiceReply r = dispatch(req.path, req, body.value());
    if (req.path == kRouteSync)
        metrics.recordOps(r.applied, r.merged, r.conflicts, r.rejected);
    reply(res, r);
}

ServiceReply HttpServer::Private::dispatch(const std::string &path, const httplib::Request &req,
                                           const QByteArray &body)
{
    if (path == kRouteEnroll)
        return service.enroll(body);
    if (path == kRouteToken)
        return service.token(body);
    if (path == kRouteWiped)
        return service.wiped(body);
    QByteArray bearer;
    const QByteArray authorization = QByteArray::fromStdString(req.get_header_value("Authorization"));
    if (authorization.size() > 7 && authorization.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        bearer = authorization.mid(7).trimmed();
    return service.sync(bearer, body);
}

void HttpServer::Private::reply(httplib::Response &res, const ServiceReply &r) const
{
    res.status = r.status;
    if (r.status == 503)
        res.set_header("Retry-After", std::to_string(config.retryAfterSeconds));
    res.set_header("Content-Encoding", "zstd");
    res.set_content(Wire::compress(r.body).toStdString(), kProtobuf);
}

void HttpServer::Private::fail(httplib::Response &res, int status, const char *code, const QString &message) const
{
    Wire::pb::ErrorReply e;
    e.set_code(code);
    e.set_message(message.toStdString());
    reply(res, ServiceReply{status, Wire::serialise(e)});
}

void HttpServer::Private::logRequest(const httplib::Request &req, const httplib::Response &res)
{
    double seconds = 0;
    if (t_requestStarted) {
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_requestStart).count();
        t_requestStarted = false;
    }
    const QString route = routeLabel(req);
    metrics.recordRequest(route, res.status, seconds);
    if (res.status >= 500)
        qCWarning(lcHttp) << "request" << route << "status" << res.status;
    else
        qCDebug(lcHttp) << "request" << route << "status" << res.status << "ms" << qRound(seconds * 1000);
}

HttpServer::HttpServer(SyncService &service, Metrics &metrics, HttpConfig config)
    : d(std::make_unique<Private>(service, metrics, std::move(config)))
{
}

HttpServer::~HttpServer()
{
    stop();
}

Status HttpServer::start()
{
    if (d->server)
        return Error::make(Error::Invalid, u"already started"_s);
    if (Status s = d->createServer(); !s.ok()) {
        d->server.reset();
        return s;
    }
    const std::string host = d->config.host.toStdString();
    int port = d->config.port;
    if (port == 0)
        port = d->server->bind_to_any_port(host);
    else if (!d->server->bind_to_port(host, port))
        port = -1;
    if (port <= 0) {
        d->server.reset();
        return Error::make(Error::Unavailable, u"cannot listen on %1:%2"_s.arg(d->config.host).arg(d->config.port));
    }
    d->boundPort = quint16(port);
    d->listenerDone = false;
    d->listener = std::thread([this] {
        d->server->listen_after_bind();
        d->listenerDone = true;
    });
    // stop() is a no-op until the accept loop runs: wait for it, so start(); stop(); never hangs.
    while (!d->server->is_running() && !d->listenerDone)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    qCInfo(lcHttp) << "listening on port" << d->boundPort;
    return {};
}

quint16 HttpServer::port() const
{
    return d->boundPort;
}

QString HttpServer::url() const
{
    const bool tls = !d->config.tlsCertFile.isEmpty();
    QString host = d->config.host;
    if (host.contains(u':'))
        host = u"["_s + host + u"]"_s;
    return u"%1://%2:%3"_s.arg(tls ? u"https"_s : u"http"_s, host).arg(d->boundPort);
}

bool HttpServer::isRunning() const
{
    return d->server && d->server->is_running();
}

void HttpServer::stop()
{
    if (!d->server)
        return;
    d->server->stop();
    if (d->listener.joinable())
        d->listener.join();
    d->server.reset();
    d->boundPort = 0;
}

} // namespace Qadam::Server
