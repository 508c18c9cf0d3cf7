// BM_SyncPush: one POST /api/v1/events of N new events through Qt HttpServer into the store, over
// loopback, answered only after the store committed. Store 0 is a GeoPackage file; store 1 is the
// PostgreSQL named by GC_BENCH_PG_URL (e.g. `scripts/pg-local start`), skipped when unset.
#include "apiservice.h"
#include "credentials.h"
#include "log/eventjson.h"
#include "httpfrontend.h"
#include "log/hybridclock.h"
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

#include <memory>

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
            error = s.error().message;
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

    std::pair<int, QByteArray> post(const QString &path, const QByteArray &body)
    {
        QNetworkRequest req(url.resolved(QUrl(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = nam.post(req, body);
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

void BM_SyncPush(benchmark::State &state)
{
    const int n = int(state.range(0));
    const bool pg = state.range(1) == 1;
    const QString pgUrl = qEnvironmentVariable("GC_BENCH_PG_URL");
    if (pg && pgUrl.isEmpty()) {
        state.SkipWithError("GC_BENCH_PG_URL is not set (scripts/pg-local start prints one)");
        return;
    }
    QString arg;
    if (pg) { // a fresh schema per run, so runs do not see each other's tables
        arg = pgUrl + QStringLiteral("?options=-c%20search_path%3Dbench_") + QUuid::createUuid().toString(QUuid::Id128).left(10)
              + QStringLiteral("%2Cpublic");
    }
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

} // namespace

BENCHMARK(BM_SyncPush)->ArgsProduct({{1, 100}, {0, 1}})->Unit(benchmark::kMillisecond)->UseRealTime();
