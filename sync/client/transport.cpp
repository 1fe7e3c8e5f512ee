#include "transport.h"

#include "wirecodec.h"

#include <QLoggingCategory>
#include <QUrl>

#include <curl/curl.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTransport, "qadam.sync")

namespace Qadam::Sync {

namespace {

struct Sink
{
    QByteArray data;
    qint64 cap = 0;
    bool overflow = false;
};

size_t writeBody(char *ptr, size_t size, size_t nmemb, void *userdata)
{
    auto *sink = static_cast<Sink *>(userdata);
    const size_t n = size * nmemb;
    if (sink->data.size() + qint64(n) > sink->cap) {
        sink->overflow = true;
        return 0;  // makes curl fail with CURLE_WRITE_ERROR
    }
    sink->data.append(ptr, qsizetype(n));
    return n;
}

int progress(void *clientp, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::atomic<bool> *>(clientp)->load() ? 1 : 0;
}

TransportReply failure(TransportFailure kind, int status, QString code, QString detail)
{
    TransportReply r;
    r.httpStatus = status;
    r.failure = kind;
    r.code = std::move(code);
    r.detail = std::move(detail);
    return r;
}

TransportFailure failureForCurl(CURLcode code)
{
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return TransportFailure::Timeout;
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
        return TransportFailure::Refused;
    default:
        return TransportFailure::Transient;
    }
}

} // namespace

/** The easy handle, kept between requests so the connection is reused. */
class Transport::Private
{
public:
    Private() : curl(curl_easy_init()) { }
    ~Private()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
    CURL *curl = nullptr;
};

Transport::Transport(TransportConfig config) : m_config(std::move(config)), d(std::make_unique<Private>())
{
}

Transport::~Transport() = default;

TransportFailure Transport::failureForStatus(int status)
{
    if (status == 200)
        return TransportFailure::None;
    if (status >= 300 && status < 400)
        return TransportFailure::Refused;  // never follow a redirect
    switch (status) {
    case 401:
        return TransportFailure::Unauthorized;
    case 403:
        return TransportFailure::Forbidden;
    case 413:
        return TransportFailure::TooLarge;
    case 426:
        return TransportFailure::UpgradeRequired;
    case 408:
    case 429:
        return TransportFailure::Transient;
    default:
        break;
    }
    if (status >= 500)
        return TransportFailure::Transient;
    return TransportFailure::Rejected;
}

std::optional<ServerAddress> ServerAddress::parse(const QString &address)
{
    const qsizetype hash = address.indexOf(u'#');
    ServerAddress a{hash < 0 ? address : address.left(hash), {}};
    if (hash < 0)
        return a;
    const QString fragment = address.mid(hash + 1);
    if (!fragment.startsWith(u"pin="))
        return std::nullopt;
    const QStringList pins = fragment.mid(4).split(u';');
    for (const QString &pin : pins) {
        const auto decoded = QByteArray::fromBase64Encoding(pin.mid(8).toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!pin.startsWith(u"sha256//") || !decoded || decoded.decoded.size() != 32)
            return std::nullopt;
    }
    a.pin = pins.join(u';').toLatin1();
    return a;
}

bool Transport::urlAllowed(const QString &url, bool allowLoopbackHttp)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return false;
    if (u.scheme() == u"https")
        return true;
    const QString host = u.host();
    const bool loopback = host == u"127.0.0.1" || host == u"localhost" || host == u"::1";
    return allowLoopbackHttp && u.scheme() == u"http" && loopback;
}

TransportReply Transport::post(const QString &baseUrl, const QString &path, const QByteArray &message,
                               const QByteArray &bearerToken)
{
    return postCompressed(baseUrl, path, Wire::compress(message), bearerToken);
}

