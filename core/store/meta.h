#pragma once

#include "util/result.h"

#include <QString>

namespace Qadam {

class Database;

/** Device-local key/value settings in the `meta` table (device id, counters, last HLC). */
namespace Meta {
[[nodiscard]] Result<QString> get(Database &db, const QString &key, const QString &fallback = {});
[[nodiscard]] Status set(Database &db, const QString &key, const QString &value);
/** Increments an integer counter and returns the value before the increment (call inside a transaction). */
[[nodiscard]] Result<qint64> takeNext(Database &db, const QString &key, qint64 first = 1);
} // namespace Meta

} // namespace Qadam
