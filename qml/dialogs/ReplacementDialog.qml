import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Log a replacement: the before photo, then the after photo(s); each is checked at once on a worker
// and its result shown in plain words. Method and count come filled from the asset, so after the
// last photo one tap saves. Each photo is judged for its slot (a before photo is never asked for the
// new mark). A failed check offers "retake" or "send for review with a reason"; a file that is not a
// photo can only be replaced.
Dialog {
    id: root

    required property FieldController field
    property string pendingSlot: ""

    function start() {
        restoring = true
        saveError = ""
        draft.reset()
        reviewReason.text = ""
        note.text = ""
        const a = root.field.currentAsset
        // A replacement left half-done (the app was killed) comes back with its photos and fields.
        const kept = root.field.drafts.find("replacement", a.uuid || "")
        const resumed = kept.shots !== undefined
        methodBox.currentIndex = Math.max(0, root.field.methodOptions.findIndex(m => m.code === (resumed ? kept.method : a.method)))
        count.value = resumed ? kept.markCount : a.markCount > 0 ? a.markCount : 1
        if (resumed) {
            note.text = kept.note
            for (const shot of kept.shots)
                draft.addShot(shot.slot, shot.path, shot.source || "")
            draft.sendForReview = kept.sendForReview
            reviewReason.text = kept.reviewReason
        }
        restoring = false
        open()
        if (!resumed)
            takePhoto("before")
    }
    property bool restoring: false
    // Every change is kept at once (FormDrafts), so a kill loses nothing.
    function keepDraft() {
        if (restoring || !visible || !root.field.currentAsset.uuid)
            return
        root.field.drafts.keep("replacement", root.field.currentAsset.uuid, {
            code: root.field.currentAsset.code, shots: draft.shots(), method: root.field.methodOptions[methodBox.currentIndex].code,
            markCount: count.value, note: note.text, sendForReview: draft.sendForReview, reviewReason: reviewReason.text })
    }
    function finish() {
        root.field.drafts.drop("replacement", root.field.currentAsset.uuid || "")
        close()
    }
    function takePhoto(slot) {
        pendingSlot = slot
        capture.title = slot === "before" ? qsTr("Photo before replacing") : qsTr("Photo after replacing")
        capture.open()
    }
    function save() {
        saveError = ""
        if (draft.save(root.field.methodOptions[methodBox.currentIndex].code, count.value, note.text))
            finish()
        else
            saveError = root.field.message
    }
    // This form's own refused save, never another form's (outside finding F2: a double tap's refusal
    // showed in the next asset's form).
    property string saveError: ""

    ReplacementDraft {
        id: draft
        field: root.field
        onShotsChanged: root.keepDraft()
        onReviewChanged: root.keepDraft()
    }
    Connections { target: note; function onTextChanged() { root.keepDraft() } }
    Connections { target: count; function onValueChanged() { root.keepDraft() } }
    Connections { target: methodBox; function onActivated() { root.keepDraft() } }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 1000)
    height: parent.height - 16
    modal: true
    title: qsTr("Log replacement: %1").arg(root.field.currentAsset.code || "")

    Dialog {
        id: discardConfirm
        objectName: "discardConfirm"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 16, 480)
        modal: true
        title: qsTr("Discard this replacement?")
        contentItem: ColumnLayout {
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("The photos and the note entered here are not saved.")
            }
        }
        footer: DialogButtonBox {
            Button {
                objectName: "keepEditing"
                text: qsTr("Keep editing")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "discardReplacement"
                text: qsTr("Discard")
                DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
                onClicked: {
                    discardConfirm.close()
                    root.finish()
                }
            }
        }
    }

    PhotoCapture {
        id: capture
        objectName: "photoCapture"
        onPhotoTaken: (path, source) => {
            const slot = root.pendingSlot
            draft.addShot(slot, path, source)
            // The after photo follows the before photo without another tap, unless the before "photo"
            // is no photo at all: then the crew sees that at once, not under the next picker.
            if (slot === "before" && !draft.hasAfter && root.field.photoSource(path).toString() !== "")
                Qt.callLater(() => root.takePhoto("after1"))
        }
    }

    contentItem: ColumnLayout {
        spacing: 8
        Flickable {
            id: shotsFlick
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: shotsColumn.implicitHeight
            // A new photo's row and the buttons under it come into view (outside finding F21: "add another
            // after photo" half hidden under the method row).
            onContentHeightChanged: if (contentHeight > height) contentY = contentHeight - height
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: shotsColumn
                width: parent.width
                spacing: 12
                Repeater {
                    model: draft
                    RowLayout {
                        id: shotRow
                        required property string slot
                        required property string path
                        required property bool isBefore
                        required property string verdict
                        required property var checks
                        required property bool running
                        required property string error
                        Layout.fillWidth: true
                        spacing: 12
                        Image {
                            Layout.preferredWidth: 160
                            Layout.preferredHeight: 120
                            fillMode: Image.PreserveAspectCrop
                            sourceSize.width: 320
                            asynchronous: true
                            source: root.field.photoSource(shotRow.path) // only a JPEG or PNG within the photo limits
                            PhotoZoom {
                                objectName: "photoZoom_" + shotRow.slot
                                source: parent.source
                                title: shotRow.isBefore ? qsTr("Before") : qsTr("After")
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Label { text: shotRow.isBefore ? qsTr("Before") : qsTr("After"); font.bold: true }
                            CheckResultList {
                                Layout.fillWidth: true
                                running: shotRow.running
                                verdict: shotRow.verdict
                                checks: shotRow.checks
                            }
                            Label { visible: shotRow.error !== ""; text: shotRow.error; color: Theme.fail; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            Button {
                                objectName: "retake_" + shotRow.slot
                                visible: shotRow.verdict === "fail" || shotRow.verdict === "error"
                                implicitHeight: 48
                                text: qsTr("Retake")
                                onClicked: root.takePhoto(shotRow.slot)
                            }
                        }
                    }
                }
                RowLayout {
                    Button { implicitHeight: Theme.touchTarget; visible: !draft.hasBefore; text: qsTr("Before photo"); onClicked: root.takePhoto("before") }
                    Button {
                        objectName: "addAfterPhoto"
                        implicitHeight: Theme.touchTarget
                        text: draft.hasAfter ? qsTr("Add another after photo") : qsTr("After photo")
                        onClicked: root.takePhoto(draft.nextAfterSlot)
                    }
                }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: root.width > 640 ? 4 : 2
            Label { text: qsTr("Method") }
            ComboBox {
                id: methodBox
                objectName: "methodBox"
                Layout.fillWidth: true
                implicitHeight: 52
                model: root.field.methodOptions
                textRole: "label"
            }
            Label { text: qsTr("Marks") }
            SpinBox { id: count; from: 1; to: 99; implicitHeight: 52; editable: true }
            Label { text: qsTr("Note") }
            TextField { id: note; Layout.fillWidth: true; Layout.columnSpan: parent.columns - 1; implicitHeight: 52; placeholderText: qsTr("Optional") }
        }
        Label {
            objectName: "unreadablePhoto"
            visible: draft.anyUnreadable
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.fail
            text: qsTr("A file that is not a photo (JPEG or PNG) cannot be sent for review: retake it or choose another photo.")
        }
        ColumnLayout {
            visible: draft.anyFailed && !draft.anyUnreadable
            Layout.fillWidth: true
            CheckBox {
                id: reviewBox
                objectName: "sendForReview"
                implicitHeight: 48
                text: qsTr("Send for review instead of retaking")
                checked: draft.sendForReview
                onToggled: draft.sendForReview = checked
            }
            TextField {
                id: reviewReason
                objectName: "reviewReason"
                visible: draft.sendForReview
                Layout.fillWidth: true
                implicitHeight: 52
                onTextChanged: draft.reviewReason = text
                placeholderText: qsTr("Why the photo is right anyway (required)")
            }
            Label {
                visible: draft.sendForReview && reviewReason.text.trim().length < draft.minReviewReason
                text: qsTr("Write at least %1 characters: the office reads this reason beside the failed checks.").arg(draft.minReviewReason)
                color: Theme.review
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label { objectName: "replacementSaveError"; visible: root.saveError !== ""; text: root.saveError; color: Theme.fail; wrapMode: Text.Wrap; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "cancelReplacement"
                Layout.fillWidth: true
                implicitHeight: 56
                flat: true
                text: qsTr("Cancel")
                // Photos or a note already entered are not thrown away on one tap.
                onClicked: draft.hasBefore || draft.hasAfter || note.text.trim() !== "" ? discardConfirm.open() : root.finish()
            }
            Button {
                objectName: "saveReplacement"
                Layout.fillWidth: true
                implicitHeight: 56
                highlighted: true
                enabled: draft.canSave && methodBox.currentIndex >= 0
                text: draft.anyRunning ? qsTr("Checking…") : qsTr("Save")
                onClicked: root.save()
            }
        }
    }
}
