// Attacks on the role rules, each through the server's HTTP API on both stores (W2.2): the whole
// payload of a write is judged on the server, and reads carry only what the role has a use for.
#include "serverfixture.h"

#include "credentials.h"
#include "model/eventjson.h"
#include "photofiles/photostore.h"
#include "store/assetstore.h"
#include "store/surveyreducer.h"
#include "sync/syncclient.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;
using test::batch;
using test::event;

namespace {

void addUser(test::LocalServer &s, const QString &name, server::Role role, const QString &department)
{
    const auto hash = server::Credentials::hashPassword(QStringLiteral("correct horse 1"));
    REQUIRE(hash.ok());
    REQUIRE(s.store->addUser(server::User{name, role, department, *hash}).ok());
}

int push(test::LocalServer &s, const QString &token, std::initializer_list<QJsonObject> events)
{
    const auto r = s.request("POST", QStringLiteral("api/v1/events"), batch(events), token);
    INFO(r.body.toStdString());
    return r.status;
}

QJsonObject status(core::AssetStatus to, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("status"), core::toString(to));
    return extra;
}

QJsonObject sheet(const QString &department, const QStringList &rowIds)
{
    QJsonArray rows;
    for (const auto &id : rowIds)
        rows.append(QJsonObject{{QStringLiteral("row_id"), id}, {QStringLiteral("category"), QStringLiteral("bench")}, {QStringLiteral("needed"), true}});
    return {{QStringLiteral("survey_id"), QStringLiteral("s-2024")}, {QStringLiteral("department"), department}, {QStringLiteral("rows"), rows}};
}

} // namespace

TEST_CASE("a crew cannot take over, reschedule or reopen work through a status event", "[auth][roles]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew = s.login(QStringLiteral("crew1"));
    const QString c1 = QStringLiteral("crew1");
    const QString st = QStringLiteral("asset.status");
    const QString mine = s.addAsset(office, QStringLiteral("공원녹지과"), c1);
    const QString theirs = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("현장2팀"));
    const QString unassigned = s.addAsset(office, QStringLiteral("공원녹지과"));
    const QString verified = s.addAsset(office, QStringLiteral("공원녹지과"), c1);
    // The office verifies along the transition table, with an after photo filed (the outside pass of 8 December 2026).
    REQUIRE(push(s, office, {event(c1, st, status(core::AssetStatus::Installed), verified),
                             event(QStringLiteral("office1"), QStringLiteral("photo.added"),
                                   {{QStringLiteral("sha256"), QString(64, QLatin1Char('e'))}, {QStringLiteral("role"), QStringLiteral("after")}}, verified),
                             event(QStringLiteral("office1"), st, status(core::AssetStatus::Verified), verified)}) == 200);
    const qint64 events = *s.store->eventCount();

    // Another crew's asset, an asset no one was given, and one the server has never heard of.
    CHECK(push(s, crew, {event(c1, st, status(core::AssetStatus::Installed), theirs)}) == 403);
    CHECK(push(s, crew, {event(c1, st, status(core::AssetStatus::NeedsAttention, {{QStringLiteral("reason"), QStringLiteral("x")}}), unassigned)}) == 403);
    CHECK(push(s, crew, {event(c1, st, status(core::AssetStatus::Installed))}) == 403);
    // Its own asset, but the install also moves the deadline or hands the asset to another crew.
    CHECK(push(s, crew, {event(c1, st, status(core::AssetStatus::Installed, {{QStringLiteral("due_date"), QStringLiteral("2030-01-01")}}), mine)}) == 403);
    CHECK(push(s, crew, {event(c1, st, status(core::AssetStatus::Installed, {{QStringLiteral("assignee"), QStringLiteral("현장2팀")}}), mine)}) == 403);
    CHECK(push(s, crew, {event(c1, st, status(core::AssetStatus::Installed, {{QStringLiteral("mark_count"), 5000}}), mine)}) == 403);
    CHECK(push(s, crew, {event(c1, st, status(core::AssetStatus::Installed, {{QStringLiteral("method"), QStringLiteral("graffiti")}}), mine)}) == 403);
    // Verified work reopened as "installed": the transition table says no, on the server too.
    CHECK(push(s, crew, {event(c1, st, status(core::AssetStatus::Installed), verified)}) == 403);
    CHECK(*s.store->eventCount() == events);

    // The crew's real work goes through, a re-sent batch is acknowledged again, a second install is not.
    const QByteArray install = batch({event(c1, st, status(core::AssetStatus::Installed, {{QStringLiteral("method"), QStringLiteral("plate")},
                                                                                          {QStringLiteral("mark_count"), 2}}), mine)});
    CHECK(s.request("POST", QStringLiteral("api/v1/events"), install, crew).status == 200);
    CHECK(s.request("POST", QStringLiteral("api/v1/events"), install, crew).status == 200);
    CHECK(push(s, crew, {event(c1, st, status(core::AssetStatus::Installed), mine)}) == 403);
    CHECK(*s.store->eventCount() == events + 1);
    const auto a = s.store->asset(mine);
    REQUIRE(a.ok());
    REQUIRE(a->has_value());
    CHECK((*a)->status == core::toString(core::AssetStatus::Installed));
    CHECK((*a)->assignee == c1);
    CHECK((*a)->markCount == 2);
    const auto t = s.store->asset(theirs);
    REQUIRE(t.ok());
    CHECK((*t)->status == core::toString(core::AssetStatus::Assigned));
}

