#include "store/schema.h"
#include "text.h"
#include "crsdefinition.h"
#include "model/assetfields.h"
#include "store/layerstyles.h"
#include "store/storeparts.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <functional>

namespace gc::core {

namespace {

constexpr int kApplicationId = 0x47504B47; // "GPKG"

QString srsWkt(int epsg)
{
    const QString wkt = geo::CrsDefinition::wkt(epsg);
    return wkt.isEmpty() ? QStringLiteral("undefined") : wkt;
}

QString sqlType(AssetField::Type t)
{
    switch (t) {
    case AssetField::Type::Int: return QStringLiteral("INTEGER");
    case AssetField::Type::Bool: return QStringLiteral("BOOLEAN");
    case AssetField::Type::Real: return QStringLiteral("DOUBLE");
    case AssetField::Type::Text: break;
    }
    return QStringLiteral("TEXT");
}

// The R-tree of a feature table and its triggers, as the GeoPackage R-tree extension defines them.
QString rtreeDdl(const QString &t, const QString &c)
{
    const QString r = QStringLiteral("rtree_%1_%2").arg(t, c);
    QString s = QStringLiteral("CREATE VIRTUAL TABLE \"%1\" USING rtree(id, minx, maxx, miny, maxy);\n").arg(r);
    const QString ins = QStringLiteral("INSERT OR REPLACE INTO \"%1\" VALUES (NEW.\"fid\",ST_MinX(NEW.\"%2\"), "
                                       "ST_MaxX(NEW.\"%2\"),ST_MinY(NEW.\"%2\"), ST_MaxY(NEW.\"%2\"));")
                            .arg(r, c);
    s += QStringLiteral("CREATE TRIGGER \"%1_insert\" AFTER INSERT ON \"%2\" WHEN (new.\"%3\" NOT NULL AND NOT "
                        "ST_IsEmpty(NEW.\"%3\")) BEGIN %4 END;\n")
             .arg(r, t, c, ins);
    s += QStringLiteral("CREATE TRIGGER \"%1_update1\" AFTER UPDATE OF \"%3\" ON \"%2\" WHEN OLD.\"fid\" = NEW.\"fid\" AND "
                        "(NEW.\"%3\" NOTNULL AND NOT ST_IsEmpty(NEW.\"%3\")) BEGIN %4 END;\n")
             .arg(r, t, c, ins);
    s += QStringLiteral("CREATE TRIGGER \"%1_update2\" AFTER UPDATE OF \"%3\" ON \"%2\" WHEN OLD.\"fid\" = NEW.\"fid\" AND "
                        "(NEW.\"%3\" ISNULL OR ST_IsEmpty(NEW.\"%3\")) BEGIN DELETE FROM \"%1\" WHERE id = OLD.\"fid\"; END;\n")
             .arg(r, t, c);
    s += QStringLiteral("CREATE TRIGGER \"%1_update3\" AFTER UPDATE ON \"%2\" WHEN OLD.\"fid\" != NEW.\"fid\" AND "
                        "(NEW.\"%3\" NOTNULL AND NOT ST_IsEmpty(NEW.\"%3\")) BEGIN DELETE FROM \"%1\" WHERE id = OLD.\"fid\"; %4 END;\n")
             .arg(r, t, c, ins);
    s += QStringLiteral("CREATE TRIGGER \"%1_update4\" AFTER UPDATE ON \"%2\" WHEN OLD.\"fid\" != NEW.\"fid\" AND "
                        "(NEW.\"%3\" ISNULL OR ST_IsEmpty(NEW.\"%3\")) BEGIN DELETE FROM \"%1\" WHERE id IN (OLD.\"fid\", NEW.\"fid\"); END;\n")
             .arg(r, t, c);
    s += QStringLiteral("CREATE TRIGGER \"%1_delete\" AFTER DELETE ON \"%2\" WHEN old.\"%3\" NOT NULL BEGIN DELETE FROM "
                        "\"%1\" WHERE id = OLD.\"fid\"; END;\n")
             .arg(r, t, c);
    s += QStringLiteral("INSERT INTO gpkg_extensions VALUES ('%1','%2','gpkg_rtree_index',"
                        "'http://www.geopackage.org/spec120/#extension_rtree','write-only');\n")
             .arg(t, c);
    return s;
}

VoidResult migrateTo1(const SqliteDb &db)
{
    QString ddl = QStringLiteral(R"(
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
CREATE TABLE gc_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT);
INSERT INTO gc_meta VALUES ('format', 'goodcity-inventory');
CREATE TABLE "dongs" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "geom" MULTIPOLYGON, "adm_code" TEXT NOT NULL UNIQUE,
  "name_ko" TEXT NOT NULL, "name_en" TEXT);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  VALUES ('dongs', 'features', 'dongs', '금천구 행정동 / Geumcheon-gu administrative dongs (KOSTAT 2018, KOGL Type 1)', 5186);
INSERT INTO gpkg_geometry_columns VALUES ('dongs', 'geom', 'MULTIPOLYGON', 5186, 0, 0);
CREATE TABLE "asset_events" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "event_id" TEXT NOT NULL UNIQUE,
  "hlc" TEXT NOT NULL, "occurred_at" TEXT NOT NULL, "actor" TEXT NOT NULL, "device" TEXT NOT NULL, "kind" TEXT NOT NULL,
  "asset_uuid" TEXT, "payload" TEXT NOT NULL);
CREATE INDEX asset_events_order ON asset_events (hlc, event_id);
CREATE INDEX asset_events_asset ON asset_events (asset_uuid, hlc);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('asset_events', 'attributes', 'asset_events', '변경 이력(추가 전용) / append-only event log');
CREATE TABLE "photos" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "photo_id" TEXT NOT NULL UNIQUE,
  "sha256" TEXT NOT NULL, "asset_uuid" TEXT, "role" TEXT NOT NULL, "bytes" INTEGER NOT NULL, "width" INTEGER,
  "phash" TEXT,
  "height" INTEGER, "mime" TEXT, "taken_at" TEXT, "lat" DOUBLE, "lon" DOUBLE, "added_at" TEXT NOT NULL, "added_by" TEXT);
