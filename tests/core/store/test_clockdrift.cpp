// A wrong clock elsewhere never drags this device's clock: HybridClock's tolerance (W2.2).
#include "store/hybridclock.h"

#include <catch2/catch.hpp>

using namespace gc::core;

namespace {
constexpr qint64 kNow = 1'764'700'000'000; // 2 December 2025
constexpr qint64 kTwoYears = 2LL * 365 * 24 * 3600 * 1000;
} // namespace

TEST_CASE("a stamp from a device two years ahead is not adopted by this device's clock", "[hlc][clock]")
{
    HybridClock clock(QStringLiteral("tab-1"), [] { return kNow; });
    CHECK_FALSE(clock.observe(HybridClock::format(kNow + kTwoYears, 0, QStringLiteral("tab-2099"))));
    const QString next = clock.now();
    CHECK(HybridClock::millisOf(next) == kNow);
    // Within the tolerance a stamp from a slightly fast clock is adopted, as before.
    const qint64 fast = kNow + ClockTolerance{}.maxAheadMs - 1;
    CHECK(clock.observe(HybridClock::format(fast, 3, QStringLiteral("tab-2"))));
    CHECK(clock.now() > HybridClock::format(fast, 3, QStringLiteral("tab-2")));
}

TEST_CASE("a crafted largest-possible stamp neither drags the clock nor breaks its stamp format", "[hlc][clock]")
{
    HybridClock clock(QStringLiteral("tab-1"), [] { return kNow; });
    CHECK_FALSE(clock.observe(QStringLiteral("999999999999999-999999999-evil")));
    CHECK(HybridClock::millisOf(clock.now()) == kNow);
    // A counter that is full moves on by a millisecond instead of growing a tenth digit.
    HybridClock tolerant(QStringLiteral("tab-1"), [] { return kNow; });
    REQUIRE(tolerant.observe(HybridClock::format(kNow, 999'999'999, QStringLiteral("tab-2"))));
    const QString after = tolerant.now();
    CHECK(after == HybridClock::format(kNow + 1, 0, QStringLiteral("tab-1")));
    CHECK(after.section(QLatin1Char('-'), 1, 1).size() == 9);
}

TEST_CASE("history backfilled into the future is stamped no later than the tolerance allows", "[hlc][clock]")
{
    HybridClock clock(QStringLiteral("tab-1"), [] { return kNow; });
    const QString s = clock.nowAt(kNow + kTwoYears);
    CHECK(HybridClock::millisOf(s) == kNow + ClockTolerance{}.maxAheadMs);
    // The past is stamped as it happened.
    HybridClock fresh(QStringLiteral("tab-1"), [] { return kNow; });
    CHECK(HybridClock::millisOf(fresh.nowAt(kNow - 1000)) == kNow - 1000);
}

TEST_CASE("a stamp beyond the tolerance is refused with a message naming the device and its clock", "[hlc][clock]")
{
    const QString stamp = HybridClock::format(kNow + kTwoYears, 0, QStringLiteral("tab-2099"));
    auto r = HybridClock::checkNotAhead(stamp, QStringLiteral("tab-2099"), kNow, ClockTolerance{}.maxAheadMs);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("clock_ahead"));
    CHECK(r.error().message().contains(QStringLiteral("tab-2099")));
    CHECK(r.error().message().contains(QStringLiteral("2027-12-02"))); // its clock
    CHECK(r.error().message().contains(QStringLiteral("2025-12-02"))); // the reference
    CHECK(r.error().message().contains(QStringLiteral("시계")));
    CHECK(r.error().message().contains(QStringLiteral("set that device's date and time")));
    CHECK(HybridClock::checkNotAhead(HybridClock::format(kNow + 1000, 0, QStringLiteral("tab-1")), QStringLiteral("tab-1"), kNow,
                                     ClockTolerance{}.maxAheadMs)
              .ok());
}