TEST_CASE("a department cannot file survey rows under another department or take over its rows", "[auth][roles][survey]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    addUser(s, QStringLiteral("traffic"), server::Role::Department, QStringLiteral("교통행정과"));
    const QString office = s.login(QStringLiteral("office1"));
    const QString parks = s.login(QStringLiteral("parks"));
    const QString traffic = s.login(QStringLiteral("traffic"));
    const QString saved = QStringLiteral("survey.rows_saved");
    const QString parksBench = s.addAsset(office, QStringLiteral("공원녹지과"));
    REQUIRE(push(s, office, {event(QStringLiteral("office1"), QStringLiteral("survey.opened"), {{QStringLiteral("survey_id"), QStringLiteral("s-2024")}})}) == 200);

    // Naming one of its own assets does not make another department's sheet its own.
    CHECK(push(s, parks, {event(QStringLiteral("parks"), saved, sheet(QStringLiteral("교통행정과"), {QStringLiteral("r-9")}), parksBench)}) == 403);

    // Row ids are global: a sheet that names another department's row does not move it.
    REQUIRE(push(s, traffic, {event(QStringLiteral("traffic"), saved, sheet(QStringLiteral("교통행정과"), {QStringLiteral("r-1")}))}) == 200);
    REQUIRE(push(s, parks, {event(QStringLiteral("parks"), saved, sheet(QStringLiteral("공원녹지과"), {QStringLiteral("r-1"), QStringLiteral("r-2")}))}) == 200);
    core::SurveyBook book;
    for (const auto &o : s.pullAll(office)) {
        auto e = core::eventjson::fromJson(o);
        REQUIRE(e.ok());
        core::surveyreducer::apply(book, *e);
    }
    REQUIRE(book.rows.count(QStringLiteral("r-1")) == 1);
    CHECK(book.rows.at(QStringLiteral("r-1")).department == QStringLiteral("교통행정과"));
    REQUIRE(book.rows.count(QStringLiteral("r-2")) == 1);
    CHECK(book.rows.at(QStringLiteral("r-2")).department == QStringLiteral("공원녹지과"));
    CHECK(book.rows.count(QStringLiteral("r-9")) == 0);
}

TEST_CASE("a photo named ../../etc/hostname is refused and does not stop a client's sync", "[auth][roles][photo]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    addUser(s, QStringLiteral("crew2"), server::Role::Crew, QStringLiteral("현장2팀"));
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew = s.login(QStringLiteral("crew1"));
    const QString crew2 = s.login(QStringLiteral("crew2"));
    const QString added = QStringLiteral("photo.added");
    const QString evil = QStringLiteral("../../etc/hostname");
    const QJsonObject crafted{{QStringLiteral("photo_id"), QStringLiteral("p-evil")}, {QStringLiteral("sha256"), evil}};
    // Not a SHA-256: the event kind table refuses it for every role (W3.5), before any role rule.
    CHECK(push(s, crew, {event(QStringLiteral("crew1"), added, crafted)}) == 400);
    CHECK(push(s, office, {event(QStringLiteral("office1"), added, crafted)}) == 400);
    CHECK(push(s, crew, {event(QStringLiteral("crew1"), added, {{QStringLiteral("sha256"), QString(64, QLatin1Char('A'))}})}) == 400);

    // A photo id another crew added is not replaced by one that names the same id.
    // Each crew files photos of an asset assigned to it (attack pass F4).
    const QString sha1 = QString(64, QLatin1Char('1')), sha2 = QString(64, QLatin1Char('2'));
    const QString work1 = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    const QString work2 = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("현장2팀")); // crew2 is 현장2팀
    REQUIRE(push(s, crew, {event(QStringLiteral("crew1"), added, {{QStringLiteral("photo_id"), QStringLiteral("p-1")}, {QStringLiteral("sha256"), sha1}}, work1)}) == 200);
    CHECK(push(s, crew2, {event(QStringLiteral("crew2"), added, {{QStringLiteral("photo_id"), QStringLiteral("p-1")}, {QStringLiteral("sha256"), sha2}}, work2)}) == 403);

    // A crafted name that reached the log anyway (an older server): clients skip it and keep syncing.
    const QJsonObject oldJson = event(QStringLiteral("crew1"), added, crafted);
    const core::Event old{oldJson.value(QStringLiteral("id")).toString(), oldJson.value(QStringLiteral("hlc")).toString(),
                          oldJson.value(QStringLiteral("time")).toString(), QStringLiteral("crew1"), oldJson.value(QStringLiteral("device")).toString(),
                          added, oldJson.value(QStringLiteral("asset_uuid")).toString(), crafted};
    REQUIRE(s.store->push({old}, 0).ok());
    QTemporaryDir dir;
    auto replica = core::AssetStore::create(dir.filePath(QStringLiteral("tablet.gpkg")));
    REQUIRE(replica.ok());
    (*replica)->setIdentity(QStringLiteral("crew1"), QStringLiteral("tablet-1"));
    CHECK(core::PhotoStore((*replica)->photoDir()).pathFor(evil).isEmpty());
    REQUIRE(QDir().mkpath((*replica)->photoDir())); // a tablet that has taken photos: ../ climbs out of a real folder
    core::SyncClient client(**replica, QUrl(s.url()));
    REQUIRE(client.login(QStringLiteral("crew1"), QStringLiteral("correct horse 1")).ok());
    for (int round = 0; round < 2; ++round) { // pull the row, then push photos with it in the table
        auto r = client.syncOnce();
        INFO((r ? QString() : r.error().message()).toStdString());
        CHECK(r.ok());
    }
}

