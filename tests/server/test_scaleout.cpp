// Two goodcity-server processes over one PostgreSQL database, as behind a load balancer: devices
// reach whichever one answers, and nothing but the database ties the two together.
#include "fielddevice.h"
#include "serverfixture.h"
#include "serverprocess.h"

#include "store/assetstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>

using namespace gc;

namespace {

QStringList eventIds(const core::AssetStore &s)
{
    QStringList ids;
    for (const auto &e : *s.events())
        ids << e.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

// The device now talks to the server at `url` (the balancer sent it elsewhere); its sync state is
// in its inventory, so only the client object changes.
void pointAt(test::FieldDevice &d, const QString &url, const QString &user)
{
    d.client = std::make_unique<core::SyncClient>(*d.store, QUrl(url));
    REQUIRE(d.client->login(user, QStringLiteral("correct horse 1")).ok());
}

// A fresh store (initStoreWithUsers) and two goodcity-server processes over it.
struct TwoServers {
    TwoServers() : url(test::freshPgUrl())
    {
        test::initStoreWithUsers(url);
        for (auto &s : servers)
            s.start(url);
        REQUIRE(servers[0].port != servers[1].port);
    }
    QString url;
    std::array<test::ServerProcess, 2> servers;
};

} // namespace

TEST_CASE("two servers over one PostgreSQL serve the same inventory: devices through either converge", "[server][scaleout]")
{
    TwoServers two;
    const QString &url = two.url;
    auto &servers = two.servers;

    // A session made through one server is good on the other: tokens live in the database.
    const QString token = test::httpLogin(servers[0].url(), QStringLiteral("office1"));
    const auto me = test::httpRequest(servers[1].url(), "GET", QStringLiteral("api/v1/me"), {}, token);
    CHECK(me.status == 200);
    CHECK(QJsonDocument::fromJson(me.body).object().value(QStringLiteral("user")).toString() == QStringLiteral("office1"));
    CHECK(QJsonDocument::fromJson(me.body).object().value(QStringLiteral("store_id"))
          == QJsonDocument::fromJson(test::httpRequest(servers[0].url(), "GET", QStringLiteral("api/v1/health")).body).object().value(QStringLiteral("store_id")));

    QTemporaryDir dir;
    const std::array<QString, 2> users{QStringLiteral("office1"), QStringLiteral("office2")};
    test::FieldDevice tab1(dir.filePath(QStringLiteral("tab-1.gpkg")), servers[0].url(), users[0], QStringLiteral("tab-1"));
    test::FieldDevice tab2(dir.filePath(QStringLiteral("tab-2.gpkg")), servers[1].url(), users[1], QStringLiteral("tab-2"));
    std::array<test::FieldDevice *, 2> tabs{&tab1, &tab2};

    // Rounds alternate the server each device reaches; each round both add a bench.
    QStringList benches;
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < 2; ++i) {
            pointAt(*tabs[i], servers[(round + i) % 2].url(), users[i]);
            benches << tabs[i]->addBench(QStringLiteral("의자 %1-%2").arg(round).arg(i));
            tabs[i]->syncOk();
        }
    }
    tabs[0]->syncOk(); // the first device's last pull, for what the second sent after it
    CHECK(tab1.store->assetCount() == 8);
    CHECK(tab2.store->assetCount() == 8);

    // A photo uploaded through one server is downloaded through the other.
    REQUIRE(tab1.store->attachPhoto(benches.front(), QStringLiteral("after"), test::jpegBytes()).ok());
    pointAt(tab1, servers[0].url(), users[0]);
    CHECK(tab1.syncOk().photosUp == 1);
    pointAt(tab2, servers[1].url(), users[1]);
    CHECK(tab2.syncOk().photosDown == 1);

    // Both rename one bench without seeing the other's edit, each through its own server: the
    // conflict is found once, and both servers list it.
    tab1.rename(benches.front(), QStringLiteral("1번 기기의 이름"));
    tab2.rename(benches.front(), QStringLiteral("2번 기기의 이름"));
    const int conflicts = tab1.syncOk().conflicts + tab2.syncOk().conflicts;
    CHECK(conflicts == 1);
    tab1.syncOk();
    for (const auto &s : servers) {
        const auto list = test::httpRequest(s.url(), "GET", QStringLiteral("api/v1/conflicts"), {}, token);
        REQUIRE(list.status == 200);
        CHECK(QJsonDocument::fromJson(list.body).object().value(QStringLiteral("conflicts")).toArray().size() == 1);
    }

    // Converged: the same log and the same assets on both devices, and each event stored once.
    CHECK(eventIds(*tab1.store) == eventIds(*tab2.store));
    for (const auto &uuid : benches) {
        const auto a = tab1.store->asset(uuid);
        const auto b = tab2.store->asset(uuid);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(*a == *b);
    }
    const QString stored = QString::number(eventIds(*tab1.store).size());
    CHECK(test::pgScalar(url, QStringLiteral("SELECT count(*) FROM events")) == stored);
    CHECK(test::pgScalar(url, QStringLiteral("SELECT count(DISTINCT event_id) FROM events")) == stored);
    CHECK(test::pgScalar(url, QStringLiteral("SELECT count(*) FROM photos")) == QStringLiteral("1"));
}

