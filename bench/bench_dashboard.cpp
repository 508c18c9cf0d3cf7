// The office dashboard: every aggregate it shows (status, category, dong, department, progress per
// day against the plan, crew workload and overdue, materials and cost), for the demo inventory and
// for a million assets.
#include "store/assetstore.h"
#include "store/donglayer.h"
#include "office/dashboard.h"
#include "demo/demogenerator.h"
#include "model/donglocator.h"
#include "office/rolloutplan.h"
#include "store/storeaccess.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <random>

using namespace gc::core;

namespace {

// N demo assets in a rollout in progress: statuses, crews and due dates drawn like the demo's, and
// created over March and April 2024 so the progress table spans the plan.
AssetStore *dashboardStore(qint64 n, benchmark::State &state)
{
    static std::map<qint64, std::unique_ptr<QTemporaryDir>> dirs;
    static std::map<qint64, std::unique_ptr<AssetStore>> stores;
    if (auto it = stores.find(n); it != stores.end())
        return it->second.get();
    dirs[n] = std::make_unique<QTemporaryDir>();
    auto store = AssetStore::create(dirs[n]->filePath(QStringLiteral("dashboard.gpkg")));
    if (!store) {
        state.SkipWithError("could not create the store");
        return nullptr;
    }
    auto dongs = DongLayer::load(StoreAccess::db(**store));
    DemoGenerator::Options o;
    o.assets = n;
    auto assets = DemoGenerator::generate(*dongs, o);
    if (!assets) {
        state.SkipWithError("could not generate assets");
        return nullptr;
    }
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    const char *crews[] = {"현장1팀", "현장2팀", "현장3팀", "현장4팀"};
    const int days = 60;
    std::vector<std::vector<Asset>> byDay(days);
    for (Asset &a : *assets) {
        const double r = unit(rng);
        const AssetStatus s = r < 0.15   ? AssetStatus::Planned
                              : r < 0.35 ? AssetStatus::Assigned
                              : r < 0.47 ? AssetStatus::Installed
                              : r < 0.95 ? AssetStatus::Verified
                              : r < 0.98 ? AssetStatus::NeedsAttention
                                         : AssetStatus::Cancelled;
        a.status = toString(s);
        if (s != AssetStatus::Planned) {
            a.assignee = QString::fromUtf8(crews[size_t(unit(rng) * 4) % 4]);
            a.dueDate = QDate(2024, 3, 15).addDays(int(unit(rng) * 60)).toString(Qt::ISODate);
        }
        byDay[size_t(unit(rng) * days) % days].push_back(std::move(a));
    }
    for (int d = 0; d < days; ++d) {
        const qint64 ms = QDateTime(QDate(2024, 3, 1).addDays(d), QTime(10, 0), Qt::OffsetFromUTC, 9 * 3600).toMSecsSinceEpoch();
        if (auto r = (*store)->addAssets(byDay[size_t(d)], {}, ms); !r) {
            state.SkipWithError(r.error().message().left(200).toUtf8().constData());
            return nullptr;
        }
    }
    return (stores[n] = std::move(*store)).get();
}

void BM_Dashboard(benchmark::State &state)
{
    AssetStore *store = dashboardStore(state.range(0), state);
    if (!store)
        return;
    qint64 total = 0;
    size_t days = 0;
    for (auto _ : state) {
        auto plan = RolloutPlan::load(StoreAccess::db(*store));
        auto d = Dashboard::compute(StoreAccess::db(*store), *plan, QDate(2024, 4, 19));
        if (!d) {
            state.SkipWithError(d.error().message().toUtf8().constData());
            break;
        }
        total = d->all.total();
        days = d->progress.size();
        benchmark::DoNotOptimize(d->costWon);
    }
    state.counters["assets"] = double(total);
    state.counters["days"] = double(days);
}

} // namespace

BENCHMARK(BM_Dashboard)->Arg(12716)->Arg(1000000)->Unit(benchmark::kMillisecond);
