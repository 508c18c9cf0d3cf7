#pragma once

#include <array>
#include <span>
#include <vector>

namespace gc::geo {

// The choropleth's classes as numbers, without drawing (no Qt GUI): how many, their bounds over the
// data's range and their colours. Choropleth (choropleth.h) draws the map's and the PDF report's
// legend with them; the QGIS styles the store writes into the inventory name the same classes.
namespace choroplethscale {
constexpr int kClasses = 5;
// ColorBrewer Greens, pale to dark, as 0xRRGGBB; the map and the report draw them at alpha kAlpha.
constexpr std::array<unsigned, kClasses> kRgb{0xEDF8E9, 0xBAE4B3, 0x74C476, 0x31A354, 0x006D2C};
constexpr int kAlpha = 200;
// The six class bounds, in %, over the range of `percents`: rounded outward to whole percent and
// at least 5 points wide (1 % per class, centred on the data); 0, 20, … 100 with fewer than two.
std::vector<double> rangeBreaks(std::span<const double> percents);
} // namespace choroplethscale

} // namespace gc::geo
