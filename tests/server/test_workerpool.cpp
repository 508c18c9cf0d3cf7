// Requests served side by side: a push held up inside PostgreSQL does not hold up anyone else, and
// pushes that wait together commit together, each exactly once and judged as if it came alone.
#include "serverfixture.h"
#include "store/sqlitedb.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>

#include <libpq-fe.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <algorithm>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {


// Holds the store's push lock from another session, as a second server process in the middle of a
// commit would, until released (or a bound passes, so that a server that serves one request at a
// time gets its push through and the test fails instead of hanging).
class PushLockHolder {
public:
    explicit PushLockHolder(const QString &url)
    {
        m_thread = std::thread([this, url] {
            PGconn *c = PQconnectdb(url.toUtf8().constData());
            PGresult *r = PQexec(c, "SELECT pg_advisory_lock(113676836761187::bigint # hashtextextended(current_schema(), 0))");
            const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
            PQclear(r);
            std::unique_lock lock(m_mutex);
            m_held = ok ? 1 : -1;
            m_changed.notify_all();
            m_changed.wait_for(lock, std::chrono::seconds(30), [this] { return m_release; });
            lock.unlock();
            PQfinish(c); // the session ends and its lock with it
        });
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_held != 0; });
    }
    ~PushLockHolder() { release(); }
    bool held() const { return m_held == 1; }
    void release()
    {
        {
            std::lock_guard lock(m_mutex);
            m_release = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_held = 0;
    bool m_release = false;
};

// One request in flight on a connection of its own.
struct Pending {
    QNetworkAccessManager nam;
    QNetworkReply *reply = nullptr;
    bool finished = false;
    int status = 0;
    QJsonObject answer;

    Pending(const QString &base, const QByteArray &method, const QString &path, const QString &token, const QByteArray &body = {})
    {
        QNetworkRequest req(QUrl(base).resolved(QUrl(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        reply = nam.sendCustomRequest(req, method, body);
        QObject::connect(reply, &QNetworkReply::finished, [this] {
            finished = true;
            status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer = QJsonDocument::fromJson(reply->readAll()).object();
        });
    }
    ~Pending() { delete reply; }
};

// Ten new events of fresh assets, or one update of `asset`, as a push body with a base cursor.
QByteArray pushBody(const QString &actor, qint64 base, const QString &asset = {})
{
    QJsonArray events;
    if (!asset.isEmpty())
        events.append(test::event(actor, QStringLiteral("asset.updated"), {{QStringLiteral("notes"), actor}}, asset));
    for (int i = 0; asset.isEmpty() && i < 10; ++i)
        events.append(test::event(actor, QStringLiteral("asset.updated"), {{QStringLiteral("notes"), QString::number(i)}}));
    return QJsonDocument(QJsonObject{{QStringLiteral("device"), QStringLiteral("dev-t")}, {QStringLiteral("base_cursor"), base},
                                     {QStringLiteral("events"), events}})
        .toJson(QJsonDocument::Compact);
}

int waitingOnTheLock(const QString &url)
{
    return test::pgScalar(url, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).toInt();
}

// The fixture's server again, over a pool of `connections` PostgreSQL connections.
void serveWithPool(test::LocalServer &server, int connections)
{
    server.http.reset();
    server.api.reset();
    server.pool = std::make_unique<server::StorePool>(*server.store);
    REQUIRE(server.pool->grow(connections).ok());
    REQUIRE(server.pool->size() == connections);
    server.api = std::make_unique<server::ApiService>(*server.pool);
    server.http = std::make_unique<server::HttpFrontend>(*server.api);
    REQUIRE(server.http->workers() == connections);
    auto port = server.http->listen(QHostAddress::LocalHost, 0);
    REQUIRE(port.ok());
    server.port = *port;
}

} // namespace

TEST_CASE("a push held up inside PostgreSQL does not hold up another device's pull", "[server][concurrency]")
{
    test::LocalServer server(Kind::Postgres);
    serveWithPool(server, 4);
    const QString office = server.login(QStringLiteral("office1"));
    server.addAsset(office, QStringLiteral("공원녹지과"));

    PushLockHolder lock(server.storeArg);
    REQUIRE(lock.held());
    Pending push(server.url(), "POST", QStringLiteral("api/v1/events"), office, pushBody(QStringLiteral("office1"), 0));
    REQUIRE(test::spinUntil([&] { return push.finished || waitingOnTheLock(server.storeArg) == 1; }));
    REQUIRE_FALSE(push.finished); // it is inside PostgreSQL, waiting for the lock

    // Served by another worker on another connection while the push waits.
    Pending pull(server.url(), "GET", QStringLiteral("api/v1/events?after=0"), office);
    REQUIRE(test::spinUntil([&] { return pull.finished; }));
    CHECK(pull.status == 200);
    CHECK(pull.answer.value(QStringLiteral("events")).toArray().size() == 1);
    CHECK_FALSE(push.finished);

    lock.release();
    REQUIRE(test::spinUntil([&] { return push.finished; }));
    CHECK(push.status == 200);
    CHECK(push.answer.value(QStringLiteral("added")).toInt() == 10);
    CHECK(test::pgScalar(server.storeArg, QStringLiteral("SELECT count(*) FROM events")) == QStringLiteral("11"));
}

TEST_CASE("on a GeoPackage store, a push waiting to write does not hold up another device's pull", "[server][concurrency]")
{
    test::LocalServer server(Kind::GeoPackage);
    serveWithPool(server, 4); // one connection only, before: the pool could not grow
    const QString office = server.login(QStringLiteral("office1"));
    server.addAsset(office, QStringLiteral("공원녹지과"));

    // Another program writing the inventory at this moment (the app's own sync, QGIS saving): the
    // push's merge waits for SQLite's write lock, while it holds the store's own writer lock.
    auto other = core::SqliteDb::open(server.storeArg, core::SqliteDb::Mode::ReadWrite);
    REQUIRE(other.ok());
    REQUIRE(other->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    Pending push(server.url(), "POST", QStringLiteral("api/v1/events"), office, pushBody(QStringLiteral("office1"), 0));
    // No timing is asserted: the wait only lets the push reach the lock (it may wait there up to
    // SQLite's 5 s busy timeout). Had it not got there, the checks below would still hold.
    QDeadlineTimer reach(300);
    while (!reach.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    REQUIRE_FALSE(push.finished);

    // Read on another connection, from the snapshot before the push, while the push waits.
    Pending pull(server.url(), "GET", QStringLiteral("api/v1/events?after=0"), office);
    REQUIRE(test::spinUntil([&] { return pull.finished; }));
    CHECK(pull.status == 200);
    CHECK(pull.answer.value(QStringLiteral("events")).toArray().size() == 1);
    CHECK_FALSE(push.finished);

    REQUIRE(other->exec(QStringLiteral("ROLLBACK")).ok());
    REQUIRE(test::spinUntil([&] { return push.finished; }));
    CHECK(push.status == 200);
    CHECK(push.answer.value(QStringLiteral("added")).toInt() == 10);
    CHECK(server.store->eventCount().value() == 11);
}

TEST_CASE("pushes that wait together commit together, each stored exactly once and judged as if alone", "[server][concurrency]")
{
    test::LocalServer server(Kind::Postgres);
    serveWithPool(server, 8);
    const QString office1 = server.login(QStringLiteral("office1"));
    const QString office2 = server.login(QStringLiteral("office2"));
    const QString asset = server.addAsset(office1, QStringLiteral("공원녹지과"));
    // Both have seen the asset: an edit of it conflicts only with an edit the other made unseen.
    const qint64 seen = qint64(server.pullAll(office1).size());
    REQUIRE(server.pullAll(office2).size() == size_t(seen));

    PushLockHolder lock(server.storeArg);
    REQUIRE(lock.held());
    // The first push takes the commit and waits on the lock; the rest queue behind it.
    Pending first(server.url(), "POST", QStringLiteral("api/v1/events"), office1, pushBody(QStringLiteral("office1"), seen));
    REQUIRE(test::spinUntil([&] { return waitingOnTheLock(server.storeArg) == 1; }));
    const QByteArray resent = pushBody(QStringLiteral("office1"), seen);
    std::vector<std::unique_ptr<Pending>> group;
    group.push_back(std::make_unique<Pending>(server.url(), "POST", QStringLiteral("api/v1/events"), office1, resent));
    group.push_back(std::make_unique<Pending>(server.url(), "POST", QStringLiteral("api/v1/events"), office1, resent)); // sent twice at once
    group.push_back(std::make_unique<Pending>(server.url(), "POST", QStringLiteral("api/v1/events"), office1,
                                              pushBody(QStringLiteral("office1"), seen, asset)));
    group.push_back(std::make_unique<Pending>(server.url(), "POST", QStringLiteral("api/v1/events"), office2,
                                              pushBody(QStringLiteral("office2"), seen, asset)));
    group.push_back(std::make_unique<Pending>(server.url(), "POST", QStringLiteral("api/v1/events"), office2,
                                              pushBody(QStringLiteral("office2"), seen)));
    REQUIRE(test::spinUntil([&] { return server.api->pushQueue().waiting() == 5; }));
    CHECK(server.api->pushQueue().sharedCommits() == 0);

    lock.release();
    REQUIRE(test::spinUntil([&] {
        return first.finished && std::all_of(group.begin(), group.end(), [](const auto &p) { return p->finished; });
    }));
    CHECK(first.status == 200);
    for (const auto &p : group)
        CHECK(p->status == 200);
    CHECK(server.api->pushQueue().sharedCommits() == 1); // the five waiting pushes: one transaction

    // The batch sent twice was stored once: one of the two added it, the other acknowledged it.
    CHECK(group[0]->answer.value(QStringLiteral("added")).toInt() + group[1]->answer.value(QStringLiteral("added")).toInt() == 10);
    CHECK(group[0]->answer.value(QStringLiteral("duplicates")).toInt() + group[1]->answer.value(QStringLiteral("duplicates")).toInt()
          == 10);
    // Two unseen edits of one asset in one transaction: the later one is flagged, as if pushed alone.
    CHECK(group[2]->answer.value(QStringLiteral("conflicts")).toInt() + group[3]->answer.value(QStringLiteral("conflicts")).toInt() == 1);
    const auto conflicts = server.request("GET", QStringLiteral("api/v1/conflicts"), {}, office1);
    CHECK(QJsonDocument::fromJson(conflicts.body).object().value(QStringLiteral("conflicts")).toArray().size() == 1);

    const qint64 expected = seen + 10 + 10 + 1 + 1 + 10;
    CHECK(test::pgScalar(server.storeArg, QStringLiteral("SELECT count(*) FROM events")).toLongLong() == expected);
    CHECK(test::pgScalar(server.storeArg, QStringLiteral("SELECT count(DISTINCT event_id) FROM events")).toLongLong() == expected);
    // A pull from the start sees every event once, in cursor order.
    std::set<QString> ids;
    qint64 last = 0;
    bool ordered = true;
    for (const auto &e : server.pullAll(office1)) {
        ids.insert(e.value(QStringLiteral("id")).toString());
        const qint64 seq = qint64(e.value(QStringLiteral("seq")).toDouble());
        ordered = ordered && seq > last;
        last = seq;
    }
    CHECK(qint64(ids.size()) == expected);
    CHECK(ordered);
}

TEST_CASE("a large push under a token the process has not seen yet is admitted by a worker", "[server][concurrency]")
{
    test::LocalServer server(Kind::Postgres);
    const QString office = server.login(QStringLiteral("office1"));
    QJsonArray events;
    for (int i = 0; i < 60; ++i)
        events.append(test::event(QStringLiteral("office1"), QStringLiteral("asset.updated"),
                                  {{QStringLiteral("notes"), QString(400, QLatin1Char('x'))}}));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(QJsonDocument::Compact);
    REQUIRE(body.size() > server.api->limits().maxAnonymousBody); // only a valid session may send this much
    const auto fresh = server.request("POST", QStringLiteral("api/v1/events"), body, office);
    CHECK(fresh.status == 200);
    CHECK(QJsonDocument::fromJson(fresh.body).object().value(QStringLiteral("added")).toInt() == 60);
    const auto forged = server.raw("POST /api/v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer not-a-token\r\nContent-Length: "
                                   + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    INFO(forged.head.toStdString() << forged.body.toStdString());
    CHECK(forged.status == 413);
}

TEST_CASE("tablets that hang up during their login's password check leave the server serving", "[server][concurrency]")
{
    // A tablet whose battery dies mid-login: its socket is gone by the time the argon2id check ends.
    // The server used to crash there, taking every other crew's sync with it.
    test::LocalServer server(Kind::Postgres);
    const QByteArray body = R"({"user":"office1","password":"correct horse 1"})";
    const QByteArray login = "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (int i = 0; i < 40; ++i) {
        QTcpSocket sock;
        sock.connectToHost(QHostAddress::LocalHost, server.port);
        REQUIRE(sock.waitForConnected(5000));
        sock.write(login);
        REQUIRE(sock.waitForBytesWritten(5000));
        // Hang up at a different moment of the check each time: first at once, then a little later.
        QDeadlineTimer hangUp(i % 10);
        while (!hangUp.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        sock.abort(); // a reset, as a dead tablet's network gives
        QCoreApplication::processEvents();
    }
    // Every check that was started ends and posts its answer to a socket that is gone.
    QDeadlineTimer bound(30'000);
    while (server.http->loginsInFlight() > 0 && !bound.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    CHECK(server.http->loginsInFlight() == 0);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    // The server still answers, and a tablet that stays logs in.
    CHECK(server.request("GET", QStringLiteral("api/v1/health")).status == 200);
    CHECK_FALSE(server.login(QStringLiteral("office1")).isEmpty());
}

TEST_CASE("a refused large body reaches Qt's HTTP client as a 413 with its reason, not as a dropped connection", "[server][concurrency]")
{
    // Qt's client reads no answer before it has sent the whole body: the server must take in what
    // was declared (up to its bound) before it closes, or the client sees only a reset connection.
    server::ApiLimits limits;
    limits.maxEventsBody = 256 << 10; // small enough for a test, large enough that the body spans many reads
    test::LocalServer server(Kind::Postgres, limits);
    const QString office = server.login(QStringLiteral("office1"));
    const QByteArray big(4 << 20, 'x'); // more than the kernel's socket buffers take in before anyone reads
    struct Case {
        const char *what;
        QString token;
        QByteArray body;
    };
    for (const Case &c : {Case{"no token (refused as the head arrives)", QString(), big},
                          Case{"a token this process never saw (refused by a worker)", QStringLiteral("not-a-token"), big},
                          Case{"a valid token, a body over the events cap", office, big}}) {
        INFO(c.what);
        const auto r = server.request("POST", QStringLiteral("api/v1/events"), c.body, c.token);
        INFO(r.body.toStdString());
        CHECK(r.status == 413);
        const QString message = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("message")).toString();
        CHECK(message.contains(QStringLiteral(" / "))); // Korean / English
        CHECK(message.contains(QStringLiteral("KB")));
    }
    // The refusals did not cost the server anything it still needs: the next request is answered.
    CHECK(server.request("GET", QStringLiteral("api/v1/me"), {}, office).status == 200);
}
