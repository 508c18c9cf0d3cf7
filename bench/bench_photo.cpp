// Photo verification cost on a 12 MP phone photo: bare decoding is the floor, the full check should stay ≤ 1.5× it.
#include "photo12mp.h"

#include "photo/photochecker.h"

#include <benchmark/benchmark.h>

#include <opencv2/imgcodecs.hpp>

#include <random>

namespace {

using gc::bench::photo12mp;

void BM_DecodeJpeg12MP(benchmark::State &state)
{
    const QByteArray &jpeg = photo12mp();
    const cv::Mat raw(1, int(jpeg.size()), CV_8UC1, const_cast<char *>(jpeg.constData()));
    for (auto _ : state) {
        cv::Mat img = cv::imdecode(raw, cv::IMREAD_COLOR);
        benchmark::DoNotOptimize(img.data);
    }
    state.SetLabel(QStringLiteral("%1 KB").arg(jpeg.size() / 1024).toStdString());
}
BENCHMARK(BM_DecodeJpeg12MP)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_PhotoCheck12MP(benchmark::State &state)
{
    const QByteArray &jpeg = photo12mp();
    auto checker = gc::core::PhotoChecker::create(gc::core::PhotoCheckThresholds{});
    if (!checker) {
        state.SkipWithError(checker.error().message.toStdString().c_str());
        return;
    }
    // A realistic context: the asset's position, the work window and a full inventory's photo hashes.
    gc::core::PhotoCheckContext ctx;
    ctx.assetCode = QStringLiteral("GC-SIGN-000123");
    ctx.assetPosition = gc::core::GeoPoint{37.4568, 126.8955};
    ctx.workStart = QDateTime::currentDateTime().addDays(-30);
    ctx.workEnd = QDateTime::currentDateTime().addDays(30);
    std::mt19937_64 rng(1);
    for (int i = 0; i < 25'000; ++i)
        ctx.knownPhotos.push_back({QStringLiteral("%1").arg(quint64(rng()), 16, 16, QLatin1Char('0')), QStringLiteral("GC-SIGN-%1").arg(i, 6, 10, QLatin1Char('0')), {}});
    bool markFound = true;
    for (auto _ : state) {
        auto r = checker->check(jpeg, ctx);
        if (!r) {
            state.SkipWithError(r.error().message.toStdString().c_str());
            return;
        }
        markFound = markFound && r->find(QStringLiteral("mark"))->status == gc::core::PhotoCheckStatus::Pass;
        benchmark::DoNotOptimize(r->verdict);
    }
    state.SetLabel(markFound ? "mark found" : "MARK MISSED");
}
BENCHMARK(BM_PhotoCheck12MP)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
