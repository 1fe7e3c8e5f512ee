#pragma once

#include <QString>

namespace Qadam {

/** The staff roles of DOMAIN.md. String forms match StaffUser.role. */
enum class Role { ProbationOfficer, PoliceOfficer, Counsellor, Supervisor, Administrator };

[[nodiscard]] QString roleName(Role role);
[[nodiscard]] bool roleFromName(const QString &name, Role *role);
/** Roles whose every read of a case is an audit event (R30): supervisors and counsellors. */
[[nodiscard]] bool readsAreAudited(Role role);

/** Who is acting: the signed-in staff user and role. Ids only. */
struct Actor
{
    QString userId;
    Role role = Role::ProbationOfficer;
};

} // namespace Qadam
