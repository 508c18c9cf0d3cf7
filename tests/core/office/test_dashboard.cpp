#include "inventoryfixture.h"

#include "office/dashboard.h"
#include "field/fieldtables.h"
#include "field/fieldwork.h"
#include "office/officeactions.h"
#include "reports/progresschart.h"
#include "office/rolloutplan.h"
#include "store/sqlitedb.h"
#include "store/storeaccess.h"

#include <QBuffer>
#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QJsonObject>

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

qint64 kst(int month, int day)
{
    return QDateTime(QDate(2024, month, day), QTime(10, 0), Qt::OffsetFromUTC, 9 * 3600).toMSecsSinceEpoch();
}

Asset make(const char *category, const char *dept, const char *method, const char *size, int marks, double x, double y)
{
    Asset a;
    a.category = QLatin1String(category);
    a.name = QStringLiteral("시험 %1").arg(QLatin1String(category));
    a.department = QString::fromUtf8(dept);
    a.method = QLatin1String(method);
    a.markSize = QLatin1String(size);
    a.markCount = marks;
    if (x > 0) {
        a.hasLocation = true;
        a.x = x;
        a.y = y;
    }
    return a;
}

// Five assets with a history written by hand, so every number below can be counted on paper:
//   A bench 독산3동 공원녹지과 sticker 300x100 ×2: assigned 3/5 (현장1팀, due 3/20), installed 3/10, verified 3/12
//   B sign  가산동  교통행정과 plate   600x200 ×1: assigned 3/5 (현장1팀, due 3/20), installed 3/12
//   C sign  시흥1동 교통행정과 sticker 300x100 ×3: assigned 3/5 (현장1팀, due 4/30), installed 3/14, rejected 3/15
//   D vehicle (no dong) 총무과 vehicle_wrap 1200x400 ×1: assigned 3/5 (현장2팀, due 3/15)
//   E bench 가산동  공원녹지과 sticker 300x100 ×1: cancelled 3/5
struct HandInventory : InventoryFixture {
    QString a, b, c, d, e;
    HandInventory()
    {
        std::vector<Asset> list{
            make("bench", "공원녹지과", "sticker", "300x100", 2, 191604.6, 541809.5),
            make("sign", "교통행정과", "plate", "600x200", 1, 189977.3, 541753.8),
            make("sign", "교통행정과", "sticker", "300x100", 3, 191176.1, 539072.0),
            make("vehicle", "총무과", "vehicle_wrap", "1200x400", 1, 0, 0),
            make("bench", "공원녹지과", "sticker", "300x100", 1, 189977.3, 541753.8),
        };
        list[3].plateNumber = QStringLiteral("12가3456");
        REQUIRE(store->addAssets(list, {}, kst(2, 20)).ok());
        a = list[0].uuid, b = list[1].uuid, c = list[2].uuid, d = list[3].uuid, e = list[4].uuid;
        auto assign = [](const QString &crew, const char *due) {
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("assigned")},
                               {QStringLiteral("assignee"), crew},
                               {QStringLiteral("due_date"), QLatin1String(due)}};
        };
        auto status = [](const char *s) { return QJsonObject{{QStringLiteral("status"), QLatin1String(s)}}; };
        const QString st = QLatin1String(EventKind::AssetStatus);
        const QString crew1 = QStringLiteral("현장1팀"), crew2 = QStringLiteral("현장2팀");
        REQUIRE(store->record({{st, a, assign(crew1, "2024-03-20"), kst(3, 5), {}},
                               {st, b, assign(crew1, "2024-03-20"), kst(3, 5), {}},
                               {st, c, assign(crew1, "2024-04-30"), kst(3, 5), {}},
                               {st, d, assign(crew2, "2024-03-15"), kst(3, 5), {}},
                               {st, e, QJsonObject{{QStringLiteral("status"), QStringLiteral("cancelled")}, {QStringLiteral("reason"), QStringLiteral("철거")}}, kst(3, 5), {}},
                               {st, a, status("installed"), kst(3, 10), {}},
                               {st, a, status("verified"), kst(3, 12), {}},
                               {st, b, status("installed"), kst(3, 12), {}},
                               {st, c, status("installed"), kst(3, 14), {}},
                               {st, c, QJsonObject{{QStringLiteral("status"), QStringLiteral("needs_attention")}, {QStringLiteral("reason"), QStringLiteral("가림")}}, kst(3, 15), {}}})
                    .ok());
    }
    Dashboard dashboard() const
    {
        auto r = Dashboard::compute(StoreAccess::db(*store), RolloutPlan{}, QDate(2024, 3, 18));
        REQUIRE(r.ok());
        return *r;
    }
};

