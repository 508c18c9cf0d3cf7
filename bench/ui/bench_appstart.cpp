// W3.1: the app's start, as a whole process, from exec to the first interactive frame of a crew's
// "my work" on the demo inventory (goodcity --startup-probe), against an empty Qt Quick window started
// the same way (the floor, in the same run). Wall time is the iteration time; peak RSS is a counter.
#include "demo/demogenerator.h"
#include "store/assetstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstring>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

struct Run {
    double seconds = 0;
    double peakRssMb = 0;
    int status = -1;
};

// Starts `argv` with HOME set to `home` (a fresh settings folder each time) and waits for it.
Run spawnAndWait(const std::vector<std::string> &argv, const QString &home)
{
    std::vector<std::string> env;
    for (char **e = environ; *e; ++e)
        if (std::strncmp(*e, "HOME=", 5) != 0 && std::strncmp(*e, "XDG_", 4) != 0)
            env.emplace_back(*e);
    env.push_back("HOME=" + home.toStdString());
    std::vector<char *> a, e;
    for (const auto &s : argv)
        a.push_back(const_cast<char *>(s.c_str()));
    a.push_back(nullptr);
    for (const auto &s : env)
        e.push_back(const_cast<char *>(s.c_str()));
    e.push_back(nullptr);
    Run r;
    const auto t0 = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, a[0], nullptr, nullptr, a.data(), e.data()) != 0)
        return r;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    r.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    r.status = status;
    return r;
}

QString demoInventory(QString *error)
{
    const QString path = QDir::tempPath() + QStringLiteral("/goodcity-bench/appstart-demo.gpkg");
    if (QFileInfo::exists(path))
        return path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto store = gc::core::AssetStore::create(path);
    if (!store) {
        *error = store.error().message();
        return {};
    }
    if (auto r = gc::core::DemoGenerator::fill(**store, {}); !r) {
        *error = r.error().message();
        return {};
    }
    return path;
}

void measure(benchmark::State &state, const std::vector<std::string> &argv)
{
    QTemporaryDir home;
    double peak = 0;
    for (auto _ : state) {
        const Run r = spawnAndWait(argv, home.path());
        if (!WIFEXITED(r.status) || WEXITSTATUS(r.status) != 0) {
            state.SkipWithError("the process did not reach its first frame");
            return;
        }
        state.SetIterationTime(r.seconds);
        peak = std::max(peak, r.peakRssMb);
    }
    state.counters["peak_rss_MB"] = peak;
}

} // namespace

static void BM_AppStartMyWork(benchmark::State &state)
{
    QString error;
    const QString inventory = demoInventory(&error);
    if (inventory.isEmpty()) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    // A crew signed in (its first start already done): the app opens on its work.
    measure(state, {GC_APP_PATH, "--inventory", inventory.toStdString(), "--user", "현장1팀", "--startup-probe"});
}
BENCHMARK(BM_AppStartMyWork)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

static void BM_EmptyQuickWindowStart(benchmark::State &state)
{
    measure(state, {GC_EMPTY_WINDOW_PATH});
}
BENCHMARK(BM_EmptyQuickWindowStart)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);
