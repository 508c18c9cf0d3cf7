#include "store/assetstore.h"
#include "store/layerstore.h"
#include "store/sqlitedb.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

using namespace gc::core;

TEST_CASE("The layer list round-trips through the inventory, which stays a valid GeoPackage", "[layers]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("inv.gpkg"));
    {
        auto store = AssetStore::create(path);
        REQUIRE(store.ok());
    }
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadWrite);
    REQUIRE(db.ok());

    auto empty = LayerStore::load(*db);
    REQUIRE(empty.ok());
    CHECK(empty->empty());

    LayerRecord dongs;
    dongs.name = QStringLiteral("행정동");
    dongs.kind = QStringLiteral("inventory");
    dongs.sourceLayer = QStringLiteral("dongs");
    dongs.labelField = QStringLiteral("name_ko");
    LayerRecord ortho;
    ortho.name = QStringLiteral("정사영상 2023");
    ortho.kind = QStringLiteral("raster");
    ortho.path = QStringLiteral("/data/ortho 2023.tif");
    ortho.opacity = 0.6;
    ortho.visible = false;
    LayerRecord legacy;
    legacy.name = QStringLiteral("옛 가로등");
    legacy.path = QStringLiteral("/data/lamps.shp");
    legacy.encoding = QStringLiteral("CP949");
    legacy.crs = QStringLiteral("EPSG:5174");
    legacy.fill = QStringLiteral("#80ff0000");

    REQUIRE(LayerStore::save(*db, {ortho, dongs, legacy}).ok());
    auto loaded = LayerStore::load(*db);
    REQUIRE(loaded.ok());
    CHECK(*loaded == std::vector<LayerRecord>{ortho, dongs, legacy});

    // A second save replaces the list (reordered, one removed).
    REQUIRE(LayerStore::save(*db, {dongs, ortho}).ok());
    loaded = LayerStore::load(*db);
    REQUIRE(loaded.ok());
    CHECK(*loaded == std::vector<LayerRecord>{dongs, ortho});

    auto kind = db->scalarText(QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name = 'gc_layers'"));
    REQUIRE(kind.ok());
    CHECK(*kind == QLatin1String("attributes"));

    QProcess validate;
    validate.start(QStringLiteral("/usr/bin/python3"),
                   {QStringLiteral("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"), path});
    REQUIRE(validate.waitForFinished(60000));
    INFO(validate.readAllStandardError().toStdString() << validate.readAllStandardOutput().toStdString());
    CHECK(validate.exitCode() == 0);
}

TEST_CASE("Saving into a read-only inventory is a clear error", "[layers]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("inv.gpkg"));
    {
        auto store = AssetStore::create(path);
        REQUIRE(store.ok());
    }
    auto db = SqliteDb::open(path, SqliteDb::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto r = LayerStore::save(*db, {LayerRecord{}});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(path));
}
