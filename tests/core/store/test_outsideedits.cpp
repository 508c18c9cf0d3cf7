// W2.7: edits made to the inventory through GDAL (as QGIS or ogr2ogr -update make them) become events.
#include "inventoryfixture.h"
#include "ogredit.h"

#include "store/hybridclock.h"
#include "store/inventoryverifier.h"
#include "store/outsideedits.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"

#include <opencv2/imgcodecs.hpp>

#include <QUuid>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace gc::core;
using gc::test::InventoryFixture;
using gc::test::OgrEdit;

namespace {

void reopen(InventoryFixture &fx)
{
    auto s = AssetStore::open(fx.path);
    REQUIRE(s.ok());
    fx.store = std::move(*s);
    fx.store->setIdentity(QStringLiteral("qgis-staff"), QStringLiteral("office-pc"));
}

const OutsideEdit *editOf(const std::vector<OutsideEdit> &edits, const QString &code)
{
    auto it = std::find_if(edits.begin(), edits.end(), [&](const OutsideEdit &e) { return e.code == code; });
    return it == edits.end() ? nullptr : &*it;
}

bool hasChange(const OutsideEdit &e, const QString &field, const QString &before, const QString &after)
{
    return std::find(e.changes.begin(), e.changes.end(), FieldChange{field, before, after}) != e.changes.end();
}

} // namespace

TEST_CASE("adopt turns GDAL edits (change, move, add, delete) into events that replay to the table", "[store][adopt]")
{
    InventoryFixture fx;
    for (const char *name : {"의자 하나", "의자 둘", "의자 셋"})
        REQUIRE(fx.store->addAsset(InventoryFixture::bench(QString::fromUtf8(name))).ok());
    const qint64 eventsBefore = fx.store->eventCount();
    fx.store.reset();
    {
        OgrEdit ogr(fx.path);
        ogr.setText(QStringLiteral("GC-BENCH-000001"), "name", QStringLiteral("독산3동 의자(주소 고침)"));
        ogr.move(QStringLiteral("GC-BENCH-000002"), 191634.6, 541789.5);
        ogr.remove(QStringLiteral("GC-BENCH-000003"));
        ogr.add(QStringLiteral("new"), QStringLiteral("bench"), QStringLiteral("QGIS에서 그린 의자"), QStringLiteral("planned"), 191600.0, 541800.0);
    }
    reopen(fx);

    const auto before = InventoryVerifier::run(*fx.store);
    CHECK_FALSE(before.ok());
    CHECK(before.onlyOutsideEdits());
    CHECK(before.outsideEdits == 4);

    auto edits = OutsideEdits::find(*fx.store);
    REQUIRE(edits.ok());
    REQUIRE(edits->size() == 4);
    const OutsideEdit *renamed = editOf(*edits, QStringLiteral("GC-BENCH-000001"));
    const OutsideEdit *moved = editOf(*edits, QStringLiteral("GC-BENCH-000002"));
    const OutsideEdit *deleted = editOf(*edits, QStringLiteral("GC-BENCH-000003"));
    const OutsideEdit *added = editOf(*edits, QStringLiteral("GC-BENCH-000004")); // the next free code
    REQUIRE((renamed && moved && deleted && added));
    CHECK(renamed->kind == OutsideEdit::Kind::Changed);
    CHECK(renamed->changes.size() == 1);
    CHECK(hasChange(*renamed, QStringLiteral("name"), QStringLiteral("의자 하나"), QStringLiteral("독산3동 의자(주소 고침)")));
    CHECK(hasChange(*moved, QStringLiteral("geom"), QStringLiteral("191604.60, 541809.50"), QStringLiteral("191634.60, 541789.50")));
    CHECK(deleted->kind == OutsideEdit::Kind::Deleted);
    CHECK(added->kind == OutsideEdit::Kind::Added);
    CHECK(added->uuid == QStringLiteral("new"));
    CHECK(added->asset.uuid != QStringLiteral("new")); // a typed identity gets a real one
    CHECK(added->asset.dongCode == fx.store->assetByCode(QStringLiteral("GC-BENCH-000001"))->dongCode);
    for (const auto &e : *edits)
        CHECK(e.refused.isEmpty());
    const QString text = OutsideEdits::describe(*renamed).join('\n');
    CHECK(text.contains(QStringLiteral("GC-BENCH-000001")));
    CHECK(text.contains(QStringLiteral("name: '의자 하나' → '독산3동 의자(주소 고침)'")));

    auto done = OutsideEdits::adopt(*fx.store, *edits);
    REQUIRE(done.ok());
    CHECK(done->assets == 4);
    CHECK(done->events == 4);
    CHECK(fx.store->eventCount() == eventsBefore + 4);
    auto log = fx.store->events();
    REQUIRE(log.ok());
    QStringList kinds;
    for (auto it = log->end() - 4; it != log->end(); ++it) {
        CHECK(it->actor == QStringLiteral("qgis-staff"));
        kinds << it->kind;
    }
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("asset.created"), QStringLiteral("asset.deleted"), QStringLiteral("asset.updated"),
                               QStringLiteral("asset.updated")});

    const auto after = InventoryVerifier::run(*fx.store);
    INFO(after.problems.join('\n').toStdString());
    CHECK(after.ok());
    CHECK(fx.store->assetCount() == 3);
    CHECK(fx.store->assetByCode(QStringLiteral("GC-BENCH-000001"))->name == QStringLiteral("독산3동 의자(주소 고침)"));
    CHECK(fx.store->assetByCode(QStringLiteral("GC-BENCH-000002"))->x == Approx(191634.6));
    CHECK_FALSE(fx.store->assetByCode(QStringLiteral("GC-BENCH-000003")));
    CHECK(fx.store->assetByCode(QStringLiteral("GC-BENCH-000004"))->name == QStringLiteral("QGIS에서 그린 의자"));
    auto again = OutsideEdits::find(*fx.store);
    REQUIRE(again.ok());
    CHECK(again->empty());

    // A second device that merges the log gets the same table, the deletion included.
    InventoryFixture other;
    auto merged = other.store->merge(*log);
    REQUIRE(merged.ok());
    CHECK(*merged == int(log->size()));
    auto mine = fx.store->assets();
    auto theirs = other.store->assets();
    REQUIRE((mine.ok() && theirs.ok()));
    CHECK(theirs->size() == 3);
    for (const Asset &a : *mine)
        CHECK(other.store->asset(a.uuid) == a);
    CHECK(InventoryVerifier::run(*other.store).ok());
    // A rebuild from the log gives the table adopt left.
    REQUIRE(fx.store->rebuild().ok());
    CHECK(*fx.store->assets() == *mine);
}

