// One typed definition per event kind (W3.6 item 2): for every kind in the one definition
// (model/payloadfields.h), a valid payload survives the typed round trip byte for byte, and each missing
// required field, wrong type and out-of-bound value is refused naming the field — by the typed
// struct, by the server's parse (eventjson::fromJson) and by the device's writer (AssetStore::record),
// with the same words, because all three read the same table.
#include "model/assetfields.h"
#include "inventoryfixture.h"
#include "model/eventjson.h"
#include "model/eventkinds.h"
#include "model/payloads.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace gc::core;
using gc::test::InventoryFixture;

namespace {

QJsonValue validValue(const PayloadField &f);

QJsonObject validObject(std::span<const PayloadField> fields)
{
    QJsonObject o;
    for (const PayloadField &f : fields)
        o.insert(QLatin1String(f.key), validValue(f));
    return o;
}

// A value of the field's domain (model/eventdomain.h), or nothing when its type alone bounds it.
std::optional<QJsonValue> domainValue(PayloadDomain d)
{
    switch (d) {
    case PayloadDomain::Any: return std::nullopt;
    case PayloadDomain::Easting: return 191604.6;
    case PayloadDomain::Northing: return 541809.5;
    case PayloadDomain::Latitude: return 37.45;
    case PayloadDomain::Longitude: return 126.9;
    case PayloadDomain::Category: return QStringLiteral("bench");
    case PayloadDomain::Status: return QStringLiteral("installed");
    case PayloadDomain::PhotoSlot: return QStringLiteral("after1");
    case PayloadDomain::PhotoVerdict: return QStringLiteral("review");
    case PayloadDomain::Mime: return QStringLiteral("image/jpeg");
    case PayloadDomain::PhotoSource: return QStringLiteral("camera");
    case PayloadDomain::Priority: return 2;
    case PayloadDomain::MarkCount:
    case PayloadDomain::Pixels:
    case PayloadDomain::Bytes: return 3;
    }
    return std::nullopt;
}

// A value of the field's JSON type outside its domain (what the outside pass sent), or nothing.
std::optional<QJsonValue> outsideDomain(PayloadDomain d)
{
    switch (d) {
    case PayloadDomain::Any: return std::nullopt;
    case PayloadDomain::Easting:
    case PayloadDomain::Northing: return 1e308;
    case PayloadDomain::Latitude:
    case PayloadDomain::Longitude: return -1e308;
    case PayloadDomain::Category: return QStringLiteral("nuke");
    case PayloadDomain::Status: return QStringLiteral("VERIFIED");
    case PayloadDomain::PhotoSlot: return QStringLiteral("../../x");
    case PayloadDomain::PhotoVerdict: return QStringLiteral("pwned");
    case PayloadDomain::Mime: return QStringLiteral("text/html");
    case PayloadDomain::PhotoSource: return QStringLiteral("evil");
    case PayloadDomain::Priority: return 0;
    case PayloadDomain::MarkCount:
    case PayloadDomain::Pixels:
    case PayloadDomain::Bytes: return -1;
    }
    return std::nullopt;
}

QJsonValue validValue(const PayloadField &f)
{
    if (const auto v = domainValue(f.domain))
        return *v;
    switch (f.type) {
    case PayloadType::Text: return QStringLiteral("가");
    case PayloadType::Number: return 1.5;
    case PayloadType::Integer: return 3;
    case PayloadType::Bool: return true;
    case PayloadType::Sha256: return QString(64, QLatin1Char('c'));
    case PayloadType::TextList: return QJsonArray{QStringLiteral("a"), QStringLiteral("b")};
    case PayloadType::TextMap: return QJsonObject{{QStringLiteral("after1"), QStringLiteral("pass")}};
    case PayloadType::ObjectList: return QJsonArray{validObject(f.items)};
    case PayloadType::ObjectListMap: return QJsonObject{{QStringLiteral("after1"), QJsonArray{validObject(f.items)}}};
    }
    return {};
}

QJsonValue wrongType(const PayloadField &f)
{
    switch (f.type) {
    case PayloadType::Text:
    case PayloadType::TextList:
    case PayloadType::TextMap:
    case PayloadType::ObjectList:
    case PayloadType::ObjectListMap: return 7;
    case PayloadType::Number:
    case PayloadType::Bool: return QStringLiteral("7");
    case PayloadType::Integer: return 1.5;
    case PayloadType::Sha256: return QString(64, QLatin1Char('C')); // upper case: not a file name every device agrees on
    }
    return {};
}

// One past the field's bound, or nothing when the type has none of its own.
std::optional<QJsonValue> overBound(const PayloadField &f)
{
    const EventLimits limits;
    const int max = f.maxLength > 0 ? f.maxLength : (f.type == PayloadType::Text ? limits.maxPayloadText : limits.maxListEntries);
    switch (f.type) {
    case PayloadType::Text: return QString(max + 1, QLatin1Char('t'));
    case PayloadType::TextList: {
        QJsonArray a;
        for (int i = 0; i <= max; ++i)
            a.append(QStringLiteral("x"));
        return a;
    }
    case PayloadType::TextMap: {
        QJsonObject o;
        for (int i = 0; i <= max; ++i)
            o.insert(QStringLiteral("k%1").arg(i), QStringLiteral("pass"));
        return o;
    }
    default: return std::nullopt; // numbers are bounded by type; the object lists' bounds are far above their kinds' byte limit
    }
}

Event wrap(const QString &kind, const QJsonObject &payload)
{
    // An asset event names its asset (eventjson::fromJson refuses one that does not).
    const QString asset = EventKind::isAssetKind(kind) ? QStringLiteral("0190a000-0000-7000-8000-0000000000aa") : QString();
    return Event{QStringLiteral("0190a000-0000-7000-8000-000000000001"), QStringLiteral("001713500000000-000000000-dev"),
                 QStringLiteral("2024-04-19T09:00:00Z"), QStringLiteral("crew1"), QStringLiteral("dev"), kind, asset, payload};
}

// The words after "이벤트 <id>(<kind>): ", which name the field and the rule.
QString why(const gc::Error &e) { return e.message().section(QStringLiteral("): "), 1); }

struct Refusals {
    QString typed, server, device;
};

Refusals refusals(AssetStore &store, const payloads::TypedKind &k, const QJsonObject &payload)
{
    Refusals r;
    if (auto t = k.roundTrip(payload, QLatin1String(k.kind)); !t)
        r.typed = why(t.error());
    if (auto s = eventjson::fromJson(eventjson::toJson(wrap(QLatin1String(k.kind), payload))); !s)
        r.server = why(s.error());
    if (auto d = store.record({{QLatin1String(k.kind), {}, payload}}); !d)
        r.device = why(d.error());
    return r;
}

void checkRefused(AssetStore &store, const payloads::TypedKind &k, const QJsonObject &payload, const QString &field)
{
    const Refusals r = refusals(store, k, payload);
    INFO(k.kind << " " << field.toStdString() << ": " << r.typed.toStdString());
    CHECK(r.typed.contains(QStringLiteral("'payload.%1").arg(field)));
    CHECK(r.server == r.typed);
    CHECK(r.device == r.typed);
}

} // namespace

