#include "commandhelpers.h"

namespace Qadam::CommandHelpers {

std::function<QVariantMap(const CommandContext &)> stamp(const QString &byField, const QString &atField)
{
    return [byField, atField](const CommandContext &ctx) {
        return QVariantMap{{byField, ctx.actor.userId}, {atField, ctx.nowMs}};
    };
}

std::function<QVariantMap(const CommandContext &)> stampDate(const QString &field)
{
    return [field](const CommandContext &ctx) { return QVariantMap{{field, ctx.today}}; };
}

} // namespace Qadam::CommandHelpers
