// survey: department demand surveys (부서별 수요조사) — campaigns, Excel templates and imports,
// review, approval and reconciliation.
#include "command.h"

#include "store/assetstore.h"
#include "domain/catalog.h"
#include "survey/surveydesk.h"
#include "survey/surveyreconciler.h"
#include "survey/surveysheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gc::cli {

namespace {

const QString kUsage = QStringLiteral(
    "survey departments FILE\n"
    "  survey open FILE --title T --deadline YYYY-MM-DD [--category C …] [--variant V …]\n"
    "  survey close FILE [--survey ID]\n"
    "  survey list FILE\n"
    "  survey template FILE --department NAME --out T.xlsx [--survey ID]\n"
    "  survey import FILE SOURCE --department NAME [--encoding CP949] [--submit] [--survey ID]\n"
    "  survey submit FILE --department NAME [--survey ID]\n"
    "  survey review FILE --department NAME --decision has_issues|approved|rejected [--comment TEXT] [--survey ID]\n"
    "  survey reconcile FILE [--department NAME] [--json] [--survey ID]");

int usage()
{
    printErr(QStringLiteral("usage: goodcity-cli %1").arg(kUsage));
    return ExitUsage;
}

int failWith(const Error &e)
{
    printErr(e.message);
    return e.code == QLatin1String("invalid") ? ExitDataProblem : ExitUsage;
}

// The survey a command acts on: --survey ID, else the newest open one.
std::optional<core::SurveyCampaign> pickSurvey(const core::SurveyDesk &desk, const QString &id)
{
    auto c = id.isEmpty() ? desk.current() : desk.campaign(id);
    if (!c)
        printErr(id.isEmpty() ? QStringLiteral("수요조사가 없습니다. `goodcity-cli survey open`으로 여세요 / no survey yet; open one with `survey open`")
                              : QStringLiteral("수요조사가 없습니다 / no such survey: %1").arg(id));
    return c;
}

int listDepartments(const core::SurveyDesk &desk)
{
    auto d = desk.departments();
    if (!d)
        return failWith(d.error());
    for (const QString &name : *d)
        printOut(name);
    return ExitOk;
}

int listSurveys(const core::SurveyDesk &desk)
{
    auto b = desk.book();
    if (!b)
        return failWith(b.error());
    for (const auto &[id, c] : b->campaigns) {
        printOut(QStringLiteral("%1\t%2\t%3\t%4").arg(id, c.title, c.deadline, core::SurveyDesk::stateLabel(c.state)));
        for (const auto &[key, s] : b->submissions) {
            if (key.first == id)
                printOut(QStringLiteral("  %1\t%2\t%3").arg(s.department, core::SurveyDesk::stateLabel(s.state), s.comment));
        }
    }
    return ExitOk;
}

// One reconciled line as the office reads it: the department's row, what it matched, and any overlap.
QString lineText(const core::SurveyReconciler::Line &l)
{
    const QString match = l.match == core::SurveyReconciler::Match::Code     ? QStringLiteral("코드 일치 / code %1").arg(l.assetCode)
                          : l.match == core::SurveyReconciler::Match::Nearby ? QStringLiteral("%1m 안 / within %1 m: %2").arg(l.distance, 0, 'f', 1).arg(l.assetCode)
                                                                               : QStringLiteral("새 시설물 / new");
    return QStringLiteral("%1\t%2행\t%3\t%4\t%5%6")
        .arg(l.row.department)
        .arg(l.row.seq)
        .arg(core::catalog::labelKo(core::catalog::categories(), l.row.category),
             l.row.needed ? QStringLiteral("필요") : QStringLiteral("불필요"), match,
             l.overlaps.isEmpty() ? QString() : QStringLiteral("\t⚠ 중복 / same place as: ") + l.overlaps.join(QStringLiteral(", ")));
}

int reconcile(const core::AssetStore &store, const core::SurveyCampaign &campaign, const QString &department, bool json)
{
    auto lines = core::SurveyReconciler::run(store, campaign.surveyId);
    if (!lines)
        return failWith(lines.error());
    QJsonArray all;
    int overlaps = 0;
    for (const auto &l : *lines) {
        if (!department.isEmpty() && l.row.department != department)
            continue;
        overlaps += l.overlaps.isEmpty() ? 0 : 1;
        if (json)
            all.append(QJsonObject{{QStringLiteral("department"), l.row.department}, {QStringLiteral("line"), l.row.seq},
                                   {QStringLiteral("category"), l.row.category}, {QStringLiteral("needed"), l.row.needed},
                                   {QStringLiteral("match"), core::SurveyReconciler::matchName(l.match)},
                                   {QStringLiteral("asset_code"), l.assetCode}, {QStringLiteral("distance_m"), l.distance},
                                   {QStringLiteral("overlaps"), QJsonArray::fromStringList(l.overlaps)}});
        else
            printOut(lineText(l));
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)));
    else
        printErr(QStringLiteral("다른 부서와 겹치는 행 %1개 / %1 rows overlap another department's").arg(overlaps));
    return overlaps > 0 ? ExitDataProblem : ExitOk;
}

