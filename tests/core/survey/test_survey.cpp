#include "inventoryfixture.h"
#include "store/inventoryverifier.h"
#include "store/sqlitedb.h"
#include "survey/surveydesk.h"
#include "survey/surveyreconciler.h"
#include "survey/surveysheet.h"
#include "survey/surveytables.h"
#include "store/storeaccess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <random>

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

const QString kParks = QStringLiteral("공원녹지과");
const QString kTraffic = QStringLiteral("교통행정과");

SurveyCampaign openSurvey(SurveyDesk &desk)
{
    auto c = desk.open(QStringLiteral("2024 브랜드 수요조사"), QStringLiteral("2024-06-30"), {QStringLiteral("의자"), QStringLiteral("sign")}, {});
    REQUIRE(c.ok());
    return *c;
}

SurveyRow row(const QString &code, bool needed = true)
{
    SurveyRow r;
    r.assetCode = code;
    r.needed = needed;
    r.markCount = needed ? 2 : 0;
    return r;
}

SurveyRow newBench(double x, double y)
{
    SurveyRow r;
    r.category = QStringLiteral("bench");
    r.name = QStringLiteral("새 의자");
    r.hasLocation = true;
    r.x = x;
    r.y = y;
    return r;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray toCp949(const QString &text)
{
    char *raw = CPLRecode(text.toUtf8().constData(), CPL_ENC_UTF8, "CP949");
    QByteArray out(raw);
    CPLFree(raw);
    return out;
}

void requireWhole(const AssetStore &store)
{
    const auto report = InventoryVerifier::run(store);
    INFO(report.problems.join('\n').toStdString());
    REQUIRE(report.ok());
}

} // namespace

TEST_CASE("a submission moves draft → submitted → has issues → submitted → approved", "[survey]")
{
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    SurveyDesk desk(*fx.store);
    const SurveyCampaign c = openSurvey(desk);
    CHECK(c.categories == QStringList{QStringLiteral("bench"), QStringLiteral("sign")});

    REQUIRE(desk.saveRows(c.surveyId, kParks, {row(bench->code), newBench(191700, 541850)}, false).ok());
    CHECK(desk.submission(c.surveyId, kParks)->state == QLatin1String("draft"));
    CHECK(desk.review(c.surveyId, kParks, QStringLiteral("approved"), {}).error().code == QLatin1String("invalid_transition"));

    REQUIRE(desk.submit(c.surveyId, kParks).ok());
    CHECK(desk.submission(c.surveyId, kParks)->state == QLatin1String("submitted"));
    CHECK(desk.saveRows(c.surveyId, kParks, {}, false).error().code == QLatin1String("invalid_transition"));
    CHECK(desk.review(c.surveyId, kParks, QStringLiteral("has_issues"), {}).error().code == QLatin1String("invalid")); // needs a comment
    REQUIRE(desk.review(c.surveyId, kParks, QStringLiteral("has_issues"), QStringLiteral("사진을 붙여 주세요")).ok());
    const auto issues = desk.submission(c.surveyId, kParks);
    CHECK(issues->state == QLatin1String("has_issues"));
    CHECK(issues->comment == QStringLiteral("사진을 붙여 주세요"));

    REQUIRE(desk.saveRows(c.surveyId, kParks, {row(bench->code), newBench(191700, 541850)}, true).ok());
    CHECK(desk.submission(c.surveyId, kParks)->revision == 2);
    const qint64 before = fx.store->assetCount();
    auto approved = desk.review(c.surveyId, kParks, QStringLiteral("approved"), {});
    REQUIRE(approved.ok());
    CHECK(*approved == 2);
    CHECK(fx.store->assetCount() == before + 1);
    CHECK(fx.store->asset(bench->uuid)->markCount == 2);
    // The new asset and the update carry the department as actor.
    auto rows = desk.rows(c.surveyId, kParks);
    REQUIRE(rows->size() == 2);
    const QString created = rows->at(1).resultAssetUuid;
    REQUIRE(!created.isEmpty());
    CHECK(fx.store->asset(created)->department == kParks);
    CHECK(fx.store->events(created)->front().actor == kParks);
    CHECK(fx.store->events(bench->uuid)->back().actor == kParks);
    // Approved is final.
    CHECK(desk.review(c.surveyId, kParks, QStringLiteral("rejected"), QStringLiteral("x")).error().code == QLatin1String("invalid_transition"));
    requireWhole(*fx.store);
}

