// adopt: edits made to the inventory outside the app (QGIS, ogr2ogr -update) become events.
#include "command.h"
#include "text.h"

#include "store/assetstore.h"
#include "store/outsideedits.h"

namespace gc::cli {

namespace {

const char kUsage[] = "adopt FILE --actor NAME [--yes]";

int runAdopt(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString actor = p.value(QStringLiteral("actor"));
    const bool yes = p.isSet(QStringLiteral("yes"));
    if (!checkUsage(QString::fromUtf8(kUsage), args.size() == 1 && !actor.trimmed().isEmpty()))
        return ExitUsage;
    auto store = core::AssetStore::open(args.first(), yes ? core::AssetStore::Access::ReadWrite : core::AssetStore::Access::ReadOnly);
    if (!store) {
        printErr(store.error().message());
        return ExitUsage;
    }
    (*store)->setIdentity(actor.trimmed(), {});
    auto edits = core::OutsideEdits::find(**store);
    if (!edits) {
        printErr(edits.error().message());
        return ExitUsage;
    }
    if (edits->empty()) {
        printOut(gc::render(gc::tx("%1: %2", args.first(), gc::tx(QT_TRANSLATE_NOOP("gc", "no assets were edited outside the log"), args.first())), gc::Lang::Both));
        return ExitOk;
    }
    int refused = 0;
    for (const auto &e : *edits) {
        printOut(core::OutsideEdits::describe(e).join(QLatin1Char('\n')));
        refused += e.refused.isEmpty() ? 0 : 1;
    }
    const int adoptable = int(edits->size()) - refused;
    if (!yes) {
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 can be adopted, %2 are refused; --yes records them as events by %3"), adoptable, refused, actor.trimmed()), gc::Lang::Both));
        return ExitDataProblem;
    }
    auto done = core::OutsideEdits::adopt(**store, *edits);
    if (!done) {
        printErr(done.error().message());
        return ExitUsage;
    }
    printOut(gc::render(gc::tx("%1: %2", args.first(), gc::tx(QT_TRANSLATE_NOOP("gc", "adopted %2 assets as %3 events by %4, %5 refused"), args.first(), done->assets, done->events, actor.trimmed(), done->refused)), gc::Lang::Both));
    return done->refused > 0 ? ExitDataProblem : ExitOk;
}

const Registration adoptReg{{.name = QStringLiteral("adopt"),
                             .usage = QString::fromUtf8(kUsage),
                             .summary = gc::Text::verbatim(QStringLiteral("List rows edited outside the log (QGIS, GDAL); --yes records them as events "
                                                       "(exit 1: edits left, listed or refused).")),
                             .options = {option(QStringLiteral("actor"), QStringLiteral("NAME"), QStringLiteral("who the events are recorded as")),
                                         flag(QStringLiteral("yes"), QStringLiteral("record the edits (without it: only list them)"))},
                             .run = &runAdopt}};

} // namespace
} // namespace gc::cli
