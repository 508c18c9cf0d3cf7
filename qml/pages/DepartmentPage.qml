import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The department workspace: the current demand survey (부서별 수요조사) for one department — its
// facilities marked needed or not, the office's comment, save and submit.
Page {
    id: page

    required property AppController app

    title: qsTr("Department")

    function stateText(state) {
        switch (state) {
        case "draft": return qsTr("Draft")
        case "submitted": return qsTr("Submitted — waiting for the office")
        case "has_issues": return qsTr("Has issues — please fix and resubmit")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Rejected")
        }
        return qsTr("Not started")
    }

    SurveyController {
        id: survey
        app: page.app
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            ComboBox {
                id: departmentBox
                Layout.preferredWidth: 240
                Layout.preferredHeight: 48
                model: survey.departments
                enabled: page.app.session.canOffice // a department answers for itself only
                currentIndex: survey.departments.indexOf(survey.department)
                onActivated: survey.department = currentText
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: survey.hasSurvey ? survey.surveyTitle : qsTr("No demand survey is open")
                    font.pixelSize: 20
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    visible: survey.hasSurvey
                    text: (survey.surveyOpen ? qsTr("Deadline %1").arg(survey.deadline) : qsTr("Closed"))
                          + " · " + page.stateText(survey.state)
                          + " · " + qsTr("%1 of %2 facilities need the mark").arg(survey.neededCount).arg(list.count)
                    opacity: 0.75
                    elide: Text.ElideRight
                }
            }
            Button {
                Layout.preferredHeight: 48
                text: qsTr("Save")
                enabled: survey.editable
                onClicked: survey.save()
            }
            Button {
                Layout.preferredHeight: 48
                text: survey.state === "has_issues" ? qsTr("Resubmit") : qsTr("Submit")
                highlighted: true
                enabled: survey.editable && list.count > 0
                onClicked: survey.submit()
            }
        }

        Pane {
            Layout.fillWidth: true
            visible: survey.comment.length > 0
            Material.background: Material.color(Material.Amber, Material.Shade100)
            Material.elevation: 1
            Label {
                width: parent.width
                text: qsTr("Office comment: %1").arg(survey.comment)
                wrapMode: Text.Wrap
            }
        }

        Label {
            Layout.fillWidth: true
            visible: survey.message.length > 0
            text: survey.message
            wrapMode: Text.Wrap
            color: Material.accent
        }

        Label {
            Layout.fillWidth: true
            visible: !survey.hasSurvey
            text: qsTr("When the design office opens a survey, this department's facilities appear here. "
                       + "The office can also send an Excel template (goodcity-cli survey template).")
            wrapMode: Text.Wrap
            opacity: 0.75
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: survey.rows
            ScrollBar.vertical: ScrollBar {}
            delegate: SurveyRowDelegate {
                width: list.width
                editable: survey.editable
                onNeededEdited: value => survey.rows.setData(survey.rows.index(index, 0), value, SurveyRowModel.NeededRole)
                onMarkCountEdited: value => survey.rows.setData(survey.rows.index(index, 0), value, SurveyRowModel.MarkCountRole)
                onNoteEdited: value => survey.rows.setData(survey.rows.index(index, 0), value, SurveyRowModel.NoteRole)
            }
        }
    }
}
