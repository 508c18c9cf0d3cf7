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
    CHECK(server::RequestGuard::parseHead("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6", false).chunked);
    CHECK(server::RequestGuard::parseHead("POST / HTTP/1.1\r\nContent-Length: -1", false).chunked);
    CHECK(server::RequestGuard::parseHead("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999", false).chunked);
    CHECK(server::RequestGuard::parseHead("POST / HTTP/1.1\r\nTransfer-Encoding: gzip", false).chunked);
    const auto junk = server::RequestGuard::parseHead(QByteArray("\0\xff:\n:x", 6), true);
    CHECK(junk.headTooLarge);
    CHECK(junk.contentLength == 0);
}
