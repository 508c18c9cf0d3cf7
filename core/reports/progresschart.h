#pragma once

#include "office/dashboard.h"
#include "text.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

#include <vector>

namespace gc::core {

// Draws the rollout progress against the plan (cumulative installed, verified, planned) with
// QPainter, so the app's dashboard and the PDF report show the same chart.
class ProgressChart {
public:
    // lang: the legend's and dates' language (the app's, Korean or English); the report is Korean.
    static void paint(QPainter &p, const QRectF &area, const Dashboard &d, const QFont &font, Lang lang = Lang::Korean);
    static QColor statusColor(int statusIndex);
    static QColor planColor() { return QColor(0xef, 0x6c, 0x00); }

    struct AxisLabel {
        QRectF rect;
        QString text;
        QDate day;
    };
    // The dates under the x axis: the first of each month, every k-th month when the plan is too long
    // for all of them to fit side by side; never overlapping, whatever the width.
    static std::vector<AxisLabel> dateLabels(const QRectF &plot, const Dashboard &d, const QFontMetricsF &fm, Lang lang);
};

} // namespace gc::core
