#include "durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {

constexpr auto kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error fileError(const QString &what, const QString &path, const QString &reason)
{
    // Paths name vault files only (qadam.db, vault.json); no content goes into the detail.
    return Error::make(Error::Storage, u"%1 %2: %3"_s.arg(what, QFileInfo(path).fileName(), reason));
}

#ifdef Q_OS_UNIX
Status fsyncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return fileError(u"open for sync"_s, path, QString::fromLocal8Bit(strerror(errno)));
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0)
        return fileError(u"fsync"_s, path, QString::fromLocal8Bit(strerror(savedErrno)));
    return {};
}
#endif

} // namespace

Status DurableFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    // Unbuffered: key-store secrets pass through here, and QIODevice's buffer is never zeroed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fileError(u"open"_s, path, file.errorString());
    file.setPermissions(kPrivateFile);
    if (file.write(bytes) != bytes.size())
        return fileError(u"write"_s, path, file.errorString());
    if (!file.commit()) // flushes, syncs the temporary file and renames it over `path`
        return fileError(u"commit"_s, path, file.errorString());
    return syncDirectory(QFileInfo(path).absolutePath());
}

Result<QByteArray> DurableFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(Error::NotFound, u"%1 does not exist"_s.arg(QFileInfo(path).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return fileError(u"open"_s, path, file.errorString());
    return file.readAll();
}

Status DurableFile::replace(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(), ec);
    if (ec)
        return fileError(u"rename"_s, from, QString::fromStdString(ec.message()));
    return syncDirectory(QFileInfo(to).absolutePath());
}

Status DurableFile::shred(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        const QByteArray zeros(1024 * 1024, '\0');
        for (qint64 left = file.size(); left > 0;) {
            const qint64 n = file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
            if (n <= 0)
                break; // removal below still happens; the key material is already gone
            left -= n;
        }
        file.close();
        (void)syncFile(path);
    }
    if (!file.remove())
        return fileError(u"remove"_s, path, file.errorString());
    return {};
}

Status DurableFile::makePrivateDirectory(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return fileError(u"mkpath"_s, directory, u"cannot create directory"_s);
    if (!QFile::setPermissions(
            directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return fileError(u"chmod"_s, directory, u"cannot restrict directory"_s);
    return {};
}

Status DurableFile::syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    return fsyncPath(path, O_RDONLY);
#else
    Q_UNUSED(path);
    return {}; // QSaveFile syncs what it writes; Windows gets FlushFileBuffers with its adapter
#endif
}

Status DurableFile::syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    return fsyncPath(directory, O_RDONLY | O_DIRECTORY);
#else
    Q_UNUSED(directory);
    return {};
#endif
}

} // namespace Qadam
