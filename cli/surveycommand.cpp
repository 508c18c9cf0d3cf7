// survey: department demand surveys (부서별 수요조사) — campaigns, Excel templates and imports,
// review, approval and reconciliation. One sub-command per step, each with its own options.
#include "command.h"
#include "text.h"

#include "store/assetstore.h"
#include "model/catalog.h"
#include "survey/surveydesk.h"
#include "survey/surveyreconciler.h"
#include "survey/surveysheet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace gc::cli {

namespace {

int failWith(const Error &e)
{
    printErr(e.message());
    return e.code == QLatin1String("invalid") ? ExitDataProblem : ExitUsage;
}

// The inventory a sub-command works on, and the survey desk over it; null (having said why) when
// the arguments have the wrong shape or the file does not open.
struct Desk {
    std::unique_ptr<core::AssetStore> store;
    std::unique_ptr<core::SurveyDesk> desk;
    int exit = ExitOk;
};

Desk openDesk(const QCommandLineParser &p, const char *usage, qsizetype files, bool shapeOk, core::AssetStore::Access access)
{
    Desk d;
    if (!checkUsage(QString::fromUtf8(usage), p.positionalArguments().size() == files && shapeOk)) {
        d.exit = ExitUsage;
        return d;
    }
    auto store = core::AssetStore::open(p.positionalArguments().first(), access);
    if (!store) {
        d.exit = failWith(store.error());
        return d;
    }
    d.store = std::move(*store);
    d.desk = std::make_unique<core::SurveyDesk>(*d.store);
    return d;
}

// The survey a command acts on: --survey ID, else the newest open one.
std::optional<core::SurveyCampaign> pickSurvey(const core::SurveyDesk &desk, const QCommandLineParser &p)
{
    const QString id = p.value(QStringLiteral("survey"));
    auto c = id.isEmpty() ? desk.current() : desk.campaign(id);
    if (!c)
        printErr(id.isEmpty() ? gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no survey yet; open one with `survey open`")), gc::Lang::Both)
                              : gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "no such survey: %1"), id), gc::Lang::Both));
    return c;
}

constexpr auto kRead = core::AssetStore::Access::ReadOnly;
constexpr auto kWrite = core::AssetStore::Access::ReadWrite;

const char kDepartmentsUsage[] = "survey departments FILE";
const char kOpenUsage[] = "survey open FILE --title T --deadline YYYY-MM-DD [--category C …] [--variant V …]";
const char kCloseUsage[] = "survey close FILE [--survey ID]";
const char kListUsage[] = "survey list FILE";
const char kTemplateUsage[] = "survey template FILE --department NAME --out T.xlsx [--survey ID]";
const char kImportUsage[] = "survey import FILE SOURCE --department NAME [--encoding CP949] [--submit] [--survey ID]";
const char kSubmitUsage[] = "survey submit FILE --department NAME [--survey ID]";
const char kReviewUsage[] = "survey review FILE --department NAME --decision has_issues|approved|rejected [--comment TEXT] [--survey ID]";
const char kReconcileUsage[] = "survey reconcile FILE [--department NAME] [--json] [--survey ID]";

int runDepartments(const QCommandLineParser &p)
{
    Desk d = openDesk(p, kDepartmentsUsage, 1, true, kRead);
    if (!d.desk)
        return d.exit;
    auto names = d.desk->departments();
    if (!names)
        return failWith(names.error());
    for (const QString &name : *names)
        printOut(name);
    return ExitOk;
}

int runOpen(const QCommandLineParser &p)
{
    Desk d = openDesk(p, kOpenUsage, 1, true, kWrite);
    if (!d.desk)
        return d.exit;
    auto c = d.desk->open(p.value(QStringLiteral("title")), p.value(QStringLiteral("deadline")), p.values(QStringLiteral("category")),
                          p.values(QStringLiteral("variant")));
    if (!c)
        return failWith(c.error());
    printOut(gc::render(gc::tx("%1\t%2: %3", c->surveyId, c->title, gc::tx(QT_TRANSLATE_NOOP("gc", "survey opened, deadline %1"), c->deadline)), gc::Lang::Both));
    return ExitOk;
}

