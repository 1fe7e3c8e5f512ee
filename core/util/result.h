#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Qadam {

/** Why an operation failed. `code` is stable (tests and UI switch on it); `detail` is for logs
 *  only and never holds case content; `field` names the offending field for validation errors. */
struct Error
{
    enum Code {
        NotFound,     ///< record or file does not exist (or is out of scope)
        Conflict,     ///< stale base version, duplicate key
        Invalid,      ///< validation failed; `field` says which
        Forbidden,    ///< the acting role may not do this
        AppendOnly,   ///< an update or delete of an append-only record
        Storage,      ///< SQLite/SQLCipher or file-system failure
        WrongKey,     ///< passphrase or raw key does not open the store (SQLITE_NOTADB, error 26)
        Corrupt,      ///< integrity or HMAC check failed
        Unsupported,  ///< SQLCipher < 4, a vault format or KDF parameters we refuse
        LockedOut,    ///< too many failed unlocks: wait until the delay has passed
        Wiped,        ///< the vault destroyed its key material and data
        Locked,       ///< the vault is locked; unlock first
        InvalidTransition,  ///< a state-machine command not allowed from the record's current state
        Malformed,    ///< bytes that do not decode (a sync body, a frame)
        TooLarge,     ///< over a size limit, refused before parsing
        Unauthorized, ///< no, unknown, expired or revoked credentials
        Unavailable,  ///< a transient fault (network, server busy): try again later
    };
    Code code = Storage;
    QString detail;
    QString field;

    [[nodiscard]] static Error make(Code c, QString detail = {}, QString field = {})
    {
        return Error{c, std::move(detail), std::move(field)};
    }
};

[[nodiscard]] QString errorCodeName(Error::Code code);

/** A value or an Error. Expected failures are values; exceptions never cross module boundaries. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) { }
    Result(Error error) : m_v(std::move(error)) { }

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_v); }
    [[nodiscard]] T &value() & { return std::get<0>(m_v); }
    /** By value: `for (x : f().value())` must not dangle. */
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_v)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_v); }
    [[nodiscard]] Error::Code code() const { return error().code; }

private:
    std::variant<T, Error> m_v;
};

/** Result of an operation with no value. `Status{}` is success. */
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_ok(false) { }
    template<typename T>
    static Status of(const Result<T> &r) { return r.ok() ? Status{} : Status{r.error()}; }

    [[nodiscard]] bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    [[nodiscard]] const Error &error() const { return m_error; }
    [[nodiscard]] Error::Code code() const { return m_error.code; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace Qadam