TEST_CASE("crews and departments do not read PIN hashes, other departments' surveys or others' assets", "[auth][roles][read]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew = s.login(QStringLiteral("crew1"));
    const QString parks = s.login(QStringLiteral("parks"));
    const QString pinHash = QStringLiteral("pbkdf2-sha256$120000$00112233445566778899aabbccddeeff$") + QString(64, QLatin1Char('c'));
    const QString parksBench = s.addAsset(office, QStringLiteral("공원녹지과"));
    const QString trafficSign = s.addAsset(office, QStringLiteral("교통행정과"));
    REQUIRE(push(s, office, {event(QStringLiteral("office1"), QStringLiteral("user.added"),
                                   {{QStringLiteral("user_id"), QStringLiteral("u-1")}, {QStringLiteral("name"), QStringLiteral("김현장")},
                                    {QStringLiteral("crew"), QStringLiteral("현장1팀")}, {QStringLiteral("pin_hash"), pinHash}}, QString()),
                             event(QStringLiteral("office1"), QStringLiteral("survey.rows_saved"), sheet(QStringLiteral("교통행정과"), {QStringLiteral("t-1")})),
                             event(QStringLiteral("office1"), QStringLiteral("survey.rows_saved"), sheet(QStringLiteral("공원녹지과"), {QStringLiteral("p-1")}))}) == 200);
    auto text = [](const std::vector<QJsonObject> &events) {
        QByteArray all;
        for (const auto &e : events)
            all += QJsonDocument(e).toJson(QJsonDocument::Compact);
        return all;
    };
    auto kinds = [](const std::vector<QJsonObject> &events, const char *prefix) {
        int n = 0;
        for (const auto &e : events)
            n += e.value(QStringLiteral("kind")).toString().startsWith(QLatin1String(prefix)) ? 1 : 0;
        return n;
    };

    const auto all = s.pullAll(office);
    CHECK(text(all).contains(pinHash.toUtf8()));
    CHECK(kinds(all, "survey.") == 2);

    const auto field = s.pullAll(crew);
    CHECK_FALSE(text(field).contains(pinHash.toUtf8()));
    CHECK(kinds(field, "user.") == 1); // the crew list stays, without the hash
    CHECK(kinds(field, "survey.") == 0);
    CHECK(text(field).contains(trafficSign.toUtf8()));

    const auto dept = s.pullAll(parks);
    CHECK_FALSE(text(dept).contains(pinHash.toUtf8()));
    CHECK(kinds(dept, "user.") == 0);
    CHECK(kinds(dept, "survey.") == 1);
    CHECK(text(dept).contains("p-1"));
    CHECK_FALSE(text(dept).contains("t-1"));
    CHECK(text(dept).contains(parksBench.toUtf8()));
    CHECK_FALSE(text(dept).contains(trafficSign.toUtf8()));
}

TEST_CASE("a crew claims another crew's photo by filing photo.added under an asset not assigned to it", "[auth][roles][photo]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew = s.login(QStringLiteral("crew1"));
    const QString c1 = QStringLiteral("crew1");
    const QString mine = s.addAsset(office, QStringLiteral("공원녹지과"), c1);
    const QString theirs = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("현장2팀"));
    const QJsonObject photo{{QStringLiteral("sha256"), QString(64, QLatin1Char('c'))}};
    const QString added = QStringLiteral("photo.added");
    // Another crew's asset, and an asset the server has never heard of: refused, so no read follows.
    CHECK(push(s, crew, {event(c1, added, photo, theirs)}) == 403);
    CHECK(push(s, crew, {event(c1, added, photo, QUuid::createUuid().toString(QUuid::WithoutBraces))}) == 403);
    CHECK(push(s, crew, {event(c1, added, photo)}) == 403);
    // Its own work goes through.
    CHECK(push(s, crew, {event(c1, added, photo, mine)}) == 200);
}