const Dashboard::Row &row(const std::vector<Dashboard::Row> &rows, const QString &code)
{
    for (const auto &r : rows) {
        if (r.code == code)
            return r;
    }
    FAIL("no row " << code.toStdString());
    return rows.front();
}

const Dashboard::Day &day(const Dashboard &d, int month, int dayOfMonth)
{
    for (const auto &p : d.progress) {
        if (p.day == QDate(2024, month, dayOfMonth))
            return p;
    }
    FAIL("no progress day");
    return d.progress.front();
}

std::array<qint64, 6> S(qint64 planned, qint64 assigned, qint64 installed, qint64 verified, qint64 attention, qint64 cancelled)
{
    return {planned, assigned, installed, verified, attention, cancelled};
}

} // namespace

TEST_CASE("dashboard totals and breakdowns match hand counts", "[dashboard]")
{
    HandInventory inv;
    const Dashboard d = inv.dashboard();
    CHECK(d.all.byStatus == S(0, 1, 1, 1, 1, 1));
    CHECK(d.all.total() == 5);
    CHECK(d.all.scope() == 4);
    CHECK(d.all.done() == 2);
    CHECK(d.reviewQueue() == 1);

    CHECK(row(d.byCategory, QStringLiteral("bench")).byStatus == S(0, 0, 0, 1, 0, 1));
    CHECK(row(d.byCategory, QStringLiteral("sign")).byStatus == S(0, 0, 1, 0, 1, 0));
    CHECK(row(d.byCategory, QStringLiteral("vehicle")).byStatus == S(0, 1, 0, 0, 0, 0));
    CHECK(row(d.byCategory, QStringLiteral("shade_canopy")).total() == 0);
    CHECK(row(d.byCategory, QStringLiteral("bench")).label == QStringLiteral("의자"));

    CHECK(row(d.byDong, QStringLiteral("1154551000")).byStatus == S(0, 0, 1, 0, 0, 1));
    CHECK(row(d.byDong, QStringLiteral("1154551000")).label == QStringLiteral("가산동"));
    CHECK(row(d.byDong, QStringLiteral("1154563000")).byStatus == S(0, 0, 0, 1, 0, 0));
    CHECK(row(d.byDong, QStringLiteral("1154567000")).byStatus == S(0, 0, 0, 0, 1, 0));
    CHECK(row(d.byDong, QString()).byStatus == S(0, 1, 0, 0, 0, 0));
    CHECK(row(d.byDong, QStringLiteral("1154570000")).total() == 0);
    CHECK(d.byDong.size() == 11);

    CHECK(row(d.byDepartment, QStringLiteral("교통행정과")).byStatus == S(0, 0, 1, 0, 1, 0));
    CHECK(row(d.byDepartment, QStringLiteral("공원녹지과")).byStatus == S(0, 0, 0, 1, 0, 1));
    CHECK(row(d.byDepartment, QStringLiteral("총무과")).byStatus == S(0, 1, 0, 0, 0, 0));
    CHECK(row(d.byDepartment, QStringLiteral("공원녹지과")).doneShare() == Approx(1.0));
    CHECK(row(d.byDepartment, QStringLiteral("교통행정과")).doneShare() == Approx(0.5));
}

TEST_CASE("dashboard progress follows the log day by day against the plan", "[dashboard]")
{
    HandInventory inv;
    const Dashboard d = inv.dashboard();
    REQUIRE(d.progress.front().day == QDate(2024, 3, 1));
    REQUIRE(d.progress.back().day == QDate(2024, 5, 31));
    CHECK(day(d, 3, 1).done == 0);
    CHECK(day(d, 3, 9).done == 0);
    CHECK(day(d, 3, 10).done == 1);
    CHECK(day(d, 3, 11).verified == 0);
    CHECK(day(d, 3, 12).done == 2);
    CHECK(day(d, 3, 12).verified == 1);
    CHECK(day(d, 3, 14).done == 3);
    CHECK(day(d, 3, 15).done == 2);
    CHECK(day(d, 3, 18).actual);
    CHECK_FALSE(day(d, 3, 19).actual);
    // Plan: 30 % of the 4 assets in scope by 31 March, 70 % by 30 April, all by 31 May.
    CHECK(day(d, 3, 31).planned == Approx(1.2));
    CHECK(day(d, 4, 30).planned == Approx(2.8));
    CHECK(day(d, 5, 31).planned == Approx(4.0));
    CHECK(day(d, 3, 16).planned == Approx(1.2 * 15.0 / 30.0));
}

