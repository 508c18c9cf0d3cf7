#include "io/assetimporter.h"
#include "domain/assetfields.h"
#include "store/assetstore.h"
#include "domain/assetvalidator.h"
#include "domain/catalog.h"
#include "bilingual.h"
#include "crstransform.h"
#include "domain/donglocator.h"
#include "store/schema.h"
#include "tabularsource.h"

#include <QFileInfo>
#include <QSet>

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

Result<AssetImporter::Report> AssetImporter::run(AssetStore &store, const QString &path, const Options &o,
                                                 const std::function<void(qint64, qint64)> &progress)
{
    Report report;
    report.source = path;
    if (!QFileInfo::exists(path))
        return makeError(QStringLiteral("not_found"), QStringLiteral("%1: %2").arg(path, bilingual(QStringLiteral("파일이 없습니다"), QStringLiteral("no such file"))));
    for (auto it = o.fieldMap.begin(); it != o.fieldMap.end(); ++it) {
        const QString d = it.value();
        if (!assetfields::find(d) && d != QLatin1String("dong") && d != QLatin1String("x") && d != QLatin1String("y"))
            return makeError(QStringLiteral("usage"), QStringLiteral("--map %1=%2: %3").arg(it.key(), d, bilingual(QStringLiteral("알 수 없는 필드"), QStringLiteral("unknown field"))));
    }
    auto src = geo::TabularSource::open(path, o.encoding);
    if (!src)
        return src.error();
    report.encoding = src->encoding();
    report.notes << src->notes();
    OGRLayer *layer = nullptr;
    if (!o.layer.isEmpty()) {
        layer = src->layer(o.layer);
        if (!layer)
            return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2 '%3'").arg(path, bilingual(QStringLiteral("레이어가 없습니다"), QStringLiteral("no such layer")), o.layer));
    } else if (src->layerCount() == 1) {
        layer = src->layer(0);
    } else {
        return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2: %3").arg(path, bilingual(QStringLiteral("레이어가 여럿입니다. --layer로 고르세요"), QStringLiteral("several layers; choose one with --layer")), src->layerNames().join(QStringLiteral(", "))));
    }
    report.layer = QString::fromUtf8(layer->GetName());

    // Columns and where they go.
    const auto columns = geo::TabularSource::columns(*layer, [&](const QString &name) { return destinationFor(name, o.fieldMap); });
    const QStringList ignored = columns.unread();
    if (!ignored.isEmpty())
        report.notes << bilingual(QStringLiteral("가져오지 않은 열: %1").arg(ignored.join(QStringLiteral(", "))), QStringLiteral("columns not imported (use --map SRC=DEST)"));
    if (!columns.has(QStringLiteral("category")))
        return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2").arg(path, bilingual(QStringLiteral("분류(category) 열이 없습니다. --map 열이름=category 로 알려 주세요"), QStringLiteral("no category column; name it with --map COLUMN=category"))));

    // Coordinate reference system.
    const QString target = QStringLiteral("EPSG:%1").arg(Schema::kSrsId);
    std::optional<geo::CrsTransform> ct;
    auto makeTransform = [&](Result<geo::CrsTransform> made) -> VoidResult {
        if (!made)
            return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2").arg(path, bilingual(QStringLiteral("좌표계를 EPSG:5186으로 바꿀 수 없습니다"), QStringLiteral("cannot transform the CRS to EPSG:5186"))));
        ct.emplace(std::move(*made));
        report.srs = ct->sourceCrs();
        return Ok{};
    };
    VoidResult crs = Ok{};
    if (o.sourceSrs.isEmpty() && !src->crsProblem().isEmpty())
        return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2 (%3)").arg(path, bilingual(QStringLiteral("파일에 적힌 좌표계를 알 수 없습니다. --s-srs EPSG:5186 처럼 알려 주세요"), QStringLiteral("the CRS the file names is unknown; give it with --s-srs, e.g. EPSG:5186")), src->crsProblem()));
    if (!o.sourceSrs.isEmpty()) {
        if (!geo::CrsTransform::validate(o.sourceSrs))
            return makeError(QStringLiteral("usage"), QStringLiteral("--s-srs %1: %2").arg(o.sourceSrs, bilingual(QStringLiteral("알 수 없는 좌표계"), QStringLiteral("unknown CRS"))));
        crs = makeTransform(geo::CrsTransform::create(o.sourceSrs, target));
    } else if (const OGRSpatialReference *l = layer->GetSpatialRef()) {
        crs = makeTransform(geo::CrsTransform::create(*l, target));
    }
    if (!crs)
        return crs.error();
    const bool columnsXY = columns.has(QStringLiteral("x")) && columns.has(QStringLiteral("y"));

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
        const qint64 row = src->hasHeaderRow() ? index + 1 : index;
        Asset a;
        std::optional<double> cx, cy;
        const size_t errorsBefore = report.errors.size();
        auto fail = [&](const QString &field, const QString &value, const QString &reason) {
            const QString col = field == QLatin1String("geom") ? (columnsXY ? columns.nameOf(QStringLiteral("x")) + QLatin1Char(',') + columns.nameOf(QStringLiteral("y")) : QStringLiteral("geometry"))
                                                              : columns.nameOf(field, field);
            report.errors.push_back({row, col, value, reason});
        };
        for (int i = 0; i < int(columns.names.size()); ++i) {
            const QString &d = columns.keys[i];
            if (d.isEmpty() || !feature->IsFieldSetAndNotNull(i))
                continue;
            QString v = QString::fromUtf8(feature->GetFieldAsString(i)).trimmed();
            if (v.isEmpty())
                continue;
            if (d == QLatin1String("x") || d == QLatin1String("y")) {
                bool ok = false;
                const double n = v.toDouble(&ok);
                if (!ok) {
                    report.errors.push_back({row, columns.names[i], v, bilingual(QStringLiteral("숫자가 아닙니다"), QStringLiteral("not a number"))});
                    continue;
                }
                (d == QLatin1String("x") ? cx : cy) = n;
                continue;
            }
            if (d == QLatin1String("dong")) {
                const QString code = dongs->codeOf(v);
                if (code.isEmpty())
                    report.errors.push_back({row, columns.names[i], v, bilingual(QStringLiteral("금천구의 행정동이 아닙니다"), QStringLiteral("not a dong of Geumcheon-gu"))});
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
                    report.errors.push_back({row, columns.names[i], v, bilingual(QStringLiteral("허용되지 않는 값입니다"), QStringLiteral("not allowed; use one of: %1").arg(catalog::allowedValues(list)))});
                    continue;
                }
                v = QLatin1String(e->code);
            }
            if (f->type == AssetField::Type::Int) {
                bool ok = false;
                const int n = v.toInt(&ok);
                if (!ok) {
                    report.errors.push_back({row, columns.names[i], v, bilingual(QStringLiteral("정수가 아닙니다"), QStringLiteral("not a whole number"))});
                    continue;
                }
                assetfields::set(a, d, n);
            } else if (f->type == AssetField::Type::Bool) {
                bool b = false;
                if (!parseBool(v, b)) {
                    report.errors.push_back({row, columns.names[i], v, bilingual(QStringLiteral("예/아니오(1/0)로 적어 주세요"), QStringLiteral("use yes/no (1/0)"))});
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
            if (!ct) {
                // Spreadsheets rarely say their CRS: longitude/latitude ranges are unmistakable.
                if (std::abs(*cx) <= 180 && std::abs(*cy) <= 90) {
                    report.notes << bilingual(QStringLiteral("좌표계가 없어 경위도(EPSG:4326)로 보았습니다"), QStringLiteral("no CRS given: coordinates read as EPSG:4326 lon/lat"));
                    if (auto r = makeTransform(geo::CrsTransform::create(QStringLiteral("EPSG:4326"), target)); !r)
                        return r.error();
                } else {
                    return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2").arg(path, bilingual(QStringLiteral("좌표계를 알 수 없습니다. --s-srs EPSG:5186 처럼 알려 주세요"), QStringLiteral("the coordinates have no CRS; give one with --s-srs, e.g. EPSG:5186"))));
                }
            }
        } else if (cx || cy) {
            fail(QStringLiteral("geom"), QString(), bilingual(QStringLiteral("X와 Y 좌표가 모두 있어야 합니다"), QStringLiteral("both X and Y are needed")));
        }
        if (pt) {
            if (!ct) {
                return makeError(QStringLiteral("usage"), QStringLiteral("%1: %2").arg(path, bilingual(QStringLiteral("좌표계를 알 수 없습니다. --s-srs로 알려 주세요"), QStringLiteral("the layer has no CRS; give one with --s-srs"))));
            }
            if (!ct->transform(*pt)) {
                fail(QStringLiteral("geom"), QString(), bilingual(QStringLiteral("좌표 변환 실패"), QStringLiteral("coordinate transformation failed")));
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
            if (!failedColumns.contains(columns.nameOf(p.field, p.field)))
                fail(p.field, p.value, p.reason);
        }
        if (!a.code.isEmpty()) {
            if (!codes.insert(a.code).second)
                fail(QStringLiteral("code"), a.code, bilingual(QStringLiteral("파일 안에서 코드가 중복됩니다"), QStringLiteral("the code appears twice in the file")));
            else if (store.assetByCode(a.code))
                fail(QStringLiteral("code"), a.code, bilingual(QStringLiteral("이미 인벤토리에 있는 코드입니다"), QStringLiteral("the code is already in the inventory")));
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
        report.notes << bilingual(QStringLiteral("가져올 행이 없습니다"), QStringLiteral("no rows to import"));
        return report;
    }
    auto added = store.addAssets(assets, progress ? [&](qint64 d, qint64 t) { progress(t + d, t * 2); } : std::function<void(qint64, qint64)>{});
    if (!added)
        return added.error();
    report.imported = *added;
    return report;
}

} // namespace gc::core
