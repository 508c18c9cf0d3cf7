#include "serverfixture.h"

#include "credentials.h"
#include "model/assetfields.h"
#include "model/assetstatus.h"
#include "model/eventjson.h"
#include "store/hybridclock.h"
#include "demo/demogenerator.h"
#include "store/assetstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <libpq-fe.h>

#include <catch2/catch.hpp>

#include <memory>

namespace gc::test {

namespace {
struct PgCloser { void operator()(PGconn *c) const { PQfinish(c); } };
struct PgClear { void operator()(PGresult *r) const { PQclear(r); } };

QString baseUrl()
{
    const QString file = qEnvironmentVariable("GC_PG_URL_FILE");
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly))
        FAIL("GC_PG_URL_FILE names no readable file ('" << file.toStdString()
                                                       << "'): run these tests through ctest, which starts scripts/pg-local");
    return QString::fromUtf8(f.readAll()).trimmed();
}
} // namespace

QJsonObject event(const QString &actor, const QString &kind, const QJsonObject &payload, const QString &asset)
{
    static qint64 ms = 1'713'500'000'000;
    return core::eventjson::toJson(core::Event{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                               core::HybridClock::format(++ms, 0, QStringLiteral("dev-t")),
                                               QStringLiteral("2024-04-19T09:00:00Z"), actor, QStringLiteral("dev-t"), kind,
                                               asset.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : asset, payload});
}

QByteArray batch(std::initializer_list<QJsonObject> events)
{
    QJsonArray a;
    for (const auto &e : events)
        a.append(e);
    return QJsonDocument(QJsonObject{{QStringLiteral("device"), QStringLiteral("dev-t")}, {QStringLiteral("events"), a}}).toJson();
}