CREATE INDEX photos_sha ON photos (sha256);
CREATE INDEX photos_asset ON photos (asset_uuid);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('photos', 'attributes', 'photos', '사진 / photos (files named by SHA-256 beside the GeoPackage)');
)");
    QString assetCols;
    for (const auto &f : assetfields::all()) {
        assetCols += QStringLiteral(", \"%1\" %2").arg(QLatin1String(f.key), sqlType(f.type));
    }
    ddl += QStringLiteral("CREATE TABLE \"assets\" (\"fid\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, \"geom\" POINT, "
                          "\"uuid\" TEXT NOT NULL UNIQUE%1, \"created_at\" TEXT, \"updated_at\" TEXT, \"last_hlc\" TEXT);\n")
               .arg(assetCols);
    ddl += QStringLiteral(R"(
CREATE INDEX assets_code ON assets (code);
CREATE INDEX assets_category ON assets (category, status);
CREATE INDEX assets_status ON assets (status);
CREATE INDEX assets_dong ON assets (dong_code, status);
CREATE INDEX assets_department ON assets (department, status);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
  VALUES ('assets', 'features', 'assets', '브랜드 마크 대상 공공시설물 / public assets that carry the brand mark', 5186);
INSERT INTO gpkg_geometry_columns VALUES ('assets', 'geom', 'POINT', 5186, 0, 0);
)");
    ddl += rtreeDdl(QStringLiteral("assets"), QStringLiteral("geom"));
    ddl += rtreeDdl(QStringLiteral("dongs"), QStringLiteral("geom"));
    if (auto r = db.exec(ddl); !r)
        return r;

    auto srs = db.prepare(QStringLiteral("INSERT INTO gpkg_spatial_ref_sys VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!srs)
        return srs.error();
    struct S { const char *name; int id; const char *org; int orgId; QString def; const char *desc; };
    const S rows[] = {
        {"Undefined cartesian SRS", -1, "NONE", -1, QStringLiteral("undefined"), "undefined cartesian coordinate reference system"},
        {"Undefined geographic SRS", 0, "NONE", 0, QStringLiteral("undefined"), "undefined geographic coordinate reference system"},
        {"WGS 84 geodetic", 4326, "EPSG", 4326, srsWkt(4326), "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"},
        {"Korea 2000 / Central Belt 2010", 5186, "EPSG", 5186, srsWkt(5186), "Korea 2000 / Central Belt 2010"},
    };
    for (const auto &r : rows) {
        srs->reset();
        srs->bind(1, r.name).bind(2, r.id).bind(3, r.org).bind(4, r.orgId).bind(5, r.def).bind(6, r.desc);
        if (auto e = srs->run(); !e)
            return e;
    }
    return Ok{};
}

// Department demand surveys (W1.6): campaigns, one submission per department and campaign, and the
// submitted rows. All three are materialized from survey.* events in asset_events, like `assets`.
VoidResult migrateTo2(const SqliteDb &db)
{
    return db.exec(QStringLiteral(R"(
CREATE TABLE "survey_campaigns" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "survey_id" TEXT NOT NULL UNIQUE,
  "title" TEXT NOT NULL, "deadline" TEXT, "categories" TEXT, "variants" TEXT, "state" TEXT NOT NULL,
  "opened_at" TEXT NOT NULL, "opened_by" TEXT, "closed_at" TEXT, "closed_by" TEXT);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('survey_campaigns', 'attributes', 'survey_campaigns', '부서별 수요조사 / department demand surveys');
CREATE TABLE "survey_submissions" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "survey_id" TEXT NOT NULL,
  "department" TEXT NOT NULL, "state" TEXT NOT NULL, "comment" TEXT, "revision" INTEGER NOT NULL DEFAULT 0,
  "updated_at" TEXT, "updated_by" TEXT, "submitted_at" TEXT, "reviewed_at" TEXT, "reviewed_by" TEXT,
  UNIQUE ("survey_id", "department"));
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('survey_submissions', 'attributes', 'survey_submissions', '수요조사 부서별 제출 / survey submissions by department');
CREATE TABLE "survey_rows" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "row_id" TEXT NOT NULL UNIQUE,
  "survey_id" TEXT NOT NULL, "department" TEXT NOT NULL, "seq" INTEGER NOT NULL, "asset_code" TEXT, "category" TEXT NOT NULL,
  "name" TEXT, "needed" BOOLEAN NOT NULL, "mark_count" INTEGER, "method" TEXT, "mark_size" TEXT, "variant" TEXT,
  "address" TEXT, "x" DOUBLE, "y" DOUBLE, "photo_sha256" TEXT, "note" TEXT, "result_asset_uuid" TEXT);
CREATE INDEX survey_rows_submission ON survey_rows (survey_id, department, seq);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('survey_rows', 'attributes', 'survey_rows', '수요조사 행(좌표 EPSG:5186) / survey rows (x, y in EPSG:5186)');
CREATE INDEX asset_events_kind ON asset_events (kind, hlc);
)"));
}

