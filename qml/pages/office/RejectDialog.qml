import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Rejecting an install sends it back to the crew, who must know why: the comment is asked for here,
// and the button says so while it is empty.
Dialog {
    id: root

    property string code: ""
    property alias text: commentArea.text
    signal send(string text)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 520)
    modal: true
    title: qsTr("Reject %1").arg(root.code)
    onOpened: commentArea.forceActiveFocus()

    readonly property bool empty: commentArea.text.trim().length === 0

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The crew sees this comment with the asset and does the work again.")
        }
        TextArea {
            id: commentArea
            objectName: "rejectComment"
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            wrapMode: TextArea.Wrap
            placeholderText: qsTr("What is wrong, e.g. the mark is crooked")
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "rejectSend"
            enabled: !root.empty
            // Disabled, it says why instead of doing nothing.
            text: root.empty ? qsTr("Write a comment to reject") : qsTr("Send back to the crew")
            Material.background: Material.color(Material.Red, Material.Shade100)
            onClicked: root.send(commentArea.text.trim())
        }
    }
}
