import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// One review photo with its title; says so when the crew sent none. A tap opens it over the window,
// with the server's original fetched meanwhile (the office holds others' photos as thumbnails).
Pane {
    id: frame

    required property string title
    required property string source
    // The photo's SHA-256 and the sync link that fetches its original; "" / null: only `source` is shown.
    property string sha256: ""
    property SyncController sync: null

    Layout.fillWidth: true
    Layout.fillHeight: true
    // Equal shares of the row whatever the photos' sizes: before and after side by side, the same width.
    Layout.preferredWidth: 1
    Layout.minimumWidth: 0
    Material.elevation: 1
    padding: 8

    ColumnLayout {
        anchors.fill: parent
        Label { text: frame.title; font.bold: true }
        Image {
            objectName: frame.objectName + "Image"
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: frame.source
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            sourceSize.width: 1024
            PhotoZoom {
                objectName: frame.objectName + "Zoom"
                source: frame.source
                title: frame.title
                sha256: frame.sha256
                sync: frame.sync
            }
            Label {
                anchors.centerIn: parent
                visible: frame.source.length === 0
                text: qsTr("No photo")
                color: Material.secondaryTextColor
            }
        }
    }
}
