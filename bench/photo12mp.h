#pragma once

#include <QByteArray>

namespace gc::bench {

// A 4000×3000 JPEG of a real street photo with the brand mark on a plate, re-encoded with sensor-like noise
// so that its entropy (and so its decode time) resembles a camera's. Made once per process.
const QByteArray &photo12mp();

} // namespace gc::bench
