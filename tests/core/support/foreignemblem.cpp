#include "foreignemblem.h"

#include "photofixtures.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace gc::test {

namespace {

int uniformInt(std::mt19937 &rng, int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); }
double uniform(std::mt19937 &rng, double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); }

// The box of the largest 8-connected piece of the mark's opaque pixels: its emblem.
cv::Rect emblemBox(const cv::Mat &bgra)
{
    std::vector<cv::Mat> ch;
    cv::split(bgra, ch);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ch[3] >= 128, labels, stats, centroids, 8, CV_32S);
    int best = 0;
    for (int i = 1; i < n; ++i)
        if (best == 0 || stats.at<int>(i, cv::CC_STAT_AREA) > stats.at<int>(best, cv::CC_STAT_AREA))
            best = i;
    if (best == 0)
        return {};
    return {stats.at<int>(best, cv::CC_STAT_LEFT), stats.at<int>(best, cv::CC_STAT_TOP), stats.at<int>(best, cv::CC_STAT_WIDTH),
            stats.at<int>(best, cv::CC_STAT_HEIGHT)};
}

QPolygonF regular(QPointF centre, double radius, int corners, double turnDeg)
{
    QPolygonF p;
    for (int i = 0; i < corners; ++i) {
        const double a = (turnDeg + 360.0 * i / corners) * M_PI / 180.0;
        p << QPointF(centre.x() + radius * std::cos(a), centre.y() + radius * std::sin(a));
    }
    return p;
}

// One drawn emblem filling an s × s square (transparent around it), in colours `a` and `b`.
void drawEmblem(QPainter &p, int kind, double s, const QColor &a, const QColor &b, std::mt19937 &rng, QString *what)
{
    const QPointF c(s / 2, s / 2);
    p.setPen(Qt::NoPen);
    switch (kind) {
    case 0:  // a rounded square with a white window and a dot
        p.setBrush(a);
        p.drawRoundedRect(QRectF(0.03 * s, 0.03 * s, 0.94 * s, 0.94 * s), 0.16 * s, 0.16 * s);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(0.27 * s, 0.27 * s, 0.46 * s, 0.46 * s));
        p.setBrush(b);
        p.drawEllipse(c, 0.1 * s, 0.1 * s);
        *what = QStringLiteral("rounded square");
        break;
    case 1:  // a triangle with a white one inside it and a dot
        p.setBrush(a);
        p.drawPolygon(regular(QPointF(c.x(), 0.58 * s), 0.55 * s, 3, -90));
        p.setBrush(Qt::white);
        p.drawPolygon(regular(QPointF(c.x(), 0.62 * s), 0.26 * s, 3, 90));
        p.setBrush(b);
        p.drawEllipse(QPointF(c.x(), 0.6 * s), 0.07 * s, 0.07 * s);
        *what = QStringLiteral("triangle");
        break;
    case 2: {  // a ring around a star or a cross
        p.setBrush(a);
        p.drawEllipse(c, 0.48 * s, 0.48 * s);
        p.setBrush(Qt::white);
        p.drawEllipse(c, 0.33 * s, 0.33 * s);
        p.setBrush(b);
        if (uniformInt(rng, 0, 1)) {
            QPolygonF star;
            for (int i = 0; i < 10; ++i) {
                const double r = (i % 2 ? 0.12 : 0.28) * s, t = (-90 + 36.0 * i) * M_PI / 180.0;
                star << QPointF(c.x() + r * std::cos(t), c.y() + r * std::sin(t));
            }
            p.drawPolygon(star);
            *what = QStringLiteral("ring around a star");
        } else {
            p.drawRect(QRectF(0.42 * s, 0.24 * s, 0.16 * s, 0.52 * s));
            p.drawRect(QRectF(0.24 * s, 0.42 * s, 0.52 * s, 0.16 * s));
            *what = QStringLiteral("ring around a cross");
        }
        break;
    }
    case 3:  // a hexagon with an ellipse
        p.setBrush(a);
        p.drawPolygon(regular(c, 0.48 * s, 6, 30));
        p.setBrush(b);
        p.drawEllipse(c, 0.2 * s, 0.26 * s);
        *what = QStringLiteral("hexagon");
        break;
    case 4: {  // a disc with a white letter
        p.setBrush(a);
        p.drawEllipse(c, 0.48 * s, 0.48 * s);
        static const char *letters[] = {"S", "H", "서", "구", "M", "K"};
        const QString letter = QString::fromUtf8(letters[uniformInt(rng, 0, 5)]);
        QFont f(QStringLiteral("NanumGothic"));
        f.setBold(true);
        f.setPixelSize(int(0.6 * s));
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, letter);
        *what = QStringLiteral("disc with \"%1\"").arg(letter);
        break;
    }
    default: {  // a shield of stripes
        QPainterPath shield;
        shield.moveTo(0.08 * s, 0.05 * s);
        shield.lineTo(0.92 * s, 0.05 * s);
        shield.lineTo(0.92 * s, 0.5 * s);
        shield.quadTo(0.9 * s, 0.85 * s, 0.5 * s, 0.97 * s);
        shield.quadTo(0.1 * s, 0.85 * s, 0.08 * s, 0.5 * s);
        shield.closeSubpath();
        p.fillPath(shield, a);
        p.setClipPath(shield);
        for (int i = 0; i < 4; ++i)
            p.fillRect(QRectF(0, (0.15 + 0.2 * i) * s, s, 0.08 * s), i % 2 ? b : QColor(Qt::white));
        p.setClipping(false);
        *what = QStringLiteral("striped shield");
        break;
    }
    }
}

