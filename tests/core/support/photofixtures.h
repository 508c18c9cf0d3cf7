#pragma once

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <random>

namespace gc::test {

// Synthetic field photos: the brand mark (or something that is not it) on a plate, pole, vehicle or panel,
// placed into a real camera image from OpenCV's samples with perspective, scale, light, blur, noise and JPEG.
struct PhotoScene {
    cv::Mat bgr;                         // before JPEG encoding
    QByteArray jpeg;                     // what the checker gets
    bool hasMark = false;
    std::array<cv::Point2f, 4> markQuad; // ground truth in photo pixels, when hasMark
    QString description;                 // carrier, angle, share, blur… for failure messages
    QString family = QStringLiteral("base"); // the condition that dominates the scene, for per-family tables
    QString condition;                       // a second grouping (photosurfaces.h: family = surface, this = condition)
};

struct SceneSettings {
    cv::Size size{1600, 1200};
    double minShare = 0.03;  // mark area / photo area
    double maxShare = 0.20;
    double maxAngleDeg = 50;
    double maxBlurSigma = 1.6;
    double maxNoiseSigma = 7;
    int minJpegQuality = 40;
};

QString brandDir();                               // assets/brand in the source tree
QString sampleDir();                              // OpenCV sample photos (Debian opencv-doc)
cv::Mat loadBgra(const QString &path);            // any image as 8-bit BGRA
cv::Mat background(int index, cv::Size size, std::mt19937 &rng);
cv::Mat sampleImage(const QString &file);  // an opencv-doc sample as BGR, read once; empty when missing
// A random crop keeping at least `minKeep` of the width, scaled to fill `size`.
cv::Mat cropToFill(const cv::Mat &img, cv::Size size, double minKeep, int interpolation, std::mt19937 &rng);
int backgroundCount();

// `mark` is BGRA; the scene carries it (or, for a negative, something else) with random viewing conditions.
PhotoScene makeMarkScene(const cv::Mat &mark, std::uint32_t seed, const SceneSettings &s = {});
PhotoScene makeNegativeScene(std::uint32_t seed, const SceneSettings &s = {});
// A stand-in superseded mark (older district logo) for the old_mark check.
cv::Mat oldMarkImage();
// Text rendered with Qt (Hangul needs a real font), black on transparent.
cv::Mat textImage(const QString &text, int pixelSize, const QString &family, bool bold, const cv::Scalar &colour);
QByteArray encodeJpeg(const cv::Mat &bgr, int quality);

// Building blocks shared with the held-back generator (photoheldout.h).
enum class Carrier { Plate, Panel, Vehicle, Pole };
void paste(cv::Mat &dst, const cv::Mat &src, cv::Point at);  // BGRA onto BGRA, blended by alpha
cv::Mat resizedBgra(const cv::Mat &src, int width);
// A carrier (BGRA, opaque where it is) holding `content` (BGRA); returns the content's rectangle in it.
cv::Mat makeCarrier(const cv::Mat &content, Carrier kind, std::mt19937 &rng, cv::Rect *contentRect, QString *name);
// Warps `carrier` (BGRA) by `h` into `photo` (BGR), blended by alpha.
void compositeInto(cv::Mat &photo, const cv::Mat &carrier, const cv::Mat &h);

// The whole mark in the picture (the check refuses a mark cut by the frame): `distance` grown until the box of
// `project(corners, distance)` fits in the frame less `margin` on each side.
template <typename Project>
double distanceToFitWhole(const Project &project, const std::vector<cv::Point2f> &corners, double distance, cv::Size size, double margin)
{
    for (int i = 0; i < 8; ++i) {
        const cv::Rect2f box = cv::boundingRect(project(corners, distance));
        const double over = std::max(box.width / (size.width - 2 * margin), box.height / (size.height - 2 * margin));
        if (over <= 1)
            break;
        distance *= over * 1.02;
    }
    return distance;
}

} // namespace gc::test
