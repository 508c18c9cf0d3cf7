// demo, stats, verify: making and inspecting an inventory.
#include "command.h"
#include "text.h"

#include "store/assetstore.h"
#include "demo/demogenerator.h"
#include "store/inventorystats.h"
#include "store/inventoryverifier.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gc::cli {

namespace {

const char kDemoUsage[] = "demo --out FILE.gpkg [--assets N] [--seed S] [--no-history]";

int runDemo(const QCommandLineParser &p)
{
    const QString out = p.value(QStringLiteral("out"));
    const QString n = p.value(QStringLiteral("assets"));
    const QString seed = p.value(QStringLiteral("seed"));
    const bool noHistory = p.isSet(QStringLiteral("no-history"));
    if (!checkUsage(QString::fromUtf8(kDemoUsage), !out.isEmpty() && p.positionalArguments().isEmpty()))
        return ExitUsage;
    core::DemoGenerator::Options o;
    bool ok = true;
    if (!n.isNull())
        o.assets = n.toLongLong(&ok);
    if (!ok || o.assets < 1 || o.assets > 10'000'000) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "a whole number from 1 to 10,000,000, not '%1'"), n), gc::Lang::Both));
        return ExitUsage;
    }
    if (!seed.isNull())
        o.seed = seed.toULongLong(&ok);
    if (!ok) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "a whole number, not '%1'"), seed), gc::Lang::Both));
        return ExitUsage;
    }
    o.history = !noHistory;
    QElapsedTimer t;
    t.start();
    auto store = core::AssetStore::create(out);
    if (!succeeded(store))
        return ExitUsage;
    auto r = core::DemoGenerator::fill(**store, o, [](const QString &line) { printErr(line); });
    if (!r) {
        printErr(r.error().message());
        return ExitUsage;
    }
    printOut(gc::render(gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "demo inventory with %2 assets, %3 events (%4 s)"), out, *r, (*store)->eventCount(), QStringLiteral("%1").arg(double(t.elapsed()) / 1000.0, 0, 'f', 1))), gc::Lang::Both));
    return ExitOk;
}

QJsonObject countsJson(const std::vector<core::InventoryStats::Count> &counts)
{
    QJsonObject o;
    for (const auto &c : counts)
        o.insert(c.code.isEmpty() ? QStringLiteral("none") : c.code, QJsonObject{{QStringLiteral("count"), c.count}, {QStringLiteral("label"), c.label}});
    return o;
}

QString countsText(const QString &title, const std::vector<core::InventoryStats::Count> &counts)
{
    QString s = title + QLatin1Char('\n');
    for (const auto &c : counts)
        s += QStringLiteral("  %1 %2 %3\n").arg(c.label, -18).arg(c.code, -20).arg(c.count, 8);
    return s;
}

int runStats(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const bool json = p.isSet(QStringLiteral("json"));
    if (!checkUsage(QStringLiteral("stats FILE [--json]"), args.size() == 1))
        return ExitUsage;
    auto store = core::AssetStore::open(args.first(), core::AssetStore::Access::ReadOnly);
    if (!succeeded(store))
        return ExitUsage;
    auto s = core::InventoryStats::compute(**store);
    if (!s) {
        printErr(s.error().message());
        return ExitUsage;
    }
    if (json) {
        const QJsonObject o{{QStringLiteral("file"), args.first()},
                            {QStringLiteral("total"), s->total},
                            {QStringLiteral("events"), s->events},
                            {QStringLiteral("photos"), s->photos},
                            {QStringLiteral("category"), countsJson(s->byCategory)},
                            {QStringLiteral("status"), countsJson(s->byStatus)},
                            {QStringLiteral("dong"), countsJson(s->byDong)},
                            {QStringLiteral("department"), countsJson(s->byDepartment)}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QString text = (gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "total: %2 assets, %3 events, %4 photos\n"), args.first(), s->total, s->events, s->photos), gc::Lang::Both) + QStringLiteral("\n"));
    text += countsText(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "category")), gc::Lang::Both), s->byCategory) + QLatin1Char('\n');
    text += countsText(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "status")), gc::Lang::Both), s->byStatus) + QLatin1Char('\n');
    text += countsText(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "dong")), gc::Lang::Both), s->byDong) + QLatin1Char('\n');
    text += countsText(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "department")), gc::Lang::Both), s->byDepartment);
    printOut(text);
    return ExitOk;
}

int runVerify(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (!checkUsage(QStringLiteral("verify FILE"), args.size() == 1))
        return ExitUsage;
    auto store = core::AssetStore::open(args.first(), core::AssetStore::Access::ReadOnly);
    if (!succeeded(store))
        return ExitUsage;
    const auto report = core::InventoryVerifier::run(**store);
    for (const QString &p : report.problems)
        printErr(p);
    if (report.onlyOutsideEdits()) {
        // Not damage: someone edited the tables in QGIS or with GDAL. Their edits can become history.
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%2 assets edited outside the log — run `goodcity-cli adopt %1 --actor NAME`"), args.first(), report.outsideEdits), gc::Lang::Both));
        return ExitDataProblem;
    }
    if (!report.ok()) {
        printErr(gc::render(gc::tx("%1: %2", args.first(), gc::tx(QT_TRANSLATE_NOOP("gc", "%2 problems found, the file is damaged"), args.first(), report.problems.size())), gc::Lang::Both));
        return ExitDamaged;
    }
    printOut(gc::render(gc::tx("%1: %2", args.first(), gc::tx(QT_TRANSLATE_NOOP("gc", "ok — %2 assets, %3 events replay to the stored tables, %4 photos present with the right hash"), args.first(), report.assets, report.events, report.photos)), gc::Lang::Both));
    return ExitOk;
}

const Registration demoReg{{.name = QStringLiteral("demo"),
                            .usage = QString::fromUtf8(kDemoUsage),
                            .summary = gc::Text::verbatim(QStringLiteral("Create the Geumcheon demo inventory (12,716 assets by default).")),
                            .options = {option(QStringLiteral("out"), QStringLiteral("FILE.gpkg"), QStringLiteral("the inventory to create")),
                                        option(QStringLiteral("assets"), QStringLiteral("N"), QStringLiteral("how many assets (1 to 10,000,000)")),
                                        option(QStringLiteral("seed"), QStringLiteral("S"), QStringLiteral("random seed: the same seed, the same inventory")),
                                        flag(QStringLiteral("no-history"), QStringLiteral("only the assets, no replacement history"))},
                            .run = &runDemo}};
const Registration statsReg{{.name = QStringLiteral("stats"),
                             .usage = QStringLiteral("stats FILE [--json]"),
                             .summary = gc::Text::verbatim(QStringLiteral("Counts by category, status, dong and department.")),
                             .options = {flag(QStringLiteral("json"), QStringLiteral("print JSON instead of tables"))},
                             .run = &runStats}};
const Registration verifyReg{{.name = QStringLiteral("verify"),
                              .usage = QStringLiteral("verify FILE"),
                              .summary = gc::Text::verbatim(QStringLiteral("Check schema, GeoPackage tables, event-log replay and photo hashes (exit 1: edited outside "
                                                        "the log, run adopt; 3: damaged).")),
                              .run = &runVerify}};

} // namespace
} // namespace gc::cli
