#include "inventoryfixture.h"

#include "io/assetexporter.h"
#include "model/catalog.h"
#include "office/dashboard.h"
#include "demo/demogenerator.h"
#include "choropleth.h"
#include "reports/progressreport.h"
#include "office/rolloutplan.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <map>

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

// 400 demo assets with their rollout history: every category, status and dong appears.
struct DemoInventory : InventoryFixture {
    std::map<QString, Asset> byCode;
    DemoInventory()
    {
        DemoGenerator::Options o;
        o.assets = 400;
        REQUIRE(DemoGenerator::fill(*store, o).ok());
        auto all = store->assets();
        REQUIRE(all.ok());
        for (const Asset &a : *all)
            byCode[a.code] = a;
    }
    QString out(const QString &name) const { return dir.filePath(name); }
};

GDALDatasetUniquePtr openVector(const QString &path)
{
    return GDALDatasetUniquePtr(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

QString field(OGRFeature &f, const QString &name)
{
    const int i = f.GetFieldIndex(name.toUtf8().constData());
    REQUIRE(i >= 0);
    return QString::fromUtf8(f.GetFieldAsString(i));
}

} // namespace

TEST_CASE("an XLSX export reads back through GDAL with Korean headers and labels", "[export]")
{
    DemoInventory inv;
    const QString path = inv.out(QStringLiteral("자산.xlsx"));
    qint64 lastDone = -1, lastTotal = -1;
    auto n = AssetExporter::write(*inv.store, path, AssetExporter::Format::Xlsx, {}, [&](qint64 d, qint64 t) { lastDone = d, lastTotal = t; });
    REQUIRE(n.ok());
    CHECK(*n == 400);
    CHECK(lastDone == 400);
    CHECK(lastTotal == 400);
    auto ds = openVector(path);
    REQUIRE(ds);
    CHECK(QString::fromUtf8(ds->GetDriver()->GetDescription()) == QStringLiteral("XLSX"));
    OGRLayer *layer = ds->GetLayer(0);
    REQUIRE(layer);
    CHECK(layer->GetFeatureCount() == 400);
    int compared = 0;
    for (auto &f : *layer) {
        const QString code = field(*f, QStringLiteral("코드"));
        REQUIRE(inv.byCode.count(code) == 1);
        const Asset &a = inv.byCode[code];
        CHECK(field(*f, QStringLiteral("uuid")) == a.uuid);
        CHECK(field(*f, QStringLiteral("명칭")) == a.name);
        CHECK(field(*f, QStringLiteral("관리부서")) == a.department);
        CHECK(field(*f, QStringLiteral("분류")) == catalog::labelKo(catalog::categories(), a.category));
        CHECK(field(*f, QStringLiteral("상태")) == catalog::labelKo(catalog::statuses(), a.status));
        CHECK(field(*f, QStringLiteral("부착방식")) == catalog::labelKo(catalog::methods(), a.method));
        CHECK(field(*f, QStringLiteral("부착수량")).toInt() == a.markCount);
        CHECK(field(*f, QStringLiteral("담당자")) == a.assignee);
        if (a.hasLocation) {
            const double lon = field(*f, QStringLiteral("경도")).toDouble(), lat = field(*f, QStringLiteral("위도")).toDouble();
            CHECK(lon > 126.85);
            CHECK(lon < 126.95);
            CHECK(lat > 37.42);
            CHECK(lat < 37.50);
        }
        ++compared;
    }
    CHECK(compared == 400);
}

TEST_CASE("a GeoPackage export reads back with the same points and codes", "[export]")
{
    DemoInventory inv;
    const QString path = inv.out(QStringLiteral("export.gpkg"));
    REQUIRE(AssetExporter::write(*inv.store, path, AssetExporter::Format::Gpkg).ok());
    auto ds = openVector(path);
    REQUIRE(ds);
    OGRLayer *layer = ds->GetLayerByName("assets");
    REQUIRE(layer);
    REQUIRE(layer->GetSpatialRef());
    CHECK(QString::fromLatin1(layer->GetSpatialRef()->GetAuthorityCode(nullptr)) == QStringLiteral("5186"));
    CHECK(layer->GetFeatureCount() == 400);
    int points = 0;
    for (auto &f : *layer) {
        const Asset &a = inv.byCode[field(*f, QStringLiteral("code"))];
        REQUIRE_FALSE(a.uuid.isEmpty());
        CHECK(field(*f, QStringLiteral("category")) == a.category);
        CHECK(field(*f, QStringLiteral("status")) == a.status);
        CHECK(field(*f, QStringLiteral("dong_code")) == a.dongCode);
        CHECK(field(*f, QStringLiteral("due_date")) == a.dueDate);
        const OGRGeometry *g = f->GetGeometryRef();
        CHECK(bool(g) == a.hasLocation);
        if (g && a.hasLocation) {
            const auto *p = g->toPoint();
            CHECK(p->getX() == Approx(a.x).margin(1e-6));
            CHECK(p->getY() == Approx(a.y).margin(1e-6));
            ++points;
        }
    }
    CHECK(points > 350);
}

TEST_CASE("a CSV export is UTF-8 with a BOM, and a filter narrows every format the same way", "[export]")
{
    DemoInventory inv;
    AssetFilter filter;
    filter.statuses = {QStringLiteral("installed")};
    filter.categories = {QStringLiteral("sign"), QStringLiteral("bench")};
    qint64 expected = 0;
    for (const auto &[code, a] : inv.byCode)
        expected += a.status == QLatin1String("installed") && (a.category == QLatin1String("sign") || a.category == QLatin1String("bench"));
    REQUIRE(expected > 0);

    const QString csv = inv.out(QStringLiteral("installed.csv"));
    auto n = AssetExporter::write(*inv.store, csv, AssetExporter::Format::Csv, filter);
    REQUIRE(n.ok());
    CHECK(*n == expected);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes.mid(3, 200)).contains(QStringLiteral("분류")));
    auto ds = openVector(csv);
    REQUIRE(ds);
    CHECK(ds->GetLayer(0)->GetFeatureCount() == expected);

    const QString json = inv.out(QStringLiteral("installed.geojson"));
    REQUIRE(AssetExporter::write(*inv.store, json, AssetExporter::Format::GeoJson, filter).ok());
    auto js = openVector(json);
    REQUIRE(js);
    CHECK(js->GetLayer(0)->GetFeatureCount() == expected);
    for (auto &feat : *js->GetLayer(0)) {
        CHECK(field(*feat, QStringLiteral("status")) == QStringLiteral("installed"));
        const auto *p = feat->GetGeometryRef()->toPoint();
        CHECK(p->getX() == Approx(126.9).margin(0.06)); // WGS 84 longitude, as RFC 7946 asks
    }
}

