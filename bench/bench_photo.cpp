// Photo verification cost on a 12 MP phone photo: bare decoding is the floor, the full check should stay ≤ 1.5× it.
#include "photo12mp.h"

#include "photo/markmatcher.h"
#include "photo/photochecker.h"
#include "photo/photodecoder.h"
#include "photo/photopyramid.h"

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
        state.SkipWithError(checker.error().message().toStdString().c_str());
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
            state.SkipWithError(r.error().message().toStdString().c_str());
            return;
        }
        markFound = markFound && r->find(QStringLiteral("mark"))->status == gc::core::PhotoCheckStatus::Pass;
        benchmark::DoNotOptimize(r->verdict);
    }
    state.SetLabel(markFound ? "mark found" : "MARK MISSED");
}
BENCHMARK(BM_PhotoCheck12MP)->Unit(benchmark::kMillisecond)->UseRealTime();
// The same check with the CPU column counting both its threads: on a busy machine the wall time says more about the
// scheduler than about the check, and the calling thread's CPU alone hides the second thread's share.
BENCHMARK(BM_PhotoCheck12MP)->Name("BM_PhotoCheck12MP_ProcessCPU")->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

// The check's parts on the same photo, to see where its time goes: the scaled decode and the grey work copy, the
// photo's ORB features, and matching them against the checker's references (every variant, every tone).
void BM_PhotoDecodeWork12MP(benchmark::State &state)
{
    const QByteArray &jpeg = photo12mp();
    const gc::core::PhotoCheckThresholds t;
    const gc::core::PhotoDecoder decoder(t);
    for (auto _ : state) {
        auto decoded = decoder.decode(jpeg, t.workLongSide);
        const gc::core::PhotoPyramid pyramid(std::move(decoded->bgr), t);
        benchmark::DoNotOptimize(pyramid.work().data);
    }
}
BENCHMARK(BM_PhotoDecodeWork12MP)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MarkFeatures12MP(benchmark::State &state)
{
    const gc::core::PhotoCheckThresholds t;
    auto decoded = gc::core::PhotoDecoder(t).decode(photo12mp(), t.workLongSide);
    const gc::core::PhotoPyramid pyramid(std::move(decoded->bgr), t);
    for (auto _ : state) {
        const gc::core::PhotoFeatures f = gc::core::MarkMatcher::features(pyramid.work(), t);
        benchmark::DoNotOptimize(f.descriptors.data);
    }
}
BENCHMARK(BM_MarkFeatures12MP)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_MarkMatch12MP(benchmark::State &state)
{
    const gc::core::PhotoCheckThresholds t;
    gc::core::MarkMatcher matcher(t);
    for (const QString &r : gc::core::PhotoChecker::defaultMarkReferences())
        if (!matcher.addReferenceFile(r).ok()) {
            state.SkipWithError("reference");
            return;
        }
    auto decoded = gc::core::PhotoDecoder(t).decode(photo12mp(), t.workLongSide);
    const gc::core::PhotoPyramid pyramid(std::move(decoded->bgr), t);
    const gc::core::PhotoFeatures f = gc::core::MarkMatcher::features(pyramid.work(), t);
    bool found = true;
    for (auto _ : state) {
        const gc::core::MarkMatch m = matcher.match(f);
        found = found && m.found;
        benchmark::DoNotOptimize(m.inliers);
    }
    state.SetLabel(found ? "mark found" : "MARK MISSED");
}
BENCHMARK(BM_MarkMatch12MP)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