bool spinUntil(const std::function<bool()> &done)
{
    const QDeadlineTimer bound(30'000);
    while (!done() && !bound.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

QString pgScalar(const QString &url, const QString &sql)
{
    std::unique_ptr<PGconn, PgCloser> c(PQconnectdb(url.toUtf8().constData()));
    REQUIRE(PQstatus(c.get()) == CONNECTION_OK);
    std::unique_ptr<PGresult, PgClear> r(PQexec(c.get(), sql.toUtf8().constData()));
    const auto st = PQresultStatus(r.get());
    INFO(PQerrorMessage(c.get()));
    REQUIRE((st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK));
    return st == PGRES_TUPLES_OK && PQntuples(r.get()) > 0 ? QString::fromUtf8(PQgetvalue(r.get(), 0, 0)) : QString();
}

QString freshPgUrl()
{
    const QString base = baseUrl();
    const QString schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    pgScalar(base, QStringLiteral("CREATE SCHEMA %1").arg(schema));
    return base + QStringLiteral("?options=-c%20search_path%3D") + schema + QStringLiteral("%2Cpublic");
}

LocalServer::LocalServer(Kind kind, server::ApiLimits limits)
{
    REQUIRE(dir.isValid());
    storeArg = kind == Kind::Postgres ? freshPgUrl() : dir.filePath(QStringLiteral("server.gpkg"));
    auto s = server::SyncStore::create(storeArg);
    INFO((s ? QString() : s.error().message()).toStdString());
    REQUIRE(s.ok());
    store = std::move(*s);
    const auto hash = server::Credentials::hashPassword(QStringLiteral("correct horse 1"));
    REQUIRE(hash.ok());
    using server::Role;
    for (const auto &u : {server::User{QStringLiteral("office1"), Role::Office, {}, *hash},
                          server::User{QStringLiteral("office2"), Role::Office, {}, *hash},
                          server::User{QStringLiteral("crew1"), Role::Crew, {}, *hash},
                          server::User{QStringLiteral("parks"), Role::Department, QStringLiteral("공원녹지과"), *hash}})
        REQUIRE(store->addUser(u).ok());
    // The API runs on a connection of its own: the photo judge's threads use it while a test reads the
    // store directly (two threads on one libpq connection break its prepared statements).
    auto another = store->connectAnother();
    INFO((another ? QString() : another.error().message()).toStdString());
    REQUIRE(another.ok());
    served = std::move(*another);
    api = std::make_unique<server::ApiService>(*served, limits);
    http = std::make_unique<server::HttpFrontend>(*api);
    auto p = http->listen(QHostAddress::LocalHost, 0);
    REQUIRE(p.ok());
    port = *p;
}

QString LocalServer::url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(port); }

HttpReply httpRequest(const QString &base, const QByteArray &method, const QString &path, const QByteArray &body, const QString &token)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(base).resolved(QUrl(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return r;
}

QString httpLogin(const QString &base, const QString &user, const QString &password)
{
    const auto r = httpRequest(base, "POST", QStringLiteral("api/v1/login"),
                               QStringLiteral("{\"user\":\"%1\",\"password\":\"%2\"}").arg(user, password).toUtf8());
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    const int at = r.body.indexOf("\"token\":\"");
    REQUIRE(at >= 0);
    const int start = at + 9;
    return QString::fromLatin1(r.body.mid(start, r.body.indexOf('"', start) - start));
}

QString LocalServer::addAsset(const QString &officeToken, const QString &department, const QString &crew)
{
    static int n = 0;
    core::Asset a;
    a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.code = QStringLiteral("GC-BENCH-%1").arg(++n, 6, 10, QLatin1Char('0'));
    a.category = QStringLiteral("bench");
    a.name = QStringLiteral("의자 %1").arg(n);
    a.department = department;
    a.method = QStringLiteral("sticker");
    const QString office = QStringLiteral("office1");
    QJsonArray events{event(office, QStringLiteral("asset.created"), core::assetfields::toJson(a), a.uuid)};
    if (!crew.isEmpty())
        events.append(event(office, QStringLiteral("asset.status"),
                            {{QStringLiteral("status"), core::toString(core::AssetStatus::Assigned)}, {QStringLiteral("assignee"), crew}}, a.uuid));
    const auto r = request("POST", QStringLiteral("api/v1/events"),
                           QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(), officeToken);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    return a.uuid;
}

std::vector<QJsonObject> LocalServer::pullAll(const QString &token)
{
    std::vector<QJsonObject> out;
    qint64 cursor = 0;
    for (bool more = true; more;) {
        const auto r = request("GET", QStringLiteral("api/v1/events?after=%1").arg(cursor), {}, token);
        REQUIRE(r.status == 200);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        for (const auto &e : o.value(QStringLiteral("events")).toArray())
            out.push_back(e.toObject());
        more = o.value(QStringLiteral("more")).toBool();
        cursor = qint64(o.value(QStringLiteral("cursor")).toDouble());
    }
    return out;
}
HttpReply LocalServer::request(const QByteArray &method, const QString &path, const QByteArray &body, const QString &token)
{
    return httpRequest(url(), method, path, body, token);
}

QString LocalServer::login(const QString &user, const QString &password) { return httpLogin(url(), user, password); }

HttpReply LocalServer::raw(const QByteArray &request, const QHostAddress &from)
{
    QTcpSocket sock;
    REQUIRE(sock.bind(from));
    QByteArray got;
    QEventLoop loop;
    QObject::connect(&sock, &QTcpSocket::connected, [&] { sock.write(request); });
    QObject::connect(&sock, &QTcpSocket::readyRead, [&] {
        got += sock.readAll();
        const int end = got.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const int cl = got.toLower().indexOf("content-length:");
        const qint64 len = cl >= 0 ? got.mid(cl + 15, got.indexOf("\r\n", cl) - cl - 15).trimmed().toLongLong() : 0;
        if (got.size() >= end + 4 + len)
            loop.quit();
    });
    QObject::connect(&sock, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit); // a bound, not a timing: the server answers in milliseconds
    sock.connectToHost(QHostAddress::LocalHost, port);
    loop.exec();
    HttpReply r;
    const int sp = got.indexOf(' ');
    r.status = sp > 0 ? got.mid(sp + 1, 3).toInt() : 0;
    r.body = got.mid(got.indexOf("\r\n\r\n") + 4);
    r.head = got.left(got.indexOf("\r\n\r\n"));
    return r;
}

std::unique_ptr<core::AssetStore> demoInventory(const QString &path, const QString &actor, const QString &device, int assets)
{
    auto inv = core::AssetStore::create(path);
    REQUIRE(inv.ok());
    (*inv)->setIdentity(actor, device);
    core::DemoGenerator::Options o;
    o.assets = assets;
    o.history = false;
    REQUIRE(core::DemoGenerator::fill(**inv, o).ok());
    return std::move(*inv);
}

} // namespace gc::test
