#include "testsupport.h"

#include "store/migrations.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTest>

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

QStringList filesContaining(const QString &dir, const QString &needle)
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    const QByteArray b64 = utf8.toBase64();
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16) || bytes.contains(b64))
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