// Schema 3 is the office dashboard's (W1.5: summary tables kept by triggers on `assets`) and schema 4
// the field crews' (W1.4: crew users and proposed places); each capability registers its part.
template <int Version>
VoidResult migrateByPart(const SqliteDb &db)
{
    if (const StorePart *part = storeparts::installing(Version))
        return part->install(db);
    return makeError(ErrorCode::SchemaPartMissing,
                     gc::tx(QT_TRANSLATE_NOOP("gc", "no store part registered for schema %1 (link gc_core)"), Version));
}
VoidResult migrateTo3(const SqliteDb &db) { return migrateByPart<3>(db); }
VoidResult migrateTo4(const SqliteDb &db) { return migrateByPart<4>(db); }

// Map styles that travel in the file (W2.7): QGIS opens the layers styled like the app.
VoidResult migrateTo5(const SqliteDb &db) { return LayerStyles::write(db); }

using Migration = std::function<VoidResult(const SqliteDb &)>;
const Migration kMigrations[] = {migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5};
static_assert(std::size(kMigrations) == Schema::kLatest);

} // namespace

QString Schema::assetColumns()
{
    QStringList cols{QStringLiteral("uuid")};
    for (const auto &f : assetfields::all())
        cols << QLatin1String(f.key);
    cols << QStringLiteral("created_at") << QStringLiteral("updated_at") << QStringLiteral("last_hlc");
    return cols.join(QLatin1Char(','));
}

