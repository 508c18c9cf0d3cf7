#include "io/assetexporter.h"
#include "gdaldrivers.h"
#include "store/filteredrows.h"
#include "store/layerstyles.h"
#include "domain/assetfields.h"
#include "store/assetstore.h"
#include "domain/catalog.h"
#include "domain/fieldcatalog.h"
#include "cplerrorscope.h"
#include "crstransform.h"
#include "gpkggeometry.h"
#include "sqlite/sqlitedb.h"
#include "sqlite/statement.h"
#include "store/storeaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace gc::core {

namespace {

const char *driverName(AssetExporter::Format f)
{
    switch (f) {
    case AssetExporter::Format::Xlsx: return "XLSX";
    case AssetExporter::Format::Csv: return "CSV";
    case AssetExporter::Format::Gpkg: return "GPKG";
    case AssetExporter::Format::GeoJson: return "GeoJSON";
    }
    return "";
}

bool spreadsheet(AssetExporter::Format f) { return f == AssetExporter::Format::Xlsx || f == AssetExporter::Format::Csv; }

Error ioError(const QString &path, const QString &what, const CplErrorScope &cpl)
{
    return makeError(QStringLiteral("io"), QStringLiteral("%1: %2 / %3").arg(path, what, cpl.last().isEmpty() ? QStringLiteral("GDAL error") : cpl.last()));
}

} // namespace

std::optional<AssetExporter::Format> AssetExporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("xlsx")) return Format::Xlsx;
    if (n == QLatin1String("csv")) return Format::Csv;
    if (n == QLatin1String("gpkg") || n == QLatin1String("geopackage")) return Format::Gpkg;
    if (n == QLatin1String("geojson") || n == QLatin1String("json")) return Format::GeoJson;
    return std::nullopt;
}

namespace {

OGRLayer *createLayer(GDALDataset &ds, AssetExporter::Format format, const OGRSpatialReference *srs)
{
    using Format = AssetExporter::Format;
    char **layerOptions = nullptr;
    if (format == Format::Csv)
        layerOptions = CSLSetNameValue(layerOptions, "WRITE_BOM", "YES");
    if (format == Format::GeoJson)
        layerOptions = CSLSetNameValue(layerOptions, "RFC7946", "YES");
    if (format == Format::Gpkg)
        layerOptions = CSLSetNameValue(layerOptions, "DESCRIPTION", "goodcity 자산 내보내기 / goodcity asset export");
    OGRLayer *layer = ds.CreateLayer(AssetExporter::sheetName().toUtf8().constData(), const_cast<OGRSpatialReference *>(srs),
                                     spreadsheet(format) ? wkbNone : wkbPoint, layerOptions);
    CSLDestroy(layerOptions);
    return layer;
}

// uuid, the fields (Korean headers in a spreadsheet), then the dong's name (and lon/lat in a sheet).
bool createColumns(OGRLayer &layer, bool sheet)
{
    auto addField = [&](const QString &name, OGRFieldType type) {
        OGRFieldDefn def(name.toUtf8().constData(), type);
        return layer.CreateField(&def) == OGRERR_NONE;
    };
    bool fieldsOk = addField(QStringLiteral("uuid"), OFTString);
    for (const auto &f : assetfields::all()) {
        const QString name = sheet ? QString::fromUtf8(f.ko) : QLatin1String(f.key);
        const OGRFieldType type = f.type == AssetField::Type::Int ? OFTInteger
                                  : f.type == AssetField::Type::Real ? OFTReal
                                  : f.type == AssetField::Type::Bool && !sheet ? OFTInteger
                                                                               : OFTString;
        fieldsOk = fieldsOk && addField(name, type);
    }
    if (sheet)
        return fieldsOk && addField(AssetExporter::dongNameHeader(), OFTString) && addField(AssetExporter::lonHeader(), OFTReal) && addField(AssetExporter::latHeader(), OFTReal);
    return fieldsOk && addField(QStringLiteral("dong_name"), OFTString);
}

// Field i of the feature from column `col` of the row: labels and 예/아니오 in a spreadsheet, codes elsewhere.
void setField(OGRFeature &feature, int i, const AssetField &f, const Statement &rows, int col, bool sheet)
{
    switch (f.type) {
    case AssetField::Type::Int: feature.SetField(i, int(rows.toInt(col))); break;
    case AssetField::Type::Real: feature.SetField(i, rows.toDouble(col)); break;
    case AssetField::Type::Bool:
        if (sheet)
            feature.SetField(i, rows.toInt(col) ? "예" : "아니오");
        else
            feature.SetField(i, int(rows.toInt(col) ? 1 : 0));
        break;
    case AssetField::Type::Text: {
        const QString key = QLatin1String(f.key);
        QString v = rows.toText(col);
        if (sheet && !catalog::forField(key).empty())
            v = catalog::labelKo(catalog::forField(key), v);
        feature.SetField(i, v.toUtf8().constData());
        break;
    }
    }
}

// One selected row (geom, uuid, the fields, the dong's name) as a feature of the export's layer.
void fillFeature(OGRFeature &feature, const Statement &rows, AssetExporter::Format format, const geo::CrsTransform &toWgs84)
{
    const bool sheet = spreadsheet(format);
    const auto fields = assetfields::all();
    const int dongCol = 2 + int(fields.size());
    feature.SetField(0, rows.toText(1).toUtf8().constData());
    int i = 1;
    for (const auto &f : fields) {
        const int col = 1 + i;
        if (!rows.isNull(col))
            setField(feature, i, f, rows, col, sheet);
        ++i;
    }
    feature.SetField(i, rows.toText(dongCol).toUtf8().constData());
    double x = 0, y = 0;
    if (rows.isNull(0) || !gpkg::decodePoint(rows.toBlob(0), x, y))
        return;
    if (format == AssetExporter::Format::Gpkg) {
        feature.SetGeometry(std::make_unique<OGRPoint>(x, y).get());
        return;
    }
    double lon = x, lat = y;
    if (!toWgs84.transform(lon, lat))
        return;
    if (sheet) {
        feature.SetField(i + 1, lon);
        feature.SetField(i + 2, lat);
    } else {
        feature.SetGeometry(std::make_unique<OGRPoint>(lon, lat).get());
    }
}

} // namespace

