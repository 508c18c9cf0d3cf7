#include "io/assetexporter.h"
#include "text.h"
#include "store/filteredrows.h"
#include "store/layerstyles.h"
#include "model/assetfields.h"
#include "store/assetstore.h"
#include "model/catalog.h"
#include "model/fieldcatalog.h"
#include "crstransform.h"
#include "featurewriter.h"
#include "gpkggeometry.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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

Error ioError(const QString &path, const QString &what, const geo::FeatureWriter &cpl)
{
    return makeError(ErrorCode::Io, QStringLiteral("%1: %2 / %3").arg(path, what, cpl.lastMessage().isEmpty() ? QStringLiteral("GDAL error") : cpl.lastMessage()));
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

// The export's one layer. Its CRS: the inventory's own in a GeoPackage, longitude/latitude (RFC 7946) in GeoJSON.
geo::FeatureWriter::Layer layerOf(AssetExporter::Format format)
{
    using Format = AssetExporter::Format;
    geo::FeatureWriter::Layer layer{AssetExporter::sheetName(), spreadsheet(format) ? 0 : format == Format::Gpkg ? 5186 : 4326, {}};
    if (format == Format::Csv)
        layer.options.emplace_back("WRITE_BOM", "YES");
    if (format == Format::GeoJson)
        layer.options.emplace_back("RFC7946", "YES");
    if (format == Format::Gpkg)
        layer.options.emplace_back("DESCRIPTION", "goodcity 자산 내보내기 / goodcity asset export");
    return layer;
}

// uuid, the fields (Korean headers in a spreadsheet), then the dong's name (and lon/lat in a sheet).
std::vector<geo::FeatureWriter::Column> columnsOf(bool sheet)
{
    using T = geo::FeatureWriter::Type;
    std::vector<geo::FeatureWriter::Column> columns{{QStringLiteral("uuid"), T::Text}};
    for (const auto &f : assetfields::all()) {
        const QString name = sheet ? QString::fromUtf8(f.ko) : QLatin1String(f.key);
        const T type = f.type == AssetField::Type::Int                 ? T::Integer
                       : f.type == AssetField::Type::Real              ? T::Real
                       : f.type == AssetField::Type::Bool && !sheet    ? T::Integer
                                                                       : T::Text;
        columns.push_back({name, type});
    }
    if (sheet) {
        columns.push_back({AssetExporter::dongNameHeader(), T::Text});
        columns.push_back({AssetExporter::lonHeader(), T::Real});
        columns.push_back({AssetExporter::latHeader(), T::Real});
    } else {
        columns.push_back({QStringLiteral("dong_name"), T::Text});
    }
    return columns;
}

// Field f's cell from column `col` of the row: labels and 예/아니오 in a spreadsheet, codes elsewhere.
QVariant cell(const AssetField &f, const Statement &rows, int col, bool sheet)
{
    switch (f.type) {
    case AssetField::Type::Int: return int(rows.toInt(col));
    case AssetField::Type::Real: return rows.toDouble(col);
    case AssetField::Type::Bool:
        if (sheet)
            return rows.toInt(col) ? QStringLiteral("예") : QStringLiteral("아니오");
        return int(rows.toInt(col) ? 1 : 0);
    case AssetField::Type::Text: {
        const QString key = QLatin1String(f.key);
        QString v = rows.toText(col);
        if (sheet && !catalog::forField(key).empty())
            v = catalog::labelKo(catalog::forField(key), v);
        return v;
    }
    }
    return {};
}

// One selected row (geom, uuid, the fields, the dong's name) as a row of the export's layer, with its point.
std::vector<QVariant> rowOf(const Statement &rows, AssetExporter::Format format, const geo::CrsTransform &toWgs84, std::optional<QPointF> &point)
{
    const bool sheet = spreadsheet(format);
    const auto fields = assetfields::all();
    const int dongCol = 2 + int(fields.size());
    std::vector<QVariant> values{rows.toText(1)};
    int i = 1;
    for (const auto &f : fields) {
        const int col = 1 + i;
        values.push_back(rows.isNull(col) ? QVariant() : cell(f, rows, col, sheet));
        ++i;
    }
    values.push_back(rows.toText(dongCol));
    double x = 0, y = 0;
    if (rows.isNull(0) || !gpkg::decodePoint(rows.toBlob(0), x, y))
        return values;
    if (format == AssetExporter::Format::Gpkg) {
        point = QPointF(x, y);
        return values;
    }
    double lon = x, lat = y;
    if (!toWgs84.transform(lon, lat))
        return values;
    if (sheet) {
        values.push_back(lon);
        values.push_back(lat);
    } else {
        point = QPointF(lon, lat);
    }
    return values;
}

} // namespace

