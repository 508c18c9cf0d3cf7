import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// One line of sync status for any page header: last sync, changes waiting, and the last error in
// plain words. Tapping it syncs now.
ItemDelegate {
    id: chip

    required property SyncController sync

    readonly property bool failed: chip.sync.errorText.length > 0
    implicitHeight: Math.max(48, row.implicitHeight + 16)
    hoverEnabled: true
    onClicked: chip.sync.syncNow()
    ToolTip.visible: chip.failed && chip.hovered
    ToolTip.text: chip.sync.errorText

    contentItem: RowLayout {
        id: row
        spacing: 8
        Rectangle {
            Layout.preferredWidth: 12
            Layout.preferredHeight: 12
            radius: 6
            color: chip.failed ? Theme.fail : chip.sync.syncing ? Theme.busy : chip.sync.pending > 0 ? Theme.pending : Theme.pass
        }
        Label {
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: !chip.sync.loggedIn ? qsTr("Not signed in to the sync server")
                : chip.sync.syncing ? qsTr("Syncing…")
                : chip.failed ? qsTr("Sync failed: %1 waiting to be sent — %2").arg(chip.sync.pending).arg(chip.sync.errorText)
                : chip.sync.pending > 0 ? qsTr("%1 changes waiting to be sent").arg(chip.sync.pending)
                : chip.sync.lastSyncAt.length > 0 ? qsTr("Synced %1").arg(new Date(chip.sync.lastSyncAt).toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                : qsTr("Not synced yet")
        }
        Label {
            visible: chip.sync.conflicts > 0
            text: qsTr("%n conflict(s) for the office", "", chip.sync.conflicts)
            color: Theme.fail
        }
    }
}
