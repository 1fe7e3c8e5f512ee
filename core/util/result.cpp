#include "result.h"

using namespace Qt::StringLiterals;

namespace Qadam {

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::NotFound: return u"NotFound"_s;
    case Error::Conflict: return u"Conflict"_s;
    case Error::Invalid: return u"Invalid"_s;
    case Error::Forbidden: return u"Forbidden"_s;
    case Error::AppendOnly: return u"AppendOnly"_s;
    case Error::Storage: return u"Storage"_s;
    case Error::WrongKey: return u"WrongKey"_s;
    case Error::Corrupt: return u"Corrupt"_s;
    case Error::Unsupported: return u"Unsupported"_s;
    case Error::LockedOut: return u"LockedOut"_s;
    case Error::Wiped: return u"Wiped"_s;
    case Error::Locked: return u"Locked"_s;
    case Error::InvalidTransition: return u"InvalidTransition"_s;
    case Error::Malformed: return u"Malformed"_s;
    case Error::TooLarge: return u"TooLarge"_s;
    case Error::Unauthorized: return u"Unauthorized"_s;
    case Error::Unavailable: return u"Unavailable"_s;
    }
    return u"Unknown"_s;
}

} // namespace Qadam