Result<qint64> AssetExporter::write(const AssetStore &store, const QString &out, Format format, const AssetFilter &filter,
                                    const std::function<void(qint64, qint64)> &progress)
{
    const QFileInfo target(out);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(store.path()).canonicalFilePath())
        return makeError(ErrorCode::Usage,
                         tx("%1: %2", out, tx(QT_TRANSLATE_NOOP("gc", "cannot export over the inventory itself"))));
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::Io, tx("%1: %2", target.absolutePath(), tx(QT_TRANSLATE_NOOP("gc", "the folder does not exist"))));

    QStringList cols;
    for (const auto &f : assetfields::all())
        cols << QStringLiteral("a.\"%1\"").arg(QLatin1String(f.key));
    auto selected = FilteredRows::select(store, filter, QStringLiteral("a.geom, a.uuid, %1, d.name_ko").arg(cols.join(QLatin1Char(','))),
                                         QStringLiteral("a.fid"));
    if (!selected)
        return selected.error();
    const qint64 total = selected->total;
    Statement *rows = &selected->rows;

    geo::FeatureWriter cpl;
    if (!geo::FeatureWriter::hasDriver(driverName(format)))
        return makeError(ErrorCode::Io, tx(QT_TRANSLATE_NOOP("gc", "GDAL has no %1 driver"), QLatin1String(driverName(format))));
    // Written beside the target under a temporary name, then renamed: a failed export leaves no half file.
    const QString part = target.absolutePath() + QStringLiteral("/.") + target.completeBaseName() + QStringLiteral(".part.") +
                         (target.suffix().isEmpty() ? QString::fromLatin1(driverName(format)).toLower() : target.suffix());
    QFile::remove(part);
    if (!cpl.create(part, driverName(format)))
        return ioError(out, render(tx(QT_TRANSLATE_NOOP("gc", "cannot create the file")), Lang::Both), cpl);

    const auto toWgs84 = geo::CrsTransform::create(QStringLiteral("EPSG:5186"), QStringLiteral("EPSG:4326"));
    if (!toWgs84)
        return makeError(ErrorCode::Io, tx("%1: %2", out, tx(QT_TRANSLATE_NOOP("gc", "cannot set up the coordinate transformation / %1"), toWgs84.error().text)));

    const int layer = cpl.addLayer(layerOf(format));
    if (layer < 0)
        return ioError(out, render(tx(QT_TRANSLATE_NOOP("gc", "cannot create the layer")), Lang::Both), cpl);
    if (!cpl.addColumns(layer, columnsOf(spreadsheet(format))))
        return ioError(out, render(tx(QT_TRANSLATE_NOOP("gc", "cannot create the columns")), Lang::Both), cpl);

    cpl.begin();
    qint64 done = 0;
    while (rows->step()) {
        std::optional<QPointF> point;
        const std::vector<QVariant> values = rowOf(*rows, format, *toWgs84, point);
        if (!cpl.write(layer, values, point))
            return ioError(out, render(tx(QT_TRANSLATE_NOOP("gc", "could not write asset #%1"), done + 1), Lang::Both), cpl);
        ++done;
        if (progress && (done % 2048 == 0 || done == total))
            progress(done, total);
    }
    if (rows->failed())
        return makeError(ErrorCode::Sqlite, rows->error());
    if (!cpl.commit())
        return ioError(out, render(tx(QT_TRANSLATE_NOOP("gc", "could not save")), Lang::Both), cpl);
    cpl.close(); // closes and flushes (the XLSX is zipped here)
    if (!cpl.messages().isEmpty() && !QFileInfo::exists(part))
        return ioError(out, render(tx(QT_TRANSLATE_NOOP("gc", "could not save")), Lang::Both), cpl);
    if (format == Format::Gpkg) { // the map style travels with the copy, as in the inventory (W2.7)
        if (auto r = LayerStyles::writeToFile(part); !r)
            return r.error();
    }
    QFile::remove(out);
    if (!QFile::rename(part, out))
        return makeError(ErrorCode::Io, tx("%1: %2", out, tx(QT_TRANSLATE_NOOP("gc", "cannot write the file"))));
    if (progress && total == 0)
        progress(0, 0);
    return done;
}

} // namespace gc::core