TEST_CASE("the same batch sent to two servers at once is stored exactly once", "[server][scaleout]")
{
    TwoServers two;
    const QString &url = two.url;
    auto &servers = two.servers;
    const QString token = test::httpLogin(servers[0].url(), QStringLiteral("office1"));

    // A device whose first push timed out resends it through the other server while the first
    // is still writing: both race on the same event ids.
    QJsonArray events;
    for (int i = 0; i < 50; ++i)
        events.append(test::event(QStringLiteral("office1"), QStringLiteral("asset.created"),
                                  {{QStringLiteral("name"), QStringLiteral("의자 %1").arg(i)}, {QStringLiteral("category"), QStringLiteral("bench")}}));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("device"), QStringLiteral("dev-t")}, {QStringLiteral("events"), events}}).toJson();
    QNetworkAccessManager nam;
    std::array<QNetworkReply *, 2> replies{};
    for (int i = 0; i < 2; ++i) {
        QNetworkRequest req(QUrl(servers[i].url()).resolved(QUrl(QStringLiteral("api/v1/events"))));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        replies[i] = nam.post(req, body);
    }
    const QDeadlineTimer bound(60'000); // ends a hung test; it measures nothing
    while (!(replies[0]->isFinished() && replies[1]->isFinished()) && !bound.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    int added = 0, duplicates = 0;
    for (auto *r : replies) {
        REQUIRE(r->isFinished());
        const QByteArray answer = r->readAll();
        INFO(answer.toStdString());
        CHECK(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        const QJsonObject o = QJsonDocument::fromJson(answer).object();
        CHECK(o.value(QStringLiteral("acknowledged")).toArray().size() == 50);
        added += o.value(QStringLiteral("added")).toInt();
        duplicates += o.value(QStringLiteral("duplicates")).toInt();
        delete r;
    }
    CHECK(added == 50);
    CHECK(duplicates == 50);
    CHECK(test::pgScalar(url, QStringLiteral("SELECT count(*) FROM events")) == QStringLiteral("50"));
    CHECK(test::pgScalar(url, QStringLiteral("SELECT count(DISTINCT event_id) FROM events")) == QStringLiteral("50"));
    // The cursor both hand out is the same: one sequence, in the database.
    const auto pull0 = test::httpRequest(servers[0].url(), "GET", QStringLiteral("api/v1/events?after=0&limit=10"), {}, token);
    const auto pull1 = test::httpRequest(servers[1].url(), "GET", QStringLiteral("api/v1/events?after=0&limit=10"), {}, token);
    REQUIRE(pull0.status == 200);
    REQUIRE(pull1.status == 200);
    CHECK(QJsonDocument::fromJson(pull0.body).object().value(QStringLiteral("cursor"))
          == QJsonDocument::fromJson(pull1.body).object().value(QStringLiteral("cursor")));
    CHECK(QJsonDocument::fromJson(pull0.body).object().value(QStringLiteral("events"))
          == QJsonDocument::fromJson(pull1.body).object().value(QStringLiteral("events")));
}
