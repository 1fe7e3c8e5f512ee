#include "serverconfig.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <sodium.h>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

namespace {

Status setNumber(const QString &name, const QString &value, qint64 min, qint64 &out)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < min)
        return Error::make(Error::Invalid, u"%1 must be a number of at least %2"_s.arg(name).arg(min), name);
    out = n;
    return {};
}

Status loadJson(ServerConfig &c, const QByteArray &bytes)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (!doc.isObject())
        return Error::make(Error::Invalid, u"config file: not a JSON object (%1)"_s.arg(err.errorString()));
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString value = it.value().isDouble() ? QString::number(it.value().toInteger())
                                                    : it.value().toString();
        if (Status s = c.set(it.key(), value); !s.ok())
            return s;
    }
    return {};
}

Status loadIni(ServerConfig &c, const QString &path)
{
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Error::make(Error::Invalid, u"config file: not a valid INI file"_s);
    for (const QString &key : ini.allKeys()) {
        const QString name = key.startsWith(u"server/"_s) ? key.mid(7) : key;
        if (Status s = c.set(name, ini.value(key).toString()); !s.ok())
            return s;
    }
    return {};
}

Result<QByteArray> readKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Storage, u"cannot read the key file %1"_s.arg(path));
    return keyFromHex(f.readAll().trimmed());
}

/** Writes a new random key as hex to `path`, created exclusively with mode 0600. */
Result<QByteArray> generateKeyFile(const QString &path)
{
    if (sodium_init() < 0)
        return Error::make(Error::Storage, u"libsodium failed to initialise"_s);
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    QByteArray hex = key.toHex() + '\n';
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::make(Error::Storage, u"cannot create the key file %1"_s.arg(path));
    const bool written = ::write(fd, hex.constData(), size_t(hex.size())) == hex.size();
    const bool closed = ::close(fd) == 0;
    sodium_memzero(hex.data(), size_t(hex.size()));
    if (!written || !closed) {
        QFile::remove(path);
        return Error::make(Error::Storage, u"cannot write the key file %1"_s.arg(path));
    }
    return key;
}

} // namespace

Status ServerConfig::set(const QString &name, const QString &value)
{
    if (name == u"listen")
        listen = value.trimmed();
    else if (name == u"store")
        store = value.trimmed();
    else if (name == u"key")
        keyHex = value.trimmed();
    else if (name == u"key_file")
        keyFile = value.trimmed();
    else if (name == u"tls_cert")
        tlsCert = value.trimmed();
    else if (name == u"tls_key")
        tlsKey = value.trimmed();
    else if (name == u"min_client_version")
        minClientVersion = value.trimmed();
    else if (name == u"max_body_bytes")
        return setNumber(name, value, 1024, maxBodyBytes);
    else if (name == u"threads") {
        qint64 n = 0;
        if (Status s = setNumber(name, value, 1, n); !s.ok())
            return s;
        threads = int(qMin<qint64>(n, 1024));
    } else {
        return Error::make(Error::Invalid, u"unknown setting \"%1\""_s.arg(name), name);
    }
    return {};
}

Status ServerConfig::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Storage, u"cannot read the config file %1"_s.arg(path));
    const QByteArray bytes = f.readAll();
    if (bytes.trimmed().startsWith('{'))
        return loadJson(*this, bytes);
    return loadIni(*this, path);
}

Status ServerConfig::loadEnvironment(const QProcessEnvironment &env)
{
    static const QList<QPair<QString, QString>> names = {
        {u"QADAM_SERVER_STORE"_s, u"store"_s},       {u"QADAM_SERVER_LISTEN"_s, u"listen"_s},
        {u"QADAM_SERVER_KEY"_s, u"key"_s},           {u"QADAM_SERVER_KEY_FILE"_s, u"key_file"_s},
        {u"QADAM_SERVER_TLS_CERT"_s, u"tls_cert"_s}, {u"QADAM_SERVER_TLS_KEY"_s, u"tls_key"_s},
        {u"QADAM_SERVER_THREADS"_s, u"threads"_s},
    };
    for (const auto &[variable, name] : names) {
        if (!env.contains(variable))
            continue;
        if (Status s = set(name, env.value(variable)); !s.ok())
            return Error::make(Error::Invalid, u"%1: %2"_s.arg(variable, s.error().detail));
    }
    return {};
}

Result<ListenAddress> parseListen(const QString &listen)
{
    const qsizetype colon = listen.lastIndexOf(u':');
    if (colon < 0)
        return Error::make(Error::Invalid, u"listen address must be HOST:PORT"_s, u"listen"_s);
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        host = u"127.0.0.1"_s;
    bool ok = false;
    const uint port = listen.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return Error::make(Error::Invalid, u"listen port must be 0-65535"_s, u"listen"_s);
    return ListenAddress{host, quint16(port)};
}

bool isSqliteStore(const QString &url)
{
    return url.startsWith(u"sqlite:"_s);
}

QString sqlitePath(const QString &url)
{
    QString path = url.mid(7);
    if (path.startsWith(u"//"_s))
        path = path.mid(2);
    return path;
}

Result<QByteArray> keyFromHex(const QByteArray &hex)
{
    static const QByteArray digits = "0123456789abcdefABCDEF"_ba;
    if (hex.size() != 64 || !std::all_of(hex.cbegin(), hex.cend(), [](char c) { return digits.contains(c); }))
        return Error::make(Error::Invalid, u"the store key must be 64 hex digits"_s, u"key"_s);
    return QByteArray::fromHex(hex);
}

Result<StoreKey> resolveStoreKey(const ServerConfig &config)
{
    if (!isSqliteStore(config.store))
        return StoreKey{};
    if (!config.keyHex.isEmpty()) {
        Result<QByteArray> key = keyFromHex(config.keyHex.toLatin1());
        if (!key.ok())
            return key.error();
        return StoreKey{key.value(), {}};
    }
    const QString storeFile = sqlitePath(config.store);
    const QString keyFile = config.keyFile.isEmpty() ? storeFile + u".key"_s : config.keyFile;
    if (QFileInfo::exists(keyFile)) {
        Result<QByteArray> key = readKeyFile(keyFile);
        if (!key.ok())
            return key.error();
        return StoreKey{key.value(), {}};
    }
    if (QFileInfo::exists(storeFile))
        return Error::make(Error::WrongKey, u"the store %1 exists but no key is configured (QADAM_SERVER_KEY, "
                                             "QADAM_SERVER_KEY_FILE or key_file)"_s.arg(storeFile), u"key"_s);
    Result<QByteArray> key = generateKeyFile(keyFile);
    if (!key.ok())
        return key.error();
    return StoreKey{key.value(), keyFile};
}

} // namespace Qadam::Server
