// Catch2 main with a QCoreApplication: the server and the sync client need an event loop, no display,
// so the tests are listed and run the same on a headless CI machine.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <gdal.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    GDALAllRegister();
    return Catch::Session().run(argc, argv);
}
