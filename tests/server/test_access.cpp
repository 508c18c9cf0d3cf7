// Who may do what, and what the server does with hostile input.
#include "serverfixture.h"

#include "credentials.h"
#include "model/eventjson.h"
#include "store/hybridclock.h"
#include "rolepolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;

using test::batch;
using test::event;

TEST_CASE("passwords are stored as argon2id hashes and checked", "[auth]")
{
    auto h = server::Credentials::hashPassword(QStringLiteral("긴 비밀번호 123"));
    REQUIRE(h.ok());
    CHECK(h->startsWith(QStringLiteral("$argon2id$")));
    CHECK(server::Credentials::verifyPassword(*h, QStringLiteral("긴 비밀번호 123")));
    CHECK_FALSE(server::Credentials::verifyPassword(*h, QStringLiteral("긴 비밀번호 124")));
    CHECK_FALSE(server::Credentials::hashPassword(QStringLiteral("short")).ok());
    CHECK(server::Credentials::newToken() != server::Credentials::newToken());
}

TEST_CASE("unauthenticated calls get 401 and out-of-role writes get 403, and both are logged", "[auth]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QByteArray officeBatch = batch({event(QStringLiteral("office1"), QStringLiteral("asset.updated"), {{QStringLiteral("notes"), QStringLiteral("x")}})});

    CHECK(s.request("POST", QStringLiteral("api/v1/events"), officeBatch).status == 401);
    CHECK(s.request("POST", QStringLiteral("api/v1/events"), officeBatch, QStringLiteral("not-a-token")).status == 401);
    CHECK(s.request("GET", QStringLiteral("api/v1/events?after=0")).status == 401);
    CHECK(s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=0&total=3").arg(QString(64, QLatin1Char('a'))), "abc").status == 401);
    CHECK(s.request("POST", QStringLiteral("api/v1/login"), R"({"user":"office1","password":"wrong password"})").status == 401);
    CHECK(*s.store->eventCount() == 0);

    const QString crew = s.login(QStringLiteral("crew1"));
    const QString parks = s.login(QStringLiteral("parks"));
    const QString office = s.login(QStringLiteral("office1"));
    const auto me = s.request("GET", QStringLiteral("api/v1/me"), {}, parks);
    REQUIRE(me.status == 200);
    CHECK(QJsonDocument::fromJson(me.body).object().value(QStringLiteral("department")).toString() == QStringLiteral("공원녹지과"));

    // A crew logs an install and a photo, but may not create assets, verify its own work, or write in another's name.
    const QString mine = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    const qint64 before = *s.store->eventCount();
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("crew1"), QStringLiteral("asset.status"), {{QStringLiteral("status"), QStringLiteral("installed")}}, mine),
                           event(QStringLiteral("crew1"), QStringLiteral("place.proposed"),
                                 {{QStringLiteral("proposal_id"), QStringLiteral("p-1")}, {QStringLiteral("note"), QStringLiteral("새 벤치")}})}),
                    crew).status == 200);
    const qint64 allowed = *s.store->eventCount();
    CHECK(allowed == before + 2);
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("crew1"), QStringLiteral("asset.status"), {{QStringLiteral("status"), QStringLiteral("verified")}})}),
                    crew).status == 403);
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("crew1"), QStringLiteral("asset.created"), {{QStringLiteral("name"), QStringLiteral("x")}})}), crew)
              .status == 403);
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("office1"), QStringLiteral("asset.status"), {{QStringLiteral("status"), QStringLiteral("installed")}})}),
                    crew).status == 403);
    // One refused event refuses the whole batch: nothing of it is stored.
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("crew1"), QStringLiteral("photo.added"), {{QStringLiteral("sha256"), QString(64, QLatin1Char('b'))}}),
                           event(QStringLiteral("crew1"), QStringLiteral("asset.updated"), {{QStringLiteral("name"), QStringLiteral("x")}})}),
                    crew).status == 403);
    // A department writes its own survey sheet only, while the office has the survey open.
    const QString survey = QStringLiteral("s-1");
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("parks"), QStringLiteral("survey.rows_saved"),
                                 {{QStringLiteral("survey_id"), survey}, {QStringLiteral("department"), QStringLiteral("공원녹지과")}})}),
                    parks).status == 403);
    REQUIRE(s.request("POST", QStringLiteral("api/v1/events"),
                      batch({event(QStringLiteral("office1"), QStringLiteral("survey.opened"), {{QStringLiteral("survey_id"), survey}})}), office)
                .status == 200);
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("parks"), QStringLiteral("survey.rows_saved"),
                                 {{QStringLiteral("survey_id"), survey}, {QStringLiteral("department"), QStringLiteral("공원녹지과")}})}),
                    parks).status == 200);
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("parks"), QStringLiteral("survey.rows_saved"), {{QStringLiteral("survey_id"), QStringLiteral("s-1")}, {QStringLiteral("department"), QStringLiteral("교통행정과")}})}),
                    parks).status == 403);
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("parks"), QStringLiteral("survey.reviewed"), {{QStringLiteral("survey_id"), QStringLiteral("s-1")}, {QStringLiteral("department"), QStringLiteral("공원녹지과")}, {QStringLiteral("decision"), QStringLiteral("approved")}})}),
                    parks).status == 403);
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("parks"), QStringLiteral("asset.updated"), {{QStringLiteral("notes"), QStringLiteral("x")}})}), parks)
              .status == 403);
    // The office writes everything, in anyone's name (backfilled history), along the transition table
    // (the outside pass of 8 December 2026: a status for no asset, or no move of the table, is refused).
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("crew1"), QStringLiteral("asset.status"),
                                 {{QStringLiteral("status"), QStringLiteral("assigned")}, {QStringLiteral("assignee"), QStringLiteral("crew1")}}, mine)}),
                    office).status == 200);
    CHECK(*s.store->eventCount() == allowed + 3);
    // 5 unauthenticated + 8 out of role, each with a line in the store (written in batches).
    REQUIRE(s.api->flushRefusals().ok());
    CHECK(*s.store->refusalCount() == 13);
}

