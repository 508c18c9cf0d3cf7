// W3.2: an assignment never undoes a crew's work unless the office asks, shows what it would do first,
// and can be taken back; a review decision needs an after photo and can be taken back too; a proposal
// is accepted only into the closed lists.
#include "inventoryfixture.h"

#include "model/assetfilter.h"
#include "field/fieldwork.h"
#include "office/assignmentplan.h"
#include "office/dashboard.h"
#include "office/officeactions.h"
#include "office/officequeries.h"
#include "office/reviewqueue.h"
#include "office/rolloutplan.h"
#include "store/storeaccess.h"

#include <QBuffer>
#include <QImage>
#include <QJsonObject>

#include <map>

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

QByteArray png(Qt::GlobalColor colour)
{
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

const QString kCrew1 = QStringLiteral("현장1팀"), kCrew2 = QStringLiteral("현장2팀"), kCrew3 = QStringLiteral("현장3팀"),
              kCrew4 = QStringLiteral("현장4팀");

// The mix a box selection over a busy dong really holds, each history written by its own crew:
//   planned ×3 (no crew) · assigned to 현장1팀 ×2 · assigned to 현장2팀 ×2 · installed by 현장2팀 ×2
//   (awaiting review, one check failed) · installed by 현장1팀 ×1 · sent back to 현장3팀 ×1 · sent
//   back to 현장1팀 ×1 · verified (현장4팀) ×2 · cancelled ×1.
struct MixedInventory : InventoryFixture {
    std::map<QString, QStringList> kind; // "planned", "mine", "theirs", "installedTheirs", … → uuids
    QStringList all;

    MixedInventory()
    {
        const std::vector<std::pair<QString, int>> shape{{QStringLiteral("planned"), 3},        {QStringLiteral("mine"), 2},
                                                         {QStringLiteral("theirs"), 2},         {QStringLiteral("installedTheirs"), 2},
                                                         {QStringLiteral("installedMine"), 1},  {QStringLiteral("backToCrew3"), 1},
                                                         {QStringLiteral("backToMine"), 1},     {QStringLiteral("verified"), 2},
                                                         {QStringLiteral("cancelled"), 1}};
        std::vector<Asset> list;
        for (const auto &[k, n] : shape)
            for (int i = 0; i < n; ++i)
                list.push_back(bench(QStringLiteral("%1 %2").arg(k).arg(i)));
        REQUIRE(store->addAssets(list).ok());
        size_t next = 0;
        for (const auto &[k, n] : shape)
            for (int i = 0; i < n; ++i) {
                kind[k] << list[next].uuid;
                all << list[next++].uuid;
            }
        const QString st = QLatin1String(EventKind::AssetStatus);
        auto assigned = [](const QString &crew, const char *due) {
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("assigned")}, {QStringLiteral("assignee"), crew},
                               {QStringLiteral("due_date"), QLatin1String(due)}};
        };
        const QJsonObject installed{{QStringLiteral("status"), QStringLiteral("installed")},
                                    {QStringLiteral("checks"), QJsonObject{{QStringLiteral("before"), QStringLiteral("pass")},
                                                                           {QStringLiteral("after1"), QStringLiteral("fail")}}},
                                    {QStringLiteral("review_reason"), QStringLiteral("그늘이라 마크가 어둡게 나옴")}};
        auto sentBack = [](const char *why) {
            return QJsonObject{{QStringLiteral("status"), QStringLiteral("needs_attention")}, {QStringLiteral("reason"), QString::fromUtf8(why)}};
        };
        std::vector<NewEvent> office, crews;
        auto assign = [&](const QString &k, const QString &crew, const char *due) {
            for (const QString &u : kind[k])
                office.push_back({st, u, assigned(crew, due), 0, QStringLiteral("디자인팀")});
        };
        assign(QStringLiteral("mine"), kCrew1, "2026-12-20");
        assign(QStringLiteral("theirs"), kCrew2, "2026-12-18");
        assign(QStringLiteral("installedTheirs"), kCrew2, "2026-12-10");
        assign(QStringLiteral("installedMine"), kCrew1, "2026-12-10");
        assign(QStringLiteral("backToCrew3"), kCrew3, "2026-12-11");
        assign(QStringLiteral("backToMine"), kCrew1, "2026-12-11");
        assign(QStringLiteral("verified"), kCrew4, "2026-12-01");
        for (const QString &u : kind[QStringLiteral("installedTheirs")])
            crews.push_back({st, u, installed, 0, kCrew2});
        crews.push_back({st, kind[QStringLiteral("installedMine")][0], installed, 0, kCrew1});
        crews.push_back({st, kind[QStringLiteral("backToCrew3")][0], installed, 0, kCrew3});
        crews.push_back({st, kind[QStringLiteral("backToMine")][0], installed, 0, kCrew1});
        for (const QString &u : kind[QStringLiteral("verified")])
            crews.push_back({st, u, installed, 0, kCrew4});
        REQUIRE(store->record(office).ok());
        REQUIRE(store->record(crews).ok());
        std::vector<NewEvent> review;
        review.push_back({st, kind[QStringLiteral("backToCrew3")][0], sentBack("마크가 기울어짐"), 0, QStringLiteral("디자인팀")});
        review.push_back({st, kind[QStringLiteral("backToMine")][0], sentBack("사진이 흐림"), 0, QStringLiteral("디자인팀")});
        for (const QString &u : kind[QStringLiteral("verified")])
            review.push_back({st, u, QJsonObject{{QStringLiteral("status"), QStringLiteral("verified")}}, 0, QStringLiteral("디자인팀")});
        review.push_back({st, kind[QStringLiteral("cancelled")][0], sentBack("철거"), 0, QStringLiteral("디자인팀")});
        REQUIRE(store->record(review).ok());
        REQUIRE(store->setStatus(kind[QStringLiteral("cancelled")][0], QStringLiteral("cancelled"), QStringLiteral("철거")).ok());
    }

    Asset at(const QString &uuid) const { return *store->asset(uuid); }
};

