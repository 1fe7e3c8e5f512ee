// R33, R34: the product's sync Transport (libcurl) against real TLS servers on 127.0.0.1. A CA,
// a server key signed by it and a self-signed key are made at test time with the openssl CLI;
// the servers are cpp-httplib in a thread and count every request that reached a handler, so
// "refused before any request body is sent" is an observed fact, not an assumption.
#include "transport.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <curl/curl.h>
#include <httplib.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using Qadam::Sync::Transport;
using Qadam::Sync::TransportConfig;
using Qadam::Sync::TransportFailure;
using Qadam::Sync::TransportReply;

namespace {

/** One httplib server on 127.0.0.1 in its own thread. /v1/sync answers 404 (any answer proves the
 *  request got through); /redirect/v1/sync answers 302 to /v1/sync. */
class LocalServer
{
public:
    explicit LocalServer(std::unique_ptr<httplib::Server> server) : m_server(std::move(server))
    {
        m_server->Post("/v1/sync", [this](const httplib::Request &, httplib::Response &res) {
            ++m_reached;
            res.status = 404;
        });
        m_server->Post("/redirect/v1/sync", [this](const httplib::Request &, httplib::Response &res) {
            ++m_redirected;
            res.set_redirect(u"%1/v1/sync"_s.arg(m_base).toStdString());
        });
    }
    ~LocalServer()
    {
        m_server->stop();
        if (m_thread.joinable())
            m_thread.join();
    }
    LocalServer(const LocalServer &) = delete;
    LocalServer &operator=(const LocalServer &) = delete;

    [[nodiscard]] bool start(const QString &scheme)
    {
        const int port = m_server->bind_to_any_port("127.0.0.1");
        if (port <= 0)
            return false;
        m_port = port;
        m_base = u"%1://127.0.0.1:%2"_s.arg(scheme).arg(port);
        m_thread = std::thread([this] { m_server->listen_after_bind(); });
        QDeadlineTimer deadline(5'000);
        while (!m_server->is_running() && !deadline.hasExpired())
            QThread::msleep(5);
        return m_server->is_running();
    }
    [[nodiscard]] QString base() const { return m_base; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] int reached() const { return m_reached.load(); }
    [[nodiscard]] int redirected() const { return m_redirected.load(); }

private:
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread;
    QString m_base;
    int m_port = 0;
    std::atomic<int> m_reached{0};
    std::atomic<int> m_redirected{0};
};

/** "sha256//<base64 of the SHA-256 of the DER public key>", the CURLOPT_PINNEDPUBLICKEY form. */
QByteArray pinOf(const QString &certPath)
{
    FILE *file = std::fopen(QFile::encodeName(certPath).constData(), "r");
    if (!file)
        return {};
    X509 *cert = PEM_read_X509(file, nullptr, nullptr, nullptr);
    std::fclose(file);
    if (!cert)
        return {};
    EVP_PKEY *key = X509_get0_pubkey(cert);
    QByteArray der(i2d_PUBKEY(key, nullptr), '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(key, &out);
    X509_free(cert);
    return "sha256//" + QCryptographicHash::hash(der, QCryptographicHash::Sha256).toBase64();
}

QString curlText(CURLcode code)
{
    return QString::fromLatin1(curl_easy_strerror(code));
}

} // namespace

class tst_TransportTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pinnedKeyOnTrustedChainConnects();
    void untrustedOrUnpinnedKeyIsRefusedBeforeTheBody_data();
    void untrustedOrUnpinnedKeyIsRefusedBeforeTheBody();
    void tlsBelow12IsRefused();
    void redirectIsNeverFollowed_data();
    void redirectIsNeverFollowed();
    void plainHttpIsRefused_data();
    void plainHttpIsRefused();

private:
    [[nodiscard]] bool openssl(const QStringList &args);
    [[nodiscard]] QString file(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] std::unique_ptr<httplib::SSLServer> tlsServer(const QString &cert, const QString &key) const;
    [[nodiscard]] TransportConfig config(const QByteArray &pin) const;
    [[nodiscard]] static TransportReply post(const TransportConfig &config, const QString &base);

