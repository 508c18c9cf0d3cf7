#include "field/crewdirectory.h"
#include "field/fieldtables.h"
#include "field/fieldwork.h"
#include "inventoryfixture.h"
#include "store/inventoryverifier.h"
#include "photofixtures.h"
#include "photofiles/photostore.h"
#include "field/routeplanner.h"
#include "store/sqlitedb.h"
#include "field/workqueue.h"
#include "office/reviewqueue.h"
#include "store/storeaccess.h"
#include "sync/syncclient.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

#include <algorithm>
#include <numeric>
#include <random>

using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

// A located asset assigned to `crew`, `dx`/`dy` metres from the test bench.
Asset assigned(const QString &name, const QString &crew, double dx, double dy)
{
    Asset a = InventoryFixture::bench(name);
    a.x += dx;
    a.y += dy;
    a.assignee = crew;
    a.status = QStringLiteral("assigned");
    return a;
}

QByteArray photo(std::uint32_t seed)
{
    static const cv::Mat mark = gc::test::loadBgra(gc::test::brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    return gc::test::makeMarkScene(mark, seed, gc::test::SceneSettings{.size = {800, 600}}).jpeg;
}

bool twoOptCannotImprove(QPointF start, const std::vector<QPointF> &pts, std::vector<int> route)
{
    const double len = RoutePlanner::length(start, pts, route);
    for (size_t i = 0; i + 1 < route.size(); ++i) {
        for (size_t j = i + 1; j < route.size(); ++j) {
            auto r = route;
            std::reverse(r.begin() + long(i), r.begin() + long(j) + 1);
            if (RoutePlanner::length(start, pts, r) < len - 0.01)
                return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("field: the day's route finishes one 행정동 before it moves to the next, nearest area first", "[field][route]")
{
    RouteTuning tuning;
    tuning.maxStops = 8;
    RoutePlanner planner(tuning);
    // Two dongs side by side along a street, their stops interleaved near the border (x 900–1100):
    // a route by distance alone would zig-zag across it.
    std::vector<QPointF> pts;
    std::vector<QString> dongs;
    for (int i = 0; i < 6; ++i) {
        pts.emplace_back(200 * i, 0); // A: 0 … 1000
        dongs.push_back(QStringLiteral("A"));
        pts.emplace_back(950 + 200 * i, 30); // B: 950 … 1950
        dongs.push_back(QStringLiteral("B"));
    }
    pts.emplace_back(5000, 5000); // C: far away, never reached today
    dongs.push_back(QStringLiteral("C"));
    const auto route = planner.dayRoute({0, 0}, pts, dongs);
    REQUIRE(route.size() == 8); // the day is cut at maxStops
    std::vector<QString> visited;
    for (int i : route)
        visited.push_back(dongs[size_t(i)]);
    // All six of A first (the start is in A), then the two of B nearest to where A ended.
    CHECK(std::vector<QString>(visited.begin(), visited.begin() + 6) == std::vector<QString>(6, QStringLiteral("A")));
    CHECK(visited[6] == QStringLiteral("B"));
    CHECK(visited[7] == QStringLiteral("B"));
    CHECK(pts[size_t(route[6])].x() == 950);
    CHECK(pts[size_t(route[7])].x() == 1150);
    // Each stop once.
    std::vector<int> sorted = route;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    SECTION("starting in B, the route stays in B before it crosses")
    {
        const auto fromB = planner.dayRoute({1950, 30}, pts, dongs);
        for (size_t k = 0; k < 6; ++k)
            CHECK(dongs[size_t(fromB[k])] == QStringLiteral("B"));
    }
}

TEST_CASE("field: the daily route visits every stop once, uncrossed", "[field][route]")
{
    RoutePlanner planner;
    SECTION("stops on a street in scrambled order are walked along the street")
    {
        const std::vector<QPointF> pts{{500, 0}, {100, 0}, {300, 0}, {200, 0}, {400, 0}};
        const auto order = planner.order({0, 0}, pts);
        CHECK(order == std::vector<int>{1, 3, 2, 4, 0});
        CHECK(RoutePlanner::length({0, 0}, pts, order) == Approx(500));
    }
    SECTION("random stops: a permutation that no 2-opt move shortens, never longer than nearest neighbour alone")
    {
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u(0, 2000);
        for (int round = 0; round < 20; ++round) {
            std::vector<QPointF> pts;
            for (int i = 0; i < 25; ++i)
                pts.emplace_back(u(rng), u(rng));
            const auto order = planner.order({1000, 1000}, pts);
            auto sorted = order;
            std::sort(sorted.begin(), sorted.end());
            std::vector<int> all(pts.size());
            std::iota(all.begin(), all.end(), 0);
            REQUIRE(sorted == all);
            CHECK(twoOptCannotImprove({1000, 1000}, pts, order));
            const auto nnOnly = RoutePlanner(RouteTuning{.maxImprovePasses = 0}).order({1000, 1000}, pts);
            CHECK(RoutePlanner::length({1000, 1000}, pts, order) <= RoutePlanner::length({1000, 1000}, pts, nnOnly) + 1e-6);
        }
    }
    SECTION("no stops, one stop")
    {
        CHECK(planner.order({0, 0}, {}).empty());
        CHECK(planner.order({0, 0}, {{5, 5}}) == std::vector<int>{0});
    }
}

TEST_CASE("field: my work lists the crew's assets nearest first, a page at a time", "[field][queue]")
{
    InventoryFixture fx;
    std::vector<Asset> assets{assigned(QStringLiteral("먼 의자"), QStringLiteral("현장1팀"), -400, 0),
                              assigned(QStringLiteral("가까운 의자"), QStringLiteral("현장1팀"), 10, 0),
                              assigned(QStringLiteral("중간 의자"), QStringLiteral("현장1팀"), 0, -150),
                              assigned(QStringLiteral("다른 팀 의자"), QStringLiteral("현장2팀"), 1, 0)};
    REQUIRE(fx.store->addAssets(assets).ok());
    const QPointF here(InventoryFixture::bench().x, InventoryFixture::bench().y);

    WorkQuery q{.crew = QStringLiteral("현장1팀"), .from = here};
    auto n = WorkQueue::count(StoreAccess::db(*fx.store), q);
    REQUIRE(n.ok());
    CHECK(*n == 3);
    auto rows = WorkQueue::fetch(StoreAccess::db(*fx.store), q);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[0].name == QStringLiteral("가까운 의자"));
    CHECK((*rows)[0].distance == Approx(10).margin(0.2));
    CHECK((*rows)[1].name == QStringLiteral("중간 의자"));
    CHECK((*rows)[2].name == QStringLiteral("먼 의자"));

    q.offset = 1;
    q.limit = 1;
    rows = WorkQueue::fetch(StoreAccess::db(*fx.store), q);
    REQUIRE(rows->size() == 1);
    CHECK((*rows)[0].name == QStringLiteral("중간 의자"));

    q = WorkQuery{.crew = QStringLiteral("현장1팀"), .search = QStringLiteral("먼"), .from = here};
    CHECK(WorkQueue::count(StoreAccess::db(*fx.store), q).value() == 1);
    q.search = assets[2].code.toLower();
    rows = WorkQueue::fetch(StoreAccess::db(*fx.store), q);
    REQUIRE(rows->size() == 1);
    CHECK((*rows)[0].code == assets[2].code);

    // Done work leaves the "to do" list.
    REQUIRE(fx.store->setStatus(assets[1].uuid, QStringLiteral("needs_attention"), QStringLiteral("가려짐")).ok());
    CHECK(WorkQueue::count(StoreAccess::db(*fx.store), WorkQuery{.crew = QStringLiteral("현장1팀")}).value() == 2);
    CHECK(WorkQueue::count(StoreAccess::db(*fx.store), WorkQuery{.crew = QStringLiteral("현장1팀"), .statuses = {QStringLiteral("needs_attention")}}).value() == 1);
}

TEST_CASE("field: crew users live in the inventory, with a PIN when one is set", "[field][users]")
{
    InventoryFixture fx;
    std::vector<Asset> assets{assigned(QStringLiteral("의자"), QStringLiteral("현장3팀"), 0, 0)};
    REQUIRE(fx.store->addAssets(assets).ok());
    CrewDirectory crew(*fx.store);

    auto kim = crew.add(QStringLiteral("김현장"), QStringLiteral("현장1팀"), QStringLiteral("4821"));
    REQUIRE(kim.ok());
    CHECK(kim->pinHash.startsWith(QStringLiteral("pbkdf2-sha256$")));
    CHECK_FALSE(kim->pinHash.contains(QStringLiteral("4821")));
    REQUIRE(crew.add(QStringLiteral("이반장"), QStringLiteral("현장2팀")).ok());
    CHECK(crew.add(QStringLiteral("김현장"), QStringLiteral("현장2팀")).error().code == QStringLiteral("duplicate"));
    CHECK(crew.add(QStringLiteral("박"), QStringLiteral("현장2팀"), QStringLiteral("12a4")).error().code == QStringLiteral("invalid"));

    CHECK(crew.signIn(QStringLiteral("김현장"), QStringLiteral("0000")).error().code == QStringLiteral("wrong_pin"));
    auto in = crew.signIn(QStringLiteral("김현장"), QStringLiteral("4821"));
    REQUIRE(in.ok());
    CHECK(in->crew == QStringLiteral("현장1팀"));
    CHECK(crew.signIn(QStringLiteral("이반장"), QString()).ok());
    CHECK(crew.signIn(QStringLiteral("없는사람"), QString()).error().code == QStringLiteral("not_found"));

    // A crew with assets but no user yet can still sign in, without a PIN.
    auto choices = crew.signInChoices();
    REQUIRE(choices.ok());
    QStringList names;
    for (const auto &u : *choices)
        names << u.name;
    CHECK(names == QStringList{QStringLiteral("김현장"), QStringLiteral("이반장"), QStringLiteral("현장3팀")});

    REQUIRE(crew.setPin(kim->userId, QStringLiteral("1357")).ok());
    CHECK_FALSE(crew.signIn(QStringLiteral("김현장"), QStringLiteral("4821")).ok());
    CHECK(crew.signIn(QStringLiteral("김현장"), QStringLiteral("1357")).ok());

    // The table is a registered GeoPackage attribute table, replays from the log, and verify guards it.
    CHECK(StoreAccess::db(*fx.store).scalarInt(QStringLiteral("SELECT count(*) FROM gpkg_contents WHERE table_name = 'gc_users' AND data_type = 'attributes'")).value() == 1);
    CHECK(StoreAccess::db(*fx.store).scalarInt(QStringLiteral("SELECT count(*) FROM gc_users")).value() == 2);
    const auto before = FieldTables::read(StoreAccess::db(*fx.store)).value();
    REQUIRE(fx.store->rebuild().ok());
    CHECK(FieldTables::read(StoreAccess::db(*fx.store)).value() == before);
    CHECK(InventoryVerifier::run(*fx.store).ok());
    REQUIRE(StoreAccess::db(*fx.store).exec(QStringLiteral("UPDATE gc_users SET crew = '현장4팀' WHERE name = '이반장'")).ok());
    const auto report = InventoryVerifier::run(*fx.store);
    CHECK_FALSE(report.ok());
    CHECK(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("gc_users")));
}

TEST_CASE("field: logging a replacement saves photos, method, count and status in one go", "[field][replace]")
{
    InventoryFixture fx;
    std::vector<Asset> assets{assigned(QStringLiteral("독산3동 의자"), QStringLiteral("현장1팀"), 0, 0)};
    REQUIRE(fx.store->addAssets(assets).ok());
    const QString uuid = assets[0].uuid;
    FieldWork work(*fx.store);

    Replacement r{.assetUuid = uuid, .beforePhoto = photo(1), .afterPhotos = {photo(2), photo(3)}, .method = QStringLiteral("plate"),
                  .markCount = 2, .note = QStringLiteral("등받이 양쪽")};
    SECTION("a complete replacement")
    {
        r.checks = QJsonObject{{QStringLiteral("after1"), QStringLiteral("fail")}};
        r.reviewReason = QStringLiteral("역광이라 마크가 어둡게 찍힘");
        REQUIRE(work.logReplacement(r).ok());
        const auto a = fx.store->asset(uuid);
        CHECK(a->status == QStringLiteral("installed"));
        CHECK(a->method == QStringLiteral("plate"));
        CHECK(a->markCount == 2);
        const auto photos = fx.store->photos(uuid).value();
        REQUIRE(photos.size() == 3);
        CHECK(photos[0].role == QStringLiteral("before"));
        CHECK(photos[1].role == QStringLiteral("after"));
        CHECK(photos[2].role == QStringLiteral("after"));
        for (const auto &p : photos) {
            CHECK(QFile::exists(PhotoStore(fx.store->photoDir()).pathFor(p.sha256)));
            CHECK_FALSE(p.phash.isEmpty());
        }
        const auto events = fx.store->events(uuid).value();
        REQUIRE(events.size() == 5); // created, 3 photos, status
        const Event &status = events.back();
        CHECK(status.kind == QStringLiteral("asset.status"));
        CHECK(status.payload.value(QStringLiteral("photos")).toArray().size() == 3);
        CHECK(status.payload.value(QStringLiteral("review_reason")).toString() == r.reviewReason);
        CHECK(status.payload.value(QStringLiteral("note")).toString() == QStringLiteral("등받이 양쪽"));
        CHECK(InventoryVerifier::run(*fx.store).ok());

        // What was saved is in the file: a fresh open (the app restarted) sees it all.
        fx.store.reset();
        auto reopened = AssetStore::open(fx.path);
        REQUIRE(reopened.ok());
        CHECK((*reopened)->asset(uuid)->status == QStringLiteral("installed"));
        CHECK((*reopened)->photos(uuid).value().size() == 3);
    }
    SECTION("anything missing saves nothing and says what is missing")
    {
        const qint64 events = fx.store->eventCount();
        Replacement noAfter = r;
        noAfter.afterPhotos.clear();
        auto e = work.logReplacement(noAfter);
        CHECK(e.error().message().contains(QStringLiteral("after photo")));
        CHECK(e.error().message().contains(QStringLiteral("교체 후")));
        Replacement badMethod = r;
        badMethod.method = QStringLiteral("glue gun");
        CHECK_FALSE(work.logReplacement(badMethod).ok());
        Replacement noCount = r;
        noCount.markCount = 0;
        CHECK_FALSE(work.logReplacement(noCount).ok());
        CHECK(fx.store->eventCount() == events);
        CHECK(fx.store->asset(uuid)->status == QStringLiteral("assigned"));
    }
    SECTION("an asset already verified cannot be logged again")
    {
        REQUIRE(work.logReplacement(r).ok());
        REQUIRE(fx.store->setStatus(uuid, QStringLiteral("verified")).ok());
        CHECK(work.logReplacement(r).error().code == QStringLiteral("invalid_transition"));
    }
}

TEST_CASE("field: cannot install needs a reason and a photo and flags the asset", "[field][attention]")
{
    InventoryFixture fx;
    std::vector<Asset> assets{assigned(QStringLiteral("의자"), QStringLiteral("현장1팀"), 0, 0)};
    REQUIRE(fx.store->addAssets(assets).ok());
    FieldWork work(*fx.store);
    const QString uuid = assets[0].uuid;

    CHECK_FALSE(work.cannotInstall(uuid, QStringLiteral("removed"), {}, {}).ok());
    CHECK_FALSE(work.cannotInstall(uuid, QStringLiteral("lost"), {}, photo(4)).ok());
    CHECK(work.cannotInstall(uuid, QStringLiteral("other"), QStringLiteral(" "), photo(4)).error().message().contains(QStringLiteral("note")));
    CHECK(fx.store->asset(uuid)->status == QStringLiteral("assigned"));

    REQUIRE(work.cannotInstall(uuid, QStringLiteral("owner_refused"), QStringLiteral("상가 주인 반대"), photo(4)).ok());
    const auto a = fx.store->asset(uuid);
    CHECK(a->status == QStringLiteral("needs_attention"));
    CHECK(a->statusReason.contains(QStringLiteral("소유자")));
    CHECK(a->statusReason.contains(QStringLiteral("owner refused")));
    CHECK(a->statusReason.contains(QStringLiteral("상가 주인 반대")));
    const auto photos = fx.store->photos(uuid).value();
    REQUIRE(photos.size() == 1);
    CHECK(photos[0].role == QStringLiteral("cannot_install"));
}

TEST_CASE("field: a cannot-install photo the app failed is filed only with a review reason, its verdict and failing checks in the event", "[field][attention]")
{
    // Outside finding F1: a photo already filed for another asset ("✗ 사진 불합격") was saved as the
    // evidence of a cannot-install with one tap, and the event kept neither verdict nor checks.
    InventoryFixture fx;
    std::vector<Asset> assets{assigned(QStringLiteral("의자"), QStringLiteral("현장1팀"), 0, 0)};
    REQUIRE(fx.store->addAssets(assets).ok());
    FieldWork work(*fx.store);
    const QString uuid = assets[0].uuid;
    PhotoEvidence failed;
    failed.verdict = QStringLiteral("fail");
    failed.problems = QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("duplicate")}, {QStringLiteral("status"), QStringLiteral("fail")},
                                             {QStringLiteral("ko"), QStringLiteral("다른 시설물에 등록된 사진과 거의 같습니다")},
                                             {QStringLiteral("en"), QStringLiteral("nearly the same as a photo filed for another asset")},
                                             {QStringLiteral("asset"), QStringLiteral("GC-SIGN-000947")}}};
    failed.source = QStringLiteral("file");
    failed.reviewReason = QStringLiteral("x");
    const auto refused = work.cannotInstall(uuid, QStringLiteral("removed"), {}, photo(4), failed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("reason")));
    CHECK(fx.store->asset(uuid)->status == QStringLiteral("assigned"));
    CHECK(fx.store->photos(uuid).value().empty()); // nothing half-filed

    failed.reviewReason = QStringLiteral("the same pole: both signs hang on it");
    REQUIRE(work.cannotInstall(uuid, QStringLiteral("removed"), {}, photo(4), failed).ok());
    auto events = fx.store->events();
    REQUIRE(events.ok());
    QJsonObject status, added;
    for (const auto &e : *events) {
        if (e.assetUuid != uuid)
            continue;
        if (e.kind == QLatin1String("asset.status"))
            status = e.payload;
        if (e.kind == QLatin1String("photo.added"))
            added = e.payload;
    }
    CHECK(status.value(QStringLiteral("checks")).toObject().value(QStringLiteral("problem")).toString() == QStringLiteral("fail"));
    const QJsonArray problems = status.value(QStringLiteral("problems")).toObject().value(QStringLiteral("problem")).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toObject().value(QStringLiteral("asset")).toString() == QStringLiteral("GC-SIGN-000947"));
    CHECK(status.value(QStringLiteral("review_reason")).toString() == failed.reviewReason);
    CHECK(added.value(QStringLiteral("source")).toString() == QStringLiteral("file"));

    SECTION("a passed photo needs no reason")
    {
        std::vector<Asset> more{assigned(QStringLiteral("의자 2"), QStringLiteral("현장1팀"), 5, 0)};
        REQUIRE(fx.store->addAssets(more).ok());
        PhotoEvidence passed;
        passed.verdict = QStringLiteral("pass");
        REQUIRE(work.cannotInstall(more[0].uuid, QStringLiteral("removed"), {}, photo(6), passed).ok());
    }
}

