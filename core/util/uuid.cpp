#include "uuid.h"

#include <sodium.h>

#include <array>

namespace Qadam {

QString newUuidV7(qint64 unixMs)
{
    std::array<unsigned char, 16> b{};
    randombytes_buf(b.data(), b.size());
    const auto ms = quint64(unixMs);
    for (int i = 0; i < 6; ++i)
        b[size_t(i)] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    b[6] = static_cast<unsigned char>(0x70 | (b[6] & 0x0f));  // version 7
    b[8] = static_cast<unsigned char>(0x80 | (b[8] & 0x3f));  // RFC 4122 variant
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, b.data(), b.size());
    const QString h = QString::fromLatin1(hex, 32);
    return h.left(8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20);
}

qint64 uuidV7Millis(const QString &id)
{
    if (id.size() != 36 || id.at(14) != u'7')
        return -1;
    bool ok = false;
    const qint64 ms = (id.left(8) + id.mid(9, 4)).toLongLong(&ok, 16);
    return ok ? ms : -1;
}

} // namespace Qadam
