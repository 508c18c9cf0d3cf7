#pragma once

#include "office/dashboard.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>

namespace gc::core {

// Draws the rollout progress against the plan (cumulative installed, verified, planned) with
// QPainter, so the app's dashboard and the PDF report show the same chart.
class ProgressChart {
public:
    // english: English legend and dates (the app in English); the report is Korean.
    static void paint(QPainter &p, const QRectF &area, const Dashboard &d, const QFont &font, bool english = false);
    static QColor statusColor(int statusIndex);
    static QColor planColor() { return QColor(0xef, 0x6c, 0x00); }
};

} // namespace gc::core
