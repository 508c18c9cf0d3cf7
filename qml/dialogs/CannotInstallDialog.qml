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
    property string photoSource: "" // "camera" or "file": the photo event records it
    property int reason: -1
    // A photo the check failed goes to the office only with the crew's reason (outside finding F1: a
    // photo already filed for another asset was saved with one tap, its verdict lost).
    property bool sendForReview: false
    // This form's own refused save, never another form's (outside finding F2).
    property string saveError: ""
    readonly property bool photoFailed: photoVerdict === "fail"
    readonly property bool canSave: reason >= 0 && photoPath !== "" && !photoChecking && photoVerdict !== "error"
                                    && (!photoFailed || (sendForReview && reviewReason.text.trim().length >= root.field.minReviewReason))

    property bool restoring: false

    // A form left half-done (the app was killed) comes back as it was.
    function reset() {
        restoring = true
        const kept = root.field.drafts.find("cannotInstall", root.field.currentAsset.uuid || "")
        photoPath = kept.photoPath || ""
        photoSource = kept.photoSource || ""
        sendForReview = kept.sendForReview === true
        reviewReason.text = kept.reviewReason || ""
        saveError = ""
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
            note: note.text, photoPath: root.photoPath, photoSource: root.photoSource,
            sendForReview: root.sendForReview, reviewReason: reviewReason.text })
    }
    function finish() {
        root.field.drafts.drop("cannotInstall", root.field.currentAsset.uuid || "")
        close()
    }
    onPhotoPathChanged: keepDraft()
    onReasonChanged: keepDraft()
    onSendForReviewChanged: keepDraft()

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
        onPhotoTaken: (path, source) => {
            root.sendForReview = false
            root.photoSource = source
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
                objectName: "cannotInstallPhoto"
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
        CheckBox {
            objectName: "cannotInstallSendForReview"
            visible: root.photoFailed
            implicitHeight: 48
            text: qsTr("Send for review instead of retaking")
            checked: root.sendForReview
            onToggled: root.sendForReview = checked
        }
        TextField {
            id: reviewReason
            objectName: "cannotInstallReviewReason"
            visible: root.photoFailed && root.sendForReview
            Layout.fillWidth: true
            implicitHeight: 52
            onTextChanged: root.keepDraft()
            placeholderText: qsTr("Why the photo is right anyway (required)")
        }
        // Why Save is not available yet, in the words of what to do next.
        Label {
            objectName: "cannotInstallHint"
            visible: !root.canSave && text !== ""
            text: root.reason < 0 ? qsTr("Choose why it cannot be installed.")
                : root.photoPath === "" ? qsTr("Take a photo of the place.")
                : root.photoChecking ? qsTr("Checking the photo…")
                : root.photoVerdict === "error" ? ""
                : root.photoFailed && !root.sendForReview ? qsTr("The photo failed its check: retake it, or send it for review with a reason.")
                : root.photoFailed ? qsTr("Write at least %1 characters: the office reads this reason beside the failed checks.").arg(root.field.minReviewReason)
                : ""
            color: Theme.review
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { visible: root.saveError !== ""; text: root.saveError; color: Theme.fail; wrapMode: Text.Wrap; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Button { Layout.fillWidth: true; implicitHeight: 56; flat: true; text: qsTr("Cancel"); onClicked: root.finish() }
            Button {
                Layout.fillWidth: true
                implicitHeight: 56
                highlighted: true
                objectName: "cannotInstallSave"
                enabled: root.canSave
                text: qsTr("Save")
                onClicked: {
                    root.saveError = ""
                    const evidence = { verdict: root.photoVerdict, checks: root.photoChecks, source: root.photoSource,
                                       reviewReason: root.sendForReview ? reviewReason.text : "" }
                    if (root.field.cannotInstall(root.field.reasonOptions[root.reason].code, note.text, root.photoPath, evidence))
                        root.finish()
                    else
                        root.saveError = root.field.message
                }
            }
        }
    }
}