TEST_CASE("field: a proposed new place waits for the office", "[field][proposal]")
{
    InventoryFixture fx;
    FieldWork work(*fx.store);
    const Asset here = InventoryFixture::bench();

    CHECK(work.proposePlace({QStringLiteral("bench"), 0, 0, {}, photo(5)}).error().code == QStringLiteral("outside"));
    CHECK_FALSE(work.proposePlace({QStringLiteral("spaceship"), here.x, here.y, {}, photo(5)}).ok());
    CHECK_FALSE(work.proposePlace({QStringLiteral("bench"), here.x, here.y, {}, {}}).ok());

    auto p = work.proposePlace({QStringLiteral("bulletin_board"), here.x + 20, here.y, QStringLiteral("신규 부착 가능한 장소 발굴"), photo(5)});
    REQUIRE(p.ok());
    CHECK(p->state == QStringLiteral("pending"));
    CHECK(p->dongCode.startsWith(QStringLiteral("11545")));
    CHECK(p->proposedBy == QStringLiteral("tester"));
    const auto stored = FieldTables::read(StoreAccess::db(*fx.store)).value();
    REQUIRE(stored.proposals.size() == 1);
    CHECK(stored.proposals.begin()->second == *p);
    const auto photos = fx.store->photos().value();
    REQUIRE(photos.size() == 1);
    CHECK(photos[0].sha256 == p->photoSha256);
    CHECK(photos[0].role == QStringLiteral("proposal"));

    // The office's decision (W1.5) lands on the same row.
    REQUIRE(fx.store->record({{QLatin1String(EventKind::PlaceDecided), QString(),
                               QJsonObject{{QStringLiteral("proposal_id"), p->proposalId}, {QStringLiteral("decision"), QStringLiteral("accepted")}}}}).ok());
    CHECK(FieldTables::read(StoreAccess::db(*fx.store)).value().proposals.begin()->second.state == QStringLiteral("accepted"));
    CHECK(InventoryVerifier::run(*fx.store).ok());
}

