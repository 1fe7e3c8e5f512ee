#pragma once

#include "casework/accesspolicy.h"
#include "write/writeservice.h"

namespace Qadam {

/**
 * Enforces the access policy on the store thread's WriteService for the programme writes in its
 * scope (the session's service trusts its caller otherwise), restoring what was set before.
 * TODO(#5): AppSession/StoreWorker could set the policy once at attach; then this goes.
 */
class ProgrammePolicyScope
{
public:
    explicit ProgrammePolicyScope(WriteService &writes)
        : m_writes(writes)
        , m_previous(writes.accessPolicy())
    {
        m_writes.setAccessPolicy(&AccessPolicy::builtIn());
    }
    ~ProgrammePolicyScope() { m_writes.setAccessPolicy(m_previous); }
    ProgrammePolicyScope(const ProgrammePolicyScope &) = delete;
    ProgrammePolicyScope &operator=(const ProgrammePolicyScope &) = delete;

private:
    WriteService &m_writes;
    const AccessPolicy *m_previous;
};

} // namespace Qadam
