// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace hostdeck {

/// What went wrong, in words an operator can act on. `message` is translated
/// and names the problem; `detail` carries the underlying reason (the database's
/// own text, a process's output) for logs and "details" panes.
struct Error
{
    QString message;
    QString detail;
    QString sqlState; ///< SQLSTATE when the database refused the work
    /// The database connection broke. Only the database layer sets it; the pool may repeat a
    /// job declared repeatable (WorkerPool::read) on a fresh connection.
    bool connectionLost = false;
    /// A machine-readable kind for errors a caller reacts to, e.g.
    /// "certificate-unpinned" / "certificate-changed" (BmcFactory); usually empty.
    QString code = {}; // initialized: Error{message, detail, sqlState} stays warning-free
    /// A peer (BMC, SNMP agent, HTTP API) timed out or dropped the connection: a later attempt
    /// may succeed, but what was sent may already have taken effect. Set by drivers; nothing
    /// repeats such work by itself (the flow runtime decides per step, with its correlation key).
    bool transient = false;

    /// An error that names the problem in `message` (translated), with the underlying reason
    /// in `detail` when there is one.
    static Error failure(QString message, QString detail = {})
    {
        Error e;
        e.message = std::move(message);
        e.detail = std::move(detail);
        return e;
    }
    /// The same with a machine-readable `code` a caller reacts to.
    static Error coded(QString code, QString message, QString detail = {})
    {
        Error e = failure(std::move(message), std::move(detail));
        e.code = std::move(code);
        return e;
    }

    QString fullText() const
    {
        return detail.isEmpty() || detail == message ? message
                                                     : message + QStringLiteral(" (") + detail + u')';
    }
};

/// A value or an Error. Work that may fail returns one of these instead of
/// throwing, so results can cross threads inside QFuture.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template <> class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace hostdeck
