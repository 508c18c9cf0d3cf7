#include "inventoryfixture.h"

#include "model/assetfields.h"
#include "store/inventoryverifier.h"
#include "store/schema.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonObject>

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

TEST_CASE("a new inventory is a GeoPackage at the current schema", "[store][migration]")
{
    InventoryFixture fx;
    CHECK(StoreAccess::db(*fx.store).scalarInt(QStringLiteral("PRAGMA application_id")).value() == 0x47504B47);
    CHECK(StoreAccess::db(*fx.store).scalarInt(QStringLiteral("PRAGMA user_version")).value() == Schema::kGpkgBase + Schema::kLatest);
    CHECK(StoreAccess::db(*fx.store).scalarInt(QStringLiteral("SELECT count(*) FROM dongs")).value() == 10);
    CHECK(StoreAccess::db(*fx.store).scalarText(QStringLiteral("SELECT name_ko FROM dongs WHERE adm_code = '1154563000'")).value() == QStringLiteral("독산3동"));
    CHECK(StoreAccess::db(*fx.store).scalarText(QStringLiteral("PRAGMA journal_mode")).value() == QStringLiteral("wal"));
    fx.store.reset();
    auto again = AssetStore::open(fx.path);
    REQUIRE(again.ok());
    CHECK((*again)->assetCount() == 0);
}

TEST_CASE("create refuses to overwrite an existing file", "[store]")
{
    InventoryFixture fx;
    fx.store.reset();
    const QByteArray before = readAll(fx.path);
    auto again = AssetStore::create(fx.path);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("exists"));
    CHECK(readAll(fx.path) == before);
}

TEST_CASE("files that are not ours are refused and left untouched", "[store][migration]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.gpkg"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, just some text that someone renamed\n").repeated(100));
        f.close();
        const QByteArray before = readAll(path);
        auto s = AssetStore::open(path);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("not_geopackage"));
        CHECK(s.error().message().contains(path));
        CHECK(readAll(path) == before);
    }
    SECTION("a GeoPackage from another program")
    {
        const QString path = dir.filePath(QStringLiteral("other.gpkg"));
        {
            auto db = SqliteDb::open(path, SqliteDb::Mode::Create);
            REQUIRE(db.ok());
            REQUIRE(db->exec(QStringLiteral("PRAGMA application_id = 1196444487; PRAGMA user_version = 10200; "
                                            "CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT)")).ok());
        }
        const QByteArray before = readAll(path);
        auto s = AssetStore::open(path);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("not_inventory"));
        CHECK(readAll(path) == before);
    }
    SECTION("an inventory from a newer goodcity")
    {
        const QString path = dir.filePath(QStringLiteral("newer.gpkg"));
        {
            auto s = AssetStore::create(path);
            REQUIRE(s.ok());
            REQUIRE(StoreAccess::db(**s).exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::kGpkgBase + Schema::kLatest + 1)).ok());
        }
        const QByteArray before = readAll(path);
        auto s = AssetStore::open(path);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QStringLiteral("newer_schema"));
        CHECK(s.error().message().contains(QStringLiteral("newer goodcity")));
        CHECK(readAll(path) == before);
    }
}

TEST_CASE("opening read-only never changes a byte", "[store]")
{
    InventoryFixture fx;
    REQUIRE(fx.store->addAsset(InventoryFixture::bench()).ok());
    fx.store.reset();
    const QByteArray before = readAll(fx.path);
    {
        auto s = AssetStore::open(fx.path, AssetStore::Access::ReadOnly);
        REQUIRE(s.ok());
        CHECK((*s)->readOnly());
        CHECK((*s)->assetCount() == 1);
        CHECK_FALSE((*s)->addAsset(InventoryFixture::bench()).ok());
    }
    CHECK(readAll(fx.path) == before);
}

TEST_CASE("a write transaction gets a large page cache only while it lasts", "[store][memory]")
{
    InventoryFixture fx;
    const SqliteDb &db = StoreAccess::db(*fx.store);
    auto cacheSize = [&] { return *db.scalarInt(QStringLiteral("PRAGMA cache_size")); };
    const qint64 idle = cacheSize();
    CHECK(idle > -Transaction::kWriteCacheKiB); // the app's start holds no 64 MB of pages read once
    {
        Transaction committed(db);
        REQUIRE(committed.begun());
        CHECK(cacheSize() == -Transaction::kWriteCacheKiB);
        REQUIRE(committed.commit().ok());
        CHECK(cacheSize() == idle);
    }
    {
        Transaction rolledBack(db);
        REQUIRE(rolledBack.begun());
        CHECK(cacheSize() == -Transaction::kWriteCacheKiB);
    }
    CHECK(cacheSize() == idle);
    REQUIRE(fx.store->addAsset(InventoryFixture::bench()).ok()); // a save still works after both
    CHECK(cacheSize() == idle);
}

