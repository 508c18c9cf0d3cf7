#include "mapgestures.h"
#include "mapviewport.h"

#include <QLineF>
#include <QWheelEvent>

#include <cmath>

namespace gc::ui {

MapGestures::MapGestures(const MapViewport &viewport, QObject *parent)
    : QObject(parent)
    , m_viewport(viewport)
{
    m_clock.start();
    m_kineticTimer.setInterval(m_settings.kineticIntervalMs);
    connect(&m_kineticTimer, &QTimer::timeout, this, &MapGestures::kineticStep);
}

QPolygonF MapGestures::outline() const
{
    if (m_drag == Drag::Box && m_lasso.size() == 2)
        return QPolygonF(QRectF(m_lasso[0], m_lasso[1]).normalized());
    if (m_drag == Drag::Lasso && m_lasso.size() > 1)
        return QPolygonF(m_lasso) << m_lasso.front();
    return {};
}

// ---- flicks ---------------------------------------------------------------------------------

void MapGestures::kineticStep()
{
    const qint64 now = m_clock.elapsed();
    const double dt = double(now - m_lastKineticMs) / 1000.0;
    m_lastKineticMs = now;
    emit panned(m_velocity.x() * dt, m_velocity.y() * dt);
    m_velocity *= std::exp(-dt / m_settings.kineticTimeConstant);
    if (std::hypot(m_velocity.x(), m_velocity.y()) < m_settings.kineticStopSpeed)
        stopKinetic();
}

void MapGestures::stopKinetic()
{
    m_kineticTimer.stop();
    m_velocity = {};
}

void MapGestures::startKinetic()
{
    const qint64 now = m_clock.elapsed();
    while (!m_samples.empty() && double(now - m_samples.front().first) > m_settings.flickSampleMs)
        m_samples.pop_front();
    if (m_samples.size() < 2)
        return;
    const double dt = double(m_samples.back().first - m_samples.front().first) / 1000.0;
    if (dt <= 0)
        return;
    m_velocity = (m_samples.back().second - m_samples.front().second) / dt;
    if (std::hypot(m_velocity.x(), m_velocity.y()) < m_settings.flickMinSpeed) {
        m_velocity = {};
        return;
    }
    m_lastKineticMs = now;
    m_kineticTimer.setInterval(m_settings.kineticIntervalMs);
    m_kineticTimer.start();
}

// ---- press, move, release -------------------------------------------------------------------

void MapGestures::press(QPointF pos, Qt::KeyboardModifiers mods)
{
    stopKinetic();
    m_pressPos = m_lastPos = pos;
    m_moved = false;
    m_samples.clear();
    m_samples.emplace_back(m_clock.elapsed(), pos);
    if (m_mode == Mode::Box || (mods & Qt::ShiftModifier))
        m_drag = Drag::Box;
    else if (m_mode == Mode::Lasso || (mods & Qt::AltModifier))
        m_drag = Drag::Lasso;
    else
        m_drag = Drag::Pan;
    m_lasso = {pos};
}

void MapGestures::move(QPointF pos)
{
    if (!m_moved && QLineF(pos, m_pressPos).length() > m_settings.tapSlop)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan:
        if (m_moved) {
            emit panned(pos.x() - m_lastPos.x(), pos.y() - m_lastPos.y());
            m_samples.emplace_back(m_clock.elapsed(), pos);
            if (m_samples.size() > m_settings.maxFlickSamples)
                m_samples.pop_front();
            m_lastPos = pos;
        }
        break;
    case Drag::Box:
        m_lasso = {m_pressPos, pos};
        emit outlineChanged();
        break;
    case Drag::Lasso:
        if (QLineF(m_lasso.back(), pos).length() >= m_settings.lassoVertexSpacing)
            m_lasso << pos;
        emit outlineChanged();
        break;
    default:
        break;
    }
}

void MapGestures::release(QPointF pos)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (!m_moved) {
        emit tapped(pos);
    } else if (drag == Drag::Pan) {
        startKinetic();
    } else if (drag == Drag::Box) {
        emit boxSelected(QRectF(m_pressPos, pos).normalized());
    } else if (drag == Drag::Lasso) {
        m_lasso << pos;
        emit lassoSelected(m_lasso);
    }
    m_lasso.clear();
    emit outlineChanged();
}

void MapGestures::doubleClick(QPointF pos)
{
    emit zoomed(m_settings.zoomStep, pos);
}

void MapGestures::wheel(QPointF pos, double angleDeltaY)
{
    const double steps = angleDeltaY / double(QWheelEvent::DefaultDeltasPerStep);
    if (steps != 0)
        emit zoomed(std::pow(2.0, steps / m_settings.wheelStepsPerDoubling), pos);
}

// ---- touch ------------------------------------------------------------------------------------

void MapGestures::pinch(QPointF a, QPointF b)
{
    const QPointF centre = (a + b) / 2;
    const double dist = std::max(1.0, QLineF(a, b).length());
    if (m_drag != Drag::Pinch) {
        stopKinetic();
        m_drag = Drag::Pinch;
        m_pinchStartDistance = dist;
        m_pinchStartRes = m_viewport.view().resolution;
        m_pinchLastCentre = centre;
        return;
    }
    const double res = m_pinchStartRes * m_pinchStartDistance / dist;
    emit zoomed(m_viewport.view().resolution / res, centre);
    emit panned(centre.x() - m_pinchLastCentre.x(), centre.y() - m_pinchLastCentre.y());
    m_pinchLastCentre = centre;
}

void MapGestures::touchEnd(QPointF pos)
{
    const qint64 now = m_clock.elapsed();
    const bool doubleTap = !m_moved && m_drag == Drag::Pan && m_lastTapMs && double(now - *m_lastTapMs) < m_settings.doubleTapMs
        && QLineF(pos, m_lastTapPos).length() < m_settings.doubleTapSlop;
    if (doubleTap) {
        m_drag = Drag::None;
        m_lastTapMs.reset();
        emit zoomed(m_settings.zoomStep, pos);
        return;
    }
    if (!m_moved) {
        m_lastTapMs = now;
        m_lastTapPos = pos;
    }
    release(pos);
}

bool MapGestures::touch(QEvent::Type type, const QList<QPointF> &points, Qt::KeyboardModifiers mods)
{
    if (points.size() >= 2) {
        pinch(points[0], points[1]);
        return true;
    }
    if (points.isEmpty())
        return false;
    const QPointF pos = points[0];
    if (m_drag == Drag::Pinch) {
        // Lifting one finger of a pinch ends the gesture; the other finger does not start a pan.
        if (type == QEvent::TouchEnd || type == QEvent::TouchCancel)
            m_drag = Drag::None;
        return true;
    }
    switch (type) {
    case QEvent::TouchBegin:
        press(pos, mods);
        break;
    case QEvent::TouchUpdate:
        move(pos);
        break;
    case QEvent::TouchEnd:
        touchEnd(pos);
        break;
    case QEvent::TouchCancel:
        m_drag = Drag::None;
        m_lasso.clear();
        emit outlineChanged();
        break;
    default:
        break;
    }
    return true;
}

} // namespace gc::ui
