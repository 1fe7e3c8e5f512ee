#include "demostore.h"

#include "audit/auditlog.h"
#include "domain/schema.h"
#include "generator/syntheticdata.h"
#include "store/database.h"
#include "store/migrations.h"
#include "vault/filekeystore.h"
#include "vault/vault.h"
#include "write/outbox.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Qadam {

DemoStore::DemoStore(QString directory, QString keyStoreDirectory)
    : m_directory(std::move(directory)), m_keyStore(std::make_unique<FileKeyStore>(std::move(keyStoreDirectory)))
{
    VaultConfig config;
    config.directory = m_directory;
    config.keyStore = m_keyStore.get();
    m_vault = std::make_unique<Vault>(config);
}

DemoStore::~DemoStore() = default;

QString DemoStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
}

Database *DemoStore::database() const
{
    return m_vault->database();
}

Result<DemoStoreSummary> DemoStore::open(int people, const QDate &today)
{
    const QString passphrase = kPassphrase.toString();
    const bool create = !Vault::exists(m_directory);
    if (create) {
        if (Status s = m_vault->create(passphrase); !s.ok())
            return s.error();
    }
    if (!m_vault->isUnlocked()) {
        if (Status s = m_vault->unlock(passphrase); !s.ok())
            return s.error();
    }
    if (create) {
        GeneratorOptions options;
        options.people = people;
        options.today = today;
        if (auto r = SyntheticData::generate(*m_vault->database(), options); !r.ok())
            return r.error();
    }
    return summarise(create);
}

Result<DemoStoreSummary> DemoStore::summarise(bool created)
{
    Database &db = *m_vault->database();
    DemoStoreSummary summary;
    summary.created = created;
    summary.cipherVersion = db.cipherVersion();
    auto version = Migrator::currentVersion(db);
    if (!version.ok())
        return version.error();
    summary.schemaVersion = version.value();
    auto people = db.scalar(u"SELECT count(*) FROM person"_s);
    if (!people.ok())
        return people.error();
    summary.people = people.value().toLongLong();
    for (const EntitySpec &entity : Schema::builtIn().entities()) {
        auto rows = db.scalar(u"SELECT count(*) FROM %1"_s.arg(entity.table));
        if (!rows.ok())
            return rows.error();
        summary.records += rows.value().toLongLong();
    }
    auto pending = Outbox::count(db);
    if (!pending.ok())
        return pending.error();
    summary.pendingOps = pending.value();
    auto chain = AuditLog::verify(db);
    if (!chain.ok())
        return chain.error();
    summary.auditEvents = chain.value().checked;
    summary.auditChainIntact = chain.value().intact();
    return summary;
}

} // namespace Qadam