TEST_CASE("adopt refuses unknown values, points outside the gu and deleting an asset with photos", "[store][adopt]")
{
    InventoryFixture fx;
    for (const char *name : {"의자 하나", "의자 둘", "의자 셋", "의자 넷"})
        REQUIRE(fx.store->addAsset(InventoryFixture::bench(QString::fromUtf8(name))).ok());
    std::vector<uchar> png;
    REQUIRE(cv::imencode(".png", cv::Mat(24, 32, CV_8UC3, cv::Scalar(0, 100, 0)), png));
    REQUIRE(fx.store->attachPhoto(fx.store->assetByCode(QStringLiteral("GC-BENCH-000003"))->uuid, QStringLiteral("after"),
                                  QByteArray(reinterpret_cast<const char *>(png.data()), qsizetype(png.size()))).ok());
    const qint64 eventsBefore = fx.store->eventCount();
    fx.store.reset();
    {
        OgrEdit ogr(fx.path);
        ogr.setText(QStringLiteral("GC-BENCH-000001"), "status", QStringLiteral("broken"));
        ogr.setText(QStringLiteral("GC-BENCH-000002"), "category", QStringLiteral("fountain"));
        ogr.move(QStringLiteral("GC-BENCH-000004"), 200000.0, 550000.0); // well outside Geumcheon-gu
        ogr.remove(QStringLiteral("GC-BENCH-000003"));
    }
    reopen(fx);
    auto edits = OutsideEdits::find(*fx.store);
    REQUIRE(edits.ok());
    REQUIRE(edits->size() == 4);
    const auto reasons = [&](const char *code) { return editOf(*edits, QLatin1String(code))->refused.join('\n'); };
    CHECK(reasons("GC-BENCH-000001").contains(QStringLiteral("status = 'broken'")));
    CHECK(reasons("GC-BENCH-000002").contains(QStringLiteral("unknown category")));
    CHECK(reasons("GC-BENCH-000004").contains(QStringLiteral("outside Geumcheon-gu")));
    CHECK(reasons("GC-BENCH-000003").contains(QStringLiteral("photos cannot be deleted")));
    CHECK(OutsideEdits::describe(*editOf(*edits, QStringLiteral("GC-BENCH-000001"))).join('\n').contains(QStringLiteral("refused")));

    auto done = OutsideEdits::adopt(*fx.store, *edits);
    REQUIRE(done.ok());
    CHECK(done->refused == 4);
    CHECK(done->events == 0);
    CHECK(fx.store->eventCount() == eventsBefore);
    CHECK(InventoryVerifier::run(*fx.store).onlyOutsideEdits());
}