TEST_CASE("an expired token is refused", "[auth]")
{
    test::LocalServer s(Kind::GeoPackage);
    QDateTime now = QDateTime::currentDateTimeUtc();
    server::ApiService api(*s.store, {}, server::RolePolicy{}, [&] { return now; });
    server::ApiRequest login{"POST", QStringLiteral("/api/v1/login"), {}, R"({"user":"office1","password":"correct horse 1"})", {}, {}};
    const auto r = api.handle(login);
    REQUIRE(r.status == 200);
    const QByteArray token = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("token")).toString().toLatin1();
    server::ApiRequest me{"GET", QStringLiteral("/api/v1/me"), {}, {}, "Bearer " + token, {}};
    CHECK(api.handle(me).status == 200);
    now = now.addSecs(server::CredentialPolicy{}.tokenLifetimeSecs + 1);
    CHECK(api.handle(me).status == 401);
}

TEST_CASE("SQL injection and path traversal attempts fail safely", "[security]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    // Logging in with SQL in the user name or password finds no one.
    CHECK(s.request("POST", QStringLiteral("api/v1/login"), R"({"user":"office1' --","password":"x"})").status == 401);
    CHECK(s.request("POST", QStringLiteral("api/v1/login"), R"({"user":"' OR '1'='1","password":"' OR '1'='1"})").status == 401);
    const QString office = s.login(QStringLiteral("office1"));
    // An event id that is SQL is not an id.
    QJsonObject e = event(QStringLiteral("office1"), QStringLiteral("asset.updated"), {{QStringLiteral("notes"), QStringLiteral("x")}});
    e.insert(QStringLiteral("id"), QStringLiteral("1'); DROP TABLE events; --"));
    CHECK(s.request("POST", QStringLiteral("api/v1/events"), batch({e}), office).status == 400);
    CHECK(s.request("GET", QStringLiteral("api/v1/events?after=0;DROP%20TABLE%20events"), {}, office).status == 400);
    // SQL in a payload is kept as text.
    const QString evil = QStringLiteral("'); DELETE FROM users; --");
    CHECK(s.request("POST", QStringLiteral("api/v1/events"),
                    batch({event(QStringLiteral("office1"), QStringLiteral("asset.updated"), {{QStringLiteral("notes"), evil}})}), office)
              .status == 200);
    const auto pulled = s.request("GET", QStringLiteral("api/v1/events?after=0"), {}, office);
    REQUIRE(pulled.status == 200);
    CHECK(QJsonDocument::fromJson(pulled.body).object().value(QStringLiteral("events")).toArray()[0].toObject()
              .value(QStringLiteral("payload")).toObject().value(QStringLiteral("notes")).toString() == evil);
    CHECK(s.login(QStringLiteral("crew1")).size() > 20); // users are all still there

    // Paths that climb out of the photo folder are refused before any file is touched.
    const QByteArray auth = "Authorization: Bearer " + office.toLatin1() + "\r\n";
    for (const QByteArray &path : {QByteArray("/api/v1/photos/../../../../etc/passwd"), QByteArray("/api/v1/photos/..%2F..%2F..%2Fetc%2Fpasswd"),
                                  QByteArray("/api/v1/photos/%2e%2e/%2e%2e/etc/passwd"), QByteArray("/api/v1/../../etc/passwd"),
                                  QByteArray("/api/v1/photos/") + QByteArray(64, 'a') + "%00.jpg"}) {
        INFO(path.toStdString());
        const auto r = s.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n");
        CHECK(r.status >= 400);
        CHECK(r.status < 500);
        CHECK_FALSE(r.body.contains("root:"));
    }
    const auto put = s.raw("PUT /api/v1/photos/..%2F..%2Fevil?offset=0&total=4 HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth +
                           "Content-Length: 4\r\n\r\nevil");
    CHECK(put.status >= 400);
    CHECK(put.status < 500);
    CHECK_FALSE(QFile::exists(s.dir.filePath(QStringLiteral("evil"))));
    CHECK(*s.store->eventCount() == 1);
}