int changingIn(const std::vector<AssignmentPlan::Group> &groups, const QString &key, int *selected = nullptr)
{
    for (const auto &g : groups)
        if (g.key == key) {
            if (selected)
                *selected = g.selected;
            return g.changing;
        }
    FAIL("no group " << key.toStdString());
    return -1;
}

} // namespace

TEST_CASE("the assignment plan counts the selection by status and crew and by default changes only free work",
          "[assign][plan]")
{
    MixedInventory inv;
    auto plan = AssignmentPlan::compute(*inv.store, inv.all, kCrew1);
    REQUIRE(plan.ok());
    CHECK(plan->selected == 15);
    CHECK(plan->changing.size() == 6); // 3 planned, 2 already 현장1팀's, 현장1팀's own sent-back one
    CHECK(plan->installedLeft == 3);
    CHECK(plan->otherCrewLeft == 5);   // 현장2팀's two assigned and two installed, 현장3팀's sent-back one
    CHECK(plan->closedLeft == 3);      // verified ×2, cancelled
    int selected = 0;
    CHECK(changingIn(plan->byStatus, QStringLiteral("planned"), &selected) == 3);
    CHECK(selected == 3);
    CHECK(changingIn(plan->byStatus, QStringLiteral("installed"), &selected) == 0);
    CHECK(selected == 3);
    CHECK(changingIn(plan->byStatus, QStringLiteral("needs_attention"), &selected) == 1);
    CHECK(selected == 2);
    CHECK(changingIn(plan->byCrew, kCrew2, &selected) == 0);
    CHECK(selected == 4);
    CHECK(changingIn(plan->byCrew, QString(), &selected) == 3);
    CHECK(selected == 4); // the cancelled one has no crew either
    CHECK(plan->byStatus.front().key == QStringLiteral("planned")); // the catalogue's order

    SECTION("each option widens it by exactly what it names")
    {
        auto withInstalled = AssignmentPlan::compute(*inv.store, inv.all, kCrew1, {true, false});
        REQUIRE(withInstalled.ok());
        CHECK(withInstalled->changing.size() == 7); // + 현장1팀's own install; 현장2팀's installs stay theirs
        CHECK(withInstalled->changing.contains(inv.kind[QStringLiteral("installedMine")][0]));
        auto takeOver = AssignmentPlan::compute(*inv.store, inv.all, kCrew1, {false, true});
        REQUIRE(takeOver.ok());
        CHECK(takeOver->changing.size() == 9); // + 현장2팀's assigned ×2 and 현장3팀's sent-back one
        CHECK_FALSE(takeOver->changing.contains(inv.kind[QStringLiteral("installedTheirs")][0]));
        auto both = AssignmentPlan::compute(*inv.store, inv.all, kCrew1, {true, true});
        REQUIRE(both.ok());
        CHECK(both->changing.size() == 12); // everything but verified and cancelled
        for (const char *closed : {"verified", "cancelled"})
            for (const QString &u : inv.kind[QLatin1String(closed)])
                CHECK_FALSE(both->changing.contains(u));
    }
    SECTION("an unknown uuid is refused by name")
    {
        auto bad = AssignmentPlan::compute(*inv.store, {QStringLiteral("no-such-uuid")}, kCrew1);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message().contains(QStringLiteral("no-such-uuid")));
    }
}

