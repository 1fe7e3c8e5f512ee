// Tests for Qadam::Server::HttpServer: a real server on loopback (port 0) in front of a real
// SyncService on a real embedded store in a temporary directory. Every refused request is shown
// to write nothing: the store's high-water sequence and the device's receipts are unchanged.
#include "httpserver.h"
#include "metrics.h"
#include "serverstore.h"
#include "syncservice.h"
#include "util/clock.h"
#include "wirecodec.h"

#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Qadam;
using namespace Qadam::Server;
namespace pb = Qadam::Wire::pb;

namespace {

constexpr qint64 kMaxBody = 64 * 1024;
constexpr qint64 kMaxDecompressed = 1024 * 1024;

/** What a refused request must leave alone. */
struct StoreState
{
    qint64 highWater = -1;
    qint64 lastDeviceSeq = -1;
    bool operator==(const StoreState &) const = default;
};

char *toString(const StoreState &s)
{
    return qstrdup(qPrintable(u"highWater %1, lastDeviceSeq %2"_s.arg(s.highWater).arg(s.lastDeviceSeq)));
}

/** One raw HTTP exchange over a plain socket: sends `request`, returns the reply head (status
 *  line and headers) or an empty array if none came within `waitMs`. The socket stays open while
 *  waiting, so a server that tried to read a body we never sent could not answer. */
QByteArray rawExchange(quint16 port, const QByteArray &request, int waitMs)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QByteArray reply;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) == request.size()) {
        pollfd p{fd, POLLIN, 0};
        char buf[4096];
        while (!reply.contains("\r\n\r\n") && ::poll(&p, 1, waitMs) > 0) {
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            reply.append(buf, qsizetype(n));
        }
    }
    ::close(fd);
    return reply.left(reply.indexOf("\r\n\r\n"));
}

QByteArray postHead(const char *path, qint64 contentLength, const char *extra = "")
{
    return "POST "_ba + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-protobuf\r\n"
        + "Content-Encoding: zstd\r\nContent-Length: " + QByteArray::number(contentLength) + "\r\n" + extra + "\r\n";
}

pb::ErrorReply errorOf(const httplib::Result &r)
{
    pb::ErrorReply e;
    const Result<QByteArray> body = Wire::decompress(QByteArray::fromStdString(r->body));
    if (body.ok())
        (void)Wire::parse(body.value(), e);
    return e;
}

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthz();
    void unknownRoutesAre404_data();
    void unknownRoutesAre404();
    void oversizedContentLengthIs413BeforeTheBody_data();
    void oversizedContentLengthIs413BeforeTheBody();
    void badBodiesAre400_data();
    void badBodiesAre400();
    void decompressionBombIs413();
    void badTokensAre401_data();
    void badTokensAre401();
    void oldClientIs426();
    void goodSyncIs200();
    void metricsCountRequests();
    void connectionKeptForManyRequests();
    void stopAndRestart();

private:
    [[nodiscard]] StoreState state() const;
    httplib::Result post(const char *path, const QByteArray &raw, const char *token = nullptr,
                         const char *encoding = "zstd");
    [[nodiscard]] QByteArray syncBody(const char *clientVersion, bool withOp) const;

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<SyncService> m_service;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<httplib::Client> m_client;
    QString m_deviceId;
    QString m_userId;
    std::string m_accessToken;
};

void tst_HttpServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clock.set(QDateTime::currentMSecsSinceEpoch());
    auto store = openServerStore(u"sqlite:"_s + m_dir.filePath(u"server.db"_s), QByteArray(32, 'k'));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().detail));
    m_store = std::move(store).value();
    m_service = std::make_unique<SyncService>(*m_store, m_clock);
    m_metrics = std::make_unique<Metrics>(m_store->kind());
    HttpConfig config;
    config.maxBodyBytes = kMaxBody;
    config.maxDecompressedBytes = kMaxDecompressed;
    config.readTimeoutSeconds = 120;  // a server that waited for an unsent body would stall the test
    config.keepAliveSeconds = 1;
    config.threads = 2;
    m_server = std::make_unique<HttpServer>(*m_service, *m_metrics, config);
    QVERIFY(m_server->start().ok());
    QVERIFY(m_server->port() != 0);
    m_client = std::make_unique<httplib::Client>("127.0.0.1", m_server->port());
    m_client->set_follow_location(false);

    // A synthetic office with one officer, enrolled through the HTTP API.
    const auto org = m_service->createOrganisation({{u"nameKk"_s, u"Demo office"_s}, {u"nameRu"_s, u"Demo office"_s},
                                                    {u"kind"_s, u"probation_service"_s}});
    QVERIFY(org.ok());
    const auto user = m_service->createUser({{u"displayName"_s, u"Demo Officer"_s},
                                             {u"role"_s, u"probation_officer"_s},
                                             {u"organisationId"_s, org.value()},
                                             {u"status"_s, u"active"_s}});
    QVERIFY(user.ok());
    m_userId = user.value();
    const auto code = m_service->issueEnrolmentCode(user.value());
    QVERIFY(code.ok());
    pb::EnrollRequest enroll;
    enroll.set_code(code.value().toStdString());
    enroll.set_device_name("test device");
    enroll.set_client_version("0.1.0");
    enroll.set_platform("linux");
    const auto r = post("/v1/enroll", Wire::serialise(enroll));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->get_header_value("Content-Encoding"), std::string("zstd"));
    pb::TokenReply token;
    QVERIFY(Wire::parse(Wire::decompress(QByteArray::fromStdString(r->body)).value(), token));
    m_deviceId = Wire::uuidFromBytes(token.device_id());
    m_accessToken = token.access_token();
    QVERIFY(!m_deviceId.isEmpty());
    QVERIFY(!m_accessToken.empty());
}

