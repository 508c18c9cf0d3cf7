// The one table of event kinds (W3.5 item 7, W3.6 item 2): every kind the product records fits it,
// through the real code paths, and what does not fit is refused naming the field.
#include "field/crewdirectory.h"
#include "field/fieldwork.h"
#include "inventoryfixture.h"
#include "model/eventjson.h"
#include "model/eventkinds.h"
#include "office/conflictresolution.h"
#include "office/officeactions.h"
#include "ogredit.h"
#include "photofixtures.h"
#include "store/outsideedits.h"
#include "survey/surveydesk.h"

#include <QDate>
#include <QJsonArray>

#include <set>

using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

QByteArray photo(std::uint32_t seed)
{
    static const cv::Mat mark = gc::test::loadBgra(gc::test::brandDir() + QStringLiteral("/goodcity_mark_color.png"));
    return gc::test::makeMarkScene(mark, seed, gc::test::SceneSettings{.size = {640, 480}}).jpeg;
}

Event sample(const QString &kind, const QJsonObject &payload)
{
    return Event{QStringLiteral("0190a000-0000-7000-8000-000000000001"), QStringLiteral("001713500000000-000000000-dev"),
                 QStringLiteral("2024-04-19T09:00:00Z"), QStringLiteral("crew1"), QStringLiteral("dev"), kind, {}, payload};
}

QString problem(const Event &e)
{
    auto r = eventkinds::validate(e);
    return r ? QString() : r.error().message();
}

} // namespace

