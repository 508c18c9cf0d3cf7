import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// A form left half-done (the app was killed or crashed): offered again with one tap.
Rectangle {
    id: root
    objectName: "draftBanner"

    required property var drafts // FormDrafts.pending: [{form, uuid, code, savedAt, fromEarlierRun}]
    // A form is open: the draft being filled in is not offered while it is on screen.
    property bool formOpen: false
    readonly property var first: root.drafts.length > 0 && !root.formOpen ? root.drafts[0] : null

    signal resumeRequested(string form, string uuid)

    visible: root.first !== null
    implicitHeight: visible ? row.implicitHeight + 8 : 0
    color: Theme.errorPale

    function formText(form) {
        return form === "replacement" ? qsTr("a replacement") : form === "cannotInstall" ? qsTr("a cannot-install report")
                                                                                         : qsTr("a new place proposal")
    }

    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: 12; rightMargin: 8 }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            objectName: "draftBannerText"
            text: !root.first ? ""
                  : root.first.fromEarlierRun ? qsTr("Unfinished: %1 %2 — kept when the app closed.").arg(root.formText(root.first.form)).arg(root.first.code || "")
                  : qsTr("Unfinished: %1 %2 — not saved yet.").arg(root.formText(root.first.form)).arg(root.first.code || "")
        }
        Button {
            objectName: "resumeDraft"
            implicitHeight: Theme.touchTarget
            highlighted: true
            text: qsTr("Continue")
            onClicked: root.resumeRequested(root.first.form, root.first.uuid)
        }
    }
}
