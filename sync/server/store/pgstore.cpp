#include "pgstore.h"

using namespace Qt::StringLiterals;

namespace Qadam::Server {

struct PgStore::Pool
{
};

PgStore::PgStore(std::unique_ptr<Pool> pool) : m_pool(std::move(pool)) { }
PgStore::~PgStore() = default;

Result<std::unique_ptr<PgStore>> PgStore::open(const QString &, int)
{
    return Error::make(Error::Unsupported, u"postgresql store not built yet"_s);
}

Result<std::unique_ptr<StoreTxn>> PgStore::begin(bool)
{
    return Error::make(Error::Unsupported, u"postgresql store not built yet"_s);
}

QString PgStore::kind() const
{
    return u"postgresql"_s;
}

Status PgStore::dropSchema(const QString &)
{
    return Error::make(Error::Unsupported, u"postgresql store not built yet"_s);
}

} // namespace Qadam::Server
