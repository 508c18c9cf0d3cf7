#include "choropleth.h"
#include "geofixtures.h"
#include "tilerenderer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

using namespace gc::geo;

namespace {
std::shared_ptr<const VectorLayer> dongs(bool labels)
{
    VectorLayerOptions o;
    o.keyField = QStringLiteral("adm_code");
    if (labels)
        o.labelField = QStringLiteral("name_ko");
    auto layer = VectorLayer::load(gc::test::dongGeoJson(), o);
    REQUIRE(layer.ok());
    return *layer;
}

// Pixel of map point p in the tile at level z that contains it.
std::pair<TileKey, QPoint> locate(QPointF p, int z)
{
    const double span = TileGrid::kTilePixels * TileGrid::resolution(z);
    const TileKey key{z, int(std::floor((p.x() - TileGrid::kOriginX) / span)),
                      int(std::floor((TileGrid::kOriginY - p.y()) / span))};
    const QRectF b = TileGrid::bounds(key);
    return {key, QPoint(int((p.x() - b.left()) / TileGrid::resolution(z)), int((b.bottom() - p.y()) / TileGrid::resolution(z)))};
}
} // namespace

TEST_CASE("Tiles are the pyramid's squares at the level's resolution", "[tiles]")
{
    CHECK(TileGrid::resolution(0) == 1024.0);
    CHECK(TileGrid::resolution(10) == 1.0);
    CHECK(TileGrid::levelFor(1.0) == 10);
    CHECK(TileGrid::levelFor(1.3) == 10);
    CHECK(TileGrid::levelFor(0.6) == 11);
    const QRectF view(190000, 539000, 1280, 800);
    const auto keys = TileGrid::covering(view, 10);
    QRectF covered;
    for (const auto &k : keys)
        covered = covered.united(TileGrid::bounds(k));
    CHECK(covered.contains(view));
    CHECK(keys.size() <= size_t((1280 / 256 + 1) * (800 / 256 + 2)));
}

TEST_CASE("The dong layer renders each dong in its data-driven fill, and nothing outside", "[tiles]")
{
    const auto layer = dongs(false);
    RenderLayer rl;
    rl.vector = layer;
    rl.style.stroke = Qt::transparent;
    rl.style.fill = QColor(0, 0, 255);
    const int z = 7; // 8 m/px
    for (const VectorFeature &f : layer->features()) {
        INFO(f.key.toStdString());
        RenderList list{rl};
        list[0].style.fillByKey.insert(f.key, QColor(255, 0, 0));
        const auto [key, px] = locate(f.labelAnchor, z);
        const QImage tile = TileRenderer::render(list, key);
        REQUIRE(tile.width() == TileGrid::kTilePixels);
        CHECK(tile.pixelColor(px) == QColor(255, 0, 0));
    }
    // 2 km west of the district: transparent.
    const QPointF outside(layer->extent().left() - 2000, layer->extent().center().y());
    const auto [key, px] = locate(outside, z);
    CHECK(TileRenderer::render({rl}, key).pixelColor(px).alpha() == 0);
}

TEST_CASE("Dong labels are drawn in the tile that holds them", "[tiles]")
{
    const auto layer = dongs(true);
    RenderLayer rl;
    rl.vector = layer;
    rl.style.fill = Qt::transparent;
    rl.style.stroke = Qt::transparent;
    const auto [key, px] = locate(layer->features().front().labelAnchor, 9);
    const QImage tile = TileRenderer::render({rl}, key);
    int dark = 0;
    for (int y = px.y() - 8; y <= px.y() + 8; ++y)
        for (int x = px.x() - 24; x <= px.x() + 24; ++x)
            if (tile.rect().contains(x, y) && tile.pixelColor(x, y).alpha() > 200 && tile.pixelColor(x, y).lightness() < 80)
                ++dark;
    CHECK(dark > 20);
    rl.style.labels = false;
    CHECK(TileRenderer::render({rl}, key).pixelColor(px).alpha() == 0);
}

TEST_CASE("Choropleth classes run from pale to dark green", "[choropleth]")
{
    const Choropleth fixed; // no data yet: 0–100 %
    CHECK(fixed.colourFor(0.0) == fixed.classes()[0].colour);
    CHECK(fixed.colourFor(0.5) == fixed.classes()[2].colour);
    CHECK(fixed.colourFor(1.0) == fixed.classes()[4].colour);
    CHECK(fixed.colourFor(std::nan("")) == Choropleth::noData());
    for (size_t i = 1; i < fixed.classes().size(); ++i)
        CHECK(fixed.classes()[i].colour.lightness() < fixed.classes()[i - 1].colour.lightness());
    CHECK(fixed.classLabel(0) == QStringLiteral("0–20%"));
}

TEST_CASE("Choropleth classes span the data's range, so dongs at 49–53 % get different fills", "[choropleth]")
{
    const std::vector<double> shares{0.492, 0.501, 0.534};
    const Choropleth c = Choropleth::onDataRange(shares);
    CHECK(c.onData());
    CHECK(c.classLabel(0) == QStringLiteral("49–50%"));
    CHECK(c.classLabel(4) == QStringLiteral("53–54%"));
    CHECK(c.colourFor(0.492) == c.classes()[0].colour);
    CHECK(c.colourFor(0.534) == c.classes()[4].colour);
    CHECK(c.colourFor(0.492) != c.colourFor(0.501));
    CHECK(c.colourFor(0.501) != c.colourFor(0.534));
    CHECK(Choropleth().colourFor(0.492) == Choropleth().colourFor(0.534)); // what the fixed scale did
    CHECK(c.note() == QStringLiteral("진행률 49–54 % (구간: 자료 범위) / progress 49–54 % (classes on data range)"));
    CHECK_FALSE(Choropleth().onData());
    CHECK(Choropleth().note().contains(QStringLiteral("fixed classes")));
    // One dong is not a range: the fixed scale.
    CHECK_FALSE(Choropleth::onDataRange(std::vector<double>{0.5}).onData());
    const std::vector<double> spread{10, 90};
    CHECK(Choropleth::rangeBreaks(spread) == std::vector<double>{10, 26, 42, 58, 74, 90});
    const std::vector<double> top{99.5, 100};
    CHECK(Choropleth::rangeBreaks(top) == std::vector<double>{95, 96, 97, 98, 99, 100});
}
