import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import GoodCity

// Takes one photo: with the tablet's camera when it has one, else (or on request) from a file. The
// system file dialog is used only where it can load (Platform.fileDialog); otherwise, and always as
// a fallback, the photos of a folder are listed here and a path can be typed.
Dialog {
    id: root

    readonly property bool hasCamera: devices.videoInputs.length > 0
    // Where the file list and the file dialog start: the folder this slot's last photo came from (a
    // slot is this picker's title: "before", "after" …), else the last folder used here.
    property string folder: Platform.picturesFolder
    property var slotFolders: ({})
    readonly property string slotFolder: root.slotFolders[root.title] || root.folder
    property bool showFiles: !hasCamera
    // No camera and the system file dialog loads: that dialog alone is the picker. This one is not
    // shown behind it (two pickers stacked, the one behind unreachable), so one tap cancels.
    readonly property bool systemPickerOnly: !hasCamera && Platform.fileDialog
    // Qt's dialog is on screen. Until it is (it can take seconds to make on a busy tablet), this one
    // shows that the picker is coming, with Cancel, instead of an invisible shade that swallowed the
    // crew's next tap (outside finding F6: "the first tap on Before photo did nothing").
    readonly property bool systemPickerShown: fileDialog.item !== null && fileDialog.item.visible
    property bool pickerSlow: false
    // A file that is no photo: its reason shows here, with the list and the path field.
    property bool showReason: false
    readonly property bool seeThrough: root.systemPickerOnly && !root.showReason && (root.systemPickerShown || !root.pickerSlow)

    // source: "camera" (taken in the app) or "file" (picked from storage); the photo event records it
    signal photoTaken(string path, string source)

    function chooseFile() {
        showFiles = true
        if (Platform.fileDialog) {
            // A new dialog each time: Qt's keeps the last file selected (with Open enabled), which filed
            // another slot's or another asset's photo with one careless tap; a retake's tap takes it again.
            pickerSlow = false
            slowPicker.restart()
            fileDialog.active = false
            fileDialog.active = true
            if (fileDialog.status === Loader.Ready)
                fileDialog.item.open()
            // else: made in the background (asynchronous), opened when loaded
        }
    }
    Timer { id: slowPicker; interval: 400; onTriggered: root.pickerSlow = !root.systemPickerShown }
    function localPath(url) { return decodeURIComponent(url.toString().replace(/^file:\/\//, "")) }
    function take(path) {
        if (!Platform.isPhoto(path)) {
            typedError.text = qsTr("Not a photo file (JPEG or PNG): %1").arg(path)
            root.showReason = true
            return
        }
        root.folder = path.substring(0, path.lastIndexOf("/"))
        const kept = Object.assign({}, root.slotFolders)
        kept[root.title] = root.folder
        root.slotFolders = kept
        root.photoTaken(path, "file")
        root.close()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 24, 900)
    height: Math.min(parent.height - 24, 700)
    modal: true
    padding: 8

    // When the system dialog is the picker this one stays open but unseen (no shade, fully transparent)
    // until that dialog answers: a photo closes it, Cancel closes it, a file that is no photo shows it
    // with the reason.
    dim: !root.seeThrough
    opacity: root.seeThrough ? 0 : 1
    enter: Transition {}
    exit: Transition {}
    // A tap beside the picker never closes it unseen; Cancel (or Esc, or Qt's dialog's Cancel) does.
    closePolicy: Popup.CloseOnEscape
    onAboutToShow: {
        showReason = false
        pickerSlow = false
        showFiles = !hasCamera
        typedError.text = ""
        typedPath.text = ""
        files.folder = root.slotFolder
        files.refresh() // photos added to the folder since it was last listed
    }
    onOpened: if (!root.hasCamera) root.chooseFile()

    MediaDevices { id: devices }

    // The camera pipeline exists only while the dialog is open: several of these dialogs live in the
    // field page, and an idle GStreamer capture session keeps the GUI thread busy with bus messages.
    Loader {
        id: session
        active: root.opened && root.hasCamera && !root.showFiles
        sourceComponent: CaptureSession {
            camera: Camera { active: true }
            imageCapture: ImageCapture {
                onImageSaved: (id, path) => { root.photoTaken(path, "camera"); root.close() }
            }
            videoOutput: preview
        }
    }

    // Created on first use only, and never where it cannot load.
    Loader {
        id: fileDialog
        active: false
        asynchronous: true
        onLoaded: if (root.opened && root.showFiles) item.open()
        sourceComponent: FileDialog {
            objectName: "photoFileDialog"
            title: root.title
            currentFolder: "file://" + root.slotFolder
            nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)")]
            // One tap on a photo takes it, as in the app's own list: Open is no second tap a crew needs
            // (a folder still opens with a double tap). Only a photo tapped while it is open counts.
            property url openedWith
            onVisibleChanged: if (visible) openedWith = selectedFile
            onSelectedFileChanged: {
                if (visible && selectedFile.toString() !== openedWith.toString() && Platform.isPhoto(root.localPath(selectedFile)))
                    accept()
            }
            onAccepted: root.take(root.localPath(selectedFile))
            // Without a camera Qt's dialog is the picker: cancelling it leaves, not one more 취소 below.
            onRejected: if (!root.hasCamera) root.close()
        }
    }

    PhotoFolderModel { id: files }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        RowLayout {
            objectName: "photoPickerComing"
            visible: root.systemPickerOnly && !root.systemPickerShown && !root.showReason
            Layout.fillWidth: true
            BusyIndicator { running: parent.visible; implicitWidth: Theme.touchTarget; implicitHeight: Theme.touchTarget }
            Label { Layout.fillWidth: true; text: qsTr("Opening the photo files…"); wrapMode: Text.Wrap }
        }
        VideoOutput {
            id: preview
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.hasCamera && !root.showFiles
        }
        Label {
            visible: root.showFiles
            Layout.fillWidth: true
            text: Platform.fileDialog ? (root.hasCamera ? qsTr("Choose a photo file.") : qsTr("This device has no camera. Choose a photo file instead."))
                                      : Platform.fileDialogProblem
            color: Platform.fileDialog ? Theme.text : Theme.warning
            wrapMode: Text.Wrap
        }
        RowLayout {
            visible: root.showFiles
            Layout.fillWidth: true
            Button { implicitHeight: Theme.touchTarget; text: qsTr("Up"); onClicked: files.up() }
            Label { Layout.fillWidth: true; text: files.folder; elide: Text.ElideMiddle }
        }
        ListView {
            id: fileList
            objectName: "photoFileList"
            visible: root.showFiles
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: files
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                required property string name
                required property string path
                required property bool isFolder
                required property string modified
                required property int index
                objectName: "photoFile_" + name
                width: ListView.view.width
                implicitHeight: Theme.touchTarget
                text: isFolder ? name + "/" : name + "  ·  " + modified
                onClicked: isFolder ? (files.folder = path) : root.take(path)
            }
            Label {
                anchors.centerIn: parent
                visible: fileList.count === 0
                text: files.error !== "" ? files.error : qsTr("No photos in this folder.")
                wrapMode: Text.Wrap
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
            }
        }
        RowLayout {
            visible: root.showFiles
            Layout.fillWidth: true
            TextField {
                id: typedPath
                objectName: "photoPathField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Or type the photo's path")
                onAccepted: root.take(text.trim())
            }
            Button { implicitHeight: Theme.touchTarget; text: qsTr("Use"); enabled: typedPath.text.trim() !== ""; onClicked: root.take(typedPath.text.trim()) }
        }
        Label { id: typedError; visible: text !== ""; color: Theme.fail; wrapMode: Text.Wrap; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Button { Layout.fillWidth: true; implicitHeight: Theme.touchTargetLarge; text: qsTr("Cancel"); flat: true; onClicked: root.close() }
            Button {
                Layout.fillWidth: true
                implicitHeight: Theme.touchTargetLarge
                visible: Platform.fileDialog
                text: qsTr("From file")
                onClicked: root.chooseFile()
            }
            Button {
                Layout.fillWidth: true
                implicitHeight: Theme.touchTargetLarge
                visible: root.hasCamera && root.showFiles
                text: qsTr("Camera")
                onClicked: root.showFiles = false
            }
            Button {
                Layout.fillWidth: true
                implicitHeight: Theme.touchTargetLarge
                visible: root.hasCamera && !root.showFiles
                enabled: session.item !== null && session.item.imageCapture.readyForCapture
                highlighted: true
                text: qsTr("Take photo")
                onClicked: session.item.imageCapture.captureToFile("")
            }
        }
    }
}
