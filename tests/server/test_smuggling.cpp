// Request smuggling against goodcity-server as the office runs it (its own process, raw TCP on
// loopback): a head the request guard and Qt HttpServer could read differently is refused with 400
// and the connection closed, so no byte the guard did not judge becomes a request.
#include "serverprocess.h"

#include <QFile>
#include <QTcpSocket>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

struct Exchange {
    QByteArray got;
    bool closed = false;
    int status() const
    {
        const int sp = got.indexOf(' ');
        return got.startsWith("HTTP/1.") && sp > 0 ? got.mid(sp + 1, 3).toInt() : 0;
    }
};

// One connection per request: sends the bytes, reads until the server closes (the 30 s bound of
// spinUntil only ends a hung test).
std::vector<Exchange> exchange(quint16 port, const std::vector<QByteArray> &requests)
{
    std::vector<Exchange> out(requests.size());
    std::vector<std::unique_ptr<QTcpSocket>> socks;
    for (size_t i = 0; i < requests.size(); ++i) {
        auto sock = std::make_unique<QTcpSocket>();
        QTcpSocket *s = sock.get();
        Exchange *x = &out[i];
        const QByteArray bytes = requests[i];
        QObject::connect(s, &QTcpSocket::connected, s, [s, bytes] { s->write(bytes); });
        QObject::connect(s, &QTcpSocket::readyRead, s, [s, x] { x->got += s->readAll(); });
        QObject::connect(s, &QTcpSocket::disconnected, s, [x] { x->closed = true; });
        QObject::connect(s, &QTcpSocket::errorOccurred, s, [s, x](QAbstractSocket::SocketError) {
            x->got += s->readAll();
            x->closed = true; // reset by the server while still sending: closed all the same
        });
        s->connectToHost(QHostAddress::LocalHost, port);
        socks.push_back(std::move(sock));
    }
    test::spinUntil([&] {
        for (const auto &x : out) {
            if (!x.closed)
                return false;
        }
        return true;
    });
    return out;
}

// The peak resident memory of a process, in bytes.
qint64 peakRss(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    REQUIRE(f.open(QIODevice::ReadOnly));
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    FAIL("no VmHWM in /proc/PID/status");
    return 0;
}

const QByteArray kLoginJson = R"({"user":"office1","password":"correct horse 1"})";

} // namespace

TEST_CASE("smuggling a request past the guard: each ambiguous head gets 400 and the connection closes", "[security][limits]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    QTemporaryDir dir;
    test::OfficeServer office(kind, dir);
    // What the guard would have taken for a 70-byte body is, for a parser that drops the odd line, a
    // login of its own (and its password right).
    const QByteArray inner = "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(kLoginJson.size()) +
                             "\r\n\r\n" + kLoginJson;
    const QByteArray n = QByteArray::number(inner.size());
    const std::vector<QByteArray> heads{
        "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length : " + n + "\r\n\r\n" + inner,
        "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length\t: " + n + "\r\n\r\n" + inner,
        "POST /api/v1/health HTTP/1.1\r\nHost: x\r\n Content-Length: " + n + "\r\n\r\n" + inner,
        "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nX-A: b\r\n\tContent-Length: " + n + "\r\n\r\n" + inner,
        "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: " + n + "\r\nContent-Length: 0\r\n\r\n" + inner,
        "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 0\r\n\r\n" + inner,
        "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: " + n + "\r\nTransfer-Encoding: chunked\r\n\r\n" + inner,
        "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: +" + n + "\r\n\r\n" + inner,
        "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length: 0, " + n + "\r\n\r\n" + inner,
        "POST /api/v1/health HTTP/1.1\nHost: x\nContent-Length: " + n + "\n\n" + inner,
        "POST /api/v1/health HTTP/1.1\r\nHost: x\rContent-Length: " + n + "\r\n\r\n" + inner,
        "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\n\r\n" + inner,
    };
    const auto answers = exchange(office.server.port, heads);
    for (size_t i = 0; i < heads.size(); ++i) {
        INFO("head " << i << ": " << heads[i].left(heads[i].indexOf(inner)).toStdString());
        INFO("answer: " << answers[i].got.left(400).toStdString());
        CHECK(answers[i].status() == 400);
        CHECK(answers[i].got.contains("bad_head"));
        CHECK_FALSE(answers[i].got.contains("\"token\""));
        CHECK(answers[i].closed);
        CHECK(answers[i].got.count("\r\nContent-Length:") == 1); // one answer: the smuggled login was never read
    }
    // An honest client is served as before.
    CHECK(test::httpRequest(office.url(), "GET", QStringLiteral("api/v1/health")).status == 200);
}

TEST_CASE("three 50 MB anonymous bodies behind 'Content-Length : N' never reach the login handler nor the server's memory",
          "[security][limits]")
{
    QTemporaryDir dir;
    test::OfficeServer office(Kind::GeoPackage, dir);
    // A login with the right password, padded with JSON whitespace to 50 MB; to a guard that trimmed
    // the odd header name, the padding is blank lines between requests.
    const qint64 size = 50LL << 20;
    QByteArray body = kLoginJson;
    body.reserve(size);
    while (body.size() < size)
        body += "\r\n";
    const QByteArray inner = "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n";
    const QByteArray outer = "POST /api/v1/health HTTP/1.1\r\nHost: x\r\nContent-Length : " + QByteArray::number(inner.size()) + "\r\n\r\n";
    const QByteArray attack = outer + inner + body;
    const qint64 before = peakRss(office.server.proc.processId());
    INFO("server peak RSS before the attack " << (before >> 20) << " MB");
    const auto answers = exchange(office.server.port, {attack, attack, attack});
    for (const auto &a : answers) {
        INFO("answer: " << a.got.left(400).toStdString());
        CHECK(a.closed);
        CHECK_FALSE(a.got.contains("\"token\""));
        CHECK((a.status() == 400 || a.status() == 0)); // 0: reset while still sending, the answer lost with it
    }
    const qint64 peak = peakRss(office.server.proc.processId());
    INFO("server peak RSS " << (peak >> 20) << " MB");
    CHECK(peak < 300LL << 20); // three bodies held whole would be 150 MB before any copy
    CHECK(test::httpRequest(office.url(), "GET", QStringLiteral("api/v1/health")).status == 200);
}
