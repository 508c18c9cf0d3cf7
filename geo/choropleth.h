#pragma once

#include "choroplethscale.h"

#include <QColor>
#include <QString>

#include <array>
#include <span>
#include <vector>

namespace gc::geo {

// One class of a choropleth legend: shares up to `upTo` (inclusive) get `colour`.
struct ChoroplethClass {
    double upTo;
    QColor colour;
};

// Colours dongs by a share of their assets (verified on the map, installed in the report and in QGIS)
// in five equal classes on a sequential green ramp (ColorBrewer Greens), so the office sees at a
// glance where rollout lags. The classes span the data's range, not 0–100 %: dongs at 49–53 % would
// otherwise all get one colour. The map, the PDF report and the QGIS style class alike.
class Choropleth {
public:
    static constexpr int kClasses = choroplethscale::kClasses;

    Choropleth(); // the fixed 0–100 % scale (no data yet)
    // Classes on the range of `shares` (0…1); the fixed scale with fewer than two shares.
    static Choropleth onDataRange(std::span<const double> shares);
    // choroplethscale::rangeBreaks: the six class bounds, in %, over the range of `percents`.
    static std::vector<double> rangeBreaks(std::span<const double> percents) { return choroplethscale::rangeBreaks(percents); }

    std::span<const ChoroplethClass> classes() const { return m_classes; }
    QColor colourFor(double share) const;
    // For dongs with no assets under the current filter.
    static QColor noData() { return QColor(0xBD, 0xBD, 0xBD, 140); }
    // "48–49%" style label of class i.
    QString classLabel(int i) const;
    bool onData() const { return m_onData; }
    // What the legend says about the classes: "진행률 48–53 % (구간: 자료 범위) / progress 48–53 %
    // (classes on data range)", or that they are the fixed 0–100 % scale.
    QString note() const;

private:
    explicit Choropleth(const std::vector<double> &breaks, bool onData);
    double m_from = 0; // lower bound of the first class, 0…1
    bool m_onData = false;
    std::array<ChoroplethClass, kClasses> m_classes;
};

} // namespace gc::geo
