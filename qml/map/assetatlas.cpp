#include "assetatlas.h"
#include "model/catalog.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <functional>

namespace gc::ui {

namespace {

QPainterPath regularPolygon(const QRectF &r, int sides, double rotation, double inset = 1.0)
{
    QPainterPath path;
    const QPointF c = r.center();
    const double rad = std::min(r.width(), r.height()) / 2 * inset;
    for (int i = 0; i < sides; ++i) {
        const double a = rotation + 2 * M_PI * i / sides;
        const QPointF p(c.x() + rad * std::cos(a), c.y() + rad * std::sin(a));
        i == 0 ? path.moveTo(p) : path.lineTo(p);
    }
    path.closeSubpath();
    return path;
}

QPainterPath shapeOf(int category, const QRectF &r)
{
    QPainterPath path;
    const double w = r.width(), h = r.height();
    switch (category) {
    case 0: // vehicle: rounded square
        path.addRoundedRect(r.adjusted(w * 0.06, h * 0.06, -w * 0.06, -h * 0.06), w * 0.22, h * 0.22);
        break;
    case 1: // road facility: triangle
        path = regularPolygon(r.translated(0, h * 0.08), 3, -M_PI / 2, 1.12);
        break;
    case 2: // shade canopy: umbrella (half disc on a stem)
        path.moveTo(r.left(), r.center().y() + h * 0.1);
        path.arcTo(QRectF(r.left(), r.top() + h * 0.05, w, h * 0.9), 180, -180);
        path.lineTo(r.center().x() + w * 0.08, r.center().y() + h * 0.1);
        path.lineTo(r.center().x() + w * 0.08, r.bottom());
        path.lineTo(r.center().x() - w * 0.08, r.bottom());
        path.lineTo(r.center().x() - w * 0.08, r.center().y() + h * 0.1);
        path.closeSubpath();
        break;
    case 3: // exercise equipment: hexagon
        path = regularPolygon(r, 6, 0);
        break;
    case 4: // bench: wide bar
        path.addRoundedRect(QRectF(r.left(), r.top() + h * 0.25, w, h * 0.5), h * 0.12, h * 0.12);
        break;
    case 5: // bulletin board: square
        path.addRect(r.adjusted(w * 0.12, h * 0.12, -w * 0.12, -h * 0.12));
        break;
    case 6: // sign: diamond
        path = regularPolygon(r, 4, -M_PI / 2, 1.08);
        break;
    case 7: { // sculpture: star
        const QPointF c = r.center();
        for (int i = 0; i < 10; ++i) {
            const double rad = (i % 2 ? 0.24 : 0.54) * std::min(w, h);
            const double a = -M_PI / 2 + M_PI * i / 5;
            const QPointF p(c.x() + rad * std::cos(a), c.y() + rad * std::sin(a) + h * 0.04);
            i == 0 ? path.moveTo(p) : path.lineTo(p);
        }
        path.closeSubpath();
        break;
    }
    default: // other: circle
        path.addEllipse(r.adjusted(w * 0.08, h * 0.08, -w * 0.08, -h * 0.08));
        break;
    }
    return path;
}

// Shelf packer: entries are laid left to right, rows grow downwards.
struct Packer {
    int width = 512;
    int x = 0, y = 0, rowHeight = 0;
    QRect place(QSize s)
    {
        if (x + s.width() > width) {
            x = 0;
            y += rowHeight;
            rowHeight = 0;
        }
        const QRect r(QPoint(x, y), s);
        x += s.width();
        rowHeight = std::max(rowHeight, s.height());
        return r;
    }
};

} // namespace

QColor AssetAtlas::statusColour(int status)
{
    // planned, assigned, installed, verified, needs_attention, cancelled
    static const QColor colours[] = {QColor(0x78, 0x90, 0x9C), QColor(0x1E, 0x88, 0xE5), QColor(0xFB, 0x8C, 0x00),
                                     QColor(0x2E, 0x9D, 0x3A), QColor(0xE5, 0x39, 0x35), QColor(0x6D, 0x4C, 0x41)};
    return status >= 0 && status < 6 ? colours[status] : QColor(0x9E, 0x9E, 0x9E);
}

void AssetAtlas::paintSymbol(QPainter &p, int category, const QColor &fill, const QRectF &r)
{
    const double unit = r.width() / 20.0;
    const QPainterPath shape = shapeOf(category, r.adjusted(2.5 * unit, 2.5 * unit, -2.5 * unit, -2.5 * unit));
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.strokePath(shape, QPen(QColor(0, 0, 0, 110), 4.2 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.strokePath(shape, QPen(Qt::white, 2.4 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.fillPath(shape, fill);
    p.restore();
}

QString AssetAtlas::countLabel(qint64 n)
{
    if (n < 1000)
        return QString::number(n);
    if (n < 10000)
        return QString::number(n / 1000.0, 'f', 1).replace(QLatin1String(".0"), QString()) + QLatin1Char('k');
    if (n < 1000000)
        return QString::number(n / 1000) + QLatin1Char('k');
    return QString::number(n / 1e6, 'f', 1).replace(QLatin1String(".0"), QString()) + QLatin1Char('M');
}

const AssetAtlas::Entry &AssetAtlas::entry(int id) const
{
    static const Entry none{};
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? none : *it;
}

const AssetAtlas::Entry *AssetAtlas::glyph(QChar c) const
{
    const auto it = m_entries.constFind(3000 + c.unicode());
    return it == m_entries.cend() ? nullptr : &*it;
}

AssetAtlas::AssetAtlas(qreal dpr, AssetSymbolMetrics metrics)
    : m_metrics(metrics)
{
    const auto categories = int(core::catalog::categories().size());
    const auto statuses = int(core::catalog::statuses().size());
    struct Job {
        int id;
        QSizeF size;
        std::function<void(QPainter &, const QRectF &)> paint;
    };
    std::vector<Job> jobs;
    for (int c = 0; c < categories; ++c)
        for (int s = 0; s < statuses; ++s)
            jobs.push_back({symbolId(c, s), QSizeF(metrics.symbol, metrics.symbol), [c, s](QPainter &p, const QRectF &r) {
                                QColor fill = statusColour(s);
                                if (s == 5) // cancelled recedes
                                    fill.setAlpha(150);
                                paintSymbol(p, c, fill, r);
                            }});
    const double bubbles[] = {metrics.bubbleSmall, metrics.bubbleMedium, metrics.bubbleLarge};
    for (int b = 0; b < 3; ++b)
        for (int s = 0; s < statuses; ++s)
            jobs.push_back({1000 + b * 16 + s, QSizeF(bubbles[b], bubbles[b]), [s](QPainter &p, const QRectF &r) {
                                p.setRenderHint(QPainter::Antialiasing);
                                QColor fill = statusColour(s);
                                fill.setAlpha(225);
                                const QRectF disc = r.adjusted(2, 2, -2, -2);
                                p.setPen(QPen(QColor(0, 0, 0, 90), 3.5));
                                p.setBrush(Qt::NoBrush);
                                p.drawEllipse(disc);
                                p.setPen(QPen(Qt::white, 2.0));
                                p.setBrush(fill);
                                p.drawEllipse(disc);
                            }});
    jobs.push_back({2000, QSizeF(metrics.highlight, metrics.highlight), [](QPainter &p, const QRectF &r) {
                        p.setRenderHint(QPainter::Antialiasing);
                        p.setBrush(Qt::NoBrush);
                        p.setPen(QPen(QColor(0, 0, 0, 120), 6));
                        p.drawEllipse(r.adjusted(4, 4, -4, -4));
                        p.setPen(QPen(QColor(0xFF, 0xD6, 0x00), 3.5));
                        p.drawEllipse(r.adjusted(4, 4, -4, -4));
                    }});
    QFont font;
    font.setPixelSize(int(metrics.glyphHeight * 0.86));
    font.setBold(true);
    const QFontMetricsF fm(font);
    for (QChar ch : QStringLiteral("0123456789.kM")) {
        const double w = std::ceil(fm.horizontalAdvance(ch)) + 2;
        jobs.push_back({3000 + ch.unicode(), QSizeF(w, metrics.glyphHeight), [ch, font, fm](QPainter &p, const QRectF &r) {
                            p.setRenderHint(QPainter::Antialiasing);
                            QPainterPath path;
                            path.addText(r.left() + 1, r.top() + (r.height() + fm.ascent() - fm.descent()) / 2, font, QString(ch));
                            p.strokePath(path, QPen(QColor(0, 0, 0, 150), 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                            p.fillPath(path, Qt::white);
                        }});
    }

    Packer packer;
    packer.width = int(512 * dpr);
    std::vector<QRect> places;
    for (const Job &j : jobs) // one pixel of padding keeps linear filtering from bleeding between entries
        places.push_back(packer.place(QSize(int(std::ceil(j.size.width() * dpr)) + 2, int(std::ceil(j.size.height() * dpr)) + 2)));
    const int height = packer.y + packer.rowHeight;
    m_image = QImage(packer.width, height, QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    QPainter p(&m_image);
    for (size_t i = 0; i < jobs.size(); ++i) {
        const QRect cell = places[i].adjusted(1, 1, -1, -1);
        p.save();
        p.translate(cell.topLeft());
        p.scale(dpr, dpr);
        jobs[i].paint(p, QRectF(QPointF(0, 0), jobs[i].size));
        p.restore();
        const QRectF uv(double(cell.x()) / m_image.width(), double(cell.y()) / m_image.height(),
                        double(cell.width()) / m_image.width(), double(cell.height()) / m_image.height());
        m_entries.insert(jobs[i].id, Entry{uv, jobs[i].size});
    }
}

} // namespace gc::ui
