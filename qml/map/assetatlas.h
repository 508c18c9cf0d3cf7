#pragma once

#include <QColor>
#include <QHash>
#include <QImage>
#include <QRectF>

class QPainter;

namespace gc::ui {

// Sizes of the map's asset symbols, in logical pixels.
struct AssetSymbolMetrics {
    double symbol = 20;
    double highlight = 34;
    double bubbleSmall = 30;  // clusters of < 100
    double bubbleMedium = 38; // < 1000
    double bubbleLarge = 48;
    double glyphHeight = 14;
    double tapRadius = 24; // how far from a symbol a tap still hits it
};

// One texture holding every symbol the asset layer draws (category shape × status colour, cluster
// bubbles, count digits, the selection ring), so all assets render from one material in one batch.
class AssetAtlas {
public:
    struct Entry {
        QRectF uv;   // normalised texture coordinates
        QSizeF size; // logical pixels on screen
    };
    enum class Bubble { Small, Medium, Large };

    explicit AssetAtlas(qreal devicePixelRatio = 1.0, AssetSymbolMetrics metrics = {});

    const QImage &image() const { return m_image; }
    const AssetSymbolMetrics &metrics() const { return m_metrics; }
    const Entry &symbol(int category, int status) const { return entry(symbolId(category, status)); }
    const Entry &bubble(Bubble size, int status) const { return entry(1000 + int(size) * 16 + status); }
    // Digits, '.', 'k', 'M'; nullptr for other characters.
    const Entry *glyph(QChar c) const;
    const Entry &highlight() const { return entry(2000); }

    static QColor statusColour(int status);
    // Draws one category's shape, filled with `fill`, inside `r` (shared with the legend).
    static void paintSymbol(QPainter &p, int category, const QColor &fill, const QRectF &r);
    // "12", "1.2k", "35k", "1.2M": what a cluster bubble says.
    static QString countLabel(qint64 n);

private:
    static int symbolId(int category, int status) { return category * 16 + status; }
    const Entry &entry(int id) const;
    QImage m_image;
    AssetSymbolMetrics m_metrics;
    QHash<int, Entry> m_entries;
};

} // namespace gc::ui
