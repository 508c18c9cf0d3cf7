// What a stranger's requests may cost the server and its users, second round: the refusal log stays
// bounded, and a password guesser locks out the guesser, not the name's owner. Both stores, through
// the real HTTP front end on loopback.
#include "serverfixture.h"

#include "credentials.h"
#include "requestguard.h"
#include "../core/support/hostilephotos.h"
#include "photofiles/photostore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

const QHostAddress kGuesser(QStringLiteral("127.0.0.2"));
const QHostAddress kElsewhere(QStringLiteral("127.0.0.3"));

QByteArray rawLogin(const QString &user, const QString &password)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}}).toJson(QJsonDocument::Compact);
    return "POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

TEST_CASE("8,000 anonymous 401s leave at most the refusal log's bound of rows", "[security][limits]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const qint64 keep = server::RefusalLogPolicy{}.keepRows;
    const int flood = 8000;
    REQUIRE(keep < flood);
    int refused = 0;
    for (int i = 0; i < flood; ++i)
        refused += s.raw("GET /api/v1/me HTTP/1.1\r\nHost: x\r\n\r\n", kGuesser).status == 401 ? 1 : 0;
    CHECK(refused == flood);
    REQUIRE(s.api->flushRefusals().ok());
    const qint64 rows = *s.store->refusalCount();
    CHECK(rows <= keep);
    CHECK(rows > keep / 2); // the newest stay on record
    // The newest is the last one made.
    REQUIRE(s.request("GET", QStringLiteral("api/v1/conflicts"), {}, s.login(QStringLiteral("crew1"))).status == 403);
    REQUIRE(s.api->flushRefusals().ok());
    CHECK(*s.store->refusalCount() <= keep);
    if (kind == Kind::Postgres)
        CHECK(test::pgScalar(s.storeArg, QStringLiteral("SELECT path FROM refusals ORDER BY id DESC LIMIT 1")) == QStringLiteral("/api/v1/conflicts"));
}

TEST_CASE("five wrong passwords from one address rest that address — a guesser with many addresses cannot lock the owner out of its own", "[security][auth]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    server::ApiLimits limits;
    limits.throttle.maxFailuresPerUser = 8; // the global ceiling, lower than the default 50: fewer argon2id checks, same rule
    test::LocalServer s(kind, limits);
    const server::ThrottlePolicy policy = limits.throttle;
    for (int i = 0; i < policy.maxFailuresPerUserAddress; ++i)
        REQUIRE(s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("guess %1").arg(i)), kGuesser).status == 401);
    // The guesser rests, even with the right password; the owner, from its own address, gets in.
    CHECK(s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("correct horse 1")), kGuesser).status == 429);
    CHECK(s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("correct horse 1"))).status == 200);

    // A guesser with many addresses meets the name's global ceiling: the owner, at the address it
    // logged in from before, still gets in (the attack: 12 addresses locked a user out); from an
    // address it never used, it waits like the guesser.
    for (int i = policy.maxFailuresPerUserAddress; i < policy.maxFailuresPerUser; ++i)
        REQUIRE(s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("guess %1").arg(i)),
                      QHostAddress(QStringLiteral("127.0.1.%1").arg(i / policy.maxFailuresPerUserAddress))).status == 401);
    CHECK(s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("correct horse 1"))).status == 200);
    CHECK(s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("correct horse 1")), kElsewhere).status == 429);

    // `user passwd` lets the owner in at once, with the new password.
    const auto hash = server::Credentials::hashPassword(QStringLiteral("a new horse 2"));
    REQUIRE(hash.ok());
    REQUIRE(*s.store->setPassword(QStringLiteral("office1"), *hash));
    CHECK(s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("a new horse 2"))).status == 200);
}

TEST_CASE("an admin unlocks a locked-out login at once, and no one else can", "[security][auth]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    server::ApiLimits limits;
    limits.throttle.maxFailuresPerUser = 6;
    test::LocalServer s(kind, limits);
    const auto hash = server::Credentials::hashPassword(QStringLiteral("correct horse 1"));
    REQUIRE(hash.ok());
    REQUIRE(s.store->addUser(server::User{QStringLiteral("admin"), server::Role::Admin, {}, *hash}).ok());
    const QString admin = s.login(QStringLiteral("admin"));
    const QString office = s.login(QStringLiteral("office1"));
    for (int i = 0; i < limits.throttle.maxFailuresPerUser; ++i)
        REQUIRE(s.raw(rawLogin(QStringLiteral("crew1"), QStringLiteral("guess %1").arg(i)), i < 3 ? kGuesser : kElsewhere).status == 401);
    REQUIRE(s.raw(rawLogin(QStringLiteral("crew1"), QStringLiteral("correct horse 1"))).status == 429);
    const QByteArray body = R"({"user":"crew1"})";
    CHECK(s.request("POST", QStringLiteral("api/v1/unlock"), body, office).status == 403);
    CHECK(s.raw(rawLogin(QStringLiteral("crew1"), QStringLiteral("correct horse 1"))).status == 429);
    const auto unlocked = s.request("POST", QStringLiteral("api/v1/unlock"), body, admin);
    CHECK(unlocked.status == 200);
    CHECK(s.raw(rawLogin(QStringLiteral("crew1"), QStringLiteral("correct horse 1"))).status == 200);
}

