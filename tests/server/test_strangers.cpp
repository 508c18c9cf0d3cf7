// Strangers and floods: what someone without an account, or with a script, can make the server do.
// Every case runs against both stores, through the real HTTP front end on loopback.
#include "serverfixture.h"

#include "credentials.h"
#include "gpkgstore.h"
#include "model/eventjson.h"
#include "store/hybridclock.h"
#include "store/sqlitedb.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <catch2/catch.hpp>

#include <map>
#include <memory>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

const QHostAddress kStranger(QStringLiteral("127.0.0.2")); // another machine, as far as the server can tell

QByteArray header(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray loginBody(const QString &user, const QString &password)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("user"), user}, {QStringLiteral("password"), password}}).toJson(QJsonDocument::Compact);
}

QByteArray rawLogin(const QString &user, const QString &password)
{
    const QByteArray body = loginBody(user, password);
    return "POST /api/v1/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray pushOne(const QString &actor, const QString &kind, const QJsonObject &payload)
{
    static qint64 ms = 1'713'600'000'000;
    const core::Event e{QUuid::createUuid().toString(QUuid::WithoutBraces), core::HybridClock::format(++ms, 0, QStringLiteral("dev-") + actor),
                        QStringLiteral("2024-04-20T09:00:00Z"), actor, QStringLiteral("dev-") + actor, kind,
                        QUuid::createUuid().toString(QUuid::WithoutBraces), payload};
    return QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{core::eventjson::toJson(e)}}}).toJson(QJsonDocument::Compact);
}

// WAL frames the server's private SQLite file holds: each commit appends at least one.
qint64 walFrames(const QString &storeArg)
{
    const QFileInfo wal(server::GpkgStore::serverDbPath(storeArg) + QStringLiteral("-wal"));
    return wal.exists() ? (wal.size() - 32) / (4096 + 24) : 0;
}

// Many anonymous requests over parallel connections from kStranger, each answered or closed before
// the next; bounded by count and by a deadline, and it stops by itself.
class Flood {
public:
    Flood(quint16 port, int total, int parallel) : m_port(port), m_total(total), m_parallel(parallel) {}
    ~Flood() { m_stopping = true; } // a failed check ends the test early: open sockets go quietly

    void start()
    {
        for (int i = 0; i < m_parallel; ++i)
            next();
    }
    bool finished() const { return m_done == m_total; }
    int done() const { return m_done; }
    const std::map<int, int> &statuses() const { return m_statuses; }

private:
    static QByteArray request(int n)
    {
        switch (n % 5) {
        case 0: return rawLogin(QStringLiteral("guess%1").arg(n), QStringLiteral("password%1").arg(n));
        case 1: return "GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer junk" + QByteArray::number(n) + "\r\n\r\n";
        case 2: return "POST /api/v1/events HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n"; // the body never comes
        case 3: return "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{}{}\r\n0\r\n\r\n";
        default: return "GET /api/v1/../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n";
        }
    }

    void next()
    {
        if (m_sent == m_total)
            return;
        const int n = m_sent++;
        auto *sock = new QTcpSocket(&m_sockets);
        auto got = std::make_shared<QByteArray>();
        auto finish = [this, sock, got] {
            if (m_stopping || sock->property("counted").toBool())
                return;
            sock->setProperty("counted", true);
            const int sp = got->indexOf(' ');
            ++m_statuses[sp > 0 ? got->mid(sp + 1, 3).toInt() : 0];
            ++m_done;
            sock->abort();
            sock->deleteLater();
            next();
        };
        QObject::connect(sock, &QTcpSocket::connected, sock, [sock, n] { sock->write(request(n)); });
        QObject::connect(sock, &QTcpSocket::readyRead, sock, [sock, got, finish] {
            *got += sock->readAll();
            const int end = got->indexOf("\r\n\r\n");
            if (end >= 0 && got->size() >= end + 4 + header(got->left(end), "content-length").toLongLong())
                finish();
        });
        QObject::connect(sock, &QTcpSocket::disconnected, sock, finish);
        QObject::connect(sock, &QTcpSocket::errorOccurred, sock, finish);
        REQUIRE(sock->bind(kStranger));
        sock->connectToHost(QHostAddress::LocalHost, m_port);
    }

