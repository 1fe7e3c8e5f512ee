#include "faultproxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

namespace Qadam::Test {

namespace {

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

/** Sends each relayed piece at once: without it, Nagle's algorithm holds a reply's second write
 *  for the peer's delayed ACK and the proxy adds 40 ms to requests that have none without it. */
void noDelay(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/** Closes with an RST instead of a FIN. */
void resetClose(int fd)
{
    linger l{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(fd);
}

/** Reads one HTTP request (headers + Content-Length body) so a 503 can answer it. */
void drainRequest(int fd)
{
    std::string buf;
    char chunk[8192];
    size_t need = std::string::npos;
    while (true) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 2000) <= 0)
            return;
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return;
        buf.append(chunk, size_t(n));
        const size_t end = buf.find("\r\n\r\n");
        if (end == std::string::npos)
            continue;
        if (need == std::string::npos) {
            need = end + 4;
            std::string lower = buf.substr(0, end);
            for (char &c : lower)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            const size_t cl = lower.find("content-length:");
            if (cl != std::string::npos)
                need += std::stoul(lower.substr(cl + 15));
        }
        if (buf.size() >= need)
            return;
    }
}

} // namespace

FaultProxy::FaultProxy(quint16 targetPort)
    : m_targetPort(targetPort)
{
}

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::start()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listen < 0)
        return false;
    const int one = 1;
    ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listen, 64) != 0
        || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        ::close(m_listen);
        m_listen = -1;
        return false;
    }
    m_port = ntohs(addr.sin_port);
    m_running = true;
    m_acceptor = std::thread([this] { acceptLoop(); });
    return true;
}

void FaultProxy::stop()
{
    if (!m_running.exchange(false))
        return;
    ::shutdown(m_listen, SHUT_RDWR);
    ::close(m_listen);
    if (m_acceptor.joinable())
        m_acceptor.join();
    std::vector<std::thread> workers;
    {
        std::lock_guard lock(m_mutex);
        workers.swap(m_workers);
    }
    for (std::thread &t : workers)
        t.join();
}

void FaultProxy::push(Rule rule)
{
    std::lock_guard lock(m_mutex);
    m_rules.push_back(rule);
}

void FaultProxy::setRandom(double p, quint64 seed)
{
    std::lock_guard lock(m_mutex);
    m_randomP = p;
    m_rng.seed(seed);
}

void FaultProxy::clearRandom()
{
    std::lock_guard lock(m_mutex);
    m_randomP = 0;
}

void FaultProxy::clearRules()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
    m_randomP = 0;
}

FaultProxy::Rule FaultProxy::nextRule()
{
    std::lock_guard lock(m_mutex);
    if (!m_rules.empty()) {
        Rule r = m_rules.front();
        m_rules.pop_front();
        return r;
    }
    if (m_randomP <= 0 || std::uniform_real_distribution<double>(0, 1)(m_rng) >= m_randomP)
        return {};
    static constexpr Fault kinds[] = {Fault::DropReply, Fault::Delay, Fault::TruncateReply, Fault::Reset,
                                      Fault::ServerError};
    Rule r;
    r.fault = kinds[std::uniform_int_distribution<int>(0, 4)(m_rng)];
    r.delayMs = std::uniform_int_distribution<int>(50, 400)(m_rng);
    r.truncateAt = std::uniform_int_distribution<int>(0, 200)(m_rng);
    return r;
}

void FaultProxy::acceptLoop()
{
    while (m_running) {
        const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0)
            continue;
        noDelay(client);
        ++m_connections;
        if (m_down) {
            ++m_faulted;
            resetClose(client);
            continue;
        }
        const Rule rule = nextRule();
        if (rule.fault != Fault::None)
            ++m_faulted;
        std::lock_guard lock(m_mutex);
        m_workers.emplace_back([this, client, rule] { serve(client, rule); });
    }
}

void FaultProxy::serve(int client, Rule rule)
{
    if (rule.fault == Fault::ServerError) {
        drainRequest(client);
        static const char reply[] = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\n"
                                    "Connection: close\r\n\r\n";
        sendAll(client, reply, sizeof reply - 1);
        ::close(client);
        return;
    }
    const int upstream = connectTo(m_targetPort);
    if (upstream < 0) {
        ::close(client);
        return;
    }
    noDelay(upstream);
    size_t forwarded = 0;
    bool requestSeen = false;
    char buf[16384];
    pollfd fds[2] = {{client, POLLIN, 0}, {upstream, POLLIN, 0}};
    while (m_running) {
        if (m_down) {
            resetClose(client);
            ::close(upstream);
            return;
        }
        if (::poll(fds, 2, 50) < 0)
            break;
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::recv(client, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            requestSeen = true;
            if (rule.fault == Fault::Reset) {
                resetClose(client);
                ::close(upstream);
                return;
            }
            if (!sendAll(upstream, buf, size_t(n)))
                break;
            m_bytesUp += n;
        }
        if (fds[1].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::recv(upstream, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            if (rule.fault == Fault::DropReply && requestSeen) {
                // The server has handled the request (it is answering): the answer is lost.
                ::close(client);
                ::close(upstream);
                return;
            }
            if (rule.fault == Fault::Delay)
                std::this_thread::sleep_for(std::chrono::milliseconds(rule.delayMs));
            size_t take = size_t(n);
            if (rule.fault == Fault::TruncateReply)
                take = std::min(take, size_t(rule.truncateAt) > forwarded ? size_t(rule.truncateAt) - forwarded : 0);
            if (take > 0 && !sendAll(client, buf, take))
                break;
            m_bytesDown += qint64(take);
            forwarded += take;
            if (rule.fault == Fault::TruncateReply && forwarded >= size_t(rule.truncateAt))
                break;
        }
    }
    ::close(client);
    ::close(upstream);
}

} // namespace Qadam::Test
