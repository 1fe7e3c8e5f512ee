#pragma once

#include "securebuffer.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>

namespace Qadam {

/**
 * Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13) cost parameters and the derivation itself.
 * The product floor is t = 3 passes over m = 64 MiB (SECURITY.md R7); calibrate() raises the
 * pass count on the running device until one derivation takes at least 250 ms. Tests use
 * cheaper parameters together with a lowered floor (VaultConfig::floor). Stateless; any thread.
 */
struct KdfParams
{
    quint64 opsLimit = 0; ///< Argon2 passes (t)
    size_t memLimitBytes = 0; ///< Argon2 memory in bytes (m)

    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;
    /** Stored parameters above these are refused too: a tampered header must not be able to
     *  make an unlock run for hours or allocate the device's whole memory. */
    static constexpr quint64 kMaxOpsLimit = 1024;
    static constexpr size_t kMaxMemLimitBytes = size_t(1) << 30;

    /** The product floor: t = 3, m = 64 MiB. */
    [[nodiscard]] static KdfParams floor();
    /** The cheapest parameters libsodium accepts (t = 1, m = 8 KiB). For tests only. */
    [[nodiscard]] static KdfParams cheapestForTests();
    /**
     * Starts at `start` and raises opsLimit until one derivation takes at least `minMs` on this
     * device, with headroom so a later derivation does not fall below `minMs` by timing noise.
     * Blocks for a few derivations (about a second with the product floor).
     */
    [[nodiscard]] static KdfParams calibrate(qint64 minMs = 250, KdfParams start = floor());

    /** True when both limits are at least `other`'s. */
    [[nodiscard]] bool isAtLeast(const KdfParams &other) const;
    /** True when libsodium accepts the parameters and they are below the ceilings. */
    [[nodiscard]] bool isUsable() const;
    [[nodiscard]] QString describe() const; ///< "t=3 m=65536KiB", for logs

    /** Derives a 32-byte key from a UTF-8 passphrase and a 16-byte salt. Error::Invalid for
     *  unusable parameters or salt, Error::Storage when the memory cannot be allocated. */
    [[nodiscard]] Result<SecureBuffer> derive(QByteArrayView passphraseUtf8, QByteArrayView salt) const;

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

} // namespace Qadam
