#include "assetsymbol.h"
#include "assetatlas.h"
#include "store/assetsnapshot.h"

#include <QPainter>

namespace gc::ui {

AssetSymbol::AssetSymbol(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setImplicitSize(20, 20);
    setAntialiasing(true);
}

void AssetSymbol::setCategory(const QString &c)
{
    if (c == m_category)
        return;
    m_category = c;
    emit changed();
    update();
}

void AssetSymbol::setStatus(const QString &s)
{
    if (s == m_status)
        return;
    m_status = s;
    emit changed();
    update();
}

void AssetSymbol::paint(QPainter *p)
{
    const double side = std::min(width(), height());
    const QRectF r((width() - side) / 2, (height() - side) / 2, side, side);
    AssetAtlas::paintSymbol(*p, core::AssetSnapshot::categoryIndex(m_category),
                            AssetAtlas::statusColour(core::AssetSnapshot::statusIndex(m_status)), r);
}

} // namespace gc::ui
