#include "photoheldout.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace gc::test {

namespace {

double uniform(std::mt19937 &rng, double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }
int uniformInt(std::mt19937 &rng, int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); }

// A random crop of a held-back background, scaled to fill the photo.
cv::Mat heldOutBackground(std::mt19937 &rng, cv::Size size)
{
    const int index = uniformInt(rng, 0, int(heldOutBackgroundFiles().size()) - 1);
    const cv::Mat img = sampleImage(heldOutBackgroundFiles()[index]);
    if (img.empty())
        return cv::Mat(size, CV_8UC3, cv::Scalar(110, 120, 125));
    cv::Mat out = cropToFill(img, size, 0.5, cv::INTER_LINEAR, rng);
    if (uniformInt(rng, 0, 1))
        cv::flip(out, out, 1);
    return out;
}

struct View {
    double tiltDeg = 0;   // out of plane, in a random direction
    double rollDeg = 0;   // in plane
    double share = 0.05;  // mark area / photo area
};

// Places `carrier` (with the mark at `rect`) into `photo` as a pinhole camera with a 28 mm-like lens sees it
// turned by `v`; returns the mark's corners in the photo.
std::array<cv::Point2f, 4> place(cv::Mat &photo, const cv::Mat &carrier, cv::Rect rect, const View &v, std::mt19937 &rng)
{
    const cv::Size size = photo.size();
    const double dir = uniform(rng, 0, 2 * CV_PI);
    const double yaw = v.tiltDeg * std::cos(dir) * CV_PI / 180, pitch = v.tiltDeg * std::sin(dir) * CV_PI / 180;
    const double roll = v.rollDeg * CV_PI / 180;
    const cv::Matx33d ry(std::cos(yaw), 0, std::sin(yaw), 0, 1, 0, -std::sin(yaw), 0, std::cos(yaw));
    const cv::Matx33d rx(1, 0, 0, 0, std::cos(pitch), -std::sin(pitch), 0, std::sin(pitch), std::cos(pitch));
    const cv::Matx33d rz(std::cos(roll), -std::sin(roll), 0, std::sin(roll), std::cos(roll), 0, 0, 0, 1);
    const cv::Matx33d r = rz * rx * ry;
    const double f = 1.1 * std::max(size.width, size.height);
    const cv::Point2f centre(rect.x + rect.width / 2.0f, rect.y + rect.height / 2.0f);
    const std::vector<cv::Point2f> carrierCorners{{0, 0}, {float(carrier.cols), 0}, {float(carrier.cols), float(carrier.rows)}, {0, float(carrier.rows)}};
    const std::vector<cv::Point2f> markCorners{rect.tl(), {float(rect.br().x), float(rect.y)}, rect.br(), {float(rect.x), float(rect.br().y)}};
    auto project = [&](const std::vector<cv::Point2f> &pts, double distance) {
        std::vector<cv::Point2f> out;
        for (const auto &p : pts) {
            const cv::Vec3d q = r * cv::Vec3d(p.x - centre.x, p.y - centre.y, 0) + cv::Vec3d(0, 0, distance);
            out.emplace_back(float(f * q[0] / q[2]), float(f * q[1] / q[2]));
        }
        return out;
    };
    double distance = 2 * f;
    for (int i = 0; i < 5; ++i)
        distance *= std::sqrt(std::fabs(cv::contourArea(project(markCorners, distance))) / (v.share * size.area()));
    const float margin = 6;
    distance = distanceToFitWhole(project, markCorners, distance, size, margin);
    std::vector<cv::Point2f> mark = project(markCorners, distance), all = project(carrierCorners, distance);
    const cv::Rect2f box = cv::boundingRect(mark);
    const float ox = float(uniform(rng, margin - box.x, std::max(double(margin - box.x), double(size.width - margin - box.br().x))));
    const float oy = float(uniform(rng, margin - box.y, std::max(double(margin - box.y), double(size.height - margin - box.br().y))));
    for (auto &p : all)
        p += cv::Point2f(ox, oy);
    for (auto &p : mark)
        p += cv::Point2f(ox, oy);
    // Shrink the carrier close to its size in the photo first, as optics would, so the warp does not alias.
    const double linear = std::sqrt(std::fabs(cv::contourArea(all)) / double(carrier.size().area()));
    const double s = std::min(1.0, 1.3 * linear);
    cv::Mat small;
    cv::resize(carrier, small, cv::Size(std::max(1, int(carrier.cols * s)), std::max(1, int(carrier.rows * s))), 0, 0, cv::INTER_AREA);
    const std::vector<cv::Point2f> smallCorners{{0, 0}, {float(small.cols), 0}, {float(small.cols), float(small.rows)}, {0, float(small.rows)}};
    compositeInto(photo, small, cv::getPerspectiveTransform(smallCorners, all));
    std::array<cv::Point2f, 4> out;
    std::copy(mark.begin(), mark.end(), out.begin());
    return out;
}

