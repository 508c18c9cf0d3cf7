// BM_SyncPush: one POST /api/v1/events of N new events through Qt HttpServer into the store, over
// loopback, answered only after the store committed. Store 0 is a GeoPackage file; store 1 is the
// PostgreSQL named by GC_BENCH_PG_URL (e.g. `scripts/pg-local start`), skipped when unset.
// BM_SyncPull/N: one GET /api/v1/events?after=C&limit=1000 (a full page) from a PostgreSQL store
// holding N events, C anywhere in the log; the page is read by the primary key on the cursor, so the
// time should not grow with N (the benchmark refuses to run if EXPLAIN shows anything but that index).
#include "apiservice.h"
#include "credentials.h"
#include "model/eventjson.h"
#include "httpfrontend.h"
#include "store/hybridclock.h"
#include "syncstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <libpq-fe.h>

#include <memory>
#include <random>

namespace {

struct PushBench {
    QTemporaryDir dir;
    std::unique_ptr<gc::server::SyncStore> store;
    std::unique_ptr<gc::server::ApiService> api;
    std::unique_ptr<gc::server::HttpFrontend> http;
    QNetworkAccessManager nam;
    QUrl url;
    QByteArray token;
    QString error;

    explicit PushBench(const QString &storeArg)
    {
        auto s = gc::server::SyncStore::create(storeArg.isEmpty() ? dir.filePath(QStringLiteral("bench.gpkg")) : storeArg);
        if (!s) {
            error = s.error().message();
            return;
        }
        store = std::move(*s);
        store->addUser({QStringLiteral("bench"), gc::server::Role::Office, {}, *gc::server::Credentials::hashPassword(QStringLiteral("bench-password"))});
        api = std::make_unique<gc::server::ApiService>(*store);
        http = std::make_unique<gc::server::HttpFrontend>(*api);
        url = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(*http->listen(QHostAddress::LocalHost, 0)));
        const auto r = post(QStringLiteral("login"), R"({"user":"bench","password":"bench-password"})");
        token = QJsonDocument::fromJson(r.second).object().value(QStringLiteral("token")).toString().toLatin1();
    }

    std::pair<int, QByteArray> post(const QString &path, const QByteArray &body) { return send("POST", path, body); }

    std::pair<int, QByteArray> send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest req(url.resolved(QUrl(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
        QEventLoop loop; // the server lives on this thread too: the loop serves it while we wait
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        std::pair<int, QByteArray> out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        delete reply;
        return out;
    }
};

QByteArray batch(int n, gc::core::HybridClock &clock)
{
    QJsonArray a;
    for (int i = 0; i < n; ++i) {
        a.append(gc::core::eventjson::toJson(gc::core::Event{
            QUuid::createUuid().toString(QUuid::WithoutBraces), clock.now(), QStringLiteral("2024-04-19T09:00:00Z"),
            QStringLiteral("bench"), clock.device(), QStringLiteral("asset.updated"), QUuid::createUuid().toString(QUuid::WithoutBraces),
            QJsonObject{{QStringLiteral("notes"), QStringLiteral("bench %1").arg(i)}}}));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("device"), clock.device()}, {QStringLiteral("events"), a}}).toJson(QJsonDocument::Compact);
}

QString freshSchemaUrl(const QString &pgUrl)
{
    // A fresh schema per run, so runs do not see each other's tables.
    return pgUrl + QStringLiteral("?options=-c%20search_path%3Dbench_") + QUuid::createUuid().toString(QUuid::Id128).left(10)
           + QStringLiteral("%2Cpublic");
}

void BM_SyncPush(benchmark::State &state)
{
    const int n = int(state.range(0));
    const bool pg = state.range(1) == 1;
    const QString pgUrl = qEnvironmentVariable("GC_BENCH_PG_URL");
    if (pg && pgUrl.isEmpty()) {
        state.SkipWithError("GC_BENCH_PG_URL is not set (scripts/pg-local start prints one)");
        return;
    }
    const QString arg = pg ? freshSchemaUrl(pgUrl) : QString();
    auto b = std::make_unique<PushBench>(arg);
    if (!b->error.isEmpty()) {
        state.SkipWithError(qPrintable(b->error));
        return;
    }
    gc::core::HybridClock clock(QStringLiteral("bench-device"));
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray body = batch(n, clock);
        state.ResumeTiming();
        const auto r = b->post(QStringLiteral("events"), body);
        if (r.first != 200) {
            state.SkipWithError(r.second.left(200).constData());
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * n);
    state.SetLabel(pg ? "postgresql" : "geopackage");
}

