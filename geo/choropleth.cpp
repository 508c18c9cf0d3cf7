#include "choropleth.h"
#include "text.h"

#include <algorithm>
#include <cmath>

namespace gc::geo {

namespace {
QColor classColour(int i)
{
    QColor c = QColor::fromRgb(choroplethscale::kRgb[size_t(i)]);
    c.setAlpha(choroplethscale::kAlpha);
    return c;
}

QString percent(double share) { return QString::number(std::lround(share * 100)); }
} // namespace

Choropleth::Choropleth() : Choropleth(rangeBreaks({}), false) {}

Choropleth::Choropleth(const std::vector<double> &breaks, bool onData) : m_from(breaks.front() / 100), m_onData(onData)
{
    for (int i = 0; i < kClasses; ++i)
        m_classes[size_t(i)] = {breaks[size_t(i) + 1] / 100, classColour(i)};
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