// Something in front of the mark: a dark pole, a leaf-green blob or a hand-coloured ellipse over `share` of it.
void occlude(cv::Mat &photo, const std::array<cv::Point2f, 4> &quad, double share, std::mt19937 &rng)
{
    std::vector<cv::Point> poly;
    for (const auto &p : quad)
        poly.emplace_back(cvRound(p.x), cvRound(p.y));
    const cv::Rect box = cv::boundingRect(poly) & cv::Rect(cv::Point(), photo.size());
    if (box.empty())
        return;
    cv::Mat markMask(photo.size(), CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(markMask, poly, cv::Scalar(255));
    const double markArea = cv::countNonZero(markMask);
    static const cv::Scalar colours[] = {{60, 60, 60}, {40, 110, 50}, {120, 150, 200}, {30, 30, 80}};
    const cv::Scalar colour = colours[uniformInt(rng, 0, 3)];
    cv::Mat cover(photo.size(), CV_8U, cv::Scalar(0));
    // Grow a bar or an ellipse from a random edge until it hides `share` of the mark.
    const bool bar = uniformInt(rng, 0, 1);
    const cv::Point2f c(float(box.x + uniform(rng, 0, box.width)), float(box.y + uniform(rng, 0, box.height)));
    const double angle = uniform(rng, 0, 180);
    for (double extent = 0.02; extent < 2.0; extent *= 1.15) {
        cover.setTo(0);
        if (bar)
            cv::ellipse(cover, cv::RotatedRect(c, cv::Size2f(float(extent * box.width), float(box.height * 3)), float(angle)), cv::Scalar(255), cv::FILLED);
        else
            cv::ellipse(cover, cv::RotatedRect(c, cv::Size2f(float(extent * box.width), float(extent * box.width * 0.7)), float(angle)), cv::Scalar(255), cv::FILLED);
        cv::Mat both;
        cv::bitwise_and(cover, markMask, both);
        if (cv::countNonZero(both) >= share * markArea)
            break;
    }
    photo.setTo(colour, cover);
}

cv::Mat decoyImage(std::mt19937 &rng, QString *what)
{
    static const char *words[] = {"금천구 보건소", "가산디지털단지역", "독산동 주민센터", "시흥대로 149", "Seoul Metro", "Good Neighbors",
                                  "CITY TOUR BUS", "어린이 보호구역", "Geumcheon Arts", "금나래 도서관", "주차 금지", "Happy City"};
    static const char *fonts[] = {"NanumGothic", "NanumSquare", "NanumBarunGothic", "DejaVu Sans", "NanumMyeongjo"};
    static const char *logos[] = {"opencv-logo-white.png", "box.png", "templ.png"};
    const int kind = uniformInt(rng, 0, 5);
    if (kind <= 2) {
        const char *w = words[uniformInt(rng, 0, 11)];
        *what += QStringLiteral(" text\"%1\"").arg(QString::fromUtf8(w));
        return textImage(QString::fromUtf8(w), 140, QString::fromLatin1(fonts[uniformInt(rng, 0, 4)]), uniformInt(rng, 0, 1),
                         cv::Scalar(uniformInt(rng, 0, 200), uniformInt(rng, 0, 160), uniformInt(rng, 0, 160)));
    }
    if (kind <= 4) {
        const char *l = logos[uniformInt(rng, 0, 2)];
        *what += QStringLiteral(" logo %1").arg(QString::fromLatin1(l));
        return loadBgra(sampleDir() + QLatin1Char('/') + QString::fromLatin1(l));
    }
    *what += QStringLiteral(" old mark");
    return oldMarkImage();
}

// Lighting, colour, blur, noise and JPEG: mild for every scene, strong for the scene's own family.
QByteArray develop(cv::Mat &photo, const QString &family, std::mt19937 &rng, QString *desc)
{
    cv::Vec3d gains(uniform(rng, 0.88, 1.12), uniform(rng, 0.88, 1.12), uniform(rng, 0.88, 1.12));
    double exposure = uniform(rng, 0.7, 1.2);
    if (family == QLatin1String("cast"))
        for (int c = 0; c < 3; ++c)
            gains[c] = uniform(rng, 0.65, 1.35);
    if (family == QLatin1String("exposure"))
        exposure = uniformInt(rng, 0, 1) ? uniform(rng, 1.35, 1.7) : uniform(rng, 0.3, 0.5);
    std::vector<cv::Mat> ch;
    cv::split(photo, ch);
    for (int c = 0; c < 3; ++c)
        ch[size_t(c)].convertTo(ch[size_t(c)], CV_8U, gains[c] * exposure);
    cv::merge(ch, photo);
    double sigma = uniform(rng, 0, 1.2);
    if (family == QLatin1String("defocus"))
        sigma = uniform(rng, 1.6, 2.6);
    if (sigma > 0.3)
        cv::GaussianBlur(photo, photo, cv::Size(0, 0), sigma);
    int motion = 0;
    if (family == QLatin1String("motion")) {
        motion = uniformInt(rng, 6, 12);
        cv::Mat k = cv::Mat::zeros(motion, motion, CV_32F);
        cv::line(k, cv::Point(0, motion / 2), cv::Point(motion - 1, motion / 2), cv::Scalar(1.0));
        cv::warpAffine(k, k, cv::getRotationMatrix2D(cv::Point2f(motion / 2.0f, motion / 2.0f), uniform(rng, 0, 180), 1.0), k.size());
        k /= cv::sum(k)[0];
        cv::filter2D(photo, photo, -1, k);
    }
    const double noise = family == QLatin1String("jpeg") ? uniform(rng, 6, 10) : uniform(rng, 1, 6);
    cv::Mat n(photo.size(), CV_16SC3);
    cv::RNG(rng()).fill(n, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(noise));
    cv::Mat wide;
    photo.convertTo(wide, CV_16SC3);
    wide += n;
    wide.convertTo(photo, CV_8UC3);
    const int quality = family == QLatin1String("jpeg") ? uniformInt(rng, 40, 50) : uniformInt(rng, 55, 92);
    *desc += QStringLiteral(" gains=%1/%2/%3 exposure=%4 blur=%5 motion=%6 noise=%7 q=%8")
                 .arg(gains[0], 0, 'f', 2).arg(gains[1], 0, 'f', 2).arg(gains[2], 0, 'f', 2).arg(exposure, 0, 'f', 2)
                 .arg(sigma, 0, 'f', 1).arg(motion).arg(noise, 0, 'f', 1).arg(quality);
    return encodeJpeg(photo, quality);
}

void addDecoy(cv::Mat &photo, std::mt19937 &rng, double share, QString *what)
{
    const cv::Mat decoy = decoyImage(rng, what);
    if (decoy.empty())
        return;
    cv::Rect rect;
    QString carrierName;
    const cv::Mat carrier = makeCarrier(resizedBgra(decoy, 700), Carrier(uniformInt(rng, 0, 3)), rng, &rect, &carrierName);
    place(photo, carrier, rect, View{uniform(rng, 0, 50), uniform(rng, -25, 25), share}, rng);
}

} // namespace

