#pragma once

#include <QString>
#include <QUrl>

namespace gc::ui {

// The one way a photo file becomes an Image source in the app: only a JPEG or PNG (by its magic bytes)
// within core::PhotoLimits gets a URL; anything else (an svgz bomb an older sync stored, a text file
// picked as a photo) gets none, so Qt's image plugins never guess at it.
QUrl checkedPhotoUrl(const QString &path);

// At start: no image Qt decodes for the app may take more than PhotoLimits::maxDecodedMegabytes, whatever
// its header says (QImageReader::setAllocationLimit).
void limitImageDecoding();

} // namespace gc::ui
