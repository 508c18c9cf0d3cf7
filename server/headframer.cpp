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
        if (!body) {
            m_state = State::Stopped;
        } else if (*body > 0) {
            m_state = State::Body;
            m_bodyLeft = *body;
        }
    }
    return m_state != State::Stopped;
}

} // namespace gc::server