TEST_CASE("a closed survey takes no answers, and replay rebuilds the survey tables exactly", "[survey]")
{
    InventoryFixture fx;
    SurveyDesk desk(*fx.store);
    const SurveyCampaign c = openSurvey(desk);
    REQUIRE(desk.saveRows(c.surveyId, kTraffic, {newBench(191604.6, 541809.5)}, true).ok());
    REQUIRE(desk.review(c.surveyId, kTraffic, QStringLiteral("rejected"), QStringLiteral("중복")).ok());
    REQUIRE(desk.close(c.surveyId).ok());
    CHECK(desk.saveRows(c.surveyId, kParks, {newBench(191604.6, 541809.5)}, false).error().code == QLatin1String("closed"));
    CHECK(desk.close(c.surveyId).error().code == QLatin1String("invalid_transition"));

    auto stored = SurveyTables::read(StoreAccess::db(*fx.store));
    REQUIRE(stored.ok());
    CHECK(stored->campaigns.at(c.surveyId).state == QLatin1String("closed"));
    CHECK(*stored == fx.store->replay()->surveys);
    REQUIRE(fx.store->rebuild().ok());
    CHECK(*SurveyTables::read(StoreAccess::db(*fx.store)) == *stored);
    requireWhole(*fx.store);

    // A row edited behind the log is caught by verify.
    REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("UPDATE survey_rows SET mark_count = 9")).ok());
    CHECK_FALSE(InventoryVerifier::run(*fx.store).ok());
}

TEST_CASE("a bad row names its row and column, and nothing of the sheet is kept", "[survey]")
{
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    SurveyDesk desk(*fx.store);
    const SurveyCampaign c = openSurvey(desk);
    REQUIRE(desk.saveRows(c.surveyId, kParks, {row(bench->code)}, false).ok());
    const qint64 events = fx.store->eventCount();
    const QString csv = fx.dir.filePath(QStringLiteral("bad.csv"));
    writeBytes(csv, toCp949(QStringLiteral("코드,분류,명칭,필요여부,부착수량,X좌표,Y좌표\n"
                                           "%1,의자,,필요,3,,\n"
                                           ",그늘막,시흥대로 그늘막,필요,1,191604.6,541809.5\n"
                                           ",의자,새 의자,아마,1,191604.6,541809.5\n"
                                           "GC-NONE-1,의자,,필요,삼,,\n").arg(bench->code)));
    auto r = SurveySheet::import(*fx.store, c, kParks, csv);
    REQUIRE(r.ok());
    CHECK(r->encoding == QLatin1String("CP949"));
    REQUIRE(r->errors.size() == 3 + 1);
    CHECK(r->errors[0].row == 3);
    CHECK(r->errors[0].column == QStringLiteral("분류"));
    CHECK(r->errors[0].value == QStringLiteral("그늘막"));
    CHECK(r->errors[1].row == 4);
    CHECK(r->errors[1].column == QStringLiteral("필요여부"));
    CHECK(r->errors[1].value == QStringLiteral("아마"));
    CHECK(r->errors[2].row == 5);
    CHECK(r->errors[2].column == QStringLiteral("부착수량"));
    CHECK(r->errors[3].column == QStringLiteral("코드"));
    CHECK(r->errors[3].reason.contains(QStringLiteral("no asset has this code")));
    CHECK(fx.store->eventCount() == events);
    CHECK(desk.rows(c.surveyId, kParks)->front().markCount == 2); // the earlier draft stands
}

