import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import GoodCity

// The first page on a new tablet, and the one the header's user chip and the sync chip open later:
// the office server (address, user, password, certificate) or, "Later", a sign-in on this device only.
Page {
    id: page

    required property AppController app
    // Opened from the header while signed in: it can be closed again.
    property bool closable: false
    // "Later" was tapped: the sign-in on this device only shows.
    property bool laterChosen: false
    // Signed in on a new tablet whose inventory the first sync is still bringing (Main.qml).
    property bool receiving: false
    // Signed in through the server, but the server ended the session (revoked, expired) or a new
    // sign-in failed: one state for the whole page, never "signed in" beside "not signed in".
    readonly property bool sessionEnded: page.app.session.viaServer && !page.app.sync.loggedIn

    signal closeRequested()

    title: qsTr("Sign in")

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 48
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(16, (parent.width - width) / 2)
            y: 24
            width: Math.min(page.width - 32, 560)
            spacing: 16

            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    objectName: "signInTitle"
                    text: page.receiving ? qsTr("Receiving this tablet's inventory from the office")
                          : page.sessionEnded ? qsTr("Your sign-in ended; sign in again")
                          : page.app.session.signedIn ? qsTr("Signed in as %1 (%2)").arg(page.app.session.userName).arg(page.app.session.roleLabel)
                          : qsTr("Welcome to Good City Geumcheon")
                    font.pixelSize: 24
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "signInClose"
                    visible: page.closable && page.app.session.signedIn && !page.receiving
                    Layout.preferredHeight: Theme.touchTarget
                    flat: true
                    text: qsTr("Close")
                    onClicked: page.closeRequested()
                }
            }

            FirstSyncProgress {
                Layout.fillWidth: true
                visible: page.receiving
                app: page.app
            }

            ServerSignInForm {
                Layout.fillWidth: true
                visible: !page.laterChosen && !page.receiving
                app: page.app
                sync: page.app.sync
            }

            Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.divider; visible: !page.laterChosen && !page.receiving }

            Label {
                Layout.fillWidth: true
                visible: !page.laterChosen && !page.receiving
                text: qsTr("No office server yet? The tablet works fully without one; what you record is kept here and sent when a server is set up.")
                wrapMode: Text.Wrap
                color: Theme.textDim
            }
            Button {
                objectName: "signInLater"
                visible: !page.laterChosen && !page.receiving
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTargetLarge
                text: qsTr("Later — work on this device only")
                onClicked: page.laterChosen = true
            }
            LocalSignInList {
                Layout.fillWidth: true
                visible: page.laterChosen
                session: page.app.session
            }
            // A tablet without a server and without the office's inventory: the file the office gave.
            Label {
                Layout.fillWidth: true
                visible: page.laterChosen && page.app.assetCount === 0
                text: qsTr("This tablet has no inventory yet. Open the inventory file the office gave you (a .gpkg file), or sign in to the office server to receive it.")
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "openInventoryFile"
                visible: page.laterChosen && page.app.assetCount === 0
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTargetLarge
                text: qsTr("Open an inventory file…")
                onClicked: inventoryDialog.open()
            }
            Label {
                Layout.fillWidth: true
                visible: page.laterChosen && page.app.errorText !== ""
                text: page.app.errorText
                color: Theme.fail
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "signInServer"
                visible: page.laterChosen
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTargetLarge
                flat: true
                text: qsTr("Sign in to an office server instead")
                onClicked: page.laterChosen = false
            }
        }
    }

    FileDialog {
        id: inventoryDialog
        objectName: "inventoryFileDialog"
        title: qsTr("Inventory file")
        nameFilters: [qsTr("Inventory (*.gpkg)")]
        onAccepted: page.app.openInventoryFile(selectedFile)
    }
}
