#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace Qadam {

/**
 * Sealed counselling notes (SECURITY.md R29, DOMAIN.md confidentiality tiers): the note fields of
 * a session whose confidentialityTier is "sealed" leave the author's device only as ciphertext,
 * so the server, its backups and its dumps never hold their plaintext. XChaCha20-Poly1305
 * (libsodium) under the author's 32-byte sealing key, which stays in the device's encrypted store
 * and is never sent; the record id and field name are the associated data, so a sealed value
 * cannot be moved to another record or field unnoticed.
 *
 * Wire form of one sealed value: "sealed:v1:" + base64url(24-byte nonce || ciphertext || tag).
 *
 * Limit (by design, stated in tests/security/README.md): only the device holding the key reads
 * the notes; the author's other devices and a re-enrolled device do not, unless the key is
 * carried over. Nobody else may read them anyway (policy sealed_author_only).
 */
namespace SealedNotes {

/** The fields sealed in a sealed CounsellingSession. */
[[nodiscard]] const QStringList &fields();
/** True for the entity and tier whose notes are sealed. */
[[nodiscard]] bool applies(const QString &entity, const QString &confidentialityTier);
/** A new random sealing key (32 CSPRNG bytes). */
[[nodiscard]] QByteArray newKey();
/** True when `value` has the sealed wire form's prefix. */
[[nodiscard]] bool isSealed(const QString &value);
/** The sealed form of `plain`; an error for a key that is not 32 bytes. */
[[nodiscard]] Result<QString> seal(const QString &plain, const QByteArray &key, const QString &recordId,
                                   const QString &field);
/** The plaintext of a sealed value; Error::Corrupt when it was not sealed with this key for this
 *  record and field (another device's key, a moved or altered value). */
[[nodiscard]] Result<QString> open(const QString &sealed, const QByteArray &key, const QString &recordId,
                                   const QString &field);
/** The longest sealed value of a plaintext of at most `maxChars` characters. */
[[nodiscard]] int maxSealedLength(int maxChars);

/** `fields` with each present note field sealed (empty ones stay empty). */
[[nodiscard]] Result<QVariantMap> sealFields(const QVariantMap &fields, const QByteArray &key, const QString &recordId);
/** `fields` with each sealed note field opened; values this key cannot open are left sealed. */
[[nodiscard]] QVariantMap openFields(const QVariantMap &fields, const QByteArray &key, const QString &recordId);

} // namespace SealedNotes

} // namespace Qadam
