// What the map's gestures mean: a press that barely moves is a tap, a drag pans by what it moved,
// Shift or the box mode draws a box, a lasso keeps the path it drew, a wheel notch and a pinch zoom.
#include "mapgestures.h"
#include "mapviewport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

#include <cmath>

using gc::ui::MapGestures;
using gc::ui::MapViewport;


TEST_CASE("A press that moves less than the tap slop is a tap; beyond it, a pan", "[map][gestures]")
{
    MapViewport viewport;
    MapGestures gestures(viewport);
    QSignalSpy taps(&gestures, &MapGestures::tapped);
    QSignalSpy pans(&gestures, &MapGestures::panned);
    const double slop = gestures.settings().tapSlop;

    gestures.press(QPointF(100, 100), Qt::NoModifier);
    gestures.move(QPointF(100 + slop / 2, 100));
    gestures.release(QPointF(100 + slop / 2, 100));
    REQUIRE(taps.size() == 1);
    CHECK(taps[0][0].toPointF() == QPointF(100 + slop / 2, 100));
    CHECK(pans.isEmpty());

    gestures.press(QPointF(100, 100), Qt::NoModifier);
    gestures.move(QPointF(100 + 2 * slop, 90));
    gestures.move(QPointF(100 + 3 * slop, 80));
    gestures.release(QPointF(100 + 3 * slop, 80));
    CHECK(taps.size() == 1);
    REQUIRE(pans.size() == 2);
    CHECK(pans[0][0].toDouble() == Approx(2 * slop));
    CHECK(pans[0][1].toDouble() == Approx(-10));
    CHECK(pans[1][0].toDouble() == Approx(slop));
    CHECK(pans[1][1].toDouble() == Approx(-10));
}

TEST_CASE("Shift or the box mode draws a box, the lasso mode a path; both select on release", "[map][gestures]")
{
    MapViewport viewport;
    MapGestures gestures(viewport);
    QSignalSpy boxes(&gestures, &MapGestures::boxSelected);
    QSignalSpy lassos(&gestures, &MapGestures::lassoSelected);
    QSignalSpy pans(&gestures, &MapGestures::panned);

    gestures.press(QPointF(300, 200), Qt::ShiftModifier);
    gestures.move(QPointF(100, 50));
    CHECK(gestures.outline().size() == 5); // a closed rectangle while it is drawn
    gestures.release(QPointF(100, 50));
    REQUIRE(boxes.size() == 1);
    CHECK(boxes[0][0].toRectF() == QRectF(100, 50, 200, 150));
    CHECK(gestures.outline().isEmpty());

    gestures.setMode(MapGestures::Mode::Lasso);
    gestures.press(QPointF(0, 0), Qt::NoModifier);
    gestures.move(QPointF(50, 0));
    gestures.move(QPointF(50 + gestures.settings().lassoVertexSpacing / 2, 0)); // too close to keep
    gestures.move(QPointF(50, 50));
    CHECK(gestures.outline().size() == 4); // three points, closed
    gestures.release(QPointF(0, 50));
    REQUIRE(lassos.size() == 1);
    const auto path = lassos[0][0].value<QPolygonF>();
    CHECK(path == QPolygonF({QPointF(0, 0), QPointF(50, 0), QPointF(50, 50), QPointF(0, 50)}));
    CHECK(pans.isEmpty());
    CHECK(boxes.size() == 1);
}

TEST_CASE("A wheel notch zooms by a third of a doubling, a double click by the zoom step", "[map][gestures]")
{
    MapViewport viewport;
    MapGestures gestures(viewport);
    QSignalSpy zooms(&gestures, &MapGestures::zoomed);
    gestures.wheel(QPointF(10, 20), 120);
    gestures.wheel(QPointF(10, 20), -360);
    gestures.wheel(QPointF(10, 20), 0);
    gestures.doubleClick(QPointF(5, 5));
    REQUIRE(zooms.size() == 3);
    CHECK(zooms[0][0].toDouble() == Approx(std::pow(2.0, 1.0 / 3)));
    CHECK(zooms[0][1].toPointF() == QPointF(10, 20));
    CHECK(zooms[1][0].toDouble() == Approx(0.5));
    CHECK(zooms[2][0].toDouble() == Approx(gestures.settings().zoomStep));
}

TEST_CASE("Two fingers pinch-zoom about their centre; lifting one does not start a pan", "[map][gestures]")
{
    MapViewport viewport;
    MapGestures gestures(viewport);
    QSignalSpy zooms(&gestures, &MapGestures::zoomed);
    QSignalSpy pans(&gestures, &MapGestures::panned);
    QSignalSpy taps(&gestures, &MapGestures::tapped);

    CHECK(gestures.touch(QEvent::TouchBegin, {{100, 100}, {200, 100}}, Qt::NoModifier));
    CHECK(zooms.isEmpty());
    // The fingers move apart to twice the distance and the pair moves 10 px down.
    CHECK(gestures.touch(QEvent::TouchUpdate, {{50, 110}, {250, 110}}, Qt::NoModifier));
    REQUIRE(zooms.size() == 1);
    CHECK(zooms[0][0].toDouble() == Approx(2.0));
    CHECK(zooms[0][1].toPointF() == QPointF(150, 110));
    REQUIRE(pans.size() == 1);
    CHECK(pans[0][0].toDouble() == Approx(0));
    CHECK(pans[0][1].toDouble() == Approx(10));

    // One finger lifts: the pinch ends, and the finger left on the glass does not pan.
    CHECK(gestures.touch(QEvent::TouchEnd, {{250, 110}}, Qt::NoModifier));
    CHECK(gestures.touch(QEvent::TouchUpdate, {{200, 200}}, Qt::NoModifier));
    CHECK(pans.size() == 1);
    gestures.touch(QEvent::TouchBegin, {{400, 400}}, Qt::NoModifier);
    gestures.touch(QEvent::TouchUpdate, {{300, 300}}, Qt::NoModifier);
    CHECK(pans.size() == 2); // a new single-finger drag pans again
    CHECK(taps.isEmpty());
}
