#pragma once

#include "securebuffer.h"
#include "store/database.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace Qadam {

/**
 * A verified copy of an open store, encrypted under another raw key: the file half of
 * Vault::rekey. The copy is made with sqlcipher_export, then reopened under the new key and
 * compared with the source (same tables, same row counts, integrity and page HMACs intact) and
 * synced to disk before anything may depend on it. Stateless; the source's thread.
 */
class StoreCopy
{
public:
    /** Checkpoints `source`, replaces any old `copyPath` and writes the verified copy there.
     *  On failure nothing is left at `copyPath`. */
    [[nodiscard]] static Status make(
        Database &source, const QString &copyPath, const SecureBuffer &key, const DatabaseOptions &options);
    /** Removes a copy and its side files (a copy left by a kill is never needed: see Vault). */
    static void remove(const QString &copyPath);
    /** `path` and its `-wal`, `-shm` and `-journal` side files. */
    [[nodiscard]] static QStringList withSideFiles(const QString &path);

private:
    [[nodiscard]] static Status verify(
        Database &source, const QString &copyPath, const SecureBuffer &key, const DatabaseOptions &options);
};

} // namespace Qadam
