// assign: hand a filter's assets to a crew, showing first what would change and what is left alone.
#include "command.h"
#include "text.h"
#include "filteroption.h"

#include "model/assetstatus.h"
#include "model/catalog.h"
#include "office/assignmentplan.h"
#include "office/officeactions.h"
#include "office/officequeries.h"
#include "store/assetstore.h"

#include <QDate>

namespace gc::cli {

namespace {

const char kUsage[] = "assign FILE --crew NAME [--filter KEY=VALUE[,VALUE…] …] [--due YYYY-MM-DD] [--include-installed] [--take-over] "
                      "[--actor NAME] [--yes] | assign FILE --undo BATCH [--actor NAME] [--yes]";

QString groupLine(const QString &label, const core::AssignmentPlan::Group &g)
{
    return QStringLiteral("  %1  %2 → %3").arg(label, -28).arg(g.selected, 6).arg(g.changing, 6);
}

// The plan as the office reads it before anything changes: by status, by crew, and what stays.
void printPlan(const core::AssignmentPlan &plan)
{
    printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 selected, to be assigned to %2"), plan.selected, plan.crew), gc::Lang::Both));
    printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "by status: selected → changed")), gc::Lang::Both));
    for (const auto &g : plan.byStatus) {
        const auto *e = core::catalog::find(core::catalog::statuses(), g.key);
        printOut(groupLine(e ? QStringLiteral("%1 / %2").arg(QString::fromUtf8(e->ko), QString::fromUtf8(e->en)) : g.key, g));
    }
    printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "by current crew: selected → changed")), gc::Lang::Both));
    for (const auto &g : plan.byCrew)
        printOut(groupLine(g.key.isEmpty() ? gc::render(gc::tx("(%1)", gc::tx(QT_TRANSLATE_NOOP3("gc", "none", "assign"))), gc::Lang::Both) : g.key, g));
    printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 will change"), plan.changing.size()), gc::Lang::Both));
    if (plan.installedLeft > 0)
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "left: %1 installed, awaiting review — --include-installed takes them"), plan.installedLeft), gc::Lang::Both));
    if (plan.otherCrewLeft > 0)
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "left: %1 held by other crews — --take-over takes them"), plan.otherCrewLeft), gc::Lang::Both));
    if (plan.closedLeft > 0)
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "left: %1 verified or cancelled (never reassigned)"), plan.closedLeft), gc::Lang::Both));
}

int runUndo(core::AssetStore &store, const QString &batch, bool yes)
{
    core::OfficeActions office(store);
    auto uuids = office.batchAssets(batch);
    if (!succeeded(uuids))
        return ExitUsage;
    if (uuids->isEmpty()) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no such assignment batch: %1"), batch), gc::Lang::Both));
        return ExitUsage;
    }
    if (!yes) {
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "batch %1: %2 assets go back to how they were; --yes records it"), batch, uuids->size()), gc::Lang::Both));
        return ExitDataProblem;
    }
    auto undone = office.undoAssignment(batch);
    if (!succeeded(undone))
        return ExitUsage;
    printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 restored"), undone->restored), gc::Lang::Both));
    if (!undone->changedSince.isEmpty())
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 left, their status changed since: %2"), undone->changedSince.size(), undone->changedSince.mid(0, 20).join(QStringLiteral(", "))), gc::Lang::Both));
    return undone->changedSince.isEmpty() ? ExitOk : ExitDataProblem;
}

int runAssign(const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    const QString crew = p.value(QStringLiteral("crew")).trimmed();
    const QStringList filters = p.values(QStringLiteral("filter"));
    const QString dueText = p.value(QStringLiteral("due"));
    const QString undo = p.value(QStringLiteral("undo")).trimmed();
    const QString actor = p.value(QStringLiteral("actor")).trimmed();
    core::AssignmentOptions options;
    options.includeInstalled = p.isSet(QStringLiteral("include-installed"));
    options.takeOver = p.isSet(QStringLiteral("take-over"));
    const bool yes = p.isSet(QStringLiteral("yes"));
    if (!checkUsage(QString::fromUtf8(kUsage), args.size() == 1 && (crew.isEmpty() != undo.isEmpty())))
        return ExitUsage;
    const QDate due = QDate::fromString(dueText, Qt::ISODate);
    if (!dueText.isNull() && !due.isValid()) {
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "the date must be YYYY-MM-DD, not '%1'"), dueText), gc::Lang::Both));
        return ExitUsage;
    }
    auto store = core::AssetStore::open(args.first(), yes ? core::AssetStore::Access::ReadWrite : core::AssetStore::Access::ReadOnly);
    if (!succeeded(store))
        return ExitUsage;
    (*store)->setIdentity(actor.isEmpty() ? QStringLiteral("디자인팀") : actor, {});
    if (!undo.isEmpty())
        return runUndo(**store, undo, yes);
    auto filter = parseFilter(**store, filters);
    if (!succeeded(filter))
        return ExitUsage;
    auto uuids = core::OfficeQueries::uuidsMatching(**store, *filter);
    if (!succeeded(uuids))
        return ExitUsage;
    auto plan = core::AssignmentPlan::compute(**store, *uuids, crew, options);
    if (!succeeded(plan))
        return ExitUsage;
    printPlan(*plan);
    if (plan->changing.isEmpty())
        return ExitOk;
    if (!yes) {
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "nothing was changed; --yes records it")), gc::Lang::Both));
        return ExitDataProblem;
    }
    auto done = core::OfficeActions(**store).assignPlan(*plan, {crew, due, 0});
    if (!succeeded(done))
        return ExitUsage;
    if (done->assigned == 0) {
        printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "already assigned so; nothing was written")), gc::Lang::Both));
        return ExitOk;
    }
    printOut(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "assigned %1 to %2 (batch %3; undo with --undo %3)"), done->assigned, crew, done->batchId), gc::Lang::Both));
    return ExitOk;
}

const Registration reg{{.name = QStringLiteral("assign"),
                        .usage = QString::fromUtf8(kUsage),
                        .summary = gc::tx(QT_TRANSLATE_NOOP("gc", "assign to a crew: counts by status and crew first, written only with --yes; installed and other crews' work only when asked (exit 1: shown, not written)")),
                        .options = {option(QStringLiteral("crew"), QStringLiteral("NAME"), QStringLiteral("the crew to assign to")),
                                    option(QStringLiteral("filter"), QStringLiteral("KEY=VALUE[,VALUE…]"),
                                           QStringLiteral("which assets (category, status, method, dong, department, text); repeatable")),
                                    option(QStringLiteral("due"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the date the work is due")),
                                    flag(QStringLiteral("include-installed"), QStringLiteral("also assets installed and awaiting review")),
                                    flag(QStringLiteral("take-over"), QStringLiteral("also assets another crew holds")),
                                    option(QStringLiteral("undo"), QStringLiteral("BATCH"), QStringLiteral("restore the assets of an earlier assignment")),
                                    option(QStringLiteral("actor"), QStringLiteral("NAME"), QStringLiteral("who the events are recorded as (default 디자인팀)")),
                                    flag(QStringLiteral("yes"), QStringLiteral("record it (without it: only show the counts)"))},
                        .repeatable = {QStringLiteral("filter")},
                        .run = &runAssign}};

} // namespace

} // namespace gc::cli
