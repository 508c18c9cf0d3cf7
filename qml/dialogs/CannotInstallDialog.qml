import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Cannot install: a reason and a photo of the place; the asset then needs the office's attention.
Dialog {
    id: root

    required property FieldController field
    property string photoPath: ""
    property int reason: -1

    property bool restoring: false

    // A form left half-done (the app was killed) comes back as it was.
    function reset() {
        restoring = true
        const kept = root.field.drafts.find("cannotInstall", root.field.currentAsset.uuid || "")
        photoPath = kept.photoPath || ""
        photoVerdict = ""
        photoChecks = []
        photoError = ""
        photoChecking = photoPath !== ""
        reason = kept.reason !== undefined ? root.field.reasonOptions.findIndex(r => r.code === kept.reason) : -1
        note.text = kept.note || ""
        restoring = false
        if (photoPath !== "") // a photo kept with the draft is judged again, as when it was taken
            root.field.checkPhoto("problem", photoPath)
    }
    // Kept on every change (FormDrafts), so a kill loses nothing.
    function keepDraft() {
        if (restoring || !visible || !root.field.currentAsset.uuid)
            return
        root.field.drafts.keep("cannotInstall", root.field.currentAsset.uuid, {
            code: root.field.currentAsset.code, reason: root.reason >= 0 ? root.field.reasonOptions[root.reason].code : undefined,
            note: note.text, photoPath: root.photoPath })
    }
    function finish() {
        root.field.drafts.drop("cannotInstall", root.field.currentAsset.uuid || "")
        close()
    }
    onPhotoPathChanged: keepDraft()
    onReasonChanged: keepDraft()

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 640)
    modal: true
    title: qsTr("Cannot install: %1").arg(root.field.currentAsset.code || "")
    onAboutToShow: reset()

    // The photo's check, by the problem slot's profile (core::PhotoSlotProfile): shown, and a file that is not
    // a photo cannot be saved.
    property string photoVerdict: ""
    property var photoChecks: []
    property string photoError: ""
    property bool photoChecking: false
    Connections {
        target: root.field
        function onPhotoChecked(slot, path, verdict, checks) {
            if (slot === "problem" && path === root.photoPath) {
                root.photoVerdict = verdict
                root.photoChecks = checks
                root.photoChecking = false
            }
        }
        function onPhotoCheckFailed(slot, path, message) {
            if (slot === "problem" && path === root.photoPath) {
                root.photoVerdict = "error"
                root.photoError = message
                root.photoChecking = false
            }
        }
    }

    PhotoCapture {
        id: capture
        title: qsTr("Photo of the place")
        onPhotoTaken: path => {
            root.photoPath = path
            root.photoVerdict = ""
            root.photoChecks = []
            root.photoError = ""
            root.photoChecking = true
            root.field.checkPhoto("problem", path)
        }
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label { text: qsTr("Why not?"); font.bold: true }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: root.field.reasonOptions
                Button {
                    required property var modelData
                    required property int index
                    objectName: "reason_" + modelData.code
                    implicitHeight: 48
                    highlighted: root.reason === index
                    text: modelData.label
                    onClicked: root.reason = index
                }
            }
        }
        TextField {
            id: note
            objectName: "cannotInstallNote"
            Layout.fillWidth: true
            onTextChanged: root.keepDraft()
            implicitHeight: 52
            placeholderText: root.reason >= 0 && root.field.reasonOptions[root.reason].code === "other"
                             ? qsTr("What is wrong (required)") : qsTr("Note (optional)")
        }
        RowLayout {
            Layout.fillWidth: true
            Image {
                visible: root.photoPath !== ""
                Layout.preferredWidth: 120
                Layout.preferredHeight: 90
                fillMode: Image.PreserveAspectCrop
                sourceSize.width: 240
                source: root.field.photoSource(root.photoPath) // only a JPEG or PNG within the photo limits
                PhotoZoom { objectName: "photoZoom_cannotInstall"; source: parent.source; title: qsTr("Cannot install") }
            }
            Button {
                implicitHeight: 48
                text: root.photoPath === "" ? qsTr("Take photo") : qsTr("Retake")
                onClicked: capture.open()
            }
        }
        CheckResultList {
            visible: root.photoPath !== ""
            Layout.fillWidth: true
            running: root.photoChecking
            verdict: root.photoVerdict
            checks: root.photoChecks
        }
        Label { visible: root.photoError !== ""; text: root.photoError; color: Theme.fail; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Label { visible: root.field.message !== ""; text: root.field.message; color: Theme.fail; wrapMode: Text.Wrap; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Button { Layout.fillWidth: true; implicitHeight: 56; flat: true; text: qsTr("Cancel"); onClicked: root.finish() }
            Button {
                Layout.fillWidth: true
                implicitHeight: 56
                highlighted: true
                enabled: root.reason >= 0 && root.photoPath !== "" && root.photoVerdict !== "error"
                text: qsTr("Save")
                onClicked: {
                    if (root.field.cannotInstall(root.field.reasonOptions[root.reason].code, note.text, root.photoPath))
                        root.finish()
                }
            }
        }
    }
}
