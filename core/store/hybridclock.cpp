#include "store/hybridclock.h"
#include "text.h"

#include <QDateTime>

#include <algorithm>

namespace gc::core {

namespace {
constexpr int kMaxCounter = 999'999'999; // nine digits: one more would break the stamp's fixed width
QString isoMs(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return t.date().year() <= 9999 ? t.toString(Qt::ISODate) : QStringLiteral("%1 ms").arg(ms); // ISO 8601 stops at year 9999
}
} // namespace

HybridClock::HybridClock(QString device, WallClock wall, ClockTolerance tolerance)
    : m_device(std::move(device)), m_wall(std::move(wall)), m_tolerance(tolerance)
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
    wall = std::min(wall, m_wall() + m_tolerance.maxAheadMs); // backfilled history is never in the future
    if (wall > m_lastMs) {
        m_lastMs = wall;
        m_counter = 0;
    } else if (m_counter >= kMaxCounter) {
        ++m_lastMs; // a full counter moves on by a millisecond instead of growing a tenth digit
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format(m_lastMs, m_counter, m_device);
}

bool HybridClock::observe(const QString &stamp)
{
    if (stamp.size() < 25)
        return false;
    const qint64 ms = stamp.left(15).toLongLong();
    const int counter = std::min(stamp.mid(16, 9).toInt(), kMaxCounter);
    if (ms > m_wall() + m_tolerance.maxAheadMs)
        return false;
    if (ms > m_lastMs || (ms == m_lastMs && counter > m_counter)) {
        m_lastMs = ms;
        m_counter = counter;
    }
    return true;
}

VoidResult HybridClock::checkNotAhead(const QString &stamp, const QString &device, qint64 referenceMs, qint64 maxAheadMs)
{
    const qint64 ms = millisOf(stamp);
    if (ms <= referenceMs + maxAheadMs)
        return Ok{};
    const qint64 minutes = (ms - referenceMs) / 60'000;
    return makeError(ErrorCode::ClockAhead,
                     tx(QT_TRANSLATE_NOOP("gc", "device '%1' has its clock at %2, %4 min ahead of the reference clock %3 (at most %5 min allowed); set that device's date and time right"), device.left(128), isoMs(ms), isoMs(referenceMs), minutes, maxAheadMs / 60'000));
}

} // namespace gc::core