TEST_CASE("attack: a pull page ends at its byte budget and says more follows, so a device still gets every event", "[security][bounds]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    server::ApiLimits limits;
    limits.maxPullPayloadBytes = 400; // an asset's creation is a few hundred bytes: a page holds one or two
    test::LocalServer s(kind, limits);
    const QString office = s.login(QStringLiteral("office1"));
    for (int i = 0; i < 6; ++i)
        s.addAsset(office, QStringLiteral("도시디자인과"));
    const auto first = s.request("GET", QStringLiteral("api/v1/events?after=0&limit=5000"), {}, office);
    REQUIRE(first.status == 200);
    const QJsonObject page = QJsonDocument::fromJson(first.body).object();
    const auto events = page.value(QStringLiteral("events")).toArray();
    CHECK(events.size() >= 1);
    CHECK(events.size() < 6);
    CHECK(page.value(QStringLiteral("more")).toBool());
    // A device that follows `more` gets all six, each once.
    QSet<QString> ids;
    for (const auto &e : s.pullAll(office))
        ids.insert(e.value(QStringLiteral("id")).toString());
    CHECK(ids.size() == int(*s.store->eventCount()));
    CHECK(ids.size() >= 6);
}

TEST_CASE("attack: a progressive JPEG of thousands of repeated scans is refused at upload, so no decode ever runs on it", "[security][photo]")
{
    // An attack pass: a 2.5 MB JPEG repeating one tiny scan 20,000 times kept both cores busy for more
    // than ten minutes in the photo judge and its renditions, and the server stopped answering.
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString crew = s.login(QStringLiteral("crew1"));
    const QByteArray bomb = gc::test::jpegScanBomb(320, 240, 3000);
    REQUIRE(bomb.size() < (16 << 20));
    const QString sha = core::PhotoStore::sha256Of(bomb);
    const auto r = s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=0&total=%2").arg(sha).arg(bomb.size()), bomb, crew);
    INFO(r.body.toStdString());
    CHECK(r.status == 415);
    CHECK(r.body.contains("scans"));
    auto kept = s.store->photo(sha);
    REQUIRE(kept.ok());
    CHECK_FALSE(kept->has_value());
}

TEST_CASE("attack: large pushes held back a byte short take no more than the in-flight budget, the rest are told to come back", "[security][bounds]")
{
    // An attack pass: a crew opened twelve connections, each declaring a 60 MB push and holding back
    // its last byte; Qt buffered every one (1.6 GB). Now large bodies share one budget.
    const Kind kind = GENERATE(Kind::GeoPackage);
    server::ApiLimits limits;
    limits.maxBodiesInFlight = 1 << 20; // one megabyte for the test: two 600 KB bodies do not fit together
    test::LocalServer s(kind, limits);
    const QString crew = s.login(QStringLiteral("crew1"));
    const QByteArray head = "POST /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer "
                            + crew.toLatin1() + "\r\nContent-Length: " + QByteArray::number(600 << 10) + "\r\n\r\n";
    // The first holds its body back a byte short.
    QTcpSocket holder;
    holder.connectToHost(QHostAddress::LocalHost, s.port);
    REQUIRE(test::spinUntil([&] { return holder.state() == QAbstractSocket::ConnectedState; }));
    holder.write(head + QByteArray((600 << 10) - 1, ' '));
    REQUIRE(test::spinUntil([&] { return server::RequestGuard::bodiesInFlight() >= (600 << 10); }));
    // A second is refused at once with 503 and Retry-After, before its body is read.
    const auto busy = s.raw(head + QByteArray(600 << 10, ' '));
    CHECK(busy.status == 503);
    CHECK(busy.head.contains("Retry-After"));
    CHECK(busy.body.contains("busy"));
    // The holder goes away: its share comes back and the next large push is taken (and judged: 400, not JSON).
    holder.abort();
    REQUIRE(test::spinUntil([&] { return server::RequestGuard::bodiesInFlight() == 0; }));
    CHECK(s.raw(head + QByteArray(600 << 10, ' ')).status == 400);
    CHECK(server::RequestGuard::bodiesInFlight() == 0);
}
