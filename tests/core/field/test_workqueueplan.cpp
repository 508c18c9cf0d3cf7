// The plan SQLite picks for a crew's "my work": the "returned first" look-up must find an asset's newest
// status through the asset's own events (index asset_events_asset). With the kind index it read every
// status event of the file for every asset, and a crew's start on the demo took 6–10 s (7 December 2026).
#include "field/workqueue.h"
#include "inventoryfixture.h"
#include "store/sqlitedb.h"
#include "store/statement.h"
#include "store/storeaccess.h"

#include <catch2/catch.hpp>

using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

// EXPLAIN QUERY PLAN's detail lines for the query `q` runs, one string.
QString planOf(const SqliteDb &db, const WorkQuery &q)
{
    auto st = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + WorkQueue::fetchSql(q));
    REQUIRE(st.ok());
    st->bind(1, q.crew).bind(3, 0.0).bind(4, 0.0).bind(5, qint64(40)).bind(6, qint64(0));
    for (int i = 0; i < q.statuses.size(); ++i)
        st->bind(10 + i, q.statuses[i]);
    QStringList lines;
    while (st->step())
        lines << st->toText(3);
    REQUIRE_FALSE(st->failed());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("field: my work's returned-first look-up reads one asset's events through its index, not every status event", "[field][queue][plan]")
{
    InventoryFixture fx;
    const SqliteDb &db = StoreAccess::db(*fx.store);
    for (bool nearest : {false, true}) {
        WorkQuery q{.crew = QStringLiteral("현장1팀"), .statuses = {QStringLiteral("assigned")}, .returnedFirst = true};
        if (nearest)
            q.from = QPointF(0, 0);
        const QString plan = planOf(db, q);
        INFO("plan:\n" << plan.toStdString());
        CHECK(plan.contains(QStringLiteral("asset_events_asset")));
        CHECK_FALSE(plan.contains(QStringLiteral("asset_events_kind")));
        CHECK_FALSE(plan.contains(QStringLiteral("SCAN e")));
    }
}
