#include "photosource.h"

#include "photofiles/photoheader.h"

#include <QImageReader>

namespace gc::ui {

QUrl checkedPhotoUrl(const QString &path)
{
    if (path.isEmpty() || !core::readPhotoFileHeader(path))
        return {};
    return QUrl::fromLocalFile(path);
}

void limitImageDecoding() { QImageReader::setAllocationLimit(core::PhotoLimits{}.maxDecodedMegabytes); }

} // namespace gc::ui
