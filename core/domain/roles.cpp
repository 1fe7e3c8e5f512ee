#include "roles.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Qadam {

namespace {
const std::array<std::pair<Role, QStringView>, 5> kRoleNames = {{
    {Role::ProbationOfficer, u"probation_officer"},
    {Role::PoliceOfficer, u"police_officer"},
    {Role::Counsellor, u"counsellor"},
    {Role::Supervisor, u"supervisor"},
    {Role::Administrator, u"administrator"},
}};
} // namespace

QString roleName(Role role)
{
    for (const auto &[r, name] : kRoleNames)
        if (r == role)
            return name.toString();
    return {};
}

bool roleFromName(const QString &name, Role *role)
{
    for (const auto &[r, n] : kRoleNames) {
        if (n == name) {
            *role = r;
            return true;
        }
    }
    return false;
}

bool readsAreAudited(Role role)
{
    return role == Role::Supervisor || role == Role::Counsellor;
}

} // namespace Qadam
