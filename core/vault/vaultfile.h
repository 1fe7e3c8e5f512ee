#pragma once

#include "kdfparams.h"
#include "securebuffer.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Qadam {

/** A data key sealed with XChaCha20-Poly1305 under the key-encryption key. */
struct WrappedKey
{
    QByteArray nonce; ///< 24 random bytes, new for every wrap
    QByteArray ciphertext; ///< 32-byte key + 16-byte tag
};

/**
 * The vault header, `vault.json` beside the database: format version, Argon2id parameters and
 * salt, the key-store secret's id, the wrapped data key, and during a rekey the wrapped new key
 * (`pending`). Every field that shapes the key-encryption key is bound to each wrapped key as
 * associated data, so an edited header fails to unwrap (Error::WrongKey) instead of quietly
 * deriving with other parameters. Holds no secret in the clear. A value type; any thread.
 */
struct VaultFile
{
    static constexpr int kFormatVersion = 1;

    int format = kFormatVersion;
    KdfParams kdf;
    QByteArray salt; ///< 16 random bytes per install, renewed on a passphrase change
    QString keyStoreId; ///< empty when no key store was mixed in
    WrappedKey current;
    std::optional<WrappedKey> pending;

    /** Parses strictly: malformed → Error::Corrupt; unknown format or algorithm →
     *  Error::Unsupported. Parameter policy (floor, ceilings) is the vault's to check. */
    [[nodiscard]] static Result<VaultFile> parse(const QByteArray &json);
    [[nodiscard]] QByteArray serialize() const;

    /** The associated data every wrap is bound to. */
    [[nodiscard]] QByteArray associatedData() const;
    [[nodiscard]] Result<WrappedKey> wrap(const SecureBuffer &dataKey, const SecureBuffer &kek) const;
    /** Error::WrongKey when the tag does not verify (wrong passphrase or edited header). */
    [[nodiscard]] Result<SecureBuffer> unwrap(const WrappedKey &wrapped, const SecureBuffer &kek) const;
};

} // namespace Qadam
