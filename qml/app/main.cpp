// goodcity: parse the arguments, build the objects, start.
#include "appoptions.h"
#include "apprunner.h"
#include "io/runtimeenvironment.h"

#include <QGuiApplication>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>
#include <malloc.h>

Q_IMPORT_QML_PLUGIN(GoodCityPlugin)

int main(int argc, char **argv)
{
    // glibc gives every thread that allocates an arena of its own (up to 8 per core), and each keeps
    // what its thread freed: the app's workers (inventory checks, map reads, tile rendering, photo
    // checks) and Qt's render thread left several 30-60 MB arenas resident after start. Two arenas
    // share the freed memory between them; the threads rarely allocate at the same moment.
    mallopt(M_ARENA_MAX, 2);
    gc::core::ensureRuntimeDirectory();
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("goodcity"));
    QCoreApplication::setApplicationName(QStringLiteral("goodcity"));
    const auto options = gc::app::AppOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    return gc::app::runApp(app, options);
}
