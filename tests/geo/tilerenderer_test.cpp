#include "choropleth.h"
#include "geofixtures.h"
#include "tilerenderer.h"

#include <catch2/catch.hpp>

#include <cmath>

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
    CHECK(Choropleth::colourFor(0.0) == Choropleth::classes()[0].colour);
    CHECK(Choropleth::colourFor(0.5) == Choropleth::classes()[2].colour);
    CHECK(Choropleth::colourFor(1.0) == Choropleth::classes()[4].colour);
    CHECK(Choropleth::colourFor(std::nan("")) == Choropleth::noData());
    for (size_t i = 1; i < Choropleth::classes().size(); ++i)
        CHECK(Choropleth::classes()[i].colour.lightness() < Choropleth::classes()[i - 1].colour.lightness());
    CHECK(Choropleth::classLabel(0) == QStringLiteral("0–20%"));
}
