import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Tells the user why no inventory is open and how to get one.
Pane {
    id: banner

    required property string message
    required property string path

    Material.background: Theme.errorPale
    padding: 16

    ColumnLayout {
        width: parent.width
        Label {
            text: qsTr("The inventory could not be opened")
            font.bold: true
            font.pixelSize: 16
        }
        Label {
            Layout.fillWidth: true
            text: banner.message
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Create the demo inventory with: goodcity-cli demo --out %1").arg(banner.path)
            wrapMode: Text.Wrap
            font.family: "monospace"
        }
    }
}
