#include "io/assetimporter.h"
#include "domain/assetfields.h"
#include "store/assetstore.h"
#include "domain/assetvalidator.h"
#include "domain/catalog.h"
#include "cplerrorscope.h"
#include "io/donglocator.h"
#include "store/schema.h"
#include "store/sqlitedb.h"
#include "store/statement.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

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

bool isValidUtf8(const QByteArray &b)
{
    return CPLIsUTF8(b.constData(), int(b.size())) != 0;
}

QString err(const QString &ko, const QString &en) { return QStringLiteral("%1 / %2").arg(ko, en); }

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

struct Source {
    GDALDatasetUniquePtr ds;
    QByteArray vsimem; // recoded copy of a CSV, removed when done
    bool spreadsheet = false;
    ~Source()
    {
        ds.reset();
        if (!vsimem.isEmpty())
            VSIUnlink(vsimem.constData());
    }
};

Result<std::unique_ptr<Source>> openSource(const QString &path, const AssetImporter::Options &o, QString &encoding, QStringList &notes)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    auto src = std::make_unique<Source>();
    src->spreadsheet = ext == QLatin1String("csv") || ext == QLatin1String("xlsx") || ext == QLatin1String("ods");
    QByteArray openPath = QFile::encodeName(path);
    CPLStringList openOptions;
    encoding = o.encoding.isEmpty() ? QString() : o.encoding.toUpper();

    if (ext == QLatin1String("csv")) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("io"), QStringLiteral("%1: %2").arg(path, err(QStringLiteral("파일을 읽을 수 없습니다"), f.errorString())));
        QByteArray bytes = f.readAll();
        if (encoding.isEmpty())
            encoding = isValidUtf8(bytes) ? QStringLiteral("UTF-8") : QStringLiteral("CP949");
        if (encoding != QLatin1String("UTF-8") && encoding != QLatin1String("UTF8")) {
            if (!o.encoding.isEmpty() || encoding == QLatin1String("CP949"))
                notes << err(QStringLiteral("인코딩 %1로 읽었습니다").arg(encoding), QStringLiteral("read as %1").arg(encoding));
            char *utf8 = CPLRecode(bytes.constData(), encoding.toLatin1().constData(), CPL_ENC_UTF8);
            bytes = QByteArray(utf8);
            CPLFree(utf8);
        }
        src->vsimem = QByteArray("/vsimem/gc_import_") + QByteArray::number(quintptr(src.get())) + ".csv";
        VSILFILE *fp = VSIFOpenL(src->vsimem.constData(), "wb");
        VSIFWriteL(bytes.constData(), 1, size_t(bytes.size()), fp);
        VSIFCloseL(fp);
        openPath = src->vsimem;
        openOptions.AddNameValue("AUTODETECT_TYPE", "NO");
        openOptions.AddNameValue("EMPTY_STRING_AS_NULL", "YES");
    } else if (ext == QLatin1String("xlsx") || ext == QLatin1String("ods")) {
        encoding = QStringLiteral("UTF-8"); // headers and types are forced by run() through config options
    } else if (ext == QLatin1String("shp") || ext == QLatin1String("dbf")) {
        const bool hasCpg = QFileInfo::exists(QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".cpg"));
        if (encoding.isEmpty() && !hasCpg) {
            // Korean government shapefiles are often CP949 with no .cpg: read raw bytes and look.
            CPLStringList raw;
            raw.AddNameValue("ENCODING", "");
            GDALDatasetUniquePtr probe(GDALDataset::Open(openPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, raw.List()));
            bool utf8 = true;
            if (probe && probe->GetLayerCount() > 0) {
                OGRLayer *l = probe->GetLayer(0);
                for (auto &feat : *l) {
                    for (int i = 0; i < feat->GetFieldCount() && utf8; ++i) {
                        if (feat->IsFieldSetAndNotNull(i) && !CPLIsUTF8(feat->GetFieldAsString(i), -1))
                            utf8 = false;
                    }
                    if (!utf8)
                        break;
                }
            }
            encoding = utf8 ? QStringLiteral("UTF-8") : QStringLiteral("CP949");
            if (!utf8)
                notes << err(QStringLiteral(".cpg가 없고 UTF-8이 아니어서 CP949로 읽었습니다"), QStringLiteral("no .cpg and not UTF-8: read as CP949"));
        }
        if (!encoding.isEmpty())
            openOptions.AddNameValue("ENCODING", encoding.toLatin1().constData());
    } else {
        if (encoding.isEmpty())
            encoding = QStringLiteral("UTF-8");
    }

    CplErrorScope errors;
    src->ds.reset(GDALDataset::Open(openPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions.List()));
    if (!src->ds)
        return makeError(QStringLiteral("io"), QStringLiteral("%1: %2 (%3)")
                                                   .arg(path, err(QStringLiteral("GDAL이 읽을 수 있는 벡터 파일이 아닙니다"),
                                                                  QStringLiteral("not a vector file GDAL can read")),
                                                        errors.last()));
    return src;
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

