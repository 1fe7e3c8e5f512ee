#pragma once

// Shared pieces of the kill -9 harness (issue 6, part 1): the seeded plan (how many kill points
// per victim), a cheap fingerprint of a device store, a line reader for child processes, and the
// SIGKILL itself. Synthetic data only; nothing here logs record content.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>

namespace Qadam {
class Database;
}

namespace Qadam::Crash {

/** Which process dies. */
enum class Victim { LocalWrites, PullApply, ServerPush };

/**
 * The seeded plan of one run: the seed (QADAM_CRASH_SEED, else random), the total number of kill
 * points (QADAM_CRASH_POINTS, default kDefaultPoints = one CI run) and how many each victim gets.
 * Every random choice of the harness comes from generators derived from the seed, so a seed
 * replays the same operations and the same kill-time draws (the moment a signal lands still
 * depends on the machine's timing).
 */
class Plan
{
public:
    static constexpr int kDefaultPoints = 210;

    static Plan fromEnvironment();
    [[nodiscard]] quint32 seed() const { return m_seed; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int pointsFor(Victim v) const;
    /** A generator for one victim (independent streams, same seed). */
    [[nodiscard]] QRandomGenerator rngFor(Victim v) const;
    /** The line that tells a person how to replay a failure. */
    [[nodiscard]] QString reproduceHint(const QString &ctestName) const;

private:
    quint32 m_seed = 0;
    int m_total = kDefaultPoints;
};

/**
 * A fingerprint of a device store: per record table its row count and version sum, the outbox's
 * count and highest device_seq, the audit chain's length and head hash, and every meta row (device
 * seq counter, HLC, cursor). Two stores in the same logical state have equal digests; a committed
 * write changes it. `numbers` are what a write adds to (for deltas); `text` must match exactly.
 */
struct Digest
{
    QMap<QString, qint64> numbers;
    QByteArray text;

    [[nodiscard]] static Digest of(Database &db);
    [[nodiscard]] QByteArray serialise() const;
    [[nodiscard]] static Digest parse(const QByteArray &line);
    /** Numeric differences `this - before`, zeros left out. */
    [[nodiscard]] QMap<QString, qint64> minus(const Digest &before) const;
    bool operator==(const Digest &) const = default;
};

/** A child process' stdout, read line by line. */
class LineReader
{
public:
    explicit LineReader(QProcess &process) : m_process(process) { }
    /** Waits (up to timeoutMs) until a line starting with `prefix` arrived, the child exited or
     *  the time is up; true when such a line arrived. Every line read is kept in lines(). */
    bool waitFor(const QByteArray &prefix, int timeoutMs);
    /** Waits until at least `count` lines start with `prefix`. */
    bool waitForCount(const QByteArray &prefix, int count, int timeoutMs);
    /** Reads what is left (after the child died). */
    void drain();
    [[nodiscard]] const QList<QByteArray> &lines() const { return m_lines; }
    [[nodiscard]] int count(const QByteArray &prefix) const;
    /** The last line starting with `prefix`, or empty. */
    [[nodiscard]] QByteArray last(const QByteArray &prefix) const;

private:
    void readAvailable();
    QProcess &m_process;
    QList<QByteArray> m_lines;
    QByteArray m_partial;
};

/** SIGKILLs the process and reaps it; false if it was not running. */
bool killHard(QProcess &process);
/** Sleeps `micros` microseconds (the random part of a kill moment). */
void sleepMicros(qint64 micros);
/** Monotonic microseconds. */
[[nodiscard]] qint64 nowMicros();

/** Per-victim tallies for the summary line. */
struct Tally
{
    int points = 0;       ///< kills delivered while the victim was alive
    int before = 0;       ///< the interrupted transaction left no trace
    int after = 0;        ///< it had committed completely
    int idle = 0;         ///< the victim was between transactions (nothing in flight)
    qint64 wallMs = 0;
};

} // namespace Qadam::Crash
