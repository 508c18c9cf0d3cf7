// Photo verification cost on a 12 MP phone photo: bare decoding is the floor, the full check should stay ≤ 1.5× it.
#include "photo/photochecker.h"

#include <benchmark/benchmark.h>

#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

namespace {

// A 4000×3000 JPEG of a real street photo with the brand mark on it, re-encoded with sensor-like noise
// so that its entropy (and so its decode time) resembles a camera's.
const QByteArray &photo12mp()
{
    static const QByteArray bytes = [] {
        cv::Mat street = cv::imread("/usr/share/doc/opencv-doc/examples/data/building.jpg", cv::IMREAD_COLOR);
        if (street.empty())
            street = cv::Mat(600, 800, CV_8UC3, cv::Scalar(120, 130, 140));
        cv::Mat img;
        cv::resize(street, img, cv::Size(4000, 3000), 0, 0, cv::INTER_CUBIC);
        QFile f(gc::core::PhotoChecker::defaultMarkReference());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray png = f.readAll();
            // The mark as printed on a white plate: transparent pixels become white.
            cv::Mat rgba = cv::imdecode(cv::Mat(1, int(png.size()), CV_8UC1, const_cast<char *>(png.constData())), cv::IMREAD_UNCHANGED);
            cv::resize(rgba, rgba, cv::Size(1200, 400), 0, 0, cv::INTER_AREA);
            cv::Mat plate(rgba.size(), CV_8UC3, cv::Scalar(255, 255, 255));
            for (int y = 0; y < rgba.rows; ++y)
                for (int x = 0; x < rgba.cols; ++x) {
                    const cv::Vec4b p = rgba.at<cv::Vec4b>(y, x);
                    for (int c = 0; c < 3; ++c)
                        plate.at<cv::Vec3b>(y, x)[c] = cv::saturate_cast<uchar>((p[c] * p[3] + 255 * (255 - p[3])) / 255);
                }
            plate.copyTo(img(cv::Rect(1400, 1300, plate.cols, plate.rows)));
        }
        cv::Mat noise(img.size(), CV_16SC3);
        cv::randn(noise, 0, 5);
        cv::Mat wide;
        img.convertTo(wide, CV_16SC3);
        wide += noise;
        wide.convertTo(img, CV_8UC3);
        std::vector<uchar> buf;
        cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, 92});
        return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
    }();
    return bytes;
}

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