TEST_CASE("dashboard crew workload, overdue and materials match hand counts", "[dashboard]")
{
    HandInventory inv;
    const Dashboard d = inv.dashboard();
    REQUIRE(d.crews.size() == 2);
    CHECK(d.crews[0].name == QStringLiteral("현장1팀"));
    CHECK(d.crews[0].assigned == 0);
    CHECK(d.crews[0].installed == 1);
    CHECK(d.crews[0].verified == 1);
    CHECK(d.crews[0].needsAttention == 1);
    CHECK(d.crews[0].overdue == 0);
    CHECK(d.crews[1].name == QStringLiteral("현장2팀"));
    CHECK(d.crews[1].assigned == 1);
    CHECK(d.crews[1].overdue == 1);
    CHECK(d.overdue == 1);

    REQUIRE(d.materials.size() == 3);
    std::map<QString, Dashboard::Material> m;
    for (const auto &x : d.materials)
        m[x.method + QLatin1Char(' ') + x.size] = x;
    CHECK(m[QStringLiteral("sticker 300x100")].assets == 2);
    CHECK(m[QStringLiteral("sticker 300x100")].marks == 5);
    CHECK(m[QStringLiteral("sticker 300x100")].marksRemaining == 3);
    CHECK(m[QStringLiteral("plate 600x200")].marks == 1);
    CHECK(m[QStringLiteral("plate 600x200")].marksRemaining == 0);
    CHECK(m[QStringLiteral("vehicle_wrap 1200x400")].marksRemaining == 1);
    CHECK(d.costWon == 5 * 2000 + 5000 + 100000);
    CHECK(d.plan.budgetThousandWon == 126500);
}

TEST_CASE("the summary tables agree with the assets after a rebuild and after edits", "[dashboard]")
{
    HandInventory inv;
    const SqliteDb &db = StoreAccess::db(*inv.store);
    auto same = [&] {
        return db.scalarInt(QStringLiteral(
                   "SELECT count(*) FROM (SELECT coalesce(category,''), coalesce(dong_code,''), coalesce(department,''), coalesce(method,''), "
                   "coalesce(mark_size,''), coalesce(status,''), count(*), sum(mark_count) FROM assets GROUP BY 1,2,3,4,5,6 "
                   "EXCEPT SELECT category, dong_code, department, method, mark_size, status, n, marks FROM gc_rollout_counts WHERE n != 0)"))
            .value();
    };
    CHECK(same() == 0);
    REQUIRE(inv.store->updateAsset(inv.b, {{QStringLiteral("department"), QStringLiteral("도로과")}, {QStringLiteral("mark_count"), 4}}).ok());
    CHECK(same() == 0);
    const Dashboard before = inv.dashboard();
    REQUIRE(inv.store->rebuild().ok());
    CHECK(same() == 0);
    const Dashboard after = inv.dashboard();
    CHECK(after.all.byStatus == before.all.byStatus);
    REQUIRE(after.progress.size() == before.progress.size());
    for (size_t i = 0; i < after.progress.size(); ++i)
        CHECK(after.progress[i].done == before.progress[i].done);
    CHECK(row(after.byDepartment, QStringLiteral("도로과")).total() == 1);
}

TEST_CASE("review actions write the right status events", "[dashboard][review]")
{
    HandInventory inv;
    OfficeActions office(*inv.store);

    SECTION("approve verifies an installed asset with an after photo")
    {
        QImage img(64, 48, QImage::Format_RGB32);
        img.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        REQUIRE(inv.store->attachPhoto(inv.b, QStringLiteral("after"), png).ok());
        REQUIRE(office.approve(inv.b, QStringLiteral("좋습니다")).ok());
        auto events = inv.store->events(inv.b);
        REQUIRE(events.ok());
        const Event &e = events->back();
        CHECK(e.kind == QLatin1String(EventKind::AssetStatus));
        CHECK(e.payload.value(QStringLiteral("status")).toString() == QStringLiteral("verified"));
        CHECK(e.payload.value(QStringLiteral("review")).toString() == QStringLiteral("approved"));
        CHECK(e.payload.value(QStringLiteral("comment")).toString() == QStringLiteral("좋습니다"));
        CHECK(e.actor == QStringLiteral("tester"));
        CHECK(inv.store->asset(inv.b)->status == QStringLiteral("verified"));
        CHECK(inv.dashboard().reviewQueue() == 0);
    }
    SECTION("reject sends it back to the crew with the comment as the reason")
    {
        const qint64 before = inv.store->eventCount();
        auto none = office.reject(inv.b, QStringLiteral("  "));
        REQUIRE_FALSE(none.ok());
        CHECK(none.error().message().contains(inv.store->asset(inv.b)->code));
        CHECK(inv.store->eventCount() == before);
        REQUIRE(office.reject(inv.b, QStringLiteral("마크가 기울어짐")).ok());
        const Asset b = *inv.store->asset(inv.b);
        CHECK(b.status == QStringLiteral("needs_attention"));
        CHECK(b.statusReason == QStringLiteral("마크가 기울어짐"));
        CHECK(b.assignee == QStringLiteral("현장1팀"));
        CHECK(inv.store->events(inv.b)->back().payload.value(QStringLiteral("review")).toString() == QStringLiteral("rejected"));
    }
    SECTION("only installed assets can be reviewed")
    {
        auto r = office.approve(inv.d);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("invalid_transition"));
        CHECK(inv.store->asset(inv.d)->status == QStringLiteral("assigned"));
    }
}

