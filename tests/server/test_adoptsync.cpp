// W2.7: edits made to an inventory through GDAL (as QGIS makes them), adopted with `goodcity-cli adopt
// --yes`, travel to a second device through a real goodcity-server on PostgreSQL like any other edit.
#include "fielddevice.h"
#include "serverfixture.h"
#include "serverprocess.h"

#include "../core/support/inventoryfixture.h"
#include "../core/support/ogredit.h"

#include "store/inventoryverifier.h"
#include "store/outsideedits.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GC_CLI_EXE), args);
    REQUIRE(p.waitForStarted(30'000));
    REQUIRE(p.waitForFinished(120'000));
    INFO(p.readAllStandardError().toStdString());
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput())};
}

void requireVerified(const core::AssetStore &store)
{
    const auto report = core::InventoryVerifier::run(store);
    INFO(report.problems.join('\n').toStdString());
    REQUIRE(report.ok());
}

} // namespace

TEST_CASE("edits made through GDAL and adopted with the CLI sync to a second device, and both verify", "[sync][adopt]")
{
    test::BenchOffice office(Kind::Postgres); // tab-1 (office1) has sent one bench, GC-BENCH-000001
    const QString moved = office.tab.addBench(QStringLiteral("시흥동 의자"));
    const QString removed = office.tab.addBench(QStringLiteral("치울 의자"));
    office.tab.syncOk();
    test::FieldDevice second = office.another(QStringLiteral("office2"), QStringLiteral("tab-2"));
    second.syncOk();
    REQUIRE(second.store->assetCount() == 3);

    // The office's GIS staff edit tab-1's file in QGIS while the app is closed.
    const QString path = office.tab.store->path();
    office.tab.client.reset();
    office.tab.store.reset();
    {
        test::OgrEdit ogr(path);
        ogr.setText(QStringLiteral("GC-BENCH-000001"), "name", QStringLiteral("독산3동 의자(주소 고침)"));
        ogr.move(QStringLiteral("GC-BENCH-000002"), 191634.6, 541789.5);
        ogr.remove(QStringLiteral("GC-BENCH-000003"));
        ogr.add(QStringLiteral("new"), QStringLiteral("bench"), QStringLiteral("QGIS에서 그린 의자"), QStringLiteral("planned"), 191590.0, 541820.0);
    }
    // Before adoption the file is "edited outside the log" (exit 1), not damaged (exit 3).
    CHECK(runCli({QStringLiteral("verify"), path}).exitCode == 1);
    const CliRun listed = runCli({QStringLiteral("adopt"), path, QStringLiteral("--actor"), QStringLiteral("office1")});
    CHECK(listed.exitCode == 1); // listed, not yet recorded
    CHECK(listed.out.contains(QStringLiteral("name: '독산3동 의자' → '독산3동 의자(주소 고침)'")));
    const CliRun adopted = runCli({QStringLiteral("adopt"), path, QStringLiteral("--actor"), QStringLiteral("office1"), QStringLiteral("--yes")});
    INFO(adopted.out.toStdString());
    REQUIRE(adopted.exitCode == 0);
    CHECK(adopted.out.contains(QStringLiteral("adopted 4 assets as 4 events by office1")));
    CHECK(runCli({QStringLiteral("verify"), path}).exitCode == 0);

    // tab-1 opens again and syncs: the four events go up as office1's, and the second device pulls them.
    auto reopened = core::AssetStore::open(path);
    REQUIRE(reopened.ok());
    office.tab.store = std::move(*reopened);
    office.tab.store->setIdentity(QStringLiteral("office1"), QStringLiteral("tab-1"));
    office.tab.client = std::make_unique<core::SyncClient>(*office.tab.store, QUrl(office.office.url()));
    REQUIRE(office.tab.client->login(QStringLiteral("office1"), QStringLiteral("correct horse 1")).ok());
    const auto up = office.tab.syncOk();
    CHECK(up.pushedEvents == 4);
    CHECK(up.pending == 0);
    const auto down = second.syncOk();
    CHECK(down.pulledEvents == 4);
    CHECK(down.conflicts == 0);

    const core::AssetStore &b = *second.store;
    CHECK(b.assetCount() == 3);
    REQUIRE(b.assetByCode(QStringLiteral("GC-BENCH-000001")));
    CHECK(b.assetByCode(QStringLiteral("GC-BENCH-000001"))->name == QStringLiteral("독산3동 의자(주소 고침)"));
    REQUIRE(b.asset(moved));
    CHECK(b.asset(moved)->x == Approx(191634.6));
    CHECK(b.asset(moved)->y == Approx(541789.5));
    CHECK_FALSE(b.asset(removed));
    const auto drawn = b.assetByCode(QStringLiteral("GC-BENCH-000004"));
    REQUIRE(drawn);
    CHECK(drawn->name == QStringLiteral("QGIS에서 그린 의자"));
    CHECK(drawn->uuid != QStringLiteral("new"));
    // The same table on both devices, and the history says who made the edits.
    auto mine = office.tab.store->assets();
    REQUIRE(mine.ok());
    for (const core::Asset &a : *mine)
        CHECK(b.asset(a.uuid) == a);
    const auto history = b.events(drawn->uuid);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->front().actor == QStringLiteral("office1"));
    CHECK(history->front().kind == QStringLiteral("asset.created"));
    requireVerified(*office.tab.store);
    requireVerified(b);
    CHECK(test::pgScalar(office.office.store, QStringLiteral("SELECT count(*) FROM assets")) == QStringLiteral("3"));
    // Nothing is left to adopt on either device.
    CHECK(core::OutsideEdits::find(*office.tab.store)->empty());
    CHECK(core::OutsideEdits::find(b)->empty());
}
