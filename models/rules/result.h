#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace cd {

// An error travels as a value up to the UI, which shows `message` (already translated
// when it was made) next to the input named by `field`, or in a message box when
// `field` is empty. Storage and services never show dialogs themselves.
struct Error
{
    enum class Kind {
        Invalid, // the user's input breaks a rule; `field` names the input
        NotFound, // a reference or id that does not exist
        Conflict, // the state changed under the caller (e.g. a status already moved)
        Storage, // the database could not be opened, read or written
        Damaged, // SQLite found the store file damaged; the message says what to do
        Usage, // a command line that cannot be understood
        Permission, // the signed-in user may not do this (or nobody is signed in)
        Locked, // the account is locked after too many failed sign-ins
        Cancelled, // the user stopped a long task (an export); nothing was left behind
        NoStore, // there is no store at the path given (missing or empty file)
        Credentials, // the server asks for a password that was not given (ask for one)
        // The connection to the server was lost during the call: a change may or may not
        // have been saved (a save with a save id can be sent again safely).
        Unreachable,
    };

    Kind kind = Kind::Invalid;
    QString message;
    QString field;

    static Error invalid(QString message, QString field = {})
    {
        return {Kind::Invalid, std::move(message), std::move(field)};
    }
    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return {Kind::Conflict, std::move(message), {}}; }
    static Error storage(QString message) { return {Kind::Storage, std::move(message), {}}; }
    static Error damaged(QString message) { return {Kind::Damaged, std::move(message), {}}; }
    static Error permission(QString message) { return {Kind::Permission, std::move(message), {}}; }
    static Error cancelled(QString message) { return {Kind::Cancelled, std::move(message), {}}; }
    static Error noStore(QString message) { return {Kind::NoStore, std::move(message), {}}; }
    static Error unreachable(QString message)
    {
        return {Kind::Unreachable, std::move(message), {}};
    }
};

// Either a value or an Error (std::expected is C++23; this is the C++20 subset we use).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace cd
