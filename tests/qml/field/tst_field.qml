import QtQuick
import QtQuick.Controls
import QtTest
import GoodCity
import GoodCityFieldTest

// The field workspace on a temporary inventory, in a 1280×800 window.
Item {
    id: root
    width: 1280
    height: 800

    Component {
        id: pageComponent
        FieldPage {
            anchors.fill: parent
            app: FieldFixture.app
        }
    }

    TestCase {
        id: test
        name: "field"
        when: windowShown

        property var page: null

        function init() {
            verify(FieldFixture.reset(), "temporary inventory")
            root.width = 1280
            root.height = 800
            page = createTemporaryObject(pageComponent, root)
            verify(page)
            FieldFixture.watch(page.controller.work)
        }

        function signIn() {
            verify(page.controller.signIn("김현장", "4821"))
            compare(page.controller.crew, "현장1팀")
        }

        function shoot(name) {
            let done = false
            root.grabToImage(r => { r.saveToFile(FieldFixture.shotDir + "/" + name + ".png"); done = true })
            tryVerify(() => done, 5000)
        }

        function test_signInNeedsTheRightPin() {
            const users = page.controller.users.map(u => u.name)
            compare(users, ["김현장", "현장2팀"])
            verify(!page.controller.signIn("김현장", "1111"))
            verify(page.controller.message.indexOf("wrong PIN") >= 0)
            verify(!page.controller.signedIn)
            signIn()
            verify(page.controller.signedIn)
        }

        function test_myWorkIsNearestFirstAndLoadsLazily() {
            signIn()
            const work = page.controller.work
            compare(work.totalCount, 60)
            compare(work.rowCount(), 40) // one page; the rest arrives as the list scrolls
            page.controller.setMapPosition(191604.6, 541809.5)
            compare(work.data(work.index(0, 0), WorkListModel.NameRole), "독산3동 시설 01")
            compare(work.data(work.index(1, 0), WorkListModel.NameRole), "독산3동 시설 02")
            const list = findChild(page, "workList")
            verify(list)
            list.positionViewAtEnd()
            tryVerify(() => work.rowCount() === 60, 5000, "the second page loads when the end comes into view")
            work.search = "시설 07"
            compare(work.totalCount, 1)
        }

        function test_routeStartsAtThePositionAndVisitsToday() {
            signIn()
            page.controller.setMapPosition(191604.6, 541809.5)
            verify(page.controller.planRoute())
            const route = page.controller.route
            compare(route.length, 41) // start + 40 stops (RouteTuning::maxStops)
            compare(route[0].x, 191604.6)
            verify(page.controller.work.routeMode)
            compare(page.controller.work.rowCount(), 40)
            verify(page.controller.routeLength > 0)
            page.controller.clearRoute()
            verify(!page.controller.work.routeMode)
        }

        // Outside finding B7: while the route is shown no status filter is lit, and tapping one leaves the
        // route for that filter's list (the map's route goes too).
        function test_routeLightsNoFilterAndAFilterLeavesIt() {
            signIn()
            page.controller.setMapPosition(191604.6, 541809.5)
            const todo = findChild(page, "workFilter_todo")
            const attention = findChild(page, "workFilter_attention")
            verify(todo && attention)
            verify(todo.highlighted)
            verify(page.controller.planRoute())
            verify(page.controller.work.routeMode)
            verify(!todo.highlighted && !attention.highlighted)
            mouseClick(attention)
            tryVerify(() => !page.controller.work.routeMode, 5000)
            compare(page.controller.route.length, 0)
            verify(attention.highlighted)
            verify(!todo.highlighted)
            // Back to the route, then the filter already chosen before it: the list leaves the route too.
            mouseClick(todo)
            verify(page.controller.planRoute())
            mouseClick(todo)
            tryVerify(() => !page.controller.work.routeMode, 5000)
            verify(todo.highlighted)
            compare(page.controller.route.length, 0)
        }

        // W3.1: route stops a crew can read: every marker at least 40 px, no number under another at
        // any zoom (stops too close to tell apart share one marker that names them all), and the
        // day's length beside the list.
        function test_routeStopsAreLegibleAtEveryZoom() {
            signIn()
            page.controller.setMapPosition(191604.6, 541809.5)
            verify(page.controller.planRoute())
            const header = findChild(page, "workListHeader")
            verify(header)
            verify(header.text.indexOf((page.controller.routeLength / 1000).toFixed(1) + " km") >= 0, header.text)
            const routeMap = findChild(page, "routeMap")
            const view = findChild(page, "routeMapView")
            verify(routeMap && view)
            const stops = page.controller.route.length - 1
            for (const mpp of [0.25, 1, 4, 16, 64, 256]) {
                view.metresPerPixel = mpp
                const markers = routeMap.markerLayout()
                const seen = []
                for (let i = 0; i < markers.length; ++i) {
                    const a = markers[i]
                    verify(a.w >= 40 && a.h >= 40, "marker " + a.label + " is " + a.w + "×" + a.h + " px")
                    for (const s of a.stops)
                        seen.push(s)
                    for (let k = i + 1; k < markers.length; ++k) {
                        const b = markers[k]
                        verify(Math.abs(a.x - b.x) >= (a.w + b.w) / 2 || Math.abs(a.y - b.y) >= (a.h + b.h) / 2,
                               "markers " + a.label + " and " + b.label + " overlap at " + mpp + " m/px")
                    }
                }
                seen.sort((x, y) => x - y)
                compare(seen.length, stops, "every stop has exactly one marker at " + mpp + " m/px")
                for (let n = 0; n < stops; ++n)
                    compare(seen[n], n + 1)
            }
            compare(routeMap.stopLabel([4, 2, 3, 7, 9, 10]), "2–4,7,9,10")
        }

        function test_positionComesFromTheNmeaLog() {
            page.destroy()
            page = createTemporaryObject(pageComponent, root, { nmeaLog: "file://" + FieldFixture.nmeaLog })
            signIn()
            tryVerify(() => page.controller.hasPosition, 15000, "a fix from the replayed NMEA log")
            // The log walks in 독산3동, a few hundred metres from the bench.
            verify(Math.abs(page.controller.positionX - 191604.6) < 1000)
            verify(Math.abs(page.controller.positionY - 541809.5) < 1000)
        }

        function test_logAReplacementEndToEnd() {
            signIn()
            const uuid = FieldFixture.uuidOf("독산3동 시설 05")
            verify(page.controller.openAsset(uuid))
            compare(page.controller.currentAsset.code.indexOf("GC-"), 0)
            const before = FieldFixture.photo(11)
            const after = FieldFixture.photo(12)
            const spy = signalSpy.createObject(test, { target: page.controller, signalName: "photoChecked" })
            page.controller.checkPhoto("after1", after, before)
            spy.wait(60000)
            compare(spy.signalArguments[0][0], "after1")
            verify(["pass", "review", "fail"].indexOf(spy.signalArguments[0][2]) >= 0)
            verify(spy.signalArguments[0][3].length > 0, "each check is shown in words")
            // A failed check goes to the office only with a reason (issue 25): these two photos are of different places.
            verify(page.controller.saveReplacement({ before: before, after: [after], method: "plate", markCount: 2,
                                                     note: "test", checks: { after1: spy.signalArguments[0][2] },
                                                     reviewReason: spy.signalArguments[0][2] === "fail" ? "현장에서 확인함" : "" }))
            const saved = FieldFixture.inspect(uuid)
            compare(saved.status, "installed")
            compare(saved.method, "plate")
            compare(saved.markCount, 2)
            compare(saved.eventKinds, ["asset.created", "photo.added", "photo.added", "asset.status"])
            compare(saved.photoRoles, ["before", "after"])
            verify(saved.filesOnDisk)
            verify(saved.verifyOk)
            compare(page.controller.work.totalCount, 59, "the asset left the to-do list")
            verify(page.controller.pendingCount > 0)
            shoot("field-card-1280x800")
        }

        function test_cannotInstallFlagsTheAsset() {
            signIn()
            const uuid = FieldFixture.uuidOf("독산3동 시설 09")
            verify(page.controller.openAsset(uuid))
            verify(!page.controller.cannotInstall("removed", "", ""), "a photo is needed")
            verify(page.controller.message.indexOf("photo") >= 0)
            verify(page.controller.cannotInstall("removed", "철거 후 빈 자리", FieldFixture.photo(21)))
            const saved = FieldFixture.inspect(uuid)
            compare(saved.status, "needs_attention")
            verify(saved.statusReason.indexOf("removed") >= 0)
            compare(saved.photoRoles, ["cannot_install"])
        }

        function test_proposeANewPlace() {
            signIn()
            verify(page.controller.proposePlace("bench", 191650, 541830, "신규 부착 가능한 장소 발굴", FieldFixture.photo(31)))
            const saved = FieldFixture.inspect("")
            compare(saved.proposals.length, 1)
            compare(saved.proposals[0].state, "pending")
            compare(saved.proposals[0].by, "김현장")
        }

        // Buttons, combo boxes, spin boxes (they have `down`) and text fields (`echoMode`) that are shown.
        function touchControls(item, out) {
            if (!item || !item.visible)
                return out
            if ((item.down !== undefined && item.pressed !== undefined) || item.echoMode !== undefined)
                out.push(item)
            for (let i = 0; i < item.children.length; ++i)
                touchControls(item.children[i], out)
            return out
        }

        // Gloved fingers in the street: every control on the real pages is at least 48 × 48 px.
        function smallControls() {
            const controls = touchControls(page, [])
            verify(controls.length > 0)
            return controls.filter(c => c.width < 48 || c.height < 48 || c.implicitHeight < 48)
                           .map(c => (c.objectName || c.text || c.placeholderText || String(c)) + " " + c.width + "×" + c.height)
        }

        function test_everyControlIsAtLeast48px() {
            waitForRendering(root)
            compare(smallControls(), [], "sign-in")
            signIn()
            for (const size of [[1280, 800], [800, 1280]]) {
                root.width = size[0]
                root.height = size[1]
                waitForRendering(root)
                compare(smallControls(), [], "work list and map " + size)
                verify(page.controller.openAsset(FieldFixture.uuidOf("독산3동 시설 05")))
                waitForRendering(root)
                compare(smallControls(), [], "asset card " + size)
                page.controller.closeAsset()
            }
        }

        function test_locateMeCentresOnTheFixAndDrawsItsAccuracy() {
            signIn()
            const map = findChild(page, "routeMapView")
            const button = findChild(page, "locateButton")
            verify(map && button)
            verify(!button.enabled, "no fix yet")
            verify(page.controller.setGpsPosition(37.4569, 126.8955, 12)) // 독산동
            compare(page.controller.positionAccuracy, 12)
            verify(button.enabled)
            mouseClick(button)
            fuzzyCompare(map.centerX, page.controller.positionX, 0.01)
            fuzzyCompare(map.centerY, page.controller.positionY, 0.01)
            // The circle's radius on screen is the accuracy in pixels; its rim is drawn in Theme.info.
            const r = 12 / map.metresPerPixel
            verify(r > 20 && r < map.height / 2, "zoomed so the circle is clearly visible: " + r)
            waitForRendering(root)
            const shot = grabImage(root)
            const c = map.mapToItem(root, map.width / 2, map.height / 2)
            const info = Theme.info
            let rim = 0
            for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
                let best = 1e9
                for (let k = -3; k <= 3; ++k) {
                    const x = Math.round(c.x + dx * (r + k)), y = Math.round(c.y + dy * (r + k))
                    best = Math.min(best, Math.abs(shot.red(x, y) - info.r * 255) + Math.abs(shot.green(x, y) - info.g * 255)
                                          + Math.abs(shot.blue(x, y) - info.b * 255))
                }
                if (best < 80)
                    ++rim
            }
            compare(rim, 4, "the accuracy circle's rim on all four sides")
        }

        function test_cardShowsDistanceAndBearing() {
            signIn()
            const uuid = FieldFixture.uuidOf("독산3동 시설 05")
            verify(page.controller.openAsset(uuid))
            const a = page.controller.currentAsset
            const label = findChild(page, "assetDistance")
            verify(label)
            verify(!label.visible, "no fix: no distance")
            page.controller.setMapPosition(a.x, a.y - 120) // 120 m due south of the asset
            const d = page.controller.distanceTo(a.x, a.y)
            fuzzyCompare(d.metres, 120, 0.01)
            fuzzyCompare(d.degrees, 0, 0.01)
            tryVerify(() => label.visible)
            verify(label.text.indexOf("120 m") >= 0, label.text)
            verify(label.text.indexOf("(0°)") >= 0, label.text)
            verify(d.text.indexOf(page.controller.app.language === "en" ? "N" : "북") >= 0, d.text)
            page.controller.setMapPosition(a.x + 2000, a.y)  // 2 km east of it: the asset lies west
            fuzzyCompare(page.controller.distanceTo(a.x, a.y).degrees, 270, 0.01)
            tryVerify(() => label.text.indexOf("2.0 km") >= 0 && label.text.indexOf("270°") >= 0, 1000, label.text)
        }

        function test_screenshotsInBothOrientations() {
            signIn()
            page.controller.setMapPosition(191604.6, 541809.5)
            page.controller.planRoute()
            wait(0)
            shoot("field-route-1280x800")
            root.width = 800
            root.height = 1280
            waitForRendering(root)
            shoot("field-route-800x1280")
        }
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
