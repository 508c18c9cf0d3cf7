import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Installed assets awaiting review, the photos that need a look first (fail, error, review, pass). Before and after side by side;
// A approves (only with an after photo), R rejects with a comment (asked for in a dialog), U takes the last decision back,
// J/K or the arrow keys move through the queue. A decided item stays in view, showing the decision, until the office moves on.
Item {
    id: panel

    required property OfficeController office
    property bool active: false
    readonly property var listCurrent: queue.currentItem ? queue.currentItem.row : null
    // The item just decided, kept in view with its decision ({row, index, decision}) until acknowledged.
    property var pinned: null
    readonly property var current: pinned ? pinned.row : listCurrent
    readonly property bool decided: pinned !== null && pinned.decision !== ""
    readonly property bool canApprove: current !== null && !decided && current.afterPhoto !== ""

    // The row and its place are taken before the decision: writing it reloads the queue underneath.
    function shownNow() {
        return { row: panel.current, index: panel.pinned ? panel.pinned.index : queue.currentIndex }
    }
    function approveCurrent() {
        if (!panel.canApprove)
            return
        const shown = panel.shownNow()
        if (panel.office.approve(shown.row.uuid, comment.text)) {
            panel.pinned = { row: shown.row, index: shown.index, decision: "approved" }
            comment.clear()
        }
    }
    function rejectCurrent() {
        if (panel.current && !panel.decided) {
            rejectDialog.text = comment.text
            rejectDialog.open()
        }
    }
    function sendReject(text) {
        if (!panel.current)
            return
        const shown = panel.shownNow()
        if (panel.office.reject(shown.row.uuid, text)) {
            panel.pinned = { row: shown.row, index: shown.index, decision: "rejected" }
            comment.clear()
            rejectDialog.close()
        }
    }
    function undoDecision() {
        if (panel.decided && panel.office.undoReview(panel.pinned.row.uuid))
            panel.pinned = { row: panel.pinned.row, index: panel.pinned.index, decision: "" }
    }
    // Moves on from a decided item: the queue's next item is where the decided one was.
    function acknowledge() {
        if (!panel.pinned)
            return false
        const index = panel.pinned.index
        panel.pinned = null
        queue.currentIndex = Math.min(Math.max(index, 0), queue.count - 1)
        return true
    }
    function step(delta) {
        if (panel.acknowledge() && delta > 0)
            return
        if (delta > 0)
            queue.incrementCurrentIndex()
        else
            queue.decrementCurrentIndex()
    }

    readonly property bool keys: panel.active && !comment.activeFocus && !rejectDialog.visible
    Shortcut { sequence: "A"; enabled: panel.keys; onActivated: panel.approveCurrent() }
    Shortcut { sequence: "R"; enabled: panel.keys; onActivated: panel.rejectCurrent() }
    Shortcut { sequence: "U"; enabled: panel.keys; onActivated: panel.undoDecision() }
    Shortcut { sequences: ["Return", "Enter"]; enabled: panel.keys && panel.decided; onActivated: panel.acknowledge() }
    Shortcut { sequences: ["J", "Down", "Right"]; enabled: panel.keys; onActivated: panel.step(1) }
    Shortcut { sequences: ["K", "Up", "Left"]; enabled: panel.keys; onActivated: panel.step(-1) }
    Shortcut { sequence: "Escape"; enabled: panel.active && !rejectDialog.visible; onActivated: queue.forceActiveFocus() }

    RejectDialog {
        id: rejectDialog
        objectName: "rejectDialog"
        code: panel.current ? panel.current.code : ""
        onSend: (text) => panel.sendReject(text)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            objectName: "reviewList"
            id: queue
            Layout.preferredWidth: 340
            Layout.fillHeight: true
            clip: true
            model: panel.office.reviewQueue
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string uuid
                required property string code
                required property string name
                required property string category
                required property string dong
                required property string crew
                required property string installedAt
                required property string verdict
                required property string reviewReason
                required property var problems
                required property string beforePhoto
                required property string afterPhoto
                required property var server
                required property var origins
                required property string note
                required property string beforeSha256
                required property string afterSha256
                readonly property var row: ({ uuid: uuid, code: code, name: name, category: category, dong: dong, crew: crew,
                                              installedAt: installedAt, verdict: verdict, reviewReason: reviewReason,
                                              problems: problems, beforePhoto: beforePhoto, afterPhoto: afterPhoto, server: server,
                                              origins: origins, note: note, beforeSha256: beforeSha256, afterSha256: afterSha256 })
                width: ListView.view.width
                height: 64
                highlighted: ListView.isCurrentItem
                onClicked: { panel.pinned = null; queue.currentIndex = index }
                contentItem: RowLayout {
                    spacing: 8
                    Rectangle {
                        Layout.preferredWidth: 10
                        Layout.preferredHeight: 10
                        radius: 5
                        color: findings.verdictColor(entry.verdict)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label { text: entry.code + " · " + entry.name; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Label {
                            text: entry.category + " · " + entry.dong + " · " + entry.crew + " · " + entry.installedAt
                            font.pixelSize: 12
                            color: Material.secondaryTextColor
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: queue.count === 0
                text: qsTr("Nothing awaits review")
            }
        }

        ToolSeparator { Layout.fillHeight: true }

        ColumnLayout {
            id: detail
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 16
            spacing: 12
            visible: panel.current !== null

            Label {
                text: panel.current ? panel.current.code + " · " + panel.current.name : ""
                font.pixelSize: 20
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            ReviewFindings {
                id: findings
                objectName: "reviewFindings"
                row: panel.current
                maxHeight: Math.max(72, panel.height * 0.22) // the panel's, not the column's: no layout loop
            }
            // The photos take what is left, and never less than a readable size (outside finding F20).
            // Side by side on a wide panel, one above the other on a narrow one (a portrait tablet).
            GridLayout {
                objectName: "reviewPhotos"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 240
                columns: detail.width >= 640 ? 2 : 1
                rowSpacing: 12
                columnSpacing: 12
                PhotoFrame {
                    objectName: "reviewBeforePhoto"
                    title: qsTr("Before")
                    source: panel.current ? panel.current.beforePhoto : ""
                    sha256: panel.current ? panel.current.beforeSha256 : ""
                    sync: panel.office.app ? panel.office.app.sync : null
                }
                PhotoFrame {
                    objectName: "reviewAfterPhoto"
                    title: qsTr("After")
                    source: panel.current ? panel.current.afterPhoto : ""
                    sha256: panel.current ? panel.current.afterSha256 : ""
                    sync: panel.office.app ? panel.office.app.sync : null
                }
            }
            Pane {
                objectName: "reviewDecision"
                visible: panel.pinned !== null
                Layout.fillWidth: true
                Material.background: !panel.pinned ? "transparent" : panel.pinned.decision === "approved" ? "#e6f4ea"
                                     : panel.pinned.decision === "rejected" ? "#fce8e6" : "#fff8e1"
                RowLayout {
                    anchors.fill: parent
                    spacing: 12
                    Label {
                        objectName: "reviewDecisionText"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.bold: true
                        text: !panel.pinned ? ""
                              : panel.pinned.decision === "approved" ? qsTr("Approved: verified")
                              : panel.pinned.decision === "rejected" ? qsTr("Rejected: sent back to the crew")
                              : qsTr("Decision taken back: awaiting review again")
                    }
                    Button {
                        objectName: "reviewUndo"
                        visible: panel.decided
                        text: qsTr("Undo (U)")
                        Layout.preferredHeight: 48
                        onClicked: panel.undoDecision()
                    }
                    Button {
                        objectName: "reviewNext"
                        highlighted: true
                        text: qsTr("Next (Enter)")
                        Layout.preferredHeight: 48
                        onClicked: panel.acknowledge()
                    }
                }
            }
            TextField {
                implicitHeight: Theme.touchTarget
                id: comment
                Layout.fillWidth: true
                visible: !panel.decided
                enabled: !panel.decided
                placeholderText: qsTr("Comment for the crew (optional when approving)")
                Keys.onReturnPressed: panel.approveCurrent()
            }
            RowLayout {
                spacing: 12
                Layout.fillWidth: true
                visible: !panel.decided
                Button {
                    objectName: "reviewApprove"
                    text: qsTr("Approve (A)")
                    highlighted: true
                    enabled: panel.canApprove
                    Layout.preferredHeight: 48
                    onClicked: panel.approveCurrent()
                }
                Button {
                    objectName: "reviewReject"
                    text: qsTr("Reject (R)")
                    enabled: panel.current !== null && !panel.decided
                    Material.background: Material.color(Material.Red, Material.Shade100)
                    Layout.preferredHeight: 48
                    onClicked: panel.rejectCurrent()
                }
                Label {
                    objectName: "approveBlockedReason"
                    visible: panel.current !== null && !panel.decided && panel.current.afterPhoto === ""
                    text: qsTr("No after photo: approval needs one")
                    color: Theme.fail
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("A approve · R reject · U undo · ↑/↓ or J/K: previous and next")
                color: Material.secondaryTextColor
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