    quint16 m_port;
    int m_total, m_parallel, m_sent = 0, m_done = 0;
    bool m_stopping = false;
    std::map<int, int> m_statuses;
    QObject m_sockets; // parent of every socket; declared last, so destroyed first
};

QStringList *g_logged = nullptr;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (g_logged)
        g_logged->append(message);
}

} // namespace

TEST_CASE("a stranger's huge or endless body is refused before the server reads it", "[security][limits]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    // Each of these declares a body and never sends it: only a refusal on the headers answers at all.
    const auto login = s.raw("POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n");
    CHECK(login.status == 413);
    CHECK(login.body.contains("16 KB"));
    const QString sha(64, QLatin1Char('a'));
    const auto photo = s.raw("PUT /api/v1/photos/" + sha.toLatin1() + "?offset=0&total=100 HTTP/1.1\r\nHost: x\r\n"
                             "Authorization: Bearer stolen-or-made-up\r\nContent-Length: 104857600\r\n\r\n");
    CHECK(photo.status == 413);
    const auto chunked = s.raw("POST /api/v1/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    CHECK(chunked.status == 411);
    const auto headers = s.raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Junk: " + QByteArray(20'000, 'j') + "\r\n\r\n");
    CHECK(headers.status == 431);
    // A logged-in device gets more room where it needs it, but not without end.
    const QString office = s.login(QStringLiteral("office1"));
    const auto events = s.raw("POST /api/v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + office.toLatin1() +
                              "\r\nContent-Length: 1073741824\r\n\r\n");
    CHECK(events.status == 413);
    CHECK(s.request("GET", QStringLiteral("api/v1/me"), {}, office).status == 200);
    CHECK(*s.store->eventCount() == 0);
}

TEST_CASE("a password guesser is throttled per user and per address with 429 and Retry-After", "[security][auth]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    server::ApiLimits limits;
    limits.throttle.maxFailuresPerAddress = 8; // fewer argon2id checks than the default 30, same rule
    test::LocalServer s(kind, limits);
    const server::ThrottlePolicy policy = limits.throttle;
    for (int i = 0; i < policy.maxFailuresPerUserAddress; ++i)
        CHECK(s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("guess %1").arg(i))).status == 401);
    // The name rests now from this address, even for the right password; another user from the same address is not held up.
    const auto held = s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("correct horse 1")));
    CHECK(held.status == 429);
    CHECK(header(held.head, "retry-after").toInt() > 0);
    CHECK(header(held.head, "retry-after").toInt() <= policy.windowSecs);
    CHECK(held.body.contains("too many failed logins"));
    CHECK(held.body.contains("로그인 실패가 너무 많습니다"));
    CHECK(s.login(QStringLiteral("crew1")).size() > 20);

    // One address trying many names is held up too, for every name, and only that address.
    for (int i = 0; i < policy.maxFailuresPerAddress; ++i)
        CHECK(s.raw(rawLogin(QStringLiteral("name%1").arg(i), QStringLiteral("guess")), kStranger).status == 401);
    const auto spray = s.raw(rawLogin(QStringLiteral("office2"), QStringLiteral("correct horse 1")), kStranger);
    CHECK(spray.status == 429);
    CHECK(header(spray.head, "retry-after").toInt() > 0);
    CHECK(s.login(QStringLiteral("office2")).size() > 20);
}

TEST_CASE("guessing user names by login time fails: an unknown name costs the same password hash", "[security][auth]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const qint64 before = server::Credentials::verifications();
    CHECK(s.raw(rawLogin(QStringLiteral("nobody-by-this-name"), QStringLiteral("whatever 123"))).status == 401);
    CHECK(server::Credentials::verifications() == before + 1);
    CHECK(s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("whatever 123"))).status == 401);
    CHECK(server::Credentials::verifications() == before + 2);
    // The answer is the same word for word.
    CHECK(s.raw(rawLogin(QStringLiteral("nobody-by-this-name"), QStringLiteral("x"))).body
          == s.raw(rawLogin(QStringLiteral("office1"), QStringLiteral("x"))).body);
}

