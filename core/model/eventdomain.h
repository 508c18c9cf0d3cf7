#pragma once

#include "model/payloadfields.h"
#include "text.h"

#include <QJsonValue>

#include <optional>

namespace gc::core {

// Where an asset or a proposed place may lie: the district's envelope in EPSG:5186 (the gu outline in
// assets/data, which DongLocator, import and adopt judge points by), widened by a margin so a point
// the dong check would still place near the edge is never refused here. A test holds it to the data.
namespace district {
struct Envelope {
    double minX, minY, maxX, maxY;
};
inline constexpr Envelope kOutline{188659.3, 537138.8, 193672.6, 542991.1};
inline constexpr double kMargin = 2000.0; // metres
// True when x and y are finite numbers within the outline's envelope and its margin.
bool containsPlace(double x, double y);
// True when x and y are finite and within what EPSG:5186 spans (±10,000 km): what a spatial index and a
// map can hold. The fold takes no other place, whatever a log holds (the district is the writers' rule).
bool fitsIndex(double x, double y);
} // namespace district

namespace eventdomain {
// Why `v` (already of its field's JSON type) is not a value of `domain`, as the words after the
// field's name ("must be one of …", "is out of range …"); nothing when it is.
std::optional<Text> problem(PayloadDomain domain, const QJsonValue &v);
// The event's time is an ISO 8601 date-time between the years 2000 and 2100.
bool isPlausibleTime(const QString &time);
} // namespace eventdomain

} // namespace gc::core
