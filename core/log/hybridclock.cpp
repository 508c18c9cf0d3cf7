#include "log/hybridclock.h"

#include <QDateTime>

namespace gc::core {

HybridClock::HybridClock(QString device, WallClock wall) : m_device(std::move(device)), m_wall(std::move(wall))
{
    if (!m_wall)
        m_wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QString HybridClock::format(qint64 ms, int counter, const QString &device)
{
    return QStringLiteral("%1-%2-%3").arg(ms, 15, 10, QLatin1Char('0')).arg(counter, 9, 10, QLatin1Char('0')).arg(device);
}

qint64 HybridClock::millisOf(const QString &stamp) { return stamp.left(15).toLongLong(); }

QString HybridClock::now() { return nowAt(m_wall()); }

QString HybridClock::nowAt(qint64 wall)
{
    if (wall > m_lastMs) {
        m_lastMs = wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format(m_lastMs, m_counter, m_device);
}

void HybridClock::observe(const QString &stamp)
{
    if (stamp.size() < 25)
        return;
    const qint64 ms = stamp.left(15).toLongLong();
    const int counter = stamp.mid(16, 9).toInt();
    if (ms > m_lastMs || (ms == m_lastMs && counter > m_counter)) {
        m_lastMs = ms;
        m_counter = counter;
    }
}

} // namespace gc::core
