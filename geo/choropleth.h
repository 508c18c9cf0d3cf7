#pragma once

#include <QColor>
#include <QString>

#include <span>

namespace gc::geo {

// One class of a choropleth legend: shares up to `upTo` (inclusive) get `colour`.
struct ChoroplethClass {
    double upTo;
    QColor colour;
};

// Colours dongs by the share of their assets that are verified: five equal classes on a
// sequential green ramp (ColorBrewer Greens), so the office sees at a glance where rollout lags.
class Choropleth {
public:
    static std::span<const ChoroplethClass> classes();
    static QColor colourFor(double share);
    // For dongs with no assets under the current filter.
    static QColor noData() { return QColor(0xBD, 0xBD, 0xBD, 140); }
    // "0–20%" style label of class i.
    static QString classLabel(int i);
};

} // namespace gc::geo
