import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// What is known about the install under review, in words: the photo check's verdict, how each photo came
// in, the server's own verdict where it differs, every check that failed, the crew's reason and memo.
// Never taller than maxHeight: the rest scrolls, so a failed install's many lines never squeeze the
// photos the office judges (outside finding F20).
Flickable {
    id: findings

    // The review row shown (ReviewQueueModel's roles), or null.
    required property var row
    property real maxHeight: 160

    // The verdict role carries core::PhotoVerdict's codes; anything but a pass needs a look.
    function verdictColor(verdict) {
        return ({ fail: "#db4437", error: "#db4437", review: "#fb8c00", pass: "#0f9d58" })[verdict] || "#bdbdbd"
    }
    function verdictText(verdict) {
        return ({ fail: qsTr("failed"), error: qsTr("could not be checked"), review: qsTr("needs a look"),
                  pass: qsTr("passed") })[verdict] || verdict
    }

    readonly property bool scrolls: contentHeight > height + 1
    Layout.fillWidth: true
    Layout.preferredHeight: Math.min(contentHeight, maxHeight)
    clip: true
    contentWidth: width
    contentHeight: lines.implicitHeight
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { policy: findings.scrolls ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
    onRowChanged: contentY = 0

    ColumnLayout {
        id: lines
        width: findings.width - 16 // room for the scroll bar, whether it shows or not (no re-wrapping loop)
        spacing: 4

        Label {
            objectName: "reviewVerdictLine"
            text: !findings.row ? ""
                  : findings.row.verdict === "" ? qsTr("Photo check: not run on this install")
                  : qsTr("Photo check: %1").arg(findings.verdictText(findings.row.verdict))
            color: findings.row && findings.row.verdict !== "pass" ? findings.verdictColor(findings.row.verdict)
                                                                   : Material.secondaryTextColor
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        // The crew's memo on the install, as typed in the form (outside finding F14).
        Label {
            objectName: "reviewNote"
            visible: findings.row !== null && findings.row.note.length > 0
            text: findings.row ? qsTr("Crew's memo: %1").arg(findings.row.note) : ""
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "reviewReasonLine"
            visible: findings.row !== null && findings.row.reviewReason.length > 0
            text: findings.row ? qsTr("Crew's reason for sending it anyway: %1").arg(findings.row.reviewReason) : ""
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Why: every check that made a photo's verdict, in the words the crew saw.
        Repeater {
            model: findings.row ? findings.row.problems : []
            Label {
                required property var modelData
                required property int index
                objectName: "reviewProblem_" + index
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: modelData.status === "fail" ? "#db4437" : "#fb8c00"
                text: (modelData.status === "fail" ? "✗ " : "! ")
                      + (modelData.slot === "before" ? qsTr("Before") : qsTr("After")) + ": " + modelData.text
            }
        }
        // The server checks every photo itself: where its verdict contradicts the tablet's, the office is told.
        Repeater {
            model: findings.row && findings.row.server ? findings.row.server : []
            Label {
                required property var modelData
                required property int index
                objectName: "reviewServerVerdict_" + index
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                color: findings.verdictColor(modelData.server)
                text: qsTr("The server's own check of the %1 photo: %2 (the tablet said %3)")
                      .arg(modelData.slot.startsWith("before") ? qsTr("before") : qsTr("after"))
                      .arg(findings.verdictText(modelData.server))
                      .arg(modelData.device === "" ? qsTr("nothing") : findings.verdictText(modelData.device))
                      + (modelData.reason ? " — " + modelData.reason : "")
            }
        }
        // How each photo came in (the app's camera or a file picked on the tablet) and when it was taken.
        Repeater {
            model: findings.row && findings.row.origins ? findings.row.origins : []
            Label {
                required property string modelData
                required property int index
                objectName: "reviewOrigin_" + index
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Material.secondaryTextColor
                text: modelData
            }
        }
    }
}
