import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// One number with its label, for dashboards.
Pane {
    id: tile

    required property string label
    required property real value
    property color accent: Material.primary
    property string detail: ""

    Material.elevation: 2
    padding: 16
    // As wide as its longest line ("Cost estimate (thousand won)"), never cut off.
    implicitWidth: Math.max(180, column.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(96, column.implicitHeight + topPadding + bottomPadding)

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: 4
        Label {
            text: tile.label
            font.pixelSize: 14
            color: Material.secondaryTextColor
            Layout.fillWidth: true
        }
        Label {
            text: Number(tile.value).toLocaleString(Qt.locale(), "f", 0)
            font.pixelSize: 28
            font.bold: true
            color: tile.accent
        }
        Label {
            visible: tile.detail.length > 0
            text: tile.detail
            font.pixelSize: 12
            color: Material.secondaryTextColor
        }
    }
}
