import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import GoodCity

// The two files of a department's survey: where to save the Excel template, which filled sheet to
// import. The system file dialog where it loads (Platform.fileDialog), else a typed path.
Item {
    id: root

    required property string department

    signal templateChosen(url file)
    signal sheetChosen(url file)

    function saveTemplate() {
        if (Platform.fileDialog) {
            saver.active = true
            saver.item.open()
        } else {
            typed.saving = true
            typed.open()
        }
    }
    function openSheet() {
        if (Platform.fileDialog) {
            opener.active = true
            opener.item.open()
        } else {
            typed.saving = false
            typed.open()
        }
    }

    // Created on first use only, and never where it cannot load (Qt 6.4 crashes then).
    Loader {
        id: saver
        active: false
        sourceComponent: FileDialog {
            objectName: "templateFileDialog"
            title: qsTr("Save the survey template")
            fileMode: FileDialog.SaveFile
            defaultSuffix: "xlsx"
            currentFolder: "file://" + Platform.picturesFolder
            selectedFile: currentFolder + "/" + qsTr("survey-%1.xlsx").arg(root.department)
            nameFilters: [qsTr("Excel workbook (*.xlsx)")]
            onAccepted: root.templateChosen(selectedFile)
        }
    }
    Loader {
        id: opener
        active: false
        sourceComponent: FileDialog {
            objectName: "sheetFileDialog"
            title: qsTr("Import a filled survey sheet")
            fileMode: FileDialog.OpenFile
            currentFolder: "file://" + Platform.picturesFolder
            nameFilters: [qsTr("Survey sheets (*.xlsx *.csv)"), qsTr("All files (*)")]
            onAccepted: root.sheetChosen(selectedFile)
        }
    }

    Dialog {
        id: typed
        property bool saving: false
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 640)
        modal: true
        title: saving ? qsTr("Save the survey template") : qsTr("Import a filled survey sheet")
        contentItem: ColumnLayout {
            Label {
                Layout.fillWidth: true
                text: Platform.fileDialogProblem
                wrapMode: Text.Wrap
                color: Theme.warning
            }
            TextField {
                id: typedPath
                objectName: "sheetTypedPath"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Full path of the file")
            }
        }
        footer: DialogButtonBox {
            Button { implicitHeight: Theme.touchTarget; text: qsTr("Cancel"); flat: true; onClicked: typed.close() }
            Button {
                implicitHeight: Theme.touchTarget
                text: typed.saving ? qsTr("Save") : qsTr("Import")
                highlighted: true
                enabled: typedPath.text.length > 0
                onClicked: {
                    typed.close()
                    const file = "file://" + typedPath.text
                    typed.saving ? root.templateChosen(file) : root.sheetChosen(file)
                }
            }
        }
    }
}
