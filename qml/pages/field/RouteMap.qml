import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import GoodCity

// The inventory map (the map helper's MapView) with the day's route and the crew's position drawn
// over it; the overlay follows every pan and zoom.
Item {
    id: root
    objectName: "routeMap"

    required property string inventoryPath
    required property var route
    required property bool hasPosition
    required property double positionX
    required property double positionY
    // Horizontal accuracy of the fix, metres (0: unknown): drawn as a circle around the position.
    property double positionAccuracy: 0
    // The basemap source (streets or aerial photo under the assets); empty = none.
    property string basemap: ""
    // Reads the inventory again (a sync or a save changed it).
    function reload() { map.reload() }
    readonly property alias centerX: map.centerX
    readonly property alias centerY: map.centerY

    function fitRoute() {
        if (root.route.length === 0)
            return
        let minX = 1e12, minY = 1e12, maxX = -1e12, maxY = -1e12
        for (const p of root.route) {
            minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x)
            minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y)
        }
        map.centerX = (minX + maxX) / 2
        map.centerY = (minY + maxY) / 2
        map.metresPerPixel = Math.max(0.5, 1.3 * Math.max((maxX - minX) / Math.max(1, width), (maxY - minY) / Math.max(1, height)))
    }

    // "Locate me": the fix in the middle, zoomed so that its accuracy circle fills about a third of the map.
    function locate() {
        if (!root.hasPosition)
            return
        const span = Math.max(1, Math.min(width, height))
        map.metresPerPixel = Math.min(4, Math.max(0.25, root.positionAccuracy * 6 / span))
        map.centerX = root.positionX
        map.centerY = root.positionY
    }

    onRouteChanged: { fitRoute(); overlay.requestPaint() }

    // The stop markers at the current view: each at least 40 × 40 px, and stops whose markers would
    // overlap share one marker labelled with their numbers ("2–4", "7,9"), so no number is ever hidden
    // under another at any zoom. [{x, y, w, h, label, stops}] in screen pixels, centres at x, y.
    readonly property int markerSize: 40
    function stopLabel(stops) {
        const s = stops.slice().sort((a, b) => a - b)
        const parts = []
        for (let i = 0; i < s.length; ) {
            let j = i
            while (j + 1 < s.length && s[j + 1] === s[j] + 1)
                ++j
            parts.push(j > i + 1 ? s[i] + "–" + s[j] : (j === i + 1 ? s[i] + "," + s[j] : String(s[i])))
            i = j + 1
        }
        return parts.join(",")
    }
    function markerBox(g) {
        g.label = stopLabel(g.stops)
        if (g.label.length > 9) // many stops under one marker at a far zoom: their range and count
            g.label = Math.min(...g.stops) + "–" + Math.max(...g.stops) + " (" + g.stops.length + ")"
        g.w = Math.max(markerSize, g.label.length * 10 + 16)
        g.h = markerSize
        return g
    }
    function markerLayout() {
        const groups = []
        for (let j = 1; j < root.route.length; ++j) {
            const q = map.mapToScreen(root.route[j].x, root.route[j].y)
            groups.push(markerBox({ x: q.x, y: q.y, stops: [root.route[j].stop] }))
        }
        const overlaps = (a, b) => Math.abs(a.x - b.x) < (a.w + b.w) / 2 + 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + 2
        for (let merged = true; merged; ) {
            merged = false
            for (let i = 0; i < groups.length && !merged; ++i) {
                for (let k = i + 1; k < groups.length && !merged; ++k) {
                    if (!overlaps(groups[i], groups[k]))
                        continue
                    const a = groups[i], b = groups[k], n = a.stops.length + b.stops.length
                    groups[i] = markerBox({ x: (a.x * a.stops.length + b.x * b.stops.length) / n,
                                            y: (a.y * a.stops.length + b.y * b.stops.length) / n,
                                            stops: a.stops.concat(b.stops) })
                    groups.splice(k, 1)
                    merged = true
                }
            }
        }
        return groups
    }

    MapView {
        id: map
        objectName: "routeMapView"
        anchors.fill: parent
        source: root.inventoryPath
        clustering: true
        onViewChanged: overlay.requestPaint()
    }
    Binding { target: map.layers; property: "basemap"; value: root.basemap }
    // A crew's map shows its own work first; all assets are one tap away.
    property string crew: ""
    property bool mineOnly: true
    Binding { target: map.filter; property: "assignees"; value: root.mineOnly && root.crew !== "" ? [root.crew] : [] }
    PlainButton {
        objectName: "mapMineOnly"
        visible: root.crew !== ""
        anchors { right: parent.right; top: parent.top; margins: 8 }
        implicitHeight: Theme.touchTarget
        text: root.mineOnly ? qsTr("Show all assets") : qsTr("Show only %1's").arg(root.crew)
        onClicked: root.mineOnly = !root.mineOnly
    }
    // The basemap's licence asks for its credit on the map.
    Label {
        visible: text !== ""
        text: map.layers.attribution
        anchors { left: parent.left; bottom: parent.bottom; margins: 4 }
        font.pixelSize: 11
        padding: 3
        background: Rectangle { color: "#CCFFFFFF"; radius: 2 }
    }

    Canvas {
        id: overlay
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            if (root.route.length > 1) {
                ctx.strokeStyle = Theme.brand
                ctx.lineWidth = 4
                ctx.beginPath()
                for (let i = 0; i < root.route.length; ++i) {
                    const s = map.mapToScreen(root.route[i].x, root.route[i].y)
                    if (i === 0) ctx.moveTo(s.x, s.y); else ctx.lineTo(s.x, s.y)
                }
                ctx.stroke()
                ctx.font = "bold 16px sans-serif"
                ctx.textAlign = "center"
                ctx.textBaseline = "middle"
                for (const g of root.markerLayout()) {
                    ctx.fillStyle = Theme.brand
                    ctx.strokeStyle = "white"
                    ctx.lineWidth = 2
                    ctx.beginPath()
                    ctx.roundedRect(g.x - g.w / 2, g.y - g.h / 2, g.w, g.h, g.h / 2, g.h / 2)
                    ctx.fill(); ctx.stroke()
                    ctx.fillStyle = "white"
                    ctx.fillText(g.label, g.x, g.y)
                }
            }
            if (root.hasPosition) {
                const me = map.mapToScreen(root.positionX, root.positionY)
                if (root.positionAccuracy > 0) {
                    ctx.fillStyle = Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.15)
                    ctx.strokeStyle = Theme.info
                    ctx.lineWidth = 1.5
                    ctx.beginPath(); ctx.arc(me.x, me.y, root.positionAccuracy / map.metresPerPixel, 0, 2 * Math.PI); ctx.fill(); ctx.stroke()
                }
                ctx.fillStyle = Theme.info
                ctx.strokeStyle = "white"
                ctx.lineWidth = 3
                ctx.beginPath(); ctx.arc(me.x, me.y, 9, 0, 2 * Math.PI); ctx.fill(); ctx.stroke()
            }
        }
    }

    Connections {
        target: root
        function onPositionXChanged() { overlay.requestPaint() }
        function onPositionYChanged() { overlay.requestPaint() }
        function onPositionAccuracyChanged() { overlay.requestPaint() }
    }

    Label {
        anchors.centerIn: parent
        text: "+"
        font.pixelSize: 28
        color: Theme.slate
    }

    Column {
        anchors { right: parent.right; bottom: parent.bottom; margins: 12 }
        spacing: 8
        PlainRoundButton { width: 56; height: 56; text: "+"; font.pixelSize: 22; onClicked: map.zoomIn() }
        PlainRoundButton { width: 56; height: 56; text: "−"; font.pixelSize: 22; onClicked: map.zoomOut() }
        PlainRoundButton {
            objectName: "locateButton"
            width: 56; height: 56
            text: "◎"
            font.pixelSize: 20
            enabled: root.hasPosition
            onClicked: root.locate()
        }
    }
}
