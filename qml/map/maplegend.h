#pragma once

#include "choropleth.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantList>

namespace gc::core {
struct AssetSnapshot;
}

namespace gc::ui {

struct AssetScene;

// What the legend and the filter menus list, with the counts of the assets shown: statuses,
// categories, the choropleth's classes, dongs, departments and methods. Either pointer may be null
// (nothing loaded yet): the lists then come with zero counts.
class MapLegend {
public:
    using DongNames = QList<QPair<QString, QString>>; // (code, name) in the layer's order

    static QVariantList statuses(const AssetScene *scene);
    static QVariantList categories(const AssetScene *scene);
    // The choropleth's classes on the range of the dongs' shares of verified assets shown (W2.7).
    static geo::Choropleth choropleth(const AssetScene *scene);
    static QVariantList choroplethClasses(const AssetScene *scene);
    static QVariantList dongs(const DongNames &names, const AssetScene *scene, const core::AssetSnapshot *snapshot);
    static QStringList departments(const core::AssetSnapshot *snapshot);
    static QVariantList methods();
    // Each dong's fill for the choropleth: its share of verified assets, "no data" where it has none.
    static QHash<QString, QColor> choroplethFill(const DongNames &names, const AssetScene &scene,
                                                 const core::AssetSnapshot &snapshot);
};

} // namespace gc::ui
