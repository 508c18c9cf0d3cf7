import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Rows of {label, total, done, share}: how far each group is, as a bar of its installed share.
Pane {
    id: list

    required property string title
    required property var rows

    Layout.fillWidth: true
    Layout.alignment: Qt.AlignTop
    Material.elevation: 1
    padding: 12

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label { text: list.title; font.pixelSize: 16; font.bold: true }
        Repeater {
            model: list.rows
            RowLayout {
                required property var modelData
                visible: modelData.total > 0
                Layout.fillWidth: true
                spacing: 8
                Label {
                    text: modelData.label
                    // Room for "(no dong: vehicles etc.)"; a longer name wraps instead of being cut.
                    Layout.preferredWidth: 170
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 14
                    color: Theme.divider
                    radius: 3
                    Rectangle {
                        width: parent.width * modelData.share
                        height: parent.height
                        radius: 3
                        color: Material.primary
                    }
                }
                Label {
                    text: (100 * modelData.share).toFixed(0) + " % · " + Number(modelData.total).toLocaleString(Qt.locale(), "f", 0)
                    color: Material.secondaryTextColor
                    Layout.preferredWidth: 110
                    horizontalAlignment: Text.AlignRight
                }
            }
        }
    }
}
