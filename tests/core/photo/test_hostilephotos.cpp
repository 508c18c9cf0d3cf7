// Photos that are not what they claim (W3.5 item 3): JPEG or PNG by their magic bytes, sizes judged
// from the header before any decode, everywhere a photo is stored.
#include "hostilephotos.h"
#include "inventoryfixture.h"

#include "photo/photochecker.h"
#include "photo/photodecoder.h"
#include "photofiles/photoheader.h"
#include "photofiles/photostore.h"

#include <QDir>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <opencv2/imgcodecs.hpp>

#include <zlib.h>

using namespace gc::core;

namespace {

// How many bytes the gzip data inflates to, by streaming it through zlib.
qint64 inflatedSize(const QByteArray &gz, QByteArray *start)
{
    z_stream z{};
    REQUIRE(inflateInit2(&z, 15 + 16) == Z_OK);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    z.avail_in = uInt(gz.size());
    QByteArray out(1 << 20, '\0');
    qint64 total = 0;
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        rc = inflate(&z, Z_NO_FLUSH);
        if (total == 0)
            *start = out.left(40);
        total += out.size() - qsizetype(z.avail_out);
    }
    inflateEnd(&z);
    REQUIRE(rc == Z_STREAM_END);
    return total;
}

} // namespace

TEST_CASE("an svgz bomb is refused by the photo store from its magic bytes, before anything inflates it", "[photo][security]")
{
    const QByteArray bomb = gc::test::svgzBomb(16 << 20);
    QByteArray start;
    CHECK(inflatedSize(bomb, &start) > (16 << 20)); // the fixture is what it says: 16 MB of SVG
    CHECK(start.startsWith("<?xml"));
    CHECK(bomb.size() < 64 << 10);

    QTemporaryDir dir;
    PhotoStore store(dir.path());
    auto added = store.add(bomb);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == QStringLiteral("photo_unsupported"));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    // Its first few bytes are enough to tell.
    CHECK(readPhotoHeader(bomb.left(16), {}, false).error().code == QStringLiteral("photo_unsupported"));
}

