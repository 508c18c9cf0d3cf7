import QtQuick
import GoodCity

// Put inside a photo's thumbnail: a tap opens the photo over the whole window (PhotoViewer), made the
// first time it is tapped. Name it "photoZoom_<what>" so a test can tap it.
Item {
    id: zoom

    required property url source
    property string title
    // Set both to show the photo's original when enlarged (fetched by SyncController), `source` meanwhile.
    property string sha256: ""
    property SyncController sync: null

    anchors.fill: parent
    enabled: String(source) !== ""

    // The viewer is open.
    readonly property bool shown: viewerLoader.shown

    TapHandler {
        onTapped: viewerLoader.show()
    }
    DialogLoader {
        id: viewerLoader
        objectName: zoom.objectName + "Loader"
        function show() {
            const v = make()
            v.source = zoom.source
            v.title = zoom.title
            v.sha256 = zoom.sha256
            v.sync = zoom.sync
            v.open()
        }
        sourceComponent: PhotoViewer { objectName: "photoViewer" }
    }
}
