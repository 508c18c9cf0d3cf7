#pragma once

#include "result.h"

#include <QString>

#include <functional>

namespace gc::core {

// How far a clock stamp may run ahead of the clock that judges it (the device's own wall clock when
// it stamps or receives, the server's when it accepts). Beyond this a stamp is a wrong clock (a tablet
// set to 2099) or a crafted push: adopted, it would win every later edit of its asset and drag every
// device's stamps after it.
struct ClockTolerance {
    qint64 maxAheadMs = 5 * 60 * 1000;
};

// Hybrid logical clock: stamps that follow wall time yet never go backwards and always exceed every
// stamp this device has seen (within ClockTolerance), so that logs from several devices merge into one
// deterministic order. Text form: 15-digit milliseconds, '-', 9-digit counter, '-', device id
// (sortable as text).
class HybridClock {
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    explicit HybridClock(QString device, WallClock wall = {}, ClockTolerance tolerance = {});

    QString now();
    // A stamp for an event that happened at `wallMs` (history being backfilled); never earlier than the
    // last one, and never further ahead of the wall clock than the tolerance.
    QString nowAt(qint64 wallMs);
    // Takes note of a stamp from elsewhere (a merged event or the newest stamp in the file). A stamp
    // further ahead of the wall clock than the tolerance is not adopted: returns false.
    bool observe(const QString &stamp);
    const QString &device() const { return m_device; }

    static qint64 millisOf(const QString &stamp);
    static QString format(qint64 ms, int counter, const QString &device);
    // Refuses a stamp more than `maxAheadMs` ahead of `referenceMs`; the message names the device, its
    // clock and the reference, and tells the device to set its clock right.
    static VoidResult checkNotAhead(const QString &stamp, const QString &device, qint64 referenceMs, qint64 maxAheadMs);

private:
    QString m_device;
    WallClock m_wall;
    ClockTolerance m_tolerance;
    qint64 m_lastMs = 0;
    int m_counter = 0;
};

} // namespace gc::core
