import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// One review photo with its title; says so when the crew sent none.
Pane {
    id: frame

    required property string title
    required property string source

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
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: frame.source
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            sourceSize.width: 1024
            PhotoZoom { objectName: frame.objectName + "Zoom"; source: frame.source; title: frame.title }
            Label {
                anchors.centerIn: parent
                visible: frame.source.length === 0
                text: qsTr("No photo")
                color: Material.secondaryTextColor
            }
        }
    }
}
