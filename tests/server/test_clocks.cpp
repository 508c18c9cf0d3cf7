// W2.2 "Clocks": one wrong clock (a tablet set two years ahead, or a crafted push) must neither win
// every later edit of an asset nor stop anyone's sync. The real goodcity-server, over HTTP on
// loopback, against both stores.
#include "fielddevice.h"
#include "serverfixture.h"
#include "serverprocess.h"

#include "model/eventjson.h"
#include "store/hybridclock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

constexpr qint64 kTwoYearsMs = 2LL * 365 * 24 * 3600 * 1000;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
QString day(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")); }

// Every event the server holds, read as the office reads them.
std::vector<core::Event> officeLog(const QString &url)
{
    const QString token = test::httpLogin(url, QStringLiteral("office1"));
    const auto r = test::httpRequest(url, "GET", QStringLiteral("api/v1/events?after=0&limit=5000"), {}, token);
    REQUIRE(r.status == 200);
    std::vector<core::Event> out;
    for (const auto &v : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("events")).toArray()) {
        auto e = core::eventjson::fromJson(v.toObject());
        REQUIRE(e.ok());
        out.push_back(*e);
    }
    return out;
}

bool withinTolerance(const QString &stamp) { return core::HybridClock::millisOf(stamp) <= nowMs() + core::ClockTolerance{}.maxAheadMs; }

} // namespace

TEST_CASE("a device with a clock two years ahead neither wins conflicts nor stops anyone else's sync", "[sync][clock]")
{
    test::BenchOffice fx(GENERATE(Kind::Postgres, Kind::GeoPackage));
    auto &good = fx.tab;
    const QString uuid = fx.uuid;
    test::FieldDevice fast = fx.another(QStringLiteral("office2"), QStringLiteral("tab-fast"));
    fast.syncOk();
    REQUIRE(fast.store->asset(uuid));

    // tab-fast's clock is set two years ahead: its edit carries that clock's stamp.
    core::HybridClock wrong(QStringLiteral("tab-fast"), [] { return nowMs() + kTwoYearsMs; });
    const core::Event ahead = test::renameEvent(uuid, QStringLiteral("2년 뒤의 이름"), wrong.now(), QStringLiteral("tab-fast"), QStringLiteral("office2"));
    REQUIRE(*fast.store->merge({ahead}) == 1);
    // Later, on a right clock, the office renames the same bench.
    good.rename(uuid, QStringLiteral("고친 이름"));
    good.syncOk();

    // tab-fast is told to set its clock, by name and with its clock; its pull still ran.
    const auto refused = fast.client->syncOnce();
    CHECK_FALSE(refused.ok());
    if (!refused.ok()) {
        CHECK(refused.error().code == QStringLiteral("clock_ahead"));
        CHECK(refused.error().message().contains(QStringLiteral("tab-fast")));
        CHECK(refused.error().message().contains(day(core::HybridClock::millisOf(ahead.hlc))));
        CHECK(refused.error().message().contains(QStringLiteral("set that device's date and time")));
        CHECK(core::SyncClient::state(*fast.store).lastError == refused.error().message());
    }
    const auto heardOf = fast.store->events(uuid);
    REQUIRE(heardOf.ok());
    CHECK(std::any_of(heardOf->begin(), heardOf->end(),
                      [](const core::Event &e) { return e.payload.value(QStringLiteral("name")).toString() == QStringLiteral("고친 이름"); }));

    // The office's edit stands on the server and on the other device; the fast stamp is nowhere.
    for (const auto &e : officeLog(fx.office.url())) {
        CHECK(e.id != ahead.id);
        CHECK(withinTolerance(e.hlc));
    }
    auto round = good.syncOk();
    CHECK(round.conflicts == 0);
    CHECK(good.store->asset(uuid)->name == QStringLiteral("고친 이름"));
    // Everyone else keeps syncing, with stamps on the right clock.
    CHECK(withinTolerance(good.rename(uuid, QStringLiteral("다시 고친 이름"))));
    CHECK(good.syncOk().pushedEvents == 1);
}

