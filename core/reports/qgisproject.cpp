#include "reports/qgisproject.h"
#include "text.h"
#include "crsdefinition.h"
#include "io/storedzip.h"
#include "store/assetstore.h"
#include "store/layerstyles.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gc::core {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

// EPSG:5186 as QGIS writes a CRS: it reads the WKT (PROJ's own), so no srs.db id is needed.
QString spatialRefSys()
{
    static const QString xml = [] {
        const QString wkt = geo::CrsDefinition::wkt(5186, geo::CrsDefinition::Wkt::Wkt2_2019);
        const QString proj4 = geo::CrsDefinition::proj4(5186);
        return QStringLiteral("<spatialrefsys><wkt>%1</wkt><proj4>%2</proj4><srid>5186</srid><authid>EPSG:5186</authid>"
                              "<description>Korea 2000 / Central Belt 2010</description><projectionacronym>tmerc</projectionacronym>"
                              "<ellipsoidacronym>EPSG:7019</ellipsoidacronym><geographicflag>false</geographicflag></spatialrefsys>")
            .arg(esc(wkt), esc(proj4));
    }();
    return xml;
}

QString extentXml(const char *tag, const double e[4])
{
    return QStringLiteral("<%1><xmin>%2</xmin><ymin>%3</ymin><xmax>%4</xmax><ymax>%5</ymax></%1>")
        .arg(QLatin1String(tag))
        .arg(e[0], 0, 'f', 3)
        .arg(e[1], 0, 'f', 3)
        .arg(e[2], 0, 'f', 3)
        .arg(e[3], 0, 'f', 3);
}

struct Layer {
    const char *table, *id, *geometry, *wkbType; // named as the tables: the choropleth's aggregate() finds "assets"
    QString symbology;
};

QString mapLayer(const Layer &l, const QString &source, const double extent[4])
{
    const bool spatial = QLatin1String(l.geometry) != QLatin1String("No geometry");
    return QStringLiteral("<maplayer type=\"vector\" geometry=\"%1\" wkbType=\"%2\" labelsEnabled=\"%3\" readOnly=\"0\" "
                          "hasScaleBasedVisibilityFlag=\"0\" minScale=\"100000000\" maxScale=\"0\" styleCategories=\"AllStyleCategories\">"
                          "%4<id>%5</id><datasource>%6</datasource><layername>%7</layername><srs>%8</srs>"
                          "<provider encoding=\"UTF-8\">ogr</provider>%9</maplayer>")
        .arg(QLatin1String(l.geometry), QLatin1String(l.wkbType), l.symbology.contains(QLatin1String("<labeling")) ? QStringLiteral("1") : QStringLiteral("0"),
             spatial ? extentXml("extent", extent) : QString(), QLatin1String(l.id), esc(source), QLatin1String(l.table),
             spatial ? spatialRefSys() : QString(), l.symbology);
}

Result<std::vector<double>> dongBreaks(const SqliteDb &db)
{
    auto shares = LayerStyles::dongShares(db);
    if (!shares)
        return shares.error();
    return LayerStyles::classBreaks(*shares);
}

} // namespace

