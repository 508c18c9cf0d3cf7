#include "demo/demogenerator.h"
#include "store/donglayer.h"
#include "model/donglocator.h"
#include "store/inventorystats.h"
#include "store/layerstyles.h"
#include "store/inventoryverifier.h"
#include "survey/surveydesk.h"
#include "sync/syncclient.h"

#include "inventoryfixture.h"
#include "store/storeaccess.h"

#include <algorithm>

using namespace gc;
using namespace gc::core;

TEST_CASE("the demo inventory has the planned 12,716 assets in the stated mix, each inside its dong", "[demo]")
{
    gc::test::InventoryFixture fx;
    auto n = DemoGenerator::fill(*fx.store, {});
    REQUIRE(n.ok());
    CHECK(*n == 12716);
    auto stats = InventoryStats::compute(StoreAccess::db(*fx.store));
    REQUIRE(stats.ok());
    CHECK(stats->total == 12716);
    const std::pair<const char *, qint64> expected[] = {{"sign", 5124}, {"road_facility", 3318}, {"bench", 1862}, {"bulletin_board", 1147},
                                                        {"exercise_equipment", 911}, {"shade_canopy", 214}, {"vehicle", 138}, {"sculpture", 2}};
    for (const auto &[code, count] : expected) {
        INFO(code);
        CHECK(stats->countOf(stats->byCategory, QLatin1String(code)) == count);
    }
    // A rollout in progress: every status but the end states has work in it.
    for (const char *s : {"planned", "assigned", "installed", "verified", "needs_attention"}) {
        INFO(s);
        CHECK(stats->countOf(stats->byStatus, QLatin1String(s)) > 100);
    }
    CHECK(stats->events > 20000);
    // Crews work dong by dong: the share installed or verified differs by dong (W2.7), around half overall.
    auto shares = LayerStyles::dongShares(StoreAccess::db(*fx.store));
    REQUIRE(shares.ok());
    REQUIRE(shares->size() == 10);
    const auto [slowest, fastest] = std::minmax_element(shares->begin(), shares->end());
    CHECK(*slowest < 30);
    CHECK(*fastest > 70);
    const double done = double(stats->countOf(stats->byStatus, QStringLiteral("installed")) + stats->countOf(stats->byStatus, QStringLiteral("verified")));
    CHECK(done / double(stats->total) == Approx(0.5).margin(0.08));
    // The QGIS style classes that spread: five classes from the slowest dong to the fastest.
    const auto breaks = LayerStyles::classBreaks(*shares);
    CHECK(breaks.front() <= *slowest);
    CHECK(breaks.back() >= *fastest);
    CHECK(breaks.back() - breaks.front() > 40);

    auto dongs = DongLayer::load(StoreAccess::db(*fx.store));
    REQUIRE(dongs.ok());
    auto assets = fx.store->assets();
    REQUIRE(assets.ok());
    int located = 0, outside = 0, wrongLegalDong = 0;
    for (const Asset &a : *assets) {
        // 지번 addresses name the legal dong of the 행정동 (독산1동 → 독산동, 가산동 → 가산동).
        if (!a.dongCode.isEmpty() && a.category != QLatin1String("sculpture")) {
            const QString legal = dongs->nameOf(a.dongCode).left(2) + QStringLiteral("동");
            if (!a.addressJibun.contains(QStringLiteral("금천구 ") + legal + QLatin1Char(' ')))
                ++wrongLegalDong;
        }
        if (a.category == QLatin1String("vehicle")) {
            CHECK_FALSE(a.hasLocation);
            CHECK_FALSE(a.plateNumber.isEmpty());
            continue;
        }
        REQUIRE(a.hasLocation);
        ++located;
        // Strictly inside its own dong (bus-stop signs may sit within the 30 m generalization of an edge).
        if (dongs->locate(a.x, a.y, 0) != a.dongCode && dongs->locate(a.x, a.y, 35) != a.dongCode)
            ++outside;
    }
    CHECK(located == 12716 - 138);
    CHECK(outside == 0);
    CHECK(wrongLegalDong == 0);
    const auto tower = fx.store->assetByCode(QStringLiteral("GC-SCULP-000001"));
    REQUIRE(tower);
    CHECK(tower->name == QStringLiteral("삼면홍보탑"));
    CHECK(tower->locationApproximate);
    CHECK(tower->dongCode == QStringLiteral("1154551000")); // 가산동
    const auto wings = fx.store->assetByCode(QStringLiteral("GC-SCULP-000002"));
    REQUIRE(wings);
    CHECK(wings->name == QStringLiteral("드림윙즈"));
    CHECK(dongs->nameOf(wings->dongCode).startsWith(QStringLiteral("시흥")));
    // The departments' demand survey is open, so the department workspace has work to show.
    auto book = SurveyDesk(*fx.store).book();
    REQUIRE(book.ok());
    REQUIRE(book->campaigns.size() == 1);
    CHECK(book->campaigns.begin()->second.state == QStringLiteral("open"));
    CHECK(InventoryVerifier::run(*fx.store).ok());
}

TEST_CASE("the demo mix scales to any size and keeps its sum", "[demo]")
{
    for (qint64 n : {1LL, 2LL, 100LL, 12716LL, 1000000LL}) {
        qint64 sum = 0;
        for (const auto &[c, k] : DemoGenerator::categoryCounts(n))
            sum += k;
        CHECK(sum == n);
    }
}

TEST_CASE("the demo's history is not this tablet's unsent work, but what the tablet adds is", "[demo][sync]")
{
    test::InventoryFixture fx;
    DemoGenerator::Options o;
    o.assets = 300;
    REQUIRE(DemoGenerator::fill(*fx.store, o).ok());
    REQUIRE(fx.store->eventCount() > 300);
    auto pending = SyncClient::pendingCount(*fx.store);
    REQUIRE(pending.ok());
    CHECK(*pending == 0);

    fx.store->setIdentity(QStringLiteral("현장1팀"), QStringLiteral("tablet-7"));
    std::vector<Asset> mine{test::InventoryFixture::bench()};
    REQUIRE(fx.store->addAssets(mine).ok());
    pending = SyncClient::pendingCount(*fx.store);
    REQUIRE(pending.ok());
    CHECK(*pending == 1);
}
