// The photo checks' own JPEG decode (libjpeg-turbo, DCT-scaled, box chroma upsampling) against cv::imdecode:
// the same picture, turned the same way, and every file it does not take on left to OpenCV.
#include "photo/jpegscaleddecode.h"
#include "photo/photocheckthresholds.h"
#include "photo/photodecoder.h"

#include <catch2/catch.hpp>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace gc::core;

namespace {

// A picture no turn or flip maps onto itself: a gradient, a bright block top left, a dark bar along the bottom.
cv::Mat asymmetric(int w, int h)
{
    cv::Mat img(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 255 / w), uchar(y * 255 / h), uchar(128 + (x + y) % 64));
    cv::rectangle(img, cv::Rect(w / 10, h / 10, w / 4, h / 5), cv::Scalar(250, 240, 230), cv::FILLED);
    cv::rectangle(img, cv::Rect(0, h * 8 / 10, w, h / 10), cv::Scalar(20, 10, 40), cv::FILLED);
    return img;
}

QByteArray jpegOf(const cv::Mat &img, int quality = 92)
{
    std::vector<uchar> buf;
    cv::imencode(".jpg", img, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

void put(QByteArray &b, quint32 v, int n, bool little)
{
    for (int i = 0; i < n; ++i)
        b.append(char((v >> (8 * (little ? i : n - 1 - i))) & 0xFF));
}

// "Exif\0\0" + a TIFF header and one IFD holding only the orientation tag.
QByteArray exifWithOrientation(int orientation, bool little)
{
    QByteArray e("Exif\0\0", 6);
    e += little ? "II" : "MM";
    put(e, 42, 2, little);
    put(e, 8, 4, little);
    put(e, 1, 2, little);
    put(e, 0x0112, 2, little);
    put(e, 3, 2, little);
    put(e, 1, 4, little);
    put(e, quint32(orientation), 2, little);
    put(e, 0, 2, little);
    put(e, 0, 4, little);
    return e;
}

QByteArray withApp1(const QByteArray &jpeg, const QByteArray &payload)
{
    QByteArray segment("\xFF\xE1", 2);
    put(segment, quint32(payload.size() + 2), 2, false);
    return jpeg.left(2) + segment + payload + jpeg.mid(2);
}

cv::Mat opencvDecode(const QByteArray &bytes, int flags)
{
    return cv::imdecode(cv::Mat(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData())), flags);
}

double meanAbsDiff(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat d;
    cv::absdiff(a, b, d);
    const cv::Scalar m = cv::mean(d);
    return (m[0] + m[1] + m[2]) / 3;
}

cv::Mat grey(const cv::Mat &bgr)
{
    cv::Mat g;
    cv::cvtColor(bgr, g, cv::COLOR_BGR2GRAY);
    return g;
}

} // namespace

TEST_CASE("the scaled JPEG decode gives OpenCV's picture, turned alike for every EXIF orientation", "[photo][decode]")
{
    const QByteArray plain = jpegOf(asymmetric(640, 480));
    const std::pair<int, int> scales[] = {{1, cv::IMREAD_COLOR}, {2, cv::IMREAD_REDUCED_COLOR_2}, {4, cv::IMREAD_REDUCED_COLOR_4}};
    for (const bool little : {true, false}) {
        for (int orientation = 1; orientation <= 8; ++orientation) {
            const QByteArray bytes = withApp1(plain, exifWithOrientation(orientation, little));
            for (const auto &[denominator, flags] : scales) {
                INFO("orientation " << orientation << (little ? " II" : " MM") << ", 1/" << denominator);
                const cv::Mat ours = decodeJpegScaled(bytes, denominator);
                const cv::Mat theirs = opencvDecode(bytes, flags);
                REQUIRE(!ours.empty());
                REQUIRE(ours.type() == CV_8UC3);
                REQUIRE(ours.size() == theirs.size());
                // Luma is decoded identically; only the chroma upsampling differs, and only at colour edges.
                CHECK(meanAbsDiff(grey(ours), grey(theirs)) < 0.5);
                CHECK(meanAbsDiff(ours, theirs) < 2.0);
            }
        }
    }
}