TEST_CASE("field: crew and proposal events stripped to their ids, from another device, still merge and verify", "[field][merge]")
{
    // A crew may push place.proposed, and the office user.* and place.decided. One sent without its
    // category, name, role or decision failed the merge on a NOT NULL column, so that device got
    // 503 on every sync, and every tablet that pulled the event could not merge its batch (the
    // survey tables had the same fault; see test_survey.cpp).
    InventoryFixture origin;
    CrewDirectory crew(*origin.store);
    REQUIRE(crew.add(QStringLiteral("김현장"), QStringLiteral("현장1팀"), QStringLiteral("4821")).ok());
    FieldWork work(*origin.store);
    const Asset here = InventoryFixture::bench();
    auto p = work.proposePlace({QStringLiteral("bulletin_board"), here.x + 20, here.y, QStringLiteral("게시판 자리"), photo(5)});
    REQUIRE(p.ok());
    REQUIRE(origin.store->record({{QLatin1String(EventKind::PlaceDecided), QString(),
                                   QJsonObject{{QStringLiteral("proposal_id"), p->proposalId}, {QStringLiteral("decision"), QStringLiteral("accepted")}}}}).ok());
    auto events = origin.store->events();
    REQUIRE(events.ok());
    // The field events alone: a photo.added would want its file beside the other store.
    std::erase_if(*events, [](const Event &e) { return !FieldTables::handles(e.kind); });
    REQUIRE(events->size() == 3);
    int stripped = 0;
    for (Event &e : *events) {
        QJsonObject kept;
        for (const char *id : {"user_id", "proposal_id"}) {
            if (e.payload.contains(QLatin1String(id)))
                kept.insert(QLatin1String(id), e.payload.value(QLatin1String(id)));
        }
        stripped += int(e.payload.size() - kept.size());
        e.payload = kept;
    }
    REQUIRE(stripped >= 6); // name, role, category, x, y, decision at least

    InventoryFixture other;
    auto merged = other.store->merge(*events);
    INFO((merged ? QString() : merged.error().message()).toStdString());
    REQUIRE(merged.ok());
    CHECK(*merged == qint64(events->size()));
    const auto stored = FieldTables::read(StoreAccess::db(*other.store)).value();
    CHECK(stored.users.size() == 1);
    REQUIRE(stored.proposals.size() == 1);
    CHECK(stored.proposals.begin()->second.category.isEmpty());
    const auto report = InventoryVerifier::run(*other.store);
    INFO(report.problems.join('\n').toStdString());
    CHECK(report.ok());
}

