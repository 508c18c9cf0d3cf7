#include "inventoryfixture.h"

#include "store/hybridclock.h"
#include "store/inventoryverifier.h"

using namespace gc;
using namespace gc::core;
using gc::test::InventoryFixture;

TEST_CASE("the hybrid clock never goes backwards and stays ahead of what it has seen", "[hlc]")
{
    qint64 wall = 1'000'000;
    // Tolerant enough for the observed stamp below (2.4 h ahead); test_clockdrift covers the limit.
    HybridClock clock(QStringLiteral("dev"), [&wall] { return wall; }, ClockTolerance{10'000'000});
    const QString a = clock.now();
    const QString b = clock.now(); // same millisecond: the counter moves
    CHECK(a < b);
    wall = 500'000; // the device clock jumps back
    const QString c = clock.now();
    CHECK(b < c);
    clock.observe(HybridClock::format(9'000'000, 7, QStringLiteral("other")));
    const QString d = clock.now();
    CHECK(HybridClock::millisOf(d) == 9'000'000);
    CHECK(d > HybridClock::format(9'000'000, 7, QStringLiteral("other")));
}

TEST_CASE("two devices' logs merge into identical tables, whatever the order", "[events][merge]")
{
    InventoryFixture a;
    InventoryFixture b;
    b.store->setIdentity(QStringLiteral("crew"), QStringLiteral("device-b"));

    // Both start from the same asset.
    auto created = a.store->addAsset(InventoryFixture::bench());
    REQUIRE(created.ok());
    REQUIRE(b.store->merge(*a.store->events()).value() == 1);
    REQUIRE(b.store->asset(created->uuid));

    // Offline, each edits it.
    REQUIRE(a.store->updateAsset(created->uuid, {{QStringLiteral("name"), QStringLiteral("사무실이 고친 이름")}}).ok());
    REQUIRE(b.store->setStatus(created->uuid, QStringLiteral("assigned"), {}, {{QStringLiteral("assignee"), QStringLiteral("현장2팀")}}).ok());
    REQUIRE(b.store->updateAsset(created->uuid, {{QStringLiteral("name"), QStringLiteral("현장이 고친 이름")}}).ok());
    auto b2 = b.store->addAsset(InventoryFixture::bench(QStringLiteral("현장에서 찾은 의자")));
    REQUIRE(b2.ok());

    const auto eventsA = *a.store->events();
    const auto eventsB = *b.store->events();
    // Exchange, B's batch reversed to simulate arrival out of order.
    std::vector<Event> reversed(eventsB.rbegin(), eventsB.rend());
    REQUIRE(a.store->merge(reversed).ok());
    REQUIRE(b.store->merge(eventsA).ok());

    const auto tableA = a.store->assets();
    const auto tableB = b.store->assets();
    REQUIRE((tableA.ok() && tableB.ok()));
    REQUIRE(tableA->size() == 2);
    REQUIRE(tableB->size() == 2);
    auto byUuid = [](const std::vector<Asset> &v) {
        std::map<QString, Asset> m;
        for (const auto &x : v)
            m[x.uuid] = x;
        return m;
    };
    CHECK(byUuid(*tableA) == byUuid(*tableB));
    // Both edits are in the history; the later clock wins the field, the same on both devices.
    const Asset merged = *a.store->asset(created->uuid);
    CHECK(merged.status == QStringLiteral("assigned"));
    CHECK(merged.assignee == QStringLiteral("현장2팀"));
    CHECK(a.store->events(created->uuid)->size() == 4);
    CHECK(b.store->events(created->uuid)->size() == 4);
    CHECK(InventoryVerifier::run(*a.store).ok());
    CHECK(InventoryVerifier::run(*b.store).ok());

    // A replayed batch changes nothing.
    const qint64 before = a.store->eventCount();
    CHECK(a.store->merge(eventsB).value() == 0);
    CHECK(a.store->eventCount() == before);
}

TEST_CASE("an update that arrives before its create is applied once the create comes", "[events][merge]")
{
    InventoryFixture origin;
    auto created = origin.store->addAsset(InventoryFixture::bench());
    REQUIRE(created.ok());
    REQUIRE(origin.store->setStatus(created->uuid, QStringLiteral("assigned")).ok());
    const auto events = *origin.store->events();
    REQUIRE(events.size() == 2);

    InventoryFixture other;
    REQUIRE(other.store->merge({events[1]}).value() == 1);
    CHECK_FALSE(other.store->asset(created->uuid)); // no row without its create
    REQUIRE(other.store->merge({events[0]}).value() == 1);
    const auto row = other.store->asset(created->uuid);
    REQUIRE(row);
    CHECK(row->status == QStringLiteral("assigned"));
    CHECK(*row == *origin.store->asset(created->uuid));
}
