// W3.4: the server keeps the original and serves a thumbnail (≤ 320 px) and a preview (≤ 1600 px) of
// it, all addressed by the original's SHA-256; the original still arrives byte for byte.
#include "serverfixture.h"

#include "photofiles/photostore.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

using namespace gc;
using Kind = test::LocalServer::Kind;

namespace {

QByteArray encoded(int width, int height, const char *format)
{
    QImage img(width, height, QImage::Format_RGB32);
    QPainter p(&img);
    for (int x = 0; x < width; x += 40)
        p.fillRect(x, 0, 40, height, QColor::fromHsv((x / 40 * 29) % 360, 200, 200));
    p.end();
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, format, 90);
    return bytes;
}

QSize sizeOf(const QByteArray &bytes)
{
    QImage img;
    REQUIRE(img.loadFromData(bytes, "JPG"));
    return img.size();
}

} // namespace

TEST_CASE("renditionsAddressedByOriginalSha: thumb and preview are made from the original, which stays intact", "[sync][renditions]")
{
    const Kind kind = GENERATE(Kind::Postgres, Kind::GeoPackage);
    test::LocalServer server(kind);
    const QString token = server.login(QStringLiteral("office1"));
    const QByteArray original = encoded(2400, 1800, "JPG");
    const QString sha = core::PhotoStore::sha256Of(original);
    const QString base = QStringLiteral("/api/v1/photos/%1").arg(sha);
    REQUIRE(server.request("PUT", base + QStringLiteral("?offset=0&total=%1").arg(original.size()), original, token).status == 200);

    const auto thumb = server.request("GET", base + QStringLiteral("?rendition=thumb"), {}, token);
    REQUIRE(thumb.status == 200);
    CHECK(sizeOf(thumb.body) == QSize(320, 240));
    const auto preview = server.request("GET", base + QStringLiteral("?rendition=preview"), {}, token);
    REQUIRE(preview.status == 200);
    CHECK(sizeOf(preview.body) == QSize(1600, 1200));
    CHECK(thumb.body.size() < preview.body.size());
    CHECK(preview.body.size() < original.size());
    // Asked again, the kept rendition comes back as it was.
    CHECK(server.request("GET", base + QStringLiteral("?rendition=thumb"), {}, token).body == thumb.body);

    const auto full = server.request("GET", base + QStringLiteral("?rendition=original"), {}, token);
    REQUIRE(full.status == 200);
    CHECK(core::PhotoStore::sha256Of(full.body) == sha);
    CHECK(server.request("GET", base, {}, token).body == full.body); // no rendition named: the original

    const auto bad = server.request("GET", base + QStringLiteral("?rendition=huge"), {}, token);
    CHECK(bad.status == 400);
    CHECK(bad.body.contains("rendition is one of thumb, preview, original"));
    const QString unknown(64, QLatin1Char('a'));
    CHECK(server.request("GET", QStringLiteral("/api/v1/photos/%1?rendition=thumb").arg(unknown), {}, token).status == 404);
}

TEST_CASE("renditionOfSmallPngIsNotEnlarged: a PNG original gets JPEG renditions no larger than itself", "[sync][renditions]")
{
    test::LocalServer server(Kind::GeoPackage);
    const QString token = server.login(QStringLiteral("office1"));
    const QByteArray png = encoded(300, 200, "PNG");
    const QString base = QStringLiteral("/api/v1/photos/%1").arg(core::PhotoStore::sha256Of(png));
    REQUIRE(server.request("PUT", base + QStringLiteral("?offset=0&total=%1").arg(png.size()), png, token).status == 200);
    const auto thumb = server.request("GET", base + QStringLiteral("?rendition=thumb"), {}, token);
    REQUIRE(thumb.status == 200);
    CHECK(thumb.body.startsWith("\xFF\xD8\xFF"));
    CHECK(sizeOf(thumb.body) == QSize(300, 200));
}