TEST_CASE("field: a text file named like a photo is refused as a replacement, cannot-install or proposal photo", "[field][notaphoto]")
{
    // The bypass "다시 찍지 않고 검토 요청" used to file a 13-byte text file as the before photo.
    InventoryFixture fx;
    std::vector<Asset> assets{assigned(QStringLiteral("의자"), QStringLiteral("현장1팀"), 0, 0)};
    REQUIRE(fx.store->addAssets(assets).ok());
    FieldWork work(*fx.store);
    const QString uuid = assets[0].uuid;
    const QByteArray text("hello, world\n");
    REQUIRE(text.size() == 13);
    const QByteArray good = photo(7);
    const QByteArray truncated = good.left(good.size() / 2);
    const qint64 events = fx.store->eventCount();

    Replacement r{.assetUuid = uuid, .beforePhoto = text, .afterPhotos = {photo(8)}, .method = QStringLiteral("plate"),
                  .checks = QJsonObject{{QStringLiteral("before"), QStringLiteral("error")}},
                  .reviewReason = QStringLiteral("카메라가 고장나서 다른 파일을 첨부함")};
    auto e = work.logReplacement(r);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().code == QLatin1String("not_a_photo"));
    CHECK(e.error().message().contains(QStringLiteral("교체 전 사진")));
    CHECK(e.error().message().contains(QStringLiteral("before photo is not a JPEG or PNG photo")));
    r.beforePhoto = good;
    r.afterPhotos = {photo(8), truncated};
    e = work.logReplacement(r);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message().contains(QStringLiteral("after photo 2")));
    CHECK(work.cannotInstall(uuid, QStringLiteral("removed"), {}, text).error().code == QLatin1String("not_a_photo"));
    const Asset here = InventoryFixture::bench();
    CHECK(work.proposePlace({QStringLiteral("bench"), here.x, here.y, {}, text}).error().code == QLatin1String("not_a_photo"));

    // Nothing was recorded and no file landed in the photo folder.
    CHECK(fx.store->eventCount() == events);
    CHECK_FALSE(QDirIterator(fx.store->photoDir(), QDir::Files, QDirIterator::Subdirectories).hasNext());
}

