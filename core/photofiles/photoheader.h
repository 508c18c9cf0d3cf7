#pragma once

#include "photofiles/photolimits.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace gc::core {

// What the file's header says, read without decoding a single pixel.
struct PhotoHeader {
    QString format;     // "jpeg" or "png"
    int width = 0;      // as stored, before EXIF orientation
    int height = 0;
    int channels = 0;   // JPEG components (4 = CMYK) or PNG colour type's channel count
    int bitDepth = 8;
};

// What the header of a JPEG or PNG says (told by its magic bytes; any other format is refused, HEIC
// with a hint to shoot JPEG), within `limits`: bytes, pixels and sides are judged before anything is
// decoded. `whole` false: `bytes` are only the file's start (an upload's first chunk): a header cut
// short is then no error, but a size it already gives is judged. Error codes: photo_empty,
// photo_unsupported, photo_too_large, photo_truncated, photo_corrupt.
Result<PhotoHeader> readPhotoHeader(const QByteArray &bytes, const PhotoLimits &limits = {}, bool whole = true);
// The same for a file, from its first 64 KB and its size: what the app checks before it lets Qt
// show a file (a size in the header past those bytes is left to QImageReader's allocation limit).
Result<PhotoHeader> readPhotoFileHeader(const QString &path, const PhotoLimits &limits = {});
// A photo file's bytes, at most `maxBytes`: only a regular file is opened (a FIFO would block the
// open for ever, /dev/zero would read until memory runs out), and no more than the limit plus one
// byte is read whatever the file system says of its size. Error codes: photo_unreadable, photo_too_large.
Result<QByteArray> readPhotoFileBytes(const QString &path, qint64 maxBytes);

} // namespace gc::core
