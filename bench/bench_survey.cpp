// Demand surveys: what one department's sheet save costs when the survey already holds N earlier
// saves. The save changes only the rows it names, so its cost should not grow with N; the floor is
// the same save into a survey with no history (N = 0). BM_SurveyRefold/N is what an out-of-order
// survey event from another device costs (every survey refolded from the log), and what every save
// cost before the saves became incremental.
#include "store/assetstore.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"
#include "survey/surveydesk.h"
#include "survey/surveytables.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace gc::core;

namespace {

constexpr int kDepartments = 30;
constexpr int kRowsPerSheet = 20;

std::vector<SurveyRow> sheet(int department, int version)
{
    std::vector<SurveyRow> rows;
    for (int i = 0; i < kRowsPerSheet; ++i) {
        SurveyRow r;
        r.rowId = QStringLiteral("d%1-r%2").arg(department).arg(i);
        r.category = QStringLiteral("bench");
        r.name = QStringLiteral("의자 %1-%2 (판 %3)").arg(department).arg(i).arg(version);
        r.hasLocation = true;
        r.x = 191600 + i; // 독산3동
        r.y = 541800 + department;
        rows.push_back(r);
    }
    return rows;
}

QString department(int d) { return QStringLiteral("부서%1").arg(d, 2, 10, QLatin1Char('0')); }

struct SurveyFixture {
    QTemporaryDir dir;
    std::unique_ptr<AssetStore> store;
    QString surveyId;
};

// A survey whose departments saved their sheets n times in all, built once per n.
SurveyFixture *surveyWith(qint64 n)
{
    static std::map<qint64, std::unique_ptr<SurveyFixture>> cache;
    if (auto it = cache.find(n); it != cache.end())
        return it->second.get();
    auto f = std::make_unique<SurveyFixture>();
    auto made = AssetStore::create(f->dir.filePath(QStringLiteral("survey.gpkg")));
    if (!made)
        return nullptr;
    f->store = std::move(*made);
    SurveyDesk desk(*f->store);
    auto c = desk.open(QStringLiteral("벤치 수요조사"), QStringLiteral("2099-12-31"), {}, {});
    if (!c)
        return nullptr;
    f->surveyId = c->surveyId;
    for (qint64 i = 0; i < n; ++i) {
        if (!desk.saveRows(f->surveyId, department(int(i % kDepartments)), sheet(int(i % kDepartments), int(i)), false))
            return nullptr;
    }
    return (cache[n] = std::move(f)).get();
}

void BM_SurveySave(benchmark::State &state)
{
    SurveyFixture *f = surveyWith(state.range(0));
    if (!f) {
        state.SkipWithError("could not build the survey");
        return;
    }
    SurveyDesk desk(*f->store);
    int version = 0;
    for (auto _ : state) {
        auto r = desk.saveRows(f->surveyId, department(7), sheet(7, ++version), false);
        if (!r)
            state.SkipWithError(r.error().message().left(200).toUtf8().constData());
    }
    state.counters["rows"] = kRowsPerSheet;
}

void BM_SurveyRefold(benchmark::State &state)
{
    SurveyFixture *f = surveyWith(state.range(0));
    if (!f) {
        state.SkipWithError("could not build the survey");
        return;
    }
    const SqliteDb &db = StoreAccess::db(*f->store);
    for (auto _ : state) {
        Transaction tx(db);
        if (auto r = SurveyTables::refold(db); !r)
            state.SkipWithError(r.error().message().left(200).toUtf8().constData());
        (void)tx.commit();
    }
}

} // namespace

BENCHMARK(BM_SurveySave)->Arg(0)->Arg(300)->Arg(3000)->Iterations(100)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SurveyRefold)->Arg(300)->Arg(3000)->Unit(benchmark::kMillisecond);
