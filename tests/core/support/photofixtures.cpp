#include "photofixtures.h"

#include <QDir>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <map>
#include <mutex>

namespace gc::test {

namespace {

const QStringList &backgroundFiles()
{
    // Real camera images: streets, rooms, objects, aerial views, text; no brand marks.
    static const QStringList files{
        QStringLiteral("building.jpg"), QStringLiteral("leuvenA.jpg"), QStringLiteral("leuvenB.jpg"), QStringLiteral("stuff.jpg"),
        QStringLiteral("home.jpg"), QStringLiteral("aero1.jpg"), QStringLiteral("aero3.jpg"), QStringLiteral("fruits.jpg"),
        QStringLiteral("board.jpg"), QStringLiteral("pca_test1.jpg"), QStringLiteral("messi5.jpg"), QStringLiteral("squirrel_cls.jpg"),
        QStringLiteral("licenseplate_motion.jpg"), QStringLiteral("ela_original.jpg"), QStringLiteral("aloeL.jpg"), QStringLiteral("left.jpg"),
        QStringLiteral("baboon.jpg"), QStringLiteral("text_defocus.jpg"), QStringLiteral("starry_night.jpg"), QStringLiteral("orange.jpg"),
        QStringLiteral("apple.jpg"), QStringLiteral("butterfly.jpg"), QStringLiteral("Blender_Suzanne1.jpg"), QStringLiteral("graf1.png"),
    };
    return files;
}

double uniform(std::mt19937 &rng, double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }
int uniformInt(std::mt19937 &rng, int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); }

cv::Mat qimageToBgra(const QImage &img)
{
    const QImage argb = img.convertToFormat(QImage::Format_ARGB32);
    return cv::Mat(argb.height(), argb.width(), CV_8UC4, const_cast<uchar *>(argb.constBits()), size_t(argb.bytesPerLine())).clone();
}

} // namespace

// Draws `src` (BGRA) into `dst` (BGRA) at `at`, blending by alpha.
void paste(cv::Mat &dst, const cv::Mat &src, cv::Point at)
{
    const cv::Rect r = cv::Rect(at, src.size()) & cv::Rect(cv::Point(), dst.size());
    for (int y = r.y; y < r.y + r.height; ++y) {
        for (int x = r.x; x < r.x + r.width; ++x) {
            const cv::Vec4b s = src.at<cv::Vec4b>(y - at.y, x - at.x);
            cv::Vec4b &d = dst.at<cv::Vec4b>(y, x);
            const float a = s[3] / 255.0f;
            for (int c = 0; c < 3; ++c)
                d[c] = cv::saturate_cast<uchar>(s[c] * a + d[c] * (1 - a));
            d[3] = std::max(d[3], s[3]);
        }
    }
}

cv::Mat resizedBgra(const cv::Mat &src, int width)
{
    cv::Mat out;
    const double s = double(width) / src.cols;
    cv::resize(src, out, cv::Size(), s, s, s < 1 ? cv::INTER_AREA : cv::INTER_CUBIC);
    return out;
}

namespace {

cv::Scalar lightColour(std::mt19937 &rng)
{
    static const cv::Scalar colours[] = {{255, 255, 255}, {235, 240, 240}, {215, 245, 250}, {250, 235, 220}, {225, 235, 225}, {205, 205, 205}};
    return colours[uniformInt(rng, 0, 5)];
}

} // namespace

