#include "store/layerstore.h"
#include "text.h"
#include "gpkggeometry.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

namespace gc::core {

namespace {
const char *kColumns = "name, kind, path, source_layer, encoding, crs, label_field, fill, stroke, opacity, visible";
}

Result<std::vector<LayerRecord>> LayerStore::load(const SqliteDb &db)
{
    std::vector<LayerRecord> out;
    if (!db.tableExists(QStringLiteral("gc_layers")))
        return out;
    auto st = db.prepare(QStringLiteral("SELECT %1 FROM gc_layers ORDER BY position, fid").arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    while (st->step()) {
        LayerRecord r;
        r.name = st->toText(0);
        r.kind = st->toText(1);
        r.path = st->toText(2);
        r.sourceLayer = st->toText(3);
        r.encoding = st->toText(4);
        r.crs = st->toText(5);
        r.labelField = st->toText(6);
        r.fill = st->toText(7);
        r.stroke = st->toText(8);
        r.opacity = st->isNull(9) ? 1.0 : st->toDouble(9);
        r.visible = st->toInt(10) != 0;
        out.push_back(r);
    }
    if (st->failed())
        return makeError(ErrorCode::Sqlite, st->error());
    return out;
}

namespace {
VoidResult saveLayers(const SqliteDb &db, const std::vector<LayerRecord> &layers)
{
    Transaction tx(db);
    if (!tx.begun())
        return makeError(ErrorCode::ReadOnly,
                         gc::tx("%1: %2", db.path(), gc::tx(QT_TRANSLATE_NOOP("gc", "cannot save the layer list (read-only?): %1"), tx.beginError())));
    if (auto r = db.exec(QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS gc_layers ("fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "position" INTEGER NOT NULL,
  "name" TEXT NOT NULL, "kind" TEXT NOT NULL, "path" TEXT, "source_layer" TEXT, "encoding" TEXT, "crs" TEXT,
  "label_field" TEXT, "fill" TEXT, "stroke" TEXT, "opacity" DOUBLE, "visible" BOOLEAN NOT NULL);
INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description)
  VALUES ('gc_layers', 'attributes', 'gc_layers', '지도 레이어 목록 / the map''s layer list (order, visibility, style)');
DELETE FROM gc_layers;
UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = 'gc_layers';
)"));
        !r)
        return r;
    auto st = db.prepare(QStringLiteral("INSERT INTO gc_layers (position, %1) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                             .arg(QLatin1String(kColumns)));
    if (!st)
        return st.error();
    int position = 0;
    for (const LayerRecord &r : layers) {
        st->reset();
        st->bind(1, position++)
            .bind(2, r.name)
            .bind(3, r.kind)
            .bind(4, r.path)
            .bind(5, r.sourceLayer)
            .bind(6, r.encoding)
            .bind(7, r.crs)
            .bind(8, r.labelField)
            .bind(9, r.fill)
            .bind(10, r.stroke)
            .bind(11, r.opacity)
            .bind(12, r.visible ? 1 : 0);
        if (auto e = st->run(); !e)
            return e;
    }
    return tx.commit();
}
} // namespace

VoidResult LayerStore::save(const SqliteDb &db, const std::vector<LayerRecord> &layers)
{
    auto r = saveLayers(db, layers);
    if (!r && !r.error().message().startsWith(db.path()))
        return makeError(r.error().code, tx("%1: %2", db.path(), tx(QT_TRANSLATE_NOOP("gc", "cannot save the layer list: %1"), r.error().text)));
    return r;
}

Result<std::vector<LayerRecord>> LayerStore::load(const QString &inventoryPath)
{
    auto db = SqliteDb::open(inventoryPath, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    return load(*db);
}

VoidResult LayerStore::save(const QString &inventoryPath, const std::vector<LayerRecord> &layers)
{
    auto db = SqliteDb::open(inventoryPath, SqliteDb::Mode::ReadWrite);
    if (!db)
        return db.error();
    return save(*db, layers);
}


Result<LayerStore::TableFeatures> LayerStore::readFeatures(const QString &inventoryPath, const QString &table, const QString &labelField,
                                                           const QString &keyField)
{
    auto db = SqliteDb::open(inventoryPath, SqliteDb::Mode::ReadOnly);
    if (!db)
        return db.error();
    auto srs = db->prepare(QStringLiteral("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?1"));
    if (!srs)
        return srs.error();
    srs->bind(1, table);
    if (!srs->step())
        return makeError(ErrorCode::NoSuchLayer, gc::tx("%1: %2", inventoryPath, gc::tx(QT_TRANSLATE_NOOP("gc", "has no layer \"%1\""), table)));
    TableFeatures out;
    const QString geomColumn = srs->toText(0);
    out.crs = QStringLiteral("EPSG:%1").arg(srs->toInt(1));
    auto quoted = [](const QString &name) { return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); };
    auto columns = db->prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
    if (!columns)
        return columns.error();
    columns->bind(1, table);
    QStringList names;
    while (columns->step())
        names << columns->toText(0);
    auto columnOrEmpty = [&](const QString &c) { return names.contains(c) ? quoted(c) : QStringLiteral("''"); };
    auto rows = db->prepare(QStringLiteral("SELECT %1, %2, %3 FROM %4").arg(quoted(geomColumn), columnOrEmpty(labelField), columnOrEmpty(keyField), quoted(table)));
    if (!rows)
        return rows.error();
    while (rows->step())
        out.features.push_back({gpkg::wkbOf(rows->toBlob(0)), rows->toText(1), rows->toText(2)});
    if (rows->failed())
        return makeError(ErrorCode::Sqlite, rows->error());
    return out;
}

} // namespace gc::core
