#include "testsupport.h"

#include "store/migrations.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Qadam::Test {

QByteArray testKey(char fill)
{
    return QByteArray(32, fill);
}

std::unique_ptr<Database> openMigrated(const QString &path, const QByteArray &key)
{
    auto db = Database::open(path, key);
    if (!db.ok()) {
        QTest::qFail(qPrintable(u"open failed: "_s + db.error().detail), __FILE__, __LINE__);
        return {};
    }
    if (Status s = Migrator::migrate(*db.value()); !s.ok()) {
        QTest::qFail(qPrintable(u"migrate failed: "_s + s.error().detail), __FILE__, __LINE__);
        return {};
    }
    return std::move(db).value();
}

namespace {

/** The base64 text `bytes` produce wherever they start in a longer stream: one core per 3-byte
 *  alignment, without the leading and trailing characters that mix in neighbouring bytes. */
QList<QByteArray> base64Cores(const QByteArray &bytes)
{
    QList<QByteArray> cores;
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded = (QByteArray(offset, '\0') + bytes).toBase64();
        const qsizetype begin = offset == 0 ? 0 : 4;
        const qsizetype end = (offset + bytes.size()) / 3 * 4;
        if (end - begin >= 8)
            cores << encoded.mid(begin, end - begin);
    }
    return cores;
}

} // namespace

QStringList filesContaining(const QString &dir, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    const QList<QByteArray> b64 = base64Cores(utf8);
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        const bool encodedHit = std::any_of(b64.cbegin(), b64.cend(), [&](const QByteArray &core) { return bytes.contains(core); });
        if (bytes.contains(utf8) || bytes.contains(utf16) || encodedHit)
            hits << path;
    }
    return hits;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace Qadam::Test
