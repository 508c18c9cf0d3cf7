// The inventory store: how fast rows go in (against a bare SQLite insert: the floor) and how fast a
// map viewport comes back out of the GeoPackage R-tree.
#include "model/assetfields.h"
#include "store/donglayer.h"
#include "store/assetstore.h"
#include "demo/demogenerator.h"
#include "model/donglocator.h"
#include "gpkggeometry.h"
#include "store/schema.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <map>

using namespace gc::core;

namespace {

// N demo assets (codes assigned), generated once per N and kept for every benchmark.
const std::vector<Asset> &assetsFor(qint64 n)
{
    static std::map<qint64, std::vector<Asset>> cache;
    auto it = cache.find(n);
    if (it != cache.end())
        return it->second;
    QTemporaryDir dir;
    auto store = AssetStore::create(dir.filePath(QStringLiteral("dongs.gpkg")));
    auto dongs = DongLayer::load(StoreAccess::db(**store));
    DemoGenerator::Options o;
    o.assets = n;
    auto assets = DemoGenerator::generate(*dongs, o);
    std::map<QString, int> serial;
    for (Asset &a : *assets) {
        a.uuid = QStringLiteral("%1").arg(qint64(&a - assets->data()), 12, 10, QLatin1Char('0'));
        a.code = QStringLiteral("GC-%1-%2").arg(a.category).arg(++serial[a.category], 7, 10, QLatin1Char('0'));
    }
    return cache.emplace(n, std::move(*assets)).first->second;
}

std::unique_ptr<AssetStore> freshStore(const QTemporaryDir &dir)
{
    QFile::remove(dir.filePath(QStringLiteral("bench.gpkg")));
    QDir(dir.filePath(QStringLiteral("bench.photos"))).removeRecursively();
    auto s = AssetStore::create(dir.filePath(QStringLiteral("bench.gpkg")));
    return std::move(*s);
}

void BM_RawSqliteInsert(benchmark::State &state)
{
    const auto &assets = assetsFor(state.range(0));
    QTemporaryDir dir;
    for (auto _ : state) {
        auto store = freshStore(dir);
        const auto start = std::chrono::steady_clock::now();
        // The same rows, bound straight into the same table (R-tree triggers included), one transaction.
        QStringList cols{QStringLiteral("geom"), QStringLiteral("uuid")}, params{QStringLiteral("?1"), QStringLiteral("?2")};
        int i = 3;
        for (const auto &f : assetfields::all()) {
            cols << QLatin1String(f.key);
            params << QStringLiteral("?%1").arg(i++);
        }
        auto st = StoreAccess::db(*store).prepare(QStringLiteral("INSERT INTO assets (%1) VALUES (%2)").arg(cols.join(','), params.join(',')));
        Transaction tx(StoreAccess::db(*store));
        for (const Asset &a : assets) {
            st->bind(1, a.hasLocation ? gpkg::encodePoint(a.x, a.y, Schema::kSrsId) : QByteArray()).bind(2, a.uuid);
            int k = 3;
            for (const auto &f : assetfields::all())
                st->bindVariant(k++, assetfields::get(a, QLatin1String(f.key)));
            if (!st->run())
                state.SkipWithError("insert failed");
        }
        (void)tx.commit();
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ImportAssets(benchmark::State &state)
{
    const auto &assets = assetsFor(state.range(0));
    QTemporaryDir dir;
    for (auto _ : state) {
        auto store = freshStore(dir);
        std::vector<Asset> batch = assets;
        const auto start = std::chrono::steady_clock::now();
        // Our import path: validation (dong by point-in-polygon), events, materialized rows.
        auto r = store->addAssets(batch);
        state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (!r)
            state.SkipWithError(r.error().message().left(200).toUtf8().constData());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

// An inventory of n demo assets, built once and kept in /tmp/goodcity-bench (a million rows take
// minutes to write; the query does not care how old the file is).
AssetStore *viewportStore(qint64 n)
{
    static std::map<qint64, std::unique_ptr<AssetStore>> stores;
    if (auto it = stores.find(n); it != stores.end())
        return it->second.get();
    const QString dir = QDir::tempPath() + QStringLiteral("/goodcity-bench");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/viewport-%1.gpkg").arg(n);
    if (auto existing = AssetStore::open(path, AssetStore::Access::ReadOnly); existing && (*existing)->assetCount() == n)
        return (stores[n] = std::move(*existing)).get();
    QFile::remove(path);
    auto created = AssetStore::create(path);
    if (!created)
        return nullptr;
    std::vector<Asset> batch = assetsFor(n);
    if (!(*created)->addAssets(batch))
        return nullptr;
    return (stores[n] = std::move(*created)).get();
}

void BM_ViewportQuery(benchmark::State &state)
{
    AssetStore *s = viewportStore(state.range(0));
    if (!s) {
        state.SkipWithError("could not build the inventory");
        return;
    }
    AssetStore &store = *s;
    // A square of ~1% of the gu's 13.0 km² around the district centre (독산 area).
    const double cx = 191300, cy = 540100, half = 180;
    qint64 hits = 0;
    for (auto _ : state) {
        auto ids = store.idsInWindow(cx - half, cy - half, cx + half, cy + half);
        hits = qint64(ids->size());
        benchmark::DoNotOptimize(ids->data());
    }
    state.counters["hits"] = double(hits);
}

} // namespace

BENCHMARK(BM_RawSqliteInsert)->Arg(12716)->Arg(1000000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportAssets)->Arg(12716)->Arg(1000000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ViewportQuery)->Arg(12716)->Arg(1000000)->Unit(benchmark::kMicrosecond);