int runList(const QCommandLineParser &p)
{
    Desk d = openDesk(p, kListUsage, 1, true, kRead);
    if (!d.desk)
        return d.exit;
    auto b = d.desk->book();
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

int runClose(const QCommandLineParser &p)
{
    Desk d = openDesk(p, kCloseUsage, 1, true, kWrite);
    if (!d.desk)
        return d.exit;
    const auto campaign = pickSurvey(*d.desk, p);
    if (!campaign)
        return ExitUsage;
    if (auto r = d.desk->close(campaign->surveyId); !r)
        return failWith(r.error());
    printOut(gc::render(gc::tx("%1: %2", campaign->title, gc::tx(QT_TRANSLATE_NOOP3("gc", "closed", "surveycommand"), campaign->title)), gc::Lang::Both));
    return ExitOk;
}

QJsonObject lineJson(const core::SurveyReconciler::Line &l)
{
    return QJsonObject{{QStringLiteral("department"), l.row.department}, {QStringLiteral("line"), l.row.seq},
                       {QStringLiteral("category"), l.row.category}, {QStringLiteral("needed"), l.row.needed},
                       {QStringLiteral("match"), core::SurveyReconciler::matchName(l.match)},
                       {QStringLiteral("asset_code"), l.assetCode}, {QStringLiteral("distance_m"), l.distance},
                       {QStringLiteral("overlaps"), QJsonArray::fromStringList(l.overlaps)}};
}

QString lineText(const core::SurveyReconciler::Line &l)
{
    const QString match = l.match == core::SurveyReconciler::Match::Code     ? gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "code %1"), l.assetCode), gc::Lang::Both)
                          : l.match == core::SurveyReconciler::Match::Nearby ? gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "within %1 m: %2"), QStringLiteral("%1").arg(l.distance, 0, 'f', 1), l.assetCode), gc::Lang::Both)
                                                                               : gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "new")), gc::Lang::Both);
    return QStringLiteral("%1\t%2행\t%3\t%4\t%5%6")
        .arg(l.row.department)
        .arg(l.row.seq)
        .arg(core::catalog::labelKo(core::catalog::categories(), l.row.category), l.row.needed ? QStringLiteral("필요") : QStringLiteral("불필요"),
             match, l.overlaps.isEmpty() ? QString() : QStringLiteral("\t") + gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "same place as: ")), gc::Lang::Both) + l.overlaps.join(QStringLiteral(", ")));
}

int runReconcile(const QCommandLineParser &p)
{
    Desk d = openDesk(p, kReconcileUsage, 1, true, kRead);
    if (!d.desk)
        return d.exit;
    const auto campaign = pickSurvey(*d.desk, p);
    if (!campaign)
        return ExitUsage;
    auto lines = core::SurveyReconciler::run(*d.store, campaign->surveyId);
    if (!lines)
        return failWith(lines.error());
    const QString department = p.value(QStringLiteral("department"));
    const bool json = p.isSet(QStringLiteral("json"));
    QJsonArray all;
    int overlaps = 0;
    for (const auto &l : *lines) {
        if (!department.isEmpty() && l.row.department != department)
            continue;
        overlaps += l.overlaps.isEmpty() ? 0 : 1;
        if (json)
            all.append(lineJson(l));
        else
            printOut(lineText(l));
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)));
    else
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "%1 rows overlap another department's"), overlaps), gc::Lang::Both));
    return overlaps > 0 ? ExitDataProblem : ExitOk;
}

int runTemplate(const QCommandLineParser &p)
{
    const QString department = p.value(QStringLiteral("department"));
    const QString out = p.value(QStringLiteral("out"));
    Desk d = openDesk(p, kTemplateUsage, 1, !department.isEmpty() && !out.isEmpty(), kRead);
    if (!d.desk)
        return d.exit;
    const auto campaign = pickSurvey(*d.desk, p);
    if (!campaign)
        return ExitUsage;
    if (auto r = core::SurveySheet::writeTemplate(*d.store, *campaign, department, out); !r)
        return failWith(r.error());
    printOut(gc::render(gc::tx("%1: %2", out, gc::tx(QT_TRANSLATE_NOOP("gc", "template written for %2"), out, department)), gc::Lang::Both));
    return ExitOk;
}

int runImport(const QCommandLineParser &p)
{
    const QString department = p.value(QStringLiteral("department"));
    const bool submitToo = p.isSet(QStringLiteral("submit"));
    Desk d = openDesk(p, kImportUsage, 2, !department.isEmpty(), kWrite);
    if (!d.desk)
        return d.exit;
    const auto campaign = pickSurvey(*d.desk, p);
    if (!campaign)
        return ExitUsage;
    const QString source = p.positionalArguments().at(1);
    auto r = core::SurveySheet::import(*d.store, *campaign, department, source, p.value(QStringLiteral("encoding")), submitToo);
    if (!r)
        return failWith(r.error());
    for (const QString &n : r->notes)
        printErr(gc::render(gc::tx(QT_TRANSLATE_NOOP("gc", "note: ")), gc::Lang::Both) + n);
    if (!r->ok()) {
        for (const auto &e : r->errors)
            printErr(QStringLiteral("%1: %2").arg(source, e.toString()));
        printErr(gc::render(gc::tx("%1: %2", source, gc::tx(QT_TRANSLATE_NOOP("gc", "%2 bad values — nothing was changed"), source, r->errors.size())), gc::Lang::Both));
        return ExitDataProblem;
    }
    printOut(gc::render(gc::tx("%1: %2", source, gc::tx(QT_TRANSLATE_NOOP("gc", "took all %3 rows"), source, department, r->taken, r->encoding, submitToo ? gc::tx(QT_TRANSLATE_NOOP("gc", "submitted")) : gc::tx(QT_TRANSLATE_NOOP("gc", "draft")))), gc::Lang::Both));
    return ExitOk;
}

