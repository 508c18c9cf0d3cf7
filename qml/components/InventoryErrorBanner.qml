import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Tells the user why no inventory is open and how to get one: from the office server (sign in) or
// the file the office gave. Main.qml keeps the pages above it, so it never covers a button.
Pane {
    id: banner

    required property string message
    required property string path

    signal setUpRequested()

    Material.background: Theme.errorPale
    padding: 16

    RowLayout {
        width: parent.width
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
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
                text: qsTr("Sign in to the office server to receive this tablet's inventory, or open the inventory file the office gave you.")
                wrapMode: Text.Wrap
            }
        }
        Button {
            objectName: "inventorySetUp"
            Layout.preferredHeight: Theme.touchTargetLarge
            highlighted: true
            text: qsTr("Set up this tablet")
            onClicked: banner.setUpRequested()
        }
    }
}
