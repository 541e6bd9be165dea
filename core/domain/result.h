#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ShopDesk {

// The kinds of failure that cross layers. Adapters map them to exit codes (CLI) or
// translated text (GUI); the message is an English sentence for logs and the CLI.
enum class ErrorCode {
    InvalidInput,      // the request itself is malformed or out of range
    NotFound,          // an id that does not exist
    InsufficientStock, // business refusal: some lines are short
    InvalidState,      // business refusal: the aggregate is in the wrong state
    Storage,           // the database failed, is busy, read-only, or not ours
    Unauthorized,      // the shop has users and nobody (or a wrong PIN, an unknown user) logged in
    Forbidden,         // the acting user's role may not do this (a clerk adjusting stock)
};

QString errorCodeName(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Storage;
    QString message;
    QJsonObject details; // machine-readable facts, e.g. the short products

    static Error invalidInput(const QString &message, const QJsonObject &details = {})
    {
        return {ErrorCode::InvalidInput, message, details};
    }
    static Error notFound(const QString &message, const QJsonObject &details = {})
    {
        return {ErrorCode::NotFound, message, details};
    }
    static Error invalidState(const QString &message, const QJsonObject &details = {})
    {
        return {ErrorCode::InvalidState, message, details};
    }
    static Error storage(const QString &message, const QJsonObject &details = {})
    {
        return {ErrorCode::Storage, message, details};
    }
    static Error unauthorized(const QString &message, const QJsonObject &details = {})
    {
        return {ErrorCode::Unauthorized, message, details};
    }
    static Error forbidden(const QString &message, const QJsonObject &details = {})
    {
        return {ErrorCode::Forbidden, message, details};
    }
};

// A value or an Error. Business refusals are ordinary results, not exceptions.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    // By value, so that `for (x : call().value())` does not dangle.
    T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    // Whether it worked, without the value.
    Result<void> status() const;

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
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

template<typename T> Status Result<T>::status() const
{
    if (ok())
        return {};
    return error();
}

} // namespace ShopDesk

// Propagate an Error from an expression returning Result<...> to the caller.
#define SD_CHECK(expr)                                                                             \
    do {                                                                                           \
        if (auto sdCheckResult_ = (expr); !sdCheckResult_.ok())                                    \
            return sdCheckResult_.error();                                                         \
    } while (false)

// Evaluate a Result<T>, return its Error to the caller, or move the value into `var`.
#define SD_TRY_CONCAT_INNER(a, b) a##b
#define SD_TRY_CONCAT(a, b) SD_TRY_CONCAT_INNER(a, b)
#define SD_TRY(var, expr) SD_TRY_IMPL(SD_TRY_CONCAT(sdTryResult_, __LINE__), var, expr)
#define SD_TRY_IMPL(tmp, var, expr)                                                                \
    auto tmp = (expr);                                                                             \
    if (!tmp.ok())                                                                                 \
        return tmp.error();                                                                        \
    var = std::move(tmp).value()
