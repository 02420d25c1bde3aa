// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace guanxi {

// What went wrong, in a form both the GUI and guanxi-cli can act on: the code picks the reaction
// (and the CLI's exit status), the message is already translated for the user.
enum class ErrorCode {
    Invalid,          // bad input: a field, an argument, a file's content
    NotFound,
    Conflict,         // optimistic concurrency: someone else changed the row first
    PermissionDenied,
    Duplicate,
    Cancelled,
    Busy,             // the database stayed locked past busy_timeout
    ReadOnly,
    DiskFull,
    Corrupt,          // not a database, or a damaged one
    ForeignFile,      // another program's SQLite file: refused, never converted
    EmptyFile,        // an empty file: it becomes a database only through init or "new database"
    NeedsSharing,     // opened over a network but not marked shared: turn sharing on first
    SchemaTooNew,     // written by a newer Guanxi
    Storage,          // any other storage failure
};

struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
    QString detail;   // technical text (SQLite's own message) for logs and "details"
};

// A small stand-in for std::expected (C++23): either a value or an Error.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace guanxi
