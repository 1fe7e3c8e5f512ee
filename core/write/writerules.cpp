#include "writerules.h"

namespace Qadam {

const WriteRules &WriteRules::none()
{
    static const WriteRules rules({});
    return rules;
}

Status WriteRules::check(Database &db, const QString &entity, const QVariantMap &current, const QVariantMap &changes,
                         const QDate &today) const
{
    const auto it = m_rules.constFind(entity);
    return it == m_rules.constEnd() ? Status{} : it.value()(db, current, changes, today);
}

} // namespace Qadam
