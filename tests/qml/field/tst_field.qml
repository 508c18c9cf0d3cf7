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
            verify(page.controller.saveReplacement({ before: before, after: [after], method: "plate", markCount: 2,
                                                     note: "test", checks: { after1: spy.signalArguments[0][2] } }))
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
