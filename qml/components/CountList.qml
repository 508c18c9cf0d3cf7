import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// A titled list of {label, count} rows with a proportional bar.
Pane {
    id: list

    required property string title
    required property var counts
    property real total: 1

    Material.elevation: 1
    padding: 12

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Label {
            text: list.title
            font.pixelSize: 16
            font.bold: true
        }
        Repeater {
            model: list.counts
            RowLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: 8
                Label {
                    text: modelData.label
                    Layout.preferredWidth: 140
                    elide: Text.ElideRight
                }
                Rectangle {
                    Layout.preferredHeight: 14
                    Layout.preferredWidth: Math.max(2, 220 * modelData.count / Math.max(1, list.total))
                    color: Material.primary
                    radius: 3
                }
                Label {
                    text: Number(modelData.count).toLocaleString(Qt.locale(), "f", 0)
                    color: Material.secondaryTextColor
                }
            }
        }
    }
}
