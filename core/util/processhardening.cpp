#include "processhardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
#include <sys/prctl.h>
#endif

namespace Qadam::ProcessHardening {

bool keepMemoryOutOfCrashOutput()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

bool memoryKeptOutOfCrashOutput()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_ANDROID)
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
        return true;
#endif
#if defined(Q_OS_UNIX)
    rlimit limit{};
    return getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
#else
    return false;
#endif
}

} // namespace Qadam::ProcessHardening
