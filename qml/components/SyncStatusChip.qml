import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// One line of sync status under every page: no server (saved here only), changes waiting, offline
// and when it tries again, a refusal in words, photos on their way, or — only after the server
// acknowledged everything — "sent" with the time. Tapping syncs now, or opens the sign-in when
// there is no server or session.
ItemDelegate {
    id: chip

    required property SyncController sync
    readonly property string state: chip.sync.state
    readonly property bool needsSignIn: state === "noServer" || state === "signedOut" || state === "signInAgain"

    signal signInRequested()

    implicitHeight: Math.max(48, row.implicitHeight + 12)
    hoverEnabled: true
    onClicked: chip.needsSignIn ? chip.signInRequested() : chip.sync.syncNow()
    // The server's own words, for an error the line does not already say; an ended session is said
    // in the line (in the app's language) with the sign-in one tap away, never as the raw HTTP answer.
    ToolTip.visible: chip.sync.errorText !== "" && chip.hovered && !chip.needsSignIn
    ToolTip.text: chip.sync.errorText
    background: Rectangle {
        color: chip.state === "refused" || chip.state === "signInAgain" ? Theme.errorPale : Theme.brandPale
    }

    contentItem: RowLayout {
        id: row
        spacing: 8
        Rectangle {
            Layout.preferredWidth: 12
            Layout.preferredHeight: 12
            radius: 6
            color: chip.state === "sent" ? Theme.pass
                 : chip.state === "syncing" ? Theme.busy
                 : chip.state === "refused" || chip.state === "signInAgain" ? Theme.fail
                 : chip.state === "noServer" ? Theme.unknown : Theme.pending
        }
        Label {
            objectName: "syncStatusText"
            Layout.fillWidth: true
            elide: Text.ElideRight
            maximumLineCount: 2
            wrapMode: Text.Wrap
            text: chip.sync.statusText
            color: Theme.text
        }
        ProgressBar {
            visible: chip.state === "syncing" && chip.sync.photoTotal > 0
            Layout.preferredWidth: 120
            from: 0
            to: Math.max(1, chip.sync.photoTotal)
            value: chip.sync.photoDone
        }
        Label {
            visible: chip.sync.conflicts > 0
            text: qsTr("%n conflict(s) for the office", "", chip.sync.conflicts)
            color: Theme.fail
        }
        Label {
            objectName: "syncChipAction"
            text: chip.state === "signInAgain" ? qsTr("Sign in again") : chip.needsSignIn ? qsTr("Set up") : qsTr("Sync now")
            font.bold: true
            color: Theme.brand
        }
    }
}
