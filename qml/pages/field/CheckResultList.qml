import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The photo checks in plain words: one line per check with a pass / warning / fail mark.
ColumnLayout {
    id: root

    property var checks: []
    property string verdict: ""
    property bool running: false

    spacing: 2

    Label {
        visible: root.running
        text: qsTr("Checking the photo…")
        color: Material.hintTextColor
    }
    Label {
        visible: !root.running && root.verdict !== ""
        font.bold: true
        color: root.verdict === "pass" ? "#2E7D32" : (root.verdict === "review" ? "#E65100" : "#C62828")
        text: root.verdict === "pass" ? qsTr("✓ The photo passes")
              : (root.verdict === "review" ? qsTr("! The office will look at this photo") : qsTr("✗ The photo does not pass"))
    }
    Repeater {
        model: root.running ? [] : root.checks
        Label {
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: modelData.status === "fail" ? "#C62828" : (modelData.status === "warn" ? "#E65100" : Material.foreground)
            text: (modelData.status === "pass" ? "✓ " : (modelData.status === "warn" ? "! " : "✗ ")) + modelData.message
        }
    }
}
