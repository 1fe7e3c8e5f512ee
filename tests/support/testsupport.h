#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Qadam::Test {

/** A fixed 32-byte raw key for tests that open a Database directly (never used by the product). */
[[nodiscard]] QByteArray testKey(char fill = 'k');

/** Opens (creating) an encrypted, fully migrated database in `dir`. Fails the test on error. */
[[nodiscard]] std::unique_ptr<Database> openMigrated(const QString &path, const QByteArray &key = testKey());

/** Every file below `dir` whose raw bytes contain `needle` in UTF-8, UTF-16LE or base64 (at any
 *  alignment). */
[[nodiscard]] QStringList filesContaining(const QString &dir, const QString &needle);

/** SHA-256 of a file's bytes, hex; empty if it cannot be read. */
[[nodiscard]] QByteArray fileHash(const QString &path);

} // namespace Qadam::Test
