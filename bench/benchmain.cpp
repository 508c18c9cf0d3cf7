// The one main() of goodcity-bench: a GUI application object (image codecs, fonts) and GDAL drivers,
// then Google Benchmark. Benchmark files only define BENCHMARK()s.
#include <QGuiApplication>

#include <benchmark/benchmark.h>
#include <gdal.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    GDALAllRegister();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
