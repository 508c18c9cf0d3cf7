// export: the inventory as a spreadsheet, a GIS layer or the PDF progress report.
#include "command.h"
#include "text.h"
#include "filteroption.h"

#include "io/assetexporter.h"
#include "model/donglocator.h"
#include "reports/qgisproject.h"
#include "model/assetfilter.h"
#include "store/assetstore.h"
#include "model/catalog.h"
#include "office/dashboard.h"
#include "reports/labelsheet.h"
#include "reports/progressreport.h"
#include "office/rolloutplan.h"

namespace gc::cli {

namespace {

const char kUsage[] = "export FILE --format xlsx|csv|gpkg|geojson|pdf|qgis --out OUT [--filter KEY=VALUE[,VALUE…] …] [--as-of YYYY-MM-DD]";

int runExport(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString format = p.value(QStringLiteral("format"));
    const QString out = p.value(QStringLiteral("out"));
    const QStringList filters = p.values(QStringLiteral("filter"));
    const QString asOfText = p.value(QStringLiteral("as-of"));
    if (!checkUsage(QString::fromUtf8(kUsage), args.size() == 1 && !format.isEmpty() && !out.isEmpty()))
        return ExitUsage;
    const bool pdf = format.trimmed().toLower() == QLatin1String("pdf");
    const bool qgis = format.trimmed().toLower() == QLatin1String("qgis");
    const auto table = core::AssetExporter::formatFromName(format);
    if (!pdf && !qgis && !table) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "unsupported format"), format), gc::Lang::Both));
        return ExitUsage;
    }
    if ((pdf || qgis) && !filters.isEmpty()) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the PDF report and the QGIS project cover the whole rollout; use --filter with xlsx, csv, gpkg or geojson")), gc::Lang::Both));
        return ExitUsage;
    }
    const QDate asOf = asOfText.isNull() ? QDate::currentDate() : QDate::fromString(asOfText, Qt::ISODate);
    if (!asOf.isValid()) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP3("gc", "the date must be YYYY-MM-DD, not '%1'", "exportcommand"), asOfText), gc::Lang::Both));
        return ExitUsage;
    }
    auto store = core::AssetStore::open(args.first(), core::AssetStore::Access::ReadOnly);
    if (!succeeded(store))
        return ExitUsage;
    auto progress = [](qint64 done, qint64 total) {
        if (total > 0)
            printErr(QStringLiteral("  %1 / %2 (%3%)").arg(done).arg(total).arg(100 * done / total));
    };
    if (qgis) { // --out is a folder: the copy and the project side by side
        auto written = core::QgisProject::write(**store, out);
        if (!written) {
            printErr(written.error().message());
            return ExitUsage;
        }
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "QGIS project and a copy of the inventory"), written->qgz, written->gpkg), gc::Lang::Both));
        return ExitOk;
    }
    if (pdf) {
        auto plan = core::RolloutPlan::load(**store);
        if (!plan) {
            printErr(plan.error().message());
            return ExitDataProblem;
        }
        auto d = core::Dashboard::compute(**store, *plan, asOf);
        if (!d) {
            printErr(d.error().message());
            return ExitDataProblem;
        }
        if (auto r = core::ProgressReport::write(**store, *d, out, progress); !r) {
            printErr(r.error().message());
            return ExitUsage;
        }
        printOut(gc::render(gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "progress report, %2 pages"), out, core::ProgressReport::kPages)), gc::Lang::Both));
        return ExitOk;
    }
    auto filter = parseFilter(**store, filters);
    if (!filter) {
        printErr(filter.error().message());
        return ExitUsage;
    }
    auto n = core::AssetExporter::write(**store, out, *table, *filter, progress);
    if (!n) {
        printErr(n.error().message());
        return ExitUsage;
    }
    printOut(gc::render(gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "exported %2 assets"), out, *n)), gc::Lang::Both));
    return ExitOk;
}

const char kLabelsUsage[] = "labels FILE --out OUT.pdf [--filter KEY=VALUE[,VALUE…] …]";

int runLabels(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString out = p.value(QStringLiteral("out"));
    const QStringList filters = p.values(QStringLiteral("filter"));
    if (!checkUsage(QString::fromUtf8(kLabelsUsage), args.size() == 1 && !out.isEmpty()))
        return ExitUsage;
    auto store = core::AssetStore::open(args.first(), core::AssetStore::Access::ReadOnly);
    if (!succeeded(store))
        return ExitUsage;
    auto filter = parseFilter(**store, filters);
    if (!filter) {
        printErr(filter.error().message());
        return ExitUsage;
    }
    auto n = core::LabelSheet::write(**store, out, *filter, [](qint64 done, qint64 total) {
        printErr(QStringLiteral("  %1 / %2").arg(done).arg(total));
    });
    if (!n) {
        printErr(n.error().message());
        return n.error().code == QLatin1String("empty") ? ExitDataProblem : ExitUsage;
    }
    const qint64 perPage = core::LabelSheet::kColumns * core::LabelSheet::kRows;
    printOut(gc::render(gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "%2 labels on %3 pages"), out, *n, (*n + perPage - 1) / perPage)), gc::Lang::Both));
    return ExitOk;
}

QCommandLineOption filterOption()
{
    return option(QStringLiteral("filter"), QStringLiteral("KEY=VALUE[,VALUE…]"),
                  QStringLiteral("which assets (category, status, method, dong, department, text); repeatable"));
}

// Label sheets draw text and QR codes on PDF pages, the progress report draws its charts: both need
// fonts, so a QGuiApplication.
const Registration labelsReg{{.name = QStringLiteral("labels"),
                              .usage = QString::fromUtf8(kLabelsUsage),
                              .summary = gc::tx(QT_TRANSLATE_NOOP("gc", "a printable PDF of asset QR labels (A4, 3 × 8)")),
                              .options = {option(QStringLiteral("out"), QStringLiteral("OUT.pdf"), QStringLiteral("the PDF to write")), filterOption()},
                              .repeatable = {QStringLiteral("filter")},
                              .needs = Needs::Gui,
                              .run = &runLabels}};

const Registration reg{{.name = QStringLiteral("export"),
                        .usage = QString::fromUtf8(kUsage),
                        .summary = gc::tx(QT_TRANSLATE_NOOP("gc", "export assets, the PDF progress report or a QGIS project (--out is a folder)")),
                        .options = {option(QStringLiteral("format"), QStringLiteral("xlsx|csv|gpkg|geojson|pdf|qgis"), QStringLiteral("what to write")),
                                    option(QStringLiteral("out"), QStringLiteral("OUT"), QStringLiteral("the file to write (a folder for qgis)")),
                                    filterOption(),
                                    option(QStringLiteral("as-of"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the report's date (pdf; default today)"))},
                        .repeatable = {QStringLiteral("filter")},
                        .needs = Needs::Gui,
                        .run = &runExport}};

} // namespace

} // namespace gc::cli