TEST_CASE("assigning a mixed selection by default leaves installs, verified work and other crews' work as they were",
          "[assign]")
{
    MixedInventory inv;
    std::map<QString, Asset> before;
    std::map<QString, qint64> eventsBefore;
    for (const QString &u : inv.all) {
        before[u] = inv.at(u);
        eventsBefore[u] = qint64(inv.store->events(u)->size());
    }
    const qint64 queueBefore = *ReviewQueue(*inv.store).count();
    OfficeActions office(*inv.store);
    auto done = office.assign(inv.all, {kCrew1, QDate(2026, 12, 24), 1});
    REQUIRE(done.ok());
    CHECK(done->assigned == 6);
    CHECK(*ReviewQueue(*inv.store).count() == queueBefore); // no install left the review queue
    for (const char *untouched : {"theirs", "installedTheirs", "installedMine", "backToCrew3", "verified", "cancelled"})
        for (const QString &u : inv.kind[QLatin1String(untouched)]) {
            INFO(untouched);
            const Asset now = inv.at(u);
            CHECK(now.status == before[u].status);
            CHECK(now.assignee == before[u].assignee);
            CHECK(now.dueDate == before[u].dueDate);
            CHECK(qint64(inv.store->events(u)->size()) == eventsBefore[u]);
        }
    for (const char *changed : {"planned", "mine", "backToMine"})
        for (const QString &u : inv.kind[QLatin1String(changed)]) {
            const Asset now = inv.at(u);
            CHECK(now.status == QStringLiteral("assigned"));
            CHECK(now.assignee == kCrew1);
            CHECK(now.dueDate == QStringLiteral("2026-12-24"));
            CHECK(now.priority == 1);
            const Event last = inv.store->events(u)->back();
            CHECK(last.actor == QStringLiteral("tester"));
            CHECK(last.payload.value(QStringLiteral("batch")).toString() == done->batchId);
        }
    // The same assignment again changes nothing, so it writes nothing.
    const qint64 events = inv.store->eventCount();
    auto again = office.assign(inv.all, {kCrew1, QDate(2026, 12, 24), 1});
    REQUIRE(again.ok());
    CHECK(again->assigned == 0);
    CHECK(inv.store->eventCount() == events);
    // The batch is what an export or a label sheet of "the last assignment" takes.
    auto batch = office.batchAssets(done->batchId);
    REQUIRE(batch.ok());
    CHECK(batch->size() == 6);
    AssetFilter f;
    f.uuids = *batch;
    CHECK(*OfficeQueries::countMatching(*inv.store, f) == 6);
}

