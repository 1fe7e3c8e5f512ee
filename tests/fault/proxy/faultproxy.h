#pragma once

#include <QtGlobal>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

namespace Qadam::Test {

/**
 * A small TCP proxy on 127.0.0.1 between a sync client and a server that injects network faults
 * (issue 6 "Network fault proxy"): drop the reply after the server handled the request, delay,
 * truncate the reply, reset the connection, or answer 503 without reaching the server. Faults are
 * queued per connection (the next connection takes the next rule) or drawn at random from a
 * seeded generator. One thread accepts; each connection gets its own thread (tests only). The
 * client should not reuse connections across requests when per-request faults matter.
 */
class FaultProxy
{
public:
    enum class Fault { None, DropReply, Delay, TruncateReply, Reset, ServerError };
    struct Rule
    {
        Fault fault = Fault::None;
        int delayMs = 0;        ///< Delay: before forwarding each reply chunk
        int truncateAt = 0;     ///< TruncateReply: bytes of the reply forwarded before closing
    };

    explicit FaultProxy(quint16 targetPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    /** Listens on 127.0.0.1 on a free port; false if it cannot. */
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }

    /** The next connection gets `rule` (FIFO); connections without a queued rule use the random
     *  mode if set, else pass through. */
    void push(Rule rule);
    /** Random faults with probability `p` per connection, from a generator seeded with `seed`. */
    void setRandom(double p, quint64 seed);
    void clearRandom();
    /** Drops every queued rule and the random mode: the link is healthy from the next connection. */
    void clearRules();
    /** A link that drops (flapping): while down, new connections are reset at once and open ones
     *  are cut with a reset within about 50 ms; up again, connections pass as the rules say. */
    void setLinkDown(bool down) { m_down = down; }
    /** Connections accepted so far, and how many got a fault. */
    [[nodiscard]] int connections() const { return m_connections.load(); }
    [[nodiscard]] int faulted() const { return m_faulted.load(); }
    /** Bytes forwarded client → server and server → client (headers included): what a link
     *  would carry. Benchmarks read these to compare protocols on equal terms. */
    [[nodiscard]] qint64 bytesUp() const { return m_bytesUp.load(); }
    [[nodiscard]] qint64 bytesDown() const { return m_bytesDown.load(); }
    void resetCounters()
    {
        m_connections = 0;
        m_faulted = 0;
        m_bytesUp = 0;
        m_bytesDown = 0;
    }

private:
    void acceptLoop();
    void serve(int client, Rule rule);
    Rule nextRule();

    quint16 m_targetPort;
    quint16 m_port = 0;
    int m_listen = -1;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_down{false};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_faulted{0};
    std::atomic<qint64> m_bytesUp{0};
    std::atomic<qint64> m_bytesDown{0};
    std::thread m_acceptor;
    std::mutex m_mutex;
    std::vector<std::thread> m_workers;
    std::deque<Rule> m_rules;
    double m_randomP = 0;
    std::mt19937_64 m_rng;
};

} // namespace Qadam::Test
