// The projection reads every event through its kind's typed payload (W3.6 item 2), and an event a
// file already holds projects exactly as it did when the projectors read raw JSON keys: extra keys
// are ignored, a missing optional field leaves the row as it was, and a value of another type (an
// explicit null, which the validation lets through; an old file's "3" for a number) is taken as the
// raw reads took it. The expected rows below are what the raw-key projectors gave for the same events.
#include "model/assetfields.h"
#include "field/fieldtables.h"
#include "store/eventreducer.h"
#include "model/payloads.h"
#include "store/surveyreducer.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace gc::core;

namespace {

Event event(const char *kind, const char *payloadJson, const QString &assetUuid = {})
{
    Event e;
    e.id = QStringLiteral("e-%1").arg(QLatin1String(kind));
    e.hlc = QStringLiteral("0001");
    e.time = QStringLiteral("2026-12-08T01:00:00Z");
    e.actor = QStringLiteral("office");
    e.device = QStringLiteral("dev");
    e.kind = QLatin1String(kind);
    e.assetUuid = assetUuid;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(payloadJson));
    REQUIRE(doc.isObject());
    e.payload = doc.object();
    return e;
}

Asset fold(std::initializer_list<Event> events)
{
    Asset a;
    bool exists = false;
    for (const Event &e : events)
        reducer::apply(a, exists, e);
    REQUIRE(exists);
    return a;
}

} // namespace

TEST_CASE("an asset event with extra, missing and oddly typed fields projects as the raw reads did", "[projection][payloads]")
{
    const Event created = event("asset.created",
                                R"({"code":"GC-1","name":"벤치","category":"bench","mark_count":2,"priority":1,"x":10.5,"y":20.5,)"
                                R"("notes":"n","location_approximate":true,"newer_device_field":"kept aside","batch":"b1"})", QStringLiteral("u1"));
    const Asset base = fold({created});
    CHECK(base.code == QStringLiteral("GC-1"));
    CHECK(base.markCount == 2);
    CHECK(base.priority == 1);
    CHECK(base.hasLocation);
    CHECK(base.x == 10.5);
    CHECK(base.locationApproximate);

    // Missing optional fields: the row keeps them; an extra key changes nothing.
    const Asset same = fold({created, event("asset.updated", R"({"something_new":"x"})", QStringLiteral("u1"))});
    CHECK(assetfields::differences(base, same).isEmpty());

    // An explicit null clears a text; a text for a number is read as the number it spells; a
    // non-whole number rounds; a lone x (no y) leaves the place; a null y with x removes it.
    const Asset odd = fold({created, event("asset.updated", R"({"notes":null,"mark_count":"7","priority":2.5,"x":1})", QStringLiteral("u1"))});
    CHECK(odd.notes.isEmpty());
    CHECK(odd.markCount == 7);
    CHECK(odd.priority == 3);
    CHECK(odd.hasLocation);
    CHECK(odd.x == 10.5);
    const Asset placeless = fold({created, event("asset.updated", R"({"x":3,"y":null})", QStringLiteral("u1"))});
    CHECK_FALSE(placeless.hasLocation);
    CHECK(placeless.x == 0);
    CHECK(placeless.y == 0);
    // A number where a text goes is taken as its digits; a text where true/false goes as the text's truth.
    const Asset numbers = fold({created, event("asset.updated", R"({"name":12,"location_approximate":"false"})", QStringLiteral("u1"))});
    CHECK(numbers.name == QStringLiteral("12"));
    CHECK_FALSE(numbers.locationApproximate);
}

TEST_CASE("an asset.status event sets the asset fields it names, null and odd types as before", "[projection][payloads]")
{
    const Event created = event("asset.created", R"({"code":"GC-2","assignee":"현장1팀","due_date":"2026-12-31","method":"sticker"})",
                                QStringLiteral("u2"));
    const Asset a = fold({created, event("asset.status", R"({"status":"installed","reason":"done","assignee":null,"mark_count":"4","note":"x"})",
                                         QStringLiteral("u2"))});
    CHECK(a.status == QStringLiteral("installed"));
    CHECK(a.statusReason == QStringLiteral("done"));
    CHECK(a.assignee.isEmpty());
    CHECK(a.markCount == 4);
    CHECK(a.dueDate == QStringLiteral("2026-12-31")); // not named: left as it was
    CHECK(a.method == QStringLiteral("sticker"));
    // A status no client knows leaves the status; a reason of another type reads as none.
    const Asset b = fold({created, event("asset.status", R"({"status":"flying","reason":5})", QStringLiteral("u2"))});
    CHECK(b.status == Asset{}.status);
    CHECK(b.statusReason.isEmpty());
}