// A carrier (BGRA, opaque where it is) holding `content` (BGRA); returns the content's rectangle in it.
cv::Mat makeCarrier(const cv::Mat &content, Carrier kind, std::mt19937 &rng, cv::Rect *contentRect, QString *name)
{
    const int cw = content.cols, ch = content.rows;
    cv::Mat c;
    cv::Point at;
    switch (kind) {
    case Carrier::Plate: {
        *name = QStringLiteral("plate");
        const int mx = int(cw * uniform(rng, 0.06, 0.15)), my = int(ch * uniform(rng, 0.10, 0.25));
        c = cv::Mat(ch + 2 * my, cw + 2 * mx, CV_8UC4, cv::Scalar(0, 0, 0, 0));
        const cv::Scalar bg = lightColour(rng);
        cv::rectangle(c, cv::Rect(0, 0, c.cols, c.rows), cv::Scalar(bg[0], bg[1], bg[2], 255), cv::FILLED);
        cv::rectangle(c, cv::Rect(0, 0, c.cols, c.rows), cv::Scalar(90, 90, 90, 255), std::max(2, c.cols / 120));
        at = {mx, my};
        break;
    }
    case Carrier::Panel: {
        *name = QStringLiteral("panel");
        const int w = int(cw * 1.5), h = int(ch * 3.2);
        c = cv::Mat(h, w, CV_8UC4, cv::Scalar(240, 240, 240, 255));
        cv::rectangle(c, cv::Rect(0, int(h * 0.45), w, int(h * 0.08)), cv::Scalar(180, 120, 20, 255), cv::FILLED);
        static const char *lines[] = {"BUS STOP 12-345", "Siheung-daero 100", "Info 02-2627-1114", "No parking 08-20"};
        for (int i = 0; i < 3; ++i)
            cv::putText(c, lines[uniformInt(rng, 0, 3)], cv::Point(int(w * 0.06), int(h * (0.64 + 0.11 * i))), cv::FONT_HERSHEY_DUPLEX,
                        w / 700.0, cv::Scalar(40, 40, 40, 255), std::max(1, w / 300), cv::LINE_AA);
        at = {(w - cw) / 2, int(h * 0.05)};
        break;
    }
    case Carrier::Vehicle: {
        *name = QStringLiteral("vehicle");
        const int w = int(cw * 3.0), h = int(ch * 2.8);
        c = cv::Mat(h, w, CV_8UC4, cv::Scalar(0, 0, 0, 0));
        const cv::Scalar body = lightColour(rng);
        cv::rectangle(c, cv::Rect(0, int(h * 0.05), w, int(h * 0.8)), cv::Scalar(body[0], body[1], body[2], 255), cv::FILLED);
        for (int i = 0; i < 4; ++i)  // windows
            cv::rectangle(c, cv::Rect(int(w * (0.04 + 0.24 * i)), int(h * 0.1), int(w * 0.2), int(h * 0.25)), cv::Scalar(70, 60, 50, 255), cv::FILLED);
        for (double x : {0.18, 0.82}) {  // wheels
            cv::circle(c, cv::Point(int(w * x), int(h * 0.85)), int(h * 0.14), cv::Scalar(25, 25, 25, 255), cv::FILLED);
            cv::circle(c, cv::Point(int(w * x), int(h * 0.85)), int(h * 0.06), cv::Scalar(150, 150, 150, 255), cv::FILLED);
        }
        cv::line(c, cv::Point(int(w * 0.5), int(h * 0.38)), cv::Point(int(w * 0.5), int(h * 0.8)), cv::Scalar(60, 60, 60, 255), 3);
        at = {int(w * uniform(rng, 0.08, 0.5)), int(h * 0.40)};
        at.x = std::min(at.x, w - cw - 4);
        break;
    }
    case Carrier::Pole: {
        *name = QStringLiteral("pole");
        const int pw = int(cw * 0.25);
        const int w = cw + 40, h = ch * 3;
        c = cv::Mat(h, w, CV_8UC4, cv::Scalar(0, 0, 0, 0));
        for (int x = 0; x < pw; ++x) {  // a round pole: shaded across its width
            const double shade = 110 + 90 * std::sin(CV_PI * x / pw);
            cv::line(c, cv::Point((w - pw) / 2 + x, 0), cv::Point((w - pw) / 2 + x, h - 1), cv::Scalar(shade, shade, shade + 5, 255));
        }
        cv::rectangle(c, cv::Rect(0, ch / 4, w, ch + ch / 4), cv::Scalar(250, 250, 250, 255), cv::FILLED);
        cv::rectangle(c, cv::Rect(0, ch / 4, w, ch + ch / 4), cv::Scalar(80, 80, 80, 255), 3);
        at = {20, ch / 4 + ch / 8};
        break;
    }
    }
    paste(c, content, at);
    *contentRect = cv::Rect(at, content.size());
    return c;
}