struct PgConn {
    explicit PgConn(const QString &url) : c(PQconnectdb(url.toUtf8().constData())) {}
    ~PgConn() { PQfinish(c); }
    // The first column of every row, one a line (an EXPLAIN's plan), or the error.
    std::pair<bool, QByteArray> run(const QByteArray &sql)
    {
        PGresult *r = PQexec(c, sql.constData());
        const auto st = PQresultStatus(r);
        const bool ok = st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK;
        QByteArray out = ok ? QByteArray() : QByteArray(PQerrorMessage(c));
        for (int i = 0; ok && st == PGRES_TUPLES_OK && i < PQntuples(r); ++i)
            out += QByteArray(PQgetvalue(r, i, 0)) + '\n';
        PQclear(r);
        return {ok, out};
    }
    PGconn *c;
};

void BM_SyncPull(benchmark::State &state)
{
    const qint64 n = state.range(0);
    const int page = 1000;
    const QString pgUrl = qEnvironmentVariable("GC_BENCH_PG_URL");
    if (pgUrl.isEmpty()) {
        state.SkipWithError("GC_BENCH_PG_URL is not set (scripts/pg-local start prints one)");
        return;
    }
    const QString url = freshSchemaUrl(pgUrl);
    auto b = std::make_unique<PushBench>(url);
    if (!b->error.isEmpty()) {
        state.SkipWithError(qPrintable(b->error));
        return;
    }
    // N events written by SQL in one statement (through the API this would take hours), shaped like
    // a device's: an asset.updated of one of 12,716 assets each.
    PgConn db(url);
    const auto filled = db.run(QByteArrayLiteral(
        "INSERT INTO events (event_id, hlc, occurred_at, actor, device, kind, asset_uuid, payload) "
        "SELECT md5(i::text), lpad((1713500000000 + i)::text, 15, '0') || '-000000000-bench-device', '2024-04-19T09:00:00Z', "
        "'bench', 'bench-device', 'asset.updated', md5('a' || (i % 12716)::text), jsonb_build_object('notes', 'bench ' || i) "
        "FROM generate_series(1, ") + QByteArray::number(n) + ") i; ANALYZE events");
    if (!filled.first) {
        state.SkipWithError(filled.second.left(200).constData());
        return;
    }
    const auto plan = db.run("EXPLAIN SELECT seq FROM events WHERE seq > " + QByteArray::number(n / 2) + " ORDER BY seq LIMIT 1000");
    if (!plan.second.contains("Index") || !plan.second.contains("events_pkey")) {
        state.SkipWithError(("the pull does not read by the cursor's index: " + plan.second).constData());
        return;
    }
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<qint64> cursorAt(0, n - page);
    for (auto _ : state) {
        const QString path = QStringLiteral("events?after=%1&limit=%2").arg(cursorAt(rng)).arg(page);
        const auto r = b->send("GET", path);
        if (r.first != 200 || !r.second.contains("\"more\":true")) {
            state.SkipWithError(r.second.left(200).constData());
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * page);
    state.SetLabel(QStringLiteral("postgresql, %1 events stored, pages of %2").arg(n).arg(page).toStdString());
    db.run("SET client_min_messages TO warning; DROP SCHEMA " + url.section(QStringLiteral("search_path%3D"), 1).section(QStringLiteral("%2C"), 0, 0).toLatin1() + " CASCADE");
}

} // namespace

BENCHMARK(BM_SyncPull)->Arg(100'000)->Arg(1'000'000)->Arg(10'000'000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(200);
BENCHMARK(BM_SyncPush)->ArgsProduct({{1, 100}, {0, 1}})->Unit(benchmark::kMillisecond)->UseRealTime();
