import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// A new tablet's first sync: the office's inventory arriving after the sign-in, with what has come
// so far (the count is read again from the file while the round runs), the photos on their way, and,
// when the round fails, why and a retry. The pages open when the server has answered a whole round.
ColumnLayout {
    id: root

    required property AppController app
    readonly property SyncController sync: root.app.sync
    readonly property bool failed: !root.sync.syncing && root.sync.errorText !== ""

    spacing: 12

    // The worker writes on its own connection: the shown count follows the file while it runs.
    Timer {
        interval: 1500
        repeat: true
        running: root.visible && root.sync.syncing
        onTriggered: root.app.refresh()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        BusyIndicator {
            running: root.visible && !root.failed
            visible: !root.failed
        }
        Label {
            objectName: "firstSyncText"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: root.failed ? qsTr("The inventory could not be received yet.")
                  : root.sync.photoTotal > 0 ? qsTr("Receiving photos: %1 of %2").arg(root.sync.photoDone).arg(root.sync.photoTotal)
                  : qsTr("Receiving the assets: %n so far. The first time takes a minute or two; keep the app open.", "", root.app.assetCount)
        }
    }
    ProgressBar {
        Layout.fillWidth: true
        visible: root.sync.photoTotal > 0 && !root.failed
        from: 0
        to: Math.max(1, root.sync.photoTotal)
        value: root.sync.photoDone
    }
    Label {
        Layout.fillWidth: true
        visible: root.failed
        text: root.sync.errorText
        color: Theme.fail
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "firstSyncRetry"
        visible: root.failed
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTargetLarge
        highlighted: true
        text: qsTr("Try again")
        onClicked: root.sync.syncNow()
    }
}