namespace {

// Homography that shows `carrier` turned in 3D so that `rect` covers `share` of a photo of `size`.
cv::Mat placement(cv::Size carrier, cv::Rect rect, cv::Size size, double share, double angleDeg, std::mt19937 &rng, cv::Mat *scaleDown)
{
    const double dir = uniform(rng, 0, 2 * CV_PI);
    const double yaw = angleDeg * std::cos(dir) * CV_PI / 180, pitch = angleDeg * std::sin(dir) * CV_PI / 180;
    const double roll = uniform(rng, -12, 12) * CV_PI / 180;
    const cv::Matx33d ry(std::cos(yaw), 0, std::sin(yaw), 0, 1, 0, -std::sin(yaw), 0, std::cos(yaw));
    const cv::Matx33d rx(1, 0, 0, 0, std::cos(pitch), -std::sin(pitch), 0, std::sin(pitch), std::cos(pitch));
    const cv::Matx33d rz(std::cos(roll), -std::sin(roll), 0, std::sin(roll), std::cos(roll), 0, 0, 0, 1);
    const cv::Matx33d r = rz * ry * rx;
    const double f = 0.9 * std::max(size.width, size.height);  // a phone's wide lens
    const cv::Point2f centre(rect.x + rect.width / 2.0f, rect.y + rect.height / 2.0f);
    const std::vector<cv::Point2f> carrierCorners{{0, 0}, {float(carrier.width), 0}, {float(carrier.width), float(carrier.height)}, {0, float(carrier.height)}};
    const std::vector<cv::Point2f> markCorners{rect.tl(), {float(rect.br().x), float(rect.y)}, rect.br(), {float(rect.x), float(rect.br().y)}};
    auto project = [&](const std::vector<cv::Point2f> &pts, double distance) {
        std::vector<cv::Point2f> out;
        for (const auto &p : pts) {
            const cv::Vec3d q = r * cv::Vec3d(p.x - centre.x, p.y - centre.y, 0) + cv::Vec3d(0, 0, distance);
            out.emplace_back(float(f * q[0] / q[2]), float(f * q[1] / q[2]));
        }
        return out;
    };
    double distance = f;
    std::vector<cv::Point2f> mark;
    for (int i = 0; i < 4; ++i) {
        mark = project(markCorners, distance);
        const double area = std::fabs(cv::contourArea(mark));
        distance *= std::sqrt(area / (share * size.area()));
    }
    const float margin = 8;
    distance = distanceToFitWhole(project, markCorners, distance, size, margin);
    mark = project(markCorners, distance);
    std::vector<cv::Point2f> all = project(carrierCorners, distance);
    const cv::Rect2f box = cv::boundingRect(mark);
    const float ox = float(uniform(rng, margin - box.x, std::max(double(margin - box.x), double(size.width - margin - box.br().x))));
    const float oy = float(uniform(rng, margin - box.y, std::max(double(margin - box.y), double(size.height - margin - box.br().y))));
    for (auto &p : all)
        p += cv::Point2f(ox, oy);
    cv::Mat h = cv::getPerspectiveTransform(carrierCorners, all);
    // Warping a large carrier straight down to a few hundred pixels aliases; shrink it first like optics would.
    const double linear = std::sqrt(std::fabs(cv::contourArea(all)) / double(carrier.area()));
    const double s = std::min(1.0, 1.5 * linear);
    *scaleDown = (cv::Mat_<double>(3, 3) << s, 0, 0, 0, s, 0, 0, 0, 1);
    return h * scaleDown->inv();
}

} // namespace

