// How the request guard follows a connection's bytes (HeadFramer, RequestGuard::parseHead): the
// code the guard and the httpapi fuzz target share, checked on streams cut at awkward places.
#include "apiservice.h"
#include "headframer.h"
#include "requestguard.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace gc;

namespace {

struct Seen {
    QByteArray head;
    bool tooLarge = false;
    QByteArray body; // what followed the head in the same feed, up to its length
};

// Feeds the stream in pieces of `step` bytes; each head's body length is its Content-Length.
std::vector<Seen> frame(const QByteArray &stream, qsizetype step, qint64 maxHead = 1024, bool *stopped = nullptr)
{
    server::HeadFramer framer(maxHead);
    std::vector<Seen> seen;
    bool going = true;
    for (qsizetype at = 0; at < stream.size() && going; at += step) {
        const QByteArray piece = stream.mid(at, step);
        going = framer.feed(piece, [&](const QByteArray &head, bool tooLarge, qsizetype bodyAt) -> std::optional<qint64> {
            const server::RequestHead h = server::RequestGuard::parseHead(head, tooLarge);
            seen.push_back(Seen{head, tooLarge, piece.mid(bodyAt, qsizetype(h.contentLength))});
            if (h.chunked)
                return std::nullopt;
            return h.contentLength;
        });
    }
    if (stopped)
        *stopped = !going;
    return seen;
}

} // namespace

TEST_CASE("pipelined requests are framed by Content-Length however the bytes are cut", "[security][limits]")
{
    const QByteArray stream = "\r\nPOST /api/v1/events HTTP/1.1\r\nContent-Length: 12\r\n\r\n{\"x\":\r\n\r\n1}\n"
                              "GET /api/v1/me HTTP/1.1\r\nAuthorization: Bearer abc\r\n\r\n"
                              "\r\n\r\nGET /api/v1/health HTTP/1.1\r\n\r\n";
    for (const qsizetype step : {qsizetype(1), qsizetype(2), qsizetype(7), stream.size()}) {
        INFO("fed " << step << " bytes at a time");
        const auto seen = frame(stream, step);
        REQUIRE(seen.size() == 3); // the blank line inside the body does not end a request
        CHECK(seen[0].head == "POST /api/v1/events HTTP/1.1\r\nContent-Length: 12");
        CHECK(seen[1].head == "GET /api/v1/me HTTP/1.1\r\nAuthorization: Bearer abc");
        CHECK(seen[2].head == "GET /api/v1/health HTTP/1.1");
        if (step == stream.size())
            CHECK(seen[0].body == "{\"x\":\r\n\r\n1}\n");
        for (const auto &s : seen)
            CHECK_FALSE(s.tooLarge);
    }
}

TEST_CASE("a head longer than the limit ends the stream, cut anywhere", "[security][limits]")
{
    const QByteArray stream = "GET / HTTP/1.1\r\nX-Pad: " + QByteArray(300, 'a') + "\r\n\r\nGET /api/v1/health HTTP/1.1\r\n\r\n";
    for (const qsizetype step : {qsizetype(1), qsizetype(100), stream.size()}) {
        bool stopped = false;
        const auto seen = frame(stream, step, 256, &stopped);
        REQUIRE(seen.size() == 1);
        CHECK(seen[0].tooLarge);
        CHECK(seen[0].head.size() <= 256 + 4);
        CHECK(stopped);
    }
}

TEST_CASE("the guard reads the length, the token and chunking from a head as admit needs them", "[security][limits]")
{
    auto h = server::RequestGuard::parseHead("PUT /api/v1/photos/ab?offset=0 HTTP/1.1\r\nauthorization:  Bearer t1 \r\n"
                                             "CONTENT-LENGTH: 42\r\n",
                                             false);
    CHECK(h.request.method == "PUT");
    CHECK(h.request.path == QStringLiteral("/api/v1/photos/ab"));
    CHECK(h.request.authorization == "Bearer t1");
    CHECK(h.contentLength == 42);
    CHECK_FALSE(h.chunked);
    CHECK(h.malformed.isEmpty());
    CHECK(server::RequestGuard::parseHead("POST / HTTP/1.1\r\nTransfer-Encoding: gzip", false).chunked);
    const auto junk = server::RequestGuard::parseHead(QByteArray("\0\xff:\n:x", 6), true);
    CHECK(junk.headTooLarge);
    CHECK(junk.contentLength == 0);
}

TEST_CASE("smuggling a body past the guard: every head two parsers could read differently is malformed", "[security][limits]")
{
    // Each of these was read one way by the guard and another by Qt HttpServer, or could be.
    const char *const smuggled[] = {
        "POST /api/v1/login HTTP/1.1\r\nContent-Length : 70",              // whitespace before the colon
        "POST /api/v1/login HTTP/1.1\r\nContent-Length\t: 70",
        "POST /api/v1/login HTTP/1.1\r\n Content-Length: 70",              // obs-fold: a line led by a space
        "POST /api/v1/login HTTP/1.1\r\nX-A: b\r\n\tContent-Length: 70", // or a tab
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6",
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5",
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: 5, 5",
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: +5",
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: -1",
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: 0x10",
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: 99999999999999999999",
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked",
        "POST /api/v1/login HTTP/1.1\nContent-Length: 5",                   // a bare LF
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: 5\rX-A: b",        // a bare CR
        "POST /api/v1/login HTTP/1.1\r\nContent-Length: 5\r\nX-A: \x01",
        "POST /api/v1/login HTTP/1.1\r\nContentLength 5",
        "POST /api/v1/login HTTP/1.1\r\n: 5",
        "POST  /api/v1/login HTTP/1.1\r\nContent-Length: 5",
        "POST /api/v1/login HTTP/1.1 \r\nContent-Length: 5",
        "POST /api/v1/login\r\nContent-Length: 5",
        "CONNECT 127.0.0.1:80 HTTP/1.1",
        "GET /api/v1/health HTTP/1.1\r\nUpgrade: websocket",
        "GET /api/v1/me HTTP/1.1\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b",
    };
    for (const char *head : smuggled) {
        INFO(head);
        CHECK_FALSE(server::RequestGuard::parseHead(head, false).malformed.isEmpty());
    }
    // What honest clients send stays fine.
    for (const char *head : {"POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Length: 5", "GET /api/v1/health HTTP/1.0",
                             "PUT /api/v1/photos/ab?offset=0&total=3 HTTP/1.1\r\nContent-Length:3\r\nX-Empty:\r\nUser-Agent: a\tb"}) {
        INFO(head);
        CHECK(server::RequestGuard::parseHead(head, false).malformed.isEmpty());
    }
}

TEST_CASE("a lone LF or CR in a head stops the stream there, however the bytes are cut", "[security][limits]")
{
    const QByteArray stream = "GET /api/v1/health HTTP/1.1\r\n\r\nPOST /api/v1/login HTTP/1.1\nContent-Length: 5\n\nhello"
                              "GET /api/v1/health HTTP/1.1\r\n\r\n";
    for (const qsizetype step : {qsizetype(1), qsizetype(3), stream.size()}) {
        INFO("fed " << step << " bytes at a time");
        bool stopped = false;
        const auto seen = frame(stream, step, 1024, &stopped);
        REQUIRE(seen.size() == 2);
        CHECK(seen[0].head == "GET /api/v1/health HTTP/1.1");
        CHECK_FALSE(server::RequestGuard::parseHead(seen[1].head, false).malformed.isEmpty());
        CHECK(stopped);
    }
}