void tst_HttpServer::cleanupTestCase()
{
    m_client.reset();
    if (m_server)
        m_server->stop();
}

StoreState tst_HttpServer::state() const
{
    auto txn = m_store->begin(false);
    if (!txn.ok())
        return {};
    StoreState s;
    if (auto hw = txn.value()->highWater(); hw.ok())
        s.highWater = hw.value();
    if (auto seq = txn.value()->lastDeviceSeq(m_deviceId); seq.ok())
        s.lastDeviceSeq = seq.value();
    return s;
}

httplib::Result tst_HttpServer::post(const char *path, const QByteArray &raw, const char *token, const char *encoding)
{
    httplib::Headers headers{{"Content-Encoding", encoding}};
    if (token)
        headers.emplace("Authorization", std::string("Bearer ") + token);
    const QByteArray body = qstrcmp(encoding, "zstd") == 0 ? Wire::compress(raw) : raw;
    return m_client->Post(path, headers, body.toStdString(), "application/x-protobuf");
}

QByteArray tst_HttpServer::syncBody(const char *clientVersion, bool withOp) const
{
    pb::SyncRequest req;
    req.set_protocol_version(Wire::kProtocolVersion);
    req.set_client_version(clientVersion);
    req.set_pull(true);
    if (withOp) {
        pb::Op *op = req.add_ops();
        op->set_device_seq(1);
        op->set_op_id(Wire::uuidToBytes(u"0190f3a2-6b1c-7d4e-8f00-00000000f001"_s));
        op->set_entity("Person");
        op->set_record_id(Wire::uuidToBytes(u"0190f3a2-6b1c-7d4e-8f00-00000000f002"_s));
        op->set_kind(pb::OP_KIND_CREATE);
        op->set_hlc(quint64(m_clock.nowMs()) << 16);
        op->set_occurred_at(m_clock.nowMs());
        pb::Field *f = op->add_fields();
        f->set_name("caseStatus");
        f->mutable_value()->set_text("active");
        f = op->add_fields();
        f->set_name("surnameLat");
        f->mutable_value()->set_text("Testova");
        f = op->add_fields();
        f->set_name("givenNameLat");
        f->mutable_value()->set_text("Synthetica");
        f = op->add_fields();
        f->set_name("caseOfficerId");
        f->mutable_value()->set_text(m_userId.toStdString());
    }
    return Wire::serialise(req);
}

void tst_HttpServer::healthz()
{
    const auto r = m_client->Get("/healthz");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, std::string("ok\n"));
}

void tst_HttpServer::unknownRoutesAre404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("unknown path") << "GET"_ba << "/v1/records"_ba;
    QTest::newRow("root") << "GET"_ba << "/"_ba;
    QTest::newRow("trailing slash is not redirected") << "POST"_ba << "/v1/sync/"_ba;
    QTest::newRow("double slash is not redirected") << "POST"_ba << "//v1/sync"_ba;
    QTest::newRow("upper case is not redirected") << "POST"_ba << "/V1/SYNC"_ba;
    QTest::newRow("wrong method on sync") << "GET"_ba << "/v1/sync"_ba;
    QTest::newRow("wrong method on metrics") << "POST"_ba << "/metrics"_ba;
    QTest::newRow("a v2 client") << "POST"_ba << "/v2/sync"_ba;
}

void tst_HttpServer::unknownRoutesAre404()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    const StoreState before = state();
    const auto r = method == "GET" ? m_client->Get(path.constData())
                                   : post(path.constData(), syncBody("0.1.0", true), m_accessToken.c_str());
    QVERIFY(r);
    QCOMPARE(r->status, 404);
    QVERIFY(!r->has_header("Location"));  // no redirects, ever
    QCOMPARE(errorOf(r).code(), std::string("not_found"));
    QCOMPARE(state(), before);
}

