#include "choropleth.h"
#include "text.h"

#include <algorithm>
#include <cmath>

namespace gc::geo {

namespace {
const std::array<QColor, Choropleth::kClasses> kColours{QColor(0xED, 0xF8, 0xE9, 200), QColor(0xBA, 0xE4, 0xB3, 200),
                                                       QColor(0x74, 0xC4, 0x76, 200), QColor(0x31, 0xA3, 0x54, 200),
                                                       QColor(0x00, 0x6D, 0x2C, 200)};

QString percent(double share) { return QString::number(std::lround(share * 100)); }
} // namespace

Choropleth::Choropleth() : Choropleth(rangeBreaks({}), false) {}

Choropleth::Choropleth(const std::vector<double> &breaks, bool onData) : m_from(breaks.front() / 100), m_onData(onData)
{
    for (int i = 0; i < kClasses; ++i)
        m_classes[size_t(i)] = {breaks[size_t(i) + 1] / 100, kColours[size_t(i)]};
}

std::vector<double> Choropleth::rangeBreaks(std::span<const double> percents)
{
    if (percents.size() < 2)
        return {0, 20, 40, 60, 80, 100};
    const auto [lo, hi] = std::minmax_element(percents.begin(), percents.end());
    double from = std::floor(*lo), to = std::ceil(*hi);
    if (to - from < kClasses) {
        from = std::clamp(std::floor((from + to) / 2 - kClasses / 2.0), 0.0, 100.0 - kClasses);
        to = from + kClasses;
    }
    std::vector<double> out;
    for (int i = 0; i <= kClasses; ++i)
        out.push_back(from + (to - from) * i / kClasses);
    return out;
}

Choropleth Choropleth::onDataRange(std::span<const double> shares)
{
    if (shares.size() < 2)
        return Choropleth();
    std::vector<double> percents;
    percents.reserve(shares.size());
    for (const double s : shares)
        percents.push_back(std::clamp(s, 0.0, 1.0) * 100);
    return Choropleth(rangeBreaks(percents), true);
}

QColor Choropleth::colourFor(double share) const
{
    if (std::isnan(share))
        return noData();
    for (const auto &c : m_classes)
        if (share <= c.upTo)
            return c.colour;
    return m_classes.back().colour;
}

QString Choropleth::classLabel(int i) const
{
    const double from = i == 0 ? m_from : m_classes[size_t(i - 1)].upTo;
    return QStringLiteral("%1–%2%").arg(percent(from), percent(m_classes[size_t(i)].upTo));
}

QString Choropleth::note() const
{
    const QString range = QStringLiteral("%1–%2 %").arg(percent(m_from), percent(m_classes.back().upTo));
    return m_onData ? render(tx(QT_TRANSLATE_NOOP("gc", "progress %1 (classes on data range)"), range), Lang::Both)
                    : render(tx(QT_TRANSLATE_NOOP("gc", "progress %1 (fixed classes)"), range), Lang::Both);
}

} // namespace gc::geo