void compositeInto(cv::Mat &photo, const cv::Mat &carrier, const cv::Mat &h)
{
    std::vector<cv::Point2f> corners{{0, 0}, {float(carrier.cols), 0}, {float(carrier.cols), float(carrier.rows)}, {0, float(carrier.rows)}}, proj;
    cv::perspectiveTransform(corners, proj, h);
    const cv::Rect roi = cv::boundingRect(proj) & cv::Rect(cv::Point(), photo.size());
    if (roi.empty())
        return;
    const cv::Mat shift = (cv::Mat_<double>(3, 3) << 1, 0, -roi.x, 0, 1, -roi.y, 0, 0, 1);
    cv::Mat warped;
    cv::warpPerspective(carrier, warped, shift * h, roi.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0, 0, 0, 0));
    std::vector<cv::Mat> ch;
    cv::split(warped, ch);
    cv::Mat alpha, alpha3, fg, bg;
    ch[3].convertTo(alpha, CV_32F, 1.0 / 255);
    cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, alpha3);
    cv::merge(std::vector<cv::Mat>{ch[0], ch[1], ch[2]}, fg);
    fg.convertTo(fg, CV_32FC3);
    photo(roi).convertTo(bg, CV_32FC3);
    cv::Mat out = bg + alpha3.mul(fg - bg);
    out.convertTo(photo(roi), CV_8UC3);
}

namespace {

// Light, blur, noise: what the street and the phone do to a picture.
void degrade(cv::Mat &photo, const SceneSettings &s, std::mt19937 &rng, QString *desc, QString *family)
{
    const double gain = uniform(rng, 0.65, 1.2), bias = uniform(rng, -15, 15), gamma = uniform(rng, 0.8, 1.25);
    cv::Mat lut(1, 256, CV_8U);
    for (int i = 0; i < 256; ++i)
        lut.at<uchar>(i) = cv::saturate_cast<uchar>(255.0 * std::pow(std::clamp((i * gain + bias) / 255.0, 0.0, 1.0), gamma));
    cv::LUT(photo, lut, photo);
    // uneven light: a ramp across the frame
    const double lo = uniform(rng, 0.75, 1.0);
    const bool horizontal = uniformInt(rng, 0, 1);
    cv::Mat ends = horizontal ? cv::Mat(1, 2, CV_8UC3) : cv::Mat(2, 1, CV_8UC3);
    ends.at<cv::Vec3b>(0) = cv::Vec3b::all(uchar(lo * 255));
    ends.at<cv::Vec3b>(1) = cv::Vec3b::all(255);
    cv::Mat ramp;
    cv::resize(ends, ramp, photo.size(), 0, 0, cv::INTER_LINEAR);
    cv::multiply(photo, ramp, photo, 1.0 / 255);
    const double sigma = uniform(rng, 0, s.maxBlurSigma);
    const bool motion = uniformInt(rng, 0, 3) == 0;
    if (motion) {
        const int len = uniformInt(rng, 3, 7);
        cv::Mat k = cv::Mat::zeros(len, len, CV_32F);
        cv::line(k, cv::Point(0, len / 2), cv::Point(len - 1, len / 2), cv::Scalar(1.0));
        const cv::Mat rot = cv::getRotationMatrix2D(cv::Point2f(len / 2.0f, len / 2.0f), uniform(rng, 0, 180), 1.0);
        cv::warpAffine(k, k, rot, k.size());
        k /= cv::sum(k)[0];
        cv::filter2D(photo, photo, -1, k);
    } else if (sigma > 0.3) {
        cv::GaussianBlur(photo, photo, cv::Size(0, 0), sigma);
    }
    if (motion)
        *family = QStringLiteral("motion");
    else if (sigma > 1.0)
        *family = QStringLiteral("blur");
    // Sensor noise: one random tile repeated (drawing 6 million normal samples per photo would dominate the test time).
    const double noise = uniform(rng, 0, s.maxNoiseSigma);
    cv::Mat tile(256, 256, CV_16SC3);
    cv::RNG cvRng(rng());
    cvRng.fill(tile, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(noise));
    cv::Mat tiled = cv::repeat(tile, photo.rows / 256 + 1, photo.cols / 256 + 1)(cv::Rect(0, 0, photo.cols, photo.rows));
    cv::Mat wide;
    photo.convertTo(wide, CV_16SC3);
    wide += tiled;
    wide.convertTo(photo, CV_8UC3);
    *desc += QStringLiteral(" gain=%1 blur=%2%3 noise=%4").arg(gain, 0, 'f', 2).arg(sigma, 0, 'f', 1).arg(motion ? QStringLiteral("(motion)") : QString()).arg(noise, 0, 'f', 1);
}

} // namespace

