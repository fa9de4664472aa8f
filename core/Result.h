#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace creditcase {

// What went wrong, in a form both the GUI and the CLI can act on. The kind decides the CLI exit code
// (see app/cli), the message is already translated for the user, and a legal refusal carries the
// citations it rests on.
enum class ErrorKind {
    Failure,              // anything technical: I/O, SQL, unexpected state (exit 1)
    Usage,                // the caller asked for something malformed (exit 2)
    Refused,              // a rule or a permission says no (exit 3)
    AuthenticationFailed, // wrong password, wrong recovery code, unknown or disabled user (exit 4)
    Corrupt,              // the file is damaged or is not a CreditCase vault (exit 1)
    InUse,                // another process holds the vault and the operation needs it alone (exit 1)
    NotFound,             // a named file or object does not exist (exit 1)
};

struct Error {
    ErrorKind kind = ErrorKind::Failure;
    QString message;
    QStringList citations;

    static Error failure(const QString& m) { return {ErrorKind::Failure, m, {}}; }
    static Error usage(const QString& m) { return {ErrorKind::Usage, m, {}}; }
    static Error refused(const QString& m, const QStringList& c = {}) { return {ErrorKind::Refused, m, c}; }
    static Error authentication(const QString& m) { return {ErrorKind::AuthenticationFailed, m, {}}; }
    static Error corrupt(const QString& m) { return {ErrorKind::Corrupt, m, {}}; }
    static Error inUse(const QString& m) { return {ErrorKind::InUse, m, {}}; }
    static Error notFound(const QString& m) { return {ErrorKind::NotFound, m, {}}; }
};

// A value or the reason there is none. Never silently empty.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T take() { return std::move(*m_value); }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing on success.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace creditcase