TEST_CASE("a PNG or JPEG whose header claims 100000x100000 pixels is refused from the header by the store and the decoder", "[photo][security]")
{
    const QByteArray png = gc::test::pngClaiming(100'000, 100'000);
    const QByteArray jpeg = gc::test::jpegClaiming(65'000, 65'000);
    QTemporaryDir dir;
    PhotoStore store(dir.path());
    const PhotoDecoder decoder{PhotoCheckThresholds{}};
    for (const QByteArray &bytes : {png, jpeg}) {
        auto header = readPhotoHeader(bytes);
        REQUIRE_FALSE(header.ok());
        CHECK(header.error().code == QStringLiteral("photo_too_large"));
        CHECK(header.error().message().contains(QStringLiteral("50")));
        CHECK(store.add(bytes).error().code == QStringLiteral("photo_too_large"));
        CHECK(decoder.decode(bytes, 1024).error().code == QStringLiteral("photo_too_large"));
        // An upload's first kilobyte already tells.
        CHECK(readPhotoHeader(bytes.left(1024), {}, false).error().code == QStringLiteral("photo_too_large"));
    }
    // A long thin strip within the pixel count but past the longest side.
    CHECK(readPhotoHeader(gc::test::pngClaiming(40'000, 100)).error().code == QStringLiteral("photo_too_large"));
    // The same files at a sane size are stored, as image/png and image/jpeg.
    auto small = store.add(gc::test::pngClaiming(16, 16));
    REQUIRE(small.ok());
    CHECK(small->mime == QStringLiteral("image/png"));
    CHECK(small->width == 16);
    auto real = store.add(gc::test::jpegClaiming(16, 16));
    REQUIRE(real.ok());
    CHECK(real->mime == QStringLiteral("image/jpeg"));
    // A start that is cut short is no verdict yet; a whole file cut short is.
    CHECK(readPhotoHeader(jpeg.left(3), {}, false).ok());
    CHECK(readPhotoHeader(gc::test::jpegClaiming(16, 16).left(100)).error().code == QStringLiteral("photo_truncated"));
}

TEST_CASE("attack: a progressive JPEG of thousands of repeated scans is refused by its header, an ordinary progressive one is taken", "[photo][security]")
{
    const QByteArray ordinary = gc::test::jpegScanBomb(160, 120, 0);
    const QByteArray bomb = gc::test::jpegScanBomb(160, 120, 2000);
    REQUIRE(ordinary.size() > 1000);
    CHECK(bomb.size() < 8 << 20); // small on disk: within every byte limit
    QTemporaryDir dir;
    PhotoStore store(dir.path());
    CHECK(store.add(ordinary).ok()); // a phone's progressive JPEG (about ten scans) is a photo
    auto added = store.add(bomb);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == QStringLiteral("photo_unsupported"));
    CHECK(added.error().message().contains(QStringLiteral("scans")));
    // The decoder (the photo checks, the server's judge) refuses it before libjpeg sees a scan.
    auto decoded = PhotoDecoder(PhotoCheckThresholds{}).decode(bomb, 1024);
    REQUIRE_FALSE(decoded.ok());
    CHECK(decoded.error().message().contains(QStringLiteral("scans")));
}

TEST_CASE("attack: a pipe or a device named like a photo is refused at once, not read until memory runs out", "[photo][security]")
{
    // An outside pass: `check-photo` on /dev/zero grew to 4 GB and died of std::bad_alloc, and on a
    // FIFO with no writer it never returned (the open blocked).
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe.jpg"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString folder = dir.filePath(QStringLiteral("folder.jpg"));
    REQUIRE(QDir().mkpath(folder));
    const QString zeroLink = dir.filePath(QStringLiteral("zero.jpg"));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), zeroLink));
    const PhotoDecoder decoder{PhotoCheckThresholds{}};
    PhotoStore store(dir.filePath(QStringLiteral("photos")));
    for (const QString &path : {fifo, folder, zeroLink, QStringLiteral("/dev/zero")}) {
        INFO(path.toStdString());
        const auto bytes = decoder.readFile(path);
        REQUIRE_FALSE(bytes.ok());
        CHECK(bytes.error().code == QLatin1String("photo_unreadable"));
        CHECK(bytes.error().message().contains(QStringLiteral("not a photo file")));
        CHECK_FALSE(readPhotoFileHeader(path).ok());
        CHECK_FALSE(store.addFile(path).ok());
    }
    // A regular file past the limit is refused by its size without being read whole.
    const QString big = dir.filePath(QStringLiteral("big.jpg"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(qint64(PhotoLimits{}.maxBytes) + 1));
    }
    const auto tooBig = readPhotoFileBytes(big, PhotoLimits{}.maxBytes);
    REQUIRE_FALSE(tooBig.ok());
    CHECK(tooBig.error().code == QLatin1String("photo_too_large"));
}

TEST_CASE("attack: a photo one pixel wide or a thin strip is refused as too small, not a crash", "[photo][security]")
{
    // An outside pass: 1×1, 1×4000 and 4000×1 images aborted the checker inside cv::resize; 4000×3 strips
    // passed as before photos.
    auto checker = PhotoChecker::create(PhotoCheckThresholds{});
    REQUIRE(checker.ok());
    for (const cv::Size size : {cv::Size(1, 1), cv::Size(1, 4000), cv::Size(4000, 1), cv::Size(4000, 8)}) {
        INFO(size.width << "×" << size.height);
        const cv::Mat flat(size, CV_8UC3, cv::Scalar(90, 120, 150));
        for (const char *ext : {".jpg", ".png"}) {
            std::vector<uchar> buf;
            REQUIRE(cv::imencode(ext, flat, buf));
            const auto r = checker->check(QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size())), {});
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == QLatin1String("photo_too_small"));
        }
    }
}
