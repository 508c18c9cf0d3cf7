#include "placepairs.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <array>
#include <map>
#include <mutex>
#include <stdexcept>

namespace gc::test {

namespace {

double uniform(std::mt19937 &rng, double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }
int uniformInt(std::mt19937 &rng, int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); }

const QString kOpenCv = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/");
const QString kMate = QStringLiteral("/usr/share/backgrounds/mate/");
const QString kSkimage = QStringLiteral("/usr/lib/python3/dist-packages/skimage/data/");

const cv::Size kWorld(2000, 1500), kFrame(1600, 1200);

struct PlaceFiles {
    QStringList scenes;    // whole photographs a sign stands in
    QStringList repeated;  // photographs of repeated texture, cut in two halves for the hardest wrong scenes
    QString stereoLeft, stereoRight;
};

const PlaceFiles &placeFiles(SurfaceSource source)
{
    static const PlaceFiles tuning{
        {kOpenCv + "building.jpg", kOpenCv + "leuvenA.jpg", kOpenCv + "leuvenB.jpg", kOpenCv + "home.jpg", kOpenCv + "board.jpg",
         kOpenCv + "stuff.jpg", kOpenCv + "fruits.jpg", kOpenCv + "messi5.jpg", kOpenCv + "baboon.jpg", kOpenCv + "graf1.png",
         kOpenCv + "aero1.jpg", kOpenCv + "starry_night.jpg"},
        {kOpenCv + "building.jpg", kOpenCv + "leuvenB.jpg", kOpenCv + "aero1.jpg", kOpenCv + "pca_test1.jpg"},
        kOpenCv + "aloeL.jpg", kOpenCv + "aloeR.jpg"};
    static const PlaceFiles evaluation{
        {kMate + "nature/Aqua.jpg", kMate + "nature/Dune.jpg", kMate + "nature/Storm.jpg", kMate + "nature/LadyBird.jpg",
         kMate + "nature/Garden.jpg", kMate + "nature/GreenMeadow.jpg", kMate + "nature/Blinds.jpg", kMate + "nature/RainDrops.jpg",
         kMate + "nature/FreshFlower.jpg", kMate + "nature/YellowFlower.jpg", kMate + "nature/TwoWings.jpg", kMate + "nature/Wood.jpg",
         kMate + "abstract/Elephants.jpg", kSkimage + "coffee.png", kSkimage + "chelsea.png", kSkimage + "astronaut.png",
         kSkimage + "rocket.jpg", kSkimage + "camera.png"},
        {kSkimage + "brick.png", kSkimage + "gravel.png", kSkimage + "grass.png", kMate + "nature/Wood.jpg"},
        kSkimage + "motorcycle_left.png", kSkimage + "motorcycle_right.png"};
    return source == SurfaceSource::Tuning ? tuning : evaluation;
}

cv::Mat readCached(const QString &path)
{
    static std::mutex lock;
    static std::map<QString, cv::Mat> cache;
    const std::lock_guard<std::mutex> guard(lock);
    cv::Mat &slot = cache[path];
    if (slot.empty()) {
        slot = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
        if (slot.empty())
            throw std::runtime_error(("placepairs: cannot read " + path + " (run scripts/deps)").toStdString());
    }
    return slot;
}

// A crop of `img` (within `within`) with kWorld's aspect, keeping at least `minKeep` of its width.
cv::Rect cropRect(cv::Rect within, double minKeep, std::mt19937 &rng)
{
    const double aspect = double(kWorld.width) / kWorld.height;
    int w = int(within.width * uniform(rng, minKeep, 1.0)), h = int(w / aspect);
    if (h > within.height) {
        h = within.height;
        w = int(h * aspect);
    }
    return {within.x + uniformInt(rng, 0, within.width - w), within.y + uniformInt(rng, 0, within.height - h), w, h};
}

cv::Mat worldOf(const cv::Mat &img, cv::Rect crop)
{
    cv::Mat out;
    cv::resize(img(crop), out, kWorld, 0, 0, cv::INTER_CUBIC);
    return out;
}

// The sign: its plate colour, lettering line and where it stands in the world.
struct SignDesign {
    cv::Scalar plate;
    int line = 0;
    double width = 0;  // in world pixels
    cv::Point2f at;
    float skew = 0;
};

const char *const kLines[] = {"독산로 54길", "시흥대로 123", "이 시설물은 금천구가 관리합니다", "관리번호 GC-SIGN-002668"};

SignDesign randomDesign(std::mt19937 &rng)
{
    static const cv::Scalar plates[] = {{244, 244, 242, 255}, {232, 238, 240, 255}, {120, 60, 30, 255}, {40, 70, 30, 255}};
    SignDesign d;
    d.plate = plates[uniformInt(rng, 0, 3)];
    d.line = uniformInt(rng, 0, 3);
    d.width = kWorld.width * uniform(rng, 0.22, 0.4);
    d.at = cv::Point2f(float(uniform(rng, 0.3, 0.7) * kWorld.width - d.width / 2), float(uniform(rng, 0.3, 0.55) * kWorld.height));
    d.skew = float(uniform(rng, -0.08, 0.08) * d.width);
    return d;
}

// The sign as it faces the camera, carrying `content` (the old state or the new mark) over its lettering line.
void fixSign(cv::Mat &world, const SignDesign &d, const cv::Mat &content)
{
    cv::Mat plate(cv::Size(1000, 560), CV_8UC4, d.plate);
    const bool dark = d.plate[0] + d.plate[1] + d.plate[2] < 400;
    cv::rectangle(plate, cv::Rect(0, 0, plate.cols, plate.rows), cv::Scalar(80, 80, 80, 255), 8);
    for (const cv::Point p : {cv::Point(24, 24), cv::Point(976, 24), cv::Point(976, 536), cv::Point(24, 536)})
        cv::circle(plate, p, 9, cv::Scalar(150, 150, 150, 255), cv::FILLED, cv::LINE_AA);
    const double s = std::min(880.0 / content.cols, 380.0 / content.rows);
    cv::Mat fitted;
    cv::resize(content, fitted, cv::Size(), s, s, s < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    paste(plate, fitted, {(plate.cols - fitted.cols) / 2, 30 + (380 - fitted.rows) / 2});
    const cv::Mat text = textImage(QString::fromUtf8(kLines[d.line]), 52, QStringLiteral("NanumGothic"), false,
                                   dark ? cv::Scalar(245, 245, 245) : cv::Scalar(40, 40, 40));
    paste(plate, text, {60, 440});
    const float w = float(d.width), h = float(d.width * plate.rows / plate.cols);
    const std::vector<cv::Point2f> from{{0, 0}, {float(plate.cols), 0}, {float(plate.cols), float(plate.rows)}, {0, float(plate.rows)}};
    const std::vector<cv::Point2f> to{d.at + cv::Point2f(0, d.skew), d.at + cv::Point2f(w, -d.skew), d.at + cv::Point2f(w, h - d.skew),
                                      d.at + cv::Point2f(0, h + d.skew)};
    compositeInto(world, plate, cv::getPerspectiveTransform(from, to));
}

// A notice board of one design (the district puts the same board in many streets): a frame, the mark in its header,
// a title and a panel of coloured bars below. Most of it is not the mark, so leaving out the mark's zone leaves
// most of the board in the picture: only the surroundings can tell two streets apart.
struct BoardDesign {
    cv::Scalar frame, panel;
    std::array<cv::Scalar, 4> bars;
    std::array<double, 4> barLength{};
    int title = 0;
    cv::Size plate;
    double width = 0;  // in world pixels
    cv::Point2f at;
    float skew = 0;
};

BoardDesign randomBoard(std::mt19937 &rng)
{
    // Light frames: the mark's navy lettering needs a light ground to be found at all (this is a same_place fixture;
    // the mark on dark surfaces is photosurfaces.h's concern), and same_place leaves the sign out only where the mark is.
    static const cv::Scalar frames[] = {{150, 200, 205, 255}, {225, 225, 220, 255}, {230, 200, 160, 255}, {170, 215, 175, 255}};
    static const cv::Scalar bars[] = {{110, 60, 120, 255}, {80, 80, 70, 255}, {160, 70, 60, 255}, {90, 150, 80, 255}, {60, 120, 210, 255}};
    BoardDesign d;
    d.frame = frames[uniformInt(rng, 0, 3)];
    d.panel = cv::Scalar(uniform(rng, 225, 250), uniform(rng, 225, 250), uniform(rng, 225, 250), 255);
    for (size_t i = 0; i < d.bars.size(); ++i) {
        d.bars[i] = bars[uniformInt(rng, 0, 4)];
        d.barLength[i] = uniform(rng, 0.5, 0.95);
    }
    d.title = uniformInt(rng, 0, 3);
    d.plate = cv::Size(1200, int(1200 * uniform(rng, 0.75, 1.1)));
    d.width = kWorld.width * uniform(rng, 0.3, 0.45);
    const double h = d.width * d.plate.height / d.plate.width;
    // Wholly inside the part of the world every photograph sees (the crew frames the whole board, so the mark on it).
    const double top = 0.13 * kWorld.height, room = std::max(0.0, 0.87 * kWorld.height - h - top);
    d.at = cv::Point2f(float(uniform(rng, 0.4, 0.6) * kWorld.width - d.width / 2), float(top + uniform(rng, 0, 1) * room));
    d.skew = float(uniform(rng, -0.06, 0.06) * d.width);
    return d;
}

void fixBoard(cv::Mat &world, const BoardDesign &d, const cv::Mat &content)
{
    cv::Mat plate(d.plate, CV_8UC4, d.frame);
    cv::rectangle(plate, cv::Rect(0, 0, plate.cols, plate.rows), cv::Scalar(45, 45, 45, 255), 16);
    const double s = std::min(plate.cols * 0.6 / content.cols, 230.0 / content.rows);
    cv::Mat fitted;
    cv::resize(content, fitted, cv::Size(), s, s, s < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    paste(plate, fitted, {(plate.cols - fitted.cols) / 2, 40 + (230 - fitted.rows) / 2});
    const cv::Rect panel(50, 300, plate.cols - 100, plate.rows - 350);
    cv::rectangle(plate, panel, d.panel, cv::FILLED);
    cv::rectangle(plate, panel, cv::Scalar(60, 60, 60, 255), 4);
    paste(plate, textImage(QString::fromUtf8(kLines[d.title]), 60, QStringLiteral("NanumGothic"), false, cv::Scalar(30, 30, 30)), {panel.x + 30, panel.y + 30});
    const int step = (panel.height - 140) / int(d.bars.size());
    for (size_t i = 0; i < d.bars.size(); ++i)
        cv::rectangle(plate, cv::Rect(panel.x + 30, panel.y + 130 + int(i) * step, int((panel.width - 60) * d.barLength[i]), std::max(20, step / 2)),
                      d.bars[i], cv::FILLED);
    const float w = float(d.width), h = float(d.width * plate.rows / plate.cols);
    const std::vector<cv::Point2f> from{{0, 0}, {float(plate.cols), 0}, {float(plate.cols), float(plate.rows)}, {0, float(plate.rows)}};
    const std::vector<cv::Point2f> to{d.at + cv::Point2f(0, d.skew), d.at + cv::Point2f(w, -d.skew), d.at + cv::Point2f(w, h - d.skew),
                                      d.at + cv::Point2f(0, h + d.skew)};
    compositeInto(world, plate, cv::getPerspectiveTransform(from, to));
}

// The frame the camera sees of the world: centred, `zoom` of the world's size, turned by `rollDeg`, each corner moved
// by up to `jitter` of the frame (a step aside: perspective); then light, blur, noise and JPEG.
QByteArray photograph(const cv::Mat &world, double zoom, double rollDeg, double jitter, std::mt19937 &rng, QString *desc)
{
    const cv::Point2f c(kWorld.width / 2.0f + float(uniform(rng, -60, 60)), kWorld.height / 2.0f + float(uniform(rng, -45, 45)));
    const float hw = float(kFrame.width * zoom / 2), hh = float(kFrame.height * zoom / 2);
    const double r = rollDeg * CV_PI / 180;
    std::vector<cv::Point2f> view;
    for (const cv::Point2f p : {cv::Point2f(-hw, -hh), cv::Point2f(hw, -hh), cv::Point2f(hw, hh), cv::Point2f(-hw, hh)}) {
        const cv::Point2f turned(float(p.x * std::cos(r) - p.y * std::sin(r)), float(p.x * std::sin(r) + p.y * std::cos(r)));
        view.push_back(c + turned + cv::Point2f(float(uniform(rng, -jitter, jitter) * kFrame.width), float(uniform(rng, -jitter, jitter) * kFrame.height)));
    }
    const std::vector<cv::Point2f> frame{{0, 0}, {float(kFrame.width), 0}, {float(kFrame.width), float(kFrame.height)}, {0, float(kFrame.height)}};
    cv::Mat photo;
    cv::warpPerspective(world, photo, cv::getPerspectiveTransform(view, frame), kFrame, cv::INTER_LINEAR, cv::BORDER_REFLECT);
    const double gain = uniform(rng, 0.6, 1.35), gamma = uniform(rng, 0.8, 1.25), sigma = uniform(rng, 0.3, 1.3), noise = uniform(rng, 1, 4);
    cv::Mat lut(1, 256, CV_8U);
    for (int i = 0; i < 256; ++i)
        lut.at<uchar>(i) = cv::saturate_cast<uchar>(255.0 * std::pow(std::min(1.0, gain * i / 255.0), gamma));
    cv::LUT(photo, lut, photo);
    cv::GaussianBlur(photo, photo, cv::Size(0, 0), sigma);
    cv::Mat n(photo.size(), CV_16SC3), wide;
    cv::RNG(rng()).fill(n, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(noise));
    photo.convertTo(wide, CV_16SC3);
    wide += n;
    wide.convertTo(photo, CV_8UC3);
    const int q = uniformInt(rng, 60, 92);
    *desc += QStringLiteral(" [zoom %1 roll %2 gain %3 gamma %4 blur %5 q %6]")
                 .arg(zoom, 0, 'f', 2).arg(rollDeg, 0, 'f', 1).arg(gain, 0, 'f', 2).arg(gamma, 0, 'f', 2).arg(sigma, 0, 'f', 1).arg(q);
    return encodeJpeg(photo, q);
}

// opencv-doc's leuvenA and leuvenB show one street from two spots: never a wrong scene for each other.
bool sameStreet(const QString &a, const QString &b)
{
    return a.contains(QLatin1String("leuven")) && b.contains(QLatin1String("leuven"));
}

QString fileName(const QString &path) { return path.section(QLatin1Char('/'), -1); }

} // namespace

PlacePair makePlacePair(const cv::Mat &markBgra, SurfaceSource source, std::uint32_t seed, int index)
{
    std::mt19937 rng(seed * 7919u + std::uint32_t(index));
    const PlaceFiles &f = placeFiles(source);
    PlacePair p;
    p.samePlace = index % 2 == 0;
    const SignDesign a = randomDesign(rng);
    const cv::Mat old = oldMarkImage();
    cv::Mat beforeWorld, afterWorld;
    if (p.samePlace) {
        const bool stereo = (index / 2) % 4 == 3, board = (index / 2) % 4 == 1;
        p.kind = stereo ? QStringLiteral("true-stereo") : board ? QStringLiteral("true-board") : QStringLiteral("true");
        const QString file = stereo ? f.stereoLeft : f.scenes[uniformInt(rng, 0, int(f.scenes.size()) - 1)];
        const cv::Mat img = readCached(file);
        const cv::Rect crop = cropRect(cv::Rect(cv::Point(), img.size()), 0.6, rng);
        beforeWorld = worldOf(img, crop);
        afterWorld = stereo ? worldOf(readCached(f.stereoRight), crop) : beforeWorld.clone();
        if (board) {
            const BoardDesign d = randomBoard(rng);
            fixBoard(beforeWorld, d, old);
            fixBoard(afterWorld, d, markBgra);
        } else {
            fixSign(beforeWorld, a, old);
            fixSign(afterWorld, a, markBgra);
        }
        p.description = QStringLiteral("%1 seed=%2 index=%3 %4").arg(p.kind).arg(seed).arg(index).arg(fileName(file));
    } else {
        static const QString kinds[] = {QStringLiteral("other-photo"), QStringLiteral("same-sign"), QStringLiteral("same-photo"),
                                        QStringLiteral("same-board")};
        p.kind = kinds[(index / 2) % 4];
        SignDesign b = p.kind == QLatin1String("other-photo") ? randomDesign(rng) : a;
        if (p.kind != QLatin1String("other-photo")) // the same sign, placed a little differently in its street
            b.at += cv::Point2f(float(uniform(rng, -150, 150)), float(uniform(rng, -100, 100)));
        QString fa, fb;
        cv::Rect ca, cb;
        if (p.kind == QLatin1String("same-photo")) {
            fa = fb = f.repeated[uniformInt(rng, 0, int(f.repeated.size()) - 1)];
            const cv::Size s = readCached(fa).size();
            const bool wide = s.width >= s.height;
            const cv::Rect first = wide ? cv::Rect(0, 0, s.width / 2, s.height) : cv::Rect(0, 0, s.width, s.height / 2);
            const cv::Rect second = wide ? cv::Rect(s.width / 2, 0, s.width - s.width / 2, s.height) : cv::Rect(0, s.height / 2, s.width, s.height - s.height / 2);
            ca = cropRect(first, 0.8, rng);
            cb = cropRect(second, 0.8, rng);
        } else {
            const int i = uniformInt(rng, 0, int(f.scenes.size()) - 1);
            int j = (i + uniformInt(rng, 1, int(f.scenes.size()) - 1)) % int(f.scenes.size());
            while (sameStreet(f.scenes[i], f.scenes[j]) || i == j)
                j = (j + 1) % int(f.scenes.size());
            fa = f.scenes[i];
            fb = f.scenes[j];
            ca = cropRect(cv::Rect(cv::Point(), readCached(fa).size()), 0.6, rng);
            cb = cropRect(cv::Rect(cv::Point(), readCached(fb).size()), 0.6, rng);
        }
        afterWorld = worldOf(readCached(fa), ca);
        beforeWorld = worldOf(readCached(fb), cb);
        if (p.kind == QLatin1String("same-board")) { // one board design in two streets, placed a little differently
            const BoardDesign da = randomBoard(rng);
            BoardDesign db = da;
            db.at += cv::Point2f(float(uniform(rng, -150, 150)), float(uniform(rng, -100, 100)));
            fixBoard(afterWorld, da, markBgra);
            fixBoard(beforeWorld, db, old);
        } else {
            fixSign(afterWorld, a, markBgra);
            fixSign(beforeWorld, b, old);
        }
        p.description = QStringLiteral("%1 seed=%2 index=%3 after %4, before %5").arg(p.kind).arg(seed).arg(index).arg(fileName(fa), fileName(fb));
    }
    p.beforeJpeg = photograph(beforeWorld, uniform(rng, 0.95, 1.1), uniform(rng, -2, 2), 0.01, rng, &p.description);
    p.afterJpeg = photograph(afterWorld, uniform(rng, 0.85, 1.15), uniform(rng, -6, 6), 0.035, rng, &p.description);
    return p;
}

} // namespace gc::test
