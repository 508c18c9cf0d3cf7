import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Log a replacement: the before photo, then the after photo(s); each is checked at once on a worker
// and its result shown in plain words. Method and count come filled from the asset, so after the
// last photo one tap saves. A failed check offers "retake" or "send for review with a reason".
Dialog {
    id: root

    required property FieldController field
    property var shots: []          // [{slot, path, verdict, checks, running, error}]
    property bool sendForReview: false
    readonly property bool anyFailed: shots.some(s => s.verdict === "fail" || s.error)
    readonly property bool anyRunning: shots.some(s => s.running)
    readonly property bool hasBefore: shots.some(s => s.slot === "before")
    readonly property bool hasAfter: shots.some(s => s.slot !== "before")
    readonly property bool canSave: hasBefore && hasAfter && !anyRunning && methodBox.currentIndex >= 0
                                    && (!anyFailed || (sendForReview && reviewReason.text.trim() !== ""))
    property string pendingSlot: ""

    function start() {
        shots = []
        sendForReview = false
        reviewReason.text = ""
        note.text = ""
        const a = root.field.currentAsset
        methodBox.currentIndex = Math.max(0, root.field.methodOptions.findIndex(m => m.code === a.method))
        count.value = a.markCount > 0 ? a.markCount : 1
        open()
        takePhoto("before")
    }
    function takePhoto(slot) {
        pendingSlot = slot
        capture.title = slot === "before" ? qsTr("Photo before replacing") : qsTr("Photo after replacing")
        capture.open()
    }
    function nextAfterSlot() {
        return "after" + (shots.filter(s => s.slot !== "before").length + 1)
    }
    function beforePath() {
        const b = shots.find(s => s.slot === "before")
        return b ? b.path : ""
    }
    // Adds or replaces the shot in `slot` and starts its check.
    function addShot(slot, path) {
        const list = shots.filter(s => s.slot !== slot)
        list.push({ slot: slot, path: path, verdict: "", checks: [], running: true, error: "" })
        list.sort((a, b) => (a.slot === "before" ? -1 : b.slot === "before" ? 1 : a.slot.localeCompare(b.slot)))
        shots = list
        root.field.checkPhoto(slot, path, slot === "before" ? "" : beforePath())
    }
    function updateShot(slot, path, changes) {
        shots = shots.map(s => (s.slot === slot && s.path === path) ? Object.assign({}, s, changes) : s)
    }
    function save() {
        const checks = {}
        for (const s of shots)
            checks[s.slot] = s.error ? "error" : s.verdict
        const ok = root.field.saveReplacement({
            before: beforePath(),
            after: shots.filter(s => s.slot !== "before").map(s => s.path),
            method: root.field.methodOptions[methodBox.currentIndex].code,
            markCount: count.value,
            note: note.text,
            reviewReason: root.sendForReview ? reviewReason.text : "",
            checks: checks
        })
        if (ok)
            close()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 1000)
    height: parent.height - 16
    modal: true
    title: qsTr("Log replacement: %1").arg(root.field.currentAsset.code || "")

    Connections {
        target: root.field
        function onPhotoChecked(slot, path, verdict, checks) { root.updateShot(slot, path, { verdict: verdict, checks: checks, running: false }) }
        function onPhotoCheckFailed(slot, path, message) { root.updateShot(slot, path, { error: message, running: false }) }
    }

    PhotoCapture {
        id: capture
        onPhotoTaken: path => {
            const slot = root.pendingSlot
            root.addShot(slot, path)
            // The after photo follows the before photo without another tap.
            if (slot === "before" && !root.hasAfter)
                Qt.callLater(() => root.takePhoto("after1"))
        }
    }

    contentItem: ColumnLayout {
        spacing: 8
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: shotsColumn.implicitHeight
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: shotsColumn
                width: parent.width
                spacing: 12
                Repeater {
                    model: root.shots
                    RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 12
                        Image {
                            Layout.preferredWidth: 160
                            Layout.preferredHeight: 120
                            fillMode: Image.PreserveAspectCrop
                            sourceSize.width: 320
                            asynchronous: true
                            source: "file://" + modelData.path
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Label { text: modelData.slot === "before" ? qsTr("Before") : qsTr("After"); font.bold: true }
                            CheckResultList {
                                Layout.fillWidth: true
                                running: modelData.running
                                verdict: modelData.verdict
                                checks: modelData.checks
                            }
                            Label { visible: modelData.error !== ""; text: modelData.error; color: "#C62828"; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            Button {
                                visible: modelData.verdict === "fail" || modelData.error !== ""
                                implicitHeight: 48
                                text: qsTr("Retake")
                                onClicked: root.takePhoto(modelData.slot)
                            }
                        }
                    }
                }
                RowLayout {
                    Button { implicitHeight: 48; visible: !root.hasBefore; text: qsTr("Before photo"); onClicked: root.takePhoto("before") }
                    Button { implicitHeight: 48; text: root.hasAfter ? qsTr("Add another after photo") : qsTr("After photo"); onClicked: root.takePhoto(root.nextAfterSlot()) }
                }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: root.width > 640 ? 4 : 2
            Label { text: qsTr("Method") }
            ComboBox {
                id: methodBox
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
        ColumnLayout {
            visible: root.anyFailed
            Layout.fillWidth: true
            CheckBox {
                id: reviewBox
                implicitHeight: 48
                text: qsTr("Send for review instead of retaking")
                checked: root.sendForReview
                onToggled: root.sendForReview = checked
            }
            TextField {
                id: reviewReason
                visible: root.sendForReview
                Layout.fillWidth: true
                implicitHeight: 52
                placeholderText: qsTr("Why the photo is right anyway (required)")
            }
        }
        Label { visible: root.field.message !== ""; text: root.field.message; color: "#C62828"; wrapMode: Text.Wrap; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Button { Layout.fillWidth: true; implicitHeight: 56; flat: true; text: qsTr("Cancel"); onClicked: root.close() }
            Button {
                objectName: "saveReplacement"
                Layout.fillWidth: true
                implicitHeight: 56
                highlighted: true
                enabled: root.canSave
                text: root.anyRunning ? qsTr("Checking…") : qsTr("Save")
                onClicked: root.save()
            }
        }
    }
}
