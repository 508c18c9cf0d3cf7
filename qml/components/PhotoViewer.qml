import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// One photo over the whole window, to see whether it is sharp and shows the whole mark before it is
// sent (a crew) or decided (the office). It opens fitted to the window; a double tap or "100 %" shows
// the photo's own pixels, dragged to look around; one tap on Close (or Esc, or Back) leaves.
Popup {
    id: viewer

    property url source
    property string title
    // With both set, the photo's original is asked for on opening and replaces `source` (often the office's
    // 320 × 240 thumbnail) when it is here; originalState says where that stands: "" (not asked), "loading",
    // "original", "offline" (not on this device and the server cannot be reached) or "unusable".
    property string sha256: ""
    property SyncController sync: null
    property string originalState: ""
    property url originalUrl
    property string originalWhy
    readonly property url shown: originalState === "original" ? originalUrl : source

    // true: the photo's own pixels (one photo pixel per screen pixel), else fitted to the window.
    property bool actualSize: false
    readonly property alias status: photo.status

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnReleaseOutside
    onAboutToShow: {
        actualSize = false
        askForOriginal()
    }
    function askForOriginal() {
        originalUrl = ""
        originalWhy = ""
        originalState = sha256 !== "" && sync ? "loading" : ""
        if (originalState === "loading")
            sync.openOriginal(sha256)
    }
    Connections {
        target: viewer.sync
        enabled: viewer.originalState === "loading"
        function onOriginalOpened(sha, url, state, why) {
            if (sha !== viewer.sha256)
                return
            viewer.originalUrl = url
            viewer.originalWhy = why
            viewer.originalState = state
        }
    }
    // Gone at once on Close: a fading shade would take the crew's next tap (Save).
    exit: Transition {}
    background: Rectangle { color: "#F0000000" }

    function centre() {
        flick.contentX = Math.max(0, (flick.contentWidth - flick.width) / 2)
        flick.contentY = Math.max(0, (flick.contentHeight - flick.height) / 2)
    }

    contentItem: Item {
        Flickable {
            id: flick
            anchors.fill: parent
            clip: true
            contentWidth: Math.max(width, photo.width)
            contentHeight: Math.max(height, photo.height)
            boundsBehavior: Flickable.StopAtBounds
            Image {
                id: photo
                objectName: "photoViewerImage"
                // Fitted: the window's size in device pixels (Qt decodes the JPEG scaled); actual size:
                // the whole photo.
                readonly property real scaleFit: (implicitWidth > 0 && implicitHeight > 0)
                    ? Math.min(1, flick.width / implicitWidth, flick.height / implicitHeight) : 1
                x: Math.max(0, (flick.contentWidth - width) / 2)
                y: Math.max(0, (flick.contentHeight - height) / 2)
                width: implicitWidth * (viewer.actualSize ? 1 : scaleFit)
                height: implicitHeight * (viewer.actualSize ? 1 : scaleFit)
                source: viewer.opened || viewer.visible ? viewer.shown : ""
                asynchronous: true
                autoTransform: true
                smooth: true
                mipmap: !viewer.actualSize
                fillMode: Image.Stretch
                TapHandler {
                    onDoubleTapped: function(eventPoint) {
                        const wasFitted = !viewer.actualSize
                        const fx = eventPoint.position.x / Math.max(1, photo.width)
                        const fy = eventPoint.position.y / Math.max(1, photo.height)
                        viewer.actualSize = wasFitted
                        if (wasFitted) { // keep the tapped spot under the finger
                            flick.contentX = Math.max(0, fx * photo.implicitWidth - flick.width / 2)
                            flick.contentY = Math.max(0, fy * photo.implicitHeight - flick.height / 2)
                        }
                    }
                }
            }
            BusyIndicator { anchors.centerIn: parent; running: photo.status === Image.Loading || viewer.originalState === "loading" }
            Label {
                anchors.centerIn: parent
                visible: photo.status === Image.Error || String(viewer.shown) === ""
                text: qsTr("This photo cannot be shown")
                color: "white"
            }
        }
        // Where the original stands, while the small copy shows.
        Label {
            objectName: "photoViewerOriginal"
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 12 }
            visible: text !== ""
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: "white"
            style: Text.Outline
            styleColor: "black"
            font.bold: true
            text: viewer.originalState === "loading" ? qsTr("Loading the original photo… the small copy shows meanwhile")
                  : viewer.originalState === "offline" ? qsTr("The original photo is not on this device and cannot be fetched now (offline or not signed in): this is the small copy")
                  : viewer.originalState === "unusable" ? qsTr("The server's original cannot be shown (%1): this is the small copy").arg(viewer.originalWhy)
                  : ""
        }
        RowLayout {
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: viewer.title + (photo.status === Image.Ready ? "  ·  " + photo.implicitWidth + " × " + photo.implicitHeight : "")
                color: "white"
                style: Text.Outline
                styleColor: "black"
                elide: Text.ElideRight
                font.bold: true
            }
            PlainButton {
                objectName: "photoViewerActualSize"
                implicitHeight: Theme.touchTarget
                implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
                checkable: true
                checked: viewer.actualSize
                text: viewer.actualSize ? qsTr("Fit") : qsTr("100 %")
                onClicked: {
                    viewer.actualSize = !viewer.actualSize
                    Qt.callLater(viewer.centre) // the photo's middle, where the mark usually is
                }
            }
            PlainButton {
                objectName: "photoViewerClose"
                implicitHeight: Theme.touchTarget
                implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
                highlighted: true
                text: qsTr("Close")
                onClicked: viewer.close()
            }
        }
    }
}
