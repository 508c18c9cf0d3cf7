#include "appoptions.h"
#include "text.h"

#include <QCommandLineParser>
#include <QStandardPaths>

namespace gc::app {

QString AppOptions::defaultInventoryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/geumcheon-demo.gpkg");
}

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("좋은 도시 금천 — brand rollout"));
    p.addHelpOption();
    const QCommandLineOption inventory(QStringLiteral("inventory"), QStringLiteral("Inventory GeoPackage to open."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: ko (default) or en."), QStringLiteral("ko|en"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load every page and exit 0 on success."));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("Render a page to a PNG and exit."), QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page for --screenshot: map, field, office, department, signin."), QStringLiteral("NAME"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size for --screenshot, e.g. 1280x800."), QStringLiteral("WxH"));
    const QCommandLineOption basemap(QStringLiteral("basemap"),
                                     QStringLiteral("Basemap: a GDAL WMS/TMS/WMTS XML file, an .mbtiles or .gpkg package, or a GeoTIFF "
                                                    "(remembered; --basemap \"\" removes it)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QStringLiteral("Sign in locally as NAME for this run only (a crew, a department or 디자인팀); "
                                                 "--screenshot and --self-test sign in as 디자인팀 unless told."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption probe(QStringLiteral("startup-probe"),
                                   QStringLiteral("Exit as soon as the start page (a crew's: my work) has drawn its first interactive frame "
                                                  "(the start-up benchmark)."));
    p.addOptions({inventory, lang, selfTest, shot, page, size, basemap, user, probe});

    AppOptions o;
    if (!p.parse(arguments)) {
        o.error = p.errorText();
        return o;
    }
    if (p.isSet(QStringLiteral("help"))) {
        o.error = p.helpText();
        return o;
    }
    o.inventory = p.isSet(inventory) ? p.value(inventory) : defaultInventoryPath();
    o.firstStartMakesInventory = !p.isSet(inventory);
    if (p.isSet(lang)) {
        o.language = p.value(lang);
        if (o.language != QLatin1String("ko") && o.language != QLatin1String("en"))
            o.error = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "ko or en, not '%1'"), o.language), gc::Lang::Both);
    }
    o.selfTest = p.isSet(selfTest);
    o.startupProbe = p.isSet(probe);
    o.user = p.value(user);
    o.basemapSet = p.isSet(basemap);
    o.basemap = p.value(basemap);
    o.screenshot = p.value(shot);
    if (p.isSet(page))
        o.page = p.value(page);
    if (p.isSet(size)) {
        const QStringList wh = p.value(size).split(QLatin1Char('x'));
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 200 || h < 200 || w > 8000 || h > 8000)
            o.error = gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "expected WxH such as 1280x800, not '%1'"), p.value(size)), gc::Lang::Both);
        else
            o.size = QSize(w, h);
    }
    return o;
}

} // namespace gc::app