TEST_CASE("a flood of refused requests does not cost the store one commit each", "[security][limits]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    REQUIRE(s.api->flushRefusals().ok());
    const qint64 logged = *s.store->refusalCount();
    const qint64 framesBefore = walFrames(s.storeArg);
    const int flood = 300;
    for (int i = 0; i < flood; ++i)
        REQUIRE(s.request("GET", QStringLiteral("api/v1/me"), {}, QStringLiteral("made-up-token-%1").arg(i)).status == 401);
    REQUIRE(s.api->flushRefusals().ok());
    CHECK(*s.store->refusalCount() == logged + flood); // every refusal is still on record
    if (kind == Kind::Postgres) {
        // Rows written by one transaction share its xmin.
        CHECK(test::pgScalar(s.storeArg, QStringLiteral("SELECT count(DISTINCT xmin::text) FROM refusals")).toInt() <= 5);
    } else {
        CHECK(walFrames(s.storeArg) - framesBefore < flood / 4);
    }
}

TEST_CASE("an abandoned partial photo upload expires instead of filling the disk", "[security][limits]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    server::ApiLimits limits;
    limits.sweepEverySecs = 0; // sweep on every request, so the test need not wait an hour
    test::LocalServer s(kind, limits);
    const QString crew = s.login(QStringLiteral("crew1"));
    const QString abandoned = QString::fromLatin1(QByteArray(32, '\xab').toHex());
    const QString fresh = QString::fromLatin1(QByteArray(32, '\xcd').toHex());
    const QByteArray jpegStart = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(96, 'x'); // a JPEG's first bytes
    for (const QString &sha : {abandoned, fresh})
        REQUIRE(s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=0&total=1000").arg(sha), jpegStart, crew).status == 202);
    // The first one was last touched two days ago.
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-limits.uploadExpirySecs - 3600);
    if (kind == Kind::Postgres) {
        test::pgScalar(s.storeArg, QStringLiteral("UPDATE photo_uploads SET updated_at = '%1'::timestamptz WHERE sha256 = '%2'")
                                       .arg(old.toString(Qt::ISODate), abandoned));
    } else {
        QFile part(server::GpkgStore::uploadDir(s.storeArg) + QLatin1Char('/') + abandoned + QStringLiteral(".part"));
        REQUIRE(part.open(QIODevice::ReadWrite));
        REQUIRE(part.setFileTime(old, QFileDevice::FileModificationTime));
    }
    auto received = [&](const QString &sha) {
        const auto r = s.request("GET", QStringLiteral("api/v1/photos/%1/upload").arg(sha), {}, crew);
        REQUIRE(r.status == 200);
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("received")).toInt();
    };
    CHECK(received(abandoned) == 0);
    CHECK(received(fresh) == 100);
    if (kind == Kind::Postgres)
        CHECK(test::pgScalar(s.storeArg, QStringLiteral("SELECT count(*) FROM photo_uploads")) == QStringLiteral("1"));
    else
        CHECK_FALSE(QFile::exists(server::GpkgStore::uploadDir(s.storeArg) + QLatin1Char('/') + abandoned + QStringLiteral(".part")));
    // The upload starts over cleanly.
    CHECK(s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=0&total=1000").arg(abandoned), jpegStart, crew).status == 202);
}

