#pragma once

#include "photofixtures.h"

#include <QStringList>

namespace gc::test {

// The mark stuck straight onto a surface (its transparent parts show the surface), for every kind of surface the
// crews meet, under field conditions. Two disjoint sources of real photographs feed it:
//   Tuning      the OpenCV samples (Debian opencv-doc): what the detector was developed and tuned against
//   Evaluation  Debian mate-backgrounds (nature photographs) and python3-skimage's sample photographs: never used
//               while tuning, only to measure
// Surface classes (index % surfaceClasses().size()):
//   white light mid dark black          flat paint (grey 250, light tints, 120–150, 50–70, 18–35), lightly shaded
//   metallic                             brushed metal with a broad highlight
//   saturated                            strong paint: red, blue, green, yellow, orange, purple
//   brick concrete foliage mural         a crop of a real photograph of such a surface, from the chosen source
//   vehicle                              a car door: dark, black, white, silver or coloured paint with a seam and
//                                        a reflection of a real photograph
// Conditions ((index / classes) % surfaceConditions().size()): each scene is random on every axis within the
// field limits and pushed to the end of one of them:
//   small 3–5 % of the frame   large 15–30 %   tilt 35–50°   roll 15–25°   blur σ 1.4–2.2 or motion 5–9 px
//   dim ×0.35–0.55             bright ×1.3–1.6  jpeg quality 55–62          plain (none pushed)
enum class SurfaceSource { Tuning, Evaluation };

const QStringList &surfaceClasses();
const QStringList &surfaceConditions();
QString surfaceSourceName(SurfaceSource source);  // which files, for the report
// The files each source draws from (scene backgrounds and textured surfaces); the two lists share none.
QStringList surfaceSourceFiles(SurfaceSource source);

// Positive `index`: class index % classes, condition (index / classes) % conditions. `family` is the class,
// `condition` the condition.
PhotoScene makeSurfaceMarkScene(const cv::Mat &mark, SurfaceSource source, std::uint32_t seed, int index);
// The same surfaces and conditions carrying other logos, lettering or signs instead of the mark (or nothing).
PhotoScene makeSurfaceNegativeScene(SurfaceSource source, std::uint32_t seed, int index);
// The scene makeSurfaceMarkScene(mark, …) draws, but `mark`'s emblem replaced by another organisation's
// (foreignemblem.h): its lettering beside a foreign emblem, which is not the mark. `family` and `condition` as there.
PhotoScene makeSurfaceForeignEmblemScene(const cv::Mat &mark, SurfaceSource source, std::uint32_t seed, int index);

} // namespace gc::test
