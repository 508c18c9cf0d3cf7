// The outside pass of 8 December 2026 (A1, B1-B4, C3): events the server acknowledged that broke
// every tablet's file or had no effect. Each is now refused naming its field, for the office as for
// a crew, through the real HTTP front end on both stores; the office's own moves still pass.
#include "serverfixture.h"

#include "model/assetfields.h"
#include "model/eventjson.h"
#include "store/hybridclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;
using test::event;

namespace {

struct Answer {
    int status = 0;
    QString code, message;
};

Answer push(test::LocalServer &s, const QString &token, const QJsonObject &e)
{
    const auto r = s.request("POST", QStringLiteral("api/v1/events"), test::batch({e}), token);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    return {r.status, o.value(QStringLiteral("error")).toString(), o.value(QStringLiteral("message")).toString()};
}

QJsonObject sign(const QString &code, double x = 191034.0)
{
    core::Asset a;
    a.code = code;
    a.category = QStringLiteral("sign");
    a.department = QStringLiteral("도로과");
    a.hasLocation = true;
    a.x = x;
    a.y = 541775.0;
    return core::assetfields::toJson(a);
}

QJsonObject status(const char *to) { return {{QStringLiteral("status"), QLatin1String(to)}}; }

QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

TEST_CASE("an office asset.created with x = 1e308, a category 'nuke' or an existing uuid is refused naming the field",
          "[security][events][history]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew = s.login(QStringLiteral("crew1"));
    const QString existing = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    const qint64 before = *s.store->eventCount();
    const QString created = QStringLiteral("asset.created");

    Answer a = push(s, office, event(QStringLiteral("office1"), created, sign(QStringLiteral("GC-SIGN-800001"), 1e308), newUuid()));
    CHECK(a.status == 400);
    CHECK(a.message.contains(QStringLiteral("'payload.x' lies outside Geumcheon-gu")));
    QJsonObject nuke = sign(QStringLiteral("GC-SIGN-800002"));
    nuke.insert(QStringLiteral("category"), QStringLiteral("nuke"));
    a = push(s, office, event(QStringLiteral("office1"), created, nuke, newUuid()));
    CHECK(a.status == 400);
    CHECK(a.message.contains(QStringLiteral("'payload.category'")));
    a = push(s, crew, event(QStringLiteral("crew1"), QStringLiteral("place.proposed"),
                            {{QStringLiteral("proposal_id"), newUuid()}, {QStringLiteral("category"), QStringLiteral("sign")},
                             {QStringLiteral("x"), 1e308}, {QStringLiteral("y"), 541775.0}}));
    CHECK(a.status == 400);
    CHECK(a.message.contains(QStringLiteral("'payload.x'")));

    // B3: a second creation of an asset that exists does not replace it.
    a = push(s, office, event(QStringLiteral("office1"), created, sign(QStringLiteral("GC-SIGN-800003")), existing));
    CHECK(a.status == 400);
    CHECK(a.code == QStringLiteral("asset_exists"));
    CHECK(a.message.contains(QStringLiteral("'asset_uuid' %1").arg(existing)));
    CHECK(*s.store->eventCount() == before);
    CHECK(s.store->asset(existing)->value().assignee == QStringLiteral("crew1"));

    // What the office does every day still passes: a new sign, and an update keeping its own code.
    const QString fresh = newUuid();
    CHECK(push(s, office, event(QStringLiteral("office1"), created, sign(QStringLiteral("GC-SIGN-800004")), fresh)).status == 200);
    QJsonObject renamed = sign(QStringLiteral("GC-SIGN-800004"));
    renamed.insert(QStringLiteral("name"), QStringLiteral("새 이름"));
    CHECK(push(s, office, event(QStringLiteral("office1"), QStringLiteral("asset.updated"), renamed, fresh)).status == 200);
}

TEST_CASE("office status changes follow the transition table and a back-dated event is refused as stale, not acknowledged",
          "[security][events][history]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew = s.login(QStringLiteral("crew1"));
    const QString asset = s.addAsset(office, QStringLiteral("공원녹지과"), QStringLiteral("crew1"));
    const QString st = QStringLiteral("asset.status");

    // B2: an unknown status, whoever sends it.
    for (const char *bogus : {"pwned", "", "VERIFIED"}) {
        const Answer a = push(s, office, event(QStringLiteral("office1"), st, status(bogus), asset));
        INFO(bogus);
        CHECK(a.status == 400);
        CHECK(a.message.contains(QStringLiteral("'payload.status'")));
    }
    // B4: a crew install stamped 1970 would be folded before the asset's creation and never apply.
    QJsonObject old = event(QStringLiteral("crew1"), st, status("installed"), asset);
    old.insert(QStringLiteral("hlc"), core::HybridClock::format(1, 0, QStringLiteral("dev-t")));
    Answer a = push(s, crew, old);
    CHECK(a.status == 400);
    CHECK(a.code == QStringLiteral("stale_stamp"));
    CHECK(a.message.contains(QStringLiteral("'hlc'")));
    CHECK(s.store->asset(asset)->value().status == QStringLiteral("assigned"));

    // B2: installed -> verified needs an after photo; with one filed, the office verifies.
    CHECK(push(s, crew, event(QStringLiteral("crew1"), st, status("installed"), asset)).status == 200);
    a = push(s, office, event(QStringLiteral("office1"), st, status("verified"), asset));
    CHECK(a.status == 403);
    CHECK(a.code == QStringLiteral("no_after_photo"));
    CHECK(push(s, office, event(QStringLiteral("office1"), QStringLiteral("photo.added"),
                                {{QStringLiteral("sha256"), QString(64, QLatin1Char('d'))}, {QStringLiteral("role"), QStringLiteral("after")}}, asset))
              .status == 200);
    CHECK(push(s, office, event(QStringLiteral("office1"), st, status("verified"), asset)).status == 200);
    // An undone approval puts the install back to review (OfficeActions::undoReview), the one move outside the table.
    QJsonObject undo = status("installed");
    undo.insert(QStringLiteral("undo_of"), newUuid());
    CHECK(push(s, office, event(QStringLiteral("office1"), st, undo, asset)).status == 200);
    CHECK(push(s, office, event(QStringLiteral("office1"), st, status("verified"), asset)).status == 200);
    // Cancelled -> installed and cancelled -> verified are no moves of the table.
    const QString other = s.addAsset(office, QStringLiteral("공원녹지과"));
    CHECK(push(s, office, event(QStringLiteral("office1"), st, status("cancelled"), other)).status == 200);
    for (const char *to : {"installed", "verified"}) {
        a = push(s, office, event(QStringLiteral("office1"), st, status(to), other));
        INFO(to);
        CHECK(a.status == 403);
        CHECK(a.code == QStringLiteral("invalid_transition"));
    }
    CHECK(s.store->asset(other)->value().status == QStringLiteral("cancelled"));
    // C3: an office event without a well-formed asset_uuid, and an event time that is no time.
    QJsonObject noAsset = event(QStringLiteral("office1"), st, status("planned"), other);
    noAsset.insert(QStringLiteral("asset_uuid"), QStringLiteral("../../etc/passwd"));
    CHECK(push(s, office, noAsset).message.contains(QStringLiteral("'asset_uuid'")));
    QJsonObject badTime = event(QStringLiteral("office1"), st, status("planned"), other);
    badTime.insert(QStringLiteral("time"), QStringLiteral("not a time"));
    CHECK(push(s, office, badTime).message.contains(QStringLiteral("'time'")));
}