QString QgisProject::projectXml(const QString &title, const QString &gpkgFile, const double extent[4], const std::vector<double> &breaks)
{
    // Top of the layer tree first: assets over dongs; the event log is a table.
    const std::vector<Layer> layers{
        {"assets", "goodcity_assets", "Point", "Point", LayerStyles::assetsSymbology()},
        {"dongs", "goodcity_dongs", "Polygon", "MultiPolygon", LayerStyles::dongsSymbology(breaks)},
        {"asset_events", "goodcity_asset_events", "No geometry", "NoGeometry", QString()},
    };
    QString tree, maps, order;
    for (const Layer &l : layers) {
        // Relative to the project file, so the folder moves as a whole.
        const QString source = QStringLiteral("./%1|layername=%2").arg(gpkgFile, QLatin1String(l.table));
        tree += QStringLiteral("<layer-tree-layer id=\"%1\" name=\"%2\" source=\"%3\" providerKey=\"ogr\" checked=\"Qt::Checked\" expanded=\"1\">"
                               "<customproperties/></layer-tree-layer>")
                    .arg(QLatin1String(l.id), QLatin1String(l.table), esc(source));
        maps += mapLayer(l, source, extent);
        order += QStringLiteral("<layer id=\"%1\"/>").arg(QLatin1String(l.id));
    }
    return QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                          "<qgis projectname=\"%1\" version=\"3.22.16-Białowieża\">"
                          "<homePath path=\"\"/><title>%1</title>"
                          "<projectCrs>%2</projectCrs>"
                          "<layer-tree-group><customproperties/>%3</layer-tree-group>"
                          "<mapcanvas name=\"theMapCanvas\" annotationsVisible=\"1\"><units>meters</units>%4"
                          "<rotation>0</rotation><destinationsrs>%2</destinationsrs><rendermaptile>0</rendermaptile></mapcanvas>"
                          "<projectlayers>%5</projectlayers>"
                          "<layerorder>%6</layerorder>"
                          "<properties><Paths><Absolute type=\"bool\">false</Absolute></Paths>"
                          "<SpatialRefSys><ProjectionsEnabled type=\"int\">1</ProjectionsEnabled></SpatialRefSys>"
                          "<Measurement><DistanceUnits type=\"QString\">meters</DistanceUnits><AreaUnits type=\"QString\">m2</AreaUnits></Measurement>"
                          "</properties></qgis>\n")
        .arg(esc(title), spatialRefSys(), tree, extentXml("extent", extent), maps, order);
}

Result<QgisProject::Written> QgisProject::write(const AssetStore &store, const QString &dirIn, const QString &nameIn)
{
    const QString name = nameIn.isEmpty() ? QFileInfo(store.path()).completeBaseName() : nameIn;
    if (!QDir().mkpath(dirIn))
        return makeError(ErrorCode::Io, tx("%1: %2", dirIn, tx(QT_TRANSLATE_NOOP("gc", "cannot create the folder"))));
    const QDir dir(dirIn);
    Written out{dir.absoluteFilePath(name + QStringLiteral(".gpkg")), dir.absoluteFilePath(name + QStringLiteral(".qgz"))};
    if (QFileInfo(out.gpkg).canonicalFilePath() == QFileInfo(store.path()).canonicalFilePath())
        return makeError(ErrorCode::Usage, tx("%1: %2", out.gpkg, tx(QT_TRANSLATE_NOOP("gc", "will not overwrite the inventory itself"))));

    // A consistent copy of the open inventory, WAL included, written by SQLite itself.
    const QString part = out.gpkg + QStringLiteral(".part");
    QFile::remove(part);
    auto copy = StoreAccess::db(store).prepare(QStringLiteral("VACUUM INTO ?1"));
    if (!copy)
        return copy.error();
    copy->bind(1, part);
    if (auto r = copy->run(); !r)
        return makeError(ErrorCode::Io, tx("%1: %2", out.gpkg, tx(QT_TRANSLATE_NOOP("gc", "cannot write the copy: %1"), r.error().message())));
    // The styles in the copy carry today's classes, as the project's choropleth does.
    if (auto r = LayerStyles::writeToFile(part); !r)
        return r.error();
    double extent[4] = {0, 0, 0, 0};
    std::vector<double> breaks;
    {
        auto db = SqliteDb::open(part, SqliteDb::Mode::ReadOnly);
        if (!db)
            return db.error();
        auto b = dongBreaks(*db);
        if (!b)
            return b.error();
        breaks = *b;
        auto e = db->prepare(QStringLiteral("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_dongs_geom"));
        if (!e)
            return e.error();
        if (e->step() && !e->isNull(0))
            for (int i = 0; i < 4; ++i)
                extent[i] = e->toDouble(i);
    }
    QFile::remove(out.gpkg);
    if (!QFile::rename(part, out.gpkg))
        return makeError(ErrorCode::Io, tx("%1: %2", out.gpkg, tx(QT_TRANSLATE_NOOP("gc", "cannot write the file"))));
    const QString title = QStringLiteral("좋은 도시 금천 — %1").arg(name);
    const QByteArray qgs = projectXml(title, QFileInfo(out.gpkg).fileName(), extent, breaks).toUtf8();
    if (auto r = StoredZip::write(out.qgz, {{name + QStringLiteral(".qgs"), qgs}}); !r)
        return r.error();
    return out;
}

} // namespace gc::core
