#include "serverfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QThreadPool>

#include <catch2/catch.hpp>

#include <functional>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {


// Lets the pool's only thread go at the end of the test whatever happens, so the pool can be destroyed.
struct Gate {
    QSemaphore semaphore;
    bool open = false;
    void release()
    {
        if (!open)
            semaphore.release();
        open = true;
    }
    ~Gate() { release(); }
};

} // namespace

TEST_CASE("a login whose password check is in flight does not hold up another client's pull", "[server][concurrency]")
{
    // The server's password checks run on this one-thread pool, and the test keeps that thread busy
    // until it says so: the login stays in flight exactly as long as the test needs, with no timing.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    Gate gate;
    test::LocalServer server(Kind::GeoPackage);
    const QString office = server.login(QStringLiteral("office1"));
    server.addAsset(office, QStringLiteral("공원녹지과"));
    server.http = std::make_unique<server::HttpFrontend>(*server.api, &pool);
    auto port = server.http->listen(QHostAddress::LocalHost, 0);
    REQUIRE(port.ok());
    server.port = *port;
    pool.start([&gate] { gate.semaphore.acquire(); });

    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(server.url()).resolved(QUrl(QStringLiteral("api/v1/login"))));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *login = nam.post(req, QByteArray(R"({"user":"crew1","password":"correct horse 1"})"));
    bool loginFinished = false;
    QObject::connect(login, &QNetworkReply::finished, [&] { loginFinished = true; });
    REQUIRE(test::spinUntil([&] { return server.http->loginsInFlight() == 1; }));

    // Another client pulls while the login waits for its check: it is answered first.
    const auto pull = server.request("GET", QStringLiteral("api/v1/events?after=0"), {}, office);
    CHECK(pull.status == 200);
    CHECK(QJsonDocument::fromJson(pull.body).object().value(QStringLiteral("events")).toArray().size() == 1);
    CHECK_FALSE(loginFinished);
    CHECK(server.http->loginsInFlight() == 1);

    gate.release();
    REQUIRE(test::spinUntil([&] { return loginFinished; }));
    CHECK(login->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    const QJsonObject answer = QJsonDocument::fromJson(login->readAll()).object();
    CHECK(answer.value(QStringLiteral("user")).toString() == QStringLiteral("crew1"));
    const QString token = answer.value(QStringLiteral("token")).toString();
    CHECK_FALSE(token.isEmpty());
    CHECK(server.http->loginsInFlight() == 0);
    // The session it made is a real one.
    CHECK(server.request("GET", QStringLiteral("api/v1/me"), {}, token).status == 200);
    delete login;
}

TEST_CASE("a wrong password checked off the accepting thread is refused and counted by the throttle", "[server][concurrency]")
{
    server::ApiLimits limits;
    limits.throttle.maxFailuresPerUser = 2;
    test::LocalServer server(Kind::GeoPackage, limits);
    for (int i = 0; i < 2; ++i)
        CHECK(server.request("POST", QStringLiteral("api/v1/login"), R"({"user":"crew1","password":"wrong one 1"})").status == 401);
    const auto third = server.request("POST", QStringLiteral("api/v1/login"), R"({"user":"crew1","password":"correct horse 1"})");
    CHECK(third.status == 429);
    CHECK(server.http->loginsInFlight() == 0);
}
