#include "io/assetimporter.h"
#include "text.h"
#include "model/assetfields.h"
#include "store/assetstore.h"
#include "model/assetvalidator.h"
#include "model/catalog.h"
#include "model/fieldcatalog.h"
#include "crstransform.h"
#include "model/donglocator.h"
#include "store/schema.h"
#include "tabularsource.h"

#include <QFileInfo>
#include <QSet>

#include <memory>
#include <optional>
#include <set>

namespace gc::core {

namespace {

const QStringList kXNames = {QStringLiteral("x"), QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("longitude"),
                             QStringLiteral("경도"), QStringLiteral("x좌표"), QStringLiteral("point_x"), QStringLiteral("xcoord")};
const QStringList kYNames = {QStringLiteral("y"), QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("위도"),
                             QStringLiteral("y좌표"), QStringLiteral("point_y"), QStringLiteral("ycoord")};
const QStringList kDongNames = {QStringLiteral("dong"), QStringLiteral("행정동"), QStringLiteral("동"), QStringLiteral("동명"),
                                QStringLiteral("dong_name")};

// Where a source column goes: one of our field keys, "dong", "x" or "y"; empty if ignored.
QString destinationFor(const QString &column, const QMap<QString, QString> &fieldMap)
{
    if (fieldMap.contains(column))
        return fieldMap.value(column);
    const QString lower = column.trimmed().toLower();
    if (kXNames.contains(lower))
        return QStringLiteral("x");
    if (kYNames.contains(lower))
        return QStringLiteral("y");
    if (kDongNames.contains(lower))
        return QStringLiteral("dong");
    if (const AssetField *f = assetfields::find(column))
        return QLatin1String(f->key);
    if (lower == QStringLiteral("주소") || lower == QLatin1String("address"))
        return QStringLiteral("address_jibun");
    return {};
}

bool parseBool(const QString &v, bool &out)
{
    const QString s = v.trimmed().toLower();
    if (s == QLatin1String("1") || s == QLatin1String("true") || s == QLatin1String("y") || s == QLatin1String("yes") || s == QStringLiteral("예"))
        out = true;
    else if (s == QLatin1String("0") || s == QLatin1String("false") || s == QLatin1String("n") || s == QLatin1String("no") || s == QStringLiteral("아니오") || s.isEmpty())
        out = false;
    else
        return false;
    return true;
}

} // namespace

QString AssetImporter::RowError::toString() const
{
    return QStringLiteral("행 %1, 열 '%2', 값 '%3': %4").arg(row).arg(column, value, reason);
}

namespace {

VoidResult checkFieldMap(const QMap<QString, QString> &fieldMap)
{
    for (auto it = fieldMap.begin(); it != fieldMap.end(); ++it) {
        const QString d = it.value();
        if (!assetfields::find(d) && d != QLatin1String("dong") && d != QLatin1String("x") && d != QLatin1String("y"))
            return makeError(ErrorCode::Usage, tx("--map %1=%2: %3", it.key(), d, tx(QT_TRANSLATE_NOOP("gc", "unknown field"))));
    }
    return Ok{};
}

Result<int> chooseLayer(geo::TabularSource &src, const QString &path, const QString &name)
{
    if (!name.isEmpty()) {
        if (const auto layer = src.layerIndex(name))
            return *layer;
        return makeError(ErrorCode::Usage, tx("%1: %2 '%3'", path, tx(QT_TRANSLATE_NOOP("gc", "no such layer")), name));
    }
    if (src.layerCount() == 1)
        return 0;
    return makeError(ErrorCode::Usage, tx("%1: %2: %3", path, tx(QT_TRANSLATE_NOOP("gc", "several layers; choose one with --layer")), src.layerNames().join(QStringLiteral(", "))));
}

// One import: the columns and where they go, the CRS transform once known, and the rows read.
class ImportRun {
public:
    ImportRun(AssetStore &store, const QString &path, AssetImporter::Report &report)
        : m_store(store), m_path(path), m_report(report), m_target(QStringLiteral("EPSG:%1").arg(Schema::kSrsId))
    {
    }

