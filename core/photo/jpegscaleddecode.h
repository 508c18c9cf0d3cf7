#pragma once

#include <QByteArray>

#include <opencv2/core/mat.hpp>

namespace gc::core {

// Decodes a JPEG straight through libjpeg-turbo at 1/`denominator` scale (1, 2, 4 or 8), to 8-bit BGR with the
// EXIF orientation applied, as cv::imdecode does, but with the cheap ("box") chroma upsampling: the checks read
// the luma, which upsampling does not touch, and the preview shows colour shrunk further, where the two
// upsamplings look alike. That and skipping OpenCV's extra row copies take about a fifth off the reduced decode,
// which every check waits for.
// Returns an empty matrix for anything it does not take on: CMYK, a libjpeg error or even a warning (damaged
// data) — the caller then decodes with cv::imdecode, so damaged photos behave exactly as they always did.
// With `parts` 2 a tall picture is decoded by two decoders at once, the upper three quarters on the calling thread
// and the rest on another (which entropy-decodes the upper rows to reach its own): the same pixels, about a quarter
// less wall time, a quarter more CPU time.
cv::Mat decodeJpegScaled(const QByteArray &bytes, int denominator, int parts = 2);

// The EXIF orientation (1–8) in the JPEG's APP1 segment `exif` ("Exif\0\0" + TIFF), 1 when absent or unreadable.
int exifOrientation(const QByteArray &exif);

} // namespace gc::core
