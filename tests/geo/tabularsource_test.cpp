#include "memoryfile.h"
#include "tabularsource.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using gc::geo::MemoryFile;
using gc::geo::TabularSource;

namespace {

const char *kSheet = "분류,명칭,코드\n의자,독산동 쉼터 의자,007\n그늘막,시흥대로 그늘막,012\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QByteArray toCp949(const char *utf8)
{
    char *raw = CPLRecode(utf8, CPL_ENC_UTF8, "CP949");
    QByteArray out(raw);
    CPLFree(raw);
    return out;
}

// Each row's cells as text, in column order.
std::vector<QStringList> rows(OGRLayer &layer)
{
    std::vector<QStringList> out;
    layer.ResetReading();
    for (auto &feature : layer) {
        QStringList cells;
        for (int i = 0; i < feature->GetFieldCount(); ++i)
            cells << QString::fromUtf8(feature->GetFieldAsString(i));
        out.push_back(cells);
    }
    return out;
}

} // namespace

TEST_CASE("A CP949 CSV is detected and read as Korean", "[tabular][encoding]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("시설.csv"), toCp949(kSheet));
    REQUIRE_FALSE(CPLIsUTF8(toCp949(kSheet).constData(), -1)); // the fixture really is not UTF-8

    SECTION("detected")
    {
        auto src = TabularSource::open(path);
        REQUIRE(src.ok());
        CHECK(src->encoding() == QLatin1String("CP949"));
        REQUIRE(src->notes().size() == 1);
        CHECK(src->notes().front().contains(QLatin1String("CP949")));
        CHECK(src->hasHeaderRow());
        REQUIRE(src->layerCount() == 1);
        OGRLayer *layer = src->layer(0);
        REQUIRE(layer);
        CHECK(QString::fromUtf8(layer->GetName()) == QStringLiteral("시설"));
        CHECK(TabularSource::columnNames(*layer) == QStringList{QStringLiteral("분류"), QStringLiteral("명칭"), QStringLiteral("코드")});
        const auto r = rows(*layer);
        REQUIRE(r.size() == 2);
        CHECK(r[0] == QStringList{QStringLiteral("의자"), QStringLiteral("독산동 쉼터 의자"), QStringLiteral("007")});
        CHECK(r[1][1] == QStringLiteral("시흥대로 그늘막"));
    }
    SECTION("given by its other name, in lower case")
    {
        auto src = TabularSource::open(path, QStringLiteral("euc-kr"));
        REQUIRE(src.ok());
        CHECK(src->encoding() == QLatin1String("EUC-KR"));
        CHECK(src->notes().join(' ').contains(QLatin1String("EUC-KR")));
        OGRLayer *layer = src->layer(0);
        REQUIRE(layer);
        CHECK(rows(*layer)[0][1] == QStringLiteral("독산동 쉼터 의자"));
    }
    SECTION("recoding alone")
    {
        CHECK(TabularSource::toUtf8(toCp949(kSheet), QStringLiteral("CP949")) == QByteArray(kSheet));
        CHECK(TabularSource::toUtf8(QByteArray(kSheet), QStringLiteral("UTF-8")) == QByteArray(kSheet));
    }
}

TEST_CASE("A UTF-8 CSV with the BOM Excel writes keeps its first header and its zeros", "[tabular][encoding]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bom.csv"), QByteArray("\xEF\xBB\xBF") + kSheet);
    auto src = TabularSource::open(path);
    REQUIRE(src.ok());
    CHECK(src->encoding() == QLatin1String("UTF-8"));
    CHECK(src->notes().isEmpty());
    OGRLayer *layer = src->layer(QStringLiteral("bom"));
    REQUIRE(layer);
    const QStringList h = TabularSource::columnNames(*layer);
    REQUIRE_FALSE(h.isEmpty());
    CHECK(h.front() == QStringLiteral("분류")); // not "\uFEFF분류"
    CHECK(layer->GetLayerDefn()->GetFieldDefn(2)->GetType() == OFTString);
    CHECK(rows(*layer)[1] == QStringList{QStringLiteral("그늘막"), QStringLiteral("시흥대로 그늘막"), QStringLiteral("012")});
    CHECK_FALSE(src->layer(QStringLiteral("no such sheet")));

    // Two headers read as one key: messages name the later, whose value is the one kept.
    const auto columns = TabularSource::columns(*layer, [](const QString &h) {
        return h == QStringLiteral("코드") ? QString() : QStringLiteral("label");
    });
    CHECK(columns.unread() == QStringList{QStringLiteral("코드")});
    CHECK(columns.has(QStringLiteral("label")));
    CHECK(columns.nameOf(QStringLiteral("label")) == QStringLiteral("명칭"));
    CHECK(columns.nameOf(QStringLiteral("x"), QStringLiteral("X좌표")) == QStringLiteral("X좌표"));
    CHECK(columns.nameOf(QString(), QStringLiteral("none")) == QStringLiteral("none"));
}

