#include "photosurfaces.h"

#include "foreignemblem.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <map>
#include <mutex>

namespace gc::test {

namespace {

double uniform(std::mt19937 &rng, double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }
int uniformInt(std::mt19937 &rng, int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); }
template <typename T, size_t N>
const T &pick(std::mt19937 &rng, const T (&items)[N]) { return items[size_t(uniformInt(rng, 0, int(N) - 1))]; }

const QString kOpenCv = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/");
const QString kMate = QStringLiteral("/usr/share/backgrounds/mate/");
const QString kSkimage = QStringLiteral("/usr/lib/python3/dist-packages/skimage/data/");

// Where each source's photographs come from. A class's surface is a crop of one of its files; the scene around
// the carrier is a crop of one of `scenes`.
struct SourceFiles {
    QStringList scenes, brick, concrete, foliage, mural, reflections;
    QStringList logos;  // other organisations' logos, for the negatives
};

const SourceFiles &files(SurfaceSource source)
{
    static const SourceFiles tuning{
        {kOpenCv + "building.jpg", kOpenCv + "leuvenA.jpg", kOpenCv + "stuff.jpg", kOpenCv + "home.jpg", kOpenCv + "board.jpg",
         kOpenCv + "messi5.jpg", kOpenCv + "left.jpg", kOpenCv + "fruits.jpg", kOpenCv + "aero3.jpg", kOpenCv + "Blender_Suzanne1.jpg"},
        {kOpenCv + "leuvenB.jpg", kOpenCv + "building.jpg"},       // facades: brick and stone courses
        {kOpenCv + "aero1.jpg", kOpenCv + "pca_test1.jpg"},        // rough grey ground
        {kOpenCv + "aloeL.jpg", kOpenCv + "squirrel_cls.jpg"},     // leaves, grass
        {kOpenCv + "graf1.png", kOpenCv + "starry_night.jpg", kOpenCv + "baboon.jpg"},  // graffiti, paint
        {kOpenCv + "leuvenA.jpg", kOpenCv + "aero3.jpg"},
        {kOpenCv + "opencv-logo.png", kOpenCv + "LinuxLogo.jpg", kOpenCv + "WindowsLogo.jpg"},
    };
    static const SourceFiles evaluation{
        {kMate + "nature/Aqua.jpg", kMate + "nature/Dune.jpg", kMate + "nature/Storm.jpg", kMate + "nature/LadyBird.jpg",
         kSkimage + "coffee.png", kSkimage + "chelsea.png", kSkimage + "astronaut.png", kSkimage + "rocket.jpg",
         kSkimage + "motorcycle_left.png", kSkimage + "camera.png"},
        {kSkimage + "brick.png"},
        {kSkimage + "gravel.png", kMate + "nature/Wood.jpg"},
        {kMate + "nature/Garden.jpg", kMate + "nature/GreenMeadow.jpg", kMate + "nature/Blinds.jpg", kMate + "nature/RainDrops.jpg",
         kSkimage + "grass.png"},
        {kMate + "abstract/Elephants.jpg", kMate + "nature/FreshFlower.jpg", kMate + "nature/YellowFlower.jpg", kMate + "nature/TwoWings.jpg",
         kSkimage + "ihc.png"},
        {kMate + "nature/Storm.jpg", kSkimage + "motorcycle_left.png", kSkimage + "rocket.jpg"},
        {kSkimage + "logo.png"},
    };
    return source == SurfaceSource::Tuning ? tuning : evaluation;
}

cv::Mat readPhoto(const QString &path)
{
    static std::mutex lock;
    static std::map<QString, cv::Mat> cache;
    const std::lock_guard<std::mutex> guard(lock);
    cv::Mat &slot = cache[path];
    if (slot.empty()) {
        slot = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
        if (slot.empty())  // a missing package must not pass as a grey wall
            throw std::runtime_error(("photosurfaces: cannot read " + path + " (run scripts/deps)").toStdString());
    }
    return slot;
}

cv::Mat photoCrop(const QStringList &from, cv::Size size, double minKeep, std::mt19937 &rng, QString *desc)
{
    const QString &f = from[uniformInt(rng, 0, int(from.size()) - 1)];
    *desc += QStringLiteral(" %1").arg(f.section(QLatin1Char('/'), -1));
    cv::Mat out = cropToFill(readPhoto(f), size, minKeep, cv::INTER_LINEAR, rng);
    if (uniformInt(rng, 0, 1))
        cv::flip(out, out, 1);
    return out;
}

// Low-frequency light across a surface: a ramp and a soft blob, ×(1 ± depth).
void shade(cv::Mat &bgr, double depth, std::mt19937 &rng)
{
    cv::Mat ramp(bgr.size(), CV_32F);
    const double ax = uniform(rng, -1, 1), ay = uniform(rng, -1, 1);
    const cv::Point2f c(float(uniform(rng, 0, bgr.cols)), float(uniform(rng, 0, bgr.rows)));
    const double r = uniform(rng, 0.3, 0.8) * std::max(bgr.cols, bgr.rows);
    for (int y = 0; y < bgr.rows; ++y)
        for (int x = 0; x < bgr.cols; ++x) {
            const double lin = (ax * (x - bgr.cols / 2.0) / bgr.cols + ay * (y - bgr.rows / 2.0) / bgr.rows);
            const double d2 = ((x - c.x) * (x - c.x) + (y - c.y) * (y - c.y)) / (r * r);
            ramp.at<float>(y, x) = float(1 + depth * (lin + 0.6 * std::exp(-d2) - 0.3));
        }
    cv::Mat f;
    bgr.convertTo(f, CV_32FC3);
    cv::Mat r3;
    cv::merge(std::vector<cv::Mat>{ramp, ramp, ramp}, r3);
    f = f.mul(r3);
    f.convertTo(bgr, CV_8UC3);
}

void addGrain(cv::Mat &bgr, double sigma, std::mt19937 &rng)
{
    cv::Mat n(bgr.size(), CV_16SC3);
    cv::RNG(rng()).fill(n, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(sigma));
    cv::Mat wide;
    bgr.convertTo(wide, CV_16SC3);
    wide += n;
    wide.convertTo(bgr, CV_8UC3);
}

cv::Mat flat(cv::Size size, const cv::Scalar &bgr, std::mt19937 &rng)
{
    cv::Mat m(size, CV_8UC3, bgr);
    shade(m, 0.12, rng);
    addGrain(m, 2.5, rng);
    return m;
}

// The surface behind the mark, `size` pixels, of class `cls`.
cv::Mat surface(const QString &cls, SurfaceSource source, cv::Size size, std::mt19937 &rng, QString *desc)
{
    const SourceFiles &f = files(source);
    if (cls == QLatin1String("white"))
        return flat(size, cv::Scalar::all(uniform(rng, 240, 252)), rng);
    if (cls == QLatin1String("light")) {
        static const cv::Scalar tints[] = {{235, 225, 200}, {200, 230, 240}, {215, 240, 220}, {205, 205, 205}, {190, 215, 235}};
        return flat(size, pick(rng, tints), rng);
    }
    if (cls == QLatin1String("mid"))
        return flat(size, cv::Scalar::all(uniform(rng, 115, 150)) + cv::Scalar(uniform(rng, -8, 8), 0, uniform(rng, -8, 8)), rng);
    if (cls == QLatin1String("dark"))
        return flat(size, cv::Scalar::all(uniform(rng, 50, 72)) + cv::Scalar(uniform(rng, -5, 5), 0, uniform(rng, -5, 5)), rng);
    if (cls == QLatin1String("black"))
        return flat(size, cv::Scalar::all(uniform(rng, 18, 35)), rng);
    if (cls == QLatin1String("saturated")) {
        static const cv::Scalar paints[] = {{30, 30, 200}, {170, 80, 10}, {50, 150, 30}, {20, 200, 235}, {10, 120, 240}, {140, 40, 120}};
        return flat(size, pick(rng, paints), rng);
    }
    if (cls == QLatin1String("metallic")) {
        // Brushed metal: noise smeared along the brushing, under a broad highlight.
        cv::Mat n(size, CV_32F);
        cv::randn(n, 0, 1);
        cv::Mat brushed;
        cv::blur(n, brushed, cv::Size(std::max(3, size.width / 6), 1));
        cv::normalize(brushed, brushed, -1, 1, cv::NORM_MINMAX);
        const double base = uniform(rng, 120, 200);
        cv::Mat g;
        brushed.convertTo(g, CV_8U, 14, base);
        cv::Mat m;
        cv::cvtColor(g, m, cv::COLOR_GRAY2BGR);
        shade(m, 0.35, rng);
        return m;
    }
    if (cls == QLatin1String("vehicle")) {
        static const cv::Scalar paints[] = {{22, 22, 24}, {40, 38, 36}, {62, 60, 58}, {235, 235, 232}, {175, 172, 170}, {90, 40, 20}, {30, 30, 150}};
        const cv::Scalar paint = pick(rng, paints);
        cv::Mat m(size, CV_8UC3, paint);
        // A blurred reflection of the street across the glossy door.
        cv::Mat refl = photoCrop(f.reflections, size, 0.5, rng, desc);
        cv::GaussianBlur(refl, refl, cv::Size(0, 0), uniform(rng, 3, 9));
        cv::addWeighted(m, 1.0, refl, uniform(rng, 0.12, 0.3), -uniform(rng, 10, 30), m);
        shade(m, 0.3, rng);
        // The door seam and a swage line.
        const int x = int(size.width * uniform(rng, 0.05, 0.95));
        cv::line(m, {x, 0}, {x + int(uniform(rng, -20, 20)), size.height}, cv::Scalar::all(10), std::max(2, size.width / 250), cv::LINE_AA);
        const int y = int(size.height * uniform(rng, 0.1, 0.9));
        cv::line(m, {0, y}, {size.width, y + int(uniform(rng, -10, 10))}, paint + cv::Scalar::all(40), std::max(2, size.height / 120), cv::LINE_AA);
        addGrain(m, 2, rng);
        return m;
    }
    const QStringList &from = cls == QLatin1String("brick") ? f.brick : cls == QLatin1String("concrete") ? f.concrete
        : cls == QLatin1String("foliage") ? f.foliage : f.mural;
    return photoCrop(from, size, 0.3, rng, desc);
}

// Lighting, blur, noise and JPEG, mild everywhere and hard along the scene's condition.
QByteArray develop(cv::Mat &photo, const QString &condition, std::mt19937 &rng, QString *desc)
{
    double exposure = uniform(rng, 0.7, 1.15);
    if (condition == QLatin1String("dim"))
        exposure = uniform(rng, 0.35, 0.55);
    else if (condition == QLatin1String("bright"))
        exposure = uniform(rng, 1.3, 1.6);
    const cv::Vec3d gains(uniform(rng, 0.9, 1.1), uniform(rng, 0.9, 1.1), uniform(rng, 0.9, 1.1));
    std::vector<cv::Mat> ch;
    cv::split(photo, ch);
    for (int c = 0; c < 3; ++c)
        ch[size_t(c)].convertTo(ch[size_t(c)], CV_8U, gains[c] * exposure);
    cv::merge(ch, photo);
    double sigma = uniform(rng, 0, 1.0);
    int motion = 0;
    if (condition == QLatin1String("blur")) {
        if (uniformInt(rng, 0, 1))
            sigma = uniform(rng, 1.4, 2.2);
        else
            motion = uniformInt(rng, 5, 9);
    }
    if (motion) {
        sigma = 0;
        cv::Mat k = cv::Mat::zeros(motion, motion, CV_32F);
        cv::line(k, cv::Point(0, motion / 2), cv::Point(motion - 1, motion / 2), cv::Scalar(1.0));
        cv::warpAffine(k, k, cv::getRotationMatrix2D(cv::Point2f(motion / 2.0f, motion / 2.0f), uniform(rng, 0, 180), 1.0), k.size());
        k /= cv::sum(k)[0];
        cv::filter2D(photo, photo, -1, k);
    } else if (sigma > 0.3) {
        cv::GaussianBlur(photo, photo, cv::Size(0, 0), sigma);
    }
    const double noise = condition == QLatin1String("dim") ? uniform(rng, 3, 7) : uniform(rng, 1, 5);
    addGrain(photo, noise, rng);
    const int quality = condition == QLatin1String("jpeg") ? uniformInt(rng, 55, 62) : uniformInt(rng, 60, 95);
    *desc += QStringLiteral(" exposure=%1 blur=%2 motion=%3 noise=%4 q=%5").arg(exposure, 0, 'f', 2).arg(sigma, 0, 'f', 1).arg(motion)
                 .arg(noise, 0, 'f', 1).arg(quality);
    return encodeJpeg(photo, quality);
}

struct View {
    double tiltDeg = 0, rollDeg = 0, share = 0.05;
};

View viewFor(const QString &condition, std::mt19937 &rng)
{
    View v{uniform(rng, 0, 35), uniform(rng, -15, 15), std::exp(uniform(rng, std::log(0.03), std::log(0.30)))};
    if (condition == QLatin1String("small"))
        v.share = uniform(rng, 0.03, 0.05);
    else if (condition == QLatin1String("large"))
        v.share = uniform(rng, 0.15, 0.30);
    else if (condition == QLatin1String("tilt"))
        v.tiltDeg = uniform(rng, 35, 50);
    else if (condition == QLatin1String("roll"))
        v.rollDeg = (uniformInt(rng, 0, 1) ? 1 : -1) * uniform(rng, 15, 25);
    return v;
}

// Places `carrier` (content at `rect`) into `photo` as a pinhole camera sees it turned by `v`; the content's corners.
std::array<cv::Point2f, 4> place(cv::Mat &photo, const cv::Mat &carrier, cv::Rect rect, const View &v, std::mt19937 &rng)
{
    const cv::Size size = photo.size();
    const double dir = uniform(rng, 0, 2 * CV_PI);
    const double yaw = v.tiltDeg * std::cos(dir) * CV_PI / 180, pitch = v.tiltDeg * std::sin(dir) * CV_PI / 180;
    const double roll = v.rollDeg * CV_PI / 180;
    const cv::Matx33d ry(std::cos(yaw), 0, std::sin(yaw), 0, 1, 0, -std::sin(yaw), 0, std::cos(yaw));
    const cv::Matx33d rx(1, 0, 0, 0, std::cos(pitch), -std::sin(pitch), 0, std::sin(pitch), std::cos(pitch));
    const cv::Matx33d rz(std::cos(roll), -std::sin(roll), 0, std::sin(roll), std::cos(roll), 0, 0, 0, 1);
    const cv::Matx33d r = rz * ry * rx;
    const double f = 1.0 * std::max(size.width, size.height);
    const cv::Point2f centre(rect.x + rect.width / 2.0f, rect.y + rect.height / 2.0f);
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
    std::vector<cv::Point2f> mark = project(markCorners, distance);
    const cv::Rect2f box = cv::boundingRect(mark);
    const float ox = float(uniform(rng, margin - box.x, std::max(double(margin - box.x), double(size.width - margin - box.br().x))));
    const float oy = float(uniform(rng, margin - box.y, std::max(double(margin - box.y), double(size.height - margin - box.br().y))));
    for (auto &p : mark)
        p += cv::Point2f(ox, oy);
    // Shrink the carrier close to its size in the photo first, as optics would, so the warp does not alias. The
    // homography comes from the mark's corners (always in front of the camera; a big wall's far corners may not be),
    // and the whole frame is warped so the surface reaches every edge it covers.
    const double linear = std::sqrt(std::fabs(cv::contourArea(mark)) / double(rect.area()));
    const double s = std::min(1.0, 1.3 * linear);
    cv::Mat small;
    cv::resize(carrier, small, cv::Size(std::max(1, int(carrier.cols * s)), std::max(1, int(carrier.rows * s))), 0, 0, cv::INTER_AREA);
    const double sx = double(small.cols) / carrier.cols, sy = double(small.rows) / carrier.rows;
    std::vector<cv::Point2f> markSmall;
    for (const auto &p : markCorners)
        markSmall.emplace_back(float(p.x * sx), float(p.y * sy));
    const cv::Mat h = cv::getPerspectiveTransform(markSmall, mark);
    cv::Mat warped;
    cv::warpPerspective(small, warped, h, size, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0, 0, 0, 0));
    std::vector<cv::Mat> ch;
    cv::split(warped, ch);
    cv::Mat alpha, alpha3, fg, bg;
    ch[3].convertTo(alpha, CV_32F, 1.0 / 255);
    cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, alpha3);
    cv::merge(std::vector<cv::Mat>{ch[0], ch[1], ch[2]}, fg);
    fg.convertTo(fg, CV_32FC3);
    photo.convertTo(bg, CV_32FC3);
    cv::Mat blended = bg + alpha3.mul(fg - bg);
    blended.convertTo(photo, CV_8UC3);
    std::array<cv::Point2f, 4> out;
    std::copy(mark.begin(), mark.end(), out.begin());
    return out;
}

