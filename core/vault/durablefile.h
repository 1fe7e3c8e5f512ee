#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace Qadam {

/**
 * The file-system steps the vault's crash safety rests on: atomic replacement, fsync of files
 * and of their directory (so a rename survives power loss), private permissions, and shredding.
 * Stateless; any thread. On non-POSIX systems the directory sync is a no-op.
 */
class DurableFile
{
public:
    /** Writes `bytes` to `path` atomically (QSaveFile: temporary file, fsync, rename) with mode
     *  0600, then syncs the directory. Readers see the old or the new content, never a mix. */
    [[nodiscard]] static Status write(const QString &path, const QByteArray &bytes);
    /** Reads a whole file; Error::NotFound when it does not exist. */
    [[nodiscard]] static Result<QByteArray> read(const QString &path);
    /** Atomically renames `from` over `to` (rename(2)), then syncs the directory. */
    [[nodiscard]] static Status replace(const QString &from, const QString &to);
    /** Overwrites a file's bytes with zeros, syncs, and removes it; success when it is absent.
     *  On flash storage the overwrite is best effort: what makes wiped data unreadable is that
     *  the key material is destroyed first. */
    [[nodiscard]] static Status shred(const QString &path);
    /** Creates `directory` (and parents) and restricts it to its owner (0700). */
    [[nodiscard]] static Status makePrivateDirectory(const QString &directory);
    [[nodiscard]] static Status syncFile(const QString &path);
    [[nodiscard]] static Status syncDirectory(const QString &directory);
};

} // namespace Qadam