TEST_CASE("a full disk loses nothing already saved and saves nothing half", "[store]")
{
    InventoryFixture fx;
    REQUIRE(fx.store->addAsset(InventoryFixture::bench(QStringLiteral("first"))).ok());
    const qint64 events = fx.store->eventCount();
    // Cap the file at its current size: the next large write hits SQLITE_FULL, as a full disk would.
    const qint64 pages = StoreAccess::db(*fx.store).scalarInt(QStringLiteral("PRAGMA page_count")).value();
    REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)).ok());
    std::vector<Asset> many;
    for (int i = 0; i < 2000; ++i)
        many.push_back(InventoryFixture::bench(QStringLiteral("bench %1 with a long enough name to fill pages").arg(i)));
    auto r = fx.store->addAssets(many);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("disk_full"));
    CHECK(fx.store->assetCount() == 1);
    CHECK(fx.store->eventCount() == events);
    CHECK(fx.store->assetByCode(QStringLiteral("GC-BENCH-000001"))->name == QStringLiteral("first"));
}

TEST_CASE("every change is an event and the tables are what the log says", "[store][events]")
{
    InventoryFixture fx;
    auto a = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(a.ok());
    CHECK(a->code == QStringLiteral("GC-BENCH-000001"));
    CHECK(a->dongCode == QStringLiteral("1154563000")); // filled from the location
    CHECK(a->status == QStringLiteral("planned"));
    REQUIRE(fx.store->updateAsset(a->uuid, {{QStringLiteral("name"), QStringLiteral("새 이름")}, {QStringLiteral("mark_count"), 3}}).ok());
    REQUIRE(fx.store->setStatus(a->uuid, QStringLiteral("assigned"), {}, {{QStringLiteral("assignee"), QStringLiteral("현장1팀")}}).ok());
    REQUIRE(fx.store->setStatus(a->uuid, QStringLiteral("installed")).ok());

    const auto stored = fx.store->asset(a->uuid);
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("새 이름"));
    CHECK(stored->markCount == 3);
    CHECK(stored->status == QStringLiteral("installed"));
    CHECK(stored->assignee == QStringLiteral("현장1팀"));

    auto events = fx.store->events(a->uuid);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 4);
    CHECK((*events)[0].kind == QStringLiteral("asset.created"));
    CHECK((*events)[3].payload.value(QStringLiteral("status")).toString() == QStringLiteral("installed"));
    CHECK((*events)[0].actor == QStringLiteral("tester"));
    CHECK((*events)[0].device == QStringLiteral("device-a"));
    for (size_t i = 1; i < events->size(); ++i)
        CHECK((*events)[i - 1].hlc < (*events)[i].hlc);

    auto replayed = fx.store->replay();
    REQUIRE(replayed.ok());
    REQUIRE(replayed->assets.count(a->uuid) == 1);
    CHECK(replayed->assets.at(a->uuid) == *stored);
    CHECK(InventoryVerifier::run(*fx.store).ok());
}

TEST_CASE("the rollout rules refuse impossible status changes", "[store][events]")
{
    InventoryFixture fx;
    auto a = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(a.ok());
    auto skip = fx.store->setStatus(a->uuid, QStringLiteral("verified"));
    REQUIRE_FALSE(skip.ok());
    CHECK(skip.error().code == QStringLiteral("invalid_transition"));
    auto noReason = fx.store->setStatus(a->uuid, QStringLiteral("needs_attention"));
    REQUIRE_FALSE(noReason.ok());
    CHECK(fx.store->events(a->uuid)->size() == 1);
}

TEST_CASE("rebuild from the log gives identical tables", "[store][events]")
{
    InventoryFixture fx;
    std::vector<Asset> assets;
    for (int i = 0; i < 50; ++i)
        assets.push_back(InventoryFixture::bench(QStringLiteral("bench %1").arg(i)));
    REQUIRE(fx.store->addAssets(assets).ok());
    for (int i = 0; i < 50; i += 3)
        REQUIRE(fx.store->setStatus(assets[size_t(i)].uuid, QStringLiteral("assigned")).ok());
    const auto before = fx.store->assets();
    REQUIRE(before.ok());
    REQUIRE(fx.store->rebuild().ok());
    const auto after = fx.store->assets();
    REQUIRE(after.ok());
    CHECK(*before == *after);
    CHECK(InventoryVerifier::run(*fx.store).ok());
}

