import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The office's demand survey (부서별 수요조사): open or close the campaign, each department's
// submission with its state and the office's answer, and how the rows match the inventory.
Item {
    id: panel

    required property AppController app

    function stateText(state) {
        switch (state) {
        case "draft": return qsTr("Draft")
        case "submitted": return qsTr("Submitted")
        case "has_issues": return qsTr("Has issues")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Rejected")
        }
        return qsTr("Not started")
    }
    function stateColor(state) {
        return state === "submitted" ? Theme.info : state === "approved" ? Theme.pass
             : state === "has_issues" ? Theme.warning : state === "rejected" ? Theme.fail : Theme.textDim
    }

    SurveyOfficeController {
        id: surveys
        objectName: "surveyOfficeController"
        app: panel.app
    }
    OpenSurveyDialog { id: openDialog; surveys: surveys }
    SurveyReviewDialog { id: reviewDialog; surveys: surveys }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        GridLayout {
            Layout.fillWidth: true
            columns: panel.width >= 900 ? 3 : 1
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: surveys.hasSurvey ? surveys.surveyTitle : qsTr("No demand survey yet")
                    font.pixelSize: 20
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: surveys.hasSurvey
                    text: (surveys.surveyOpen ? qsTr("Open until %1").arg(surveys.deadline) : qsTr("Closed"))
                          + " · " + (surveys.categories.length > 0 ? surveys.categories.join(", ") : qsTr("all kinds of facility"))
                    opacity: 0.75
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "surveyTotals"
                    Layout.fillWidth: true
                    visible: surveys.hasSurvey
                    text: qsTr("Needed rows: %1 match an asset by code, %2 by place, %3 new · %4 overlap another department")
                          .arg(surveys.totals.code || 0).arg(surveys.totals.nearby || 0).arg(surveys.totals["new"] || 0)
                          .arg(surveys.totals.overlaps || 0)
                    wrapMode: Text.Wrap
                }
            }
            Button {
                objectName: "closeSurvey"
                Layout.preferredHeight: Theme.touchTarget
                visible: surveys.surveyOpen
                text: qsTr("Close survey")
                onClicked: surveys.closeCampaign()
            }
            Button {
                objectName: "openSurvey"
                Layout.preferredHeight: Theme.touchTarget
                text: qsTr("New survey…")
                highlighted: !surveys.surveyOpen
                onClicked: openDialog.open()
            }
        }

        Label {
            objectName: "surveyOfficeMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: surveys.message
            wrapMode: Text.Wrap
            color: Material.accent
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: surveys.hasSurvey
            columns: panel.width >= 1000 ? 2 : 1
            columnSpacing: 16
            SurveySubmissionList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                surveys: surveys
                panel: panel
                onReviewAsked: (department, decision) => reviewDialog.ask(department, decision)
            }
            SurveyReconciliationList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                surveys: surveys
            }
        }
    }
}
