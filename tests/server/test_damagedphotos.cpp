// A photo upload whose header is plausible but whose image data is not all there is refused when
// its last chunk arrives and never filed (an outside pass: a 69-byte PNG whose IHDR says 16000×3000
// and a 693-byte JPEG whose SOF says 7000×7000 were "complete", could be filed, and then no
// rendition could be made). Both stores, through the real HTTP front end on loopback.
#include "serverfixture.h"

#include "../core/support/hostilephotos.h"
#include "photofiles/photostore.h"

#include <QBuffer>
#include <QImage>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

// The file in two chunks, the way a device sends a photo: the header passes with the first, the
// second completes the upload. The completing answer.
test::HttpReply uploadInTwo(test::LocalServer &s, const QString &token, const QByteArray &bytes)
{
    const QString sha = core::PhotoStore::sha256Of(bytes);
    const qsizetype half = bytes.size() / 2;
    const auto first = s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=0&total=%2").arg(sha).arg(bytes.size()), bytes.left(half), token);
    INFO(first.body.toStdString());
    REQUIRE(first.status == 202);
    return s.request("PUT", QStringLiteral("api/v1/photos/%1?offset=%2&total=%3").arg(sha).arg(half).arg(bytes.size()), bytes.mid(half), token);
}

QByteArray realPhoto(const char *format)
{
    QImage img(640, 480, QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            img.setPixel(x, y, qRgb((x * 3) & 255, (y * 5) & 255, (x + y) & 255));
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, format);
    return bytes;
}

} // namespace

TEST_CASE("attack: a PNG or JPEG whose header promises more picture than its data holds is refused at its last chunk and never filed",
          "[security][photo]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer s(kind);
    const QString crew = s.login(QStringLiteral("crew1"));
    const QByteArray jpeg = realPhoto("JPG");
    // A JPEG whose scan data stops halfway, its end marker kept: the header check cannot tell.
    const QByteArray cut = jpeg.left(jpeg.size() / 2) + QByteArray("\xFF\xD9", 2);
    const std::pair<const char *, QByteArray> cases[] = {
        {"a PNG whose IHDR says 16000x3000 with one row of data", test::pngClaiming(16000, 3000)},
        {"a JPEG whose SOF was patched to 7000x7000", test::jpegClaiming(7000, 7000)},
        {"a JPEG whose scans stop halfway", cut},
    };
    for (const auto &[what, bytes] : cases) {
        INFO(what);
        const QString sha = core::PhotoStore::sha256Of(bytes);
        const auto r = uploadInTwo(s, crew, bytes);
        INFO(r.body.toStdString());
        CHECK(r.status == 422);
        CHECK(r.body.contains("photo_corrupt"));
        auto kept = s.store->photo(sha);
        REQUIRE(kept.ok());
        CHECK_FALSE(kept->has_value());
    }
    // Real photos still go through, in one chunk or two.
    for (const char *format : {"JPG", "PNG"}) {
        const QByteArray bytes = realPhoto(format);
        const auto r = uploadInTwo(s, crew, bytes);
        INFO(r.body.toStdString());
        CHECK(r.status == 200);
        auto kept = s.store->photo(core::PhotoStore::sha256Of(bytes));
        REQUIRE(kept.ok());
        CHECK(kept->has_value());
    }
}