TEST_CASE("user and place events with extra, missing and oddly typed fields project as the raw reads did", "[projection][payloads]")
{
    FieldBook book;
    FieldTables::apply(book, event("user.added", R"({"user_id":"u1","name":"김","crew":"현장1팀","role":"crew","pin_hash":"h","extra":1})"));
    FieldTables::apply(book, event("user.updated", R"({"user_id":"u1","name":null,"active":"no"})"));
    FieldTables::apply(book, event("user.updated", R"({"user_id":"never-added","name":"x"})"));
    FieldTables::apply(book, event("user.added", R"({"user_id":7,"name":"no id"})"));
    REQUIRE(book.users.size() == 1);
    const CrewUser &u = book.users.at(QStringLiteral("u1"));
    CHECK(u.name.isEmpty());                    // named with null: cleared
    CHECK(u.crew == QStringLiteral("현장1팀")); // not named: kept
    CHECK(u.pinHash == QStringLiteral("h"));
    CHECK(u.active); // not true or false: active

    FieldTables::apply(book, event("user.updated", R"({"user_id":"u1","active":false,"crew":3})"));
    CHECK_FALSE(book.users.at(QStringLiteral("u1")).active);
    CHECK(book.users.at(QStringLiteral("u1")).crew.isEmpty());

    FieldTables::apply(book, event("place.proposed", R"({"proposal_id":"p1","category":"bench","x":"12","y":5,"note":null,"more":true})"));
    FieldTables::apply(book, event("place.proposed", R"({"proposal_id":"p1","category":"second"})"));
    FieldTables::apply(book, event("place.decided", R"({"proposal_id":"p1","decision":"accepted","note":4})"));
    FieldTables::apply(book, event("place.decided", R"({"proposal_id":"unknown","decision":"rejected"})"));
    REQUIRE(book.proposals.size() == 1);
    const PlaceProposal &p = book.proposals.at(QStringLiteral("p1"));
    CHECK(p.category == QStringLiteral("bench"));
    CHECK(p.x == 0); // a text for a number: 0
    CHECK(p.y == 5);
    CHECK(p.note.isEmpty());
    CHECK(p.state == QStringLiteral("accepted"));
    CHECK(p.decisionNote.isEmpty());
}

