#pragma once

#include "photosurfaces.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace gc::test {

// Before and after photos for the same_place check, from real photographs (the sources of photosurfaces.h, kept
// apart the same way: TUNING = opencv-doc, EVALUATION = mate-backgrounds + python3-skimage).
//   True pairs (even index): one scene (a photograph with a sign fixed in it) photographed twice: the after photo
//     from a step aside (perspective), nearer or further, turned a little, in other light and exposure, with another
//     blur, noise and JPEG quality, and the sign's old content replaced by the new mark. One true pair in four carries
//     a notice board (the mark in its header, a title and a panel below) instead of the sign; one in four is a
//     real stereo pair (EVALUATION: skimage's motorcycle left/right; TUNING: opencv-doc's aloe left/right): a real
//     change of viewpoint with parallax, not a warp.
//   False pairs (odd index): the after photo of one scene against the before photo of another; by kind
//     ((index / 2) % 4): another photograph and another sign; another photograph with the SAME sign design and
//     lettering (two signs of one series in two streets); the other half of the SAME photograph (repeated textures:
//     brick, gravel, grass, a facade) with the same sign; another photograph with the SAME notice board (one board
//     design in two streets: most of the board lies outside the mark's zone).
struct PlacePair {
    QByteArray beforeJpeg, afterJpeg;
    bool samePlace = false;
    QString kind;         // true, true-board, true-stereo, other-photo, same-sign, same-photo, same-board
    QString description;  // files, seed, conditions: for failure messages
};

PlacePair makePlacePair(const cv::Mat &markBgra, SurfaceSource source, std::uint32_t seed, int index);

} // namespace gc::test
