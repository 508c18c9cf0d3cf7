// PostgreSQL plans each statement once per session, for any values (PgStore::kSessionSettings). A
// plan made while the store is empty must still suit it once it holds millions of events: the push
// statement's look-up of earlier edits goes through the asset index, never a range of the log.
#include "serverfixture.h"

#include "pgpush.h"
#include "pgstore.h"

#include <libpq-fe.h>

#include <catch2/catch.hpp>

#include <QStringList>

#include <memory>

using namespace gc;

namespace {

// The plan PostgreSQL makes for the push statement on a session set up as the server's are, for
// the values of a device that pushes before it ever pulled (a base of 0: the whole log).
QStringList pushPlan(const QString &url)
{
    std::unique_ptr<PGconn, void (*)(PGconn *)> conn(PQconnectdb(url.toUtf8().constData()), PQfinish);
    PGconn *c = conn.get();
    REQUIRE(PQstatus(c) == CONNECTION_OK);
    PQclear(PQexec(c, server::PgStore::kSessionSettings));
    const auto push = server::PgPush::statement({}, 0, QStringLiteral("crew1"));
    PGresult *prepared = PQprepare(c, "push", push.sql, int(push.params.size()), nullptr);
    INFO(PQerrorMessage(c));
    REQUIRE(PQresultStatus(prepared) == PGRES_COMMAND_OK);
    PQclear(prepared);
    PGresult *r = PQexec(c, "EXPLAIN (COSTS OFF) EXECUTE push('[]', 'crew1', 0, '{a,b}', '{}')");
    REQUIRE(PQresultStatus(r) == PGRES_TUPLES_OK);
    QStringList plan;
    for (int i = 0; i < PQntuples(r); ++i)
        plan << QString::fromUtf8(PQgetvalue(r, i, 0)).trimmed();
    PQclear(r);
    return plan;
}

// How the plan reads the earlier edits: the scan of `events e` and, for a bitmap scan, the index
// scan under it.
QString earlierEditsScan(const QStringList &plan)
{
    for (qsizetype i = 0; i < plan.size(); ++i) {
        if (plan[i].endsWith(QLatin1String(" on events e")))
            return plan.mid(i, plan[i].contains(QLatin1String("Bitmap Heap Scan")) ? 4 : 1).join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace

TEST_CASE("a push's one plan finds earlier edits by asset, never by scanning the log, on an empty store and a full one", "[server][postgres]")
{
    const QString url = test::freshPgUrl();
    auto store = server::SyncStore::create(url);
    REQUIRE(store.ok());
    {
        const QStringList plan = pushPlan(url); // what a server starting on a new store plans
        INFO(plan.join(QLatin1Char('\n')).toStdString());
        CHECK(earlierEditsScan(plan).contains(QStringLiteral("events_asset")));
    }
    // 100,000 events of 10,000 assets, and the statistics that say so.
    test::pgScalar(url, QStringLiteral("INSERT INTO events (event_id, hlc, occurred_at, actor, device, kind, asset_uuid, payload) "
                                       "SELECT 'e' || g, lpad(g::text, 12, '0'), '2026-12-02T00:00:00Z', 'crew1', 'dev', "
                                       "'asset.updated', 'a' || (g % 10000), '{}' FROM generate_series(1, 100000) g"));
    test::pgScalar(url, QStringLiteral("ANALYZE events"));
    const QStringList plan = pushPlan(url);
    INFO(plan.join(QLatin1Char('\n')).toStdString());
    const QString scan = earlierEditsScan(plan);
    CHECK(scan.contains(QStringLiteral("events_asset")));
    CHECK(!scan.contains(QStringLiteral("events_pkey"))); // a walk of the log from the base
}

namespace {

// The plan of one statement prepared on a session set up as the server's, for `args`.
QString planOf(const QString &url, const char *sql, int params, const QByteArray &args)
{
    std::unique_ptr<PGconn, void (*)(PGconn *)> conn(PQconnectdb(url.toUtf8().constData()), PQfinish);
    PGconn *c = conn.get();
    REQUIRE(PQstatus(c) == CONNECTION_OK);
    PQclear(PQexec(c, server::PgStore::kSessionSettings));
    PGresult *prepared = PQprepare(c, "q", sql, params, nullptr);
    INFO(PQerrorMessage(c));
    REQUIRE(PQresultStatus(prepared) == PGRES_COMMAND_OK);
    PQclear(prepared);
    PGresult *r = PQexec(c, ("EXPLAIN (COSTS OFF) EXECUTE q(" + args + ")").constData());
    REQUIRE(PQresultStatus(r) == PGRES_TUPLES_OK);
    QStringList plan;
    for (int i = 0; i < PQntuples(r); ++i)
        plan << QString::fromUtf8(PQgetvalue(r, i, 0)).trimmed();
    PQclear(r);
    return plan.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the role policy's and the photo scope's look-ups go through their indexes, never a scan of the log", "[server][postgres]")
{
    const QString url = test::freshPgUrl();
    auto store = server::SyncStore::create(url);
    REQUIRE(store.ok());
    test::pgScalar(url, QStringLiteral("INSERT INTO events (event_id, hlc, occurred_at, actor, device, kind, asset_uuid, payload) "
                                       "SELECT 'e' || g, lpad(g::text, 12, '0'), '2026-12-02T00:00:00Z', 'crew1', 'dev', "
                                       "(ARRAY['asset.updated','photo.added','place.proposed','survey.rows_saved'])[1 + g % 4], 'a' || (g % 1000), "
                                       "jsonb_build_object('sha256', md5(g::text), 'proposal_id', 'p' || g, 'survey_id', 's' || (g % 10)) "
                                       "FROM generate_series(1, 20000) g"));
    test::pgScalar(url, QStringLiteral("ANALYZE events"));
    // The very statements PgStore sends (proposalOwner, surveyStanding, photoUses).
    const QString owner = planOf(url, "SELECT actor FROM events WHERE kind = 'place.proposed' AND payload->>'proposal_id' = $1 ORDER BY seq LIMIT 1",
                                 1, "'p7'");
    INFO(owner.toStdString());
    CHECK(owner.contains(QStringLiteral("events_proposal")));
    const QString standing = planOf(url, "SELECT kind, payload - 'rows' - 'applied', occurred_at, actor FROM events "
                                         "WHERE payload->>'survey_id' = $1 AND kind LIKE 'survey.%' ORDER BY hlc, event_id",
                                    1, "'s3'");
    INFO(standing.toStdString());
    CHECK(standing.contains(QStringLiteral("events_survey")));
    const QString uses = planOf(url, "SELECT coalesce(asset_uuid, ''), actor FROM events WHERE kind = 'photo.added' AND payload->>'sha256' = $1",
                                1, "'abc'");
    INFO(uses.toStdString());
    CHECK(uses.contains(QStringLiteral("events_photo_sha")));
    const QString quota = planOf(url, "SELECT count(*), coalesce(sum(total), 0) FROM photo_uploads WHERE owner = $1 AND sha256 <> $2", 2,
                                 "'crew1', 'x'");
    INFO(quota.toStdString());
    CHECK(quota.contains(QStringLiteral("photo_uploads_owner")));
}