TEST_CASE("assigning a batch writes one status event each and leaves what it may not change", "[dashboard][assign]")
{
    HandInventory inv;
    OfficeActions office(*inv.store);
    const qint64 before = inv.store->eventCount();
    // C (needs attention) is 현장1팀's and D 현장2팀's: by default neither moves to 현장3팀.
    auto held = office.assign({inv.a, inv.c, inv.d, inv.e}, {QStringLiteral("현장3팀"), QDate(2024, 4, 10), 1});
    REQUIRE(held.ok());
    CHECK(held->assigned == 0);
    CHECK(held->plan.otherCrewLeft == 2);
    CHECK(held->plan.closedLeft == 2); // A is verified, E cancelled
    CHECK(inv.store->eventCount() == before);
    auto r = office.assign({inv.a, inv.c, inv.d, inv.e}, {QStringLiteral("현장3팀"), QDate(2024, 4, 10), 1}, {false, true});
    REQUIRE(r.ok());
    CHECK(r->assigned == 2);
    CHECK(inv.store->eventCount() == before + 4); // a status and a priority change for each
    const Asset c = *inv.store->asset(inv.c);
    CHECK(c.status == QStringLiteral("assigned"));
    CHECK(c.assignee == QStringLiteral("현장3팀"));
    CHECK(c.dueDate == QStringLiteral("2024-04-10"));
    CHECK(c.priority == 1);
    const Dashboard d = inv.dashboard();
    REQUIRE(d.crews.size() == 2); // 현장2팀 has nothing left: its only asset went to 현장3팀
    CHECK(d.crews[0].name == QStringLiteral("현장1팀"));
    CHECK(d.crews[0].needsAttention == 0);
    CHECK(d.crews[1].name == QStringLiteral("현장3팀"));
    CHECK(d.crews[1].assigned == 2);

    auto bad = office.assign({inv.c}, {QString(), QDate(2024, 4, 10), 2});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().contains(QStringLiteral("assignee")));
}