TEST_CASE("An XLSX in /vsimem is read with its first row as the header and every cell as text", "[tabular]")
{
    const QString path = QStringLiteral("/vsimem/tabular_test/survey.xlsx");
    {
        GDALDriver *drv = GetGDALDriverManager()->GetDriverByName("XLSX");
        REQUIRE(drv);
        GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(ds);
        // All text: GDAL's own guess would take the header row for data ("Field1", ...).
        OGRLayer *sheet = ds->CreateLayer("수요조사", nullptr, wkbNone, nullptr);
        OGRLayer *counts = ds->CreateLayer("수량", nullptr, wkbNone, nullptr);
        REQUIRE(sheet);
        REQUIRE(counts);
        for (const char *name : {"분류", "명칭"}) {
            OGRFieldDefn fd(name, OFTString);
            REQUIRE(sheet->CreateField(&fd) == OGRERR_NONE);
        }
        OGRFeature f(sheet->GetLayerDefn());
        f.SetField("분류", "의자");
        f.SetField("명칭", "독산동 쉼터 의자");
        REQUIRE(sheet->CreateFeature(&f) == OGRERR_NONE);
        OGRFieldDefn n("부착수량", OFTInteger);
        REQUIRE(counts->CreateField(&n) == OGRERR_NONE);
        OGRFeature c(counts->GetLayerDefn());
        c.SetField("부착수량", 7);
        REQUIRE(counts->CreateFeature(&c) == OGRERR_NONE);
    }
    struct Unlink { QByteArray p; ~Unlink() { VSIUnlink(p.constData()); } } unlink{path.toUtf8()};

    auto src = TabularSource::open(path, QStringLiteral("CP949"));
    REQUIRE(src.ok());
    CHECK(src->encoding() == QLatin1String("UTF-8")); // an XLSX is Unicode whatever the user says
    CHECK(src->notes().join(' ').contains(QLatin1String("CP949")));
    CHECK(src->hasHeaderRow());
    CHECK(src->layerNames() == QStringList{QStringLiteral("수요조사"), QStringLiteral("수량")});
    OGRLayer *sheet = src->layer(QStringLiteral("수요조사"));
    REQUIRE(sheet);
    CHECK(TabularSource::columnNames(*sheet) == QStringList{QStringLiteral("분류"), QStringLiteral("명칭")});
    CHECK(rows(*sheet) == std::vector<QStringList>{{QStringLiteral("의자"), QStringLiteral("독산동 쉼터 의자")}});
    OGRLayer *counts = src->layer(1);
    REQUIRE(counts);
    REQUIRE(counts->GetLayerDefn()->GetFieldCount() == 1);
    CHECK(counts->GetLayerDefn()->GetFieldDefn(0)->GetType() == OFTString);
    CHECK(rows(*counts) == std::vector<QStringList>{{QStringLiteral("7")}});
}

TEST_CASE("A file that is not a table is an error that names it", "[tabular]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("notes.gpkg"), "not a geopackage");
    auto src = TabularSource::open(path);
    REQUIRE_FALSE(src.ok());
    CHECK(src.error().code == QLatin1String("io"));
    CHECK(src.error().message().startsWith(path));
}

TEST_CASE("A file is read only by the driver its extension names", "[tabular]")
{
    QTemporaryDir dir;
    // Valid GeoJSON saved as .xlsx: the GeoJSON driver would read it, but the office said XLSX.
    const QByteArray geojson = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"명칭":"의자"},"geometry":null}]})";
    const QString asXlsx = writeFile(dir, QStringLiteral("시설.xlsx"), geojson);
    auto wrong = TabularSource::open(asXlsx);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message().startsWith(asXlsx));
    CHECK(wrong.error().message().contains(QLatin1String("XLSX")));
    CHECK(wrong.error().message().contains(QStringLiteral("확장자")));
    CHECK(wrong.error().message().contains(QLatin1String("extension")));

    // The same bytes under their own extension read as one row.
    auto right = TabularSource::open(writeFile(dir, QStringLiteral("시설.geojson"), geojson));
    REQUIRE(right.ok());
    REQUIRE(right->layerCount() == 1);
    OGRLayer *layer = right->layer(0);
    REQUIRE(layer);
    CHECK(rows(*layer) == std::vector<QStringList>{QStringList{QStringLiteral("의자")}});
}

TEST_CASE("Memory files of one name stay apart and are gone when released", "[tabular]")
{
    QByteArray first, second;
    {
        const MemoryFile a(QByteArrayLiteral("a,b\n1,2\n"), QStringLiteral("x.csv"));
        const MemoryFile b(QByteArrayLiteral("c\n3\n"), QStringLiteral("x.csv"));
        REQUIRE(a.isOpen());
        REQUIRE(b.isOpen());
        first = a.path();
        second = b.path();
        CHECK(first != second);
        CHECK(first.endsWith("/x.csv"));
        VSIStatBufL stat;
        REQUIRE(VSIStatL(first.constData(), &stat) == 0);
        CHECK(stat.st_size == 8);
    }
    VSIStatBufL stat;
    CHECK(VSIStatL(first.constData(), &stat) != 0);
    CHECK(VSIStatL(second.constData(), &stat) != 0);
}
