#include "progresschartitem.h"
#include "officecontroller.h"
#include "reports/progresschart.h"

#include <QPainter>

namespace gc::ui {

ProgressChartItem::ProgressChartItem(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void ProgressChartItem::setOffice(OfficeController *office)
{
    if (m_office == office)
        return;
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office, &OfficeController::dashboardChanged, this, [this] { update(); });
    emit officeChanged();
    update();
}

void ProgressChartItem::setFontPixelSize(qreal px)
{
    m_fontPixelSize = px;
    emit officeChanged();
    update();
}

void ProgressChartItem::paint(QPainter *painter)
{
    if (!m_office || !m_office->dashboard())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QFont f = painter->font();
    f.setPixelSize(int(m_fontPixelSize));
    core::ProgressChart::paint(*painter, QRectF(0, 0, width(), height()), *m_office->dashboard(), f,
                               localeLanguage());
}

} // namespace gc::ui
