#include "reports/progresschart.h"
#include "model/assetstatus.h"
#include "model/catalog.h"

#include <QLocale>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace gc::core {

QColor ProgressChart::statusColor(int s)
{
    return QColor::fromRgb(assetStatusRgb(s)); // model/assetstatus.h: one palette for map styles and chart
}

namespace {

// The format is words too ("M월 d일" in Korean); month names in English only for the English chart.
QString dateLabel(const QDate &day, Lang lang)
{
    const QString format = gc::tx(QT_TRANSLATE_NOOP3("gc", "MMM d", "chart date")).render(lang);
    return (lang == Lang::English ? QLocale(QLocale::English) : QLocale::c()).toString(day, format);
}

} // namespace

std::vector<ProgressChart::AxisLabel> ProgressChart::dateLabels(const QRectF &plot, const Dashboard &d, const QFontMetricsF &fm,
                                                                Lang lang)
{
    std::vector<AxisLabel> out;
    std::vector<size_t> firsts;
    for (size_t i = 0; i < d.progress.size(); ++i)
        if (d.progress[i].day.day() == 1 || i == 0)
            firsts.push_back(i);
    if (firsts.empty())
        return out;
    const double n = std::max<double>(1, double(d.progress.size() - 1));
    const double widest = fm.horizontalAdvance(dateLabel(QDate(2024, 12, 31), lang)) + fm.height();
    const double perMonth = plot.width() * 30.4 / n;
    const size_t step = size_t(std::max(1.0, std::ceil(widest / std::max(1.0, perMonth))));
    double lastRight = -1e9;
    for (size_t k = 0; k < firsts.size(); k += step) {
        const size_t i = firsts[k];
        const QString text = dateLabel(d.progress[i].day, lang);
        const double w = fm.horizontalAdvance(text) + 4;
        const double x = std::clamp(plot.left() + plot.width() * double(i) / n - w / 2, plot.left() - fm.height(),
                                    plot.right() - w + fm.height());
        if (x < lastRight)
            continue;
        out.push_back({QRectF(x, plot.bottom() + 2, w, fm.height()), text, d.progress[i].day});
        lastRight = x + w + fm.height() / 2;
    }
    return out;
}

void ProgressChart::paint(QPainter &p, const QRectF &area, const Dashboard &d, const QFont &font, Lang lang)
{
    const QColor muted(0x75, 0x75, 0x75);
    const QFontMetricsF fm(font, p.device());
    const double line = fm.height();
    p.save();
    p.setFont(font);
    const double scope = std::max<double>(1, double(d.all.scope()));
    const double labelW = fm.horizontalAdvance(QStringLiteral("100%")) + 6;
    const QRectF plot = area.adjusted(labelW, line / 2, -line, -line * 3.2);
    p.setPen(QPen(muted, 0.5));
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.drawText(QRectF(area.left(), y - line / 2, labelW - 4, line), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1%").arg(i * 25));
    }
    if (!d.progress.empty()) {
        const double n = std::max<double>(1, double(d.progress.size() - 1));
        auto at = [&](size_t i, double v) {
            return QPointF(plot.left() + plot.width() * double(i) / n, plot.bottom() - plot.height() * std::min(1.0, v / scope));
        };
        QPainterPath plan, done, verified;
        bool started = false;
        for (size_t i = 0; i < d.progress.size(); ++i) {
            const auto &day = d.progress[i];
            i == 0 ? plan.moveTo(at(i, day.planned)) : plan.lineTo(at(i, day.planned));
            if (day.actual) {
                if (!started) {
                    done.moveTo(at(i, double(day.done)));
                    verified.moveTo(at(i, double(day.verified)));
                    started = true;
                } else {
                    done.lineTo(at(i, double(day.done)));
                    verified.lineTo(at(i, double(day.verified)));
                }
            }
        }
        p.setPen(muted);
        for (const AxisLabel &l : dateLabels(plot, d, fm, lang))
            p.drawText(l.rect, Qt::AlignHCenter, l.text);
        const double w = std::max(1.5, line / 6);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(planColor(), w * 0.8, Qt::DashLine));
        p.drawPath(plan);
        p.setPen(QPen(statusColor(Dashboard::Installed), w));
        p.drawPath(done);
        p.setPen(QPen(statusColor(Dashboard::Verified), w));
        p.drawPath(verified);
    }
    struct L { QColor c; QString t; };
    const L legend[] = {{planColor(), gc::tx(QT_TRANSLATE_NOOP3("gc", "plan", "chart legend")).render(lang)},
                        {statusColor(Dashboard::Installed), gc::tx(QT_TRANSLATE_NOOP("gc", "installed (incl. awaiting review)")).render(lang)},
                        {statusColor(Dashboard::Verified), catalog::label(assetStatusEntries()[Dashboard::Verified], lang)}};
    double lx = plot.left();
    const double ly = area.bottom() - line * 1.2;
    for (const auto &l : legend) {
        p.fillRect(QRectF(lx, ly + line * 0.4, line, line * 0.25), l.c);
        lx += line * 1.3;
        p.setPen(QColor(0x21, 0x21, 0x21));
        const double tw = fm.horizontalAdvance(l.t);
        p.drawText(QRectF(lx, ly, tw + 2, line), Qt::AlignLeft | Qt::AlignVCenter, l.t);
        lx += tw + line * 1.5;
    }
    p.restore();
}

} // namespace gc::core
