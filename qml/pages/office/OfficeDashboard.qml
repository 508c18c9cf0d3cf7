import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Where are we, and what is stuck: key figures, progress against the plan, and the breakdowns.
ScrollView {
    id: view

    required property OfficeController office
    readonly property var kpis: office.kpis

    contentWidth: availableWidth
    clip: true

    function percent(share) { return (100 * (share || 0)).toFixed(1) + " %" }

    ColumnLayout {
        width: view.availableWidth
        spacing: 12

        Flow {
            Layout.fillWidth: true
            Layout.margins: 16
            spacing: 12
            StatTile {
                label: qsTr("Assets in scope")
                value: view.kpis.scope || 0
                detail: qsTr("of %1 (cancelled excluded)").arg(Number(view.kpis.total || 0).toLocaleString(Qt.locale(), "f", 0))
            }
            StatTile {
                label: qsTr("Installed")
                value: view.kpis.done || 0
                detail: qsTr("%1 · plan %2").arg(view.percent(view.kpis.doneShare)).arg(view.percent(view.kpis.plannedShare))
                accent: (view.kpis.doneShare || 0) >= (view.kpis.plannedShare || 0) ? Material.color(Material.Green) : Material.color(Material.Orange)
            }
            StatTile { label: qsTr("Verified"); value: view.kpis.verified || 0 }
            StatTile { label: qsTr("Awaiting review"); value: view.kpis.reviewQueue || 0 }
            StatTile { label: qsTr("Needs attention"); value: view.kpis.needsAttention || 0; accent: Material.color(Material.Red) }
            StatTile { label: qsTr("Overdue"); value: view.kpis.overdue || 0; accent: Material.color(Material.DeepOrange) }
            StatTile {
                label: qsTr("Cost estimate (thousand won)")
                value: Math.round(view.kpis.costThousandWon || 0)
                detail: qsTr("budget %1").arg(Number(view.kpis.budgetThousandWon || 0).toLocaleString(Qt.locale(), "f", 0))
            }
        }

        Pane {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Material.elevation: 1
            ColumnLayout {
                anchors.fill: parent
                Label {
                    text: qsTr("Progress against the plan (%1 – %2)").arg(view.kpis.planStart || "").arg(view.kpis.planEnd || "")
                    font.pixelSize: 16
                    font.bold: true
                }
                ProgressChartItem {
                    office: view.office
                    Layout.fillWidth: true
                    Layout.preferredHeight: 260
                }
            }
        }

        Pane {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Material.elevation: 1
            ColumnLayout {
                anchors.fill: parent
                Label { text: qsTr("By status"); font.pixelSize: 16; font.bold: true }
                Row {
                    Layout.fillWidth: true
                    height: 24
                    Repeater {
                        model: view.office.statusRows
                        Rectangle {
                            required property var modelData
                            width: (view.availableWidth - 64) * modelData.count / Math.max(1, view.kpis.total || 1)
                            height: 24
                            color: modelData.color
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 16
                    Repeater {
                        model: view.office.statusRows
                        Label {
                            required property var modelData
                            text: "■ " + modelData.label + " " + Number(modelData.count).toLocaleString(Qt.locale(), "f", 0)
                                  + " (" + view.percent(modelData.count / Math.max(1, view.kpis.total || 1)) + ")"
                            color: modelData.color
                        }
                    }
                }
            }
        }

        Pane {
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Material.elevation: 1
            ColumnLayout {
                anchors.fill: parent
                Label { text: qsTr("Progress by dong"); font.pixelSize: 16; font.bold: true }
                MapView {
                    id: choropleth
                    Layout.fillWidth: true
                    // The district is wider than tall: a panel of its shape, as large as the page allows.
                    Layout.preferredHeight: Math.max(420, Math.min(view.height - 120, width * 0.8))
                    source: view.office.app && view.office.app.inventoryOpen ? view.office.app.inventoryPath : ""
                    choropleth: true
                    assetsShown: false // the dongs' colours and names, not 12,000 symbols over them
                    // Fit once the panel has its size and the district is read (at creation it has neither);
                    // later, since the map takes its new size only after these signals.
                    onWidthChanged: Qt.callLater(fitDistrict)
                    onHeightChanged: Qt.callLater(fitDistrict)
                    onLoadingChanged: if (!loading) Qt.callLater(fitDistrict)
                }
            }
            Connections {
                target: view.office
                function onDashboardChanged() { choropleth.reload() }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.margins: 16
            columns: view.availableWidth > 1000 ? 3 : 1
            columnSpacing: 16
            rowSpacing: 16
            ShareList { title: qsTr("By category"); rows: view.office.categoryRows }
            ShareList { title: qsTr("By dong"); rows: view.office.dongRows }
            ShareList { title: qsTr("By department"); rows: view.office.departmentRows }
        }
    }
}
