// The fault proxy must really inject each fault, or the sync tests that rely on it prove nothing.
#include "faultproxy.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <string>
#include <thread>

using namespace Qadam::Test;

namespace {

const std::string kReply = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello";

/** A one-thread TCP server that counts requests and answers each connection with kReply. */
class TinyServer
{
public:
    TinyServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_fd, 16);
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &len);
        port = ntohs(a.sin_port);
        m_thread = std::thread([this] {
            while (true) {
                const int c = ::accept(m_fd, nullptr, nullptr);
                if (c < 0)
                    return;
                char buf[4096];
                if (::recv(c, buf, sizeof buf, 0) > 0) {
                    ++requests;
                    ::send(c, kReply.data(), kReply.size(), MSG_NOSIGNAL);
                }
                ::close(c);
            }
        });
    }
    ~TinyServer()
    {
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
    }
    quint16 port = 0;
    std::atomic<int> requests{0};

private:
    int m_fd = -1;
    std::thread m_thread;
};

/** Sends one request through the proxy; returns what came back before the connection ended. */
std::string roundTrip(quint16 port, bool *reset = nullptr)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0)
        return "<no connect>";
    const std::string req = "POST /v1/sync HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc";
    ::send(fd, req.data(), req.size(), MSG_NOSIGNAL);
    std::string got;
    char buf[4096];
    while (true) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 3000) <= 0)
            break;
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n < 0 && reset)
            *reset = (errno == ECONNRESET);
        if (n <= 0)
            break;
        got.append(buf, size_t(n));
    }
    ::close(fd);
    return got;
}

} // namespace

class tst_FaultProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passThrough()
    {
        TinyServer server;
        FaultProxy proxy(server.port);
        QVERIFY(proxy.start());
        QCOMPARE(roundTrip(proxy.port()), kReply);
        QCOMPARE(server.requests.load(), 1);
        QCOMPARE(proxy.bytesDown(), qint64(kReply.size()));
        QVERIFY(proxy.bytesUp() > 50);
    }

    void dropReplyAfterTheServerHandledIt()
    {
        TinyServer server;
        FaultProxy proxy(server.port);
        QVERIFY(proxy.start());
        proxy.push({FaultProxy::Fault::DropReply});
        QCOMPARE(roundTrip(proxy.port()), std::string());
        QCOMPARE(server.requests.load(), 1);  // the server did the work; the client never heard
        QCOMPARE(roundTrip(proxy.port()), kReply);  // the rule applied to one connection only
    }

    void truncate()
    {
        TinyServer server;
        FaultProxy proxy(server.port);
        QVERIFY(proxy.start());
        proxy.push({FaultProxy::Fault::TruncateReply, 0, 10});
        QCOMPARE(roundTrip(proxy.port()), kReply.substr(0, 10));
    }

    void resetNeverReachesTheServer()
    {
        TinyServer server;
        FaultProxy proxy(server.port);
        QVERIFY(proxy.start());
        proxy.push({FaultProxy::Fault::Reset});
        bool reset = false;
        QCOMPARE(roundTrip(proxy.port(), &reset), std::string());
        QVERIFY(reset);
        QCOMPARE(server.requests.load(), 0);
    }

    void serverError()
    {
        TinyServer server;
        FaultProxy proxy(server.port);
        QVERIFY(proxy.start());
        proxy.push({FaultProxy::Fault::ServerError});
        QVERIFY(roundTrip(proxy.port()).rfind("HTTP/1.1 503", 0) == 0);
        QCOMPARE(server.requests.load(), 0);
    }

    void linkDownResetsUntilItIsUp()
    {
        TinyServer server;
        FaultProxy proxy(server.port);
        QVERIFY(proxy.start());
        proxy.setLinkDown(true);
        bool reset = false;
        QCOMPARE(roundTrip(proxy.port(), &reset), std::string());
        QVERIFY(reset);
        QCOMPARE(server.requests.load(), 0);
        QCOMPARE(proxy.faulted(), 1);
        proxy.setLinkDown(false);
        QCOMPARE(roundTrip(proxy.port()), kReply);
    }

    void randomIsSeeded()
    {
        TinyServer server;
        auto run = [&](quint64 seed) {
            FaultProxy proxy(server.port);
            if (!proxy.start())
                return std::string("<no start>");
            proxy.setRandom(0.5, seed);
            std::string pattern;
            for (int i = 0; i < 20; ++i)
                pattern += roundTrip(proxy.port()) == kReply ? '.' : 'x';
            return pattern;
        };
        const std::string a = run(42);
        QCOMPARE(run(42), a);
        QVERIFY2(a.find('x') != std::string::npos && a.find('.') != std::string::npos, a.c_str());
    }
};

QTEST_GUILESS_MAIN(tst_FaultProxy)
#include "tst_faultproxy.moc"