TEST_CASE("field: a failed photo goes to the office only with a reason, and with every failing check", "[field][review]")
{
    InventoryFixture fx;
    std::vector<Asset> assets{assigned(QStringLiteral("의자"), QStringLiteral("현장1팀"), 0, 0)};
    REQUIRE(fx.store->addAssets(assets).ok());
    FieldWork work(*fx.store);
    const QString uuid = assets[0].uuid;
    const QJsonArray afterProblems{QJsonObject{{QStringLiteral("check"), QStringLiteral("mark")}, {QStringLiteral("status"), QStringLiteral("fail")},
                                               {QStringLiteral("ko"), QStringLiteral("새 브랜드 마크가 보이지 않습니다 — 다시 찍으세요")},
                                               {QStringLiteral("en"), QStringLiteral("the new brand mark is not visible — retake")}},
                                   QJsonObject{{QStringLiteral("check"), QStringLiteral("duplicate")}, {QStringLiteral("status"), QStringLiteral("fail")},
                                               {QStringLiteral("ko"), QStringLiteral("다른 시설물(GC-SIGN-000777)에 등록된 사진과 거의 같습니다")},
                                               {QStringLiteral("en"), QStringLiteral("nearly identical to a photo filed for another asset (GC-SIGN-000777)")},
                                               {QStringLiteral("asset"), QStringLiteral("GC-SIGN-000777")}}};
    Replacement r{.assetUuid = uuid, .beforePhoto = photo(1), .afterPhotos = {photo(2)}, .method = QStringLiteral("plate"),
                  .checks = QJsonObject{{QStringLiteral("before"), QStringLiteral("pass")}, {QStringLiteral("after1"), QStringLiteral("fail")}},
                  .problems = QJsonObject{{QStringLiteral("after1"), afterProblems}}};
    for (const QString &reason : {QString(), QStringLiteral("x"), QStringLiteral("  ok  ")}) {
        r.reviewReason = reason;
        auto e = work.logReplacement(r);
        REQUIRE_FALSE(e.ok());
        CHECK(e.error().message().contains(QStringLiteral("at least 5 characters")));
    }
    CHECK(fx.store->asset(uuid)->status == QStringLiteral("assigned"));

    r.reviewReason = QStringLiteral("마크가 그늘에 있어 어둡게 찍힘");
    REQUIRE(work.logReplacement(r).ok());
    const Event status = fx.store->events(uuid).value().back();
    CHECK(status.payload.value(QStringLiteral("problems")).toObject().value(QStringLiteral("after1")).toArray() == afterProblems);

    // The office's queue reads them back: the reason and each failing check, the other asset named.
    auto page = ReviewQueue(*fx.store).page(0, 10);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    const ReviewItem &item = page->front();
    CHECK(item.verdict == PhotoVerdict::Fail);
    CHECK(item.reviewReason == r.reviewReason);
    REQUIRE(item.problems.size() == 2);
    CHECK(item.problems[0].slot == QLatin1String("after1"));
    CHECK(item.problems[0].check == QLatin1String("mark"));
    CHECK(item.problems[1].asset == QLatin1String("GC-SIGN-000777"));
    CHECK(item.problems[1].message(gc::Lang::Korean).contains(QStringLiteral("GC-SIGN-000777")));

    // A passed replacement needs no reason.
    std::vector<Asset> more{assigned(QStringLiteral("의자 2"), QStringLiteral("현장1팀"), 10, 0)};
    REQUIRE(fx.store->addAssets(more).ok());
    Replacement passed{.assetUuid = more[0].uuid, .beforePhoto = photo(3), .afterPhotos = {photo(4)}, .method = QStringLiteral("plate"),
                       .checks = QJsonObject{{QStringLiteral("before"), QStringLiteral("pass")}, {QStringLiteral("after1"), QStringLiteral("review")}}};
    CHECK(work.logReplacement(passed).ok());
}