TEST_CASE("verify names rows that were edited behind the log", "[store][verify]")
{
    InventoryFixture fx;
    auto a = fx.store->addAsset(InventoryFixture::bench());
    auto b = fx.store->addAsset(InventoryFixture::bench(QStringLiteral("두 번째")));
    REQUIRE((a.ok() && b.ok()));
    REQUIRE(InventoryVerifier::run(*fx.store).ok());

    SECTION("a changed field")
    {
        REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("UPDATE assets SET status = 'verified' WHERE code = 'GC-BENCH-000001'")).ok());
        const auto report = InventoryVerifier::run(*fx.store);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.join('\n').contains(QStringLiteral("GC-BENCH-000001")));
        CHECK(report.problems.join('\n').contains(QStringLiteral("status")));
    }
    SECTION("a deleted row")
    {
        REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("DELETE FROM assets WHERE code = 'GC-BENCH-000002'")).ok());
        const auto report = InventoryVerifier::run(*fx.store);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.join('\n').contains(QStringLiteral("missing from the table")));
    }
    SECTION("a row inserted behind the log")
    {
        REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("INSERT INTO assets (uuid, code, category, status) VALUES ('x', 'GC-BENCH-000099', 'bench', 'planned')")).ok());
        const auto report = InventoryVerifier::run(*fx.store);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.join('\n').contains(QStringLiteral("GC-BENCH-000099")));
    }
    SECTION("a moved point whose spatial index was not updated")
    {
        REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("DELETE FROM rtree_assets_geom")).ok());
        const auto report = InventoryVerifier::run(*fx.store);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.join('\n').contains(QStringLiteral("rtree_assets_geom")));
    }
}

TEST_CASE("the R-tree answers a viewport window", "[store][spatial]")
{
    InventoryFixture fx;
    std::vector<Asset> assets;
    for (int i = 0; i < 20; ++i) {
        Asset a = InventoryFixture::bench();
        a.x += i * 10.0; // a row of benches 10 m apart
        assets.push_back(a);
    }
    REQUIRE(fx.store->addAssets(assets).ok());
    auto hits = fx.store->idsInWindow(191600, 541800, 191650, 541820); // x from 191600 to 191650: 5 benches
    REQUIRE(hits.ok());
    CHECK(hits->size() == 5);
    auto none = fx.store->idsInWindow(0, 0, 10, 10);
    REQUIRE(none.ok());
    CHECK(none->empty());
}

TEST_CASE("photos are stored by content, durable, and verified", "[store][photos]")
{
    InventoryFixture fx;
    auto a = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(a.ok());
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(Qt::darkGreen);
    QByteArray png;
    {
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
    }
    PhotoRow meta;
    meta.takenAt = QStringLiteral("2024-04-02T10:00:00Z");
    meta.lat = 37.46;
    meta.lon = 126.90;
    auto p = fx.store->attachPhoto(a->uuid, QStringLiteral("after"), png, meta);
    REQUIRE(p.ok());
    CHECK(p->width == 64);
    CHECK(p->height == 48);
    CHECK(p->sha256.size() == 64);
    CHECK(p->phash.size() == 16); // filled from the image for the duplicate check
    CHECK(p->lat.toDouble() == Approx(37.46));
    const QString file = fx.store->photoDir() + QLatin1Char('/') + p->sha256.left(2) + QLatin1Char('/') + p->sha256;
    CHECK(QFile::exists(file));
    CHECK(readAll(file) == png);
    // The same bytes again: a second row, one file, nothing overwritten.
    REQUIRE(fx.store->attachPhoto(a->uuid, QStringLiteral("after"), png).ok());
    CHECK(fx.store->photos(a->uuid)->size() == 2);
    CHECK(InventoryVerifier::run(*fx.store).ok());

    SECTION("a damaged file is caught")
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(10);
        f.write("XX");
        f.close();
        const auto report = InventoryVerifier::run(*fx.store);
        REQUIRE_FALSE(report.ok());
        CHECK(report.problems.join('\n').contains(QStringLiteral("hash mismatch")));
    }
    SECTION("a missing file is caught")
    {
        REQUIRE(QFile::remove(file));
        CHECK(InventoryVerifier::run(*fx.store).problems.join('\n').contains(QStringLiteral("file missing")));
    }
}
