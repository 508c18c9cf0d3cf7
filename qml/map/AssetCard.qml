import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The tapped asset: what a crew needs to find it and what the office needs to act on it.
Pane {
    id: card

    required property var asset
    property bool korean: true
    // A crew's latest "cannot install" report on it ({} when none), and the sync link that fetches its photo's original.
    property var cannotInstall: ({})
    property SyncController sync: null

    signal closed()

    Material.elevation: 6
    padding: 16

    function field(key) {
        const v = card.asset ? card.asset[key] : undefined
        return v === undefined || v === null ? "" : String(v)
    }

    // Never taller than the room it is given: the rest (a long cannot-install report) scrolls.
    contentItem: Flickable {
        implicitHeight: lines.implicitHeight
        contentHeight: lines.implicitHeight
        contentWidth: width
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

    ColumnLayout {
        id: lines
        width: parent.width
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            AssetSymbol {
                implicitWidth: 28
                implicitHeight: 28
                category: card.field("category")
                status: card.field("status")
            }
            Label {
                text: card.field("code")
                font.bold: true
                font.pixelSize: 18
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            ToolButton {
                text: "✕"
                Accessible.name: qsTr("Close")
                onClicked: card.closed()
            }
        }
        Label {
            text: card.field("name")
            font.pixelSize: 16
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("%1 · %2").arg(card.field("categoryLabel")).arg(card.field("statusLabel"))
            color: Material.accentColor
            font.bold: true
        }
        GridLayout {
            columns: 2
            columnSpacing: 12
            rowSpacing: 4
            Layout.fillWidth: true
            Repeater {
                model: [
                    { label: qsTr("Dong"), key: "dongName" },
                    { label: qsTr("Road address"), key: "address_road" },
                    { label: qsTr("Lot address"), key: "address_jibun" },
                    { label: qsTr("Department"), key: "department" },
                    { label: qsTr("Method"), key: "methodLabel" },
                    { label: qsTr("Assignee"), key: "assignee" },
                    { label: qsTr("Due"), key: "due_date" },
                    { label: qsTr("Notes"), key: "notes" }
                ]
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index
                    Layout.column: 0
                    visible: card.field(modelData.key) !== ""
                    text: modelData.label
                    color: Material.hintTextColor
                }
            }
            Repeater {
                model: ["dongName", "address_road", "address_jibun", "department", "methodLabel", "assignee", "due_date", "notes"]
                delegate: Label {
                    required property string modelData
                    required property int index
                    Layout.row: index
                    Layout.column: 1
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: card.field(modelData)
                    wrapMode: Text.Wrap
                }
            }
        }
        CannotInstallReport {
            objectName: "cannotInstallReport"
            Layout.fillWidth: true
            Layout.topMargin: 6
            info: card.cannotInstall
            sync: card.sync
        }
    }
}
}