void tst_HttpServer::oversizedContentLengthIs413BeforeTheBody_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("just over the limit, body never sent") << postHead("/v1/sync", kMaxBody + 1);
    QTest::newRow("a gigabyte declared") << postHead("/v1/sync", 1LL << 30);
    QTest::newRow("enrolment too") << postHead("/v1/enroll", kMaxBody * 10);
    QTest::newRow("expect 100-continue is refused") << postHead("/v1/sync", 1LL << 30, "Expect: 100-continue\r\n");
}

void tst_HttpServer::oversizedContentLengthIs413BeforeTheBody()
{
    QFETCH(QByteArray, request);
    const StoreState before = state();
    // Only the head is sent and the socket is kept open: a server that read the body first would
    // not answer before its read timeout (120 s), far beyond this wait.
    const QByteArray head = rawExchange(m_server->port(), request, 30'000);
    QVERIFY2(head.startsWith("HTTP/1.1 413"), head.constData());
    QVERIFY(head.contains("Connection: close"));
    QVERIFY(!head.contains("100 Continue"));
    QCOMPARE(state(), before);
}

void tst_HttpServer::badBodiesAre400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("path");
    const QByteArray good = syncBody("0.1.0", true);
    QTest::newRow("uncompressed protobuf") << good << "identity"_ba << "/v1/sync"_ba;
    QTest::newRow("gzip is not accepted") << good << "gzip"_ba << "/v1/sync"_ba;
    QTest::newRow("no body") << QByteArray() << "raw-zstd"_ba << "/v1/sync"_ba;
    QTest::newRow("zstd header but garbage") << QByteArray("\x28\xb5\x2f\xfd garbage", 12) << "raw-zstd"_ba
                                             << "/v1/sync"_ba;
    QTest::newRow("truncated zstd frame") << Wire::compress(good).chopped(4) << "raw-zstd"_ba << "/v1/sync"_ba;
    QTest::newRow("two zstd frames") << Wire::compress(good) + Wire::compress(good) << "raw-zstd"_ba << "/v1/sync"_ba;
    QTest::newRow("malformed protobuf in a good frame") << QByteArray("\xff\xff\xff\xff\x0f\x01", 6) << "zstd"_ba
                                                        << "/v1/sync"_ba;
    QTest::newRow("malformed enrolment") << QByteArray("\x0a\xff\x01", 3) << "zstd"_ba << "/v1/enroll"_ba;
}

void tst_HttpServer::badBodiesAre400()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, path);
    const StoreState before = state();
    // "raw-zstd": sent as is, labelled zstd (the bytes themselves are the broken frame).
    const bool raw = encoding == "raw-zstd";
    httplib::Headers headers{{"Content-Encoding", raw ? "zstd" : encoding.toStdString()},
                             {"Authorization", "Bearer " + m_accessToken}};
    const QByteArray sent = encoding == "zstd" ? Wire::compress(body) : body;
    const auto r = m_client->Post(path.constData(), headers, sent.toStdString(), "application/x-protobuf");
    QVERIFY(r);
    QCOMPARE(r->status, 400);
    QCOMPARE(errorOf(r).code(), std::string("malformed"));
    QCOMPARE(state(), before);
}

void tst_HttpServer::decompressionBombIs413()
{
    const StoreState before = state();
    QByteArray bomb = syncBody("0.1.0", false);
    bomb.append(QByteArray(2 * kMaxDecompressed, '\0'));
    const QByteArray frame = Wire::compress(bomb);
    QVERIFY(frame.size() < kMaxBody);  // small on the wire, over the limit inside
    httplib::Headers headers{{"Content-Encoding", "zstd"}, {"Authorization", "Bearer " + m_accessToken}};
    const auto r = m_client->Post("/v1/sync", headers, frame.toStdString(), "application/x-protobuf");
    QVERIFY(r);
    QCOMPARE(r->status, 413);
    QCOMPARE(errorOf(r).code(), std::string("too_large"));
    QCOMPARE(state(), before);
}

void tst_HttpServer::badTokensAre401_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("no token") << QByteArray();
    QTest::newRow("unknown token") << "not-a-token-0000"_ba;
    QTest::newRow("refresh token shape") << "rt_synthetic_fedcba9876543210"_ba;
}