int runSubmit(const QCommandLineParser &p)
{
    const QString department = p.value(QStringLiteral("department"));
    Desk d = openDesk(p, kSubmitUsage, 1, !department.isEmpty(), kWrite);
    if (!d.desk)
        return d.exit;
    const auto campaign = pickSurvey(*d.desk, p);
    if (!campaign)
        return ExitUsage;
    if (auto r = d.desk->submit(campaign->surveyId, department); !r)
        return failWith(r.error());
    printOut(gc::render(gc::tx("%1: %2", department, gc::tx(QT_TRANSLATE_NOOP3("gc", "submitted", "surveycommand"), department)), gc::Lang::Both));
    return ExitOk;
}

int runReview(const QCommandLineParser &p)
{
    const QString department = p.value(QStringLiteral("department"));
    const QString decision = p.value(QStringLiteral("decision"));
    Desk d = openDesk(p, kReviewUsage, 1, !department.isEmpty(), kWrite);
    if (!d.desk)
        return d.exit;
    const auto campaign = pickSurvey(*d.desk, p);
    if (!campaign)
        return ExitUsage;
    auto r = d.desk->review(campaign->surveyId, department, decision, p.value(QStringLiteral("comment")));
    if (!r)
        return failWith(r.error());
    printOut(gc::render(gc::tx("%1: %2", department, gc::tx(QT_TRANSLATE_NOOP("gc", "%3 assets created or updated)"), department, core::SurveyDesk::stateLabel(decision), *r)), gc::Lang::Both));
    return ExitOk;
}

QCommandLineOption surveyOption()
{
    return option(QStringLiteral("survey"), QStringLiteral("ID"), QStringLiteral("the survey (default: the newest open one)"));
}

QCommandLineOption departmentOption()
{
    return option(QStringLiteral("department"), QStringLiteral("NAME"), QStringLiteral("the department (관리부서)"));
}

Command sub(const char *name, const char *usage, const QString &summary, QList<QCommandLineOption> options, int (*run)(const QCommandLineParser &))
{
    return Command{.name = QStringLiteral("survey ") + QLatin1String(name), .usage = QString::fromUtf8(usage), .summary = gc::Text::verbatim(summary),
                   .options = std::move(options), .repeatable = {QStringLiteral("category"), QStringLiteral("variant")}, .run = run};
}

const Registration regs[] = {
    Registration{sub("departments", kDepartmentsUsage, QStringLiteral("List the departments, one a line."), {}, &runDepartments)},
    Registration{sub("open", kOpenUsage, QStringLiteral("Open a survey for every department."),
                     {option(QStringLiteral("title"), QStringLiteral("T"), QStringLiteral("the survey's title")),
                      option(QStringLiteral("deadline"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("the last day departments submit")),
                      option(QStringLiteral("category"), QStringLiteral("C"), QStringLiteral("a category the survey asks about; repeatable")),
                      option(QStringLiteral("variant"), QStringLiteral("V"), QStringLiteral("a design variant offered; repeatable"))},
                     &runOpen)},
    Registration{sub("close", kCloseUsage, QStringLiteral("Close a survey."), {surveyOption()}, &runClose)},
    Registration{sub("list", kListUsage, QStringLiteral("List the surveys and each department's state."), {}, &runList)},
    Registration{sub("template", kTemplateUsage, QStringLiteral("Write a department's pre-filled Excel sheet (allowed values on sheet 2)."),
                     {departmentOption(), option(QStringLiteral("out"), QStringLiteral("T.xlsx"), QStringLiteral("the sheet to write")), surveyOption()},
                     &runTemplate)},
    Registration{sub("import", kImportUsage, QStringLiteral("Take a department's filled sheet, all rows or none."),
                     {departmentOption(),
                      option(QStringLiteral("encoding"), QStringLiteral("CP949"), QStringLiteral("the sheet's text encoding (CSV; default: detected)")),
                      flag(QStringLiteral("submit"), QStringLiteral("submit it too")), surveyOption()},
                     &runImport)},
    Registration{sub("submit", kSubmitUsage, QStringLiteral("Submit a department's sheet for review."), {departmentOption(), surveyOption()}, &runSubmit)},
    Registration{sub("review", kReviewUsage, QStringLiteral("Decide on a department's submission; approved creates or updates its assets."),
                     {departmentOption(),
                      option(QStringLiteral("decision"), QStringLiteral("has_issues|approved|rejected"), QStringLiteral("the decision")),
                      option(QStringLiteral("comment"), QStringLiteral("TEXT"), QStringLiteral("said to the department")), surveyOption()},
                     &runReview)},
    Registration{sub("reconcile", kReconcileUsage,
                     QStringLiteral("Match survey rows to assets by code or same category within 15 m (exit 1 on overlaps)."),
                     {option(QStringLiteral("department"), QStringLiteral("NAME"), QStringLiteral("only this department's rows")),
                      flag(QStringLiteral("json"), QStringLiteral("print JSON")), surveyOption()},
                     &runReconcile)},
};

} // namespace
} // namespace gc::cli
