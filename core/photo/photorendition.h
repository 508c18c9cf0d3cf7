#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gc::core {

// The sizes a photo travels in. Devices that do not review a photo receive a smaller rendition instead
// of the 12 MP original; every rendition is addressed by the original's SHA-256 and its name.
enum class Rendition { Thumb, Preview, Original };

struct RenditionSizes {
    int thumbLongSide = 320;     // lists, the review queue, a map popup
    int previewLongSide = 1600;  // full screen on a tablet
    int jpegQuality = 82;
};

QString renditionName(Rendition r);                          // "thumb", "preview", "original"
std::optional<Rendition> renditionFromName(const QString &name); // none for anything else

// Makes a thumbnail or preview (a JPEG, long side at most the size's bound, never enlarged) from an
// original JPEG or PNG. The decoder is chosen by the file's magic bytes and a JPEG is decoded at a
// libjpeg reduced scale where that still covers the bound (PhotoDecoder), so a 12 MP photo is never
// decoded in full for a 320 px thumbnail. Refuses the original itself (it is kept as it came).
Result<QByteArray> makeRendition(const QByteArray &original, Rendition r, const RenditionSizes &sizes = {});

} // namespace gc::core