const QStringList &heldOutFamilies()
{
    static const QStringList f{QStringLiteral("tilt"),    QStringLiteral("rotate"),   QStringLiteral("occlude"), QStringLiteral("motion"),
                               QStringLiteral("defocus"), QStringLiteral("cast"),     QStringLiteral("exposure"), QStringLiteral("jpeg"),
                               QStringLiteral("small"),   QStringLiteral("large")};
    return f;
}

const QStringList &heldOutBackgroundFiles()
{
    // None of these is in the tuning generator's list (photofixtures.cpp), nor a stereo twin of one that is.
    static const QStringList files{
        QStringLiteral("HappyFish.jpg"), QStringLiteral("blox.jpg"), QStringLiteral("box_in_scene.png"), QStringLiteral("cards.png"),
        QStringLiteral("chicky_512.png"), QStringLiteral("ellipses.jpg"), QStringLiteral("left01.jpg"), QStringLiteral("rubberwhale1.png"),
        QStringLiteral("smarties.png"), QStringLiteral("sudoku.png"), QStringLiteral("notes.png"), QStringLiteral("pic1.png"),
        QStringLiteral("pic3.png"), QStringLiteral("pic5.png"), QStringLiteral("basketball1.png"), QStringLiteral("text_motion.jpg"),
    };
    return files;
}

