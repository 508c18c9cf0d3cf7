import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Finds an asset by its label: a photo of the QR label (camera or file), or the code typed in when
// the label is worn or the tablet has no camera.
Dialog {
    id: root

    required property FieldController field
    property string problem: ""

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 24, 640)
    modal: true
    title: qsTr("Find an asset by its label")

    onAboutToShow: { problem = ""; code.text = "" }
    function openTyped() {
        if (root.field.openLabel(code.text.trim()))
            root.close()
    }

    Connections {
        target: root.field
        function onQrFailed(message) { if (root.visible) root.problem = message }
        function onQrResolved(uuid) { if (root.visible) root.close() }
    }

    PhotoCapture {
        id: capture
        objectName: "qrPhotoCapture"
        title: qsTr("Scan the QR label")
        onPhotoTaken: path => { root.problem = ""; root.field.scanQr(path) }
    }

    contentItem: ColumnLayout {
        spacing: 12
        Button {
            objectName: "qrPhotoButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTargetLarge
            highlighted: true
            text: qsTr("Photo of the QR label")
            onClicked: capture.open()
        }
        Label { text: qsTr("Or type the code on the label"); Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: code
                objectName: "qrCodeField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: "GC-SIGN-000123"
                inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                onAccepted: root.openTyped()
            }
            Button {
                objectName: "qrOpenButton"
                implicitHeight: Theme.touchTarget
                enabled: code.text.trim() !== ""
                text: qsTr("Open")
                onClicked: root.openTyped()
            }
        }
        Label { visible: root.field.checksRunning > 0; text: qsTr("Reading the label…") }
        Label { visible: root.problem !== ""; text: root.problem; color: Theme.fail; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Button { Layout.fillWidth: true; implicitHeight: Theme.touchTarget; flat: true; text: qsTr("Close"); onClicked: root.close() }
    }
}