TEST_CASE("every event kind the app, the CLI and the office record fits the kind table, and each table kind is recorded", "[events][kinds]")
{
    InventoryFixture fx;
    std::vector<Asset> assets;
    for (int i = 0; i < 4; ++i) {
        Asset a = InventoryFixture::bench(QStringLiteral("의자 %1").arg(i));
        a.x += 10 * i;
        assets.push_back(a);
    }
    REQUIRE(fx.store->addAssets(assets).ok()); // asset.created
    OfficeActions office(*fx.store);
    QStringList uuids;
    for (const Asset &a : assets)
        uuids << a.uuid;
    REQUIRE(office.assign(uuids, {QStringLiteral("현장1팀"), QDate(2024, 5, 1), 1}).ok()); // asset.status, asset.updated

    FieldWork work(*fx.store);
    REQUIRE(work.logReplacement({.assetUuid = uuids[0], .beforePhoto = photo(1), .afterPhotos = {photo(2)}, .method = QStringLiteral("plate"),
                                 .markCount = 2, .note = QStringLiteral("등받이"), .checks = QJsonObject{{QStringLiteral("after1"), QStringLiteral("pass")}}})
                .ok()); // photo.added
    // A replacement sent for review carries every failing check per slot (W3.1): the kind table takes it.
    const QJsonArray failing{QJsonObject{{QStringLiteral("check"), QStringLiteral("duplicate")}, {QStringLiteral("status"), QStringLiteral("fail")},
                                         {QStringLiteral("ko"), QStringLiteral("다른 시설물(GC-BENCH-000001)에 등록된 사진과 거의 같습니다")},
                                         {QStringLiteral("en"), QStringLiteral("nearly the same as a photo of another asset (GC-BENCH-000001)")},
                                         {QStringLiteral("asset"), QStringLiteral("GC-BENCH-000001")}}};
    REQUIRE(work.logReplacement({.assetUuid = uuids[1], .beforePhoto = photo(3), .afterPhotos = {photo(4)}, .method = QStringLiteral("plate"),
                                 .checks = QJsonObject{{QStringLiteral("after1"), QStringLiteral("fail")}},
                                 .problems = QJsonObject{{QStringLiteral("after1"), failing}},
                                 .reviewReason = QStringLiteral("마크가 반사되어 잘 안 보입니다")})
                .ok());
    REQUIRE(office.approve(uuids[0], QStringLiteral("좋습니다")).ok());
    REQUIRE(office.reject(uuids[1], QStringLiteral("마크가 기울었습니다")).ok());
    REQUIRE(work.cannotInstall(uuids[2], QStringLiteral("owner_refused"), QStringLiteral("상가 주인 반대"), photo(5)).ok());
    const Asset here = InventoryFixture::bench();
    auto p1 = work.proposePlace({QStringLiteral("bench"), here.x + 30, here.y, QStringLiteral("자리"), photo(6)}); // place.proposed
    auto p2 = work.proposePlace({QStringLiteral("bench"), here.x + 40, here.y, {}, photo(7)});
    REQUIRE((p1.ok() && p2.ok()));
    REQUIRE(office.acceptProposal(p1->proposalId, QStringLiteral("새 의자"), QStringLiteral("공원녹지과")).ok()); // place.decided
    REQUIRE(office.declineProposal(p2->proposalId, QStringLiteral("보도가 좁음")).ok());

    // Two edits of one asset the server flagged; the office keeps the first (conflict.resolved).
    REQUIRE(fx.store->updateAsset(uuids[2], {{QStringLiteral("notes"), QStringLiteral("동쪽")}}).ok());
    REQUIRE(fx.store->updateAsset(uuids[2], {{QStringLiteral("notes"), QStringLiteral("서쪽")}}).ok());
    {
        auto history = fx.store->events(uuids[2]);
        REQUIRE(history.ok());
        REQUIRE(history->size() >= 2);
        const EditConflict pair{uuids[2], history->back().id, (*history)[history->size() - 2].id, {}};
        REQUIRE(ConflictResolver(*fx.store).keep(pair, pair.otherEventId).ok());
    }

    CrewDirectory crews(*fx.store);
    auto kim = crews.add(QStringLiteral("김현장"), QStringLiteral("현장1팀"), QStringLiteral("4821")); // user.added
    REQUIRE(kim.ok());
    REQUIRE(crews.setPin(kim->userId, QStringLiteral("1234")).ok()); // user.updated

    SurveyDesk desk(*fx.store);
    auto campaign = desk.open(QStringLiteral("2024 수요조사"), QStringLiteral("2024-05-31"), {}, {}); // survey.opened
    REQUIRE(campaign.ok());
    auto rows = desk.blankRows(*campaign, QStringLiteral("공원녹지과"));
    REQUIRE(rows.ok());
    REQUIRE(desk.saveRows(campaign->surveyId, QStringLiteral("공원녹지과"), *rows, false).ok()); // survey.rows_saved
    REQUIRE(desk.submit(campaign->surveyId, QStringLiteral("공원녹지과")).ok());                 // survey.rows_submitted
    REQUIRE(desk.review(campaign->surveyId, QStringLiteral("공원녹지과"), QStringLiteral("approved"), QStringLiteral("확인")).ok()); // survey.reviewed
    REQUIRE(desk.close(campaign->surveyId).ok()); // survey.closed

    // A deletion made in QGIS, adopted (asset.deleted).
    const QString deletedCode = assets[3].code;
    fx.store.reset();
    gc::test::OgrEdit(fx.path).remove(deletedCode);
    auto reopened = AssetStore::open(fx.path);
    REQUIRE(reopened.ok());
    fx.store = std::move(*reopened);
    fx.store->setIdentity(QStringLiteral("qgis-staff"), QStringLiteral("office-pc"));
    auto edits = OutsideEdits::find(*fx.store);
    REQUIRE(edits.ok());
    REQUIRE(OutsideEdits::adopt(*fx.store, *edits).ok());

    auto log = fx.store->events();
    REQUIRE(log.ok());
    std::set<QString> seen;
    for (const Event &e : *log) {
        INFO(e.kind.toStdString() << ": " << problem(e).toStdString());
        CHECK(problem(e).isEmpty());
        CHECK(eventjson::fromJson(eventjson::toJson(e)).ok()); // as the server and the other devices read it
        seen.insert(e.kind);
    }
    std::set<QString> table;
    for (const EventKindSpec &k : eventkinds::all())
        table.insert(QLatin1String(k.kind));
    CHECK(seen == table);
}

