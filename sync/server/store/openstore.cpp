// openServerStore: the store named by a URL, created and migrated, with its epoch.
#include "embeddedstore.h"
#include "pgstore.h"
#include "serverstore.h"
#include "store/database.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Qadam::Server {

namespace {

/** 32 raw bytes, or 64 hex digits of them (config files and environment carry hex). */
Result<QByteArray> rawKeyOf(const QByteArray &key)
{
    if (key.size() == 32)
        return key;
    if (key.size() == 64) {
        QByteArray raw = QByteArray::fromHex(key);
        if (raw.size() == 32 && raw.toHex() == key.toLower())
            return raw;
        Database::wipe(raw);
    }
    return Error::make(Error::Invalid, u"store key must be 32 bytes or 64 hex digits"_s);
}

/** A store is born with a random epoch; a restore from backup brings the backup's. */
Status ensureEpoch(ServerStore &store)
{
    auto txn = store.begin(true);
    if (!txn.ok())
        return txn.error();
    auto epoch = txn.value()->setting(u"epoch"_s);
    if (!epoch.ok())
        return epoch.error();
    if (!epoch.value().isEmpty())
        return {};
    if (Status s = txn.value()->setSetting(u"epoch"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)); !s.ok())
        return s;
    return txn.value()->commit();
}

Result<std::unique_ptr<ServerStore>> openSqlite(const QString &path, const QByteArray &key)
{
    if (path.isEmpty())
        return Error::make(Error::Invalid, u"sqlite store URL without a path"_s);
    auto raw = rawKeyOf(key);
    if (!raw.ok())
        return raw.error();
    auto store = EmbeddedStore::open(path, raw.value());
    Database::wipe(raw.value());
    if (!store.ok())
        return store.error();
    return std::unique_ptr<ServerStore>(std::move(store).value());
}

Result<std::unique_ptr<ServerStore>> openPg(const QString &url)
{
    auto store = PgStore::open(url);
    if (!store.ok())
        return store.error();
    return std::unique_ptr<ServerStore>(std::move(store).value());
}

} // namespace

Result<std::unique_ptr<ServerStore>> openServerStore(const QString &url, const QByteArray &key)
{
    Result<std::unique_ptr<ServerStore>> store = Error::make(Error::Invalid, u"unknown store URL scheme"_s);
    if (url.startsWith(u"sqlite:"_s))
        store = openSqlite(url.mid(7), key);
    else if (url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s))
        store = openPg(url);
    if (!store.ok())
        return store;
    if (Status s = ensureEpoch(*store.value()); !s.ok())
        return s.error();
    return store;
}

} // namespace Qadam::Server
