// Pages of a pull as a reader sees them: a page's byte budget is not spent on events the reader may
// not read, the device reads on while the server says `more`, and a cursor past the store's end is
// answered with the store's end. Both stores, through the real HTTP front end on loopback.
#include "fielddevice.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

const QString kSurvey = QStringLiteral("s-2026");
const QString kParks = QStringLiteral("공원녹지과");

int push(test::LocalServer &s, const QString &token, const QJsonObject &event)
{
    const auto r = s.request("POST", QStringLiteral("api/v1/events"), test::batch({event}), token);
    INFO(r.body.toStdString());
    return r.status;
}

void openSurvey(test::LocalServer &s, const QString &office)
{
    REQUIRE(push(s, office, test::event(QStringLiteral("office1"), QStringLiteral("survey.opened"),
                                        {{QStringLiteral("survey_id"), kSurvey}, {QStringLiteral("title"), QStringLiteral("2026 수요조사")},
                                         {QStringLiteral("deadline"), QStringLiteral("2026-12-31")}})) == 200);
}

// The parks department saves `saves` sheets of 60 rows each in the open survey, every one larger
// than the tests' page budget. A crew may read none of them.
void bigSurveySaves(test::LocalServer &s, int saves)
{
    const QString parks = s.login(QStringLiteral("parks"));
    for (int save = 0; save < saves; ++save) {
        QJsonArray rows;
        for (int i = 0; i < 60; ++i)
            rows.append(QJsonObject{{QStringLiteral("row_id"), QStringLiteral("p-%1").arg(i)}, {QStringLiteral("category"), QStringLiteral("bench")},
                                    {QStringLiteral("needed"), true}, {QStringLiteral("note"), QStringLiteral("save %1").arg(save)}});
        REQUIRE(push(s, parks, test::event(QStringLiteral("parks"), QStringLiteral("survey.rows_saved"),
                                           {{QStringLiteral("survey_id"), kSurvey}, {QStringLiteral("department"), kParks}, {QStringLiteral("rows"), rows}})) == 200);
    }
}

QJsonObject page(test::LocalServer &s, const QString &token, qint64 after)
{
    const auto r = s.request("GET", QStringLiteral("api/v1/events?after=%1").arg(after), {}, token);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    return QJsonDocument::fromJson(r.body).object();
}

server::ApiLimits smallPages()
{
    server::ApiLimits limits;
    limits.maxPullPayloadBytes = 2000; // a 60-row sheet is about 5 KB: each one fills a page alone
    return limits;
}

} // namespace

TEST_CASE("attack: a crew's pull page is not spent on a department's big survey sheets it may not read", "[security][bounds][read]")
{
    // An outside pass: three 8 MB sheets made three crew pages come back empty with `more`.
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind, smallPages());
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew = s.login(QStringLiteral("crew1"));
    openSurvey(s, office);
    s.pullAll(crew);
    const qint64 before = *s.store->cursor();
    bigSurveySaves(s, 3); // three store pages to read past, within one request's bound (PageScan::maxReads)
    const QString work = s.addAsset(office, kParks, QStringLiteral("crew1"));

    const QJsonObject first = page(s, crew, before);
    const QJsonArray events = first.value(QStringLiteral("events")).toArray();
    REQUIRE_FALSE(events.isEmpty());
    for (const auto &e : events) {
        CHECK_FALSE(e.toObject().value(QStringLiteral("kind")).toString().startsWith(QLatin1String("survey.")));
        CHECK(e.toObject().value(QStringLiteral("asset_uuid")).toString() == work);
    }
    // The parks department reads its own sheets, still one big sheet per page.
    const QJsonObject sheets = page(s, s.login(QStringLiteral("parks")), before + 1);
    CHECK(sheets.value(QStringLiteral("events")).toArray().size() == 1);
    CHECK(sheets.value(QStringLiteral("more")).toBool());
}

TEST_CASE("attack: more unreadable sheets than one request reads: the device follows `more` and gets the office's assignment in one round",
          "[security][bounds][read]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind, smallPages());
    const QString office = s.login(QStringLiteral("office1"));
    QTemporaryDir dir;
    test::FieldDevice tab(dir.filePath(QStringLiteral("crew.gpkg")), s.url(), QStringLiteral("crew1"), QStringLiteral("tab-1"));
    tab.syncOk();
    openSurvey(s, office);
    bigSurveySaves(s, 12); // three requests' worth of reading (server::PageScan::maxReads each)
    const QString work = s.addAsset(office, kParks, QStringLiteral("crew1"));

    // One request reads a bounded amount: an empty page with `more` and a cursor that moved.
    const qint64 start = core::SyncClient::state(*tab.store).cursor;
    const QJsonObject first = page(s, s.login(QStringLiteral("crew1")), start);
    CHECK(first.value(QStringLiteral("events")).toArray().isEmpty());
    CHECK(first.value(QStringLiteral("more")).toBool());
    CHECK(qint64(first.value(QStringLiteral("cursor")).toDouble()) > start);

    const core::SyncReport round = tab.syncOk();
    CHECK(round.pulledEvents >= 2); // the asset and its assignment
    const auto asset = tab.store->asset(work);
    REQUIRE(asset.has_value());
    CHECK(asset->assignee == QStringLiteral("crew1"));
    CHECK(core::SyncClient::state(*tab.store).cursor == *s.store->cursor());
}

TEST_CASE("a pull after a cursor past the store's end answers the store's end, and a device there resumes", "[bounds]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString office = s.login(QStringLiteral("office1"));
    s.addAsset(office, kParks);
    s.pullAll(office); // served up to the end: a claim beyond what a reader was served is served from there
    const qint64 end = *s.store->cursor();
    const QJsonObject beyond = page(s, office, 999'999'999);
    CHECK(beyond.value(QStringLiteral("events")).toArray().isEmpty());
    CHECK(qint64(beyond.value(QStringLiteral("cursor")).toDouble()) == end);
    CHECK_FALSE(beyond.value(QStringLiteral("more")).toBool());
    // From there the next event arrives.
    const QString next = s.addAsset(office, kParks);
    const QJsonArray events = page(s, office, end).value(QStringLiteral("events")).toArray();
    REQUIRE(events.size() == 1);
    CHECK(events[0].toObject().value(QStringLiteral("asset_uuid")).toString() == next);
}