TEST_CASE("review queue: malformed problems are left out, never guessed at", "[field][review]")
{
    const QJsonObject problems{
        {QStringLiteral("after2"), QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("time")}, {QStringLiteral("status"), QStringLiteral("warn")},
                                                          {QStringLiteral("en"), QStringLiteral("no capture time")}}}},
        {QStringLiteral("after1"), QJsonArray{QStringLiteral("not an object"), QJsonObject{{QStringLiteral("check"), QStringLiteral("mark")}}}},
        {QStringLiteral("before"), QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("sharpness")}, {QStringLiteral("status"), QStringLiteral("fail")},
                                                          {QStringLiteral("ko"), QStringLiteral("사진이 흐립니다")}}}}};
    const auto out = ReviewQueue::problemsOf(problems);
    REQUIRE(out.size() == 2);
    CHECK(out[0].slot == QLatin1String("before"));
    CHECK(out[1].slot == QLatin1String("after2"));
}

TEST_CASE("review queue: an install whose photo the server judged fail ranks with the failed ones, whatever the tablet said", "[office][review]")
{
    InventoryFixture fx;
    std::vector<Asset> assets{assigned(QStringLiteral("의자 1"), QStringLiteral("현장1팀"), 0, 0),
                              assigned(QStringLiteral("의자 2"), QStringLiteral("현장1팀"), 10, 0)};
    REQUIRE(fx.store->addAssets(assets).ok());
    FieldWork work(*fx.store);
    const QJsonObject passed{{QStringLiteral("before"), QStringLiteral("pass")}, {QStringLiteral("after1"), QStringLiteral("pass")}};
    // Both tablets said pass; the first was installed first, so it leads the queue.
    REQUIRE(work.logReplacement({.assetUuid = assets[0].uuid, .beforePhoto = photo(11), .afterPhotos = {photo(12)},
                                 .method = QStringLiteral("plate"), .checks = passed}).ok());
    const QByteArray forgedAfter = photo(14);
    REQUIRE(work.logReplacement({.assetUuid = assets[1].uuid, .beforePhoto = photo(13), .afterPhotos = {forgedAfter},
                                 .method = QStringLiteral("plate"), .checks = passed}).ok());
    auto before = ReviewQueue(*fx.store).page(0, 10);
    REQUIRE(before.ok());
    REQUIRE(before->size() == 2);
    CHECK(before->front().uuid == assets[0].uuid);

    // The office's sync brings the server's verdicts: the second install's after photo failed there.
    REQUIRE(SyncClient::prepare(*fx.store).ok());
    REQUIRE(StoreAccess::db(*fx.store)
                .exec(QStringLiteral("INSERT INTO gc_server_verdicts (sha256, slot, server_verdict, device_verdict, checked_at) "
                                     "VALUES ('%1', 'after1', 'fail', 'pass', '2026-12-07T10:00:00Z')")
                          .arg(PhotoStore::sha256Of(forgedAfter)))
                .ok());
    auto after = ReviewQueue(*fx.store).page(0, 10);
    REQUIRE(after.ok());
    REQUIRE(after->size() == 2);
    const ReviewItem &first = after->front();
    CHECK(first.uuid == assets[1].uuid);
    CHECK(first.verdict == PhotoVerdict::Pass); // what the tablet said, kept
    REQUIRE(first.server.size() == 1);
    CHECK(first.server[0].slot == QStringLiteral("after1"));
    CHECK(first.server[0].serverVerdict == QStringLiteral("fail"));
    CHECK(first.worst() == PhotoVerdict::Fail);
    CHECK(after->back().server.empty());
}

