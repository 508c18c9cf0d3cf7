#pragma once

#include "mapgesturesettings.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QPolygonF>
#include <QTimer>

#include <deque>
#include <optional>

namespace gc::ui {

class MapViewport;

// Turns mouse, wheel and touch input on the map into what the user meant: pan (with a flick that
// coasts), zoom, pinch, tap, double tap, and box or lasso selection. Reports intent through signals;
// the map item carries it out.
class MapGestures : public QObject {
    Q_OBJECT

public:
    // What a one-finger or left-button drag does (Shift makes it a box, Alt a lasso, in any mode).
    enum class Mode { Pan, Box, Lasso };

    explicit MapGestures(const MapViewport &viewport, QObject *parent = nullptr);

    MapGestureSettings &settings() { return m_settings; }
    void setMode(Mode mode) { m_mode = mode; }

    void press(QPointF pos, Qt::KeyboardModifiers mods);
    void move(QPointF pos);
    void release(QPointF pos);
    void doubleClick(QPointF pos);
    void wheel(QPointF pos, double angleDeltaY);
    // A touch event of `type` with the item positions of its points; returns whether it was used.
    bool touch(QEvent::Type type, const QList<QPointF> &points, Qt::KeyboardModifiers mods);

    // The box or lasso being drawn, closed, in item coordinates; empty when none is.
    QPolygonF outline() const;

signals:
    void panned(double dx, double dy);
    void zoomed(double factor, QPointF pos);
    void tapped(QPointF pos);
    void boxSelected(QRectF itemRect);
    void lassoSelected(const QPolygonF &itemPolygon);
    void outlineChanged();

private:
    enum class Drag { None, Pan, Box, Lasso, Pinch };

    void startKinetic();
    void stopKinetic();
    void kineticStep();
    void pinch(QPointF a, QPointF b);
    void touchEnd(QPointF pos);

    const MapViewport &m_viewport;
    MapGestureSettings m_settings;
    Mode m_mode = Mode::Pan;
    Drag m_drag = Drag::None;
    QPointF m_pressPos, m_lastPos;
    bool m_moved = false;
    QPolygonF m_lasso; // item coordinates, also the box's two corners
    std::deque<std::pair<qint64, QPointF>> m_samples; // (ms, pos) of the last moves, for flick speed
    QElapsedTimer m_clock;
    QTimer m_kineticTimer;
    QPointF m_velocity; // px/s
    qint64 m_lastKineticMs = 0;
    double m_pinchStartDistance = 0, m_pinchStartRes = 0;
    QPointF m_pinchLastCentre;
    std::optional<qint64> m_lastTapMs; // when the last single tap ended, for double taps
    QPointF m_lastTapPos;
};

} // namespace gc::ui
