#pragma once

#include "model/asset.h"
#include "model/event.h"

#include <QVariant>

namespace gc::core {

struct AssetFieldsPayload;

// A row of the `photos` table, as a photo.added event describes it.
struct PhotoRow {
    QString photoId, sha256, assetUuid, role, mime, takenAt, addedAt, addedBy;
    QString phash; // perceptual hash (hex), for the duplicate check
    qint64 bytes = 0;
    int width = 0, height = 0;
    QVariant lat, lon; // null when the photo carries no position

    bool operator==(const PhotoRow &) const = default;
};

// The pure fold from events to table rows; the store, replay and verify all use it.
namespace reducer {
// True if the event changes asset fields (created, updated, status).
bool touchesAsset(const QString &kind);
// True for survey.* events, which the survey tables materialize (see surveyreducer.h).
bool touchesSurvey(const QString &kind);
// Applies one event to the asset's state. `exists` tells whether the asset had been created yet
// (and not deleted since).
void apply(Asset &state, bool &exists, const Event &e);
// Sets the fields an asset.created / asset.updated payload names (x and y together, as the place).
// A field whose value is not of its type (an explicit null, an old file's "3" for a number) is taken
// as the asset field table always took it, so every stored event projects as it did.
void applyFields(Asset &state, const AssetFieldsPayload &p);
// The asset.created payload of `a`: its texts that are not empty, its numbers, location_approximate
// when true, and x, y when it has a place (what assetfields::toJson writes).
AssetFieldsPayload createdPayload(const Asset &a);
// An asset.updated payload with the fields named in `keys` (asset field keys; "geom" for the place:
// x and y, or two explicit nulls when the asset has none), each with its value in `a`, empty included.
AssetFieldsPayload changedPayload(const Asset &a, const QStringList &keys);
PhotoRow photoRow(const Event &e);
QJsonObject photoPayload(const PhotoRow &row);
} // namespace reducer

} // namespace gc::core