// `content` (BGRA) stuck onto a piece of `cls` surface; the surface is opaque, the content's rectangle returned.
cv::Mat onSurface(const cv::Mat &content, const QString &cls, SurfaceSource source, std::mt19937 &rng, cv::Rect *rect, QString *desc)
{
    // Walls and doors are large around the mark; plates and painted panels a little larger than it.
    const bool wide = cls == QLatin1String("brick") || cls == QLatin1String("concrete") || cls == QLatin1String("foliage")
        || cls == QLatin1String("mural") || cls == QLatin1String("vehicle");
    const double fx = wide ? uniform(rng, 2.2, 3.5) : uniform(rng, 1.25, 1.8), fy = wide ? uniform(rng, 3.0, 5.0) : uniform(rng, 1.6, 2.6);
    const cv::Size size(int(content.cols * fx), int(content.rows * fy));
    cv::Mat bgr = surface(cls, source, size, rng, desc);
    cv::Mat c;
    cv::cvtColor(bgr, c, cv::COLOR_BGR2BGRA);
    const cv::Point at(uniformInt(rng, size.width / 10, size.width - content.cols - size.width / 10),
                       uniformInt(rng, size.height / 10, size.height - content.rows - size.height / 10));
    paste(c, content, at);
    *rect = cv::Rect(at, content.size());
    return c;
}