    QTemporaryDir m_dir;
    QByteArray m_serverPin;
    QByteArray m_selfPin;
};

bool tst_TransportTls::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(QADAM_OPENSSL_BIN), args);
    if (!p.waitForFinished(30'000) || p.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), p.readAll().constData());
        return false;
    }
    return true;
}

void tst_TransportTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList ec = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    // A private CA (the "trusted root" of R33), a server key it signs, and a self-signed key.
    QVERIFY(openssl(QStringList{u"req"_s, u"-x509"_s} + ec + QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s,
        u"ca.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Qadam Test CA"_s, u"-addext"_s,
        u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s}));
    QVERIFY(openssl(QStringList{u"req"_s} + ec + QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s,
        u"server.csr"_s, u"-subj"_s, u"/CN=localhost"_s}));
    QFile ext(file(u"server.ext"_s));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    ext.close();
    QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s, u"ca.key"_s,
        u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"server.ext"_s}));
    QVERIFY(openssl(QStringList{u"req"_s, u"-x509"_s} + ec + QStringList{u"-keyout"_s, u"self.key"_s, u"-out"_s,
        u"self.crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
        u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s}));
    QVERIFY(openssl({u"verify"_s, u"-CAfile"_s, u"ca.crt"_s, u"server.crt"_s}));
    m_serverPin = pinOf(file(u"server.crt"_s));
    m_selfPin = pinOf(file(u"self.crt"_s));
    QVERIFY(m_serverPin.startsWith("sha256//") && m_selfPin.startsWith("sha256//"));
    QVERIFY(m_serverPin != m_selfPin);
}

std::unique_ptr<httplib::SSLServer> tst_TransportTls::tlsServer(const QString &cert, const QString &key) const
{
    return std::make_unique<httplib::SSLServer>(qPrintable(file(cert)), qPrintable(file(key)));
}

TransportConfig tst_TransportTls::config(const QByteArray &pin) const
{
    TransportConfig c;
    c.caBundlePath = file(u"ca.crt"_s);
    c.pinnedPublicKey = pin;
    c.connectTimeoutMs = 5'000;
    c.totalTimeoutMs = 15'000;
    return c;
}

TransportReply tst_TransportTls::post(const TransportConfig &config, const QString &base)
{
    Transport transport(config);
    return transport.post(base, u"/v1/sync"_s, QByteArray("probe body"), QByteArray("probe-token"));
}

// The control for every refusal below: the same set-up with the right pin reaches the handler.
void tst_TransportTls::pinnedKeyOnTrustedChainConnects()
{
    LocalServer server(tlsServer(u"server.crt"_s, u"server.key"_s));
    QVERIFY(server.start(u"https"_s));
    const TransportReply reply = post(config(m_serverPin), server.base());
    QCOMPARE(reply.httpStatus, 404);
    QCOMPARE(reply.failure, TransportFailure::Rejected);
    QCOMPARE(server.reached(), 1);
}

void tst_TransportTls::untrustedOrUnpinnedKeyIsRefusedBeforeTheBody_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("pin");
    QTest::addColumn<int>("curlCode");
    // R33: chains to the trusted root, but another key is pinned: CURLE_SSL_PINNEDPUBKEYNOTMATCH (90).
    QTest::newRow("trusted chain, key not pinned") << u"server.crt"_s << u"server.key"_s << m_selfPin
                                                   << int(CURLE_SSL_PINNEDPUBKEYNOTMATCH);
    QTest::newRow("self-signed, no pin") << u"self.crt"_s << u"self.key"_s << QByteArray()
                                         << int(CURLE_PEER_FAILED_VERIFICATION);
    // A pin never replaces chain verification (an interception root installed by the user is not ours).
    QTest::newRow("self-signed, its own key pinned") << u"self.crt"_s << u"self.key"_s << m_selfPin
                                                     << int(CURLE_PEER_FAILED_VERIFICATION);
}

