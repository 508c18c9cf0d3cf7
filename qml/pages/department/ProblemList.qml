import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// What the last action said, and each bad row/column it found (Korean / English, as the command line
// prints them), scrollable when there are many.
ColumnLayout {
    id: root

    required property string message
    required property var problems

    spacing: 4
    visible: message.length > 0

    Label {
        objectName: "surveyMessage"
        Layout.fillWidth: true
        text: root.message
        wrapMode: Text.Wrap
        color: root.problems.length > 0 ? Theme.fail : Material.accent
        font.bold: root.problems.length > 0
    }
    ListView {
        objectName: "surveyProblems"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 160)
        visible: root.problems.length > 0
        clip: true
        model: root.problems
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
        delegate: Label {
            required property string modelData
            width: ListView.view.width
            text: "• " + modelData
            wrapMode: Text.Wrap
            color: Theme.textDim
        }
    }
}
