#include "clustergrid.h"
#include "pointindex.h"
#include "tilegrid.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using gc::geo::ClusterGrid;
using gc::geo::PointIndex;

namespace {
struct Cloud {
    std::vector<double> xs, ys;
    std::vector<uint8_t> classes;
};
Cloud cloud(size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> ux(186000, 195000), uy(534000, 545000);
    std::uniform_int_distribution<int> uc(0, 5);
    Cloud c;
    for (size_t i = 0; i < n; ++i) {
        c.xs.push_back(ux(rng));
        c.ys.push_back(uy(rng));
        c.classes.push_back(uint8_t(uc(rng)));
    }
    return c;
}
} // namespace

TEST_CASE("Box queries find exactly the points a brute-force scan finds", "[index]")
{
    const Cloud c = cloud(20000, 7);
    const PointIndex index(c.xs, c.ys);
    REQUIRE(index.size() == 20000);
    std::mt19937 rng(1);
    std::uniform_real_distribution<double> ux(185000, 196000), uy(533000, 546000), us(10, 3000);
    for (int q = 0; q < 50; ++q) {
        const QRectF box(ux(rng), uy(rng), us(rng), us(rng));
        std::vector<uint32_t> got;
        index.query(box, got);
        std::vector<uint32_t> want;
        for (uint32_t i = 0; i < c.xs.size(); ++i)
            if (c.xs[i] >= box.left() && c.xs[i] <= box.right() && c.ys[i] >= box.top() && c.ys[i] <= box.bottom())
                want.push_back(i);
        std::sort(got.begin(), got.end());
        REQUIRE(got == want);
    }
}

TEST_CASE("A tap finds the nearest point within reach, and nothing beyond it", "[index]")
{
    const Cloud c = cloud(5000, 3);
    const PointIndex index(c.xs, c.ys);
    std::mt19937 rng(2);
    std::uniform_real_distribution<double> ux(186000, 195000), uy(534000, 545000);
    for (int q = 0; q < 200; ++q) {
        const double x = ux(rng), y = uy(rng), reach = 40;
        double best = reach;
        std::optional<uint32_t> want;
        for (uint32_t i = 0; i < c.xs.size(); ++i) {
            const double d = std::hypot(c.xs[i] - x, c.ys[i] - y);
            if (d <= best) {
                best = d;
                want = i;
            }
        }
        const auto got = index.nearest(x, y, reach);
        REQUIRE(got.has_value() == want.has_value());
        if (got)
            CHECK(std::hypot(c.xs[*got] - x, c.ys[*got] - y) == Approx(best));
    }
}

TEST_CASE("Lasso selection keeps only points inside the drawn shape", "[index]")
{
    const Cloud c = cloud(10000, 11);
    const PointIndex index(c.xs, c.ys);
    // A triangle: half of its bounding box is outside it.
    const QPolygonF lasso({QPointF(188000, 536000), QPointF(193000, 536000), QPointF(188000, 542000)});
    std::vector<uint32_t> got;
    index.queryPolygon(lasso, got);
    size_t want = 0;
    for (size_t i = 0; i < c.xs.size(); ++i)
        want += lasso.containsPoint(QPointF(c.xs[i], c.ys[i]), Qt::OddEvenFill) ? 1 : 0;
    CHECK(got.size() == want);
    std::vector<uint32_t> box;
    index.query(lasso.boundingRect(), box);
    CHECK(box.size() > got.size() * 3 / 2);
}

TEST_CASE("Empty and single-point indexes behave", "[index]")
{
    const PointIndex empty;
    std::vector<uint32_t> out;
    empty.query(QRectF(0, 0, 1e9, 1e9), out);
    CHECK(out.empty());
    CHECK_FALSE(empty.nearest(0, 0, 1e9).has_value());
    const std::vector<double> xs{5}, ys{7};
    const PointIndex one(xs, ys);
    one.query(QRectF(0, 0, 10, 10), out);
    CHECK(out == std::vector<uint32_t>{0});
    CHECK(one.nearest(6, 7, 2) == std::optional<uint32_t>(0));
    CHECK_FALSE(one.nearest(9, 7, 2).has_value());
}

TEST_CASE("Cluster cells count every point once per level, by status", "[clusters]")
{
    const Cloud c = cloud(12716, 5);
    const ClusterGrid grid(c.xs, c.ys, c.classes);
    std::array<uint64_t, ClusterGrid::kMaxClasses> want{};
    for (uint8_t k : c.classes)
        want[k] += 1;
    for (int z = grid.settings().minLevel; z <= grid.settings().maxLevel; ++z) {
        INFO("level " << z);
        uint64_t total = 0;
        std::array<uint64_t, ClusterGrid::kMaxClasses> got{};
        for (const auto &cell : grid.cells(z)) {
            total += cell.count;
            for (int k = 0; k < ClusterGrid::kMaxClasses; ++k)
                got[size_t(k)] += cell.classCounts[size_t(k)];
            // The centroid lies inside its own cell.
            const double size = grid.cellSize(z);
            CHECK(cell.x() >= gc::geo::TileGrid::kOriginX + cell.i * size);
            CHECK(cell.x() <= gc::geo::TileGrid::kOriginX + (cell.i + 1) * size);
        }
        CHECK(total == c.xs.size());
        CHECK(got == want);
        if (z > grid.settings().minLevel)
            CHECK(grid.cells(z).size() >= grid.cells(z - 1).size());
    }
    CHECK(grid.cells(grid.settings().minLevel - 1).empty());
}
