#include "filekeystore.h"

#include "durablefile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

constexpr qsizetype kSecretBytes = 32;

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

} // namespace

FileKeyStore::FileKeyStore(QString directory)
    : m_directory(std::move(directory))
{ }

QString FileKeyStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/keystore"_s;
}

QString FileKeyStore::secretPath(const QString &id) const
{
    return QDir(m_directory).filePath(id + u".key"_s);
}

Status FileKeyStore::create(const QString &id)
{
    if (!isValidId(id))
        return Error::make(Error::Invalid, u"invalid key-store id"_s);
    if (Status s = DurableFile::makePrivateDirectory(m_directory); !s.ok())
        return s;
    const SecureBuffer secret = SecureBuffer::random(kSecretBytes);
    if (secret.isEmpty())
        return Error::make(Error::Storage, u"cannot allocate guarded memory"_s);
    // DurableFile::write takes a QByteArray; view() lends the guarded bytes without a copy.
    return DurableFile::write(secretPath(id), secret.view());
}

Result<SecureBuffer> FileKeyStore::load(const QString &id) const
{
    if (!isValidId(id))
        return Error::make(Error::Invalid, u"invalid key-store id"_s);
    QFile file(secretPath(id));
    if (!file.exists())
        return Error::make(Error::NotFound, u"key-store secret missing"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error::make(Error::Storage, u"key-store secret unreadable: %1"_s.arg(file.errorString()));
    SecureBuffer secret(kSecretBytes);
    if (secret.isEmpty())
        return Error::make(Error::Storage, u"cannot allocate guarded memory"_s);
    // Read straight into guarded memory, and insist on exactly 32 bytes.
    const qint64 n = file.read(reinterpret_cast<char *>(secret.data()), kSecretBytes);
    char extra = 0;
    if (n != kSecretBytes || file.read(&extra, 1) != 0)
        return Error::make(Error::Corrupt, u"key-store secret has the wrong size"_s);
    return secret;
}

Result<SecureBuffer> FileKeyStore::mix(const QString &id, const SecureBuffer &input)
{
    auto secret = load(id);
    if (!secret.ok())
        return secret.error();
    SecureBuffer out(kSecretBytes);
    if (out.isEmpty())
        return Error::make(Error::Storage, u"cannot allocate guarded memory"_s);
    crypto_generichash(out.data(), size_t(out.size()), input.data(), size_t(input.size()),
        secret.value().data(), size_t(secret.value().size()));
    return out;
}

Status FileKeyStore::remove(const QString &id)
{
    if (!isValidId(id))
        return Error::make(Error::Invalid, u"invalid key-store id"_s);
    return DurableFile::shred(secretPath(id));
}

} // namespace Qadam
