#pragma once

#include "model/catalog.h"
#include "result.h"

#include <QString>

#include <span>

namespace gc::core {

// Where an asset is in the rollout. The values are in the order the catalog lists them (and the
// dashboard counts them); the strings are what the inventory files and events store.
enum class AssetStatus { Planned, Assigned, Installed, Verified, NeedsAttention, Cancelled };

// The one string mapping of statuses, with the labels people read (catalog::statuses() is this table).
std::span<const CatalogEntry> assetStatusEntries();
QString toString(AssetStatus status);
// An unknown code is an error that names it.
Result<AssetStatus> assetStatusFromString(const QString &code);
bool isAssetStatus(const QString &code, AssetStatus status);
// The status's colour on the map, in the styles that travel in the file and in the progress chart,
// as 0xAARRGGBB (opaque); opaque black for an index outside the catalog.
unsigned assetStatusRgb(int statusIndex);

// The rollout's state machine: which status may follow which. The store, the field app, the office
// and the sync server all ask this one table. An unknown `from` allows nothing.
bool isAllowedTransition(AssetStatus from, AssetStatus to);
bool isAllowedTransition(const QString &from, AssetStatus to);
// Ok, or invalid_transition naming the asset `code` and both statuses (in Korean and English).
VoidResult checkTransition(const QString &code, const QString &from, const QString &to);

} // namespace gc::core
