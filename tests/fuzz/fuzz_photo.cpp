// Fuzz target: a photo as a phone uploads it, through the header reader, the decoder and the EXIF
// reader. The pixel limit is lowered so that each input decodes fast; the header checks are the same.
#include "fuzzsupport.h"

#include "photo/photodecoder.h"
#include "photofiles/photoexif.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    gc::fuzz::init();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    gc::core::PhotoCheckThresholds t;
    t.maxPixels = 4'000'000;
    const gc::core::PhotoDecoder decoder(t);
    auto header = decoder.readHeader(bytes);
    auto decoded = decoder.decode(bytes, 256);
    if (decoded && (decoded->bgr.empty() || decoded->bgr.type() != CV_8UC3 || !header)) {
        std::fprintf(stderr, "decode() gave an unusable image\n");
        std::abort();
    }
    (void)gc::core::readPhotoExif(bytes);
    return 0;
}
