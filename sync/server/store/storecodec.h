#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace Qadam::Server::StoreCodec {

/** Fields in storage form (text, integer, real, null) as one compact JSON object. Integers keep
 *  all 64 bits. */
[[nodiscard]] QString encodeFields(const QVariantMap &fields);
[[nodiscard]] QVariantMap decodeFields(const QString &json);

/** Field versions as one JSON object: `field: version`, or `field: [version, device]` when a
 *  device's op made that change (the merge's same-device test). The device that wrote most of
 *  the fields is named once, under the key "", and its fields carry the bare version (a field of
 *  no device then reads `[version, ""]`): a record created on a device stores its id once, not
 *  once per field. Every form decodes. */
[[nodiscard]] QString encodeVersions(const QHash<QString, qint64> &versions,
                                     const QHash<QString, QString> &writers = {});
[[nodiscard]] QHash<QString, qint64> decodeVersions(const QString &json, QHash<QString, QString> *writers = nullptr);

/** One value (a conflict side, a history entry) as JSON text; null stays null. */
[[nodiscard]] QString encodeValue(const QVariant &value);
[[nodiscard]] QVariant decodeValue(const QString &json);

/** A list of strings as a JSON array: the one parameter of a set-membership test. Empty
 *  entries are dropped when `dropEmpty`. */
[[nodiscard]] QString encodeList(const QStringList &items, bool dropEmpty = false);

} // namespace Qadam::Server::StoreCodec