void tst_TransportTls::untrustedOrUnpinnedKeyIsRefusedBeforeTheBody()
{
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QByteArray, pin);
    QFETCH(int, curlCode);
    LocalServer server(tlsServer(cert, key));
    QVERIFY(server.start(u"https"_s));
    const TransportReply reply = post(config(pin), server.base());
    QCOMPARE(reply.failure, TransportFailure::Refused);
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(reply.detail, curlText(CURLcode(curlCode)));
    QCOMPARE(server.reached(), 0);  // no request, so no body and no token, ever reached the server
}

void tst_TransportTls::tlsBelow12IsRefused()
{
    auto tls = tlsServer(u"server.crt"_s, u"server.key"_s);
    SSL_CTX *ctx = tls->ssl_context();
    QVERIFY(SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION) == 1);
    QVERIFY(SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION) == 1);
    SSL_CTX_set_security_level(ctx, 0);
    QVERIFY(SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0") == 1);
    LocalServer server(std::move(tls));
    QVERIFY(server.start(u"https"_s));

    // Control: the server really speaks TLS 1.1 to a client that accepts it.
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(QStringLiteral(QADAM_OPENSSL_BIN), {u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(server.port()),
        u"-tls1_1"_s, u"-cipher"_s, u"DEFAULT:@SECLEVEL=0"_s, u"-CAfile"_s, file(u"ca.crt"_s)});
    client.closeWriteChannel();
    QVERIFY(client.waitForFinished(15'000));
    QVERIFY2(client.readAll().contains("Protocol  : TLSv1.1"), "the control handshake did not use TLS 1.1");

    const TransportReply reply = post(config(m_serverPin), server.base());
    QVERIFY(!reply.ok());
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(reply.detail, curlText(CURLE_SSL_CONNECT_ERROR));
    QCOMPARE(server.reached(), 0);
}

void tst_TransportTls::redirectIsNeverFollowed_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("https") << true;
    QTest::newRow("http to loopback") << false;
}

void tst_TransportTls::redirectIsNeverFollowed()
{
    QFETCH(bool, tls);
    LocalServer server(tls ? std::unique_ptr<httplib::Server>(tlsServer(u"server.crt"_s, u"server.key"_s))
                           : std::make_unique<httplib::Server>());
    QVERIFY(server.start(tls ? u"https"_s : u"http"_s));
    const TransportReply reply = post(config(tls ? m_serverPin : QByteArray()), server.base() + u"/redirect"_s);
    QCOMPARE(reply.httpStatus, 302);
    QCOMPARE(reply.failure, TransportFailure::Refused);
    QCOMPARE(server.redirected(), 1);
    QCOMPARE(server.reached(), 0);  // the target of the redirect never saw a request
}

void tst_TransportTls::plainHttpIsRefused_data()
{
    QTest::addColumn<bool>("allowLoopbackHttp");
    QTest::addColumn<QString>("host");
    QTest::newRow("loopback, not allowed") << false << u"127.0.0.1"_s;
    QTest::newRow("not loopback, allowed for loopback") << true << u"localhost.example"_s;
}

void tst_TransportTls::plainHttpIsRefused()
{
    QFETCH(bool, allowLoopbackHttp);
    QFETCH(QString, host);
    LocalServer server(std::make_unique<httplib::Server>());
    QVERIFY(server.start(u"http"_s));
    TransportConfig c = config({});
    c.allowLoopbackHttp = allowLoopbackHttp;
    const TransportReply reply = post(c, u"http://%1:%2"_s.arg(host).arg(server.port()));
    QCOMPARE(reply.failure, TransportFailure::Refused);
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(server.reached(), 0);
}

QTEST_GUILESS_MAIN(tst_TransportTls)
#include "tst_transporttls.moc"