TEST_CASE("the kind table refuses an unknown kind, a missing or mistyped field, a NUL and an oversized payload, naming each", "[events][kinds]")
{
    const QString sha(64, QLatin1Char('a'));
    CHECK(problem(sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha}})).isEmpty());
    CHECK(problem(sample(QStringLiteral("proposal.blob"), {})).contains(QStringLiteral("'kind'")));
    CHECK(problem(sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha + QLatin1Char('\n')}})).contains(QStringLiteral("payload.sha256")));
    CHECK(problem(sample(QStringLiteral("photo.added"), {})).contains(QStringLiteral("payload.sha256")));
    CHECK(problem(sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha}, {QStringLiteral("width"), 1.5}})).contains(QStringLiteral("payload.width")));
    CHECK(problem(sample(QStringLiteral("asset.status"), {{QStringLiteral("status"), QStringLiteral("installed")}, {QStringLiteral("photos"), QJsonArray{1}}}))
              .contains(QStringLiteral("payload.photos[0]")));
    const QString nul = QStringLiteral("x") + QChar(0);
    CHECK(problem(sample(QStringLiteral("place.proposed"), {{QStringLiteral("proposal_id"), QStringLiteral("p")}, {QStringLiteral("note"), nul}}))
              .contains(QStringLiteral("payload.note")));
    // A lone surrogate (the attack pass's "\udc00"): '?' in SQLite, 503 from PostgreSQL before this.
    const QString lone = QStringLiteral("x") + QChar(0xdc00);
    CHECK(problem(sample(QStringLiteral("place.proposed"), {{QStringLiteral("proposal_id"), QStringLiteral("p")}, {QStringLiteral("note"), lone}}))
              .contains(QStringLiteral("payload.note")));
    Event badActor = sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha}});
    badActor.actor = lone;
    CHECK(problem(badActor).contains(QStringLiteral("'actor'")));
    CHECK(problem(sample(QStringLiteral("place.proposed"), {{QStringLiteral("proposal_id"), QStringLiteral("p")}, {QStringLiteral("note"), QString(5000, QLatin1Char('n'))}}))
              .contains(QStringLiteral("2000")));
    // A newer device's optional field rides along when it is a short scalar, never as a list.
    CHECK(problem(sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha}, {QStringLiteral("source"), QStringLiteral("camera")}})).isEmpty());
    CHECK(problem(sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha}, {QStringLiteral("blob"), QJsonObject{}}})).contains(QStringLiteral("payload.blob")));
    // What the server's photo judge (W3.4) reads of a photo: how it came in and its capture time, typed and bounded.
    CHECK(problem(sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha}, {QStringLiteral("source"), QStringLiteral("gallery")},
                                                         {QStringLiteral("taken_at"), QStringLiteral("2024-04-19T08:59:00Z")}, {QStringLiteral("role"), QStringLiteral("before")}}))
              .isEmpty());
    CHECK(problem(sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha}, {QStringLiteral("source"), QString(33, QLatin1Char('s'))}}))
              .contains(QStringLiteral("payload.source")));
    CHECK(problem(sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha}, {QStringLiteral("source"), 7}})).contains(QStringLiteral("payload.source")));
    CHECK(problem(sample(QStringLiteral("photo.added"), {{QStringLiteral("sha256"), sha}, {QStringLiteral("taken_at"), QString(65, QLatin1Char('2'))}}))
              .contains(QStringLiteral("payload.taken_at")));
    // Each entry within its bound, the whole over the kind's.
    QJsonArray rows;
    for (int i = 0; i < 6000; ++i)
        rows.append(QJsonObject{{QStringLiteral("row_id"), QString::number(i)}, {QStringLiteral("note"), QString(1900, QLatin1Char('n'))}});
    CHECK(problem(sample(QStringLiteral("survey.rows_saved"), {{QStringLiteral("survey_id"), QStringLiteral("s")},
                                                              {QStringLiteral("department"), QStringLiteral("d")}, {QStringLiteral("rows"), rows}}))
              .contains(QStringLiteral("'payload'")));
    // Every pattern is anchored at both ends.
    CHECK_FALSE(eventjson::isSha256(sha + QLatin1Char('\n')));
    CHECK_FALSE(eventjson::isUuid(QStringLiteral("0190a000-0000-7000-8000-000000000001\n")));
}
