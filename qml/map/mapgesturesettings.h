#pragma once

#include <cstddef>

namespace gc::ui {

// When a press is a tap, a drag, a flick or a double tap, and how a flick slows down.
struct MapGestureSettings {
    double tapSlop = 10;                // px a press may move and still be a tap
    double doubleTapMs = 300;           // a second tap this soon after the first …
    double doubleTapSlop = 30;          // … and this close (px) zooms in
    double zoomStep = 2.0;              // a double tap, double click or zoom button zooms this much
    double wheelStepsPerDoubling = 3;   // wheel notches that double the scale
    double lassoVertexSpacing = 3;      // px between the points a lasso records
    double flickSampleMs = 100;         // moves this recent give a flick its speed
    size_t maxFlickSamples = 20;        // … of which at most this many are kept
    double flickMinSpeed = 150;         // px/s: a slower release just stops
    double kineticTimeConstant = 0.325; // s: a flick's speed falls to 1/e in this time
    double kineticStopSpeed = 20;       // px/s: the flick ends below this
    int kineticIntervalMs = 16;         // one flick step per frame
};

} // namespace gc::ui
