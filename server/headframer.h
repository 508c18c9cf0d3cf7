#pragma once

#include <QByteArray>

#include <functional>
#include <optional>

namespace gc::server {

// Follows one connection's HTTP/1.1 byte stream by Content-Length alone: where each request's line
// and headers end, and how many body bytes to pass before the next one. Lines end with CRLF only: a
// head with a lone CR or LF is handed over up to it and the stream stops there. It holds no socket, so
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
    // Where in m_head[0, upTo) a CR or LF stands without its partner (-1: nowhere); remembers how far
    // it looked, so a head fed byte by byte is scanned once.
    qsizetype strayLineBreak(qsizetype upTo);

    enum class State { Head, Body, Stopped };
    qint64 m_maxHead;
    State m_state = State::Head;
    QByteArray m_head;     // the current request's line and headers so far
    qint64 m_bodyLeft = 0; // body bytes of the current request still to pass
    qsizetype m_scanned = 0; // how much of m_head strayLineBreak has looked at
};

} // namespace gc::server
