// The sync protocol's bodies (sync/protocol/syncmessages.h): each type reads back what it writes, keeps
// the wire form the client and server spoke before the types, and refuses a malformed body with
// ErrorCode::BadJson whose words name the field.
#define CATCH_CONFIG_RUNNER
#include "syncmessages.h"
#include "syncprotocol.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QJsonDocument>

using namespace gc;
using namespace gc::syncproto;

namespace {

QJsonObject obj(const char *json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

// toJson → fromJson → toJson gives the same object, and the value read is the value written.
template <typename T> T roundTrip(const T &value)
{
    const QJsonObject written = value.toJson();
    auto read = T::fromJson(written);
    INFO(QString::fromUtf8(compact(written)).toStdString());
    REQUIRE(read.ok());
    CHECK(read->toJson() == written);
    return *read;
}

// Refused with bad_json, the words naming `field` (in both languages).
template <typename T> void refused(const QJsonObject &body, const QString &field)
{
    auto read = T::fromJson(body);
    INFO(QString::fromUtf8(compact(body)).toStdString());
    REQUIRE(!read.ok());
    CHECK(read.error().code == ErrorCode::BadJson);
    CHECK(codeName(read.error().code) == QStringLiteral("bad_json"));
    const QString words = read.error().message(Lang::English);
    INFO(words.toStdString());
    CHECK(words.contains(QLatin1Char('\'') + field + QLatin1Char('\'')));
    CHECK(read.error().message(Lang::Korean).contains(field));
}

} // namespace

TEST_CASE("syncproto: a body that is not a JSON object is refused as bad_json", "[syncproto]")
{
    for (const QByteArray &body : {QByteArray("not json"), QByteArray("[1,2]"), QByteArray("")}) {
        auto o = parseObject(body);
        REQUIRE(!o.ok());
        CHECK(o.error().code == ErrorCode::BadJson);
    }
    auto login = parse<LoginRequest>(R"({"user":"kim","password":"pw"})");
    REQUIRE(login.ok());
    CHECK(login->user == QStringLiteral("kim"));
}

TEST_CASE("syncproto: LoginRequest and LoginReply", "[syncproto]")
{
    const LoginRequest req = roundTrip(LoginRequest{QStringLiteral("kim"), QStringLiteral("secret")});
    CHECK(req.password == QStringLiteral("secret"));
    CHECK(compact(req.toJson()) == R"({"password":"secret","user":"kim"})");
    CHECK(LoginRequest::fromJson(obj(R"({"user":"kim"})"))->password.isEmpty()); // none matches no password
    refused<LoginRequest>(obj(R"({"password":"x"})"), QStringLiteral("user"));
    refused<LoginRequest>(obj(R"({"user":5,"password":"x"})"), QStringLiteral("user"));
    refused<LoginRequest>(obj(R"({"user":"kim","password":[1]})"), QStringLiteral("password"));

    const LoginReply reply = roundTrip(LoginReply{{QStringLiteral("lee"), QStringLiteral("crew"), QStringLiteral("도로과")},
                                                  QStringLiteral("tok"), QStringLiteral("2026-12-08T00:00:00Z"), QStringLiteral("s1")});
    CHECK(reply.account.department == QStringLiteral("도로과"));
    const LoginReply noDepartment = roundTrip(LoginReply{{QStringLiteral("lee"), QStringLiteral("office"), std::nullopt}, QStringLiteral("t"), {}, {}});
    CHECK(!noDepartment.account.department);
    CHECK(!noDepartment.toJson().contains(key::Department));
    refused<LoginReply>(obj(R"({"user":"lee","role":"crew"})"), QStringLiteral("token"));
    refused<LoginReply>(obj(R"({"token":"t","role":7})"), QStringLiteral("role"));
}

TEST_CASE("syncproto: MeReply", "[syncproto]")
{
    const MeReply me = roundTrip(MeReply{{QStringLiteral("lee"), QStringLiteral("crew"), QStringLiteral("도로과")}, QStringLiteral("store-1"),
                                         QStringLiteral("2026-12-08T01:02:03.004Z"), 300000});
    CHECK(me.maxClockAheadMs == 300000);
    CHECK(compact(me.toJson())
          == R"({"department":"도로과","max_clock_ahead_ms":300000,"role":"crew","server_time":"2026-12-08T01:02:03.004Z","store_id":"store-1","user":"lee"})");
    // An older server says nothing of its clock.
    auto older = MeReply::fromJson(obj(R"({"user":"lee","role":"crew","store_id":"s"})"));
    REQUIRE(older.ok());
    CHECK(older->maxClockAheadMs == 0);
    CHECK(older->serverTime.isEmpty());
    refused<MeReply>(obj(R"({"user":"lee","role":"crew"})"), QStringLiteral("store_id"));
    refused<MeReply>(obj(R"({"store_id":"s","max_clock_ahead_ms":"soon"})"), QStringLiteral("max_clock_ahead_ms"));
    refused<MeReply>(obj(R"({"store_id":"s","max_clock_ahead_ms":1.5})"), QStringLiteral("max_clock_ahead_ms"));
}

TEST_CASE("syncproto: UnlockRequest, UnlockReply, LogoutReply and HealthReply", "[syncproto]")
{
    CHECK(roundTrip(UnlockRequest{QStringLiteral("park")}).user == QStringLiteral("park"));
    refused<UnlockRequest>(obj(R"({"name":"park"})"), QStringLiteral("user"));
    CHECK(roundTrip(UnlockReply{QStringLiteral("park")}).unlocked == QStringLiteral("park"));
    refused<UnlockReply>(obj(R"({"unlocked":true})"), QStringLiteral("unlocked"));
    CHECK(compact(roundTrip(LogoutReply{true}).toJson()) == R"({"logged_out":true})");
    refused<LogoutReply>(obj(R"({"logged_out":"yes"})"), QStringLiteral("logged_out"));
    CHECK(compact(roundTrip(HealthReply{true, QStringLiteral("s1")}).toJson()) == R"({"ok":true,"store_id":"s1"})");
    refused<HealthReply>(obj(R"({"store_id":"s1"})"), QStringLiteral("ok"));
}

TEST_CASE("syncproto: PushRequest and PushReply", "[syncproto]")
{
    const QJsonArray events{QJsonObject{{QStringLiteral("id"), QStringLiteral("e1")}}, QJsonObject{{QStringLiteral("id"), QStringLiteral("e2")}}};
    const PushRequest push = roundTrip(PushRequest{QStringLiteral("dev-1"), 42, events});
    CHECK(push.events == events);
    CHECK(push.baseCursor == 42);
    // An empty body is an empty push, as the server always read it.
    auto empty = PushRequest::fromJson({});
    REQUIRE(empty.ok());
    CHECK(empty->events.isEmpty());
    CHECK(empty->baseCursor == 0);
    refused<PushRequest>(obj(R"({"events":{"id":"e1"}})"), QStringLiteral("events"));
    refused<PushRequest>(obj(R"({"events":[],"base_cursor":"7"})"), QStringLiteral("base_cursor"));
    refused<PushRequest>(obj(R"({"device":1})"), QStringLiteral("device"));

    const PushReply reply = roundTrip(PushReply{{QStringLiteral("e1"), QStringLiteral("e2")}, 1, 1, 2, 99, QStringLiteral("s1")});
    CHECK(reply.acknowledged == QStringList{QStringLiteral("e1"), QStringLiteral("e2")});
    CHECK(reply.conflicts == 2);
    CHECK(compact(reply.toJson()) == R"({"acknowledged":["e1","e2"],"added":1,"conflicts":2,"cursor":99,"duplicates":1,"store_id":"s1"})");
    refused<PushReply>(obj(R"({"added":1})"), QStringLiteral("acknowledged"));
    refused<PushReply>(obj(R"({"acknowledged":["e1",2]})"), QStringLiteral("acknowledged[1]"));
    refused<PushReply>(obj(R"({"acknowledged":[],"conflicts":"two"})"), QStringLiteral("conflicts"));
}

TEST_CASE("syncproto: PullReply", "[syncproto]")
{
    const QJsonArray events{QJsonObject{{QStringLiteral("id"), QStringLiteral("e1")}, {key::Seq, 7}}};
    const PullReply page = roundTrip(PullReply{events, 7, true, QStringLiteral("s1")});
    CHECK(page.more);
    CHECK(page.cursor == 7);
    CHECK(compact(page.toJson()) == R"({"cursor":7,"events":[{"id":"e1","seq":7}],"more":true,"store_id":"s1"})");
    CHECK(!PullReply::fromJson(obj(R"({"events":[],"cursor":3})"))->more);
    refused<PullReply>(obj(R"({"cursor":3})"), QStringLiteral("events"));
    refused<PullReply>(obj(R"({"events":[]})"), QStringLiteral("cursor"));
    refused<PullReply>(obj(R"({"events":[],"cursor":"3"})"), QStringLiteral("cursor"));
    refused<PullReply>(obj(R"({"events":[],"cursor":3,"more":1})"), QStringLiteral("more"));
}

TEST_CASE("syncproto: PhotoUploadState", "[syncproto]")
{
    const PhotoUploadState st = roundTrip(PhotoUploadState{65536, false});
    CHECK(st.received == 65536);
    CHECK(compact(PhotoUploadState{10, true}.toJson()) == R"({"complete":true,"received":10})");
    refused<PhotoUploadState>(obj(R"({"complete":false})"), QStringLiteral("received"));
    refused<PhotoUploadState>(obj(R"({"received":-1.5,"complete":false})"), QStringLiteral("received"));
    refused<PhotoUploadState>(obj(R"({"received":3})"), QStringLiteral("complete"));
}

TEST_CASE("syncproto: ConflictEntry and ConflictsReply", "[syncproto]")
{
    const ConflictEntry c{QStringLiteral("a-1"), QStringLiteral("e-1"), QStringLiteral("e-2"), QStringLiteral("2026-12-08T00:00:00Z")};
    CHECK(roundTrip(c).otherEventId == QStringLiteral("e-2"));
    refused<ConflictEntry>(obj(R"({"asset_uuid":"a","other_event_id":"e2"})"), QStringLiteral("event_id"));
    const ConflictsReply list = roundTrip(ConflictsReply{{c, c}});
    CHECK(list.conflicts.size() == 2);
    refused<ConflictsReply>(obj(R"({})"), QStringLiteral("conflicts"));
    refused<ConflictsReply>(obj(R"({"conflicts":[{"asset_uuid":"a","event_id":"e1","other_event_id":"e2"},{"asset_uuid":"a"}]})"),
                            QStringLiteral("event_id"));
    // The entry is named too, by its place in the list.
    auto bad = ConflictsReply::fromJson(obj(R"({"conflicts":[{"asset_uuid":"a","event_id":"e1","other_event_id":"e2"},{"asset_uuid":"a"}]})"));
    REQUIRE(!bad.ok());
    CHECK(bad.error().message(Lang::English).contains(QStringLiteral("conflicts[1]")));
    refused<ConflictsReply>(obj(R"({"conflicts":[3]})"), QStringLiteral("conflicts[0]"));
}

TEST_CASE("syncproto: PhotoVerdictEntry with its problems, and VerdictsReply", "[syncproto]")
{
    PhotoVerdictEntry judged{QString(64, QLatin1Char('a')), QStringLiteral("a-1"), QStringLiteral("after"), QStringLiteral("ok"),
                             QStringLiteral("retake"), QStringLiteral("judged"), true, QStringLiteral("2026-12-07T09:00:00"),
                             QStringLiteral("2026-12-07T09:01:00Z"), QStringLiteral("2026-12-07T09:02:00Z"),
                             QJsonObject{{QStringLiteral("verdict"), QStringLiteral("retake")}}, {}};
    judged.problems.push_back(core::PhotoProblemItem::read(obj(R"({"check":"blur","status":"fail","ko":"흐림","en":"blurred"})")));
    const PhotoVerdictEntry back = roundTrip(judged);
    REQUIRE(back.problems.size() == 1);
    CHECK(back.problems[0].check == QStringLiteral("blur"));
    CHECK(back.problems[0].en == QStringLiteral("blurred"));
    CHECK(toJsonArray(back.problems) == QJsonArray{obj(R"({"check":"blur","status":"fail","ko":"흐림","en":"blurred"})")});
    // Pending: the server's verdict is null on the wire, and no result or problems ride along.
    const PhotoVerdictEntry pending{QString(64, QLatin1Char('b')), {}, QStringLiteral("before"), {}, {}, QStringLiteral("pending"), false,
                                    {}, {}, {}, std::nullopt, {}};
    CHECK(pending.toJson().value(key::ServerVerdict).isNull());
    CHECK(!pending.toJson().contains(key::Problems));
    CHECK(roundTrip(pending).serverVerdict.isEmpty());
    refused<PhotoVerdictEntry>(obj(R"({"slot":"after"})"), QStringLiteral("sha256"));
    refused<PhotoVerdictEntry>(obj(R"({"sha256":"x","disagree":"yes"})"), QStringLiteral("disagree"));
    refused<PhotoVerdictEntry>(obj(R"({"sha256":"x","result":{},"problems":[{"status":"fail"}]})"), QStringLiteral("check"));
    auto noCheck = PhotoVerdictEntry::fromJson(obj(R"({"sha256":"x","result":{},"problems":[{"status":"fail"}]})"));
    REQUIRE(!noCheck.ok());
    CHECK(noCheck.error().message(Lang::English).contains(QStringLiteral("problems[0]")));

    const VerdictsReply list = roundTrip(VerdictsReply{{judged, pending}});
    CHECK(list.disagreements.size() == 2);
    refused<VerdictsReply>(obj(R"({"disagreements":[{"slot":"after"}]})"), QStringLiteral("sha256"));
    refused<VerdictsReply>(obj(R"({"verdicts":[]})"), QStringLiteral("disagreements"));
}

TEST_CASE("syncproto: ErrorReply, with where an upload stands on a 409", "[syncproto]")
{
    const ErrorReply plain = roundTrip(ErrorReply{QStringLiteral("forbidden"), QStringLiteral("no"), std::nullopt});
    CHECK(!plain.upload);
    CHECK(compact(plain.toJson()) == R"({"error":"forbidden","message":"no"})");
    const ErrorReply held = roundTrip(ErrorReply{QStringLiteral("offset_mismatch"), QStringLiteral("resume"), PhotoUploadState{4096, false}});
    REQUIRE(held.upload);
    CHECK(held.upload->received == 4096);
    CHECK(compact(held.toJson()) == R"({"complete":false,"error":"offset_mismatch","message":"resume","received":4096})");
    refused<ErrorReply>(obj(R"({"message":"no"})"), QStringLiteral("error"));
    refused<ErrorReply>(obj(R"({"error":"x","message":"m","received":"4"})"), QStringLiteral("received"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
