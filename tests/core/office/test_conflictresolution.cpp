// The office settles two edits the server flagged by keeping one (core/office/conflictresolution.h).
#include "inventoryfixture.h"
#include "store/hybridclock.h"
#include "office/conflictresolution.h"

#include <QDateTime>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace gc;
using namespace gc::core;

namespace {
// A crew tablet's edit made a minute ago, arriving by sync: it sorts before anything recorded now.
Event tabletEdit(const QString &asset, const QString &kind, const QJsonObject &payload, qint64 agoMs = 60'000)
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch() - agoMs;
    return Event{QUuid::createUuid().toString(QUuid::WithoutBraces), HybridClock::format(ms, 0, QStringLiteral("tablet-b")),
                 QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate), QStringLiteral("현장1팀"), QStringLiteral("tablet-b"),
                 kind, asset, payload};
}

QString lastEventId(AssetStore &store, const QString &asset)
{
    auto e = store.events(asset);
    REQUIRE(e.ok());
    REQUIRE_FALSE(e->empty());
    return e->back().id;
}
} // namespace

TEST_CASE("the office keeps the crew's earlier note over its own later one, and the asset shows it", "[office][conflict]")
{
    test::InventoryFixture fx;
    auto a = fx.store->addAsset(test::InventoryFixture::bench());
    REQUIRE(a.ok());
    REQUIRE(fx.store->updateAsset(a->uuid, {{QStringLiteral("notes"), QStringLiteral("동쪽 벽")}}).ok());
    const QString officeEdit = lastEventId(*fx.store, a->uuid);
    const Event crewEdit = tabletEdit(a->uuid, QLatin1String(EventKind::AssetUpdated), {{QStringLiteral("notes"), QStringLiteral("서쪽 벽")}});
    REQUIRE(fx.store->merge({crewEdit}).ok());
    REQUIRE(fx.store->asset(a->uuid)->notes == QStringLiteral("동쪽 벽")); // the later edit shows

    const EditConflict pair{a->uuid, officeEdit, crewEdit.id, {}};
    ConflictResolver resolver(*fx.store);
    auto sides = resolver.sides(pair);
    REQUIRE(sides.ok());
    REQUIRE(sides->edit);
    REQUIRE(sides->other);
    CHECK(sides->other->actor == QStringLiteral("현장1팀"));
    CHECK(sides->showing == officeEdit);
    CHECK_FALSE(sides->resolved);

    CHECK(resolver.keep(pair, QStringLiteral("made-up")).error().code == QStringLiteral("invalid"));
    const qint64 before = fx.store->eventCount();
    REQUIRE(resolver.keep(pair, crewEdit.id, QStringLiteral("현장 확인")).ok());
    CHECK(fx.store->asset(a->uuid)->notes == QStringLiteral("서쪽 벽"));
    CHECK(fx.store->eventCount() == before + 2); // the crew's edit again, then the settlement
    auto log = fx.store->events(a->uuid);
    REQUIRE(log.ok());
    const Event &settled = log->back();
    CHECK(settled.kind == QLatin1String(EventKind::ConflictResolved));
    CHECK(settled.actor == QStringLiteral("tester"));
    CHECK(settled.payload.value(QStringLiteral("kept")).toString() == crewEdit.id);
    CHECK(settled.payload.value(QStringLiteral("note")).toString() == QStringLiteral("현장 확인"));
    CHECK(resolver.sides(pair)->resolved);
    CHECK(resolver.keep(pair, crewEdit.id).error().code == QStringLiteral("conflict")); // settled once
}

TEST_CASE("keeping the edit the asset already shows records only the settlement", "[office][conflict]")
{
    test::InventoryFixture fx;
    auto a = fx.store->addAsset(test::InventoryFixture::bench());
    REQUIRE(a.ok());
    REQUIRE(fx.store->updateAsset(a->uuid, {{QStringLiteral("notes"), QStringLiteral("동쪽 벽")}}).ok());
    const QString officeEdit = lastEventId(*fx.store, a->uuid);
    const Event crewEdit = tabletEdit(a->uuid, QLatin1String(EventKind::AssetUpdated), {{QStringLiteral("notes"), QStringLiteral("서쪽 벽")}});
    REQUIRE(fx.store->merge({crewEdit}).ok());
    const qint64 before = fx.store->eventCount();
    REQUIRE(ConflictResolver(*fx.store).keep({a->uuid, officeEdit, crewEdit.id, {}}, officeEdit).ok());
    CHECK(fx.store->eventCount() == before + 1);
    CHECK(fx.store->asset(a->uuid)->notes == QStringLiteral("동쪽 벽"));
}

TEST_CASE("an edit not yet synced to this device cannot be kept, and a status set after both is not taken back", "[office][conflict]")
{
    test::InventoryFixture fx;
    auto a = fx.store->addAsset(test::InventoryFixture::bench());
    REQUIRE(a.ok());
    REQUIRE(fx.store->setStatus(a->uuid, QStringLiteral("assigned"), {}, {{QStringLiteral("assignee"), QStringLiteral("현장2팀")}}).ok());
    const QString officeStatus = lastEventId(*fx.store, a->uuid);
    const QString unseen = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CHECK(ConflictResolver(*fx.store).keep({a->uuid, officeStatus, unseen, {}}, unseen).error().code == QStringLiteral("not_found"));

    // The crew's earlier status (two minutes ago) lost to the office's; then the crew installed it.
    const Event crewStatus = tabletEdit(a->uuid, QLatin1String(EventKind::AssetStatus),
                                        {{QStringLiteral("status"), QStringLiteral("assigned")}, {QStringLiteral("assignee"), QStringLiteral("현장1팀")}},
                                        120'000);
    REQUIRE(fx.store->merge({crewStatus}).ok());
    REQUIRE(fx.store->setStatus(a->uuid, QStringLiteral("installed")).ok());
    const qint64 before = fx.store->eventCount();
    REQUIRE(ConflictResolver(*fx.store).keep({a->uuid, officeStatus, crewStatus.id, {}}, crewStatus.id).ok());
    CHECK(fx.store->eventCount() == before + 1);
    CHECK(fx.store->asset(a->uuid)->status == QStringLiteral("installed"));
}
