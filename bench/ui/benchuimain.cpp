// main() of goodcity-bench-ui: a real window needs a display (scripts/bench runs us under xvfb-run).
#include <QGuiApplication>
#include <QSurfaceFormat>

#include <benchmark/benchmark.h>
#include <gdal.h>

int main(int argc, char **argv)
{
    // Frame times, not the display's refresh rate: no vsync wait.
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setSwapInterval(0);
    QSurfaceFormat::setDefaultFormat(format);
    QGuiApplication app(argc, argv);
    GDALAllRegister();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
