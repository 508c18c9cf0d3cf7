// What the app hands Qt to show (W3.5 item 3): a photo file becomes an Image source only as a JPEG or
// PNG within the photo limits, and no decode may take more than the limit, whatever a header claims.
#include "photosource.h"

#include "hostilephotos.h"
#include "photofiles/photolimits.h"

#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("an svgz bomb, a text file or a 100000x100000 PNG never becomes an Image source, a JPEG does", "[photo][security]")
{
    QTemporaryDir dir;
    // Named as photos, as a picker or an older sync would leave them; Qt's SVG plugin takes any gzip data.
    const QString bomb = write(dir, QStringLiteral("bomb.jpg"), gc::test::svgzBomb(8 << 20));
    const QString text = write(dir, QStringLiteral("note.jpg"), QByteArrayLiteral("not a photo\n"));
    const QString huge = write(dir, QStringLiteral("huge.png"), gc::test::pngClaiming(100'000, 100'000));
    const QString jpeg = write(dir, QStringLiteral("ok.jpg"), gc::test::jpegClaiming(16, 16));
    const QString png = write(dir, QStringLiteral("ok"), gc::test::pngClaiming(16, 16)); // photo-folder names have no suffix
    CHECK(gc::ui::checkedPhotoUrl(bomb).isEmpty());
    CHECK(gc::ui::checkedPhotoUrl(text).isEmpty());
    CHECK(gc::ui::checkedPhotoUrl(huge).isEmpty());
    CHECK(gc::ui::checkedPhotoUrl(dir.filePath(QStringLiteral("missing.jpg"))).isEmpty());
    CHECK(gc::ui::checkedPhotoUrl(jpeg) == QUrl::fromLocalFile(jpeg));
    CHECK(gc::ui::checkedPhotoUrl(png) == QUrl::fromLocalFile(png));
}

TEST_CASE("after the app's start no image decode may allocate more than the photo limit says", "[photo][security]")
{
    gc::ui::limitImageDecoding();
    CHECK(QImageReader::allocationLimit() == gc::core::PhotoLimits{}.maxDecodedMegabytes);
    // 20000×20000 RGB is 1.6 GB as 32-bit pixels: refused from the header by Qt, nothing allocated.
    QTemporaryDir dir;
    QImageReader reader(write(dir, QStringLiteral("big.png"), gc::test::pngClaiming(20'000, 20'000)), "png");
    CHECK(reader.read().isNull());
}
