// The route table and the client speak one protocol (W3.6): every path, query parameter and key the
// client spells in sync/protocol/syncprotocol.h reaches its own handler, answered in the same keys; what is
// not a row of the table is 404, and the order of the checks (open rows, session, photo name) holds.
#include "serverfixture.h"

#include "syncprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace gc;
namespace ep = syncproto::endpoint;
namespace key = syncproto::key;
using Kind = test::LocalServer::Kind;

namespace {

QJsonObject body(const test::HttpReply &r) { return QJsonDocument::fromJson(r.body).object(); }

QString code(const test::HttpReply &r) { return body(r).value(key::Error).toString(); }

} // namespace

TEST_CASE("every endpoint the client names is one row of the server's route table, answered in the shared keys", "[routes]")
{
    test::LocalServer s(Kind::GeoPackage);
    const QString sha(64, QLatin1Char('a'));
    auto health = s.request("GET", syncproto::path(ep::Health));
    CHECK(health.status == 200);
    CHECK(body(health).contains(key::StoreId));
    // Open rows answer without a session; login's other methods are refused as such.
    CHECK(s.request("GET", syncproto::path(ep::Login)).status == 405);
    CHECK(s.request("GET", syncproto::path(ep::Me)).status == 401);

    const QString office = s.login(QStringLiteral("office1"));
    auto me = s.request("GET", syncproto::path(ep::Me), {}, office);
    REQUIRE(me.status == 200);
    for (QLatin1String k : {key::User, key::Role, key::StoreId, key::ServerTime, key::MaxClockAheadMs})
        CHECK(body(me).contains(k));
    auto pull = s.request("GET", syncproto::path(ep::Events) + QStringLiteral("?%1=0&%2=5").arg(syncproto::query::After, syncproto::query::Limit), {},
                          office);
    REQUIRE(pull.status == 200);
    for (QLatin1String k : {key::Events, key::Cursor, key::More, key::StoreId})
        CHECK(body(pull).contains(k));
    auto push = s.request("POST", syncproto::path(ep::Events), test::batch({}), office);
    REQUIRE(push.status == 200);
    for (QLatin1String k : {key::Acknowledged, key::Conflicts, key::Cursor})
        CHECK(body(push).contains(k));
    CHECK(body(s.request("GET", syncproto::path(ep::Conflicts), {}, office)).contains(key::Conflicts));
    CHECK(body(s.request("GET", syncproto::path(ep::Verdicts), {}, office)).contains(key::Disagreements));
    auto upload = s.request("GET", syncproto::photoPath(sha, ep::PhotoUpload), {}, office);
    CHECK(upload.status == 200);
    CHECK((body(upload).contains(key::Received) && body(upload).contains(key::Complete)));
    // The photo rows answer for a photo the server lacks in their own words, not as an unknown path.
    CHECK(code(s.request("GET", syncproto::photoPath(sha), {}, office)) == QLatin1String("no_photo"));
    CHECK(code(s.request("GET", syncproto::photoPath(sha, ep::PhotoVerdict), {}, office)) == QLatin1String("no_verdict"));

    // Not a row: an unknown endpoint, a known one with another method or another sub-path.
    CHECK(code(s.request("GET", syncproto::path(QLatin1String("nothing")), {}, office)) == QLatin1String("not_found"));
    CHECK(code(s.request("DELETE", syncproto::path(ep::Events), {}, office)) == QLatin1String("not_found"));
    CHECK(code(s.request("POST", syncproto::path(ep::Health), {}, office)) == QLatin1String("not_found"));
    CHECK(code(s.request("GET", syncproto::photoPath(sha, QLatin1String("other")), {}, office)) == QLatin1String("not_found"));
    // A photo row's name is judged before its method or sub-path.
    CHECK(code(s.request("DELETE", syncproto::photoPath(QStringLiteral("abc")), {}, office)) == QLatin1String("bad_sha256"));
    CHECK(code(s.request("GET", syncproto::photoPath(QStringLiteral("abc"), QLatin1String("other")), {}, office)) == QLatin1String("bad_sha256"));
    CHECK(s.request("POST", syncproto::path(ep::Logout), QByteArrayLiteral("{}"), office).status == 200);
    CHECK(s.request("GET", syncproto::path(ep::Me), {}, office).status == 401);
}
