#pragma once

#include <QString>

namespace Qadam {

/** A new UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then CSPRNG bits. Keys are made on the device. */
[[nodiscard]] QString newUuidV7(qint64 unixMs);

/** The Unix-millisecond timestamp embedded in a UUIDv7, or -1 if `id` is not one. */
[[nodiscard]] qint64 uuidV7Millis(const QString &id);

} // namespace Qadam
