#pragma once

#include "keystore.h"

namespace Qadam {

/**
 * The Linux fallback key store: each secret is 32 random bytes in `<directory>/<id>.key`,
 * mode 0600 in a 0700 directory kept apart from the vault's, mixed with keyed BLAKE2b
 * (crypto_generichash). It separates the secret from the data (a copied vault directory or a
 * backup of it does not unlock) but is only as strong as the file permissions; a desktop
 * Secret Service adapter is the better choice where one is available. One thread.
 */
class FileKeyStore final : public KeyStore
{
public:
    explicit FileKeyStore(QString directory);

    /** `<AppDataLocation>/keystore`: the default directory for the app's composition root. */
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] Status create(const QString &id) override;
    [[nodiscard]] Result<SecureBuffer> mix(const QString &id, const SecureBuffer &input) override;
    [[nodiscard]] Status remove(const QString &id) override;

    [[nodiscard]] QString directory() const { return m_directory; }
    /** The file holding secret `id` (it may not exist). */
    [[nodiscard]] QString secretPath(const QString &id) const;

private:
    [[nodiscard]] Result<SecureBuffer> load(const QString &id) const;
    QString m_directory;
};

} // namespace Qadam