TEST_CASE("the XLSX template comes back filled in, and a UTF-8 CSV with lon/lat is taken", "[survey]")
{
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    SurveyDesk desk(*fx.store);
    const SurveyCampaign c = openSurvey(desk);
    const QString xlsx = fx.dir.filePath(QStringLiteral("template.xlsx"));
    REQUIRE(SurveySheet::writeTemplate(*fx.store, c, kParks, xlsx).ok());

    // The department fills in 필요여부 in Excel (here: GDAL's XLSX driver in update mode).
    {
        CPLConfigOptionSetter headers("OGR_XLSX_HEADERS", "FORCE", false);
        GDALDatasetUniquePtr ds(GDALDataset::Open(xlsx.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        REQUIRE(ds);
        REQUIRE(ds->GetLayerCount() == 2);
        CHECK(QString::fromUtf8(ds->GetLayer(1)->GetName()) == QStringLiteral("입력안내"));
        OGRLayer *sheet = ds->GetLayerByName("수요조사");
        REQUIRE(sheet);
        REQUIRE(sheet->GetFeatureCount() == 1);
        OGRFeatureUniquePtr f(sheet->GetNextFeature());
        CHECK(QString::fromUtf8(f->GetFieldAsString("코드")) == bench->code);
        CHECK(QString::fromUtf8(f->GetFieldAsString("분류")) == QStringLiteral("의자"));
        f->SetField("필요여부", "필요");
        f->SetField("부착수량", 4);
        REQUIRE(sheet->SetFeature(f.get()) == OGRERR_NONE);
    }
    auto r = SurveySheet::import(*fx.store, c, kParks, xlsx, {}, true);
    REQUIRE(r.ok());
    INFO((r->errors.empty() ? QString() : r->errors.front().toString()).toStdString());
    REQUIRE(r->ok());
    CHECK(r->taken == 1);
    auto rows = desk.rows(c.surveyId, kParks);
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().assetCode == bench->code);
    CHECK(rows->front().markCount == 4);
    CHECK(desk.submission(c.surveyId, kParks)->state == QLatin1String("submitted"));

    const QString csv = fx.dir.filePath(QStringLiteral("traffic.csv"));
    writeBytes(csv, QByteArray("\xEF\xBB\xBF") + QStringLiteral("분류,명칭,필요여부,경도,위도,비고\n표지판,새 표지판,필요,126.9036,37.4748,정류소 옆\n").toUtf8());
    auto t = SurveySheet::import(*fx.store, c, kTraffic, csv);
    INFO((t.ok() ? QString() : t.error().message()).toStdString());
    REQUIRE(t.ok());
    REQUIRE(t->ok());
    const SurveyRow sign = desk.rows(c.surveyId, kTraffic)->front();
    CHECK(sign.category == QLatin1String("sign"));
    CHECK(sign.hasLocation);
    CHECK(sign.x > 180000); // turned into EPSG:5186 metres
    CHECK(sign.note == QStringLiteral("정류소 옆"));
    requireWhole(*fx.store);
}

TEST_CASE("reconciliation matches by code or within 15 m and flags two departments on one place", "[survey]")
{
    InventoryFixture fx;
    auto bench = fx.store->addAsset(InventoryFixture::bench());
    REQUIRE(bench.ok());
    SurveyDesk desk(*fx.store);
    const SurveyCampaign c = openSurvey(desk);
    const double bx = bench->x, by = bench->y;
    REQUIRE(desk.saveRows(c.surveyId, kParks, {row(bench->code), newBench(bx + 200, by)}, false).ok());
    REQUIRE(desk.saveRows(c.surveyId, kTraffic, {newBench(bx + 10, by), newBench(bx + 20, by + 1), newBench(bx + 205, by + 5)}, false).ok());
    auto lines = SurveyReconciler::run(*fx.store, c.surveyId);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 5);
    std::map<std::pair<QString, int>, SurveyReconciler::Line> at;
    for (const auto &l : *lines)
        at[{l.row.department, l.row.seq}] = l;
    CHECK(at[{kParks, 1}].match == SurveyReconciler::Match::Code);
    CHECK(at[{kTraffic, 1}].match == SurveyReconciler::Match::Nearby);
    CHECK(at[{kTraffic, 1}].assetCode == bench->code);
    CHECK(at[{kTraffic, 1}].distance == Approx(10.0));
    CHECK(at[{kTraffic, 2}].match == SurveyReconciler::Match::New); // 20 m away: not the same bench
    // The same bench from both departments, and two new benches 5.4 m apart.
    CHECK(at[{kParks, 1}].overlaps.contains(QStringLiteral("교통행정과 1행")));
    CHECK(at[{kTraffic, 1}].overlaps.contains(QStringLiteral("공원녹지과 1행")));
    CHECK(at[{kParks, 2}].overlaps == QStringList{QStringLiteral("교통행정과 3행")});
    CHECK(at[{kTraffic, 2}].overlaps.isEmpty());
}