TEST_CASE("a failing database does not tell the caller what it said", "[security]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString office = s.login(QStringLiteral("office1"));
    // Someone breaks the store behind the server's back.
    if (kind == Kind::Postgres) {
        test::pgScalar(s.storeArg, QStringLiteral("DROP TABLE sessions"));
    } else {
        auto db = core::SqliteDb::open(server::GpkgStore::serverDbPath(s.storeArg), core::SqliteDb::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db->exec(QStringLiteral("DROP TABLE sessions")).ok());
    }
    QStringList logged;
    g_logged = &logged;
    const auto previous = qInstallMessageHandler(capture);
    const auto r = s.request("GET", QStringLiteral("api/v1/me"), {}, office);
    qInstallMessageHandler(previous);
    g_logged = nullptr;
    CHECK(r.status == 503);
    INFO(r.body.toStdString());
    for (const char *secret : {"sessions", "relation", "no such table", "PostgreSQL", "SELECT", "sqlite"})
        CHECK_FALSE(r.body.contains(secret));
    CHECK(r.body.contains("the server's store is unavailable"));
    CHECK(r.body.contains("서버 저장소를 지금 쓸 수 없습니다"));
    // The office still learns what went wrong, from the server's log.
    CHECK(logged.join(QLatin1Char('\n')).contains(QStringLiteral("sessions")));
}

TEST_CASE("an anonymous flood does not stop other devices syncing or touch stored events", "[security][limits]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    server::ApiLimits limits;
    limits.throttle.maxFailuresPerAddress = 8; // the flood's guesses cost few argon2id checks before 429
    test::LocalServer s(kind, limits);
    const QString office = s.login(QStringLiteral("office1"));
    const QString crew = s.login(QStringLiteral("crew1"));

    Flood flood(s.port, 500, 8);
    flood.start();
    std::vector<QString> pushed;
    for (int round = 0; round < 20; ++round) {
        const QByteArray a = pushOne(QStringLiteral("office1"), QStringLiteral("asset.updated"), {{QStringLiteral("notes"), QString::number(round)}});
        // The crew's own kind of write (W2.2: a crew sets status only on its assigned assets): a new place.
        const QByteArray b = pushOne(QStringLiteral("crew1"), QStringLiteral("place.proposed"),
                                     {{QStringLiteral("proposal_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                      {QStringLiteral("category"), QStringLiteral("bench")},
                                      {QStringLiteral("x"), 191604.6 + round},
                                      {QStringLiteral("y"), 541809.5},
                                      {QStringLiteral("note"), QStringLiteral("flood round %1").arg(round)}});
        REQUIRE(s.request("POST", QStringLiteral("api/v1/events"), a, office).status == 200);
        REQUIRE(s.request("POST", QStringLiteral("api/v1/events"), b, crew).status == 200);
        for (const QByteArray &batch : {a, b})
            pushed.push_back(QJsonDocument::fromJson(batch).object().value(QStringLiteral("events")).toArray()[0].toObject().value(QStringLiteral("id")).toString());
        REQUIRE(s.request("GET", QStringLiteral("api/v1/events?after=0"), {}, crew).status == 200);
    }
    // A device that logs in during the flood, from its own address, gets in.
    CHECK(s.login(QStringLiteral("office2")).size() > 20);

    QEventLoop wait;
    QTimer tick;
    tick.callOnTimeout([&] {
        if (flood.finished())
            wait.quit();
    });
    tick.start(50);
    QTimer::singleShot(120'000, &wait, &QEventLoop::quit); // a bound, not a timing
    wait.exec();
    INFO("flood answered " << flood.done() << " of 500");
    REQUIRE(flood.finished());
    for (const auto &[status, n] : flood.statuses()) {
        INFO("HTTP " << status << " × " << n);
        CHECK(status >= 400);
        CHECK(status < 500);
    }

    const auto all = s.request("GET", QStringLiteral("api/v1/events?after=0"), {}, office);
    REQUIRE(all.status == 200);
    std::vector<QString> stored;
    for (const auto &e : QJsonDocument::fromJson(all.body).object().value(QStringLiteral("events")).toArray())
        stored.push_back(e.toObject().value(QStringLiteral("id")).toString());
    std::sort(stored.begin(), stored.end());
    std::sort(pushed.begin(), pushed.end());
    CHECK(stored == pushed);
    CHECK(*s.store->eventCount() == 40);
}
