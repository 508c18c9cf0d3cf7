#include "slotscenes.h"

#include "photofixtures.h"

#include <QStringList>

#include <opencv2/imgproc.hpp>

#include <random>

namespace gc::test {

namespace {

double uniform(std::mt19937 &rng, double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }
int uniformInt(std::mt19937 &rng, int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); }

// Real photographs of streets and buildings (opencv-doc), different from one seed to the next.
const char *const kStreets[] = {"building.jpg", "leuvenA.jpg", "leuvenB.jpg", "home.jpg", "board.jpg", "left.jpg", "aloeL.jpg", "stuff.jpg"};

cv::Scalar surfaceColour(Surface s)
{
    switch (s) {
    case Surface::White: return {245, 245, 245, 255};
    case Surface::LightGrey: return {200, 200, 196, 255};
    case Surface::DarkGrey: return {60, 60, 62, 255};
    case Surface::Black: return {30, 30, 32, 255};
    case Surface::Green: return {60, 120, 40, 255};
    case Surface::Blue: return {150, 80, 30, 255};
    case Surface::Metal: return {170, 172, 175, 255};
    case Surface::Textured: return {128, 128, 128, 255};
    }
    return {128, 128, 128, 255};
}

// The wall, door or panel the sign hangs on: a flat colour, brushed metal, or a texture cut from a photograph.
cv::Mat surfaceImage(Surface s, cv::Size size, std::mt19937 &rng)
{
    cv::Mat out(size, CV_8UC4, surfaceColour(s));
    if (s == Surface::Metal) {
        for (int y = 0; y < out.rows; ++y) {
            const double shade = 150 + 40 * std::sin(y * 0.02) + uniform(rng, -6, 6);
            cv::line(out, {0, y}, {out.cols - 1, y}, cv::Scalar(shade, shade + 2, shade + 5, 255));
        }
    } else if (s == Surface::Textured) {
        const cv::Mat photo = sampleImage(QStringLiteral("baboon.jpg")).empty() ? sampleImage(QStringLiteral("fruits.jpg")) : sampleImage(QStringLiteral("baboon.jpg"));
        if (!photo.empty()) {
            cv::Mat crop = cropToFill(photo, size, 0.5, cv::INTER_LINEAR, rng), bgra;
            cv::cvtColor(crop, bgra, cv::COLOR_BGR2BGRA);
            out = bgra;
        }
    }
    return out;
}

bool isDark(Surface s) { return s == Surface::DarkGrey || s == Surface::Black || s == Surface::Green || s == Surface::Blue; }

// The old content of the sign, BGRA on transparent.
cv::Mat oldContent(OldState old, Surface surface, std::mt19937 &rng)
{
    const cv::Scalar ink = isDark(surface) ? cv::Scalar(240, 240, 240) : cv::Scalar(40, 40, 40);
    switch (old) {
    case OldState::OldMark: return oldMarkImage();
    case OldState::OtherLogo: {
        static const char *logos[] = {"opencv-logo.png", "LinuxLogo.jpg", "WindowsLogo.jpg"};
        cv::Mat logo = loadBgra(sampleDir() + QLatin1Char('/') + QString::fromLatin1(logos[uniformInt(rng, 0, 2)]));
        if (!logo.empty())
            return logo;
        [[fallthrough]];
    }
    case OldState::PlainSign: break;
    }
    static const char *lines[] = {"금천구 공공시설물", "시흥대로 100", "가산디지털단지역 300 m", "관리번호 12-345", "독산동 주민센터", "주정차 금지"};
    const cv::Mat a = textImage(QString::fromUtf8(lines[uniformInt(rng, 0, 5)]), 110, QStringLiteral("NanumGothic"), true, ink);
    const cv::Mat b = textImage(QString::fromUtf8(lines[uniformInt(rng, 0, 5)]), 80, QStringLiteral("NanumGothic"), false, ink);
    cv::Mat both(a.rows + b.rows + 20, std::max(a.cols, b.cols), CV_8UC4, cv::Scalar(0, 0, 0, 0));
    paste(both, a, {0, 0});
    paste(both, b, {0, a.rows + 20});
    return both;
}

// The carrier as it faces the camera: the surface, with a bordered board on it; `content` fits in the board.
cv::Mat carrierWith(const cv::Mat &surface, const cv::Mat &content, cv::Rect board, const cv::Scalar &boardColour)
{
    cv::Mat c = surface.clone();
    cv::rectangle(c, board, boardColour, cv::FILLED);
    cv::rectangle(c, board, cv::Scalar(70, 70, 70, 255), std::max(3, board.width / 150));
    if (!content.empty()) {
        const double s = std::min(board.width * 0.84 / content.cols, board.height * 0.76 / content.rows);
        cv::Mat fitted;
        cv::resize(content, fitted, cv::Size(), s, s, s < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
        paste(c, fitted, {board.x + (board.width - fitted.cols) / 2, board.y + (board.height - fitted.rows) / 2});
    }
    return c;
}

// Light, a little blur and sensor noise, as a phone gives them; different each time.
cv::Mat shoot(const cv::Mat &scene, std::mt19937 &rng)
{
    cv::Mat out;
    scene.convertTo(out, -1, uniform(rng, 0.9, 1.08), uniform(rng, -8, 8));
    cv::GaussianBlur(out, out, cv::Size(0, 0), uniform(rng, 0.4, 0.8));
    cv::Mat noise(out.size(), CV_16SC3);
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(uniform(rng, 1.5, 3.5)));
    cv::Mat wide;
    out.convertTo(wide, CV_16SC3);
    wide += noise;
    wide.convertTo(out, CV_8UC3);
    return out;
}

} // namespace

