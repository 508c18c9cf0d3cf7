#pragma once

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

#include <cstdint>

namespace gc::test {

// What an asset carries before the work: the old state a before photo shows.
enum class OldState {
    PlainSign,  // a sign or board with lettering and no mark at all
    OldMark,    // the district's superseded mark (oldMarkImage)
    OtherLogo,  // a different organisation's logo (OpenCV's sample logos)
};

// The surface the sign is fixed to, around and behind it.
enum class Surface { White, LightGrey, DarkGrey, Black, Green, Blue, Metal, Textured };

// One replacement as a crew photographs it: the same asset, from nearly the same spot, before (old state,
// no new mark) and after (the new mark on a plate over the old content), in a street from a real
// photograph (Debian's opencv-doc samples). The after photo is taken a step aside, in other light.
struct BeforeAfter {
    cv::Mat before, after;          // BGR, before JPEG encoding
    QByteArray beforeJpeg, afterJpeg;
    QString description;            // seed, old state, surface, background: for failure messages
};

BeforeAfter makeBeforeAfter(const cv::Mat &markBgra, OldState old, Surface surface, std::uint32_t seed);
QString toString(OldState old);
QString toString(Surface surface);

} // namespace gc::test
