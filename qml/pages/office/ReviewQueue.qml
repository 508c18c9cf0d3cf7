import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Installed assets awaiting review, the photos that need a look first (fail, error, review, pass). Before and after side by side;
// A approves, R rejects with the comment, J/K or the arrow keys move through the queue.
Item {
    id: panel

    required property OfficeController office
    property bool active: false
    readonly property var current: queue.currentItem ? queue.currentItem.row : null

    // The verdict role carries core::PhotoVerdict's codes; anything but a pass needs a look.
    function verdictColor(verdict) {
        return ({ fail: "#db4437", error: "#db4437", review: "#fb8c00", pass: "#0f9d58" })[verdict] || "#bdbdbd"
    }
    function verdictText(verdict) {
        return ({ fail: qsTr("failed"), error: qsTr("could not be checked"), review: qsTr("needs a look"),
                  pass: qsTr("passed") })[verdict] || verdict
    }
    function approveCurrent() {
        if (panel.current && panel.office.approve(panel.current.uuid, comment.text))
            comment.clear()
    }
    function rejectCurrent() {
        if (!panel.current)
            return
        if (comment.text.trim().length === 0) {
            comment.forceActiveFocus()
            return
        }
        if (panel.office.reject(panel.current.uuid, comment.text))
            comment.clear()
    }

    Shortcut { sequence: "A"; enabled: panel.active && !comment.activeFocus; onActivated: panel.approveCurrent() }
    Shortcut { sequence: "R"; enabled: panel.active && !comment.activeFocus; onActivated: panel.rejectCurrent() }
    Shortcut { sequence: "Ctrl+Return"; enabled: panel.active; onActivated: panel.rejectCurrent() }
    Shortcut { sequences: ["J", "Down"]; enabled: panel.active && !comment.activeFocus; onActivated: queue.incrementCurrentIndex() }
    Shortcut { sequences: ["K", "Up"]; enabled: panel.active && !comment.activeFocus; onActivated: queue.decrementCurrentIndex() }
    Shortcut { sequence: "Escape"; enabled: panel.active; onActivated: queue.forceActiveFocus() }

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
                required property string beforePhoto
                required property string afterPhoto
                readonly property var row: ({ uuid: uuid, code: code, name: name, category: category, dong: dong, crew: crew,
                                              installedAt: installedAt, verdict: verdict, reviewReason: reviewReason,
                                              beforePhoto: beforePhoto, afterPhoto: afterPhoto })
                width: ListView.view.width
                height: 64
                highlighted: ListView.isCurrentItem
                onClicked: queue.currentIndex = index
                contentItem: RowLayout {
                    spacing: 8
                    Rectangle {
                        Layout.preferredWidth: 10
                        Layout.preferredHeight: 10
                        radius: 5
                        color: panel.verdictColor(entry.verdict)
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
            Label {
                text: !panel.current ? ""
                      : panel.current.verdict === "" ? qsTr("Photo check: not run on this install")
                      : qsTr("Photo check: %1").arg(panel.verdictText(panel.current.verdict))
                color: panel.current && panel.current.verdict !== "pass" ? panel.verdictColor(panel.current.verdict)
                                                                          : Material.secondaryTextColor
            }
            Label {
                visible: panel.current && panel.current.reviewReason.length > 0
                text: panel.current ? qsTr("Crew's note: %1").arg(panel.current.reviewReason) : ""
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 12
                PhotoFrame { title: qsTr("Before"); source: panel.current ? panel.current.beforePhoto : "" }
                PhotoFrame { title: qsTr("After"); source: panel.current ? panel.current.afterPhoto : "" }
            }
            TextField {
                implicitHeight: Theme.touchTarget
                id: comment
                Layout.fillWidth: true
                placeholderText: qsTr("Comment for the crew (required to reject)")
                Keys.onReturnPressed: panel.approveCurrent()
            }
            RowLayout {
                spacing: 12
                Button {
                    text: qsTr("Approve (A)")
                    highlighted: true
                    Layout.preferredHeight: 48
                    onClicked: panel.approveCurrent()
                }
                Button {
                    text: qsTr("Reject (R)")
                    Material.background: Material.color(Material.Red, Material.Shade100)
                    Layout.preferredHeight: 48
                    onClicked: panel.rejectCurrent()
                }
                Label {
                    text: qsTr("J/K or ↑/↓: next and previous")
                    color: Material.secondaryTextColor
                }
            }
        }
    }
}
