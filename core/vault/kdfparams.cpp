#include "kdfparams.h"

#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Qadam {

KdfParams KdfParams::floor()
{
    return { 3, size_t(64) * 1024 * 1024 };
}

KdfParams KdfParams::cheapestForTests()
{
    return { crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN };
}

bool KdfParams::isAtLeast(const KdfParams &other) const
{
    return opsLimit >= other.opsLimit && memLimitBytes >= other.memLimitBytes;
}

bool KdfParams::isUsable() const
{
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= kMaxOpsLimit
        && memLimitBytes >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimitBytes <= kMaxMemLimitBytes;
}

QString KdfParams::describe() const
{
    return u"t=%1 m=%2KiB"_s.arg(opsLimit).arg(quint64(memLimitBytes / 1024));
}

Result<SecureBuffer> KdfParams::derive(QByteArrayView passphraseUtf8, QByteArrayView salt) const
{
    if (!isUsable())
        return Error::make(Error::Invalid, u"unusable Argon2id parameters (%1)"_s.arg(describe()));
    if (salt.size() != kSaltBytes)
        return Error::make(Error::Invalid, u"salt must be %1 bytes"_s.arg(kSaltBytes));
    SecureBuffer key(kKeyBytes);
    if (key.isEmpty())
        return Error::make(Error::Storage, u"cannot allocate guarded memory"_s);
    static const char noBytes = 0; // crypto_pwhash wants a non-null pointer even for ""
    const char *passwd = passphraseUtf8.isEmpty() ? &noBytes : passphraseUtf8.data();
    const int rc = crypto_pwhash(key.data(), size_t(key.size()), passwd,
        static_cast<unsigned long long>(passphraseUtf8.size()),
        reinterpret_cast<const unsigned char *>(salt.data()), opsLimit, memLimitBytes,
        crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return Error::make(
            Error::Storage, u"Argon2id derivation failed (%1): out of memory?"_s.arg(describe()));
    return key;
}

KdfParams KdfParams::calibrate(qint64 minMs, KdfParams start)
{
    // Aim 25 % above the floor, and judge a candidate by the faster of two runs, so that a
    // busy machine during calibration does not yield parameters that are too cheap later.
    const qint64 targetMs = minMs + minMs / 4;
    const QByteArray probe = QByteArrayLiteral("qadam calibration probe");
    const QByteArray salt(kSaltBytes, '\0');
    KdfParams p = start;
    for (int round = 0; round < 16 && p.opsLimit < kMaxOpsLimit; ++round) {
        qint64 fastest = std::numeric_limits<qint64>::max();
        for (int run = 0; run < 2; ++run) {
            QElapsedTimer timer;
            timer.start();
            if (!p.derive(probe, salt).ok())
                return p; // cannot allocate more; the floor check at create() decides
            fastest = std::min(fastest, timer.elapsed());
            if (fastest < targetMs)
                break; // no need for a second run of a candidate that is already too fast
        }
        if (fastest >= targetMs)
            return p;
        // Time grows about linearly with passes; overshoot by 10 % to converge in few rounds.
        const quint64 scaled
            = p.opsLimit * quint64(targetMs) * 11 / (quint64(std::max<qint64>(fastest, 1)) * 10);
        p.opsLimit = std::min(kMaxOpsLimit, std::max(p.opsLimit + 1, scaled));
    }
    return p;
}

} // namespace Qadam
