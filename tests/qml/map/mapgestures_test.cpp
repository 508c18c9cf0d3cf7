// What the map's gestures mean: a press that barely moves is a tap, a drag pans by what it moved,
// Shift or the box mode draws a box, a lasso keeps the path it drew, a wheel notch and a pinch zoom.
#include "mapgestures.h"
#include "mapviewport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

#include <cmath>

using gc::ui::MapGestures;
using gc::ui::MapViewport;

namespace {

// Gestures over a fixed view, with every signal recorded.
struct Recorded {
    MapViewport viewport;
    MapGestures gestures{viewport};
    QSignalSpy taps{&gestures, &MapGestures::tapped};
    QSignalSpy pans{&gestures, &MapGestures::panned};
    QSignalSpy zooms{&gestures, &MapGestures::zoomed};
    QSignalSpy boxes{&gestures, &MapGestures::boxSelected};
    QSignalSpy lassos{&gestures, &MapGestures::lassoSelected};
};

} // namespace


TEST_CASE("A press that moves less than the tap slop is a tap — beyond it, a pan", "[map][gestures]")
{
    Recorded r;
    auto &gestures = r.gestures;
    const double slop = gestures.settings().tapSlop;

    gestures.press(QPointF(100, 100), Qt::NoModifier);
    gestures.move(QPointF(100 + slop / 2, 100));
    gestures.release(QPointF(100 + slop / 2, 100));
    REQUIRE(r.taps.size() == 1);
    CHECK(r.taps[0][0].toPointF() == QPointF(100 + slop / 2, 100));
    CHECK(r.pans.isEmpty());

    gestures.press(QPointF(100, 100), Qt::NoModifier);
    gestures.move(QPointF(100 + 2 * slop, 90));
    gestures.move(QPointF(100 + 3 * slop, 80));
    gestures.release(QPointF(100 + 3 * slop, 80));
    CHECK(r.taps.size() == 1);
    REQUIRE(r.pans.size() == 2);
    CHECK(r.pans[0][0].toDouble() == Approx(2 * slop));
    CHECK(r.pans[0][1].toDouble() == Approx(-10));
    CHECK(r.pans[1][0].toDouble() == Approx(slop));
    CHECK(r.pans[1][1].toDouble() == Approx(-10));
}

TEST_CASE("Shift or the box mode draws a box, the lasso mode a path — both select on release", "[map][gestures]")
{
    Recorded r;
    auto &gestures = r.gestures;

    gestures.press(QPointF(300, 200), Qt::ShiftModifier);
    gestures.move(QPointF(100, 50));
    CHECK(gestures.outline().size() == 5); // a closed rectangle while it is drawn
    gestures.release(QPointF(100, 50));
    REQUIRE(r.boxes.size() == 1);
    CHECK(r.boxes[0][0].toRectF() == QRectF(100, 50, 200, 150));
    CHECK(gestures.outline().isEmpty());

    gestures.setMode(MapGestures::Mode::Lasso);
    gestures.press(QPointF(0, 0), Qt::NoModifier);
    gestures.move(QPointF(50, 0));
    gestures.move(QPointF(50 + gestures.settings().lassoVertexSpacing / 2, 0)); // too close to keep
    gestures.move(QPointF(50, 50));
    CHECK(gestures.outline().size() == 4); // three points, closed
    gestures.release(QPointF(0, 50));
    REQUIRE(r.lassos.size() == 1);
    const auto path = r.lassos[0][0].value<QPolygonF>();
    CHECK(path == QPolygonF({QPointF(0, 0), QPointF(50, 0), QPointF(50, 50), QPointF(0, 50)}));
    CHECK(r.pans.isEmpty());
    CHECK(r.boxes.size() == 1);
}

TEST_CASE("A wheel notch zooms by a third of a doubling, a double click by the zoom step", "[map][gestures]")
{
    Recorded r;
    auto &gestures = r.gestures;
    gestures.wheel(QPointF(10, 20), 120);
    gestures.wheel(QPointF(10, 20), -360);
    gestures.wheel(QPointF(10, 20), 0);
    gestures.doubleClick(QPointF(5, 5));
    REQUIRE(r.zooms.size() == 3);
    CHECK(r.zooms[0][0].toDouble() == Approx(std::pow(2.0, 1.0 / 3)));
    CHECK(r.zooms[0][1].toPointF() == QPointF(10, 20));
    CHECK(r.zooms[1][0].toDouble() == Approx(0.5));
    CHECK(r.zooms[2][0].toDouble() == Approx(gestures.settings().zoomStep));
}

TEST_CASE("Two fingers pinch-zoom about their centre — lifting one does not start a pan", "[map][gestures]")
{
    Recorded r;
    auto &gestures = r.gestures;

    CHECK(gestures.touch(QEvent::TouchBegin, {{100, 100}, {200, 100}}, Qt::NoModifier));
    CHECK(r.zooms.isEmpty());
    // The fingers move apart to twice the distance and the pair moves 10 px down.
    CHECK(gestures.touch(QEvent::TouchUpdate, {{50, 110}, {250, 110}}, Qt::NoModifier));
    REQUIRE(r.zooms.size() == 1);
    CHECK(r.zooms[0][0].toDouble() == Approx(2.0));
    CHECK(r.zooms[0][1].toPointF() == QPointF(150, 110));
    REQUIRE(r.pans.size() == 1);
    CHECK(r.pans[0][0].toDouble() == Approx(0));
    CHECK(r.pans[0][1].toDouble() == Approx(10));

    // One finger lifts: the pinch ends, and the finger left on the glass does not pan.
    CHECK(gestures.touch(QEvent::TouchEnd, {{250, 110}}, Qt::NoModifier));
    CHECK(gestures.touch(QEvent::TouchUpdate, {{200, 200}}, Qt::NoModifier));
    CHECK(r.pans.size() == 1);
    gestures.touch(QEvent::TouchBegin, {{400, 400}}, Qt::NoModifier);
    gestures.touch(QEvent::TouchUpdate, {{300, 300}}, Qt::NoModifier);
    CHECK(r.pans.size() == 2); // a new single-finger drag pans again
    CHECK(r.taps.isEmpty());
}