TEST_CASE("every kind's typed struct reads the very table the validation reads, and every table kind has one", "[events][payloads]")
{
    REQUIRE(payloads::all().size() == eventkinds::all().size());
    for (const EventKindSpec &spec : eventkinds::all()) {
        const payloads::TypedKind *typed = payloads::find(QLatin1String(spec.kind));
        INFO(spec.kind);
        REQUIRE(typed);
        CHECK(typed->fields.data() == spec.fields.data()); // the same array, not a copy that could drift
        CHECK(typed->fields.size() == spec.fields.size());
    }
    CHECK(AssetStatusPayload::fields().data() == eventkinds::find(QLatin1String(EventKind::AssetStatus))->fields.data());
}

TEST_CASE("for every kind, a valid payload round-trips unchanged and each bad field is refused alike by the struct, the server and the device",
          "[events][payloads]")
{
    InventoryFixture fx;
    for (const payloads::TypedKind &k : payloads::all()) {
        const QJsonObject valid = validObject(k.fields);
        INFO(k.kind << " " << QJsonDocument(valid).toJson(QJsonDocument::Compact).toStdString());
        auto back = k.roundTrip(valid, QLatin1String(k.kind));
        REQUIRE(back.ok());
        CHECK(QJsonDocument(*back).toJson(QJsonDocument::Compact) == QJsonDocument(valid).toJson(QJsonDocument::Compact));
        const Refusals none = refusals(*fx.store, k, valid);
        CHECK((none.typed.isEmpty() && none.server.isEmpty() && none.device.isEmpty()));
        // A field the table does not name rides along in `extra`, and so does an explicit null.
        QJsonObject more = valid;
        more.insert(QStringLiteral("undo_of"), QStringLiteral("batch-1"));
        for (const PayloadField &f : k.fields) {
            if (!f.required) {
                more.insert(QLatin1String(f.key), QJsonValue::Null);
                break;
            }
        }
        auto moreBack = k.roundTrip(more, QLatin1String(k.kind));
        REQUIRE(moreBack.ok());
        CHECK(*moreBack == more);

        for (const PayloadField &f : k.fields) {
            const QString key = QLatin1String(f.key);
            if (f.required) {
                QJsonObject missing = valid;
                missing.remove(key);
                checkRefused(*fx.store, k, missing, key);
            }
            QJsonObject mistyped = valid;
            mistyped.insert(key, wrongType(f));
            checkRefused(*fx.store, k, mistyped, key);
            if (const auto outside = outsideDomain(f.domain)) {
                QJsonObject bad = valid;
                bad.insert(key, *outside);
                checkRefused(*fx.store, k, bad, key);
            }
            if (const auto over = overBound(f)) {
                QJsonObject tooLong = valid;
                tooLong.insert(key, *over);
                checkRefused(*fx.store, k, tooLong, key);
            }
        }
    }
}

