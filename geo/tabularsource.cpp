#include "tabularsource.h"
#include "text.h"
#include "gdaldrivers.h"
#include "cplerrorscope.h"
#include "memoryfile.h"

#include <QFile>
#include <QFileInfo>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <optional>

namespace gc::geo {

namespace {

bool isUtf8(const QString &encoding) { return encoding == QLatin1String("UTF-8") || encoding == QLatin1String("UTF8"); }

// The GDAL drivers that may open a file with this extension; null (any driver) for the others.
const char *const *driversFor(const QString &ext)
{
    static const char *const csv[] = {"CSV", nullptr};
    static const char *const xlsx[] = {"XLSX", nullptr};
    static const char *const ods[] = {"ODS", nullptr};
    static const char *const shapefile[] = {"ESRI Shapefile", nullptr};
    static const char *const geojson[] = {"GeoJSON", "GeoJSONSeq", nullptr};
    static const char *const gpkg[] = {"GPKG", nullptr};
    if (ext == QLatin1String("csv"))
        return csv;
    if (ext == QLatin1String("xlsx"))
        return xlsx;
    if (ext == QLatin1String("ods"))
        return ods;
    if (ext == QLatin1String("shp") || ext == QLatin1String("dbf"))
        return shapefile;
    if (ext == QLatin1String("geojson") || ext == QLatin1String("json"))
        return geojson;
    if (ext == QLatin1String("gpkg"))
        return gpkg;
    return nullptr;
}

// GDAL 3.6 takes the XLSX/ODS header and type settings only as configuration options, read partly
// when the file is opened and partly when a sheet is first parsed: both happen under this.
struct SheetSettings {
    explicit SheetSettings(const QByteArray &driver)
        : headers(CPLSPrintf("OGR_%s_HEADERS", driver.constData()), "FORCE", false),
          types(CPLSPrintf("OGR_%s_FIELD_TYPES", driver.constData()), "STRING", false)
    {
    }
    CPLConfigOptionSetter headers;
    CPLConfigOptionSetter types;
};

// Korean government shapefiles often come as CP949 with no .cpg: read the raw bytes and look.
bool shapefileTextIsUtf8(const QByteArray &path)
{
    CPLStringList raw;
    raw.AddNameValue("ENCODING", "");
    ensureGdalDrivers();
    GDALDatasetUniquePtr probe(GDALDataset::Open(path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, driversFor(QStringLiteral("shp")), raw.List()));
    if (!probe || probe->GetLayerCount() == 0)
        return true;
    for (auto &feature : *probe->GetLayer(0)) {
        for (int i = 0; i < feature->GetFieldCount(); ++i) {
            if (feature->IsFieldSetAndNotNull(i) && !CPLIsUTF8(feature->GetFieldAsString(i), -1))
                return false;
        }
    }
    return true;
}

// Text that is not UTF-8 (CP949 read with --encoding UTF-8) or that holds U+FFFD (a file someone
// already decoded wrongly and saved) would import as mojibake: the first such cell, by line and column.
std::optional<QString> mojibakeAt(const QByteArray &bytes)
{
    const QByteArray replacement("\xEF\xBF\xBD", 3);
    const QList<QByteArray> lines = bytes.split('\n');
    const QList<QByteArray> header = lines.value(0).split(',');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QByteArray &cell = cells[c];
            if (CPLIsUTF8(cell.constData(), int(cell.size())) && !cell.contains(replacement))
                continue;
            const QByteArray name = header.value(c).trimmed();
            const QString column = i > 0 && CPLIsUTF8(name.constData(), int(name.size())) ? QString::fromUtf8(name)
                                                                                           : QString::number(c + 1);
            return QStringLiteral("행 %1, 열 '%2'").arg(i + 1).arg(column);
        }
    }
    return std::nullopt;
}

} // namespace

void TabularSource::DatasetCloser::operator()(GDALDataset *ds) const { GDALClose(ds); }

TabularSource::TabularSource() = default;
TabularSource::TabularSource(TabularSource &&) noexcept = default;
TabularSource &TabularSource::operator=(TabularSource &&) noexcept = default;
TabularSource::~TabularSource() = default;

QByteArray TabularSource::toUtf8(const QByteArray &bytes, const QString &encoding)
{
    if (encoding.isEmpty() || isUtf8(encoding.toUpper()))
        return bytes;
    char *utf8 = CPLRecode(bytes.constData(), encoding.toLatin1().constData(), CPL_ENC_UTF8);
    QByteArray out(utf8);
    CPLFree(utf8);
    return out;
}

