import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Edits of one asset made on two devices without either seeing the other, as the sync server
// flagged them: both side by side, and the office keeps one. The kept edit then shows on every device.
ScrollView {
    id: view

    required property ConflictsController conflicts
    property bool active: false

    contentWidth: availableWidth
    clip: true

    onActiveChanged: if (active) conflicts.load()

    ColumnLayout {
        width: view.availableWidth - 32
        x: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 12
            Label {
                Layout.fillWidth: true
                text: view.conflicts.loading ? qsTr("Asking the server…")
                    : view.conflicts.loaded ? qsTr("%n conflict(s) to settle", "", view.conflicts.rows.length)
                    : qsTr("Conflicts")
                font.pixelSize: 18
                font.bold: true
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "conflictsRefresh"
                text: qsTr("Refresh")
                enabled: !view.conflicts.loading
                implicitHeight: 48
                onClicked: view.conflicts.load()
            }
        }
        Label {
            objectName: "conflictsMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: view.conflicts.message
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: view.conflicts.loaded && view.conflicts.rows.length === 0
            text: qsTr("No conflicts: every edit the devices sent was made seeing the ones before it.")
            color: Material.secondaryTextColor
            wrapMode: Text.Wrap
        }
        Repeater {
            model: view.conflicts.rows
            Pane {
                id: card
                required property var modelData
                required property int index
                objectName: "conflict_" + modelData.code
                Layout.fillWidth: true
                Material.elevation: 1
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8
                    Label {
                        Layout.fillWidth: true
                        text: card.modelData.code + " · " + card.modelData.name
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Flagged by the server on %1: two edits, neither made seeing the other").arg(card.modelData.detectedAt)
                        color: Material.secondaryTextColor
                        wrapMode: Text.Wrap
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: view.width > 700 ? 2 : 1
                        columnSpacing: 12
                        rowSpacing: 12
                        Repeater {
                            model: [card.modelData.first, card.modelData.second]
                            Frame {
                                id: sideFrame
                                required property var modelData
                                required property int index
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1 // the two edits side by side at equal width
                                Layout.alignment: Qt.AlignTop
                                ColumnLayout {
                                    anchors.fill: parent
                                    Label {
                                        Layout.fillWidth: true
                                        visible: sideFrame.modelData.present
                                        text: sideFrame.modelData.actor + " · " + sideFrame.modelData.time
                                        font.bold: true
                                        wrapMode: Text.Wrap
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        visible: sideFrame.modelData.present
                                        text: sideFrame.modelData.kind + " · " + qsTr("device %1").arg(sideFrame.modelData.device)
                                              + (sideFrame.modelData.shows ? " · " + qsTr("shown now") : "")
                                        color: Material.secondaryTextColor
                                        wrapMode: Text.Wrap
                                    }
                                    Repeater {
                                        model: sideFrame.modelData.lines
                                        Label {
                                            required property string modelData
                                            Layout.fillWidth: true
                                            text: modelData
                                            wrapMode: Text.Wrap
                                        }
                                    }
                                    Button {
                                        objectName: (sideFrame.index === 0 ? "keepFirst_" : "keepSecond_") + card.modelData.code
                                        text: qsTr("Keep this edit")
                                        enabled: card.modelData.ready
                                        implicitHeight: 48
                                        highlighted: true
                                        onClicked: view.conflicts.keep(card.index, sideFrame.index === 0, "")
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        Item { Layout.preferredHeight: 12 }
    }
}
