#include "io/assetimporter.h"
#include "crstransform.h"
#include "inventoryfixture.h"
#include "store/inventoryverifier.h"

#include <QFile>

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray toCp949(const QString &text)
{
    char *raw = CPLRecode(text.toUtf8().constData(), CPL_ENC_UTF8, "CP949");
    QByteArray out(raw);
    CPLFree(raw);
    return out;
}

const char *kCsv = "분류,명칭,관리부서,경도,위도,부착방식\n"
                   "의자,독산3동 쉼터 의자,공원녹지과,126.9036,37.4748,스티커(데칼)\n"
                   "sign,버스정류소 표지판,교통행정과,126.8957,37.4770,plate\n"
                   "그늘막,시흥대로 그늘막,안전재난과,126.9020,37.4520,banner\n";

} // namespace

TEST_CASE("a UTF-8 CSV with Korean headers and lon/lat columns imports whole", "[import]")
{
    InventoryFixture fx;
    const QString csv = fx.dir.filePath(QStringLiteral("assets.csv"));
    writeFile(csv, QByteArray("\xEF\xBB\xBF") + kCsv); // with the BOM Excel writes
    auto r = AssetImporter::run(*fx.store, csv, {});
    REQUIRE(r.ok());
    INFO(r->notes.join('\n').toStdString());
    REQUIRE(r->ok());
    CHECK(r->imported == 3);
    CHECK(fx.store->assetCount() == 3);
    const auto bench = fx.store->assetByCode(QStringLiteral("GC-BENCH-000001"));
    REQUIRE(bench);
    CHECK(bench->name == QStringLiteral("독산3동 쉼터 의자"));
    CHECK(bench->method == QStringLiteral("sticker"));
    CHECK(bench->dongCode.startsWith(QStringLiteral("11545")));
    CHECK(r->notes.join(' ').contains(QStringLiteral("EPSG:4326")));
    CHECK(InventoryVerifier::run(*fx.store).ok());
}

TEST_CASE("Korean headers 주소 and 위치근사 with 예/아니오 values import", "[import]")
{
    InventoryFixture fx;
    const QString csv = fx.dir.filePath(QStringLiteral("addresses.csv"));
    writeFile(csv, QStringLiteral("분류,명칭,주소,위치근사,경도,위도\n"
                                  "의자,독산동 의자,서울특별시 금천구 독산동 1000-1,예,126.9036,37.4748\n"
                                  "의자,가산동 의자,서울특별시 금천구 가산동 10-2,아니오,126.8850,37.4800\n")
                       .toUtf8());
    auto r = AssetImporter::run(*fx.store, csv, {});
    REQUIRE(r.ok());
    for (const auto &e : r->errors)
        UNSCOPED_INFO(e.toString().toStdString());
    REQUIRE(r->ok());
    const auto first = fx.store->assetByCode(QStringLiteral("GC-BENCH-000001"));
    REQUIRE(first);
    CHECK(first->addressJibun == QStringLiteral("서울특별시 금천구 독산동 1000-1"));
    CHECK(first->locationApproximate);
    const auto second = fx.store->assetByCode(QStringLiteral("GC-BENCH-000002"));
    REQUIRE(second);
    CHECK_FALSE(second->locationApproximate);
}

TEST_CASE("a CP949 CSV is detected and read as Korean", "[import][encoding]")
{
    InventoryFixture fx;
    const QString csv = fx.dir.filePath(QStringLiteral("cp949.csv"));
    writeFile(csv, toCp949(QString::fromUtf8(kCsv)));
    auto r = AssetImporter::run(*fx.store, csv, {});
    REQUIRE(r.ok());
    REQUIRE(r->ok());
    CHECK(r->encoding == QStringLiteral("CP949"));
    CHECK(fx.store->assetByCode(QStringLiteral("GC-SHADE-000001"))->name == QStringLiteral("시흥대로 그늘막"));
}

TEST_CASE("one bad row imports nothing and every bad value is named", "[import][rollback]")
{
    InventoryFixture fx;
    REQUIRE(fx.store->addAsset(InventoryFixture::bench()).ok());
    const qint64 events = fx.store->eventCount();
    const QString csv = fx.dir.filePath(QStringLiteral("bad.csv"));
    writeFile(csv, "분류,명칭,경도,위도,우선순위\n"
                   "의자,좋은 의자,126.9036,37.4748,2\n"
                   "벤치의자,잘못된 분류,126.9036,37.4748,2\n"
                   "의자,우선순위가 글자,126.9036,37.4748,높음\n"
                   "의자,서울역 앞,126.9707,37.5547,2\n");
    auto r = AssetImporter::run(*fx.store, csv, {});
    REQUIRE(r.ok());
    REQUIRE_FALSE(r->ok());
    REQUIRE(r->errors.size() == 3);
    CHECK(r->errors[0].row == 3);
    CHECK(r->errors[0].column == QStringLiteral("분류"));
    CHECK(r->errors[0].value == QStringLiteral("벤치의자"));
    CHECK(r->errors[0].reason.contains(QStringLiteral("bench (의자)")));
    CHECK(r->errors[1].row == 4);
    CHECK(r->errors[1].column == QStringLiteral("우선순위"));
    CHECK(r->errors[2].row == 5);
    CHECK(r->errors[2].reason.contains(QStringLiteral("outside Geumcheon-gu")));
    CHECK(fx.store->assetCount() == 1);
    CHECK(fx.store->eventCount() == events);
}