TEST_CASE("the options take installs and other crews' work, and undo restores every asset as it was", "[assign][undo]")
{
    MixedInventory inv;
    std::map<QString, Asset> before;
    for (const QString &u : inv.all)
        before[u] = inv.at(u);
    OfficeActions office(*inv.store);
    auto done = office.assign(inv.all, {kCrew1, QDate(2026, 12, 24), 1}, {true, true});
    REQUIRE(done.ok());
    CHECK(done->assigned == 12);
    CHECK(inv.at(inv.kind[QStringLiteral("installedTheirs")][0]).status == QStringLiteral("assigned"));
    CHECK(inv.at(inv.kind[QStringLiteral("installedTheirs")][0]).assignee == kCrew1);
    CHECK(inv.at(inv.kind[QStringLiteral("verified")][0]).status == QStringLiteral("verified"));
    CHECK(*ReviewQueue(*inv.store).count() == 0);

    // After a restart the office still finds the batch to undo.
    auto last = office.lastBatch();
    REQUIRE(last.ok());
    CHECK(last->id == done->batchId);
    CHECK(last->crew == kCrew1);
    CHECK(last->uuids.size() == 12);
    // Meanwhile 현장1팀 installs one of the planned benches: the undo must not take that back.
    const QString installedSince = inv.kind[QStringLiteral("planned")][0];
    REQUIRE(inv.store->setStatus(installedSince, QStringLiteral("installed")).ok());

    auto undone = office.undoAssignment(done->batchId);
    REQUIRE(undone.ok());
    CHECK(undone->restored == 11);
    REQUIRE(undone->changedSince.size() == 1);
    CHECK(undone->changedSince[0] == before[installedSince].code);
    CHECK(inv.at(installedSince).status == QStringLiteral("installed"));
    for (const QString &u : inv.all) {
        if (u == installedSince)
            continue;
        const Asset now = inv.at(u);
        INFO(before[u].name.toStdString());
        CHECK(now.status == before[u].status);
        CHECK(now.assignee == before[u].assignee);
        CHECK(now.dueDate == before[u].dueDate);
        CHECK(now.priority == before[u].priority);
        CHECK(now.statusReason == before[u].statusReason);
    }
    // The installs are back in review with the crews' failed check and note, as before.
    auto queue = ReviewQueue(*inv.store).page(0, 50);
    REQUIRE(queue.ok());
    CHECK(queue->size() == 4); // the three installs again, and the one installed since
    int failed = 0;
    for (const auto &item : *queue) {
        if (item.verdict == PhotoVerdict::Fail) {
            ++failed;
            CHECK(item.reviewReason == QStringLiteral("그늘이라 마크가 어둡게 나옴"));
        }
    }
    CHECK(failed == 3);
    // The log still replays to the same tables.
    auto replayed = inv.store->replay();
    REQUIRE(replayed.ok());
    for (const QString &u : inv.all)
        CHECK(replayed->assets.at(u).status == inv.at(u).status);
    CHECK(office.lastBatch()->id.isEmpty()); // undone: nothing left to offer
    // An undone batch has nothing left to undo.
    auto again = office.undoAssignment(done->batchId);
    REQUIRE(again.ok());
    CHECK(again->restored == 0);
}