TEST_CASE("a crafted far-future push is refused and other devices keep syncing", "[sync][clock]")
{
    test::BenchOffice fx(GENERATE(Kind::Postgres, Kind::GeoPackage));
    auto &good = fx.tab;
    const QString uuid = fx.uuid;
    const QString url = fx.office.url();

    // The largest stamp the format allows (once adopted, the next stamp's counter would overflow) and
    // one from two years ahead.
    const QString token = test::httpLogin(url, QStringLiteral("office2"));
    for (const QString &stamp : {QStringLiteral("999999999999999-999999999-evil"),
                                 core::HybridClock::format(nowMs() + kTwoYearsMs, 0, QStringLiteral("evil"))}) {
        const auto e = test::renameEvent(uuid, QStringLiteral("영원히 이기는 이름"), stamp, QStringLiteral("evil"), QStringLiteral("office2"));
        const auto r = test::httpRequest(url, "POST", QStringLiteral("api/v1/events"), test::pushBody(e, 0), token);
        INFO(r.body.toStdString());
        CHECK(r.status == 400);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        CHECK(o.value(QStringLiteral("error")).toString() == QStringLiteral("clock_ahead"));
        CHECK(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("'evil'")));
        CHECK(o.value(QStringLiteral("message")).toString().contains(QStringLiteral("시계")));
    }
    for (const auto &e : officeLog(url))
        CHECK(withinTolerance(e.hlc));

    // Other devices push and pull as before, and their clocks stay right.
    test::FieldDevice other = fx.another(QStringLiteral("office2"), QStringLiteral("tab-2"));
    other.syncOk();
    REQUIRE(other.store->asset(uuid));
    CHECK(withinTolerance(other.rename(uuid, QStringLiteral("제대로 고친 이름"))));
    CHECK(other.syncOk().pushedEvents == 1);
    CHECK(withinTolerance(good.rename(uuid, QStringLiteral("사무실 이름"))));
    good.syncOk();
    other.syncOk();
    CHECK(other.store->asset(uuid)->name == QStringLiteral("사무실 이름"));
}

TEST_CASE("a client receiving a far-future event does not adopt it", "[sync][clock]")
{
    test::BenchOffice fx(GENERATE(Kind::Postgres, Kind::GeoPackage));
    const QString uuid = fx.uuid;
    auto &office = fx.office;

    // A server from before the check took an edit stamped two years ahead: write it into the store
    // while the server is down, as that server would have.
    office.server.stop();
    const core::Event future = test::renameEvent(uuid, QStringLiteral("미래의 이름"), core::HybridClock::format(nowMs() + kTwoYearsMs, 0, QStringLiteral("tab-2099")),
                                      QStringLiteral("tab-2099"), QStringLiteral("office1"));
    {
        auto store = server::SyncStore::open(office.store);
        REQUIRE(store.ok());
        REQUIRE((*store)->push({future}, 0).ok());
    }
    office.server.start(office.store);

    test::FieldDevice fresh = fx.another(QStringLiteral("office2"), QStringLiteral("tab-2"));
    const auto got = fresh.client->syncOnce();
    // The rest arrived; the far-future edit did not, and the device's clock stays its own.
    REQUIRE(fresh.store->asset(uuid));
    CHECK(fresh.store->asset(uuid)->name == QStringLiteral("독산3동 의자"));
    const QString stamp = fresh.rename(uuid, QStringLiteral("오늘 고친 이름"));
    CHECK(withinTolerance(stamp));
    // The round said which device's clock it did not take, and which change.
    CHECK_FALSE(got.ok());
    if (!got.ok()) {
        CHECK(got.error().code == QStringLiteral("clock_ahead"));
        CHECK(got.error().message().contains(QStringLiteral("tab-2099")));
        CHECK(got.error().message().contains(future.id));
    }
    // Its next round sends that edit and has nothing more to report.
    CHECK(fresh.syncOk().pushedEvents == 1);
}
