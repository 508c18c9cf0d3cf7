// assign: hand a filter's assets to a crew, showing first what would change and what is left alone.
#include "command.h"
#include "filteroption.h"

#include "domain/assetstatus.h"
#include "domain/catalog.h"
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
    printOut(QStringLiteral("선택 %1건 → %2 / %1 selected, to be assigned to %2").arg(plan.selected).arg(plan.crew));
    printOut(QStringLiteral("상태별: 선택 → 변경 / by status: selected → changed"));
    for (const auto &g : plan.byStatus) {
        const auto *e = core::catalog::find(core::catalog::statuses(), g.key);
        printOut(groupLine(e ? QStringLiteral("%1 / %2").arg(QString::fromUtf8(e->ko), QString::fromUtf8(e->en)) : g.key, g));
    }
    printOut(QStringLiteral("현재 작업팀별: 선택 → 변경 / by current crew: selected → changed"));
    for (const auto &g : plan.byCrew)
        printOut(groupLine(g.key.isEmpty() ? QStringLiteral("(없음 / none)") : g.key, g));
    printOut(QStringLiteral("변경 %1건 / %1 will change").arg(plan.changing.size()));
    if (plan.installedLeft > 0)
        printOut(QStringLiteral("그대로: 설치(검수 대기) %1건 — 포함하려면 --include-installed / left: %1 installed, awaiting review "
                                "— --include-installed takes them")
                     .arg(plan.installedLeft));
    if (plan.otherCrewLeft > 0)
        printOut(QStringLiteral("그대로: 다른 팀 작업 %1건 — 가져오려면 --take-over / left: %1 held by other crews — --take-over takes them")
                     .arg(plan.otherCrewLeft));
    if (plan.closedLeft > 0)
        printOut(QStringLiteral("그대로: 검수 완료·취소 %1건(배정할 수 없음) / left: %1 verified or cancelled (never reassigned)").arg(plan.closedLeft));
}

int runUndo(core::AssetStore &store, const QString &batch, bool yes)
{
    core::OfficeActions office(store);
    auto uuids = office.batchAssets(batch);
    if (!succeeded(uuids))
        return ExitUsage;
    if (uuids->isEmpty()) {
        printErr(QStringLiteral("배정 묶음이 없습니다 / no such assignment batch: %1").arg(batch));
        return ExitUsage;
    }
    if (!yes) {
        printOut(QStringLiteral("묶음 %1: 시설물 %2건을 배정 전으로 되돌립니다. --yes로 기록합니다 / batch %1: %2 assets go back to how they were; "
                                "--yes records it")
                     .arg(batch)
                     .arg(uuids->size()));
        return ExitDataProblem;
    }
    auto undone = office.undoAssignment(batch);
    if (!succeeded(undone))
        return ExitUsage;
    printOut(QStringLiteral("%1건을 되돌렸습니다 / %1 restored").arg(undone->restored));
    if (!undone->changedSince.isEmpty())
        printOut(QStringLiteral("그 뒤에 상태가 바뀌어 그대로 둔 %1건 / %1 left, their status changed since: %2")
                     .arg(undone->changedSince.size())
                     .arg(undone->changedSince.mid(0, 20).join(QStringLiteral(", "))));
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
        printErr(QStringLiteral("--due: 날짜는 YYYY-MM-DD 형식입니다 / the date must be YYYY-MM-DD, not '%1'").arg(dueText));
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
        printOut(QStringLiteral("아무것도 바꾸지 않았습니다. --yes로 기록합니다 / nothing was changed; --yes records it"));
        return ExitDataProblem;
    }
    auto done = core::OfficeActions(**store).assignPlan(*plan, {crew, due, 0});
    if (!succeeded(done))
        return ExitUsage;
    if (done->assigned == 0) {
        printOut(QStringLiteral("이미 그렇게 배정되어 있어 기록하지 않았습니다 / already assigned so; nothing was written"));
        return ExitOk;
    }
    printOut(QStringLiteral("%1건을 %2에 배정했습니다(묶음 %3, 되돌리기: --undo %3) / assigned %1 to %2 (batch %3; undo with --undo %3)")
                 .arg(done->assigned)
                 .arg(crew, done->batchId));
    return ExitOk;
}

const Registration reg{{.name = QStringLiteral("assign"),
                        .usage = QString::fromUtf8(kUsage),
                        .summary = QStringLiteral("작업팀 배정: 상태·팀별 건수를 먼저 보이고 --yes일 때만 기록; 설치 완료와 다른 팀 작업은 옵션으로만 / "
                                                  "assign to a crew: counts by status and crew first, written only with --yes; installed and "
                                                  "other crews' work only when asked (exit 1: shown, not written)"),
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
