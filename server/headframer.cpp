#include "headframer.h"

#include <algorithm>

namespace gc::server {

bool HeadFramer::feed(const QByteArray &fresh, const Decide &decide)
{
    qsizetype i = 0;
    while (i < fresh.size() && m_state != State::Stopped) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyLeft, fresh.size() - i);
            m_bodyLeft -= take;
            i += qsizetype(take);
            if (m_bodyLeft == 0)
                m_state = State::Head;
            continue;
        }
        if (m_head.isEmpty()) { // blank lines may come between requests
            while (i < fresh.size() && (fresh[i] == '\r' || fresh[i] == '\n'))
                ++i;
            if (i == fresh.size())
                break;
        }
        const qsizetype held = m_head.size();
        m_head += fresh.mid(i, qsizetype(m_maxHead) + 4 - held);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (const qsizetype odd = strayLineBreak(end < 0 ? m_head.size() : end); odd >= 0) {
            // A CR or LF alone: parsers disagree on where such a line, and so the request, ends.
            // The head up to it is judged (RequestGuard::parseHead refuses it) and nothing after it.
            decide(m_head.left(odd + 1), false, fresh.size());
            m_state = State::Stopped;
            break;
        }
        if (end < 0) {
            if (m_head.size() > m_maxHead) { // where it would end is unknown: nothing after it can be framed
                decide(m_head, true, fresh.size());
                m_state = State::Stopped;
            }
            break;
        }
        i += end + 4 - held;
        m_head.truncate(end);
        const std::optional<qint64> body = decide(m_head, false, i);
        m_head.clear();
        m_scanned = 0;
        if (!body) {
            m_state = State::Stopped;
        } else if (*body > 0) {
            m_state = State::Body;
            m_bodyLeft = *body;
        }
    }
    return m_state != State::Stopped;
}

qsizetype HeadFramer::strayLineBreak(qsizetype upTo)
{
    // A CR at the very end may yet be followed by its LF: looked at again with the next bytes.
    qsizetype n = m_scanned;
    for (; n < upTo; ++n) {
        const char c = m_head[n];
        if (c == '\n' && (n == 0 || m_head[n - 1] != '\r'))
            return n;
        if (c == '\r' && n + 1 < m_head.size() && m_head[n + 1] != '\n')
            return n;
        if (c == '\r' && n + 1 == m_head.size())
            break;
    }
    m_scanned = n;
    return -1;
}

} // namespace gc::server