TransportReply Transport::postCompressed(const QString &baseUrl, const QString &path, const QByteArray &body,
                                         const QByteArray &bearerToken)
{
    if (!d->curl)
        return failure(TransportFailure::Transient, 0, u"unavailable"_s, u"curl_easy_init failed"_s);
    if (!urlAllowed(baseUrl, m_config.allowLoopbackHttp))
        return failure(TransportFailure::Refused, 0, u"refused"_s, u"server URL must be https"_s);
    if (m_aborted.load())
        return failure(TransportFailure::Transient, 0, u"aborted"_s, u"transport stopped"_s);

    CURL *c = d->curl;
    curl_easy_reset(c);
    const QByteArray url = (baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl).toUtf8() + path.toUtf8();
    const QByteArray agent = m_config.userAgent.toUtf8();
    const QByteArray auth = bearerToken.isEmpty() ? QByteArray() : "Authorization: Bearer " + bearerToken;
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/x-protobuf");
    headers = curl_slist_append(headers, "Content-Encoding: zstd");
    headers = curl_slist_append(headers, "Accept:");  // no "Accept: */*": the reply's type is fixed
    if (!auth.isEmpty())
        headers = curl_slist_append(headers, auth.constData());
    Sink sink;
    sink.cap = m_config.maxResponseBytes;

    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_POST, 1L);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.constData());
    curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(c, CURLOPT_USERAGENT, agent.constData());
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_config.pinnedPublicKey.isEmpty())
        curl_easy_setopt(c, CURLOPT_PINNEDPUBLICKEY, m_config.pinnedPublicKey.constData());
    const QByteArray caBundle = m_config.caBundlePath.toLocal8Bit();
    if (!caBundle.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caBundle.constData());
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(m_config.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(m_config.totalTimeoutMs));
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_LIMIT, long(m_config.lowSpeedBytes));
    curl_easy_setopt(c, CURLOPT_LOW_SPEED_TIME, long(m_config.lowSpeedSeconds));
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(m_config.maxResponseBytes));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, writeBody);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, &m_aborted);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);

    const CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(headers);
    long status = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
    m_bytesSent += body.size();
    m_bytesReceived += sink.data.size();
    return finish(int(rc), int(status), sink.data, sink.overflow);
}

TransportReply Transport::finish(int curlCode, int status, const QByteArray &raw, bool overflow)
{
    const auto rc = CURLcode(curlCode);
    if (overflow || rc == CURLE_FILESIZE_EXCEEDED)
        return failure(TransportFailure::Refused, int(status), u"too_large"_s, u"reply over the size cap"_s);
    if (rc != CURLE_OK && status >= 300 && rc != CURLE_OPERATION_TIMEDOUT) {
        // The server answered (e.g. 413 before reading the body) and closed the connection.
        TransportReply reply;
        reply.httpStatus = status;
        reply.failure = failureForStatus(status);
        qCInfo(lcTransport) << "request refused: HTTP" << status;
        return reply;
    }
    if (rc != CURLE_OK) {
        qCInfo(lcTransport) << "request failed: curl" << int(rc);
        return failure(failureForCurl(rc), int(status), u"network"_s, QString::fromLatin1(curl_easy_strerror(rc)));
    }
    TransportReply reply;
    reply.httpStatus = status;
    reply.failure = failureForStatus(status);
    auto plain = raw.isEmpty() ? Result<QByteArray>(QByteArray()) : Wire::decompress(raw, m_config.maxDecompressedBytes);
    if (reply.ok()) {
        if (!plain.ok())
            return failure(TransportFailure::Transient, status, u"malformed"_s, u"undecodable reply"_s);
        reply.body = std::move(plain).value();
        return reply;
    }
    Wire::pb::ErrorReply error;
    if (plain.ok() && Wire::parse(plain.value(), error)) {
        reply.code = QString::fromStdString(error.code());
        reply.detail = QString::fromStdString(error.message());
    }
    qCInfo(lcTransport) << "request refused: HTTP" << status << reply.code;
    return reply;
}

} // namespace Qadam::Sync