    VoidResult readColumns(const geo::TabularSource &src, int layer, const QMap<QString, QString> &fieldMap);
    VoidResult readCrs(const geo::TabularSource &src, int layer, const QString &sourceSrs);
    VoidResult loadDongs();
    // Reads one feature into an asset; row errors go to the report, an error stops the import.
    Result<Asset> readRow(const geo::TabularSource::Row &cells, qint64 row);
    const geo::TabularSource::Columns &columns() const { return m_columns; }

private:
    VoidResult makeTransform(Result<geo::CrsTransform> made);
    void fail(qint64 row, const QString &field, const QString &value, const QString &reason);
    void readField(Asset &a, const QString &key, const QString &column, QString v, qint64 row,
                   std::optional<double> &cx, std::optional<double> &cy);
    VoidResult locate(std::optional<QPointF> point, Asset &a, std::optional<double> cx, std::optional<double> cy, qint64 row);
    void validate(Asset &a, size_t errorsBefore, qint64 row);

    AssetStore &m_store;
    const QString &m_path;
    AssetImporter::Report &m_report;
    const QString m_target;
    geo::TabularSource::Columns m_columns;
    bool m_columnsXY = false;
    std::optional<geo::CrsTransform> m_ct;
    const DongLocator *m_dongs = nullptr;
    std::optional<AssetValidator> m_validator;
    std::set<QString> m_codes;
};

VoidResult ImportRun::readColumns(const geo::TabularSource &src, int layer, const QMap<QString, QString> &fieldMap)
{
    m_columns = src.columns(layer, [&](const QString &name) { return destinationFor(name, fieldMap); });
    const QStringList ignored = m_columns.unread();
    if (!ignored.isEmpty())
        m_report.notes << render(tx(QT_TRANSLATE_NOOP("gc", "columns not imported (use --map SRC=DEST)"), ignored.join(QStringLiteral(", "))), Lang::Both);
    if (!m_columns.has(QStringLiteral("category")))
        return makeError(ErrorCode::Usage, tx("%1: %2", m_path, tx(QT_TRANSLATE_NOOP("gc", "no category column; name it with --map COLUMN=category"))));
    m_columnsXY = m_columns.has(QStringLiteral("x")) && m_columns.has(QStringLiteral("y"));
    return Ok{};
}

VoidResult ImportRun::makeTransform(Result<geo::CrsTransform> made)
{
    if (!made)
        return makeError(ErrorCode::Usage, tx("%1: %2", m_path, tx(QT_TRANSLATE_NOOP("gc", "cannot transform the CRS to EPSG:5186"))));
    m_ct.emplace(std::move(*made));
    m_report.srs = m_ct->sourceCrs();
    return Ok{};
}

VoidResult ImportRun::readCrs(const geo::TabularSource &src, int layer, const QString &sourceSrs)
{
    if (sourceSrs.isEmpty() && !src.crsProblem().isEmpty())
        return makeError(ErrorCode::Usage, tx("%1: %2 (%3)", m_path, tx(QT_TRANSLATE_NOOP("gc", "the CRS the file names is unknown; give it with --s-srs, e.g. EPSG:5186")), src.crsProblem()));
    if (!sourceSrs.isEmpty()) {
        if (!geo::CrsTransform::validate(sourceSrs))
            return makeError(ErrorCode::Usage, tx("--s-srs %1: %2", sourceSrs, tx(QT_TRANSLATE_NOOP("gc", "unknown CRS"))));
        return makeTransform(geo::CrsTransform::create(sourceSrs, m_target));
    }
    if (auto fromLayer = src.transformFrom(layer, m_target))
        return makeTransform(std::move(*fromLayer));
    return Ok{};
}

VoidResult ImportRun::loadDongs()
{
    auto dongs = m_store.dongs();
    if (!dongs)
        return dongs.error();
    m_dongs = *dongs;
    m_validator.emplace(m_dongs);
    return Ok{};
}

void ImportRun::fail(qint64 row, const QString &field, const QString &value, const QString &reason)
{
    const QString col = field == QLatin1String("geom")
                            ? (m_columnsXY ? m_columns.nameOf(QStringLiteral("x")) + QLatin1Char(',') + m_columns.nameOf(QStringLiteral("y")) : QStringLiteral("geometry"))
                            : m_columns.nameOf(field, field);
    m_report.errors.push_back({row, col, value, reason});
}

void ImportRun::readField(Asset &a, const QString &d, const QString &column, QString v, qint64 row,
                          std::optional<double> &cx, std::optional<double> &cy)
{
    if (d == QLatin1String("x") || d == QLatin1String("y")) {
        bool ok = false;
        const double n = v.toDouble(&ok);
        if (!ok)
            m_report.errors.push_back({row, column, v, render(tx(QT_TRANSLATE_NOOP("gc", "not a number")), Lang::Both)});
        else
            (d == QLatin1String("x") ? cx : cy) = n;
        return;
    }
    if (d == QLatin1String("dong")) {
        const QString code = m_dongs->codeOf(v);
        if (code.isEmpty())
            m_report.errors.push_back({row, column, v, render(tx(QT_TRANSLATE_NOOP("gc", "not a dong of Geumcheon-gu")), Lang::Both)});
        a.dongCode = code;
        return;
    }
    const AssetField *f = assetfields::find(d);
    if (const std::span<const CatalogEntry> list = catalog::forField(d); !list.empty()) {
        const CatalogEntry *e = catalog::find(list, v);
        if (!e) {
            m_report.errors.push_back({row, column, v, render(tx(QT_TRANSLATE_NOOP("gc", "not allowed; use one of: %1"), catalog::allowedValues(list)), Lang::Both)});
            return;
        }
        v = QLatin1String(e->code);
    }
    if (f->type == AssetField::Type::Int) {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok)
            m_report.errors.push_back({row, column, v, render(tx(QT_TRANSLATE_NOOP("gc", "not a whole number")), Lang::Both)});
        else
            assetfields::set(a, d, n);
    } else if (f->type == AssetField::Type::Bool) {
        bool b = false;
        if (!parseBool(v, b))
            m_report.errors.push_back({row, column, v, render(tx(QT_TRANSLATE_NOOP("gc", "use yes/no (1/0)")), Lang::Both)});
        else
            assetfields::set(a, d, b);
    } else {
        assetfields::set(a, d, v);
    }
}

// Location: the layer's geometry, or coordinate columns.
VoidResult ImportRun::locate(std::optional<QPointF> point, Asset &a, std::optional<double> cx, std::optional<double> cy, qint64 row)
{
    std::optional<QPointF> pt;
    if (point) {
        pt = point;
    } else if (cx && cy) {
        pt = QPointF(*cx, *cy);
        if (!m_ct) {
            // Spreadsheets rarely say their CRS: longitude/latitude ranges are unmistakable.
            if (std::abs(*cx) > 180 || std::abs(*cy) > 90)
                return makeError(ErrorCode::Usage, tx("%1: %2", m_path, tx(QT_TRANSLATE_NOOP("gc", "the coordinates have no CRS; give one with --s-srs, e.g. EPSG:5186"))));
            m_report.notes << render(tx(QT_TRANSLATE_NOOP("gc", "no CRS given: coordinates read as EPSG:4326 lon/lat")), Lang::Both);
            if (auto r = makeTransform(geo::CrsTransform::create(QStringLiteral("EPSG:4326"), m_target)); !r)
                return r.error();
        }
    } else if (cx || cy) {
        fail(row, QStringLiteral("geom"), QString(), render(tx(QT_TRANSLATE_NOOP("gc", "both X and Y are needed")), Lang::Both));
    }
    if (!pt)
        return Ok{};
    if (!m_ct)
        return makeError(ErrorCode::Usage, tx("%1: %2", m_path, tx(QT_TRANSLATE_NOOP("gc", "the layer has no CRS; give one with --s-srs"))));
    double x = pt->x(), y = pt->y();
    if (!m_ct->transform(x, y)) {
        fail(row, QStringLiteral("geom"), QString(), render(tx(QT_TRANSLATE_NOOP("gc", "coordinate transformation failed")), Lang::Both));
    } else {
        a.hasLocation = true;
        a.x = x;
        a.y = y;
    }
    return Ok{};
}

void ImportRun::validate(Asset &a, size_t errorsBefore, qint64 row)
{
    QSet<QString> failedColumns; // a value that did not parse is reported once, not again as "empty"
    for (size_t e = errorsBefore; e < m_report.errors.size(); ++e)
        failedColumns.insert(m_report.errors[e].column);
    for (const FieldProblem &p : m_validator->check(a)) {
        if (!failedColumns.contains(m_columns.nameOf(p.field, p.field)))
            fail(row, p.field, p.value, p.reason);
    }
    if (a.code.isEmpty())
        return;
    if (!m_codes.insert(a.code).second)
        fail(row, QStringLiteral("code"), a.code, render(tx(QT_TRANSLATE_NOOP("gc", "the code appears twice in the file")), Lang::Both));
    else if (m_store.assetByCode(a.code))
        fail(row, QStringLiteral("code"), a.code, render(tx(QT_TRANSLATE_NOOP("gc", "the code is already in the inventory")), Lang::Both));
}

Result<Asset> ImportRun::readRow(const geo::TabularSource::Row &cells, qint64 row)
{
    Asset a;
    std::optional<double> cx, cy;
    const size_t errorsBefore = m_report.errors.size();
    for (int i = 0; i < int(m_columns.names.size()); ++i) {
        const QString &d = m_columns.keys[i];
        if (d.isEmpty())
            continue;
        const QString v = cells.cells[i].trimmed();
        if (!v.isEmpty())
            readField(a, d, m_columns.names[i], v, row, cx, cy);
    }
    if (auto located = locate(cells.point, a, cx, cy, row); !located)
        return located.error();
    validate(a, errorsBefore, row);
    return a;
}

} // namespace

