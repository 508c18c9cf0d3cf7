#pragma once

#include "office/dashboard.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace gc::ui {

class OfficeController;

// The rollout progress chart, painted with the same code as the PDF report (core::ProgressChart).
// A painted item rather than Qt Charts: Qt Charts' QML types need a QApplication (widgets) in a
// touch app that otherwise runs on QGuiApplication, and this way app and report draw the same chart.
class ProgressChartItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(gc::ui::OfficeController *office READ office WRITE setOffice NOTIFY officeChanged)
    Q_PROPERTY(qreal fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY officeChanged)

public:
    explicit ProgressChartItem(QQuickItem *parent = nullptr);
    OfficeController *office() const { return m_office; }
    void setOffice(OfficeController *office);
    qreal fontPixelSize() const { return m_fontPixelSize; }
    void setFontPixelSize(qreal px);
    void paint(QPainter *painter) override;

signals:
    void officeChanged();

private:
    OfficeController *m_office = nullptr;
    qreal m_fontPixelSize = 13;
};

} // namespace gc::ui
