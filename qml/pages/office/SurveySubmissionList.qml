import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Each department's answer to the survey: its state, how many rows, the office's last comment, and
// the three answers for a submitted sheet. Tapping a department shows its rows' reconciliation.
ColumnLayout {
    id: root

    required property SurveyOfficeController surveys
    required property Item panel

    signal reviewAsked(string department, string decision)

    spacing: 4

    Label {
        text: qsTr("Submissions")
        font.bold: true
        font.pixelSize: 16
    }
    ListView {
        id: list
        objectName: "surveySubmissions"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: root.surveys.submissions
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: card
            required property var modelData
            required property int index
            objectName: "submission_" + modelData.department
            width: ListView.view.width
            highlighted: root.surveys.department === modelData.department
            onClicked: root.surveys.department = highlighted ? "" : modelData.department
            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: card.modelData.department
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Label {
                        objectName: "submissionState_" + card.modelData.department
                        text: root.panel.stateText(card.modelData.state)
                        color: root.panel.stateColor(card.modelData.state)
                        font.bold: true
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 rows, %2 needed").arg(card.modelData.rows).arg(card.modelData.needed)
                          + (card.modelData.overlaps > 0 ? " · " + qsTr("%1 overlap another department").arg(card.modelData.overlaps) : "")
                          + (card.modelData.submittedAt ? " · " + qsTr("submitted %1").arg(card.modelData.submittedAt) : "")
                    opacity: 0.75
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.modelData.comment.length > 0
                    text: qsTr("Comment: %1").arg(card.modelData.comment)
                    wrapMode: Text.Wrap
                    font.italic: true
                }
                Flow {
                    Layout.fillWidth: true
                    visible: card.modelData.state === "submitted"
                    spacing: 8
                    Button {
                        objectName: "approve_" + card.modelData.department
                        height: Theme.touchTarget
                        text: qsTr("Approve")
                        highlighted: true
                        onClicked: root.reviewAsked(card.modelData.department, "approved")
                    }
                    Button {
                        objectName: "hasIssues_" + card.modelData.department
                        height: Theme.touchTarget
                        text: qsTr("Has issues…")
                        onClicked: root.reviewAsked(card.modelData.department, "has_issues")
                    }
                    Button {
                        objectName: "reject_" + card.modelData.department
                        height: Theme.touchTarget
                        text: qsTr("Reject…")
                        flat: true
                        onClicked: root.reviewAsked(card.modelData.department, "rejected")
                    }
                }
            }
        }
    }
}