TEST_CASE("the typed asset.status the device writes is what the server reads back", "[events][payloads]")
{
    AssetStatusPayload p;
    p.status = QStringLiteral("installed");
    p.method = QStringLiteral("plate");
    p.markCount = 2;
    p.photos = QStringList{QStringLiteral("p1"), QStringLiteral("p2")};
    p.x = 191000.5;
    p.y = 542000.0;
    const QJsonObject wire = p.toJson();
    CHECK(QJsonDocument(wire).toJson(QJsonDocument::Compact)
          == R"({"mark_count":2,"method":"plate","photos":["p1","p2"],"status":"installed","x":191000.5,"y":542000})");
    auto server = eventjson::fromJson(eventjson::toJson(wrap(QLatin1String(EventKind::AssetStatus), wire)));
    REQUIRE(server.ok());
    auto read = AssetStatusPayload::fromJson(server->payload);
    REQUIRE(read.ok());
    CHECK(read->status == p.status);
    CHECK(read->markCount == p.markCount);
    CHECK(read->photos == p.photos);
    CHECK(read->x == p.x);
    CHECK(read->extra.isEmpty());
    // A status without its required field is refused by the struct as by the server.
    CHECK_FALSE(AssetStatusPayload::fromJson(QJsonObject{{QStringLiteral("reason"), QStringLiteral("r")}}).ok());
}

TEST_CASE("the asset payload names every field of the asset field table, with its type", "[events][payloads]")
{
    // assetfields::all() keeps the spreadsheet labels; model/payloadfields.h the payload's definition.
    // A field added to one and not the other would be refused by the server or lost by the import.
    for (const AssetField &a : assetfields::all()) {
        INFO(a.key);
        const PayloadField *found = nullptr;
        for (const PayloadField &f : AssetFieldsPayload::fields()) {
            if (QLatin1String(f.key) == QLatin1String(a.key))
                found = &f;
        }
        REQUIRE(found);
        const PayloadType want = a.type == AssetField::Type::Int    ? PayloadType::Integer
                                 : a.type == AssetField::Type::Bool ? PayloadType::Bool
                                 : a.type == AssetField::Type::Real ? PayloadType::Number
                                                                    : PayloadType::Text;
        CHECK(found->type == want);
        CHECK_FALSE(found->required);
    }
    CHECK(AssetFieldsPayload::fields().size() == assetfields::all().size() + 3); // x, y and the batch
    // A whole asset, as asset.created carries it, reads into the struct with nothing left over.
    Asset a;
    a.code = QStringLiteral("GC-SIGN-000001");
    a.category = QStringLiteral("sign");
    a.markCount = 3;
    a.locationApproximate = true;
    a.hasLocation = true;
    a.x = 191000.5;
    a.y = 542000;
    auto typed = AssetFieldsPayload::fromJson(assetfields::toJson(a), QLatin1String(EventKind::AssetCreated));
    REQUIRE(typed.ok());
    CHECK(typed->extra.isEmpty());
    CHECK(typed->code == a.code);
    CHECK(typed->markCount == 3);
    CHECK(typed->locationApproximate == true);
    CHECK(typed->x == a.x);
    CHECK(typed->toJson() == assetfields::toJson(a));
}
