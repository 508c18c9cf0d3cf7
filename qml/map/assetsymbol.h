#pragma once

#include "model/assetstatus.h"

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace gc::ui {

// One asset symbol (category shape in a status colour) for legends and cards, drawn exactly as
// the map draws it.
class AssetSymbol : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY changed)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY changed)

public:
    explicit AssetSymbol(QQuickItem *parent = nullptr);
    QString category() const { return m_category; }
    QString status() const { return m_status; }
    void setCategory(const QString &c);
    void setStatus(const QString &s);
    void paint(QPainter *painter) override;

signals:
    void changed();

private:
    QString m_category = QStringLiteral("other");
    QString m_status = core::toString(core::AssetStatus::Planned);
};

} // namespace gc::ui
