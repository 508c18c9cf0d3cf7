import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The survey's rows against the inventory: which asset each matches (by code, or by place within a
// few metres) or that it is new, and rows of other departments that describe the same place.
ColumnLayout {
    id: root

    required property SurveyOfficeController surveys

    spacing: 4

    function matchText(line) {
        if (line.match === "code")
            return qsTr("Code %1").arg(line.assetCode)
        if (line.match === "nearby")
            return qsTr("%1 within %2 m").arg(line.assetCode).arg(line.distance.toFixed(1))
        return qsTr("New facility")
    }

    Label {
        Layout.fillWidth: true
        text: root.surveys.department === "" ? qsTr("Reconciliation with the inventory (all departments)")
                                             : qsTr("Reconciliation with the inventory: %1").arg(root.surveys.department)
        font.bold: true
        font.pixelSize: 16
        wrapMode: Text.Wrap
    }
    ListView {
        objectName: "surveyReconciliation"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.surveys.reconciliation
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: line
            required property var modelData
            width: ListView.view.width
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 line %2").arg(line.modelData.department).arg(line.modelData.line) + " · "
                          + line.modelData.category + (line.modelData.name ? " · " + line.modelData.name : "")
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: (line.modelData.needed ? qsTr("needed, %1 mark(s)").arg(line.modelData.markCount) : qsTr("not needed"))
                          + " · " + root.matchText(line.modelData)
                    color: line.modelData.match === "new" ? Theme.info : Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: line.modelData.overlaps.length > 0
                    text: qsTr("Same place as: %1").arg(line.modelData.overlaps)
                    color: Theme.warning
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
