import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia

// Takes one photo: with the tablet's camera when it has one, else (or on request) from a file.
Dialog {
    id: root

    readonly property bool hasCamera: devices.videoInputs.length > 0

    signal photoTaken(string path)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 24, 900)
    height: Math.min(parent.height - 24, 700)
    modal: true
    padding: 8

    onOpened: if (!root.hasCamera) files.open()

    MediaDevices { id: devices }

    // The camera pipeline exists only while the dialog is open: several of these dialogs live in the
    // field page, and an idle GStreamer capture session keeps the GUI thread busy with bus messages.
    Loader {
        id: session
        active: root.opened && root.hasCamera
        sourceComponent: CaptureSession {
            camera: Camera { active: true }
            imageCapture: ImageCapture {
                onImageSaved: (id, path) => { root.photoTaken(path); root.close() }
            }
            videoOutput: preview
        }
    }

    FileDialog {
        id: files
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
        onAccepted: { root.photoTaken(controllerPath(selectedFile)); root.close() }
        function controllerPath(url) { return decodeURIComponent(url.toString().replace(/^file:\/\//, "")) }
    }

    ColumnLayout {
        anchors.fill: parent
        VideoOutput {
            id: preview
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.hasCamera
        }
        Label {
            visible: !root.hasCamera
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: qsTr("This device has no camera. Choose a photo file instead.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        RowLayout {
            Layout.fillWidth: true
            Button { Layout.fillWidth: true; implicitHeight: 56; text: qsTr("Cancel"); flat: true; onClicked: root.close() }
            Button { Layout.fillWidth: true; implicitHeight: 56; text: qsTr("From file"); onClicked: files.open() }
            Button {
                Layout.fillWidth: true
                implicitHeight: 56
                visible: root.hasCamera
                enabled: session.item !== null && session.item.imageCapture.readyForCapture
                highlighted: true
                text: qsTr("Take photo")
                onClicked: session.item.imageCapture.captureToFile("")
            }
        }
    }
}