Result<AssetImporter::Report> AssetImporter::run(AssetStore &store, const QString &path, const Options &o,
                                                 const std::function<void(qint64, qint64)> &progress)
{
    Report report;
    report.source = path;
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "no such file"))));
    if (auto mapped = checkFieldMap(o.fieldMap); !mapped)
        return mapped.error();
    auto src = geo::TabularSource::open(path, o.encoding);
    if (!src)
        return src.error();
    report.encoding = src->encoding();
    report.notes << src->notes();
    auto chosen = chooseLayer(*src, path, o.layer);
    if (!chosen)
        return chosen.error();
    const int layer = *chosen;
    report.layer = src->layerName(layer);

    ImportRun importRun(store, path, report);
    if (auto read = importRun.readColumns(*src, layer, o.fieldMap); !read)
        return read.error();
    if (auto read = importRun.readCrs(*src, layer, o.sourceSrs); !read)
        return read.error();
    if (auto read = importRun.loadDongs(); !read)
        return read.error();
    std::vector<Asset> assets;
    const qint64 total = src->rowCount(layer);
    qint64 index = 0;
    const auto read = src->forEachRow(layer, importRun.columns(), [&](const geo::TabularSource::Row &cells) -> VoidResult {
        ++index;
        auto asset = importRun.readRow(cells, src->hasHeaderRow() ? index + 1 : index);
        if (!asset)
            return asset.error();
        assets.push_back(std::move(*asset));
        if (progress && index % 4096 == 0)
            progress(index, total * 2);
        return Ok{};
    });
    if (!read)
        return read.error();
    report.rows = index;
    if (!report.errors.empty())
        return report;
    if (report.rows == 0) {
        report.notes << render(tx(QT_TRANSLATE_NOOP("gc", "no rows to import")), Lang::Both);
        return report;
    }
    auto added = store.addAssets(assets, progress ? [&](qint64 d, qint64 t) { progress(t + d, t * 2); } : std::function<void(qint64, qint64)>{});
    if (!added)
        return added.error();
    report.imported = *added;
    return report;
}

} // namespace gc::core