TEST_CASE("a CP949 shapefile in EPSG:5174 with no .cpg imports with the right Korean and places", "[import][encoding][crs]")
{
    InventoryFixture fx;
    const QString shp = fx.dir.filePath(QStringLiteral("benches.shp"));
    // The known point: inside 독산3동, given in EPSG:5186, written in EPSG:5174 (Korean 1985 / Modified Central Belt).
    const double x5186 = 191604.6, y5186 = 541809.5;
    OGRSpatialReference s5174;
    s5174.importFromEPSG(5174);
    s5174.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    auto to5174 = geo::CrsTransform::create(QStringLiteral("EPSG:5186"), QStringLiteral("EPSG:5174"));
    REQUIRE(to5174.ok());
    double x = x5186, y = y5186;
    REQUIRE(to5174->transform(x, y));
    {
        GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        GDALDatasetUniquePtr ds(drv->Create(shp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(ds);
        CPLStringList lco;
        lco.AddNameValue("ENCODING", "CP949");
        OGRLayer *l = ds->CreateLayer("benches", &s5174, wkbPoint, lco.List());
        REQUIRE(l);
        for (const char *name : {"CATEGORY", "NAME"}) {
            OGRFieldDefn fd(name, OFTString);
            fd.SetWidth(60);
            REQUIRE(l->CreateField(&fd) == OGRERR_NONE);
        }
        OGRFeature f(l->GetLayerDefn());
        f.SetField("CATEGORY", "의자");
        f.SetField("NAME", "독산3동 어린이공원 의자");
        OGRPoint p(x, y);
        f.SetGeometry(&p);
        REQUIRE(l->CreateFeature(&f) == OGRERR_NONE);
    }
    // Make it look like the files departments send: no .cpg, no code page byte in the .dbf.
    QFile::remove(fx.dir.filePath(QStringLiteral("benches.cpg")));
    {
        QFile dbf(fx.dir.filePath(QStringLiteral("benches.dbf")));
        REQUIRE(dbf.open(QIODevice::ReadWrite));
        dbf.seek(29);
        dbf.write(QByteArray(1, '\0'));
    }
    auto r = AssetImporter::run(*fx.store, shp, {});
    REQUIRE(r.ok());
    INFO([&] { QStringList l; for (auto &e : r->errors) l << e.toString(); return l.join('\n').toStdString(); }());
    REQUIRE(r->ok());
    CHECK(r->encoding == QStringLiteral("CP949"));
    CHECK(r->srs == QStringLiteral("EPSG:5174"));
    const auto a = fx.store->assetByCode(QStringLiteral("GC-BENCH-000001"));
    REQUIRE(a);
    CHECK(a->name == QStringLiteral("독산3동 어린이공원 의자"));
    CHECK(a->x == Approx(x5186).margin(0.05));
    CHECK(a->y == Approx(y5186).margin(0.05));
    CHECK(a->dongCode == QStringLiteral("1154563000"));
}

TEST_CASE("an XLSX sheet with Korean headers imports through GDAL", "[import]")
{
    InventoryFixture fx;
    const QString xlsx = fx.dir.filePath(QStringLiteral("assets.xlsx"));
    {
        GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("XLSX");
        REQUIRE(drv);
        GDALDatasetUniquePtr ds(drv->Create(xlsx.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(ds);
        OGRLayer *l = ds->CreateLayer("시설", nullptr, wkbNone, nullptr);
        for (const char *name : {"분류", "명칭", "X", "Y"}) {
            OGRFieldDefn fd(name, OFTString);
            REQUIRE(l->CreateField(&fd) == OGRERR_NONE);
        }
        OGRFeature f(l->GetLayerDefn());
        f.SetField("분류", "운동기구");
        f.SetField("명칭", "시흥5동 운동기구");
        f.SetField("X", "191904.5");
        f.SetField("Y", "538811.5");
        REQUIRE(l->CreateFeature(&f) == OGRERR_NONE);
    }
    SECTION("without a CRS for projected numbers it asks for --s-srs")
    {
        auto r = AssetImporter::run(*fx.store, xlsx, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("--s-srs")));
        CHECK(fx.store->assetCount() == 0);
    }
    SECTION("with --s-srs EPSG:5186")
    {
        AssetImporter::Options o;
        o.sourceSrs = QStringLiteral("EPSG:5186");
        auto r = AssetImporter::run(*fx.store, xlsx, o);
        REQUIRE(r.ok());
        REQUIRE(r->ok());
        CHECK(r->imported == 1);
        CHECK(fx.store->assetByCode(QStringLiteral("GC-EXER-000001"))->dongCode == QStringLiteral("1154571000"));
    }
}

TEST_CASE("the --map option names columns whose headers are not ours", "[import]")
{
    InventoryFixture fx;
    const QString csv = fx.dir.filePath(QStringLiteral("mapped.csv"));
    writeFile(csv, "kind,title,lon,lat\nbench,Mapped bench,126.9036,37.4748\n");
    AssetImporter::Options o;
    SECTION("without the map the category column is missing")
    {
        auto r = AssetImporter::run(*fx.store, csv, o);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QStringLiteral("--map")));
    }
    SECTION("with it, it imports")
    {
        o.fieldMap.insert(QStringLiteral("kind"), QStringLiteral("category"));
        o.fieldMap.insert(QStringLiteral("title"), QStringLiteral("name"));
        auto r = AssetImporter::run(*fx.store, csv, o);
        REQUIRE(r.ok());
        REQUIRE(r->ok());
        CHECK(fx.store->assetByCode(QStringLiteral("GC-BENCH-000001"))->name == QStringLiteral("Mapped bench"));
    }
}
