#include "inventoryfixture.h"

#include "model/catalog.h"
#include "store/assetsnapshotquery.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

TEST_CASE("the map's snapshot holds every located asset in fid order", "[store][map]")
{
    InventoryFixture fx;
    auto a = fx.store->addAsset(InventoryFixture::bench(QStringLiteral("첫째 의자")));
    REQUIRE(a.ok());
    // A row without a point: the map has nowhere to draw it.
    auto unlocated = fx.store->addAsset(InventoryFixture::bench(QStringLiteral("자리 모름")));
    REQUIRE(unlocated.ok());
    REQUIRE(core::StoreAccess::db(*fx.store).exec(QStringLiteral("UPDATE assets SET geom = NULL WHERE uuid = '%1'").arg(unlocated->uuid)).ok());
    Asset sign = InventoryFixture::bench(QStringLiteral("표지판"));
    sign.category = QStringLiteral("sign");
    sign.department = QStringLiteral("교통행정과");
    sign.x += 100;
    REQUIRE(fx.store->addAsset(sign).ok());

    auto snap = AssetSnapshotQuery::load(fx.path);
    REQUIRE(snap.ok());
    REQUIRE(snap->size() == 2); // the asset without a location is not on the map
    CHECK(snap->unplaced == 1); // but it is counted, so the map can say so (12,578 drawn of 12,716)
    CHECK(snap->fids[0] < snap->fids[1]);
    CHECK(snap->xs[0] == Approx(191604.6));
    CHECK(snap->ys[0] == Approx(541809.5));
    CHECK(snap->xs[1] == Approx(191704.6));
    CHECK(snap->category[0] == AssetSnapshot::categoryIndex(QStringLiteral("bench")));
    CHECK(snap->category[1] == AssetSnapshot::categoryIndex(QStringLiteral("sign")));
    CHECK(snap->status[0] == AssetSnapshot::statusIndex(QStringLiteral("planned")));
    CHECK(snap->method[0] == AssetSnapshot::methodIndex(QStringLiteral("sticker")));
    CHECK(snap->departments.contains(QStringLiteral("공원녹지과")));
    CHECK(snap->departments.contains(QStringLiteral("교통행정과")));
    CHECK(snap->indexOf(snap->fids[1]) == 1);
    CHECK(snap->indexOf(snap->fids[1] + 1000) == -1);

    SECTION("a filter marks the assets that pass it")
    {
        AssetFilter f;
        f.categories = {QStringLiteral("sign")};
        auto mask = AssetSnapshotQuery::matches(fx.path, *snap, f);
        REQUIRE(mask.ok());
        CHECK(*mask == std::vector<uint8_t>{0, 1});
        auto all = AssetSnapshotQuery::matches(fx.path, *snap, AssetFilter{});
        REQUIRE(all.ok());
        CHECK(*all == std::vector<uint8_t>{1, 1});
    }
    SECTION("details give one asset's columns without its geometry")
    {
        auto d = AssetSnapshotQuery::details(fx.path, snap->fids[0]);
        REQUIRE(d.ok());
        CHECK(d->value(QStringLiteral("name")).toString() == QStringLiteral("첫째 의자"));
        CHECK(d->value(QStringLiteral("uuid")).toString() == a->uuid);
        CHECK_FALSE(d->contains(QStringLiteral("geom")));
        auto none = AssetSnapshotQuery::details(fx.path, snap->fids[1] + 1000);
        REQUIRE(none.ok());
        CHECK(none->isEmpty());
    }
}

TEST_CASE("the map's snapshot of a missing inventory says which file", "[store][map]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("없음.gpkg"));
    auto snap = AssetSnapshotQuery::load(path);
    REQUIRE_FALSE(snap.ok());
    CHECK(snap.error().message().contains(path));
}