TEST_CASE("the EXIF orientation is read in both byte orders — anything else counts as upright", "[photo][decode]")
{
    CHECK(exifOrientation(exifWithOrientation(6, true)) == 6);
    CHECK(exifOrientation(exifWithOrientation(8, false)) == 8);
    CHECK(exifOrientation(exifWithOrientation(9, true)) == 1);
    CHECK(exifOrientation(exifWithOrientation(0, false)) == 1);
    CHECK(exifOrientation(QByteArray()) == 1);
    CHECK(exifOrientation(QByteArray("Exif\0\0XX", 8)) == 1);
    QByteArray cut = exifWithOrientation(3, true);
    cut.chop(10);  // the entry runs past the segment's end
    CHECK(exifOrientation(cut) == 1);
    QByteArray wild = exifWithOrientation(3, true);
    wild[10] = char(0xF0);  // IFD offset far outside
    CHECK(exifOrientation(wild) == 1);
}

TEST_CASE("grey JPEGs come out as BGR — damaged ones are left to cv::imdecode", "[photo][decode]")
{
    const cv::Mat img = asymmetric(800, 600);
    SECTION("a one-component JPEG")
    {
        const QByteArray bytes = jpegOf(grey(img));
        const cv::Mat ours = decodeJpegScaled(bytes, 2);
        REQUIRE(ours.type() == CV_8UC3);
        CHECK(meanAbsDiff(ours, opencvDecode(bytes, cv::IMREAD_REDUCED_COLOR_2)) < 0.5);
    }
    SECTION("entropy data cut short (libjpeg warns and pads): the decoder gives exactly OpenCV's picture")
    {
        const QByteArray whole = jpegOf(img);
        const QByteArray cut = whole.left(whole.size() * 2 / 3) + QByteArray("\xFF\xD9", 2);
        CHECK(decodeJpegScaled(cut, 2).empty());
        PhotoCheckThresholds t;
        t.minLongSide = 100;
        const auto decoded = PhotoDecoder(t).decode(cut, 400);
        REQUIRE(decoded.ok());
        const cv::Mat theirs = opencvDecode(cut, cv::IMREAD_REDUCED_COLOR_2);
        REQUIRE(decoded->bgr.size() == theirs.size());
        CHECK(cv::norm(decoded->bgr, theirs, cv::NORM_INF) == 0);
    }
    SECTION("not a JPEG at all")
    {
        CHECK(decodeJpegScaled(QByteArray("not a jpeg"), 2).empty());
        CHECK(decodeJpegScaled(QByteArray(), 1).empty());
    }
}

TEST_CASE("the two-part decode gives the one-part decode's pixels, and refuses what it refuses", "[photo][decode]")
{
    // Noise makes every block's coefficients differ, so a part that started on the wrong row or block would show.
    cv::Mat noisy = asymmetric(1203, 917);
    cv::Mat noise(noisy.size(), CV_8UC3);
    cv::randu(noise, 0, 40);
    noisy += noise;
    struct Case {
        const char *name;
        QByteArray bytes;
    };
    std::vector<uchar> restarts;
    cv::imencode(".jpg", noisy, restarts, {cv::IMWRITE_JPEG_QUALITY, 90, cv::IMWRITE_JPEG_RST_INTERVAL, 7});
    const Case cases[] = {
        {"colour 4:2:0", jpegOf(noisy)},
        {"one component", jpegOf(grey(noisy))},
        {"restart markers", QByteArray(reinterpret_cast<const char *>(restarts.data()), qsizetype(restarts.size()))},
        {"turned by EXIF", withApp1(jpegOf(noisy, 75), exifWithOrientation(6, true))},
    };
    for (const Case &c : cases) {
        for (const int denominator : {1, 2, 4, 8}) {
            INFO(c.name << ", 1/" << denominator);
            const cv::Mat one = decodeJpegScaled(c.bytes, denominator, 1);
            const cv::Mat two = decodeJpegScaled(c.bytes, denominator, 2);
            REQUIRE(!one.empty());
            REQUIRE(one.size() == two.size());
            CHECK(cv::norm(one, two, cv::NORM_INF) == 0);
        }
    }
    // Damage in either part's rows sends the photo to cv::imdecode, as with one decoder.
    const QByteArray whole = jpegOf(noisy);
    for (const double keep : {0.3, 0.9}) {
        const QByteArray cut = whole.left(qsizetype(double(whole.size()) * keep)) + QByteArray("\xFF\xD9", 2);
        INFO("cut at " << keep);
        CHECK(decodeJpegScaled(cut, 2, 1).empty());
        CHECK(decodeJpegScaled(cut, 2, 2).empty());
    }
}