Result<qint64> AssetExporter::write(const AssetStore &store, const QString &out, Format format, const AssetFilter &filter,
                                    const std::function<void(qint64, qint64)> &progress)
{
    const QFileInfo target(out);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(store.path()).canonicalFilePath())
        return makeError(QStringLiteral("usage"),
                         QStringLiteral("%1: 인벤토리 파일 자체에는 내보낼 수 없습니다 / cannot export over the inventory itself").arg(out));
    if (!target.absoluteDir().exists())
        return makeError(QStringLiteral("io"), QStringLiteral("%1: 폴더가 없습니다 / the folder does not exist").arg(target.absolutePath()));

    QStringList cols;
    for (const auto &f : assetfields::all())
        cols << QStringLiteral("a.\"%1\"").arg(QLatin1String(f.key));
    auto selected = FilteredRows::select(store, filter, QStringLiteral("a.geom, a.uuid, %1, d.name_ko").arg(cols.join(QLatin1Char(','))),
                                         QStringLiteral("a.fid"));
    if (!selected)
        return selected.error();
    const qint64 total = selected->total;
    Statement *rows = &selected->rows;

    CplErrorScope cpl;
    geo::ensureGdalDrivers();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName(format));
    if (!driver)
        return makeError(QStringLiteral("io"), QStringLiteral("GDAL %1 드라이버가 없습니다 / GDAL has no %1 driver").arg(QLatin1String(driverName(format))));
    // Written beside the target under a temporary name, then renamed: a failed export leaves no half file.
    const QString part = target.absolutePath() + QStringLiteral("/.") + target.completeBaseName() + QStringLiteral(".part.") +
                         (target.suffix().isEmpty() ? QString::fromLatin1(driverName(format)).toLower() : target.suffix());
    QFile::remove(part);
    GDALDatasetUniquePtr ds(driver->Create(part.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return ioError(out, QStringLiteral("파일을 만들 수 없습니다 / cannot create the file"), cpl);

    // The layer's CRS: the inventory's own in a GeoPackage, longitude/latitude (RFC 7946) in GeoJSON.
    OGRSpatialReference korea, wgs84;
    korea.importFromEPSG(5186);
    wgs84.importFromEPSG(4326);
    korea.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const auto toWgs84 = geo::CrsTransform::create(korea, QStringLiteral("EPSG:4326"));
    if (!toWgs84)
        return makeError(QStringLiteral("io"), QStringLiteral("%1: 좌표 변환을 만들 수 없습니다 / cannot set up the coordinate transformation / %2")
                                                   .arg(out, toWgs84.error().message));

    const bool sheet = spreadsheet(format);
    OGRLayer *layer = createLayer(*ds, format, sheet ? nullptr : format == Format::Gpkg ? &korea : &wgs84);
    if (!layer)
        return ioError(out, QStringLiteral("레이어를 만들 수 없습니다 / cannot create the layer"), cpl);
    if (!createColumns(*layer, sheet))
        return ioError(out, QStringLiteral("열을 만들 수 없습니다 / cannot create the columns"), cpl);

    const bool transactions = ds->StartTransaction() == OGRERR_NONE;
    qint64 done = 0;
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    while (rows->step()) {
        OGRFeature feature(defn);
        fillFeature(feature, *rows, format, *toWgs84);
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return ioError(out, QStringLiteral("%1번째 자산을 쓰지 못했습니다 / could not write asset #%1").arg(done + 1), cpl);
        ++done;
        if (progress && (done % 2048 == 0 || done == total))
            progress(done, total);
    }
    if (rows->failed())
        return makeError(QStringLiteral("sqlite"), rows->error());
    if (transactions && ds->CommitTransaction() != OGRERR_NONE)
        return ioError(out, QStringLiteral("저장하지 못했습니다 / could not save"), cpl);
    ds.reset(); // closes and flushes (the XLSX is zipped here)
    if (!cpl.message().isEmpty() && !QFileInfo::exists(part))
        return ioError(out, QStringLiteral("저장하지 못했습니다 / could not save"), cpl);
    if (format == Format::Gpkg) { // the map style travels with the copy, as in the inventory (W2.7)
        if (auto r = LayerStyles::writeToFile(part); !r)
            return r.error();
    }
    QFile::remove(out);
    if (!QFile::rename(part, out))
        return makeError(QStringLiteral("io"), QStringLiteral("%1: 파일을 쓸 수 없습니다 / cannot write the file").arg(out));
    if (progress && total == 0)
        progress(0, 0);
    return done;
}

} // namespace gc::core
