import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Before an assignment changes anything: how many of the selection are in each status and with
// each crew, how many will change, and what is left alone unless the office ticks it (installs
// awaiting review, other crews' work). The plan is core's (OfficeController.plan).
Dialog {
    id: root

    required property OfficeController office
    property string dueDate: ""
    property int priority: 2

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 560)
    height: Math.min(parent.height - 16, implicitHeight)
    modal: true
    title: qsTr("Assign to %1").arg(root.office.plan.crew || "")

    readonly property var plan: root.office.plan

    function replan() {
        root.office.replan(root.plan.crew, includeInstalled.checked, takeOver.checked)
    }
    onAboutToShow: {
        includeInstalled.checked = root.plan.includeInstalled || false
        takeOver.checked = root.plan.takeOver || false
    }

    contentItem: ScrollView {
        id: scroller
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            width: scroller.availableWidth
            spacing: 6

            Label {
                objectName: "assignPlanSummary"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: qsTr("%1 selected: %2 will change").arg(root.plan.selected || 0).arg(root.plan.changing || 0)
            }
            Label { text: qsTr("By status (selected → will change)"); font.pixelSize: 13; color: Material.hintTextColor }
            Repeater {
                model: root.plan.byStatus || []
                RowLayout {
                    required property var modelData
                    objectName: "assignStatus_" + modelData.key
                    property int selected: modelData.selected
                    property int changing: modelData.changing
                    Layout.fillWidth: true
                    Label { text: modelData.label; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    Label { text: modelData.selected + " → " + modelData.changing; font.bold: modelData.changing > 0 }
                }
            }
            Label { text: qsTr("By current crew (selected → will change)"); font.pixelSize: 13; color: Material.hintTextColor; Layout.topMargin: 4 }
            Repeater {
                model: root.plan.byCrew || []
                RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Label { text: modelData.label; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    Label { text: modelData.selected + " → " + modelData.changing; font.bold: modelData.changing > 0 }
                }
            }
            CheckBox {
                id: includeInstalled
                objectName: "assignIncludeInstalled"
                Layout.fillWidth: true
                Layout.topMargin: 4
                implicitHeight: 48
                text: qsTr("Include installed, awaiting review (%1 left as they are)").arg(root.plan.installedLeft || 0)
                onToggled: root.replan()
                contentItem: Label {
                    leftPadding: includeInstalled.indicator.width + includeInstalled.spacing
                    text: includeInstalled.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
            CheckBox {
                id: takeOver
                objectName: "assignTakeOver"
                Layout.fillWidth: true
                implicitHeight: 48
                text: qsTr("Take over other crews' work (%1 left as they are)").arg(root.plan.otherCrewLeft || 0)
                onToggled: root.replan()
                contentItem: Label {
                    leftPadding: takeOver.indicator.width + takeOver.spacing
                    text: takeOver.text
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Label {
                visible: (root.plan.closedLeft || 0) > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.hintTextColor
                text: qsTr("%1 verified or cancelled are never reassigned").arg(root.plan.closedLeft || 0)
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "assignConfirm"
            highlighted: true
            enabled: (root.plan.changing || 0) > 0
            text: qsTr("Assign %n", "", root.plan.changing || 0)
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
    onAccepted: root.office.assignPlanned(root.dueDate, root.priority)
}
