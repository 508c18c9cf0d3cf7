// goodcity: parse the arguments, build the objects, start.
#include "appoptions.h"
#include "apprunner.h"
#include "io/runtimeenvironment.h"

#include <QGuiApplication>
#include <QtQml/QQmlExtensionPlugin>

#include <gdal.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(GoodCityPlugin)

int main(int argc, char **argv)
{
    gc::core::ensureRuntimeDirectory();
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("goodcity"));
    QCoreApplication::setApplicationName(QStringLiteral("goodcity"));
    GDALAllRegister();
    const auto options = gc::app::AppOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    return gc::app::runApp(app, options);
}