cv::Mat qimageToBgra(const QImage &img)
{
    const QImage argb = img.convertToFormat(QImage::Format_ARGB32);
    return cv::Mat(argb.height(), argb.width(), CV_8UC4, const_cast<uchar *>(argb.constBits()), size_t(argb.bytesPerLine())).clone();
}

// Street signs and notices: a shape in strong colours with lettering, on a transparent ground.
cv::Mat signImage(std::mt19937 &rng, const QStringList &texts, QString *what)
{
    QImage img(900, 400, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font(QStringLiteral("NanumGothic"));
    font.setBold(true);
    const QString text = texts[uniformInt(rng, 0, int(texts.size()) - 1)];
    const int kind = uniformInt(rng, 0, 2);
    if (kind == 0) {  // a blue direction board
        p.setBrush(QColor(0x1F, 0x4E, 0xA8));
        p.setPen(QPen(Qt::white, 10));
        p.drawRoundedRect(QRectF(10, 10, 880, 380), 30, 30);
        font.setPixelSize(110);
        p.setFont(font);
        p.drawText(QRectF(40, 40, 820, 200), Qt::AlignCenter, text);
        p.drawLine(QPointF(200, 300), QPointF(700, 300));
        p.drawLine(QPointF(700, 300), QPointF(640, 260));
        p.drawLine(QPointF(700, 300), QPointF(640, 340));
    } else if (kind == 1) {  // a round prohibition sign beside its caption
        p.setBrush(Qt::white);
        p.setPen(QPen(QColor(0xD0, 0x10, 0x20), 36));
        p.drawEllipse(QPointF(190, 200), 160, 160);
        font.setPixelSize(150);
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(QRectF(60, 80, 260, 240), Qt::AlignCenter, QString::number(uniformInt(rng, 2, 9) * 10));
        font.setPixelSize(80);
        p.setFont(font);
        p.drawText(QRectF(380, 100, 520, 200), Qt::AlignVCenter | Qt::AlignLeft, text);
    } else {  // a yellow warning triangle with a notice
        QPainterPath tri;
        tri.moveTo(190, 20);
        tri.lineTo(360, 370);
        tri.lineTo(20, 370);
        tri.closeSubpath();
        p.fillPath(tri, QColor(0xF5, 0xC4, 0x00));
        p.strokePath(tri, QPen(Qt::black, 16));
        p.setBrush(Qt::black);
        p.drawEllipse(QPointF(190, 300), 22, 22);
        p.drawRect(QRectF(175, 120, 30, 140));
        font.setPixelSize(80);
        p.setFont(font);
        p.setPen(QColor(30, 30, 30));
        p.drawText(QRectF(390, 100, 510, 200), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    p.end();
    *what = QStringLiteral("sign \"%1\"").arg(text);
    return qimageToBgra(img);
}

cv::Mat decoy(SurfaceSource source, std::mt19937 &rng, QString *what)
{
    const bool tuning = source == SurfaceSource::Tuning;
    // The two sources letter different words, so a tuned-on decoy is not an evaluated one.
    static const QStringList tuneWords{QStringLiteral("Good Day"), QStringLiteral("City Bus"), QStringLiteral("금천구청"), QStringLiteral("서울특별시"),
                                       QStringLiteral("Gasan Digital"), QStringLiteral("안전 제일")};
    static const QStringList evalWords{QStringLiteral("Good Neighbors"), QStringLiteral("CITY HALL"), QStringLiteral("금천 소방서"),
                                       QStringLiteral("독산역 2번 출구"), QStringLiteral("Geumcheon Police"), QStringLiteral("공사 중")};
    static const char *fonts[] = {"NanumGothic", "NanumSquare", "NanumBarunGothic", "DejaVu Sans", "NanumMyeongjo"};
    const QStringList &words = tuning ? tuneWords : evalWords;
    const int kind = uniformInt(rng, 0, 5);
    if (kind <= 1) {
        const QString w = words[uniformInt(rng, 0, int(words.size()) - 1)];
        *what = QStringLiteral("text \"%1\"").arg(w);
        static const cv::Scalar inks[] = {{20, 20, 20}, {240, 240, 240}, {160, 60, 0}, {30, 30, 190}, {40, 140, 0}};
        return textImage(w, 150, QString::fromLatin1(pick(rng, fonts)), uniformInt(rng, 0, 1), pick(rng, inks));
    }
    if (kind <= 3)
        return signImage(rng, words, what);
    if (kind == 4) {
        const QStringList &logos = files(source).logos;
        const QString l = logos[uniformInt(rng, 0, int(logos.size()) - 1)];
        *what = QStringLiteral("logo %1").arg(l.section(QLatin1Char('/'), -1));
        return loadBgra(l);
    }
    *what = QStringLiteral("old mark");
    return oldMarkImage();
}

} // namespace

const QStringList &surfaceClasses()
{
    static const QStringList c{QStringLiteral("white"),     QStringLiteral("light"), QStringLiteral("mid"),      QStringLiteral("dark"),
                               QStringLiteral("black"),     QStringLiteral("metallic"), QStringLiteral("saturated"), QStringLiteral("brick"),
                               QStringLiteral("concrete"),  QStringLiteral("foliage"), QStringLiteral("mural"),  QStringLiteral("vehicle")};
    return c;
}

const QStringList &surfaceConditions()
{
    static const QStringList c{QStringLiteral("plain"), QStringLiteral("small"), QStringLiteral("large"), QStringLiteral("tilt"), QStringLiteral("roll"),
                               QStringLiteral("blur"),  QStringLiteral("dim"),   QStringLiteral("bright"), QStringLiteral("jpeg")};
    return c;
}

QString surfaceSourceName(SurfaceSource source)
{
    return source == SurfaceSource::Tuning
        ? QStringLiteral("TUNING photographs: OpenCV samples (Debian opencv-doc), used while developing the detector")
        : QStringLiteral("EVALUATION photographs: Debian mate-backgrounds + python3-skimage samples, never used while tuning");
}

QStringList surfaceSourceFiles(SurfaceSource source)
{
    const SourceFiles &f = files(source);
    QStringList all = f.scenes + f.brick + f.concrete + f.foliage + f.mural + f.reflections + f.logos;
    all.removeDuplicates();
    return all;
}

PhotoScene makeSurfaceMarkScene(const cv::Mat &mark, SurfaceSource source, std::uint32_t seed, int index)
{
    std::mt19937 rng(seed * 2654435761u + 17);
    PhotoScene scene;
    const int classes = int(surfaceClasses().size());
    scene.family = surfaceClasses()[index % classes];
    scene.condition = surfaceConditions()[(index / classes) % int(surfaceConditions().size())];
    cv::Size size(1600, 1200);
    if (uniformInt(rng, 0, 3) == 0)
        size = cv::Size(size.height, size.width);
    QString desc;
    scene.bgr = photoCrop(files(source).scenes, size, 0.5, rng, &desc);
    const View v = viewFor(scene.condition, rng);
    cv::Rect rect;
    const cv::Mat carrier = onSurface(resizedBgra(mark, 900), scene.family, source, rng, &rect, &desc);
    scene.markQuad = place(scene.bgr, carrier, rect, v, rng);
    scene.hasMark = true;
    scene.description = QStringLiteral("surface seed=%1 class=%2 condition=%3 share=%4 tilt=%5 roll=%6 on%7")
                            .arg(seed).arg(scene.family, scene.condition).arg(v.share, 0, 'f', 3).arg(v.tiltDeg, 0, 'f', 0).arg(v.rollDeg, 0, 'f', 0)
                            .arg(desc);
    scene.jpeg = develop(scene.bgr, scene.condition, rng, &scene.description);
    return scene;
}

PhotoScene makeSurfaceNegativeScene(SurfaceSource source, std::uint32_t seed, int index)
{
    std::mt19937 rng(seed * 2246822519u + 29);
    PhotoScene scene;
    const int classes = int(surfaceClasses().size());
    scene.family = surfaceClasses()[index % classes];
    scene.condition = surfaceConditions()[(index / classes) % int(surfaceConditions().size())];
    cv::Size size(1600, 1200);
    QString desc;
    scene.bgr = photoCrop(files(source).scenes, size, 0.5, rng, &desc);
    QString what = QStringLiteral("nothing");
    cv::Mat content = uniformInt(rng, 0, 9) == 0 ? cv::Mat() : decoy(source, rng, &what);
    if (content.empty())
        content = cv::Mat(300, 900, CV_8UC4, cv::Scalar(0, 0, 0, 0));  // the bare surface
    cv::Rect rect;
    const cv::Mat carrier = onSurface(resizedBgra(content, 900), scene.family, source, rng, &rect, &desc);
    const View v = viewFor(scene.condition, rng);
    place(scene.bgr, carrier, rect, v, rng);
    scene.description = QStringLiteral("surface negative seed=%1 class=%2 condition=%3 %4 on%5").arg(seed).arg(scene.family, scene.condition, what, desc);
    scene.jpeg = develop(scene.bgr, scene.condition, rng, &scene.description);
    return scene;
}

PhotoScene makeSurfaceForeignEmblemScene(const cv::Mat &mark, SurfaceSource source, std::uint32_t seed, int index)
{
    // Its own stream for the emblem, so the scene around it is the one makeSurfaceMarkScene draws for this seed.
    std::mt19937 rng(seed * 2654435761u + 101);
    cv::Mat logo;
    if (uniformInt(rng, 0, 5) == 0) {  // one in six: another organisation's real logo from the source's files
        const QStringList &logos = files(source).logos;
        logo = loadBgra(logos[uniformInt(rng, 0, int(logos.size()) - 1)]);
    }
    QString what;
    const cv::Mat content = markWithForeignEmblem(mark, rng, logo, &what);
    PhotoScene scene = makeSurfaceMarkScene(content, source, seed, index);
    scene.hasMark = false;
    scene.description = QStringLiteral("%1: %2").arg(what, scene.description);
    return scene;
}

} // namespace gc::test
