import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Propose a new place for the mark: where (my position, or the point under the map's cross), what
// kind of asset, a photo and a note. It waits for the office.
Dialog {
    id: root

    required property FieldController field
    required property double mapX
    required property double mapY
    property string photoPath: ""
    property int category: -1
    property bool useGps: field.hasPosition

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 640)
    modal: true
    title: qsTr("Propose a new place")
    property bool restoring: false
    // A proposal left half-done (the app was killed) comes back as it was.
    // This form's own refused save, never another form's.
    property string saveError: ""
    // Filed once: a double tap's second tap reaches the closing form (outside finding F29: two proposals).
    property bool filed: false
    onAboutToShow: {
        restoring = true
        filed = false
        saveError = ""
        const kept = field.drafts.find("proposePlace", "")
        photoPath = kept.photoPath || ""
        photoVerdict = ""
        photoChecks = []
        photoError = ""
        photoChecking = photoPath !== ""
        if (photoPath !== "") // a photo kept with the draft is judged again, as when it was taken
            root.field.checkPhoto("proposal", photoPath)
        category = kept.category !== undefined ? field.categoryOptions.findIndex(c => c.code === kept.category) : -1
        categoryBox.currentIndex = category
        note.text = kept.note || ""
        useGps = field.hasPosition
        restoring = false
    }
    // Kept on every change (FormDrafts), so a kill loses nothing.
    function keepDraft() {
        if (restoring || !visible)
            return
        field.drafts.keep("proposePlace", "", { category: category >= 0 ? field.categoryOptions[category].code : undefined,
                                                note: note.text, photoPath: photoPath })
    }
    function finish() {
        field.drafts.drop("proposePlace", "")
        close()
    }
    onPhotoPathChanged: keepDraft()
    onCategoryChanged: keepDraft()

    // The photo's check, by the proposal slot's profile (core::PhotoSlotProfile): shown, and a file that is not
    // a photo cannot be saved.
    property string photoVerdict: ""
    property var photoChecks: []
    property string photoError: ""
    property bool photoChecking: false
    Connections {
        target: root.field
        function onPhotoChecked(slot, path, verdict, checks) {
            if (slot === "proposal" && path === root.photoPath) {
                root.photoVerdict = verdict
                root.photoChecks = checks
                root.photoChecking = false
            }
        }
        function onPhotoCheckFailed(slot, path, message) {
            if (slot === "proposal" && path === root.photoPath) {
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
            root.field.checkPhoto("proposal", path)
        }
    }

    contentItem: ColumnLayout {
        spacing: 8
        RowLayout {
            RadioButton { implicitHeight: 48; text: qsTr("My position"); enabled: root.field.hasPosition; checked: root.useGps; onToggled: root.useGps = checked }
            RadioButton { implicitHeight: 48; text: qsTr("Point under the map's cross"); checked: !root.useGps; onToggled: root.useGps = !checked }
        }
        ComboBox {
            id: categoryBox
            Layout.fillWidth: true
            implicitHeight: 52
            model: root.field.categoryOptions
            textRole: "label"
            displayText: root.category >= 0 ? currentText : qsTr("Kind of asset")
            onActivated: index => root.category = index
        }
        TextField { id: note; Layout.fillWidth: true; implicitHeight: 52; placeholderText: qsTr("What is there, who manages it"); onTextChanged: root.keepDraft() }
        RowLayout {
            Image {
                visible: root.photoPath !== ""
                Layout.preferredWidth: 120
                Layout.preferredHeight: 90
                fillMode: Image.PreserveAspectCrop
                sourceSize.width: 240
                source: root.field.photoSource(root.photoPath) // only a JPEG or PNG within the photo limits
                PhotoZoom { objectName: "photoZoom_newPlace"; source: parent.source; title: qsTr("New place") }
            }
            Button { implicitHeight: 48; text: root.photoPath === "" ? qsTr("Take photo") : qsTr("Retake"); onClicked: capture.open() }
        }
        CheckResultList {
            visible: root.photoPath !== ""
            Layout.fillWidth: true
            running: root.photoChecking
            verdict: root.photoVerdict
            checks: root.photoChecks
        }
        Label { visible: root.photoError !== ""; text: root.photoError; color: Theme.fail; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Label { visible: root.saveError !== ""; text: root.saveError; color: Theme.fail; wrapMode: Text.Wrap; Layout.fillWidth: true }
        RowLayout {
            Layout.fillWidth: true
            Button { Layout.fillWidth: true; implicitHeight: 56; flat: true; text: qsTr("Cancel"); onClicked: root.finish() }
            Button {
                Layout.fillWidth: true
                implicitHeight: 56
                highlighted: true
                enabled: !root.filed && root.category >= 0 && root.photoPath !== "" && root.photoVerdict !== "error"
                text: qsTr("Propose")
                onClicked: {
                    const x = root.useGps ? root.field.positionX : root.mapX
                    const y = root.useGps ? root.field.positionY : root.mapY
                    if (root.filed)
                        return
                    root.saveError = ""
                    if (root.field.proposePlace(root.field.categoryOptions[root.category].code, x, y, note.text, root.photoPath)) {
                        root.filed = true
                        root.finish()
                    }
                    else
                        root.saveError = root.field.message
                }
            }
        }
    }
}