TEST_CASE("the rollout plan round-trips through the inventory and rejects bad settings", "[dashboard][plan]")
{
    InventoryFixture fx;
    RolloutPlan p;
    p.budgetThousandWon = 100000;
    p.unitPriceWon[QStringLiteral("sticker:300x100")] = 5000;
    REQUIRE(p.save(StoreAccess::db(*fx.store)).ok());
    auto back = RolloutPlan::load(StoreAccess::db(*fx.store));
    REQUIRE(back.ok());
    CHECK(back->budgetThousandWon == 100000);
    CHECK(back->unitPrice(QStringLiteral("sticker"), QStringLiteral("300x100")) == 5000);
    CHECK(back->unitPrice(QStringLiteral("sticker"), QStringLiteral("600x200")) == 2000);
    CHECK(back->targets.size() == 3);
    auto bad = RolloutPlan::fromJson({{QStringLiteral("end"), QStringLiteral("2024-13-01")}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().contains(QStringLiteral("'end'")));
}

TEST_CASE("a crew's proposed place becomes an asset when the office accepts it, or is declined with a reason", "[dashboard][proposals]")
{
    InventoryFixture fx;
    REQUIRE(fx.store->addAsset(InventoryFixture::bench()).ok()); // its department, 공원녹지과, is the inventory's
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    FieldWork field(*fx.store);
    auto first = field.proposePlace({QStringLiteral("bench"), 191604.6, 541809.5, QStringLiteral("공원 입구 새 의자"), png});
    auto second = field.proposePlace({QStringLiteral("sign"), 189977.3, 541753.8, QString(), png});
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    OfficeActions office(*fx.store);

    auto uuid = office.acceptProposal(first->proposalId, QString(), QStringLiteral("공원녹지과"));
    REQUIRE(uuid.ok());
    const auto asset = fx.store->asset(*uuid);
    REQUIRE(asset);
    CHECK(asset->category == QStringLiteral("bench"));
    CHECK(asset->status == QStringLiteral("planned"));
    CHECK(asset->dongCode == QStringLiteral("1154563000"));
    CHECK(asset->department == QStringLiteral("공원녹지과"));
    CHECK(asset->notes == QStringLiteral("공원 입구 새 의자"));
    CHECK(asset->code.startsWith(QStringLiteral("GC-BENCH-")));
    const Event decided = fx.store->events()->back();
    CHECK(decided.kind == QLatin1String(EventKind::PlaceDecided));
    CHECK(decided.payload.value(QStringLiteral("decision")).toString() == QStringLiteral("accepted"));
    CHECK(decided.payload.value(QStringLiteral("asset_uuid")).toString() == *uuid);
    auto again = office.acceptProposal(first->proposalId, QString(), QStringLiteral("공원녹지과"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == QStringLiteral("invalid_transition"));
    CHECK(fx.store->assetCount() == 2);

    REQUIRE_FALSE(office.declineProposal(second->proposalId, QString()).ok());
    REQUIRE(office.declineProposal(second->proposalId, QStringLiteral("사유지")).ok());
    auto book = FieldTables::read(StoreAccess::db(*fx.store));
    REQUIRE(book.ok());
    CHECK(book->proposals.at(second->proposalId).state == QStringLiteral("rejected"));
    CHECK(book->proposals.at(second->proposalId).decisionNote == QStringLiteral("사유지"));
    CHECK(book->proposals.at(first->proposalId).state == QStringLiteral("accepted"));
    CHECK(fx.store->assetCount() == 2);
}

TEST_CASE("the progress chart's axis spans the plan however late the last edit", "[dashboard][chart]")
{
    // A day of edits long after the plan ended (as on 7 December 2026) used to stretch the axis over
    // the 30 months between, with the dates drawn over each other.
    HandInventory inv;
    const qint64 late = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::OffsetFromUTC, 9 * 3600).toMSecsSinceEpoch();
    REQUIRE(inv.store->record({{QLatin1String(EventKind::AssetStatus), inv.d, QJsonObject{{QStringLiteral("status"), QStringLiteral("installed")}}, late, {}}}).ok());
    auto d = Dashboard::compute(StoreAccess::db(*inv.store), RolloutPlan{}, QDate(2026, 12, 7));
    REQUIRE(d.ok());
    REQUIRE(d->progress.front().day == QDate(2024, 3, 1));
    CHECK(d->progress.back().day == QDate(2024, 5, 31));
    CHECK(d->all.done() == 3); // the late install still counts in the totals
}

TEST_CASE("the progress chart's dates never overlap, even on a three-year plan at tablet width", "[dashboard][chart]")
{
    HandInventory inv;
    RolloutPlan plan;
    plan.start = QDate(2024, 1, 1);
    plan.end = QDate(2026, 12, 31);
    plan.targets = {{plan.end, 1.0}};
    auto d = Dashboard::compute(StoreAccess::db(*inv.store), plan, QDate(2024, 3, 18));
    REQUIRE(d.ok());
    QFont font;
    font.setPixelSize(13);
    const QFontMetricsF fm(font);
    for (const Lang lang : {Lang::Korean, Lang::English}) {
        for (const double width : {360.0, 700.0, 1200.0}) {
            const QRectF plot(40, 10, width, 200);
            const auto labels = ProgressChart::dateLabels(plot, *d, fm, lang);
            INFO("english " << (lang == Lang::English) << ", width " << width << ": " << labels.size() << " labels");
            REQUIRE(labels.size() >= 3);
            CHECK(labels.front().day == plan.start);
            for (size_t i = 0; i < labels.size(); ++i) {
                CHECK(labels[i].rect.width() >= fm.horizontalAdvance(labels[i].text));
                CHECK(labels[i].day >= plan.start);
                CHECK(labels[i].day <= plan.end);
                if (i > 0)
                    CHECK(labels[i].rect.left() >= labels[i - 1].rect.right());
            }
        }
    }
}

TEST_CASE("dong and category rows carry their English names", "[dashboard]")
{
    HandInventory inv;
    const Dashboard d = inv.dashboard();
    CHECK(row(d.byDong, QStringLiteral("1154551000")).labelEn == QStringLiteral("Gasan-dong"));
    CHECK(row(d.byCategory, QStringLiteral("bench")).labelEn == QStringLiteral("bench"));
    CHECK(row(d.byDong, QString()).labelEn == QStringLiteral("(no dong: vehicles etc.)"));
}