void tst_HttpServer::badTokensAre401()
{
    QFETCH(QByteArray, token);
    const StoreState before = state();
    const auto r = post("/v1/sync", syncBody("0.1.0", true), token.isEmpty() ? nullptr : token.constData());
    QVERIFY(r);
    QCOMPARE(r->status, 401);
    QCOMPARE(errorOf(r).code(), std::string("unauthorized"));
    QCOMPARE(state(), before);
}

void tst_HttpServer::oldClientIs426()
{
    const StoreState before = state();
    const auto r = post("/v1/sync", syncBody("0.0.1", true), m_accessToken.c_str());
    QVERIFY(r);
    QCOMPARE(r->status, 426);
    QCOMPARE(errorOf(r).code(), std::string("upgrade_required"));
    QCOMPARE(state(), before);
}

void tst_HttpServer::goodSyncIs200()
{
    const StoreState before = state();
    const auto r = post("/v1/sync", syncBody("0.1.0", true), m_accessToken.c_str());
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->get_header_value("Content-Type"), std::string("application/x-protobuf"));
    pb::SyncResponse reply;
    QVERIFY(Wire::parse(Wire::decompress(QByteArray::fromStdString(r->body)).value(), reply));
    QCOMPARE(reply.results_size(), 1);
    QVERIFY2(reply.results(0).outcome() == pb::OUTCOME_APPLIED, reply.results(0).reason().c_str());
    const StoreState after = state();
    QVERIFY(after.highWater > before.highWater);  // the control: an accepted push does write
    QCOMPARE(after.lastDeviceSeq, qint64(1));
}

void tst_HttpServer::metricsCountRequests()
{
    const auto r = m_client->Get("/metrics");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QByteArray text = QByteArray::fromStdString(r->body);
    QVERIFY(text.contains("qadam_http_requests_total{route=\"/v1/sync\",status=\"401\"} 3\n"));
    QVERIFY(text.contains("qadam_http_requests_total{route=\"/v1/sync\",status=\"426\"} 1\n"));
    QVERIFY(text.contains("qadam_http_requests_total{route=\"/v1/enroll\",status=\"200\"} 1\n"));
    QVERIFY(text.contains("qadam_http_requests_total{route=\"/v1/sync\",status=\"413\"} "));
    QVERIFY(text.contains("qadam_http_requests_total{route=\"other\",status=\"404\"} "));
    QVERIFY(text.contains("qadam_sync_ops_total{outcome=\"applied\"} 1\n"));
    QVERIFY(text.contains("qadam_sync_ops_total{outcome=\"rejected\"} 0\n"));
    QVERIFY(text.contains("qadam_sync_conflicts_total 0\n"));
    QVERIFY(text.contains("qadam_http_request_duration_seconds_bucket{le=\"+Inf\"} "));
    QVERIFY(text.contains("qadam_http_request_duration_seconds_count "));
    QVERIFY(text.contains("qadam_store_info{kind=\"sqlite\"} 1\n"));
    // No user or device ids as labels, no tokens anywhere.
    QVERIFY(!text.contains(m_deviceId.toUtf8()));
    QVERIFY(!text.contains(QByteArray::fromStdString(m_accessToken)));
}

/** A first sync is dozens of requests: one connection carries them all (httplib's default
 *  closed it after 5, a new TCP and TLS handshake each time on the slowest links). */
void tst_HttpServer::connectionKeptForManyRequests()
{
    constexpr int kRequests = 12;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(m_server->port());
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
    QByteArray replies;
    bool closed = false;
    for (int i = 0; i < kRequests && !closed; ++i) {
        const QByteArray get = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba;
        if (::send(fd, get.constData(), size_t(get.size()), MSG_NOSIGNAL) != get.size())
            break;
        pollfd p{fd, POLLIN, 0};
        char buf[4096];
        const qsizetype want = replies.count("HTTP/1.1 200") + 1;
        while (replies.count("HTTP/1.1 200") < want || !replies.endsWith("ok\n")) {
            if (::poll(&p, 1, 2000) <= 0)
                break;
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) {
                closed = true;
                break;
            }
            replies.append(buf, qsizetype(n));
        }
    }
    ::close(fd);
    QCOMPARE(replies.count("HTTP/1.1 200"), kRequests);
    QVERIFY(!replies.contains("Connection: close"));
}

void tst_HttpServer::stopAndRestart()
{
    const quint16 port = m_server->port();
    m_client.reset();
    m_server->stop();
    QVERIFY(!m_server->isRunning());
    QVERIFY(!httplib::Client("127.0.0.1", port).Get("/healthz"));
    QVERIFY(m_server->start().ok());
    m_client = std::make_unique<httplib::Client>("127.0.0.1", m_server->port());
    const auto r = m_client->Get("/healthz");
    QVERIFY(r);
    QCOMPARE(r->status, 200);
}

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_httpserver.moc"
