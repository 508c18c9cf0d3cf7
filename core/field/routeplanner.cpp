#include "field/routeplanner.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace gc::core {

namespace {

double dist(QPointF a, QPointF b) { return std::hypot(a.x() - b.x(), a.y() - b.y()); }

} // namespace

std::vector<int> RoutePlanner::order(QPointF start, const std::vector<QPointF> &stops) const
{
    const int n = int(stops.size());
    std::vector<int> route;
    route.reserve(n);
    std::vector<bool> used(n, false);
    QPointF at = start;
    for (int k = 0; k < n; ++k) {
        int best = -1;
        double bestD = std::numeric_limits<double>::infinity();
        for (int i = 0; i < n; ++i) {
            if (used[i])
                continue;
            const double d = dist(at, stops[i]);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        used[best] = true;
        route.push_back(best);
        at = stops[best];
    }
    // 2-opt on an open path that starts at `start`: reversing route[i..j] replaces the edges
    // (prev(i), i) and (j, next(j)) with (prev(i), j) and (i, next(j)); the end has no next.
    auto pointAt = [&](int pos) { return pos < 0 ? start : stops[route[pos]]; };
    for (int pass = 0; pass < m_tuning.maxImprovePasses; ++pass) {
        bool improved = false;
        for (int i = 0; i < n - 1; ++i) {
            for (int j = i + 1; j < n; ++j) {
                const QPointF a = pointAt(i - 1), b = pointAt(i), c = pointAt(j);
                double before = dist(a, b), after = dist(a, c);
                if (j + 1 < n) {
                    const QPointF d = pointAt(j + 1);
                    before += dist(c, d);
                    after += dist(b, d);
                }
                if (before - after > m_tuning.minGainMetres) {
                    std::reverse(route.begin() + i, route.begin() + j + 1);
                    improved = true;
                }
            }
        }
        if (!improved)
            break;
    }
    return route;
}

namespace {

// The index in `from` of the stop nearest `at` (ties: the lower index); -1 when `from` is empty.
int nearestOf(QPointF at, const std::vector<QPointF> &stops, const std::vector<int> &from)
{
    int best = -1;
    double bestD = std::numeric_limits<double>::infinity();
    for (int i : from) {
        const double d = dist(at, stops[size_t(i)]);
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    return best;
}

} // namespace

std::vector<int> RoutePlanner::dayRoute(QPointF start, const std::vector<QPointF> &stops, const std::vector<QString> &areas) const
{
    std::map<QString, std::vector<int>> byArea;
    for (size_t i = 0; i < stops.size(); ++i)
        byArea[i < areas.size() ? areas[i] : QString()].push_back(int(i));
    std::vector<int> route;
    QPointF at = start;
    while (!byArea.empty() && int(route.size()) < m_tuning.maxStops) {
        // The next area: the one holding the stop nearest to where the route is now.
        auto next = byArea.end();
        double nextD = std::numeric_limits<double>::infinity();
        for (auto it = byArea.begin(); it != byArea.end(); ++it) {
            const double d = dist(at, stops[size_t(nearestOf(at, stops, it->second))]);
            if (d < nextD) {
                nextD = d;
                next = it;
            }
        }
        std::vector<int> inArea = std::move(next->second);
        byArea.erase(next);
        // As many of the area's stops as the day has room for, nearest first, then ordered.
        const size_t room = size_t(m_tuning.maxStops) - route.size();
        std::stable_sort(inArea.begin(), inArea.end(),
                         [&](int a, int b) { return dist(at, stops[size_t(a)]) < dist(at, stops[size_t(b)]); });
        if (inArea.size() > room)
            inArea.resize(room);
        std::vector<QPointF> pts;
        for (int i : inArea)
            pts.push_back(stops[size_t(i)]);
        for (int k : order(at, pts))
            route.push_back(inArea[size_t(k)]);
        at = stops[size_t(route.back())];
    }
    return route;
}

double RoutePlanner::length(QPointF start, const std::vector<QPointF> &stops, const std::vector<int> &order)
{
    double total = 0;
    QPointF at = start;
    for (int i : order) {
        total += dist(at, stops[i]);
        at = stops[i];
    }
    return total;
}

} // namespace gc::core
