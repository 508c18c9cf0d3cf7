#include "model/eventdomain.h"

#include "model/assetstatus.h"
#include "model/catalog.h"
#include "model/photoverdict.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace gc::core {

bool district::containsPlace(double x, double y)
{
    return std::isfinite(x) && std::isfinite(y) && x >= kOutline.minX - kMargin && x <= kOutline.maxX + kMargin
           && y >= kOutline.minY - kMargin && y <= kOutline.maxY + kMargin;
}

bool district::fitsIndex(double x, double y)
{
    constexpr double kSpan = 1e7;
    return std::isfinite(x) && std::isfinite(y) && std::abs(x) <= kSpan && std::abs(y) <= kSpan;
}

namespace eventdomain {

namespace {

using D = PayloadDomain;

std::optional<Text> range(double v, double min, double max)
{
    if (v >= min && v <= max)
        return std::nullopt;
    return tx(QT_TRANSLATE_NOOP("gc", "is out of range (%1 to %2)"), QString::number(min, 'f', 0), QString::number(max, 'f', 0));
}

std::optional<Text> oneOf(const QString &v, const QStringList &allowed)
{
    if (allowed.contains(v))
        return std::nullopt;
    return tx(QT_TRANSLATE_NOOP("gc", "must be one of: %1"), allowed.join(QStringLiteral(", ")));
}

QStringList codes(std::span<const CatalogEntry> list)
{
    QStringList out;
    for (const CatalogEntry &e : list)
        out << QLatin1String(e.code);
    return out;
}

std::optional<Text> place(D domain, double v)
{
    using district::kMargin;
    using district::kOutline;
    const bool east = domain == D::Easting;
    const double min = (east ? kOutline.minX : kOutline.minY) - kMargin;
    const double max = (east ? kOutline.maxX : kOutline.maxY) + kMargin;
    if (v >= min && v <= max)
        return std::nullopt;
    return tx(QT_TRANSLATE_NOOP("gc", "lies outside Geumcheon-gu (EPSG:5186 %1 to %2)"), QString::number(min, 'f', 0), QString::number(max, 'f', 0));
}

std::optional<Text> photoSlot(const QString &v)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("before|after[0-9]{0,2}|problem|cannot_install|proposal|survey")));
    if (re.match(v).hasMatch())
        return std::nullopt;
    return tx(QT_TRANSLATE_NOOP("gc", "must be one of: %1"), QStringLiteral("before, after, after1…, problem, cannot_install, proposal, survey"));
}

} // namespace

std::optional<Text> problem(PayloadDomain domain, const QJsonValue &v)
{
    switch (domain) {
    case D::Any: return std::nullopt;
    case D::Easting:
    case D::Northing: return place(domain, v.toDouble());
    case D::Latitude: return range(v.toDouble(), -90, 90);
    case D::Longitude: return range(v.toDouble(), -180, 180);
    case D::Category: return oneOf(v.toString(), codes(catalog::categories()));
    case D::Status: return oneOf(v.toString(), codes(assetStatusEntries()));
    case D::PhotoSlot: return photoSlot(v.toString());
    case D::PhotoVerdict:
        return oneOf(v.toString(), {toString(PhotoVerdict::Pass), toString(PhotoVerdict::Review), toString(PhotoVerdict::Fail), toString(PhotoVerdict::Error)});
    case D::Mime: return oneOf(v.toString(), {QStringLiteral("image/jpeg"), QStringLiteral("image/png")});
    case D::PhotoSource:
        return oneOf(v.toString(), {QStringLiteral("camera"), QStringLiteral("file"), QStringLiteral("gallery"), QStringLiteral("app"), QStringLiteral("import")});
    case D::Priority: return range(v.toDouble(), 1, 3);
    case D::MarkCount: return range(v.toDouble(), 0, 1000);
    case D::Pixels: return range(v.toDouble(), 0, 100000);
    case D::Bytes: return range(v.toDouble(), 0, 9e15);
    }
    return std::nullopt;
}

bool isPlausibleTime(const QString &time)
{
    const QDateTime t = QDateTime::fromString(time, Qt::ISODateWithMs);
    return t.isValid() && t.date().year() >= 2000 && t.date().year() <= 2100;
}

} // namespace eventdomain

} // namespace gc::core
