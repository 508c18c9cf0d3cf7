// Map benchmarks that need no window: tile rendering of the dong layer and hit testing.
#include "pointindex.h"
#include "tilerenderer.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <random>

using namespace gc::geo;

namespace {
std::shared_ptr<const VectorLayer> dongLayer()
{
    static std::shared_ptr<const VectorLayer> layer = [] {
        VectorLayerOptions o;
        o.labelField = QStringLiteral("name_ko");
        o.keyField = QStringLiteral("adm_code");
        QFile res(QStringLiteral(":/gc/data/geumcheon_dongs.geojson"));
        if (!res.open(QIODevice::ReadOnly))
            return std::shared_ptr<const VectorLayer>();
        auto r = VectorLayer::loadFromMemory(res.readAll(), QStringLiteral("dongs.geojson"), o);
        return r ? *r : nullptr;
    }();
    return layer;
}
} // namespace

// One 256×256 tile of the 10 dongs (fill, outline, Korean labels) at the zoom that fits the
// district in a 1280×800 window (level 7, 8 m/px), cycling over every tile of that view.
static void BM_TileRender(benchmark::State &state)
{
    auto layer = dongLayer();
    if (!layer) {
        state.SkipWithError("dong layer did not load");
        return;
    }
    RenderLayer rl;
    rl.vector = layer;
    const RenderList list{rl};
    const int z = int(state.range(0));
    const auto keys = TileGrid::covering(layer->extent(), z);
    size_t i = 0;
    for (auto _ : state) {
        QImage img = TileRenderer::render(list, keys[i++ % keys.size()]);
        benchmark::DoNotOptimize(img.constBits());
    }
    state.counters["tiles_in_view"] = double(keys.size());
}
BENCHMARK(BM_TileRender)->Arg(7)->Arg(10)->Unit(benchmark::kMillisecond);

// A tap: the nearest of N assets within 24 px (at 0.5 m/px) of a random point in the district.
static void BM_HitTest(benchmark::State &state)
{
    const auto n = size_t(state.range(0));
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> ux(186000, 195000), uy(534000, 545000);
    std::vector<double> xs(n), ys(n);
    for (size_t i = 0; i < n; ++i) {
        xs[i] = ux(rng);
        ys[i] = uy(rng);
    }
    const PointIndex index(xs, ys);
    size_t hits = 0;
    for (auto _ : state) {
        const auto hit = index.nearest(ux(rng), uy(rng), 12.0);
        hits += hit ? 1 : 0;
        benchmark::DoNotOptimize(hit);
    }
    state.counters["hit_rate"] = double(hits) / double(state.iterations());
}
BENCHMARK(BM_HitTest)->Arg(12716)->Arg(1000000)->Unit(benchmark::kMicrosecond);
