#include "maplegend.h"
#include "assetatlas.h"
#include "assetscene.h"
#include "choropleth.h"
#include "model/catalog.h"

#include <vector>

namespace gc::ui {

namespace {
// A catalog entry as the QML lists show it: code and both labels.
QVariantMap entry(const core::CatalogEntry &e)
{
    return {{QStringLiteral("code"), QLatin1String(e.code)},
            {QStringLiteral("label"), core::catalog::label(e)},
            {QStringLiteral("labelEn"), QString::fromUtf8(e.en)}};
}
} // namespace

QVariantList MapLegend::statuses(const AssetScene *scene)
{
    QVariantList out;
    const auto statuses = core::catalog::statuses();
    for (size_t i = 0; i < statuses.size(); ++i) {
        QVariantMap m = entry(statuses[i]);
        m.insert(QStringLiteral("colour"), AssetAtlas::statusColour(int(i)));
        m.insert(QStringLiteral("count"), scene ? scene->statusCounts[i] : 0);
        out << m;
    }
    return out;
}

QVariantList MapLegend::categories(const AssetScene *scene)
{
    QVariantList out;
    const auto categories = core::catalog::categories();
    for (size_t i = 0; i < categories.size(); ++i) {
        QVariantMap m = entry(categories[i]);
        m.insert(QStringLiteral("count"), scene ? scene->categoryCounts[i] : 0);
        out << m;
    }
    return out;
}

geo::Choropleth MapLegend::choropleth(const AssetScene *scene)
{
    std::vector<double> shares;
    if (scene)
        for (size_t i = 0; i < scene->dongTotal.size(); ++i)
            if (scene->dongTotal[i] > 0)
                shares.push_back(double(scene->dongVerified[i]) / double(scene->dongTotal[i]));
    return geo::Choropleth::onDataRange(shares);
}

QVariantList MapLegend::choroplethClasses(const AssetScene *scene)
{
    QVariantList out;
    const geo::Choropleth c = choropleth(scene);
    const auto classes = c.classes();
    for (size_t i = 0; i < classes.size(); ++i)
        out << QVariantMap{{QStringLiteral("label"), c.classLabel(int(i))}, {QStringLiteral("colour"), classes[i].colour}};
    return out;
}

QVariantList MapLegend::dongs(const DongNames &names, const AssetScene *scene, const core::AssetSnapshot *snapshot)
{
    QVariantList out;
    for (const auto &[code, name] : names) {
        qint64 total = 0, verified = 0;
        if (scene) {
            const qsizetype i = snapshot ? snapshot->dongCodes.indexOf(code) : -1;
            if (i >= 0 && size_t(i) < scene->dongTotal.size()) {
                total = scene->dongTotal[size_t(i)];
                verified = scene->dongVerified[size_t(i)];
            }
        }
        out << QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name},
                           {QStringLiteral("total"), total}, {QStringLiteral("verified"), verified}};
    }
    return out;
}

QStringList MapLegend::departments(const core::AssetSnapshot *snapshot)
{
    QStringList out;
    if (snapshot)
        for (const QString &d : snapshot->departments)
            if (!d.isEmpty())
                out << d;
    out.sort();
    return out;
}

QVariantList MapLegend::methods()
{
    QVariantList out;
    for (const auto &m : core::catalog::methods())
        out << entry(m);
    return out;
}

QHash<QString, QColor> MapLegend::choroplethFill(const DongNames &names, const AssetScene &scene,
                                                 const core::AssetSnapshot &snapshot)
{
    QHash<QString, QColor> fill;
    const geo::Choropleth classes = choropleth(&scene);
    for (qsizetype i = 0; i < snapshot.dongCodes.size(); ++i) {
        const qint64 total = scene.dongTotal[size_t(i)];
        fill.insert(snapshot.dongCodes[i], total > 0 ? classes.colourFor(double(scene.dongVerified[size_t(i)]) / double(total))
                                                     : geo::Choropleth::noData());
    }
    for (const auto &[code, name] : names)
        if (!fill.contains(code))
            fill.insert(code, geo::Choropleth::noData());
    return fill;
}

} // namespace gc::ui
