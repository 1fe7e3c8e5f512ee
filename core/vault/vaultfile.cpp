#include "vaultfile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

const QString kKdfAlgorithm = u"argon2id13"_s;
const QString kWrapAlgorithm = u"xchacha20poly1305-ietf"_s;
constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kWrappedBytes = KdfParams::kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;

Error corrupt(const QString &what)
{
    return Error::make(Error::Corrupt, u"vault header: %1"_s.arg(what));
}

/** Strict base64 of an exact length; empty on any error. */
QByteArray decodeExact(const QJsonValue &value, qsizetype size)
{
    if (!value.isString())
        return {};
    auto decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return {};
    return decoded.decoded;
}

qint64 positiveInteger(const QJsonValue &value)
{
    return value.isDouble() ? value.toInteger(-1) : -1;
}

std::optional<WrappedKey> parseWrapped(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    WrappedKey w { decodeExact(o.value(u"nonce"), kNonceBytes), decodeExact(o.value(u"key"), kWrappedBytes) };
    if (w.nonce.isEmpty() || w.ciphertext.isEmpty())
        return std::nullopt;
    return w;
}

QJsonObject toJson(const WrappedKey &w)
{
    return { { u"nonce"_s, QString::fromLatin1(w.nonce.toBase64()) },
        { u"key"_s, QString::fromLatin1(w.ciphertext.toBase64()) } };
}

} // namespace

Result<VaultFile> VaultFile::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(u"not a JSON object"_s);
    const QJsonObject root = doc.object();

    VaultFile f;
    const qint64 format = positiveInteger(root.value(u"format"));
    if (format < 0)
        return corrupt(u"format missing"_s);
    if (format != kFormatVersion)
        return Error::make(Error::Unsupported, u"vault format %1 is not supported"_s.arg(format));

    const QJsonObject kdf = root.value(u"kdf").toObject();
    if (kdf.value(u"alg").toString() != kKdfAlgorithm)
        return Error::make(Error::Unsupported, u"key derivation algorithm is not argon2id13"_s);
    const qint64 ops = positiveInteger(kdf.value(u"opsLimit"));
    const qint64 mem = positiveInteger(kdf.value(u"memLimit"));
    if (ops < 0 || mem < 0)
        return corrupt(u"Argon2id parameters missing"_s);
    if (quint64(mem) > std::numeric_limits<size_t>::max())
        return Error::make(Error::Unsupported, u"Argon2id memory does not fit this device"_s);
    f.kdf = { quint64(ops), size_t(mem) };
    f.salt = decodeExact(kdf.value(u"salt"), KdfParams::kSaltBytes);
    if (f.salt.isEmpty())
        return corrupt(u"salt missing or not 16 bytes"_s);

    const QJsonValue keyStore = root.value(u"keyStoreId");
    if (!keyStore.isString() && !keyStore.isUndefined())
        return corrupt(u"keyStoreId is not a string"_s);
    f.keyStoreId = keyStore.toString();

    const QJsonObject wrap = root.value(u"wrap").toObject();
    if (wrap.value(u"alg").toString() != kWrapAlgorithm)
        return Error::make(Error::Unsupported, u"key wrap algorithm is not xchacha20poly1305-ietf"_s);
    auto current = parseWrapped(wrap.value(u"current"));
    if (!current)
        return corrupt(u"wrapped key missing or malformed"_s);
    f.current = *current;
    if (wrap.contains(u"pending")) {
        f.pending = parseWrapped(wrap.value(u"pending"));
        if (!f.pending)
            return corrupt(u"pending wrapped key malformed"_s);
    }
    return f;
}

QByteArray VaultFile::serialize() const
{
    QJsonObject wrap { { u"alg"_s, kWrapAlgorithm }, { u"current"_s, toJson(current) } };
    if (pending)
        wrap.insert(u"pending"_s, toJson(*pending));
    const QJsonObject root {
        { u"format"_s, format },
        { u"kdf"_s,
            QJsonObject { { u"alg"_s, kKdfAlgorithm }, { u"opsLimit"_s, qint64(kdf.opsLimit) },
                { u"memLimit"_s, qint64(kdf.memLimitBytes) },
                { u"salt"_s, QString::fromLatin1(salt.toBase64()) } } },
        { u"keyStoreId"_s, keyStoreId },
        { u"wrap"_s, wrap },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray VaultFile::associatedData() const
{
    return u"qadam-vault|format=%1|kdf=%2|t=%3|m=%4|salt=%5|keystore=%6|wrap=%7"_s.arg(format)
        .arg(kKdfAlgorithm)
        .arg(kdf.opsLimit)
        .arg(quint64(kdf.memLimitBytes))
        .arg(QString::fromLatin1(salt.toBase64()), keyStoreId, kWrapAlgorithm)
        .toUtf8();
}

Result<WrappedKey> VaultFile::wrap(const SecureBuffer &dataKey, const SecureBuffer &kek) const
{
    if (dataKey.size() != KdfParams::kKeyBytes || kek.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return Error::make(Error::Invalid, u"wrap: key sizes"_s);
    WrappedKey w { QByteArray(kNonceBytes, '\0'), QByteArray(kWrappedBytes, '\0') };
    randombytes_buf(w.nonce.data(), size_t(w.nonce.size()));
    const QByteArray ad = associatedData();
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(w.ciphertext.data()),
        &length, dataKey.data(), size_t(dataKey.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()), size_t(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(w.nonce.constData()), kek.data());
    if (length != quint64(kWrappedBytes))
        return Error::make(Error::Invalid, u"wrap: unexpected length"_s);
    return w;
}

Result<SecureBuffer> VaultFile::unwrap(const WrappedKey &wrapped, const SecureBuffer &kek) const
{
    if (wrapped.nonce.size() != kNonceBytes || wrapped.ciphertext.size() != kWrappedBytes
        || kek.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return Error::make(Error::Corrupt, u"unwrap: sizes"_s);
    SecureBuffer key(KdfParams::kKeyBytes);
    if (key.isEmpty())
        return Error::make(Error::Storage, u"cannot allocate guarded memory"_s);
    const QByteArray ad = associatedData();
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &length, nullptr,
        reinterpret_cast<const unsigned char *>(wrapped.ciphertext.constData()),
        size_t(wrapped.ciphertext.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        size_t(ad.size()), reinterpret_cast<const unsigned char *>(wrapped.nonce.constData()), kek.data());
    if (rc != 0 || length != quint64(KdfParams::kKeyBytes))
        return Error::make(Error::WrongKey, u"wrapped key did not verify"_s);
    return key;
}

} // namespace Qadam
