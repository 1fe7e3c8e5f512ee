#pragma once

#include "util/result.h"

#include <QString>

namespace Qadam {

/**
 * The failed-unlock counter in the file `attempts` beside the vault, and the delay policy.
 *
 * The vault increments and fsyncs the counter *before* it derives a key, so killing the app
 * mid-guess still costs the guess, and resets it only after a passphrase verified (R8). The
 * file is not authenticated: whoever can rewrite it can also copy the whole directory and guess
 * offline, where the Argon2id cost and the key-store secret are what protect the data. The
 * counter bounds guessing through the app. One thread.
 */
class AttemptCounter
{
public:
    struct State
    {
        int failures = 0;
        qint64 lastFailureMs = 0; ///< wall time of the last counted attempt
        friend bool operator==(const State &, const State &) = default;
    };

    /** Failures that cost no delay; from the next one on the delay doubles from 30 s. */
    static constexpr int kFreeFailures = 3;
    static constexpr qint64 kBaseDelayMs = 30'000;
    static constexpr qint64 kMaxDelayMs = 3'600'000;

    explicit AttemptCounter(QString path)
        : m_path(std::move(path))
    { }

    /** The delay that follows `failures` failed attempts: 0 for the first three, then
     *  30 s × 2^(failures − 4), capped at one hour. */
    [[nodiscard]] static qint64 delayMs(int failures);
    /** When the next attempt is allowed (0 = now). A clock that went back behind the last
     *  failure restarts the full delay from `nowMs`, so rolling the clock back never shortens it. */
    [[nodiscard]] static qint64 lockedUntilMs(const State &state, qint64 nowMs);

    /** The stored state; Error::NotFound without a file, Error::Corrupt when unreadable. */
    [[nodiscard]] Result<State> read() const;
    /** The stored state, failing closed: a missing or unreadable file (next to an existing
     *  vault) counts as if the free failures were used up, so deleting it buys no guesses. */
    [[nodiscard]] State load(qint64 nowMs) const;
    /** Admits one passphrase check at `nowMs`: Error::LockedOut during a delay; otherwise
     *  counts the check durably and returns the state from before it, so a check that could not
     *  be evaluated can be given back with write(). A clock that went back behind the last
     *  failure restarts the delay from now (persisted). */
    [[nodiscard]] Result<State> admit(qint64 nowMs) const;
    /** Writes atomically and durably (fsync of file and directory) before returning. */
    [[nodiscard]] Status write(const State &state) const;
    [[nodiscard]] Status remove() const;
    [[nodiscard]] QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace Qadam
