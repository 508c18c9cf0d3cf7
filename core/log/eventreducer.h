#pragma once

#include "domain/asset.h"
#include "log/event.h"

#include <QVariant>

namespace gc::core {

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
PhotoRow photoRow(const Event &e);
QJsonObject photoPayload(const PhotoRow &row);
} // namespace reducer

} // namespace gc::core
