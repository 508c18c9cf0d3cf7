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

// A crew's latest "cannot install" report on the asset, unless an install came after it (outside finding
// F26: the office saw it nowhere): {actor, time, reason, note, photo (url), sha256, verdict, problems
// (lines)}, words in `lang`. Empty when there is none.
QVariantMap cannotInstallReport(const core::AssetStore &store, const QString &uuid, Lang lang);

} // namespace gc::ui