TEST_CASE("adopt lists, and does not apply, a change that conflicts with a newer event on the same field", "[store][adopt]")
{
    InventoryFixture fx;
    auto a = fx.store->addAsset(InventoryFixture::bench(QStringLiteral("처음 이름")));
    REQUIRE(a.ok());
    const QString snapshotHlc = *StoreAccess::db(*fx.store).scalarText(QStringLiteral("SELECT last_hlc FROM assets"));
    // After someone took a copy of the row to a spreadsheet, the app renamed the asset.
    REQUIRE(fx.store->updateAsset(a->uuid, {{QStringLiteral("name"), QStringLiteral("앱에서 바꾼 이름")}}).ok());
    fx.store.reset();
    {
        // The spreadsheet comes back through GDAL: the old row, with a note and a name of its own.
        OgrEdit ogr(fx.path);
        ogr.sql(QStringLiteral("UPDATE assets SET name = '표에서 바꾼 이름', notes = '표에서 적은 비고', last_hlc = '%1'").arg(snapshotHlc));
    }
    reopen(fx);
    auto edits = OutsideEdits::find(*fx.store);
    REQUIRE(edits.ok());
    REQUIRE(edits->size() == 1);
    const OutsideEdit &e = edits->front();
    CHECK(e.refused.isEmpty());
    REQUIRE(e.conflicts.size() == 1);
    CHECK(e.conflicts.front() == FieldChange{QStringLiteral("name"), QStringLiteral("앱에서 바꾼 이름"), QStringLiteral("표에서 바꾼 이름")});
    CHECK(hasChange(e, QStringLiteral("notes"), QString(), QStringLiteral("표에서 적은 비고")));
    CHECK(OutsideEdits::describe(e).join('\n').contains(QStringLiteral("conflicts with a newer event")));

    auto done = OutsideEdits::adopt(*fx.store, *edits);
    REQUIRE(done.ok());
    CHECK(done->events == 1);
    const auto row = fx.store->asset(a->uuid);
    CHECK(row->name == QStringLiteral("앱에서 바꾼 이름"));
    CHECK(row->notes == QStringLiteral("표에서 적은 비고"));
    const auto report = InventoryVerifier::run(*fx.store);
    INFO(report.problems.join('\n').toStdString());
    CHECK(report.ok());
}

TEST_CASE("verify tells edits outside the log apart from damage", "[store][verify][adopt]")
{
    InventoryFixture fx;
    REQUIRE(fx.store->addAsset(InventoryFixture::bench()).ok());
    REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("UPDATE assets SET name = 'x'")).ok());
    auto report = InventoryVerifier::run(*fx.store);
    CHECK(report.onlyOutsideEdits());
    CHECK(report.damage == 0);
    REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("DELETE FROM rtree_assets_geom")).ok());
    report = InventoryVerifier::run(*fx.store);
    CHECK_FALSE(report.onlyOutsideEdits());
    CHECK(report.outsideEdits == 1);
    CHECK(report.damage >= 1);
}

TEST_CASE("a sync merging pulled edits while the app looks for outside edits is never taken for one", "[store][adopt]")
{
    // A usability pass: a tablet that started while its first sync pulled others' edits was told that
    // 1, 254 and 484 assets had been edited in QGIS. The check read the log, then the table, while the
    // sync's connection merged events in between.
    InventoryFixture fx;
    std::vector<Asset> assets;
    for (int i = 0; i < 400; ++i) {
        Asset a = InventoryFixture::bench(QStringLiteral("의자 %1").arg(i));
        a.x += (i % 20) * 5;
        a.y += (i / 20) * 5;
        assets.push_back(a);
    }
    REQUIRE(fx.store->addAssets(assets).ok());
    auto syncSide = AssetStore::open(fx.path); // the sync worker's own connection
    REQUIRE(syncSide.ok());
    (*syncSide)->setIdentity(QStringLiteral("office1"), QStringLiteral("office-tab"));
    std::atomic<bool> checking{true}, mergeFailed{false};
    std::thread merging([&] {
        for (int round = 0; checking && round < 2000; ++round) {
            std::vector<Event> pulled;
            for (int k = 0; k < 20; ++k) {
                const Asset &a = assets[(round * 20 + k) % assets.size()];
                pulled.push_back(Event{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       HybridClock::format(1'900'000'000'000 + round * 100 + k, 0, QStringLiteral("tablet-b")),
                                       QStringLiteral("2030-03-17T00:00:00Z"), QStringLiteral("현장1팀"), QStringLiteral("tablet-b"),
                                       QLatin1String(EventKind::AssetUpdated), a.uuid,
                                       QJsonObject{{QStringLiteral("notes"), QStringLiteral("round %1").arg(round)}}});
            }
            if (!(*syncSide)->merge(pulled).ok()) {
                mergeFailed = true;
                return;
            }
        }
    });
    auto app = AssetStore::open(fx.path, AssetStore::Access::ReadOnly); // the app's check, read-only
    REQUIRE(app.ok());
    int found = 0, checks = 0;
    for (; checks < 6; ++checks) {
        auto edits = OutsideEdits::find(**app);
        REQUIRE(edits.ok());
        found += int(edits->size());
    }
    checking = false;
    merging.join();
    CHECK_FALSE(mergeFailed);
    CHECK(found == 0);
    CHECK(checks == 6);
}