Result<AssetImporter::Report> AssetImporter::run(AssetStore &store, const QString &path, const Options &o,
                                                 const std::function<void(qint64, qint64)> &progress)
{
    Report report;
    report.source = path;
    if (!QFileInfo::exists(path))
        return makeError(QStringLiteral("not_found"), QStringLiteral("%1: %2").arg(path, err(QStringLiteral("파일이 없습니다"), QStringLiteral("no such file"))));
    for (auto it = o.fieldMap.begin(); it != o.fieldMap.end(); ++it) {
        const QString d = it.value();
        if (!assetfields::find(d) && d != QLatin1String("dong") && d != QLatin1String("x") && d != QLatin1String("y"))
            return makeError(QStringLiteral("usage"), QStringLiteral("--map %1=%2: %3").arg(it.key(), d, err(QStringLiteral("알 수 없는 필드"), QStringLiteral("unknown field"))));
    }
    // GDAL 3.6 reads these only as config options: the first row is the header, every cell text.
    const QString ext = QFileInfo(path).suffix().toLower();
    const char *sheet = ext == QLatin1String("ods") ? "ODS" : "XLSX";
    CPLConfigOptionSetter headers(CPLSPrintf("OGR_%s_HEADERS", sheet), "FORCE", false);
    CPLConfigOptionSetter types(CPLSPrintf("OGR_%s_FIELD_TYPES", sheet), "STRING", false);
    auto src = openSource(path, o, report.encoding, report.notes);
    if (!src)
        return src.error();
    GDALDataset &ds = *(*src)->ds;
    OGRLayer *layer = nullptr;
    if (!o.layer.isEmpty()) {
        layer = ds.GetLayerByName(o.layer.toUtf8().constData());
        if (!layer)
            return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2 '%3'").arg(path, err(QStringLiteral("레이어가 없습니다"), QStringLiteral("no such layer")), o.layer));
    } else if (ds.GetLayerCount() == 1) {
        layer = ds.GetLayer(0);
    } else {
        QStringList names;
        for (int i = 0; i < ds.GetLayerCount(); ++i)
            names << QString::fromUtf8(ds.GetLayer(i)->GetName());
        return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2: %3").arg(path, err(QStringLiteral("레이어가 여럿입니다. --layer로 고르세요"), QStringLiteral("several layers; choose one with --layer")), names.join(QStringLiteral(", "))));
    }
    report.layer = QString::fromUtf8(layer->GetName());

    // Columns and where they go.
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    std::vector<QString> columns, dest;
    QMap<QString, QString> columnOf; // our field → source column (for messages)
    QStringList ignored;
    bool hasXY[2] = {false, false};
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const QString name = QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef());
        const QString d = destinationFor(name, o.fieldMap);
        columns.push_back(name);
        dest.push_back(d);
        if (d.isEmpty())
            ignored << name;
        else
            columnOf.insert(d, name);
        if (d == QLatin1String("x")) hasXY[0] = true;
        if (d == QLatin1String("y")) hasXY[1] = true;
    }
    if (!ignored.isEmpty())
        report.notes << err(QStringLiteral("가져오지 않은 열: %1").arg(ignored.join(QStringLiteral(", "))), QStringLiteral("columns not imported (use --map SRC=DEST)"));
    if (!columnOf.contains(QStringLiteral("category")))
        return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2").arg(path, err(QStringLiteral("분류(category) 열이 없습니다. --map 열이름=category 로 알려 주세요"), QStringLiteral("no category column; name it with --map COLUMN=category"))));

    // Coordinate reference system.
    OGRSpatialReference target;
    target.importFromEPSG(Schema::kSrsId);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRSpatialReference> source;
    if (!o.sourceSrs.isEmpty()) {
        source = std::make_unique<OGRSpatialReference>();
        if (source->SetFromUserInput(o.sourceSrs.toUtf8().constData()) != OGRERR_NONE)
            return makeError(QStringLiteral("usage"), QStringLiteral("--s-srs %1: %2").arg(o.sourceSrs, err(QStringLiteral("알 수 없는 좌표계"), QStringLiteral("unknown CRS"))));
    } else if (const OGRSpatialReference *l = layer->GetSpatialRef()) {
        source.reset(l->Clone());
    }
    const bool columnsXY = hasXY[0] && hasXY[1];
    std::unique_ptr<OGRCoordinateTransformation> ct;
    auto makeTransform = [&]() -> VoidResult {
        source->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        ct.reset(OGRCreateCoordinateTransformation(source.get(), &target));
        if (!ct)
            return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2").arg(path, err(QStringLiteral("좌표계를 EPSG:5186으로 바꿀 수 없습니다"), QStringLiteral("cannot transform the CRS to EPSG:5186"))));
        const char *auth = source->GetAuthorityName(nullptr);
        const char *code = source->GetAuthorityCode(nullptr);
        report.srs = auth && code ? QStringLiteral("%1:%2").arg(QLatin1String(auth), QLatin1String(code)) : QString::fromUtf8(source->GetName());
        return Ok{};
    };
    if (source) {
        if (auto r = makeTransform(); !r)
            return r.error();
    }

    auto dongsResult = store.dongs();
    if (!dongsResult)
        return dongsResult.error();
    const DongLocator *dongs = *dongsResult;
    const AssetValidator validator(dongs);

    std::vector<Asset> assets;
    std::vector<qint64> rowOf;
    std::set<QString> codes;
    const qint64 total = layer->GetFeatureCount(TRUE);
    qint64 index = 0;
    layer->ResetReading();
    for (auto &feature : *layer) {
        ++index;
        const qint64 row = (*src)->spreadsheet ? index + 1 : index;
        Asset a;
        std::optional<double> cx, cy;
        const size_t errorsBefore = report.errors.size();
        auto fail = [&](const QString &field, const QString &value, const QString &reason) {
            const QString col = field == QLatin1String("geom") ? (columnsXY ? columnOf.value(QStringLiteral("x")) + QLatin1Char(',') + columnOf.value(QStringLiteral("y")) : QStringLiteral("geometry"))
                                                              : columnOf.value(field, field);
            report.errors.push_back({row, col, value, reason});
        };
        for (int i = 0; i < int(columns.size()); ++i) {
            const QString &d = dest[size_t(i)];
            if (d.isEmpty() || !feature->IsFieldSetAndNotNull(i))
                continue;
            QString v = QString::fromUtf8(feature->GetFieldAsString(i)).trimmed();
            if (v.isEmpty())
                continue;
            if (d == QLatin1String("x") || d == QLatin1String("y")) {
                bool ok = false;
                const double n = v.toDouble(&ok);
                if (!ok) {
                    report.errors.push_back({row, columns[size_t(i)], v, err(QStringLiteral("숫자가 아닙니다"), QStringLiteral("not a number"))});
                    continue;
                }
                (d == QLatin1String("x") ? cx : cy) = n;
                continue;
            }
            if (d == QLatin1String("dong")) {
                const QString code = dongs->codeOf(v);
                if (code.isEmpty())
                    report.errors.push_back({row, columns[size_t(i)], v, err(QStringLiteral("금천구의 행정동이 아닙니다"), QStringLiteral("not a dong of Geumcheon-gu"))});
                a.dongCode = code;
                continue;
            }
            const AssetField *f = assetfields::find(d);
            std::span<const CatalogEntry> list;
            if (d == QLatin1String("category")) list = catalog::categories();
            else if (d == QLatin1String("method")) list = catalog::methods();
            else if (d == QLatin1String("status")) list = catalog::statuses();
            else if (d == QLatin1String("variant")) list = catalog::variants();
            if (!list.empty()) {
                const CatalogEntry *e = catalog::find(list, v);
                if (!e) {
                    report.errors.push_back({row, columns[size_t(i)], v, err(QStringLiteral("허용되지 않는 값입니다"), QStringLiteral("not allowed; use one of: %1").arg(catalog::allowedValues(list)))});
                    continue;
                }
                v = QLatin1String(e->code);
            }
            if (f->type == AssetField::Type::Int) {
                bool ok = false;
                const int n = v.toInt(&ok);
                if (!ok) {
                    report.errors.push_back({row, columns[size_t(i)], v, err(QStringLiteral("정수가 아닙니다"), QStringLiteral("not a whole number"))});
                    continue;
                }
                assetfields::set(a, d, n);
            } else if (f->type == AssetField::Type::Bool) {
                bool b = false;
                if (!parseBool(v, b)) {
                    report.errors.push_back({row, columns[size_t(i)], v, err(QStringLiteral("예/아니오(1/0)로 적어 주세요"), QStringLiteral("use yes/no (1/0)"))});
                    continue;
                }
                assetfields::set(a, d, b);
            } else {
                assetfields::set(a, d, v);
            }
        }
        // Location: the layer's geometry, or coordinate columns.
        OGRGeometry *g = feature->GetGeometryRef();
        std::unique_ptr<OGRGeometry> pt;
        if (g && !g->IsEmpty()) {
            if (wkbFlatten(g->getGeometryType()) == wkbPoint) {
                pt.reset(g->clone());
            } else {
                auto *p = new OGRPoint;
                const OGRSurface *surface = OGR_GT_IsSurface(g->getGeometryType()) ? g->toSurface() : nullptr;
                if (!surface || surface->PointOnSurface(p) != OGRERR_NONE)
                    g->Centroid(p);
                pt.reset(p);
            }
        } else if (cx && cy) {
            pt = std::make_unique<OGRPoint>(*cx, *cy);
            if (!source) {
                // Spreadsheets rarely say their CRS: longitude/latitude ranges are unmistakable.
                if (std::abs(*cx) <= 180 && std::abs(*cy) <= 90) {
                    source = std::make_unique<OGRSpatialReference>();
                    source->importFromEPSG(4326);
                    report.notes << err(QStringLiteral("좌표계가 없어 경위도(EPSG:4326)로 보았습니다"), QStringLiteral("no CRS given: coordinates read as EPSG:4326 lon/lat"));
                    if (auto r = makeTransform(); !r)
                        return r.error();
                } else {
                    return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2").arg(path, err(QStringLiteral("좌표계를 알 수 없습니다. --s-srs EPSG:5186 처럼 알려 주세요"), QStringLiteral("the coordinates have no CRS; give one with --s-srs, e.g. EPSG:5186"))));
                }
            }
        } else if (cx || cy) {
            fail(QStringLiteral("geom"), QString(), err(QStringLiteral("X와 Y 좌표가 모두 있어야 합니다"), QStringLiteral("both X and Y are needed")));
        }
        if (pt) {
            if (!ct) {
                return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2").arg(path, err(QStringLiteral("좌표계를 알 수 없습니다. --s-srs로 알려 주세요"), QStringLiteral("the layer has no CRS; give one with --s-srs"))));
            }
            if (pt->transform(ct.get()) != OGRERR_NONE) {
                fail(QStringLiteral("geom"), QString(), err(QStringLiteral("좌표 변환 실패"), QStringLiteral("coordinate transformation failed")));
            } else {
                const auto *p = pt->toPoint();
                a.hasLocation = true;
                a.x = p->getX();
                a.y = p->getY();
            }
        }
        QSet<QString> failedColumns; // a value that did not parse is reported once, not again as "empty"
        for (size_t e = errorsBefore; e < report.errors.size(); ++e)
            failedColumns.insert(report.errors[e].column);
        for (const FieldProblem &p : validator.check(a)) {
            if (!failedColumns.contains(columnOf.value(p.field, p.field)))
                fail(p.field, p.value, p.reason);
        }
        if (!a.code.isEmpty()) {
            if (!codes.insert(a.code).second)
                fail(QStringLiteral("code"), a.code, err(QStringLiteral("파일 안에서 코드가 중복됩니다"), QStringLiteral("the code appears twice in the file")));
            else if (store.assetByCode(a.code))
                fail(QStringLiteral("code"), a.code, err(QStringLiteral("이미 인벤토리에 있는 코드입니다"), QStringLiteral("the code is already in the inventory")));
        }
        assets.push_back(std::move(a));
        rowOf.push_back(row);
        if (progress && index % 4096 == 0)
            progress(index, total * 2);
    }
    report.rows = index;
    if (!report.errors.empty())
        return report;
    if (report.rows == 0) {
        report.notes << err(QStringLiteral("가져올 행이 없습니다"), QStringLiteral("no rows to import"));
        return report;
    }
    auto added = store.addAssets(assets, progress ? [&](qint64 d, qint64 t) { progress(t + d, t * 2); } : std::function<void(qint64, qint64)>{});
    if (!added)
        return added.error();
    report.imported = *added;
    return report;
}

} // namespace gc::core