QString toString(OldState old)
{
    switch (old) {
    case OldState::PlainSign: return QStringLiteral("plain sign");
    case OldState::OldMark: return QStringLiteral("old mark");
    case OldState::OtherLogo: return QStringLiteral("other logo");
    }
    return {};
}

QString toString(Surface s)
{
    static const char *names[] = {"white", "light grey", "dark grey", "black", "green", "blue", "metal", "textured"};
    return QString::fromLatin1(names[int(s)]);
}

BeforeAfter makeBeforeAfter(const cv::Mat &markBgra, OldState old, Surface surface, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    const cv::Size size(1600, 1200);
    const char *street = kStreets[seed % std::size(kStreets)];
    cv::Mat world = sampleImage(QString::fromLatin1(street)).empty() ? cv::Mat(size, CV_8UC3, cv::Scalar(120, 120, 120))
                                                                      : cropToFill(sampleImage(QString::fromLatin1(street)), size, 0.7, cv::INTER_CUBIC, rng);

    // The surface around the sign, the board on it, and what the board shows before and after.
    const cv::Mat wall = surfaceImage(surface, cv::Size(1400, 900), rng);
    const cv::Rect board(200, 200, 1000, 500);
    const cv::Scalar boardColour = isDark(surface) ? surfaceColour(surface) * 0.8 + cv::Scalar(0, 0, 0, 51) : cv::Scalar(236, 238, 240, 255);
    const cv::Mat beforeCarrier = carrierWith(wall, oldContent(old, surface, rng), board, boardColour);
    // After: a light plate with the new mark fixed over the old content.
    cv::Mat plate(cv::Size(1000 * 84 / 100, 500 * 76 / 100), CV_8UC4, cv::Scalar(250, 250, 250, 255));
    {
        const double s = std::min(plate.cols * 0.9 / markBgra.cols, plate.rows * 0.85 / markBgra.rows);
        cv::Mat fitted;
        cv::resize(markBgra, fitted, cv::Size(), s, s, s < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
        paste(plate, fitted, {(plate.cols - fitted.cols) / 2, (plate.rows - fitted.rows) / 2});
    }
    cv::Mat afterCarrier = beforeCarrier.clone();
    paste(afterCarrier, plate, {board.x + (board.width - plate.cols) / 2, board.y + (board.height - plate.rows) / 2});

    // Where the carrier sits in the frame: 45–60 % of the width, turned by up to ~20°.
    const double w = size.width * uniform(rng, 0.45, 0.6), h = w * wall.rows / wall.cols;
    const cv::Point2f at(float(uniform(rng, 40, size.width - w - 40)), float(uniform(rng, 40, size.height - h - 40)));
    const float skew = float(h * uniform(rng, -0.12, 0.12));
    const std::vector<cv::Point2f> from{{0, 0}, {float(wall.cols), 0}, {float(wall.cols), float(wall.rows)}, {0, float(wall.rows)}};
    const std::vector<cv::Point2f> to{at + cv::Point2f(0, skew), at + cv::Point2f(float(w), -skew),
                                      at + cv::Point2f(float(w), float(h) + skew), at + cv::Point2f(0, float(h) - skew)};
    const cv::Mat placement = cv::getPerspectiveTransform(from, to);

    BeforeAfter out;
    cv::Mat beforeWorld = world.clone(), afterWorld = world.clone();
    compositeInto(beforeWorld, beforeCarrier, placement);
    compositeInto(afterWorld, afterCarrier, placement);
    // The after photo is taken a step aside: the whole view shifts a little in perspective.
    const std::vector<cv::Point2f> frame{{0, 0}, {float(size.width), 0}, {float(size.width), float(size.height)}, {0, float(size.height)}};
    std::vector<cv::Point2f> moved = frame;
    for (auto &p : moved)
        p += cv::Point2f(float(uniform(rng, -25, 25)), float(uniform(rng, -20, 20)));
    cv::warpPerspective(afterWorld, afterWorld, cv::getPerspectiveTransform(frame, moved), size, cv::INTER_LINEAR, cv::BORDER_REFLECT);

    out.before = shoot(beforeWorld, rng);
    out.after = shoot(afterWorld, rng);
    out.beforeJpeg = encodeJpeg(out.before, uniformInt(rng, 85, 93));
    out.afterJpeg = encodeJpeg(out.after, uniformInt(rng, 85, 93));
    out.description = QStringLiteral("seed=%1 %2 on %3 in %4").arg(seed).arg(toString(old), toString(surface), QString::fromLatin1(street));
    return out;
}

} // namespace gc::test
