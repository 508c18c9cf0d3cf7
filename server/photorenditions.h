#pragma once

#include "photo/photorendition.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gc::server {

class PhotoFiles;

// The sizes of one stored photo (GET /api/v1/photos/SHA?rendition=thumb|preview|original): the
// original as it was uploaded (its SHA-256 is its name, so a client checks it end to end), and a
// thumbnail and preview made from it once and then kept in the store.
class PhotoRenditions {
public:
    // None when the store has no such photo (not uploaded yet).
    static Result<std::optional<QByteArray>> get(PhotoFiles &store, const QString &sha256, core::Rendition r,
                                                 const core::RenditionSizes &sizes = {});
    // Makes and keeps every rendition a device may ask for; called when an upload completes, so the
    // first device to ask does not wait for the decode.
    static VoidResult makeAll(PhotoFiles &store, const QString &sha256, const QByteArray &original,
                              const core::RenditionSizes &sizes = {});
};

} // namespace gc::server
