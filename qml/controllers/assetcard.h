#pragma once

#include "text.h"

#include <QString>
#include <QVariantMap>

namespace gc::core {
class AssetStore;
}

namespace gc::ui {

// What the field's asset card shows for one asset: its fields with labels in `lang` (the app's), its
// photos and its history (newest first), and which field actions its status allows. Empty when the
// asset does not exist.
QVariantMap assetCard(const core::AssetStore &store, const QString &uuid, Lang lang);

} // namespace gc::ui
