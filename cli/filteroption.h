#pragma once

#include "model/assetfilter.h"
#include "result.h"

#include <QStringList>

namespace gc::core {
class AssetStore;
}

namespace gc::cli {

// "--filter status=installed,verified --filter dong=가산동": keys category, status, method (codes or
// Korean labels), dong (adm_code or name), department, text. The same AssetFilter the map and lists
// use; `export`, `labels` and `assign` read it alike.
Result<core::AssetFilter> parseFilter(const core::AssetStore &store, const QStringList &specs);

} // namespace gc::cli