TEST_CASE("survey events without a title or a row's category, from another device, still merge and verify", "[survey][merge]")
{
    // Found by the httpapi fuzz target: a pushed survey.opened without its title failed the merge on
    // a NOT NULL column, so the server answered 503 ("sync again in a while") to that tablet forever,
    // and any tablet that pulled the event could not merge that batch either.
    InventoryFixture origin;
    SurveyDesk desk(*origin.store);
    const SurveyCampaign c = openSurvey(desk);
    REQUIRE(desk.saveRows(c.surveyId, kTraffic, {newBench(191604.6, 541809.5)}, true).ok());
    auto events = origin.store->events();
    REQUIRE(events.ok());
    int stripped = 0;
    for (Event &e : *events) {
        stripped += e.payload.contains(QStringLiteral("title")) ? 1 : 0;
        e.payload.remove(QStringLiteral("title"));
        if (!e.payload.contains(QStringLiteral("rows")))
            continue;
        QJsonArray rows;
        for (const QJsonValue &v : e.payload.value(QStringLiteral("rows")).toArray()) {
            QJsonObject o = v.toObject();
            stripped += o.contains(QStringLiteral("category")) ? 1 : 0;
            o.remove(QStringLiteral("category"));
            rows.append(o);
        }
        e.payload.insert(QStringLiteral("rows"), rows);
    }
    REQUIRE(stripped >= 2); // the title and at least one row's category were there to take away

    InventoryFixture other;
    auto merged = other.store->merge(*events);
    INFO((merged ? QString() : merged.error().message()).toStdString());
    REQUIRE(merged.ok());
    CHECK(*merged == qint64(events->size()));
    auto stored = SurveyTables::read(StoreAccess::db(*other.store));
    REQUIRE(stored.ok());
    REQUIRE(stored->campaigns.count(c.surveyId) == 1);
    CHECK(stored->campaigns.at(c.surveyId).title.isEmpty());
    REQUIRE(stored->rows.size() == 1);
    CHECK(stored->rows.begin()->second.category.isEmpty());
    CHECK(*stored == other.store->replay()->surveys);
    requireWhole(*other.store);
}

TEST_CASE("a sheet that names a row id another survey holds is stored like a rebuild stores it", "[survey][merge]")
{
    // Row ids are global (surveyreducer::apply skips a row another sheet holds), but a survey's
    // tables are refolded from that survey's events alone: a second survey's sheet that reuses a
    // row id then hit survey_rows.row_id UNIQUE, so the save failed, and a device that pushed such
    // a sheet got 503 on every sync.
    InventoryFixture f;
    SurveyDesk desk(*f.store);
    const SurveyCampaign a = openSurvey(desk);
    auto b = desk.open(QStringLiteral("2025 브랜드 수요조사"), QStringLiteral("2025-06-30"), {}, {});
    REQUIRE(b.ok());
    SurveyRow first = newBench(191604.6, 541809.5);
    first.rowId = QStringLiteral("row-shared");
    REQUIRE(desk.saveRows(a.surveyId, kTraffic, {first}, false).ok());
    SurveyRow again = newBench(191700, 541850);
    again.rowId = QStringLiteral("row-shared");
    const auto saved = desk.saveRows(b->surveyId, kParks, {again, newBench(191710, 541860)}, false);
    INFO((saved ? QString() : saved.error().message()).toStdString());
    REQUIRE(saved.ok());
    auto stored = SurveyTables::read(StoreAccess::db(*f.store));
    REQUIRE(stored.ok());
    CHECK(*stored == f.store->replay()->surveys);
    REQUIRE(stored->rows.count(QStringLiteral("row-shared")) == 1);
    CHECK(stored->rows.at(QStringLiteral("row-shared")).surveyId == a.surveyId);
    requireWhole(*f.store);

    // The same events merged on another device, in the same order.
    auto events = f.store->events();
    REQUIRE(events.ok());
    InventoryFixture other;
    auto merged = other.store->merge(*events);
    INFO((merged ? QString() : merged.error().message()).toStdString());
    REQUIRE(merged.ok());
    auto there = SurveyTables::read(StoreAccess::db(*other.store));
    REQUIRE(there.ok());
    CHECK(*there == *stored);
    requireWhole(*other.store);
}

