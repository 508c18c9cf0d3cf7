import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The design office workspace (W1.5 adds charts, the review queue, assignments, reports).
Page {
    id: page

    required property AppController app

    title: qsTr("Office")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 16
            Flow {
                Layout.fillWidth: true
                Layout.margins: 16
                spacing: 12
                StatTile {
                    label: qsTr("All assets")
                    value: page.app.assetCount
                    detail: qsTr("%n events in the log", "", page.app.eventCount)
                }
                Repeater {
                    model: page.app.statusCounts
                    StatTile {
                        required property var modelData
                        label: modelData.label
                        value: modelData.count
                        detail: page.app.assetCount > 0 ? (100 * modelData.count / page.app.assetCount).toFixed(1) + " %" : ""
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 16
                spacing: 16
                CountList {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("By category")
                    counts: page.app.categoryCounts
                    total: page.app.assetCount
                }
                CountList {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("By dong")
                    counts: page.app.dongCounts
                    total: page.app.assetCount
                }
            }
        }
    }
}