TEST_CASE("approve needs an after photo, and the last review decision can be taken back", "[review][undo]")
{
    MixedInventory inv;
    OfficeActions office(*inv.store);
    const QString u = inv.kind[QStringLiteral("installedTheirs")][0];
    const qint64 events = inv.store->eventCount();
    auto refused = office.approve(u);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("no_after_photo"));
    CHECK(refused.error().message().contains(inv.at(u).code));
    CHECK(inv.store->eventCount() == events);
    CHECK(inv.at(u).status == QStringLiteral("installed"));

    REQUIRE(inv.store->attachPhoto(u, QStringLiteral("before"), png(Qt::darkGray)).ok());
    CHECK_FALSE(office.approve(u).ok()); // a before photo is not an after photo
    REQUIRE(inv.store->attachPhoto(u, QStringLiteral("after"), png(Qt::darkGreen)).ok());
    REQUIRE(office.approve(u, QStringLiteral("좋습니다")).ok());
    CHECK(inv.at(u).status == QStringLiteral("verified"));

    REQUIRE(office.undoReview(u).ok());
    CHECK(inv.at(u).status == QStringLiteral("installed"));
    CHECK(inv.at(u).assignee == kCrew2);
    const Event undo = inv.store->events(u)->back();
    CHECK(undo.payload.value(QStringLiteral("undo_of")).toString().size() == 36);
    auto queue = ReviewQueue(*inv.store).page(0, 50);
    REQUIRE(queue.ok());
    bool found = false;
    for (const auto &item : *queue)
        if (item.uuid == u) {
            found = true;
            CHECK(item.verdict == PhotoVerdict::Fail); // the crew's checks came back with it
        }
    CHECK(found);
    CHECK_FALSE(office.undoReview(u).ok()); // nothing left to take back

    REQUIRE(office.reject(u, QStringLiteral("마크가 기울어짐")).ok());
    CHECK(inv.at(u).status == QStringLiteral("needs_attention"));
    REQUIRE(office.undoReview(u).ok());
    CHECK(inv.at(u).status == QStringLiteral("installed"));
    CHECK(inv.at(u).statusReason.isEmpty());

    // A decision the crew has already acted on is not the office's to take back.
    const QString other = inv.kind[QStringLiteral("installedMine")][0];
    REQUIRE(office.reject(other, QStringLiteral("사진이 흐림")).ok());
    REQUIRE(inv.store->setStatus(other, QStringLiteral("installed")).ok());
    const qint64 n = inv.store->eventCount();
    CHECK_FALSE(office.undoReview(other).ok());
    CHECK(inv.store->eventCount() == n);
}

TEST_CASE("a proposal is accepted only with a department and category from the inventory's lists, and every materials row has a name",
          "[proposals][closed-lists]")
{
    InventoryFixture fx;
    REQUIRE(fx.store->addAsset(InventoryFixture::bench()).ok()); // the inventory's department: 공원녹지과
    FieldWork field(*fx.store);
    auto proposed = field.proposePlace({QStringLiteral("bench"), 191604.6, 541809.5, QStringLiteral("공원 입구 새 의자"), png(Qt::darkGreen)});
    REQUIRE(proposed.ok());
    OfficeActions office(*fx.store);
    const qint64 events = fx.store->eventCount();

    auto parks = office.acceptProposal(proposed->proposalId, QString(), QStringLiteral("Parks"));
    REQUIRE_FALSE(parks.ok());
    CHECK(parks.error().message().contains(QStringLiteral("'Parks'")));
    CHECK(parks.error().message().contains(QStringLiteral("공원녹지과"))); // names the allowed values
    auto table = office.acceptProposal(proposed->proposalId, QString(), QStringLiteral("공원녹지과"), QStringLiteral("table"));
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message().contains(QStringLiteral("'table'")));
    CHECK(fx.store->eventCount() == events);
    auto departments = OfficeQueries::departments(*fx.store);
    REQUIRE(departments.ok());
    CHECK(*departments == QStringList{QStringLiteral("공원녹지과")});

    auto uuid = office.acceptProposal(proposed->proposalId, QString(), QStringLiteral("공원녹지과"), QStringLiteral("exercise_equipment"));
    REQUIRE(uuid.ok());
    CHECK(fx.store->asset(*uuid)->category == QStringLiteral("exercise_equipment")); // the office corrected the crew's category
    CHECK(*OfficeQueries::departments(*fx.store) == QStringList{QStringLiteral("공원녹지과")});

    // The accepted place has no attachment method yet: its materials row still has a name.
    auto d = Dashboard::compute(StoreAccess::db(*fx.store), RolloutPlan{}, QDate(2026, 12, 7));
    REQUIRE(d.ok());
    REQUIRE(d->materials.size() == 2);
    for (const auto &m : d->materials)
        CHECK_FALSE(m.methodLabel.trimmed().isEmpty());
}