cv::Mat toBgra(const QImage &img)
{
    const QImage argb = img.convertToFormat(QImage::Format_ARGB32);
    return cv::Mat(argb.height(), argb.width(), CV_8UC4, const_cast<uchar *>(argb.constBits()), size_t(argb.bytesPerLine())).clone();
}

} // namespace

cv::Mat markWithForeignEmblem(const cv::Mat &mark, std::mt19937 &rng, const cv::Mat &logo, QString *what)
{
    cv::Mat out = mark.clone();
    const cv::Rect box = emblemBox(mark);
    if (box.empty())
        return out;
    out(box).setTo(cv::Scalar(0, 0, 0, 0));
    // About the size of the emblem it replaces, centred where it was.
    const int side = int(std::max(box.width, box.height) * uniform(rng, 0.85, 1.05));
    cv::Mat emblem;
    if (!logo.empty()) {
        emblem = resizedBgra(logo, side);
        if (emblem.rows > side)
            emblem = resizedBgra(logo, side * side / emblem.rows);
        *what = QStringLiteral("logo");
    } else {
        // Colours other organisations use, the mark's own blue and green among them.
        static const QColor colours[] = {QColor(200, 30, 40), QColor(0, 87, 184), QColor(0, 150, 80), QColor(240, 140, 0),
                                         QColor(20, 30, 70),  QColor(120, 0, 140), QColor(0, 128, 128), QColor(245, 196, 0)};
        const int ia = uniformInt(rng, 0, 7);
        const int ib = (ia + uniformInt(rng, 1, 7)) % 8;
        QImage img(side, side, QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        drawEmblem(p, uniformInt(rng, 0, 5), side, colours[ia], colours[ib], rng, what);
        p.end();
        emblem = toBgra(img);
        *what += QStringLiteral(" %1/%2").arg(colours[ia].name(), colours[ib].name());
    }
    const cv::Point centre(box.x + box.width / 2, box.y + box.height / 2);
    const cv::Rect at(centre.x - emblem.cols / 2, centre.y - emblem.rows / 2, emblem.cols, emblem.rows);
    const cv::Rect inside = at & cv::Rect(cv::Point(), out.size());
    paste(out, emblem(inside - at.tl()), inside.tl());
    *what = QStringLiteral("lettering beside a foreign emblem (%1)").arg(*what);
    return out;
}

} // namespace gc::test
