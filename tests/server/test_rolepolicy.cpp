// The role policy judges the typed payload (model/payloads.h), read by the kind's one definition
// (model/payloadfields.h): what it refused on raw keys it still refuses, and a payload that does not
// fit its kind reaches no judgement on stray values (W3.6 item 2). Called directly, without a store:
// the server's parse (eventjson::fromJson) checks the same definition before the policy sees an event.
#include "rolepolicy.h"

#include "model/eventkinds.h"

#include <catch2/catch.hpp>

#include <QJsonObject>

using namespace gc;
using gc::server::RolePolicy;
using gc::server::WriteContext;

namespace {

server::User crew() { return server::User{QStringLiteral("kim"), server::Role::Crew, QStringLiteral("crew-a"), {}}; }

core::Event event(const char *kind, const QJsonObject &payload)
{
    core::Event e;
    e.id = QStringLiteral("0190a000-0000-7000-8000-000000000001");
    e.hlc = QStringLiteral("001713500000000-000000000-dev");
    e.time = QStringLiteral("2024-04-19T09:00:00Z");
    e.actor = QStringLiteral("kim");
    e.device = QStringLiteral("dev");
    e.kind = QLatin1String(kind);
    e.assetUuid = QStringLiteral("0190a000-0000-7000-8000-0000000000aa");
    e.payload = payload;
    return e;
}

// An asset assigned to the crew, so only the payload decides.
WriteContext assigned()
{
    core::Asset a;
    a.uuid = QStringLiteral("0190a000-0000-7000-8000-0000000000aa");
    a.code = QStringLiteral("GC-SIGN-000001");
    a.status = core::toString(core::AssetStatus::Assigned);
    a.assignee = QStringLiteral("crew-a");
    WriteContext c;
    c.asset = a;
    return c;
}

QJsonObject installed(std::initializer_list<std::pair<const char *, QJsonValue>> more = {})
{
    QJsonObject p{{QStringLiteral("status"), core::toString(core::AssetStatus::Installed)}};
    for (const auto &[key, value] : more)
        p.insert(QLatin1String(key), value);
    return p;
}

} // namespace

TEST_CASE("role policy: a crew's install is judged on its typed payload, as before", "[roles][payloads]")
{
    const RolePolicy policy;
    CHECK(policy.mayWrite(crew(), event(core::EventKind::AssetStatus, installed({{"mark_count", 2}, {"method", QStringLiteral("plate")}})), assigned()).allowed);
    const auto tooMany = policy.mayWrite(crew(), event(core::EventKind::AssetStatus, installed({{"mark_count", 5000}})), assigned());
    CHECK_FALSE(tooMany.allowed);
    CHECK(tooMany.reason.contains(QStringLiteral("the number of marks is 1 to 99")));
    const auto method = policy.mayWrite(crew(), event(core::EventKind::AssetStatus, installed({{"method", QStringLiteral("nails")}})), assigned());
    CHECK_FALSE(method.allowed);
    CHECK(method.reason.contains(QStringLiteral("unknown attachment method")));
    const auto assignee = policy.mayWrite(crew(), event(core::EventKind::AssetStatus, installed({{"assignee", QStringLiteral("crew-a")}})), assigned());
    CHECK_FALSE(assignee.allowed);
    CHECK(assignee.reason.contains(QStringLiteral("a crew cannot change 'assignee'")));
}

TEST_CASE("role policy: a null method or mark count is refused as an unknown one, not read as absent", "[roles][payloads]")
{
    const RolePolicy policy;
    const auto method = policy.mayWrite(crew(), event(core::EventKind::AssetStatus, installed({{"method", QJsonValue::Null}})), assigned());
    CHECK_FALSE(method.allowed);
    CHECK(method.reason.contains(QStringLiteral("unknown attachment method")));
    const auto count = policy.mayWrite(crew(), event(core::EventKind::AssetStatus, installed({{"mark_count", QJsonValue::Null}})), assigned());
    CHECK_FALSE(count.allowed);
    CHECK(count.reason.contains(QStringLiteral("the number of marks is 1 to 99")));
}

TEST_CASE("role policy: a payload that does not fit its kind is refused naming the field", "[roles][payloads]")
{
    const RolePolicy policy;
    // A count written as text: the old raw read refused it as a bad count; the typed read names the field.
    const auto text = policy.mayWrite(crew(), event(core::EventKind::AssetStatus, installed({{"mark_count", QStringLiteral("2")}})), assigned());
    CHECK_FALSE(text.allowed);
    CHECK(text.reason.contains(QStringLiteral("'payload.mark_count'")));
    // A status without its status: refused by the definition, not judged as the empty status.
    const auto none = policy.mayWrite(crew(), event(core::EventKind::AssetStatus, QJsonObject{{QStringLiteral("note"), QStringLiteral("n")}}), assigned());
    CHECK_FALSE(none.allowed);
    CHECK(none.reason.contains(QStringLiteral("'payload.status'")));
    // A photo whose width is text passed the raw reads (only sha256 and proposal_id were read).
    QJsonObject photo{{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}, {QStringLiteral("width"), QStringLiteral("wide")}};
    WriteContext ctx = assigned();
    ctx.photoUploadedBy = QStringLiteral("kim");
    const auto wide = policy.mayWrite(crew(), event(core::EventKind::PhotoAdded, photo), ctx);
    CHECK_FALSE(wide.allowed);
    CHECK(wide.reason.contains(QStringLiteral("'payload.width'")));
    photo.remove(QStringLiteral("width"));
    CHECK(policy.mayWrite(crew(), event(core::EventKind::PhotoAdded, photo), ctx).allowed);
    // The photo's own words still come first for a bad SHA-256, for every role.
    const auto sha = policy.mayWrite(crew(), event(core::EventKind::PhotoAdded, QJsonObject{{QStringLiteral("sha256"), QStringLiteral("../x")}}), ctx);
    CHECK_FALSE(sha.allowed);
    CHECK(sha.reason.contains(QStringLiteral("a photo's sha256 is not 64 hex digits")));
}

TEST_CASE("role policy: a department's rows are judged by the typed department, and must fit their kind", "[roles][payloads][survey]")
{
    const RolePolicy policy;
    const server::User dept{QStringLiteral("traffic"), server::Role::Department, QStringLiteral("교통행정과"), {}};
    auto rows = [](const QString &department) {
        return QJsonObject{{QStringLiteral("survey_id"), QStringLiteral("s1")}, {QStringLiteral("department"), department}};
    };
    auto e = event(core::EventKind::SurveyRowsSaved, rows(QStringLiteral("교통행정과")));
    e.actor = dept.name;
    e.assetUuid.clear();
    CHECK(policy.mayWrite(dept, e, {}).allowed);
    e.payload = rows(QStringLiteral("공원녹지과"));
    const auto other = policy.mayWrite(dept, e, {});
    CHECK_FALSE(other.allowed);
    CHECK(other.reason.contains(QStringLiteral("this survey belongs to another department")));
    e.payload = QJsonObject{{QStringLiteral("department"), QStringLiteral("교통행정과")}};
    const auto noSurvey = policy.mayWrite(dept, e, {});
    CHECK_FALSE(noSurvey.allowed);
    CHECK(noSurvey.reason.contains(QStringLiteral("'payload.survey_id'")));
}
