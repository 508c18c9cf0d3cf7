#pragma once

#include <QByteArray>

#include <functional>
#include <optional>

namespace gc::server {

// Follows one connection's HTTP/1.1 byte stream by Content-Length alone: where each request's line
// and headers end, and how many body bytes to pass before the next one. It holds no socket, so
// RequestGuard and the fuzz target (tests/fuzz/fuzz_httpapi.cpp) drive the very same code.
class HeadFramer {
public:
    explicit HeadFramer(qint64 maxHeadBytes) : m_maxHead(maxHeadBytes) {}

    // Called with each complete head (without its blank line), or with what there is of one that
    // grew past maxHeadBytes (tooLarge: the stream stops after it, whatever the answer). `bodyAt` is
    // where in the bytes being fed its body begins. Returns the length of the body that follows, or
    // nothing to stop following the stream.
    using Decide = std::function<std::optional<qint64>(const QByteArray &head, bool tooLarge, qsizetype bodyAt)>;

    // Follows the next bytes of the stream. False once a decision stopped it: the rest is not read.
    bool feed(const QByteArray &fresh, const Decide &decide);

private:
    enum class State { Head, Body, Stopped };
    qint64 m_maxHead;
    State m_state = State::Head;
    QByteArray m_head;     // the current request's line and headers so far
    qint64 m_bodyLeft = 0; // body bytes of the current request still to pass
};

} // namespace gc::server
