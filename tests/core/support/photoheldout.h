#pragma once

#include "photofixtures.h"

#include <QStringList>

namespace gc::test {

// The held-back evaluation family: a second generator that the detector is never tuned on. It shares nothing
// with makeMarkScene/makeNegativeScene but the carriers: other background photos (a disjoint half of the
// opencv-doc samples), other decoys, and each positive pushed hard along one distortion family.
//   tilt      out-of-plane 40–60°           rotate    in-plane ±15–30°
//   occlude   10–25 % of the mark covered   motion    motion blur 6–12 px
//   defocus   Gaussian σ 1.6–2.6            cast      colour cast, channel gains 0.65–1.35
//   exposure  over (×1.35–1.7) or under (×0.3–0.5) exposed
//   jpeg      quality 40–50 with heavy noise
//   small     mark 1.5–3 % of the frame     large     mark 20–40 % of the frame
// Negatives: cluttered scenes with 1–3 decoys (other logos, Korean signage, the old mark) or none.
const QStringList &heldOutFamilies();
const QStringList &heldOutBackgroundFiles();  // disjoint from the tuning generator's list

// Positive `index` takes family index % heldOutFamilies().size(), so any 10·k scenes cover every family.
PhotoScene makeHeldOutMarkScene(const cv::Mat &mark, std::uint32_t seed, int index, cv::Size size = {1600, 1200});
PhotoScene makeHeldOutNegativeScene(std::uint32_t seed, cv::Size size = {1600, 1200});

} // namespace gc::test
