// goodcity-sync-load: N concurrent clients each push M events through the real HTTP API, then every
// event is checked to be stored exactly once. Bounded: it stops on its own after --timeout-s.
#include "log/eventjson.h"
#include "log/hybridclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTextStream>
#include <QThread>
#include <QUuid>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct LoadOptions {
    std::vector<QUrl> servers; // client c talks to servers[c % n]: processes over one store
    QUrl server;               // the first: the login that counts, and the final count
    QString user;
    int clients = 100;
    int events = 100;
    int batch = 10;
    int timeoutS = 600;
};

struct Reply {
    int status = 0;
    QByteArray body;
};

Reply send(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &method, const QByteArray &token, const QByteArray &body)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(60'000);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    auto take = [&](const QString &name, const QString &fallback = {}) {
        const int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return fallback;
        const QString v = args.at(i + 1);
        args.remove(i, 2);
        return v;
    };
    LoadOptions o;
    for (QString s = take(QStringLiteral("--server")); !s.isEmpty(); s = take(QStringLiteral("--server")))
        o.servers.emplace_back(s);
    o.server = o.servers.empty() ? QUrl() : o.servers.front();
    o.user = take(QStringLiteral("--user"));
    o.clients = take(QStringLiteral("--clients"), QStringLiteral("100")).toInt();
    o.events = take(QStringLiteral("--events"), QStringLiteral("100")).toInt();
    o.batch = take(QStringLiteral("--batch"), QStringLiteral("10")).toInt();
    o.timeoutS = take(QStringLiteral("--timeout-s"), QStringLiteral("600")).toInt();
    const bool pwStdin = args.removeAll(QStringLiteral("--password-stdin")) > 0;
    if (!o.server.isValid() || o.user.isEmpty() || !pwStdin || !args.isEmpty() || o.clients < 1 || o.events < 1 || o.batch < 1) {
        std::fputs("usage: goodcity-sync-load --server URL [--server URL2 …] --user NAME --password-stdin [--clients 100] [--events 100] "
                   "[--batch 10] [--timeout-s 600]\n",
                   stderr);
        return 2;
    }
    const QString password = QTextStream(stdin).readLine();
    auto url = [&](const QString &path) { return o.server.resolved(QUrl(path)); };

    QNetworkAccessManager nam;
    const Reply login = send(nam, url(QStringLiteral("/api/v1/login")), "POST", {},
                             QJsonDocument(QJsonObject{{QStringLiteral("user"), o.user}, {QStringLiteral("password"), password}})
                                 .toJson(QJsonDocument::Compact));
    if (login.status != 200) {
        std::fprintf(stderr, "login failed: HTTP %d %s\n", login.status, login.body.constData());
        return 2;
    }
    const QByteArray token = QJsonDocument::fromJson(login.body).object().value(QStringLiteral("token")).toString().toLatin1();
    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);

    QMutex mutex;
    std::vector<double> latencies;
    std::atomic<int> failures{0}, acknowledged{0}, added{0};
    std::atomic<qint64> loginsDoneNs{0}; // when the last client's own login came back
    int loginsBack = 0;                  // under mutex: pushes start together once every login came back
    QWaitCondition allLoggedIn;
    const QByteArray loginBody = QJsonDocument(QJsonObject{{QStringLiteral("user"), o.user}, {QStringLiteral("password"), password}})
                                     .toJson(QJsonDocument::Compact);
    QElapsedTimer wall;
    wall.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < o.clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            QNetworkAccessManager client;
            // Each client logs in first, through its own server: crews starting the morning together.
            const QUrl base = o.servers[size_t(c) % o.servers.size()];
            auto at = [&](const QString &path) { return base.resolved(QUrl(path)); };
            // Logins in progress count against the throttle (5 per name, 30 per address): a 429 waits
            // a moment and tries again.
            Reply in = send(client, at(QStringLiteral("/api/v1/login")), "POST", {}, loginBody);
            for (int tries = 0; in.status == 429 && tries < 600 && wall.elapsed() < qint64(o.timeoutS) * 1000; ++tries) {
                QThread::msleep(200);
                in = send(client, at(QStringLiteral("/api/v1/login")), "POST", {}, loginBody);
            }
            for (qint64 now = wall.nsecsElapsed(), seen = loginsDoneNs.load(); now > seen && !loginsDoneNs.compare_exchange_weak(seen, now);) {
            }
            {
                QMutexLocker lock(&mutex);
                if (++loginsBack == o.clients)
                    allLoggedIn.wakeAll();
                while (loginsBack < o.clients)
                    allLoggedIn.wait(&mutex);
            }
            if (in.status != 200) {
                ++failures;
                std::fprintf(stderr, "client %d: login HTTP %d %s\n", c, in.status, in.body.left(200).constData());
                return;
            }
            const QByteArray token = QJsonDocument::fromJson(in.body).object().value(QStringLiteral("token")).toString().toLatin1();
            const QString device = QStringLiteral("load-%1-%2").arg(run).arg(c);
            gc::core::HybridClock clock(device);
            std::vector<double> mine;
            for (int first = 0; first < o.events; first += o.batch) {
                QJsonArray batch;
                for (int i = first; i < std::min(o.events, first + o.batch); ++i) {
                    gc::core::Event e{QUuid::createUuid().toString(QUuid::WithoutBraces), clock.now(),
                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), o.user, device,
                                      QStringLiteral("asset.updated"), QUuid::createUuid().toString(QUuid::WithoutBraces),
                                      QJsonObject{{QStringLiteral("notes"), QStringLiteral("load %1/%2").arg(c).arg(i)}}};
                    batch.append(gc::core::eventjson::toJson(e));
                }
                const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("device"), device},
                                                                  {QStringLiteral("base_cursor"), 0},
                                                                  {QStringLiteral("events"), batch}})
                                            .toJson(QJsonDocument::Compact);
                if (wall.elapsed() > qint64(o.timeoutS) * 1000) {
                    ++failures;
                    break;
                }
                QElapsedTimer t;
                t.start();
                Reply r = send(client, at(QStringLiteral("/api/v1/events")), "POST", token, body);
                mine.push_back(double(t.nsecsElapsed()) / 1e6);
                if (r.status != 200) {
                    ++failures;
                    std::fprintf(stderr, "client %d: HTTP %d %s\n", c, r.status, r.body.left(200).constData());
                    continue;
                }
                const QJsonObject res = QJsonDocument::fromJson(r.body).object();
                acknowledged += int(res.value(QStringLiteral("acknowledged")).toArray().size());
                added += res.value(QStringLiteral("added")).toInt();
                if (first == 0) { // a retry of an acknowledged batch must change nothing
                    Reply again = send(client, at(QStringLiteral("/api/v1/events")), "POST", token, body);
                    if (again.status != 200 || QJsonDocument::fromJson(again.body).object().value(QStringLiteral("added")).toInt() != 0)
                        ++failures;
                }
            }
            QMutexLocker lock(&mutex);
            latencies.insert(latencies.end(), mine.begin(), mine.end());
        }));
    }
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        t->wait();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double loginSeconds = double(loginsDoneNs.load()) / 1e9;
    const double pushSeconds = std::max(1e-9, seconds - loginSeconds); // pushes start when the last login is back

    // Count what the server holds from this run: every event exactly once.
    QSet<QString> ids;
    qint64 dup = 0, cursor = 0;
    for (;;) {
        const Reply r = send(nam, url(QStringLiteral("/api/v1/events?after=%1&limit=5000").arg(cursor)), "GET", token, {});
        if (r.status != 200) {
            std::fprintf(stderr, "pull failed: HTTP %d\n", r.status);
            return 2;
        }
        const QJsonObject o2 = QJsonDocument::fromJson(r.body).object();
        const QJsonArray a = o2.value(QStringLiteral("events")).toArray();
        for (const auto &v : a) {
            const QJsonObject e = v.toObject();
            if (!e.value(QStringLiteral("device")).toString().startsWith(QStringLiteral("load-%1-").arg(run)))
                continue;
            const QString id = e.value(QStringLiteral("id")).toString();
            if (ids.contains(id))
                ++dup;
            ids.insert(id);
        }
        cursor = qint64(o2.value(QStringLiteral("cursor")).toDouble());
        if (!o2.value(QStringLiteral("more")).toBool())
            break;
    }
    const qint64 expected = qint64(o.clients) * o.events;
    std::printf("{\"servers\": %zu, \"clients\": %d, \"events_per_client\": %d, \"batch\": %d, \"requests\": %zu, \"push_seconds\": %.2f, "
                "\"events_per_s\": %.0f, \"logins_per_s\": %.1f, \"requests_per_s\": %.0f, \"p50_ms\": %.1f, \"p95_ms\": %.1f, \"p99_ms\": %.1f, "
                "\"acknowledged\": %d, \"added\": %d, \"stored\": %lld, \"duplicates\": %lld, \"failures\": %d}\n",
                o.servers.size(), o.clients, o.events, o.batch, latencies.size(), pushSeconds, double(expected) / pushSeconds,
                double(o.clients) / std::max(1e-9, loginSeconds),
                double(latencies.size()) / pushSeconds, percentile(latencies, 0.50), percentile(latencies, 0.95),
                percentile(latencies, 0.99), acknowledged.load(), added.load(), qlonglong(ids.size()), qlonglong(dup),
                failures.load());
    const bool exact = ids.size() == expected && dup == 0 && failures == 0 && added == expected;
    if (!exact)
        std::fprintf(stderr, "FAIL: expected %lld events stored exactly once\n", qlonglong(expected));
    return exact ? 0 : 1;
}