QString brandDir() { return QStringLiteral(GC_SOURCE_DIR "/assets/brand"); }
QString sampleDir() { return QStringLiteral("/usr/share/doc/opencv-doc/examples/data"); }

cv::Mat loadBgra(const QString &path)
{
    cv::Mat img = cv::imread(path.toStdString(), cv::IMREAD_UNCHANGED);
    if (img.empty())
        return img;
    if (img.channels() == 1)
        cv::cvtColor(img, img, cv::COLOR_GRAY2BGRA);
    else if (img.channels() == 3)
        cv::cvtColor(img, img, cv::COLOR_BGR2BGRA);
    return img;
}

int backgroundCount() { return int(backgroundFiles().size()); }

cv::Mat sampleImage(const QString &file)
{
    static std::mutex lock;
    static std::map<QString, cv::Mat> cache;
    const std::lock_guard<std::mutex> guard(lock);
    cv::Mat &slot = cache[file];
    if (slot.empty())
        slot = cv::imread((sampleDir() + QLatin1Char('/') + file).toStdString(), cv::IMREAD_COLOR);
    return slot;
}

cv::Mat cropToFill(const cv::Mat &img, cv::Size size, double minKeep, int interpolation, std::mt19937 &rng)
{
    const double keep = uniform(rng, minKeep, 1.0);
    const double aspect = double(size.width) / size.height;
    int cw = int(img.cols * keep), chh = int(cw / aspect);
    if (chh > img.rows) {
        chh = img.rows;
        cw = int(chh * aspect);
    }
    const int x = uniformInt(rng, 0, img.cols - cw), y = uniformInt(rng, 0, img.rows - chh);
    cv::Mat out;
    cv::resize(img(cv::Rect(x, y, cw, chh)), out, size, 0, 0, interpolation);
    return out;
}

cv::Mat background(int index, cv::Size size, std::mt19937 &rng)
{
    const cv::Mat img = sampleImage(backgroundFiles()[index % backgroundCount()]);
    if (img.empty())
        return cv::Mat(size, CV_8UC3, cv::Scalar(128, 128, 128));
    // A random crop of at least 60 %, scaled to fill the photo.
    return cropToFill(img, size, 0.6, cv::INTER_CUBIC, rng);
}

