// adopt: edits made to the inventory outside the app (QGIS, ogr2ogr -update) become events.
#include "command.h"

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
        printOut(QStringLiteral("%1: 로그 밖에서 수정된 시설물이 없습니다 / no assets were edited outside the log").arg(args.first()));
        return ExitOk;
    }
    int refused = 0;
    for (const auto &e : *edits) {
        printOut(core::OutsideEdits::describe(e).join(QLatin1Char('\n')));
        refused += e.refused.isEmpty() ? 0 : 1;
    }
    const int adoptable = int(edits->size()) - refused;
    if (!yes) {
        printOut(QStringLiteral("%1건을 이력으로 넣을 수 있고 %2건은 거부됩니다. --yes로 기록합니다 / %1 can be adopted, %2 are refused; "
                                "--yes records them as events by %3")
                     .arg(adoptable)
                     .arg(refused)
                     .arg(actor.trimmed()));
        return ExitDataProblem;
    }
    auto done = core::OutsideEdits::adopt(**store, *edits);
    if (!done) {
        printErr(done.error().message());
        return ExitUsage;
    }
    printOut(QStringLiteral("%1: 시설물 %2건을 이벤트 %3개로 기록했습니다(%4), 거부 %5건 / adopted %2 assets as %3 events by %4, %5 refused")
                 .arg(args.first())
                 .arg(done->assets)
                 .arg(done->events)
                 .arg(actor.trimmed())
                 .arg(done->refused));
    return done->refused > 0 ? ExitDataProblem : ExitOk;
}

const Registration adoptReg{{.name = QStringLiteral("adopt"),
                             .usage = QString::fromUtf8(kUsage),
                             .summary = QStringLiteral("List rows edited outside the log (QGIS, GDAL); --yes records them as events "
                                                       "(exit 1: edits left, listed or refused)."),
                             .options = {option(QStringLiteral("actor"), QStringLiteral("NAME"), QStringLiteral("who the events are recorded as")),
                                         flag(QStringLiteral("yes"), QStringLiteral("record the edits (without it: only list them)"))},
                             .run = &runAdopt}};

} // namespace
} // namespace gc::cli