int importSheet(core::AssetStore &store, const core::SurveyCampaign &campaign, const QString &department, const QString &source,
                const QString &encoding, bool submitToo)
{
    auto r = core::SurveySheet::import(store, campaign, department, source, encoding, submitToo);
    if (!r)
        return failWith(r.error());
    for (const QString &n : r->notes)
        printErr(QStringLiteral("참고 / note: ") + n);
    if (!r->ok()) {
        for (const auto &e : r->errors)
            printErr(QStringLiteral("%1: %2").arg(source, e.toString()));
        printErr(QStringLiteral("%1: 잘못된 값 %2건 — 아무것도 바꾸지 않았습니다 / %2 bad values — nothing was changed").arg(source).arg(r->errors.size()));
        return ExitDataProblem;
    }
    printOut(QStringLiteral("%1: %2 %3행을 받았습니다(%4, %5) / took all %3 rows").arg(source, department).arg(r->taken).arg(r->encoding,
             submitToo ? QStringLiteral("제출됨 / submitted") : QStringLiteral("작성 중 / draft")));
    return ExitOk;
}

int run(const QStringList &argsIn)
{
    QStringList args = argsIn;
    if (args.isEmpty())
        return usage();
    const QString sub = args.takeFirst();
    const QString surveyId = takeOption(args, QStringLiteral("--survey"));
    const QString department = takeOption(args, QStringLiteral("--department"));
    const QString out = takeOption(args, QStringLiteral("--out"));
    const QString encoding = takeOption(args, QStringLiteral("--encoding"));
    const QString title = takeOption(args, QStringLiteral("--title"));
    const QString deadline = takeOption(args, QStringLiteral("--deadline"));
    const QString decision = takeOption(args, QStringLiteral("--decision"));
    const QString comment = takeOption(args, QStringLiteral("--comment"));
    const QStringList categories = takeOptionAll(args, QStringLiteral("--category"));
    const QStringList variants = takeOptionAll(args, QStringLiteral("--variant"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool submitToo = takeFlag(args, QStringLiteral("--submit"));
    if (!rejectUnknownOptions(args, QStringLiteral("survey …")))
        return usage();
    const int files = sub == QLatin1String("import") ? 2 : 1;
    if (args.size() != files)
        return usage();
    const bool reads = sub == QLatin1String("departments") || sub == QLatin1String("list") || sub == QLatin1String("template")
                       || sub == QLatin1String("reconcile");
    auto store = core::AssetStore::open(args[0], reads ? core::AssetStore::Access::ReadOnly : core::AssetStore::Access::ReadWrite);
    if (!store)
        return failWith(store.error());
    core::SurveyDesk desk(**store);

    if (sub == QLatin1String("departments"))
        return listDepartments(desk);
    if (sub == QLatin1String("open")) {
        auto c = desk.open(title, deadline, categories, variants);
        if (!c)
            return failWith(c.error());
        printOut(QStringLiteral("%1\t%2: 수요조사를 열었습니다(마감 %3) / survey opened, deadline %3").arg(c->surveyId, c->title, c->deadline));
        return ExitOk;
    }
    if (sub == QLatin1String("list"))
        return listSurveys(desk);
    const auto campaign = pickSurvey(desk, surveyId);
    if (!campaign)
        return ExitUsage;
    if (sub == QLatin1String("close")) {
        if (auto r = desk.close(campaign->surveyId); !r)
            return failWith(r.error());
        printOut(QStringLiteral("%1: 마감했습니다 / closed").arg(campaign->title));
        return ExitOk;
    }
    if (sub == QLatin1String("reconcile"))
        return reconcile(**store, *campaign, department, json);
    if (department.isEmpty())
        return usage();
    if (sub == QLatin1String("template")) {
        if (out.isEmpty())
            return usage();
        if (auto r = core::SurveySheet::writeTemplate(**store, *campaign, department, out); !r)
            return failWith(r.error());
        printOut(QStringLiteral("%1: %2 양식을 만들었습니다 / template written for %2").arg(out, department));
        return ExitOk;
    }
    if (sub == QLatin1String("import"))
        return importSheet(**store, *campaign, department, args[1], encoding, submitToo);
    if (sub == QLatin1String("submit")) {
        if (auto r = desk.submit(campaign->surveyId, department); !r)
            return failWith(r.error());
        printOut(QStringLiteral("%1: 제출했습니다 / submitted").arg(department));
        return ExitOk;
    }
    if (sub == QLatin1String("review")) {
        auto r = desk.review(campaign->surveyId, department, decision, comment);
        if (!r)
            return failWith(r.error());
        printOut(QStringLiteral("%1: %2 (자산 %3건 반영 / %3 assets created or updated)").arg(department, core::SurveyDesk::stateLabel(decision)).arg(*r));
        return ExitOk;
    }
    return usage();
}

const Registration surveyReg{{QStringLiteral("survey"), kUsage,
                              QStringLiteral("Department demand surveys: open/close, Excel template and import, review, reconcile."), &run}};

} // namespace
} // namespace gc::cli