TEST_CASE("each photo event records how the photo came in, and the office's review reads it", "[field][review]")
{
    InventoryFixture fx;
    std::vector<Asset> assets{assigned(QStringLiteral("의자"), QStringLiteral("현장1팀"), 0, 0)};
    REQUIRE(fx.store->addAssets(assets).ok());
    const QJsonObject passed{{QStringLiteral("before"), QStringLiteral("pass")}, {QStringLiteral("after1"), QStringLiteral("pass")},
                             {QStringLiteral("after2"), QStringLiteral("pass")}};
    // The before photo from the app's camera, the first after photo picked from a file, the second
    // with a word the app never sends (not recorded).
    REQUIRE(FieldWork(*fx.store)
                .logReplacement({.assetUuid = assets[0].uuid, .beforePhoto = photo(21), .afterPhotos = {photo(22), photo(23)},
                                 .method = QStringLiteral("plate"), .checks = passed,
                                 .sources = QJsonObject{{QStringLiteral("before"), QStringLiteral("camera")},
                                                        {QStringLiteral("after1"), QStringLiteral("file")},
                                                        {QStringLiteral("after2"), QStringLiteral("gallery; DROP TABLE")}}})
                .ok());
    QStringList sources;
    for (const Event &e : fx.store->events(assets[0].uuid).value())
        if (e.kind == QLatin1String(EventKind::PhotoAdded))
            sources << e.payload.value(QStringLiteral("source")).toString();
    CHECK(sources == QStringList{QStringLiteral("camera"), QStringLiteral("file"), QString()});

    auto page = ReviewQueue(*fx.store).page(0, 10);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    CHECK(page->front().beforeOrigin.source == QStringLiteral("camera"));
    CHECK(page->front().afterOrigin.source == QStringLiteral("file"));
    CHECK_FALSE(page->front().afterOrigin.filedAt.isEmpty());
}
