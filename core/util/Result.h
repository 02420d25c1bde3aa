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
    Invalid,    // bad input: a field, an argument, a file's content
    WrongState, // the record's state does not allow it: a quote already sent, a converted lead
    NotFound,
    Conflict, // optimistic concurrency: someone else changed the row first
    PermissionDenied,
    Duplicate,
    Cancelled,
    Busy, // the database stayed locked past busy_timeout
    ReadOnly,
    DiskFull,
    Corrupt,      // not a database, or a damaged one
    ForeignFile,  // another program's SQLite file: refused, never converted
    EmptyFile,    // an empty file: it becomes a database only through init or "new database"
    NeedsSharing, // opened over a network but not marked shared: turn sharing on first
    SchemaTooNew, // written by a newer Guanxi
    Storage,      // any other storage failure
};

// Each member says one thing, so the GUI can point at the field, open the record or name the user
// without reading the message.
struct Error {
    Error() = default;
    Error(ErrorCode code_, QString message_, QString detail_ = {}, QString field_ = {}, QString recordId_ = {},
          QString userId_ = {})
        : code(code_)
        , message(std::move(message_))
        , detail(std::move(detail_))
        , field(std::move(field_))
        , recordId(std::move(recordId_))
        , userId(std::move(userId_))
    {
    }

    ErrorCode code = ErrorCode::Storage;
    QString message;
    QString detail;   // technical text only (SQLite's own message, a file error) for logs and "details"
    QString field;    // the field at fault, as its code ("name", "dueOn", "lines")
    QString recordId; // the record it is about (the existing duplicate)
    QString userId;   // the user it is about (who changed the row first)
};

// A small stand-in for std::expected (C++23): either a value or an Error.
template <typename T> class [[nodiscard]] Result {
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

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace guanxi
