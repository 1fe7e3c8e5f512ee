#include "sealednotes.h"

#include "vault/securebuffer.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Qadam::SealedNotes {

namespace {

constexpr QStringView kPrefix = u"sealed:v1:";
constexpr int kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

/** Record and field, length-prefixed so no two pairs share an encoding. */
QByteArray associatedData(const QString &recordId, const QString &field)
{
    const QByteArray r = recordId.toUtf8();
    const QByteArray f = field.toUtf8();
    return QByteArray::number(r.size()) + ':' + r + QByteArray::number(f.size()) + ':' + f;
}

} // namespace

const QStringList &fields()
{
    static const QStringList names{u"notesObservations"_s, u"notesAnalysis"_s, u"notesConclusions"_s,
                                   u"notesPlan"_s};
    return names;
}

bool applies(const QString &entity, const QString &confidentialityTier)
{
    return entity == u"CounsellingSession" && confidentialityTier == u"sealed";
}

QByteArray newKey()
{
    if (!SecureBuffer::initSodium())
        return {};
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

bool isSealed(const QString &value)
{
    return value.startsWith(kPrefix);
}

Result<QString> seal(const QString &plain, const QByteArray &key, const QString &recordId, const QString &field)
{
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || !SecureBuffer::initSodium())
        return Error::make(Error::Invalid, u"sealing key must be 32 bytes"_s);
    const QByteArray message = plain.toUtf8();
    const QByteArray ad = associatedData(recordId, field);
    QByteArray out(kNonce + message.size() + kTag, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(bytes, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes + kNonce, &written,
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr, bytes,
        reinterpret_cast<const unsigned char *>(key.constData()));
    return kPrefix.toString() + QString::fromLatin1(out.toBase64(kBase64));
}

Result<QString> open(const QString &sealed, const QByteArray &key, const QString &recordId, const QString &field)
{
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || !SecureBuffer::initSodium())
        return Error::make(Error::Invalid, u"sealing key must be 32 bytes"_s);
    if (!isSealed(sealed))
        return Error::make(Error::Corrupt, u"not a sealed value"_s);
    const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(kPrefix.size()).toLatin1(),
                                                        kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kNonce + kTag)
        return Error::make(Error::Corrupt, u"not a sealed value"_s);
    const QByteArray &raw = decoded.decoded;
    const QByteArray ad = associatedData(recordId, field);
    QByteArray plain(raw.size() - kNonce - kTag, Qt::Uninitialized);
    unsigned long long length = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr,
            bytes + kNonce, size_t(raw.size() - kNonce), reinterpret_cast<const unsigned char *>(ad.constData()),
            size_t(ad.size()), bytes, reinterpret_cast<const unsigned char *>(key.constData()))
        != 0)
        return Error::make(Error::Corrupt, u"sealed value does not open with this key"_s);
    plain.truncate(qsizetype(length));
    return QString::fromUtf8(plain);
}

int maxSealedLength(int maxChars)
{
    const qint64 bytes = qint64(kNonce) + 3LL * maxChars + kTag; // a UTF-16 unit is at most 3 UTF-8 bytes
    return int(kPrefix.size() + (bytes * 4 + 2) / 3);
}

Result<QVariantMap> sealFields(const QVariantMap &values, const QByteArray &key, const QString &recordId)
{
    QVariantMap out = values;
    for (const QString &name : fields()) {
        const auto it = out.find(name);
        if (it == out.end() || it->toString().isEmpty() || isSealed(it->toString()))
            continue;
        auto sealed = seal(it->toString(), key, recordId, name);
        if (!sealed.ok())
            return sealed.error();
        *it = sealed.value();
    }
    return out;
}

QVariantMap openFields(const QVariantMap &values, const QByteArray &key, const QString &recordId)
{
    QVariantMap out = values;
    for (const QString &name : fields()) {
        const auto it = out.find(name);
        if (it == out.end() || !isSealed(it->toString()))
            continue;
        if (auto plain = open(it->toString(), key, recordId, name); plain.ok())
            *it = plain.value();
    }
    return out;
}

} // namespace Qadam::SealedNotes
