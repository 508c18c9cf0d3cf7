// basemap package: an area's basemap tiles in one file, for a crew working with the network off.
#include "command.h"
#include "text.h"

#include "io/basemappackager.h"

#include <QTextStream>

#include <cstdio>

namespace gc::cli {

namespace {

const char kUsage[] = "basemap package SOURCE --area gu|dong=NAME --zoom 12-19 --out F.mbtiles|F.gpkg [--yes]";

// One line redrawn in place, when the percentage moves: [#########...........]  45%
void drawBar(double done)
{
    constexpr int kWidth = 40;
    static int shown = -1;
    const int percent = int(done * 100 + 0.5);
    if (percent == shown)
        return;
    shown = percent;
    const int filled = int(done * kWidth + 0.5);
    std::fprintf(stderr, "\r[%s%s] %3d%%", QByteArray(filled, '#').constData(), QByteArray(kWidth - filled, '.').constData(),
                 percent);
    std::fflush(stderr);
}

int runBasemap(const QCommandLineParser &p)
{
    const QString usage = QString::fromUtf8(kUsage);
    const QStringList args = p.positionalArguments();
    const QString area = p.value(QStringLiteral("area"));
    const QString zoom = p.value(QStringLiteral("zoom"));
    const QString out = p.value(QStringLiteral("out"));
    const bool yes = p.isSet(QStringLiteral("yes"));
    if (!checkUsage(usage, args.size() == 1))
        return ExitUsage;
    for (const auto &[name, value] : {std::pair{"--area", area}, std::pair{"--zoom", zoom}, std::pair{"--out", out}})
        if (value.isEmpty()) {
            printErr(gc::render(gc::tx("%1: %2", QLatin1String(name), gc::tx(QT_TRANSLATE_NOOP("gc", "required\nusage: goodcity-cli %2"), QLatin1String(name), usage)), gc::Lang::Both));
            return ExitUsage;
        }
    const QString source = args[0];
    auto plan = core::BasemapPackager::area(area);
    if (!succeeded(plan))
        return ExitUsage;
    if (auto z = core::BasemapPackager::parseZooms(zoom, *plan); !z) {
        printErr(z.error().message());
        return ExitUsage;
    }
    if (!out.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive) && !out.endsWith(QLatin1String(".gpkg"), Qt::CaseInsensitive)) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP3("gc", "must be a .mbtiles or .gpkg file", "basemapcommand"), out), gc::Lang::Both));
        return ExitUsage;
    }
    core::BasemapPackager::estimate(*plan);

    QString text = QStringLiteral("%1 → %2\n%3, zoom %4-%5\n").arg(source, out, plan->areaName).arg(plan->minZoom).arg(plan->maxZoom);
    for (const auto &l : plan->levels)
        text += QStringLiteral("  zoom %1: %2 tiles\n").arg(l.zoom, 2).arg(l.tiles);
    text += gc::render(gc::tx("%1: %2 tiles, %3 %4 MB (estimated)", gc::tx(QT_TRANSLATE_NOOP("gc", "total")), plan->totalTiles(), gc::tx(QT_TRANSLATE_NOOP("gc", "about")), QStringLiteral("%1").arg(plan->estimatedBytes / (1024.0 * 1024.0), 0, 'f', 1)), gc::Lang::Both);
    printOut(text);
    if (!yes) {
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "Continue? [y/N] ")), gc::Lang::Both));
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes") && answer != QStringLiteral("예")) {
            printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "cancelled, nothing was written")), gc::Lang::Both));
            return ExitUsage;
        }
    }
    drawBar(0);
    auto written = core::BasemapPackager::write(source, *plan, out, drawBar);
    std::fputc('\n', stderr);
    if (!succeeded(written))
        return ExitUsage;
    printOut(QStringLiteral("%1: %2 tiles written").arg(out).arg(plan->totalTiles()));
    return ExitOk;
}

// Tiles are copied through GDAL, never drawn: no QGuiApplication.
const Registration reg{{.name = QStringLiteral("basemap package"),
                        .usage = QString::fromUtf8(kUsage),
                        .summary = gc::tx(QT_TRANSLATE_NOOP("gc", "package an area's basemap for offline use")),
                        .options = {option(QStringLiteral("area"), QStringLiteral("gu|dong=NAME"), QStringLiteral("the whole gu, or one dong by name")),
                                    option(QStringLiteral("zoom"), QStringLiteral("MIN-MAX"), QStringLiteral("zoom levels, e.g. 12-19")),
                                    option(QStringLiteral("out"), QStringLiteral("F.mbtiles|F.gpkg"), QStringLiteral("the package to write")),
                                    flag(QStringLiteral("yes"), QStringLiteral("do not ask before writing"))},
                        .run = &runBasemap}};

} // namespace

} // namespace gc::cli