cv::Mat textImage(const QString &text, int pixelSize, const QString &family, bool bold, const cv::Scalar &colour)
{
    QFont font(family);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    const QFontMetrics fm(font);
    const QRect r = fm.boundingRect(text).adjusted(-4, -4, 4, 4);
    QImage img(r.size(), QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    p.setPen(QColor(int(colour[2]), int(colour[1]), int(colour[0])));
    p.drawText(-r.x(), -r.y(), text);
    p.end();
    return qimageToBgra(img);
}

cv::Mat oldMarkImage()
{
    // The district's previous identity, as a stand-in: a green hexagon with a red sun and a serif wordmark.
    QImage img(900, 300, QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath hex;
    for (int i = 0; i < 6; ++i) {
        const double a = CV_PI / 3 * i + CV_PI / 6;
        const QPointF pt(150 + 130 * std::cos(a), 150 + 130 * std::sin(a));
        i == 0 ? hex.moveTo(pt) : hex.lineTo(pt);
    }
    hex.closeSubpath();
    p.fillPath(hex, QColor(0x2E, 0x8B, 0x57));
    p.setBrush(QColor(0xD7, 0x1F, 0x26));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(150, 110), 45, 45);
    p.setBrush(Qt::white);
    p.drawRect(QRectF(70, 175, 160, 22));
    p.drawRect(QRectF(95, 210, 110, 18));
    QFont f(QStringLiteral("NanumMyeongjo"));
    f.setPixelSize(120);
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(0x2E, 0x8B, 0x57));
    p.drawText(QPointF(310, 170), QStringLiteral("금천구"));
    QFont g(QStringLiteral("DejaVu Serif"));
    g.setPixelSize(52);
    p.setFont(g);
    p.drawText(QPointF(315, 255), QStringLiteral("GEUMCHEON-GU"));
    p.end();
    return qimageToBgra(img);
}

QByteArray encodeJpeg(const cv::Mat &bgr, int quality)
{
    std::vector<uchar> buf;
    cv::imencode(".jpg", bgr, buf, {cv::IMWRITE_JPEG_QUALITY, quality});
    return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
}

PhotoScene makeMarkScene(const cv::Mat &mark, std::uint32_t seed, const SceneSettings &s)
{
    std::mt19937 rng(seed);
    PhotoScene scene;
    const cv::Size size = uniformInt(rng, 0, 4) == 0 ? cv::Size(s.size.height, s.size.width) : s.size;
    scene.bgr = background(uniformInt(rng, 0, backgroundCount() - 1), size, rng);
    // Most marks are small in the frame: a third sit at the 3–5 % floor.
    const double share = uniformInt(rng, 0, 2) == 0 ? uniform(rng, s.minShare, 0.05) : uniform(rng, s.minShare, s.maxShare);
    const double angle = uniform(rng, 0, s.maxAngleDeg);
    const auto kind = Carrier(uniformInt(rng, 0, 3));
    cv::Rect rect;
    QString carrierName;
    const cv::Mat content = resizedBgra(mark, 900);
    const cv::Mat carrier = makeCarrier(content, kind, rng, &rect, &carrierName);
    cv::Mat scaleDown;
    const cv::Mat h = placement(carrier.size(), rect, size, share, angle, rng, &scaleDown);
    cv::Mat small;
    cv::resize(carrier, small, cv::Size(int(std::ceil(carrier.cols * scaleDown.at<double>(0, 0))), int(std::ceil(carrier.rows * scaleDown.at<double>(1, 1)))),
               0, 0, cv::INTER_AREA);
    compositeInto(scene.bgr, small, h);
    const cv::Mat full = h * scaleDown;
    std::vector<cv::Point2f> corners{rect.tl(), {float(rect.br().x), float(rect.y)}, rect.br(), {float(rect.x), float(rect.br().y)}}, q;
    cv::perspectiveTransform(corners, q, full);
    std::copy(q.begin(), q.end(), scene.markQuad.begin());
    scene.hasMark = true;
    scene.description = QStringLiteral("seed=%1 %2 share=%3 angle=%4").arg(seed).arg(carrierName).arg(share, 0, 'f', 3).arg(angle, 0, 'f', 0);
    scene.family = angle > 35 ? QStringLiteral("tilt>35") : share < 0.05 ? QStringLiteral("small<5%") : QStringLiteral("base");
    degrade(scene.bgr, s, rng, &scene.description, &scene.family);
    const int quality = uniformInt(rng, s.minJpegQuality, 95);
    if (quality < 55 && scene.family == QLatin1String("base"))
        scene.family = QStringLiteral("jpeg<55");
    scene.description += QStringLiteral(" q=%1").arg(quality);
    scene.jpeg = encodeJpeg(scene.bgr, quality);
    return scene;
}