VoidResult TabularSource::readCsv(const QString &path, QByteArray &openPath, CPLStringList &openOptions)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP3("gc", "%1", "the system's reason a file cannot be read"), f.errorString())));
    const QByteArray bytes = f.readAll(); // a UTF-8 BOM stays: GDAL's CSV reader skips it
    if (m_encoding.isEmpty()) {
        m_encoding = CPLIsUTF8(bytes.constData(), int(bytes.size())) ? QStringLiteral("UTF-8") : QStringLiteral("CP949");
        if (!isUtf8(m_encoding))
            m_notes << render(tx(QT_TRANSLATE_NOOP("gc", "not UTF-8: read as CP949")), Lang::Both);
    } else if (!isUtf8(m_encoding)) {
        m_notes << render(tx(QT_TRANSLATE_NOOP("gc", "read as %1"), m_encoding), Lang::Both);
    }
    if (isUtf8(m_encoding)) {
        if (const auto where = mojibakeAt(bytes))
            return makeError(ErrorCode::Encoding,
                             tx("%1: %2: %3", path, *where, tx(QT_TRANSLATE_NOOP("gc", "the text is not valid UTF-8 or holds broken characters (mojibake); for a CP949 (Excel) file use --encoding CP949"))));
    }
    m_memory = std::make_unique<MemoryFile>(toUtf8(bytes, m_encoding), QFileInfo(path).fileName());
    if (!m_memory->isOpen())
        return makeError(ErrorCode::Io, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "cannot map in memory"))));
    openPath = m_memory->path();
    openOptions.AddNameValue("HEADERS", "YES");
    openOptions.AddNameValue("AUTODETECT_TYPE", "NO");
    openOptions.AddNameValue("EMPTY_STRING_AS_NULL", "YES");
    m_csv = true;
    return Ok{};
}

void TabularSource::readSheetEncoding(const QString &ext)
{
    if (!m_encoding.isEmpty() && !isUtf8(m_encoding))
        m_notes << render(tx(QT_TRANSLATE_NOOP("gc", "%1 is always Unicode; the encoding %2 was not used"), ext.toUpper(), m_encoding), Lang::Both);
    m_encoding = QStringLiteral("UTF-8");
    m_sheetDriver = ext.toUpper().toLatin1();
}

void TabularSource::readShapefileEncoding(const QString &path, const QByteArray &openPath, CPLStringList &openOptions)
{
    const QFileInfo info(path);
    const bool hasCpg = QFileInfo::exists(info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".cpg"));
    if (m_encoding.isEmpty() && !hasCpg) {
        const bool utf8 = shapefileTextIsUtf8(openPath);
        m_encoding = utf8 ? QStringLiteral("UTF-8") : QStringLiteral("CP949");
        if (!utf8)
            m_notes << render(tx(QT_TRANSLATE_NOOP("gc", "no .cpg and not UTF-8: read as CP949")), Lang::Both);
    }
    if (!m_encoding.isEmpty())
        openOptions.AddNameValue("ENCODING", m_encoding.toLatin1().constData());
}

VoidResult TabularSource::openDataset(const QString &path, const QString &ext, const QByteArray &openPath, CPLStringList &openOptions)
{
    std::optional<SheetSettings> settings;
    if (!m_sheetDriver.isEmpty())
        settings.emplace(m_sheetDriver);
    CplErrorScope errors;
    // A known extension is opened only by its own driver: a ".csv" that is really something else is
    // refused rather than handed to whichever of GDAL's ~80 vector drivers claims it first, and no
    // file is probed by all of them.
    const char *const *only = driversFor(ext);
    ensureGdalDrivers();
    m_ds.reset(GDALDataset::Open(openPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, only, openOptions.List()));
    if (!m_ds && only)
        return makeError(ErrorCode::Io, tx("%1: %2 (%3)", path, tx(QT_TRANSLATE_NOOP("gc", "cannot be read as a %1 file; check that the extension matches the contents"), QLatin1String(only[0])), errors.last()));
    if (!m_ds)
        return makeError(ErrorCode::Io, tx("%1: %2 (%3)", path, tx(QT_TRANSLATE_NOOP("gc", "not a table or vector file GDAL can read")), errors.last()));
    m_ds->GetLayerCount(); // ODS reads its sheets here
    // GeoJSON with a "crs" PROJ does not know falls back to WGS 84 with only an error report: keep it,
    // so the importer does not silently put the points somewhere else.
    for (const QString &e : errors.errors()) {
        if (e.contains(QLatin1String("PROJ"), Qt::CaseInsensitive) || e.contains(QLatin1String("crs"), Qt::CaseInsensitive)) {
            m_crsProblem = e;
            break;
        }
    }
    return Ok{};
}

