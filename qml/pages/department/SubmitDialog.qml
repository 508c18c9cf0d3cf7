import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Asked before a department submits: what goes to the office, and that it is locked until the answer.
Dialog {
    id: root

    required property string department
    required property int rowCount
    required property int neededCount

    signal confirmed()

    objectName: "submitDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 32, 560)
    modal: true
    title: qsTr("Submit to the design office?")

    contentItem: Label {
        text: qsTr("%1 sends %2 facilities, %3 of them needing the mark. The sheet cannot be changed until the office answers.")
              .arg(root.department).arg(root.rowCount).arg(root.neededCount)
        wrapMode: Text.Wrap
    }

    footer: DialogButtonBox {
        Button {
            objectName: "submitCancel"
            implicitHeight: Theme.touchTarget
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
        Button {
            objectName: "submitConfirm"
            implicitHeight: Theme.touchTarget
            text: qsTr("Submit")
            highlighted: true
            onClicked: { root.close(); root.confirmed() }
        }
    }
}
