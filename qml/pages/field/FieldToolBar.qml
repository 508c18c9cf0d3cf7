import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Who is signed in, what has not reached the office yet, and the field's top-level actions.
ToolBar {
    id: root

    required property FieldController field

    signal routeRequested()
    signal routeCleared()
    signal proposeRequested()
    signal scanRequested()
    signal signOutRequested()

    Material.elevation: 0 // no shadow: two offscreen layers the width of the window (start-up memory)
    Material.background: Theme.brandPale
    Material.foreground: Theme.brandDark // Material toolbars default to white text, unreadable on this pale green

    RowLayout {
        anchors.fill: parent
        spacing: 4
        Label {
            Layout.leftMargin: 12
            text: root.field.userName + (root.field.crew !== root.field.userName ? " · " + root.field.crew : "")
            font.bold: true
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            objectName: "pendingLabel"
            // The app's sync status: "sent" only after a server acknowledged it (SyncController).
            readonly property string syncState: root.field.app ? root.field.app.sync.state : "noServer"
            text: root.field.pendingCount === 0 && syncState === "sent" ? qsTr("Everything sent to the office")
                  : syncState === "noServer" ? (root.field.pendingCount === 0 ? qsTr("Saved on this tablet only (no server)")
                                                : qsTr("%n change(s) on this tablet only (no server)", "", root.field.pendingCount))
                  : root.field.pendingCount === 0 ? qsTr("No changes waiting to be sent") // syncing, or not synced yet: nothing is owed
                  : qsTr("%n change(s) not yet sent to the office", "", root.field.pendingCount)
            color: root.field.pendingCount === 0 && syncState === "sent" ? Theme.pass
                 : root.field.pendingCount === 0 ? Theme.textDim : Theme.review
            ToolTip.visible: pendingArea.containsMouse
            ToolTip.text: qsTr("Saved safely on this tablet; sync sends them when there is a signal.")
            MouseArea { id: pendingArea; anchors.fill: parent; hoverEnabled: true }
        }
        ToolButton {
            implicitHeight: 48
            text: root.field.route.length > 0 ? qsTr("List") : qsTr("Route")
            onClicked: root.field.route.length > 0 ? root.routeCleared() : root.routeRequested()
        }
        ToolButton {
            objectName: "scanQrButton"
            implicitHeight: 48
            text: qsTr("Scan QR")
            onClicked: root.scanRequested()
        }
        ToolButton {
            implicitHeight: 48
            text: qsTr("New place")
            onClicked: root.proposeRequested()
        }
        ToolButton {
            objectName: "fieldSignOut"
            implicitHeight: 48
            text: qsTr("Sign out")
            onClicked: root.signOutRequested()
        }
    }
}
