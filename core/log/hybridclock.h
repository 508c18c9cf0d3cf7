#pragma once

#include <QString>

#include <functional>

namespace gc::core {

// Hybrid logical clock: stamps that follow wall time yet never go backwards and always exceed every
// stamp this device has seen, so that logs from several devices merge into one deterministic order.
// Text form: 15-digit milliseconds, '-', 9-digit counter, '-', device id (sortable as text).
class HybridClock {
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    explicit HybridClock(QString device, WallClock wall = {});

    QString now();
    // A stamp for an event that happened at `wallMs` (history being backfilled); never earlier than the last one.
    QString nowAt(qint64 wallMs);
    // Takes note of a stamp from elsewhere (a merged event or the newest stamp in the file).
    void observe(const QString &stamp);
    const QString &device() const { return m_device; }

    static qint64 millisOf(const QString &stamp);
    static QString format(qint64 ms, int counter, const QString &device);

private:
    QString m_device;
    WallClock m_wall;
    qint64 m_lastMs = 0;
    int m_counter = 0;
};

} // namespace gc::core
