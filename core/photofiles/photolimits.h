#pragma once

#include <QtGlobal>

namespace gc::core {

// What any photo may be, wherever one is read: the server's upload, the sync client's download, the
// photo store, the checks and the app's image views. JPEG or PNG only, told by their magic bytes (HEIC,
// SVG, GIF, WebP and the rest are refused, not guessed at), and sizes checked from the header before a
// single pixel is decoded: a 1 MB file cannot become gigabytes.
struct PhotoLimits {
    qint64 maxBytes = 64LL << 20;   // the file; no phone writes a bigger JPEG
    qint64 maxPixels = 50'000'000;  // 50 MP: a phone's 50 MP mode (8160×6120) passes, 108/200 MP modes do not
    int maxSide = 16'384;           // a panorama strip longer than this is not a photo of one asset
    // Scans of a progressive JPEG: a camera writes 1 (baseline) to about 10; each scan is decoded over
    // the whole picture, so a small file of thousands of tiny scans costs minutes of CPU (attack pass).
    int maxJpegScans = 100;
    // What one decoded image may take in the app (Qt's QImageReader::setAllocationLimit, in MB): 50 MP
    // as 32-bit pixels is 200 MB.
    int maxDecodedMegabytes = 256;
};

} // namespace gc::core
