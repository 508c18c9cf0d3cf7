import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Asked before the department's unsaved edits would be lost (another department, another page, an
// import): save them, discard them, or stay.
Dialog {
    id: root

    required property string department

    signal saveChosen()
    signal discardChosen()

    objectName: "unsavedEditsDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 32, 520)
    modal: true
    title: qsTr("Unsaved changes")

    contentItem: Label {
        text: qsTr("The sheet of %1 has changes that are not saved yet. Save them before you go on?").arg(root.department)
        wrapMode: Text.Wrap
    }

    footer: DialogButtonBox {
        Button {
            objectName: "unsavedCancel"
            implicitHeight: Theme.touchTarget
            text: qsTr("Cancel")
            flat: true
            onClicked: root.close()
        }
        Button {
            objectName: "unsavedDiscard"
            implicitHeight: Theme.touchTarget
            text: qsTr("Discard")
            flat: true
            onClicked: { root.close(); root.discardChosen() }
        }
        Button {
            objectName: "unsavedSave"
            implicitHeight: Theme.touchTarget
            text: qsTr("Save")
            highlighted: true
            onClicked: { root.close(); root.saveChosen() }
        }
    }
}