PhotoScene makeNegativeScene(std::uint32_t seed, const SceneSettings &s)
{
    std::mt19937 rng(seed);
    PhotoScene scene;
    const cv::Size size = s.size;
    scene.bgr = background(uniformInt(rng, 0, backgroundCount() - 1), size, rng);
    // Decoys: other logos, lettering that shares words and glyphs with the mark, the old mark, or nothing at all.
    static const char *words[] = {"Good Day", "City Bus", "Good Coffee", "금천구청", "금천 마을버스", "서울특별시", "Geumcheon-gu Office",
                                  "좋은 하루", "City Hall 시청", "Gasan Digital", "안전 제일", "Goodwill Store"};
    static const char *fonts[] = {"NanumGothic", "NanumSquare", "NanumBarunGothic", "DejaVu Sans", "NanumMyeongjo"};
    cv::Mat decoy;
    const int kind = uniformInt(rng, 0, 9);
    QString what;
    if (kind <= 3) {
        const char *w = words[uniformInt(rng, 0, 11)];
        decoy = textImage(QString::fromUtf8(w), 150, QString::fromLatin1(fonts[uniformInt(rng, 0, 4)]), uniformInt(rng, 0, 1),
                          cv::Scalar(uniformInt(rng, 0, 120), uniformInt(rng, 0, 120), uniformInt(rng, 0, 120)));
        if (kind == 3) {  // two lines of lettering
            const cv::Mat second = textImage(QString::fromUtf8(words[uniformInt(rng, 0, 11)]), 110, QStringLiteral("NanumGothic"), true, cv::Scalar(150, 80, 0));
            cv::Mat both(decoy.rows + second.rows + 10, std::max(decoy.cols, second.cols), CV_8UC4, cv::Scalar(0, 0, 0, 0));
            paste(both, decoy, {0, 0});
            paste(both, second, {0, decoy.rows + 10});
            decoy = both;
        }
        what = QStringLiteral("text \"%1\"").arg(QString::fromUtf8(w));
    } else if (kind <= 6) {
        static const char *logos[] = {"opencv-logo.png", "LinuxLogo.jpg", "WindowsLogo.jpg"};
        const char *l = logos[kind - 4];
        decoy = loadBgra(sampleDir() + QLatin1Char('/') + QString::fromLatin1(l));
        what = QStringLiteral("logo %1").arg(QString::fromLatin1(l));
    } else if (kind == 7) {
        decoy = oldMarkImage();
        what = QStringLiteral("old mark");
    }
    if (!decoy.empty()) {
        decoy = resizedBgra(decoy, 900);
        cv::Rect rect;
        QString carrierName;
        const cv::Mat carrier = makeCarrier(decoy, Carrier(uniformInt(rng, 0, 3)), rng, &rect, &carrierName);
        cv::Mat scaleDown;
        const double share = uniform(rng, s.minShare, s.maxShare);
        const cv::Mat h = placement(carrier.size(), rect, size, share, uniform(rng, 0, s.maxAngleDeg), rng, &scaleDown);
        cv::Mat small;
        cv::resize(carrier, small, cv::Size(int(std::ceil(carrier.cols * scaleDown.at<double>(0, 0))), int(std::ceil(carrier.rows * scaleDown.at<double>(1, 1)))),
                   0, 0, cv::INTER_AREA);
        compositeInto(scene.bgr, small, h);
        what += QLatin1Char(' ') + carrierName;
    } else {
        what = QStringLiteral("no mark");
    }
    scene.description = QStringLiteral("seed=%1 %2").arg(seed).arg(what);
    scene.family = kind <= 3 ? QStringLiteral("text") : kind <= 6 ? QStringLiteral("logo") : kind == 7 ? QStringLiteral("old mark") : QStringLiteral("plain");
    QString ignored;
    degrade(scene.bgr, s, rng, &scene.description, &ignored);
    scene.jpeg = encodeJpeg(scene.bgr, uniformInt(rng, s.minJpegQuality, 95));
    return scene;
}

} // namespace gc::test
