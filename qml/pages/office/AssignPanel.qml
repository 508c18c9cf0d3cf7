import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Decide what crews do next: pick assets on the map (box or lasso) or by filter, see what assigning
// them to a crew would change (AssignDialog) before it does, undo the last batch; see each crew's
// workload and what is overdue. The filter and the map selection are also what the exports take.
Item {
    id: panel

    required property OfficeController office
    required property AppController app
    readonly property var filter: ({
        statuses: statusBox.currentValue ? [statusBox.currentValue] : [],
        categories: categoryBox.currentValue ? [categoryBox.currentValue] : [],
        text: textField.text
    })
    readonly property int filterCount: { panel.office.kpis; return panel.office.countFilter(panel.filter) }
    readonly property var mapSelection: map.selection

    AssignDialog {
        id: assignDialog
        objectName: "assignDialog"
        office: panel.office
        dueDate: dueField.text === "--" ? "" : dueField.text
        priority: priorityBox.currentValue
    }
    Connections {
        target: panel.office
        function onLastBatchChanged() { if (panel.office.lastBatch !== "") map.clearSelection() }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            MapView {
                id: map
                anchors.fill: parent
                source: panel.app.inventoryOpen ? panel.app.inventoryPath : ""
                interaction: MapView.BoxSelect
            }
            Connections {
                target: panel.office
                function onDashboardChanged() { map.reload() }
            }
            // The tools sit on a card of their own, so clusters drawn under them never hide a button.
            Pane {
                anchors.top: parent.top
                anchors.left: parent.left
                anchors.margins: 8
                padding: 4
                Material.elevation: 2
                RowLayout {
                Button { text: qsTr("Pan"); checkable: true; checked: map.interaction === MapView.Pan; onClicked: map.interaction = MapView.Pan }
                Button { text: qsTr("Box"); checkable: true; checked: map.interaction === MapView.BoxSelect; onClicked: map.interaction = MapView.BoxSelect }
                Button { text: qsTr("Lasso"); checkable: true; checked: map.interaction === MapView.LassoSelect; onClicked: map.interaction = MapView.LassoSelect }
                Button { text: qsTr("Clear"); enabled: map.selectionCount > 0; onClicked: map.clearSelection() }
                }
            }
        }

        ScrollView {
            Layout.preferredWidth: 400
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: 400 - 32
                x: 16
                spacing: 8

                Label { text: qsTr("Assign to a crew"); font.pixelSize: 18; font.bold: true; Layout.topMargin: 12 }
                ComboBox {
                    id: crewBox
                    objectName: "assignCrew"
                    Layout.fillWidth: true
                    editable: true
                    model: panel.office.crewNames
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        implicitHeight: Theme.touchTarget
                        id: dueField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Due date (YYYY-MM-DD)")
                        text: {
                            const d = new Date()
                            d.setDate(d.getDate() + 14)
                            return d.toISOString().slice(0, 10)
                        }
                        inputMask: "9999-99-99"
                    }
                    ComboBox {
                        id: priorityBox
                        textRole: "text"
                        valueRole: "value"
                        currentIndex: 1
                        model: [{ text: qsTr("High"), value: 1 }, { text: qsTr("Normal"), value: 2 }, { text: qsTr("Low"), value: 3 }]
                    }
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                    highlighted: true
                    enabled: map.selectionCount > 0
                    text: qsTr("Assign the %n selected on the map…", "", map.selectionCount)
                    onClicked: if (panel.office.planFids(map.selection, crewBox.editText, false, false)) assignDialog.open()
                }

                Label { text: qsTr("…or by filter"); font.bold: true; Layout.topMargin: 8 }
                ComboBox {
                    id: statusBox
                    Layout.fillWidth: true
                    textRole: "text"
                    valueRole: "value"
                    objectName: "assignFilterStatus"
                    model: [{ text: qsTr("Any status"), value: "" }, { text: qsTr("Planned"), value: "planned" },
                            { text: qsTr("Needs attention"), value: "needs_attention" }, { text: qsTr("Assigned"), value: "assigned" },
                            { text: qsTr("Installed, awaiting review"), value: "installed" }, { text: qsTr("Verified"), value: "verified" }]
                }
                ComboBox {
                    id: categoryBox
                    objectName: "assignFilterCategory"
                    Layout.fillWidth: true
                    textRole: "label"
                    valueRole: "code"
                    model: [{ label: qsTr("Any category"), code: "" }].concat(panel.office.categoryRows)
                }
                TextField { id: textField; objectName: "assignFilterText"; Layout.fillWidth: true; implicitHeight: Theme.touchTarget; placeholderText: qsTr("Code, name or address contains…") }
                Button {
                    objectName: "assignByFilter"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                    enabled: panel.filterCount > 0
                    text: qsTr("Assign %n matching the filter…", "", panel.filterCount)
                    onClicked: if (panel.office.planFilter(panel.filter, crewBox.editText, false, false)) assignDialog.open()
                }
                Button {
                    objectName: "undoAssignment"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 48
                    visible: panel.office.lastBatch !== ""
                    text: qsTr("Undo the last assignment (%n to %1)", "", panel.office.lastBatchCount).arg(panel.office.lastBatchCrew)
                    onClicked: panel.office.undoLastAssignment()
                }

                Label { text: qsTr("Workload per crew"); font.pixelSize: 16; font.bold: true; Layout.topMargin: 12 }
                Repeater {
                    model: panel.office.crews
                    Label {
                        required property var modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("%1: %2 assigned (%3 overdue), %4 awaiting review, %5 to redo, %6 verified")
                              .arg(modelData.name).arg(modelData.assigned).arg(modelData.overdue)
                              .arg(modelData.installed).arg(modelData.needsAttention).arg(modelData.verified)
                    }
                }

                Label { text: qsTr("Overdue (%1)").arg(panel.office.kpis.overdue || 0); font.pixelSize: 16; font.bold: true; Layout.topMargin: 12 }
                Repeater {
                    model: panel.office.overdueList.slice(0, 50)
                    Label {
                        required property var modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData.dueDate + " · " + modelData.crew + " · " + modelData.code + " " + modelData.name
                    }
                }
            }
        }
    }
}
