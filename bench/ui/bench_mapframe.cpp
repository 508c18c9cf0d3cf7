// BM_MapFrame/N: one frame of continuous panning over the whole district in a real 1280×800 window:
// dong base layer + N assets, time from the pan to the frame being on screen.
#include "store/assetstore.h"
#include "demo/demogenerator.h"
#include "gpkggeometry.h"
#include "mapview.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <cmath>
#include <ctime>
#include <random>

namespace {

// The demo inventory (12,716 real-looking assets); larger N adds copies of those assets jittered by
// up to 40 m straight into the assets table (the map reads only that table). Cached in /tmp.
QString fixture(qint64 n, QString *error)
{
    const QString dir = QDir::tempPath() + QStringLiteral("/goodcity-bench");
    QDir().mkpath(dir);
    const QString path = QStringLiteral("%1/map-%2.gpkg").arg(dir).arg(n);
    if (QFileInfo::exists(path)) {
        auto db = gc::core::SqliteDb::open(path, gc::core::SqliteDb::Mode::ReadOnly);
        if (db && db->scalarInt(QStringLiteral("SELECT count(*) FROM assets")).value() == n)
            return path;
        QFile::remove(path);
    }
    auto store = gc::core::AssetStore::create(path);
    if (!store) {
        *error = store.error().message();
        return {};
    }
    gc::core::DemoGenerator::Options o;
    o.assets = std::min<qint64>(n, 12716);
    if (auto r = gc::core::DemoGenerator::fill(**store, o); !r) {
        *error = r.error().message();
        return {};
    }
    const qint64 base = (*store)->assetCount();
    if (n > base) {
        const auto &db = gc::core::StoreAccess::db(**store);
        gc::core::gpkg::registerSpatialFunctions(db.handle());
        gc::core::Transaction tx(db);
        auto read = db.prepare(QStringLiteral("SELECT geom, category, status, method, dong_code, department, code, name FROM assets"));
        std::vector<std::tuple<double, double, QString, QString, QString, QString, QString, QString, QString>> rows;
        while (read->step()) {
            double x = 0, y = 0;
            if (gc::core::gpkg::decodePoint(read->toBlob(0), x, y))
                rows.emplace_back(x, y, read->toText(1), read->toText(2), read->toText(3), read->toText(4), read->toText(5),
                                  read->toText(6), read->toText(7));
        }
        auto ins = db.prepare(QStringLiteral("INSERT INTO assets (geom, uuid, category, status, method, dong_code, department, "
                                             "code, name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> jitter(-40, 40);
        for (qint64 i = 0; i < n - base; ++i) {
            const auto &r = rows[size_t(i) % rows.size()];
            ins->reset();
            ins->bind(1, gc::core::gpkg::encodePoint(std::get<0>(r) + jitter(rng), std::get<1>(r) + jitter(rng), 5186))
                .bind(2, QStringLiteral("bench-%1").arg(i))
                .bind(3, std::get<2>(r))
                .bind(4, std::get<3>(r))
                .bind(5, std::get<4>(r))
                .bind(6, std::get<5>(r))
                .bind(7, std::get<6>(r))
                .bind(8, QStringLiteral("%1-B%2").arg(std::get<7>(r)).arg(i))
                .bind(9, std::get<8>(r));
            if (auto e = ins->run(); !e) {
                *error = e.error().message();
                return {};
            }
        }
        if (auto c = tx.commit(); !c) {
            *error = c.error().message();
            return {};
        }
    }
    return path;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

// One frame drawn and swapped. The wait is idle in an event loop, as the app's GUI thread is: polling
// processEvents in a loop would spin a core that llvmpipe's rasteriser threads need on two cores.
// Both the map frames and their floor (BM_EmptyFrame) are timed through this one wait.
void renderOneFrame(QQuickWindow &window)
{
    bool swapped = false;
    QEventLoop loop;
    const auto c = QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&] {
        swapped = true;
        loop.quit();
    }, Qt::QueuedConnection);
    window.update();
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    if (!swapped)
        loop.exec();
    QObject::disconnect(c);
    QCoreApplication::processEvents();
}

void mapFrame(benchmark::State &state, bool clustering)
{
    QString error;
    const QString path = fixture(state.range(0), &error);
    if (path.isEmpty()) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    QQuickWindow window;
    window.resize(1280, 800);
    window.setColor(QColor(0xF5, 0xF5, 0xF5));
    auto *map = new gc::ui::MapView(window.contentItem());
    map->setSize(QSizeF(1280, 800));
    map->setClustering(clustering);
    window.show();
    map->setSource(path);
    if (!waitUntil([&] { return map->totalCount() > 0 && !map->busy(); }, 600000)) {
        state.SkipWithError("the map did not finish loading");
        return;
    }
    map->fitDistrict();
    auto frame = [&] { renderOneFrame(window); };
    // Warm up: one lap so that the tiles of the lap are rendered and cached, as after a few seconds of use.
    const int steps = 240;
    const double radius = 160; // px: the district stays in view while the map circles
    auto step = [&](int i) {
        const double a0 = 2 * M_PI * (i % steps) / steps, a1 = 2 * M_PI * ((i + 1) % steps) / steps;
        map->panBy(radius * (std::cos(a1) - std::cos(a0)), radius * (std::sin(a1) - std::sin(a0)));
    };
    for (int i = 0; i < steps; ++i) {
        step(i);
        frame();
    }
    waitUntil([&] { return !map->busy(); }, 60000);
    int i = 0;
    timespec c0{}, c1{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    for (auto _ : state) {
        step(i++);
        frame();
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    // CPU of every thread (GUI, render, llvmpipe) per frame: less sensitive to a shared machine than wall time.
    state.counters["proc_cpu_ms"] = ((c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) / 1e6) / double(state.iterations());
    state.counters["assets"] = double(map->totalCount());
    state.counters["fps"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

} // namespace

static void BM_MapFrame(benchmark::State &state)
{
    mapFrame(state, true);
}
BENCHMARK(BM_MapFrame)->Arg(12716)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

// The same with clustering off: every asset drawn as its own symbol (the worst case the map avoids).
static void BM_MapFrameUnclustered(benchmark::State &state)
{
    mapFrame(state, false);
}
BENCHMARK(BM_MapFrameUnclustered)->Arg(12716)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3.0);

// The floor under BM_MapFrame on this machine: one frame of an empty 1280×800 window (clear + swap).
static void BM_EmptyFrame(benchmark::State &state)
{
    QQuickWindow window;
    window.resize(1280, 800);
    window.setColor(QColor(0xF5, 0xF5, 0xF5));
    window.show();
    waitUntil([&] { return window.isExposed(); }, 5000);
    for (auto _ : state)
        renderOneFrame(window);
}
BENCHMARK(BM_EmptyFrame)->Unit(benchmark::kMillisecond)->UseRealTime();
