// goodcity-server: the sync server. Arguments are parsed and served by gc_server's ServerCli.
#include "servercli.h"

#include <QCoreApplication>

#include <gdal.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("goodcity-server"));
    GDALAllRegister(); // a GeoPackage store reads the district layer when it is created
    return gc::server::ServerCli::run(QCoreApplication::arguments().mid(1));
}