TEST_CASE("survey events with extra, missing and oddly typed fields project as the raw reads did", "[projection][payloads][survey]")
{
    SurveyBook book;
    surveyreducer::apply(book, event("survey.opened", R"({"survey_id":"s1","title":"수요조사","categories":["bench",3],"variants":"all","x":1})"));
    surveyreducer::apply(book, event("survey.opened", R"({"title":"no id"})"));
    REQUIRE(book.campaigns.size() == 1);
    const SurveyCampaign &c = book.campaigns.at(QStringLiteral("s1"));
    CHECK(c.categories == QStringList{QStringLiteral("bench"), QString()}); // a non-text entry reads as ""
    CHECK(c.variants.isEmpty());
    CHECK(c.state == QStringLiteral("open"));

    surveyreducer::apply(book, event("survey.rows_saved", R"({"survey_id":"s1","department":"도로과","rows":[
        {"row_id":"r1","category":"bench","needed":"no","mark_count":3000000000,"x":1,"name":null,"extra":"kept"},
        {"row_id":"r2","category":"sign","needed":false,"mark_count":2.5,"x":1,"y":2},
        {"category":"no id"}, 5, {"row_id":"r3","mark_count":4}]})"));
    REQUIRE(book.rows.size() == 3);
    const SurveyRow &r1 = book.rows.at(QStringLiteral("r1"));
    CHECK(r1.needed);         // not true or false: needed
    CHECK(r1.markCount == 1); // beyond an int: 1
    CHECK_FALSE(r1.hasLocation);
    CHECK(r1.seq == 1);
    const SurveyRow &r2 = book.rows.at(QStringLiteral("r2"));
    CHECK_FALSE(r2.needed);
    CHECK(r2.markCount == 1); // not whole: 1
    CHECK(r2.hasLocation);
    CHECK(r2.y == 2);
    CHECK(book.rows.at(QStringLiteral("r3")).markCount == 4);
    CHECK(book.rows.at(QStringLiteral("r3")).seq == 3);
    CHECK(book.submissions.at({QStringLiteral("s1"), QStringLiteral("도로과")}).state == QStringLiteral("draft"));

    // A sheet without a department changes nothing; a kind this build does not define opens a draft.
    surveyreducer::apply(book, event("survey.rows_submitted", R"({"survey_id":"s1","rows":[{"row_id":"r9"}]})"));
    surveyreducer::apply(book, event("survey.later_kind", R"({"survey_id":"s1","department":"공원과"})"));
    CHECK(book.rows.count(QStringLiteral("r9")) == 0);
    CHECK(book.submissions.at({QStringLiteral("s1"), QStringLiteral("공원과")}).state == QStringLiteral("draft"));

    surveyreducer::apply(book, event("survey.reviewed", R"({"survey_id":"s1","department":"도로과","decision":"approved","comment":7,
        "applied":[{"row_id":"r1","asset_uuid":"a1"},{"row_id":5,"asset_uuid":"a5"},{"row_id":"r2","asset_uuid":null}]})"));
    const SurveySubmission &s = book.submissions.at({QStringLiteral("s1"), QStringLiteral("도로과")});
    CHECK(s.state == QStringLiteral("approved"));
    CHECK(s.comment.isEmpty());
    CHECK(book.rows.at(QStringLiteral("r1")).resultAssetUuid == QStringLiteral("a1"));
    CHECK(book.rows.at(QStringLiteral("r2")).resultAssetUuid.isEmpty());

    surveyreducer::apply(book, event("survey.closed", R"({"survey_id":"s1","note":"x"})"));
    CHECK(book.campaigns.at(QStringLiteral("s1")).state == QStringLiteral("closed"));
}

TEST_CASE("the typed asset payload writers write what the hand-built payloads held", "[projection][payloads]")
{
    Asset placed;
    placed.code = QStringLiteral("GC-3");
    placed.name = QStringLiteral("의자");
    placed.markCount = 3;
    placed.locationApproximate = true;
    placed.hasLocation = true;
    placed.x = 191039.25;
    placed.y = 541775.5;
    Asset bare;
    bare.variant.clear(); // an empty text is left out of a create
    for (const Asset &a : {placed, bare, Asset{}})
        CHECK(reducer::createdPayload(a).toJson() == assetfields::toJson(a));

    // An outside edit's update: each changed field with its value, an empty one too; a place the row
    // lost as two explicit nulls (OutsideEdits::adopt wrote exactly this by hand).
    const QJsonObject lost = reducer::changedPayload(bare, {QStringLiteral("name"), QStringLiteral("mark_count"), QStringLiteral("geom"),
                                                            QStringLiteral("location_approximate")}).toJson();
    CHECK(lost == QJsonObject{{QStringLiteral("name"), QString()}, {QStringLiteral("mark_count"), 1}, {QStringLiteral("x"), QJsonValue()},
                              {QStringLiteral("y"), QJsonValue()}, {QStringLiteral("location_approximate"), false}});
    const QJsonObject moved = reducer::changedPayload(placed, {QStringLiteral("geom")}).toJson();
    CHECK(moved == QJsonObject{{QStringLiteral("x"), 191039.25}, {QStringLiteral("y"), 541775.5}});

    // What the writers write, the fold reads back into the same asset.
    QStringList every{QStringLiteral("geom")};
    for (const AssetField &f : assetfields::all())
        every << QLatin1String(f.key);
    for (const Asset &a : {placed, bare}) {
        Asset again;
        reducer::applyFields(again, AssetFieldsPayload::read(reducer::changedPayload(a, every).toJson()));
        CHECK(again == a);
    }
}
