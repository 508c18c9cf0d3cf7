#pragma once

#include "result.h"

#include <QString>

#include "model/asset.h"

#include <functional>
#include <vector>

namespace gc::core {

class AssetStore;
class DongLocator;

// The bundled Geumcheon demo inventory: by default exactly 12,716 assets on the real dongs, with a
// believable rollout in progress (assignments, installs, reviews as events dated March–April 2024).
// The category mix is a demo assumption; the plan gives only the total.
class DemoGenerator {
public:
    struct Options {
        qint64 assets = 12716;
        quint64 seed = 2024;
        bool history = true; // status events after the creates
    };

    // The demo's assets, without writing them (benchmarks feed them to the store themselves).
    static Result<std::vector<Asset>> generate(const DongLocator &dongs, const Options &options);
    // Fills an empty inventory. Returns the number of assets.
    static Result<qint64> fill(AssetStore &store, const Options &options,
                               const std::function<void(const QString &)> &log = {});
    // How many assets of each category for a total of n (the default mix, scaled by largest remainder).
    static std::vector<std::pair<QString, qint64>> categoryCounts(qint64 n);
};

} // namespace gc::core
