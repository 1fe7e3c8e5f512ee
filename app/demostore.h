#pragma once

#include "util/result.h"

#include <QDate>
#include <QString>

#include <memory>

namespace Qadam {

class Database;
class FileKeyStore;
class Vault;

/** What the demo store holds once unlocked: figures only, no case content. */
struct DemoStoreSummary
{
    QString cipherVersion;
    int schemaVersion = 0;
    qint64 people = 0;
    qint64 records = 0;
    qint64 pendingOps = 0;
    qint64 auditEvents = 0;
    bool auditChainIntact = false;
    bool created = false;   ///< true when this run created and filled the store
};

/**
 * The demo store the run command starts the app on: a real vault (Argon2id-wrapped key,
 * SQLCipher 4 file) in `directory`, filled once with synthetic cases, then unlocked with the
 * demo passphrase. Runs on the thread that calls it; owns the vault and its key store.
 */
class DemoStore
{
public:
    /** The passphrase of the demo vault. Demo data is synthetic; never use this for real data. */
    static constexpr QStringView kPassphrase = u"qadam-demo-passphrase";

    explicit DemoStore(QString directory, QString keyStoreDirectory);
    ~DemoStore();

    /** Creates the vault and generates `people` synthetic cases if absent, then unlocks it. */
    [[nodiscard]] Result<DemoStoreSummary> open(int people = 200, const QDate &today = QDate::currentDate());
    [[nodiscard]] Database *database() const;

    /** `<AppDataLocation>/demo`. */
    [[nodiscard]] static QString defaultDirectory();

private:
    [[nodiscard]] Result<DemoStoreSummary> summarise(bool created);
    QString m_directory;
    std::unique_ptr<FileKeyStore> m_keyStore;
    std::unique_ptr<Vault> m_vault;
};

} // namespace Qadam
