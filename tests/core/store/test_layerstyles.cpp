// W2.7: map styles that travel in the GeoPackage (the layer_styles table QGIS reads).
#include "inventoryfixture.h"

#include "store/layerstyles.h"
#include "store/schema.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QXmlStreamReader>

#include <set>

using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

QString styleOf(const SqliteDb &db, const char *table)
{
    auto st = db.prepare(QStringLiteral("SELECT styleQML FROM layer_styles WHERE f_table_name = ?1 AND styleName = 'goodcity' AND useAsDefault"));
    REQUIRE(st.ok());
    st->bind(1, table);
    return st->step() ? st->toText(0) : QString();
}

// Element names and the colours of the symbol layers, read as QGIS reads the QML.
struct Parsed {
    int categories = 0, ranges = 0;
    std::set<QString> colours;
    QString error;
};

Parsed parse(const QString &qml)
{
    Parsed p;
    QXmlStreamReader xml(qml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("category"))
            ++p.categories;
        else if (xml.name() == QLatin1String("range"))
            ++p.ranges;
        else if (xml.name() == QLatin1String("Option") && xml.attributes().value(QLatin1String("name")) == QLatin1String("color"))
            p.colours.insert(xml.attributes().value(QLatin1String("value")).toString());
    }
    if (xml.hasError())
        p.error = xml.errorString();
    return p;
}

} // namespace

TEST_CASE("a new inventory carries default QGIS styles for assets and dongs, registered as a GeoPackage table", "[store][styles]")
{
    InventoryFixture fx;
    const SqliteDb &db = StoreAccess::db(*fx.store);
    CHECK(db.scalarText(QStringLiteral("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'")).value() == QStringLiteral("attributes"));
    const Parsed assets = parse(styleOf(db, "assets"));
    CHECK(assets.error.isEmpty());
    CHECK(assets.categories == 6);
    CHECK(assets.colours.size() >= 6); // one per status, in the app's palette
    CHECK(assets.colours.count(QStringLiteral("15,157,88,255"))); // verified: the dashboard's green
    CHECK(styleOf(db, "assets").contains(QStringLiteral("fieldName=\"name\"")));
    const Parsed dongs = parse(styleOf(db, "dongs"));
    CHECK(dongs.error.isEmpty());
    CHECK(dongs.ranges == 5);
    CHECK(styleOf(db, "dongs").contains(QStringLiteral("고정 / fixed"))); // no progress yet: the fixed 0–100 % scale
}

TEST_CASE("the dong choropleth is classed on the data's range", "[store][styles]")
{
    CHECK(LayerStyles::classBreaks({}) == std::vector<double>{0, 20, 40, 60, 80, 100});
    CHECK(LayerStyles::classBreaks({49.2, 50.1, 53.4}) == std::vector<double>{49, 50, 51, 52, 53, 54});
    CHECK(LayerStyles::classBreaks({10, 90}) == std::vector<double>{10, 26, 42, 58, 74, 90});
    CHECK(LayerStyles::classBreaks({99.5, 100}) == std::vector<double>{95, 96, 97, 98, 99, 100});

    InventoryFixture fx;
    auto a = fx.store->addAsset(InventoryFixture::bench());
    auto b = fx.store->addAsset(InventoryFixture::bench(QStringLiteral("둘")));
    REQUIRE((a.ok() && b.ok()));
    REQUIRE(fx.store->setStatus(a->uuid, QStringLiteral("assigned")).ok());
    REQUIRE(fx.store->setStatus(a->uuid, QStringLiteral("installed")).ok());
    REQUIRE(LayerStyles::write(*fx.store).ok());
    const SqliteDb &db = StoreAccess::db(*fx.store);
    CHECK(LayerStyles::dongShares(db).value() == std::vector<double>{50.0});
    // Written again, not added again.
    CHECK(db.scalarInt(QStringLiteral("SELECT count(*) FROM layer_styles WHERE styleName = 'goodcity'")).value() == 2);
}

TEST_CASE("an inventory from before the styles gets them by migration", "[store][styles][migration]")
{
    InventoryFixture fx;
    REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("DROP TABLE layer_styles; DELETE FROM gpkg_contents WHERE table_name = 'layer_styles'; "
                                                           "PRAGMA user_version = %1").arg(Schema::kGpkgBase + 4)).ok());
    fx.store.reset();
    auto s = AssetStore::open(fx.path);
    REQUIRE(s.ok());
    const SqliteDb &db = StoreAccess::db(**s);
    CHECK(Schema::version(db).value() == Schema::kLatest);
    CHECK(parse(styleOf(db, "assets")).categories == 6);
    CHECK(parse(styleOf(db, "dongs")).ranges == 5);
}