TEST_CASE("an export never overwrites the inventory and names a missing folder", "[export]")
{
    DemoInventory inv;
    auto self = AssetExporter::write(*inv.store, inv.path, AssetExporter::Format::Gpkg);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message().contains(inv.path));
    CHECK(inv.store->assetCount() == 400);
    const QString missing = inv.out(QStringLiteral("no/such/folder/x.xlsx"));
    auto r = AssetExporter::write(*inv.store, missing, AssetExporter::Format::Xlsx);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("folder")));
}

TEST_CASE("the PDF progress report has six pages with Korean text and drawn content", "[export][pdf]")
{
    DemoInventory inv;
    auto d = Dashboard::compute(StoreAccess::db(*inv.store), RolloutPlan{}, QDate(2024, 4, 19));
    REQUIRE(d.ok());
    const QString pdf = inv.out(QStringLiteral("report.pdf"));
    REQUIRE(ProgressReport::write(*inv.store, *d, pdf).ok());

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    // Qt maps the space glyph to a control character, so spaces and controls are dropped before comparing.
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("[\\s\\p{Cc}]")));
    CHECK(words.contains(QStringLiteral("도시브랜드교체추진현황")));
    CHECK(words.contains(QStringLiteral("가산동")));
    CHECK(words.contains(QStringLiteral("자재발주와예산")));
    // The dong map's legend says its classes are on the data's range (W2.7).
    CHECK(words.contains(QStringLiteral("(구간:자료범위)/progress")));

    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf, inv.out(QStringLiteral("page"))});
    REQUIRE(render.waitForFinished(60000));
    REQUIRE(render.exitCode() == 0);
    const QStringList pages = QDir(inv.dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    REQUIRE(pages.size() == ProgressReport::kPages);
    for (const QString &page : pages) {
        INFO(page.toStdString());
        const QImage img(inv.out(page));
        REQUIRE_FALSE(img.isNull());
        qint64 inked = 0;
        for (int y = 0; y < img.height(); ++y) {
            for (int x = 0; x < img.width(); ++x)
                inked += qGray(img.pixel(x, y)) < 200;
        }
        CHECK(inked > img.width() * img.height() / 100); // at least 1 % of the page carries ink
    }
    // Page 4, the dong map: the demo's dongs progress at different paces, and on classes spanning the
    // data's range they are filled in different class colours (a 0–100 % scale gave them one).
    const QImage map(inv.out(pages[3]));
    std::vector<double> shares;
    for (const auto &r : d->byDong)
        if (r.total() > 0)
            shares.push_back(r.doneShare());
    const auto classes = gc::geo::Choropleth::onDataRange(shares).classes();
    int filled = 0;
    for (const auto &c : classes) {
        const QRgb want = QColor(c.colour.red(), c.colour.green(), c.colour.blue()).rgb();
        qint64 n = 0;
        for (int y = 0; y < map.height(); ++y)
            for (int x = 0; x < map.width(); ++x)
                n += (map.pixel(x, y) & 0xFFFFFF) == (want & 0xFFFFFF);
        filled += n > 200; // a dong's area, not a legend swatch (about 40 pixels at 30 dpi)
    }
    CHECK(filled >= 3);
}