Result<int> Schema::version(const SqliteDb &db)
{
    auto tables = db.scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables) {
        if (tables.error().code == QLatin1String("not_a_database"))
            return makeError(ErrorCode::NotGeopackage,
                             gc::tx("%1: %2", db.path(), gc::tx(QT_TRANSLATE_NOOP("gc", "not a GeoPackage (SQLite) file"))));
        return tables.error();
    }
    if (*tables == 0)
        return 0;
    auto app = db.scalarInt(QStringLiteral("PRAGMA application_id"));
    auto user = db.scalarInt(QStringLiteral("PRAGMA user_version"));
    if (!app || !user)
        return makeError(ErrorCode::Sqlite, db.lastError());
    if (*app != kApplicationId)
        return makeError(ErrorCode::NotGeopackage,
                         gc::tx("%1: %2", db.path(), gc::tx(QT_TRANSLATE_NOOP("gc", "not a GeoPackage (its application_id is not GPKG)"))));
    if (!db.tableExists(QStringLiteral("gc_meta")))
        return -1;
    const int v = int(*user) - kGpkgBase;
    return v < 1 ? -1 : v;
}

VoidResult Schema::checkIsInventory(const SqliteDb &db)
{
    auto v = version(db);
    if (!v)
        return v.error();
    if (*v == -1)
        return makeError(ErrorCode::NotInventory,
                         gc::tx("%1: %2", db.path(), gc::tx(QT_TRANSLATE_NOOP("gc", "this GeoPackage is not a goodcity inventory; bring its features in with `goodcity-cli import`"))));
    if (*v > kLatest)
        return makeError(ErrorCode::NewerSchema,
                         gc::tx("%1: %2", db.path(), gc::tx(QT_TRANSLATE_NOOP("gc", "made by a newer goodcity (schema %1); this version reads up to schema %2. Update goodcity; the file was not changed."), *v, kLatest)));
    return Ok{};
}

VoidResult Schema::migrate(const SqliteDb &db)
{
    auto v = version(db);
    if (!v)
        return v.error();
    if (*v != 0) {
        if (auto ok = checkIsInventory(db); !ok)
            return ok;
    }
    for (int next = std::max(*v, 0) + 1; next <= kLatest; ++next) {
        Transaction tx(db);
        if (!tx.begun())
            return makeError(ErrorCode::ReadOnly,
                             gc::tx("%1: %2", db.path(), gc::tx(QT_TRANSLATE_NOOP("gc", "cannot write the file (read-only?): %1"), tx.beginError())));
        if (next == 1) {
            if (auto r = db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
                return r;
        }
        if (auto r = kMigrations[next - 1](db); !r)
            return makeError(r.error().code,
                             gc::tx("%1: %2", db.path(),
                                    gc::tx(QT_TRANSLATE_NOOP("gc", "migration to schema %1 failed; the file is unchanged: %2"), next, r.error().text)));
        if (auto r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kGpkgBase + next)); !r)
            return r;
        if (auto r = tx.commit(); !r)
            return r;
    }
    return Ok{};
}

} // namespace gc::core
