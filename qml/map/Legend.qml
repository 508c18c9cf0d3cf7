import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// What the colours and shapes mean, with how many assets of each the current filter shows.
Pane {
    id: legend

    required property MapView map
    property bool korean: true
    property bool expanded: true

    Material.elevation: 4
    padding: 8

    ColumnLayout {
        spacing: 2

        RowLayout {
            Label {
                text: qsTr("%1 of %2 assets on the map").arg(legend.map.shownCount.toLocaleString(Qt.locale(), "f", 0))
                                            .arg(legend.map.totalCount.toLocaleString(Qt.locale(), "f", 0))
                font.bold: true
                Layout.fillWidth: true
            }
            ToolButton {
                text: legend.expanded ? "▾" : "▸"
                Accessible.name: legend.expanded ? qsTr("Hide legend") : qsTr("Show legend")
                onClicked: legend.expanded = !legend.expanded
            }
        }

        Label {
            // The count above is of located assets; the inventory's others (vehicles) are in the lists.
            objectName: "unplacedNote"
            visible: legend.map.unplacedCount > 0
            text: qsTr("%n more without a place (vehicles): in the lists, not on the map", "", legend.map.unplacedCount)
            font.pixelSize: 11
            color: Material.hintTextColor
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.maximumWidth: 260
        }
        Label {
            visible: legend.expanded && legend.map.choropleth
            text: qsTr("Share verified by dong")
            font.pixelSize: 12
            color: Material.hintTextColor
        }
        Label {
            objectName: "choroplethNote"
            visible: legend.expanded && legend.map.choropleth
            text: legend.map.choroplethNote
            font.pixelSize: 11
            color: Material.hintTextColor
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.maximumWidth: 220
        }
        Repeater {
            model: legend.expanded && legend.map.choropleth ? legend.map.choroplethLegend : []
            delegate: RowLayout {
                required property var modelData
                Rectangle { width: 18; height: 14; color: modelData.colour; border.color: Theme.brand }
                Label { text: modelData.label; font.pixelSize: 13 }
            }
        }

        Label {
            visible: legend.expanded
            text: qsTr("Status")
            font.pixelSize: 12
            color: Material.hintTextColor
        }
        Repeater {
            model: legend.expanded ? legend.map.statusLegend : []
            delegate: RowLayout {
                required property var modelData
                spacing: 6
                Rectangle { width: 14; height: 14; radius: 7; color: modelData.colour; border.color: "white" }
                Label { text: legend.korean ? modelData.label : modelData.labelEn; font.pixelSize: 13; Layout.fillWidth: true }
                Label { text: modelData.count.toLocaleString(Qt.locale(), "f", 0); font.pixelSize: 13 }
            }
        }
        Label {
            visible: legend.expanded
            text: qsTr("Category")
            font.pixelSize: 12
            color: Material.hintTextColor
            topPadding: 4
        }
        Repeater {
            model: legend.expanded ? legend.map.categoryLegend : []
            delegate: RowLayout {
                required property var modelData
                spacing: 6
                AssetSymbol { implicitWidth: 16; implicitHeight: 16; category: modelData.code; status: "assigned" }
                Label { text: legend.korean ? modelData.label : modelData.labelEn; font.pixelSize: 13; Layout.fillWidth: true }
                Label { text: modelData.count.toLocaleString(Qt.locale(), "f", 0); font.pixelSize: 13 }
            }
        }
        Label {
            visible: legend.expanded && legend.map.clustered
            text: qsTr("Circles: clusters, coloured by their most common status")
            font.pixelSize: 11
            color: Material.hintTextColor
            wrapMode: Text.Wrap
            Layout.preferredWidth: 220
        }
    }
}
