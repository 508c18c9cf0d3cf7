#pragma once

#include "model/asset.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <span>

namespace gc::core {

// The editable fields of an Asset, in one table that drives the event payloads, the SQL columns,
// import field matching and the replay comparison, so that none of them can drift apart.
struct AssetField {
    enum class Type { Text, Int, Bool, Real };
    const char *key;  // JSON key and column name
    const char *ko;   // Korean header used in spreadsheets
    const char *en;   // English label
    Type type;
};

namespace assetfields {
std::span<const AssetField> all();
const AssetField *find(const QString &keyOrLabel);
QVariant get(const Asset &a, const QString &key);
void set(Asset &a, const QString &key, const QVariant &v);

// Full payload of an asset (all fields plus x/y when it has a location).
QJsonObject toJson(const Asset &a);
// Applies the keys present in `o` (a partial update); unknown keys are ignored.
void apply(Asset &a, const QJsonObject &o);
// Names of the fields that differ, for verify's messages.
QStringList differences(const Asset &a, const Asset &b);
} // namespace assetfields

} // namespace gc::core
