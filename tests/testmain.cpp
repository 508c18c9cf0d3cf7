// Catch2 main with a QGuiApplication, since the store reads images and the map renders with QPainter.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

#include <gdal.h>

int main(int argc, char **argv)
{
    // ctest's test discovery runs this without a display: render offscreen there. Under Xvfb the
    // real platform stays, since the map's scene-graph geometry needs OpenGL.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    GDALAllRegister();
    return Catch::Session().run(argc, argv);
}
