// Sessions and transport: ending a session, shutting out a lost tablet, and keeping passwords and
// tokens off the wire in the clear.
#include "serverfixture.h"
#include "serverprocess.h"

#include "store/assetstore.h"
#include "sync/syncclient.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

int me(test::LocalServer &s, const QString &token) { return s.request("GET", QStringLiteral("api/v1/me"), {}, token).status; }

int loginStatus(test::LocalServer &s, const QString &user, const QString &password)
{
    return s.request("POST", QStringLiteral("api/v1/login"),
                     QStringLiteral("{\"user\":\"%1\",\"password\":\"%2\"}").arg(user, password).toUtf8())
        .status;
}

QStringList userCommand(const test::LocalServer &s, const QString &action, const QString &name)
{
    return {QStringLiteral("--store"), s.storeArg, QStringLiteral("user"), action, name};
}

// A self-signed certificate for 127.0.0.1, made by openssl for this test only.
struct SelfSigned {
    QString cert, key;
    explicit SelfSigned(const QTemporaryDir &dir)
    {
        cert = dir.filePath(QStringLiteral("cert.pem"));
        key = dir.filePath(QStringLiteral("key.pem"));
        QProcess p;
        p.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                           QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                           QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                                           QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                           QStringLiteral("subjectAltName=IP:127.0.0.1")});
        REQUIRE(p.waitForStarted(30'000)); // Debian package openssl (scripts/deps)
        REQUIRE(p.waitForFinished(60'000));
        INFO(p.readAllStandardError().toStdString());
        REQUIRE(p.exitCode() == 0);
    }
    QByteArray pem() const
    {
        QFile f(cert);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

// Bytes over TLS to the server, trusting `caPem`; returns what came back within a bound.
QByteArray overTls(quint16 port, const QByteArray &caPem, const QByteArray &request)
{
    QSslSocket sock;
    QSslConfiguration c = sock.sslConfiguration();
    c.addCaCertificates(QSslCertificate::fromData(caPem, QSsl::Pem));
    sock.setSslConfiguration(c);
    QByteArray got;
    QEventLoop loop;
    QObject::connect(&sock, &QSslSocket::encrypted, [&] { sock.write(request); });
    QObject::connect(&sock, &QSslSocket::readyRead, [&] {
        got += sock.readAll();
        if (got.contains("\r\n\r\n") && got.contains('}'))
            loop.quit();
    });
    QObject::connect(&sock, &QSslSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit); // a bound, not a timing
    sock.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    loop.exec();
    return got;
}

} // namespace

TEST_CASE("a logged-out token cannot be replayed", "[auth][sessions]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString tablet = s.login(QStringLiteral("crew1"));
    const QString phone = s.login(QStringLiteral("crew1"));
    REQUIRE(me(s, tablet) == 200);
    CHECK(s.request("POST", QStringLiteral("api/v1/logout"), {}, tablet).status == 200);
    CHECK(me(s, tablet) == 401);
    CHECK(s.request("POST", QStringLiteral("api/v1/logout"), {}, tablet).status == 401);
    CHECK(me(s, phone) == 200); // the user's other device stays logged in
}

TEST_CASE("a lost tablet's token stops working the moment the office disables its user", "[auth][sessions]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString lost = s.login(QStringLiteral("crew1"));
    const QString office = s.login(QStringLiteral("office1"));
    REQUIRE(me(s, lost) == 200);

    // The office runs the real command against the store while the server is serving.
    CHECK(test::runServerCli(userCommand(s, QStringLiteral("disable"), QStringLiteral("crew1"))).contains(QStringLiteral("disabled crew1")));
    CHECK(me(s, lost) == 401);
    CHECK(s.request("GET", QStringLiteral("api/v1/events?after=0"), {}, lost).status == 401);
    CHECK(loginStatus(s, QStringLiteral("crew1"), QStringLiteral("correct horse 1")) == 401); // the finder knows the password too
    CHECK(me(s, office) == 200);

    // A new password lets the crew back in, on a new tablet; the old password does not.
    CHECK(test::runServerCli(userCommand(s, QStringLiteral("passwd"), QStringLiteral("crew1")) << QStringLiteral("--password-stdin"),
                             "new horse 22\n")
              .contains(QStringLiteral("changed crew1's password")));
    CHECK(loginStatus(s, QStringLiteral("crew1"), QStringLiteral("correct horse 1")) == 401);
    const QString fresh = s.login(QStringLiteral("crew1"), QStringLiteral("new horse 22"));
    CHECK(me(s, fresh) == 200);
    CHECK(me(s, lost) == 401);
}

TEST_CASE("a leaked token is cut off by revoking the user's sessions", "[auth][sessions]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString tablet = s.login(QStringLiteral("crew1"));
    const QString phone = s.login(QStringLiteral("crew1"));
    const QString office = s.login(QStringLiteral("office1"));
    CHECK(test::runServerCli(userCommand(s, QStringLiteral("revoke"), QStringLiteral("crew1"))).contains(QStringLiteral("ended 2 sessions")));
    CHECK(me(s, tablet) == 401);
    CHECK(me(s, phone) == 401);
    CHECK(me(s, office) == 200);
    CHECK(me(s, s.login(QStringLiteral("crew1"))) == 200); // the account itself stays open
}

TEST_CASE("an eavesdropper on the office network sees only TLS: the server serves HTTPS with the given certificate", "[tls]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    QTemporaryDir dir;
    const QString store = kind == Kind::Postgres ? test::freshPgUrl() : dir.filePath(QStringLiteral("server.gpkg"));
    test::runServerCli({QStringLiteral("--store"), store, QStringLiteral("init")});
    test::runServerCli({QStringLiteral("--store"), store, QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("office1"),
                        QStringLiteral("--role"), QStringLiteral("office"), QStringLiteral("--password-stdin")},
                       "correct horse 1\n");
    const SelfSigned tls(dir);
    test::ServerProcess server;
    server.start(store, 0, {QStringLiteral("--tls-cert"), tls.cert, QStringLiteral("--tls-key"), tls.key});
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/").arg(server.port));

    auto inv = test::demoInventory(dir.filePath(QStringLiteral("field.gpkg")), QStringLiteral("office1"), QStringLiteral("tablet-3"), 20);
    core::SyncTuning once;
    once.attempts = 1;

    // A client that does not know the certificate will not talk (no one can pose as the server).
    core::SyncClient stranger(*inv, url, once);
    CHECK_FALSE(stranger.login(QStringLiteral("office1"), QStringLiteral("correct horse 1")).ok());

    core::SyncTransport trusting;
    trusting.trustedCertificatesPem = tls.pem();
    core::SyncClient client(*inv, url, once, trusting);
    auto in = client.login(QStringLiteral("office1"), QStringLiteral("correct horse 1"));
    INFO((in ? QString() : in.error().message()).toStdString());
    REQUIRE(in.ok());
    auto round = client.syncOnce();
    INFO((round ? QString() : round.error().message()).toStdString());
    REQUIRE(round.ok());
    CHECK(round->pushedEvents == 20);
    CHECK(round->pending == 0);

    // The body guard stands behind TLS too.
    const QByteArray big = overTls(server.port, tls.pem(), "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n");
    CHECK(big.startsWith("HTTP/1.1 413"));
    // Plain HTTP to the TLS port gets no HTTP answer.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, server.port);
    REQUIRE(plain.waitForConnected(10'000));
    plain.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
    plain.waitForReadyRead(5'000);
    CHECK_FALSE(plain.readAll().contains("store_id"));
    server.proc.kill();
    server.proc.waitForFinished(10'000);
}

TEST_CASE("the client will not send a password over plain http to another machine", "[tls]")
{
    QTemporaryDir dir;
    auto inv = core::AssetStore::create(dir.filePath(QStringLiteral("field.gpkg")));
    REQUIRE(inv.ok());
    core::SyncClient client(**inv, QUrl(QStringLiteral("http://192.0.2.10:8080/")));
    int sent = 0;
    client.onRequest = [&](const QByteArray &, const QString &) { ++sent; };
    const auto r = client.login(QStringLiteral("crew1"), QStringLiteral("correct horse 1"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == QStringLiteral("insecure"));
    CHECK(r.error().message().contains(QStringLiteral("--insecure")));
    CHECK(r.error().message().contains(QStringLiteral("https://")));
    CHECK(sent == 0); // refused before anything left the machine
    // Loopback never leaves the machine; https and an explicit --insecure are the user's choice.
    CHECK(core::SyncClient::checkTransport(QUrl(QStringLiteral("http://127.0.0.1:8080/")), {}).ok());
    CHECK(core::SyncClient::checkTransport(QUrl(QStringLiteral("http://localhost:8080/")), {}).ok());
    CHECK(core::SyncClient::checkTransport(QUrl(QStringLiteral("https://office.example:8443/")), {}).ok());
    core::SyncTransport insecure;
    insecure.allowPlainHttp = true;
    CHECK(core::SyncClient::checkTransport(QUrl(QStringLiteral("http://192.0.2.10:8080/")), insecure).ok());
}