Result<TabularSource> TabularSource::open(const QString &path, const QString &encodingIn)
{
    const QFileInfo info(path);
    const QString ext = info.suffix().toLower();
    if (info.exists() && info.isFile() && info.size() == 0)
        return makeError(ErrorCode::Empty, tx("%1: %2", path, tx(QT_TRANSLATE_NOOP("gc", "the file is empty (0 bytes); get the file again with its contents"))));
    TabularSource src;
    src.m_encoding = encodingIn.toUpper();
    QByteArray openPath = QFile::encodeName(path);
    CPLStringList openOptions;
    if (ext == QLatin1String("csv")) {
        if (auto read = src.readCsv(path, openPath, openOptions); !read)
            return read.error();
    } else if (ext == QLatin1String("xlsx") || ext == QLatin1String("ods")) {
        src.readSheetEncoding(ext);
    } else if (ext == QLatin1String("shp") || ext == QLatin1String("dbf")) {
        src.readShapefileEncoding(path, openPath, openOptions);
    } else if (src.m_encoding.isEmpty()) {
        src.m_encoding = QStringLiteral("UTF-8");
    }
    if (auto opened = src.openDataset(path, ext, openPath, openOptions); !opened)
        return opened.error();
    return src;
}

int TabularSource::layerCount() const { return m_ds->GetLayerCount(); }

QStringList TabularSource::layerNames() const
{
    QStringList names;
    for (OGRLayer *l : m_ds->GetLayers())
        names << QString::fromUtf8(l->GetName());
    return names;
}

OGRLayer *TabularSource::layer(const QString &name) const { return prepared(m_ds->GetLayerByName(name.toUtf8().constData())); }

OGRLayer *TabularSource::layer(int index) const { return prepared(m_ds->GetLayer(index)); }

std::optional<int> TabularSource::layerIndex(const QString &name) const
{
    const OGRLayer *wanted = m_ds->GetLayerByName(name.toUtf8().constData()); // GDAL's own matching, as layer(name)
    for (int i = 0; wanted && i < m_ds->GetLayerCount(); ++i) {
        if (m_ds->GetLayer(i) == wanted)
            return i;
    }
    return std::nullopt;
}

QString TabularSource::layerName(int index) const { return QString::fromUtf8(m_ds->GetLayer(index)->GetName()); }

TabularSource::Columns TabularSource::columns(int index, const std::function<QString(const QString &)> &keyFor) const
{
    return columns(*layer(index), keyFor);
}

qint64 TabularSource::rowCount(int index) const { return layer(index)->GetFeatureCount(TRUE); }

std::optional<Result<CrsTransform>> TabularSource::transformFrom(int index, const QString &to) const
{
    if (const OGRSpatialReference *srs = layer(index)->GetSpatialRef())
        return CrsTransform::create(*srs, to);
    return std::nullopt;
}

namespace {

// A point for any geometry: the point itself, else a point on the surface, else the centroid.
std::optional<QPointF> pointOf(const OGRGeometry *g)
{
    if (!g || g->IsEmpty())
        return std::nullopt;
    if (wkbFlatten(g->getGeometryType()) == wkbPoint)
        return QPointF(g->toPoint()->getX(), g->toPoint()->getY());
    OGRPoint p;
    const OGRSurface *surface = OGR_GT_IsSurface(g->getGeometryType()) ? g->toSurface() : nullptr;
    if (!surface || surface->PointOnSurface(&p) != OGRERR_NONE)
        g->Centroid(&p);
    return QPointF(p.getX(), p.getY());
}

} // namespace

VoidResult TabularSource::forEachRow(int index, const Columns &columns, const std::function<VoidResult(const Row &)> &fn) const
{
    OGRLayer *l = layer(index);
    l->ResetReading();
    Row row;
    for (auto &feature : *l) {
        row.cells.clear();
        for (int i = 0; i < int(columns.names.size()); ++i) {
            const bool read = !columns.keys[i].isEmpty() && feature->IsFieldSetAndNotNull(i);
            row.cells << (read ? QString::fromUtf8(feature->GetFieldAsString(i)) : QString());
        }
        row.point = pointOf(feature->GetGeometryRef());
        if (auto r = fn(row); !r)
            return r;
    }
    return Ok{};
}

QStringList TabularSource::columnNames(OGRLayer &layer)
{
    QStringList names;
    OGRFeatureDefn *defn = layer.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        names << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
    return names;
}

TabularSource::Columns TabularSource::columns(OGRLayer &layer, const std::function<QString(const QString &)> &keyFor)
{
    Columns out;
    out.names = columnNames(layer);
    for (const QString &name : out.names)
        out.keys << keyFor(name);
    return out;
}

QStringList TabularSource::Columns::unread() const
{
    QStringList out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (keys[i].isEmpty())
            out << names[i];
    }
    return out;
}

QString TabularSource::Columns::nameOf(const QString &key, const QString &fallback) const
{
    const qsizetype i = keys.lastIndexOf(key);
    return i < 0 || key.isEmpty() ? fallback : names[i];
}

OGRLayer *TabularSource::prepared(OGRLayer *layer) const
{
    if (layer && !m_sheetDriver.isEmpty()) {
        const SheetSettings settings(m_sheetDriver);
        layer->GetLayerDefn(); // parses the sheet now, with the first row as the header
    }
    return layer;
}

} // namespace gc::geo
