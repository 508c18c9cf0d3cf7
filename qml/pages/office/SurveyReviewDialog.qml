import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The office's answer to one department's submission. "Has issues" and "Rejected" tell the department
// why: they cannot be sent without a comment.
Dialog {
    id: root

    required property SurveyOfficeController surveys
    property string department: ""
    property string decision: "approved" // approved | has_issues | rejected

    function ask(dept, what) {
        department = dept
        decision = what
        open()
    }
    readonly property bool needsComment: decision !== "approved"

    objectName: "surveyReviewDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 600)
    modal: true
    title: decision === "approved" ? qsTr("Approve the sheet of %1?").arg(department)
         : decision === "has_issues" ? qsTr("Send the sheet of %1 back to fix").arg(department)
         : qsTr("Reject the sheet of %1").arg(department)
    onAboutToShow: { comment.text = ""; problem.text = "" }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            Layout.fillWidth: true
            text: root.decision === "approved"
                  ? qsTr("Approval turns every needed row into a new or updated asset of the inventory.")
                  : qsTr("The department sees this comment on its sheet.")
            wrapMode: Text.Wrap
        }
        TextArea {
            id: comment
            objectName: "surveyReviewComment"
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            placeholderText: root.needsComment ? qsTr("Comment (required)") : qsTr("Comment (optional)")
            wrapMode: TextEdit.Wrap
        }
        Label {
            id: problem
            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.fail
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button { implicitHeight: Theme.touchTarget; text: qsTr("Cancel"); flat: true; onClicked: root.close() }
        Button {
            objectName: "surveyReviewConfirm"
            implicitHeight: Theme.touchTarget
            text: root.decision === "approved" ? qsTr("Approve") : root.decision === "has_issues" ? qsTr("Send back") : qsTr("Reject")
            highlighted: true
            enabled: !root.needsComment || comment.text.trim().length > 0
            onClicked: {
                if (root.surveys.review(root.department, root.decision, comment.text))
                    root.close()
                else
                    problem.text = root.surveys.message
            }
        }
    }
}
