#pragma once

#include <QPointF>
#include <QString>

#include <vector>

namespace gc::core {

struct RouteTuning {
    int maxStops = 40;           // today's list is cut to the nearest this many before ordering
    int maxImprovePasses = 50;   // 2-opt passes; each pass is O(n²)
    double minGainMetres = 0.01; // a 2-opt move must shorten the route by more than this
};

// Orders stops into a short open route from a start point: nearest neighbour, then 2-opt, over
// straight-line distance (EPSG:5186 metres). Deterministic: ties go to the lower index.
class RoutePlanner {
public:
    explicit RoutePlanner(RouteTuning tuning = {}) : m_tuning(tuning) {}

    // Indices into `stops` in visiting order.
    std::vector<int> order(QPointF start, const std::vector<QPointF> &stops) const;
    // The day's route over a crew's open work: at most maxStops stops, one area (행정동) finished
    // before the next. It starts in the area of the stop nearest `start`, takes that area's stops
    // nearest the current point, then moves on to the area whose nearest stop is closest to where the
    // last one ended. `areas[i]` names the area of stops[i] (empty: one area of its own kind).
    // Indices into `stops` in visiting order.
    std::vector<int> dayRoute(QPointF start, const std::vector<QPointF> &stops, const std::vector<QString> &areas) const;
    // Length of start → stops[order[0]] → … in metres.
    static double length(QPointF start, const std::vector<QPointF> &stops, const std::vector<int> &order);

    const RouteTuning &tuning() const { return m_tuning; }

private:
    RouteTuning m_tuning;
};

} // namespace gc::core