PhotoScene makeHeldOutMarkScene(const cv::Mat &mark, std::uint32_t seed, int index, cv::Size size)
{
    std::mt19937 rng(seed ^ 0x9e3779b9u);
    PhotoScene scene;
    scene.family = heldOutFamilies()[index % int(heldOutFamilies().size())];
    if (uniformInt(rng, 0, 3) == 0)
        size = cv::Size(size.height, size.width);
    scene.bgr = heldOutBackground(rng, size);
    // Every scene is already hard on every axis (as a reviewer's photos are); its family then goes to the limit.
    View v{uniform(rng, 0, 45), uniform(rng, -20, 20), std::exp(uniform(rng, std::log(0.02), std::log(0.20)))};
    if (scene.family == QLatin1String("tilt"))
        v.tiltDeg = uniform(rng, 45, 60);
    else if (scene.family == QLatin1String("rotate"))
        v.rollDeg = (uniformInt(rng, 0, 1) ? 1 : -1) * uniform(rng, 20, 30);
    else if (scene.family == QLatin1String("small"))
        v.share = uniform(rng, 0.015, 0.03);
    else if (scene.family == QLatin1String("large"))
        v.share = uniform(rng, 0.20, 0.40);
    QString clutter;
    for (int i = uniformInt(rng, 0, 2); i > 0; --i)
        addDecoy(scene.bgr, rng, uniform(rng, 0.01, 0.06), &clutter);
    cv::Rect rect;
    QString carrierName;
    const cv::Mat carrier = makeCarrier(resizedBgra(mark, 900), Carrier(uniformInt(rng, 0, 3)), rng, &rect, &carrierName);
    scene.markQuad = place(scene.bgr, carrier, rect, v, rng);
    scene.hasMark = true;
    QString occluded;
    if (scene.family == QLatin1String("occlude")) {
        const double share = uniform(rng, 0.10, 0.25);
        occlude(scene.bgr, scene.markQuad, share, rng);
        occluded = QStringLiteral(" occluded=%1").arg(share, 0, 'f', 2);
    }
    scene.description = QStringLiteral("held-back seed=%1 family=%2 %3 share=%4 tilt=%5 roll=%6%7 clutter:%8")
                            .arg(seed).arg(scene.family, carrierName).arg(v.share, 0, 'f', 3).arg(v.tiltDeg, 0, 'f', 0)
                            .arg(v.rollDeg, 0, 'f', 0).arg(occluded, clutter);
    scene.jpeg = develop(scene.bgr, scene.family, rng, &scene.description);
    return scene;
}

PhotoScene makeHeldOutNegativeScene(std::uint32_t seed, cv::Size size)
{
    std::mt19937 rng(seed ^ 0x85ebca6bu);
    PhotoScene scene;
    scene.bgr = heldOutBackground(rng, size);
    const int decoys = uniformInt(rng, 0, 3);
    QString what;
    for (int i = 0; i < decoys; ++i)
        addDecoy(scene.bgr, rng, uniform(rng, 0.02, 0.25), &what);
    scene.family = decoys == 0 ? QStringLiteral("plain") : QStringLiteral("clutter");
    const QString developAs = QStringList{QStringLiteral("cast"), QStringLiteral("exposure"), QStringLiteral("jpeg"), QStringLiteral("motion"),
                                          QStringLiteral("defocus"), QString()}[uniformInt(rng, 0, 5)];
    scene.description = QStringLiteral("held-back negative seed=%1 develop=%2%3").arg(seed).arg(developAs, what);
    scene.jpeg = develop(scene.bgr, developAs, rng, &scene.description);
    return scene;
}

} // namespace gc::test
