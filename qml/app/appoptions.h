#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace gc::app {

// What the command line asked the app to do.
struct AppOptions {
    QString inventory;   // --inventory FILE.gpkg (default: the demo inventory in the user's data folder)
    // No --inventory: the tablet's own file, made empty on the first start (filled by the first sync).
    bool firstStartMakesInventory = false;
    QString language = QStringLiteral("ko"); // --lang ko|en
    bool selfTest = false;                   // --self-test
    QString screenshot;  // --screenshot FILE.png
    QString page = QStringLiteral("map");    // --page NAME
    QSize size{1280, 800};                   // --size WxH
    QString basemap;     // --basemap FILE: the map's basemap source, remembered for later starts
    bool basemapSet = false;
    QString user;        // --user NAME: signed in locally for this run only
    bool startupProbe = false; // --startup-probe: exit at the first interactive frame of the start page (scripts/bench)
    QString error;       // a usage error to print, if any

    static AppOptions parse(const QStringList &arguments);
    static QString defaultInventoryPath();
};

} // namespace gc::app
