#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace gc {

// What went wrong, in words a clerk understands; `code` is stable for programs and tests.
struct Error {
    QString code;
    QString message;
};

// An expected-style result: a value or an Error (C++20 has no std::expected yet).
template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    // On a temporary the value moves out, so `for (x : f().value())` cannot dangle.
    T value() && { return std::get<T>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok {};
using VoidResult = Result<Ok>;

inline Error makeError(QString code, QString message) { return Error{std::move(code), std::move(message)}; }

} // namespace gc
