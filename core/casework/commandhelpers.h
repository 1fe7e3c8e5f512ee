#pragma once

#include "write/statemachine.h"

#include <QDate>
#include <QVariantMap>

namespace Qadam {

/** Small helpers the state-machine files share: derived fields and date arguments. */
namespace CommandHelpers {

/** A field from a command's record or params, as text. */
[[nodiscard]] inline QString text(const QVariantMap &m, const QString &key) { return m.value(key).toString(); }
/** A date from a record's or params' ISO text; invalid when absent. */
[[nodiscard]] inline QDate date(const QVariantMap &m, const QString &key)
{
    return QDate::fromString(m.value(key).toString(), Qt::ISODate);
}
/** derive(): sets `byField` to the acting user and `atField` to now (UTC ms). */
[[nodiscard]] std::function<QVariantMap(const CommandContext &)> stamp(const QString &byField, const QString &atField);
/** derive(): sets `field` to today's local date. */
[[nodiscard]] std::function<QVariantMap(const CommandContext &)> stampDate(const QString &field);

} // namespace CommandHelpers

} // namespace Qadam