TEST_CASE("survey events merged in any order and any batches fold to the same tables as the log", "[survey][merge]")
{
    // Two devices work on two surveys offline (sheets saved again and again, a row id one sheet
    // reuses from another survey, a review); a third merges their events in shuffled batches. A
    // survey event that sorts after every stored one changes only its rows; one out of order refolds
    // the surveys. Either way the tables must equal the log's fold, whatever the order.
    InventoryFixture a;
    InventoryFixture b;
    b.store->setIdentity(QStringLiteral("tester-b"), QStringLiteral("device-b"));
    SurveyDesk deskA(*a.store);
    SurveyDesk deskB(*b.store);
    const SurveyCampaign first = openSurvey(deskA);
    auto opened = a.store->events();
    REQUIRE(opened.ok());
    REQUIRE(b.store->merge(*opened).ok());
    auto second = deskB.open(QStringLiteral("2025 브랜드 수요조사"), QStringLiteral("2025-06-30"), {}, {});
    REQUIRE(second.ok());
    for (int i = 0; i < 4; ++i) {
        SurveyRow shared = newBench(191600 + i, 541800);
        shared.rowId = QStringLiteral("row-shared");
        REQUIRE(deskA.saveRows(first.surveyId, kParks, {shared, newBench(191650, 541820 + i)}, false).ok());
        SurveyRow again = newBench(191700, 541850 + i);
        again.rowId = QStringLiteral("row-shared");
        REQUIRE(deskB.saveRows(second->surveyId, kTraffic, {again, newBench(191710 + i, 541860)}, false).ok());
        REQUIRE(deskB.saveRows(first.surveyId, kTraffic, {newBench(191720, 541870 + i)}, i == 3).ok());
    }
    REQUIRE(deskA.saveRows(first.surveyId, kParks, {newBench(191730, 541880)}, true).ok());
    REQUIRE(deskA.review(first.surveyId, kParks, QStringLiteral("has_issues"), QStringLiteral("주소를 확인해 주세요")).ok());
    auto fromA = a.store->events();
    auto fromB = b.store->events();
    REQUIRE(fromA.ok());
    REQUIRE(fromB.ok());
    std::vector<Event> all = *fromA;
    all.insert(all.end(), fromB->begin(), fromB->end());
    REQUIRE(all.size() == 17); // 7 from A; B's 10 hold A's opening again (merge keeps it once)

    std::optional<SurveyBook> expected;
    for (unsigned seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        std::mt19937 rng(seed);
        std::vector<Event> order = all;
        std::shuffle(order.begin(), order.end(), rng);
        InventoryFixture c;
        for (size_t at = 0; at < order.size();) {
            const size_t n = std::min(order.size() - at, size_t(1 + rng() % 5));
            auto merged = c.store->merge(std::vector<Event>(order.begin() + long(at), order.begin() + long(at + n)));
            INFO((merged ? QString() : merged.error().message()).toStdString());
            REQUIRE(merged.ok());
            at += n;
        }
        auto stored = SurveyTables::read(StoreAccess::db(*c.store));
        REQUIRE(stored.ok());
        INFO("seed " << seed);
        CHECK(*stored == c.store->replay()->surveys);
        requireWhole(*c.store);
        if (expected)
            CHECK(*stored == *expected);
        else
            expected = *stored;
    }
    REQUIRE(expected);
    // Parks' last sheet (1 row) and traffic's in each survey: its second survey's sheets name the
    // shared id, which parks' sheet held at each of them (saved just before), so 1 + 1 rows.
    CHECK(expected->rows.size() == 3);
    CHECK(expected->rows.count(QStringLiteral("row-shared")) == 0);
    CHECK(expected->submissions.at({first.surveyId, kParks}).state == QStringLiteral("has_issues"));
    CHECK(expected->submissions.at({first.surveyId, kTraffic}).state == QStringLiteral("submitted"));
}
