// import: assets from any GDAL vector source, all or nothing.
#include "command.h"
#include "text.h"

#include "io/assetimporter.h"
#include "store/assetstore.h"

#include <cstdio>
#include <unistd.h>

namespace gc::cli {

namespace {

const char kUsage[] = "import FILE SOURCE [--layer L] [--map SRC=DEST …] [--s-srs EPSG:N] [--encoding CP949]";

int runImport(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    core::AssetImporter::Options o;
    o.layer = p.value(QStringLiteral("layer"));
    o.sourceSrs = p.value(QStringLiteral("s-srs"));
    o.encoding = p.value(QStringLiteral("encoding"));
    for (const QString &m : p.values(QStringLiteral("map"))) {
        const int eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == m.size() - 1) {
            printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "expected SRC=DEST"), m), gc::Lang::Both));
            return ExitUsage;
        }
        o.fieldMap.insert(m.left(eq), m.mid(eq + 1));
    }
    if (!checkUsage(QString::fromUtf8(kUsage), args.size() == 2))
        return ExitUsage;
    auto store = core::AssetStore::open(args[0]);
    if (!succeeded(store))
        return ExitUsage;
    const bool tty = isatty(fileno(stderr));
    auto r = core::AssetImporter::run(**store, args[1], o, [tty](qint64 done, qint64 total) {
        if (tty && total > 0)
            std::fprintf(stderr, "\r%3d%%", int(100 * done / total));
    });
    if (tty)
        std::fprintf(stderr, "\r    \r");
    if (!r) {
        printErr(r.error().message());
        return r.error().code == QLatin1String("invalid") ? ExitDataProblem : ExitUsage;
    }
    for (const QString &n : r->notes)
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "note: ")), gc::Lang::Both) + n);
    if (!r->ok()) {
        for (const auto &e : r->errors)
            printErr(e.toString());
        printErr(gc::render(gc::tx("%1: %2", args[1], gc::tx(QT_TRANSLATE_NOOP("gc", "%2 bad values — nothing was imported"), args[1], r->errors.size())), gc::Lang::Both));
        return ExitDataProblem;
    }
    printOut(gc::render(gc::tx("%1: %2", args[1], gc::tx(QT_TRANSLATE_NOOP("gc", "imported %2 of %3 rows (layer %4, %5, %6)"), args[1], r->imported, r->rows, r->layer, r->srs.isEmpty() ? QStringLiteral("no CRS") : r->srs, r->encoding)), gc::Lang::Both));
    return ExitOk;
}

const Registration importReg{
    {.name = QStringLiteral("import"),
     .usage = QString::fromUtf8(kUsage),
     .summary = gc::Text::verbatim(QStringLiteral("Import assets from GeoPackage, GeoJSON, Shapefile, CSV or XLSX; all rows or none.")),
     .options = {option(QStringLiteral("layer"), QStringLiteral("L"), QStringLiteral("the source's layer (default: its only or first layer)")),
                 option(QStringLiteral("map"), QStringLiteral("SRC=DEST"), QStringLiteral("read column SRC as the field DEST; repeatable")),
                 option(QStringLiteral("s-srs"), QStringLiteral("EPSG:N"), QStringLiteral("the source's CRS when it names none")),
                 option(QStringLiteral("encoding"), QStringLiteral("CP949"), QStringLiteral("the source's text encoding (default: detected)"))},
     .repeatable = {QStringLiteral("map")},
     .run = &runImport}};

} // namespace
} // namespace gc::cli
