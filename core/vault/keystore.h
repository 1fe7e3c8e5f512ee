#pragma once

#include "securebuffer.h"
#include "util/result.h"

#include <QString>

namespace Qadam {

/**
 * A device-bound secret the vault mixes into its key-encryption key, so that a copy of the
 * vault directory alone cannot be unlocked on another device (SECURITY.md R5).
 *
 * The secret never has to leave the store: the vault hands in the 32-byte Argon2id output and
 * gets back a keyed transform of it. That lets hardware adapters keep a non-exportable key
 * (Android Keystore HMAC key, iOS Keychain item with ThisDeviceOnly) — adapters come later in
 * platforms/; Linux uses FileKeyStore. Implementations are used from the vault's thread only.
 */
class KeyStore
{
public:
    virtual ~KeyStore() = default;

    /** Creates a fresh random secret named `id`, replacing any secret of that name. */
    [[nodiscard]] virtual Status create(const QString &id) = 0;
    /** A 32-byte keyed transform of `input` under secret `id`; Error::NotFound without one. */
    [[nodiscard]] virtual Result<SecureBuffer> mix(const QString &id, const SecureBuffer &input) = 0;
    /** Destroys secret `id`; success when there was none. */
    [[nodiscard]] virtual Status remove(const QString &id) = 0;
};

} // namespace Qadam
