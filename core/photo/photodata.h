#pragma once

#include "photofiles/photoheader.h"
#include "result.h"

#include <QByteArray>

namespace gc::core {

// Whether a whole JPEG or PNG holds the image data its header promises, judged without allocating
// the picture: a JPEG's scans are entropy-decoded at 1/8 scale one row at a time (libjpeg-turbo),
// a PNG's IDAT stream is inflated into a small buffer and counted against the rows its header
// needs. What an upload's completing chunk must pass before the server files it: a 69-byte PNG
// whose IHDR says 16000×3000 and a 693-byte JPEG whose SOF was patched to 7000×7000 passed the
// header check and were filed, then no rendition could be made (an outside pass). A progressive
// JPEG still takes libjpeg's coefficient buffer (about 2 bytes per pixel and component), bounded
// by PhotoLimits' pixels. Error code photo_corrupt (the message names what is missing).
VoidResult checkPhotoData(const QByteArray &bytes, const PhotoHeader &header);

} // namespace gc::core
