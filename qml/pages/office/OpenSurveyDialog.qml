import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The office opens a demand survey: its title, the deadline and which kinds of facility it asks about.
Dialog {
    id: root

    required property SurveyOfficeController surveys
    property var chosen: [] // category codes; none ticked = every category

    objectName: "openSurveyDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 640)
    height: Math.min(parent.height - 16, 640)
    modal: true
    title: qsTr("Open a demand survey")
    onAboutToShow: {
        surveyTitle.text = ""
        deadline.text = ""
        chosen = []
        problem.text = ""
    }

    contentItem: ColumnLayout {
        spacing: 8
        TextField {
            id: surveyTitle
            objectName: "surveyTitleField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Title (e.g. 2027 first half)")
        }
        TextField {
            id: deadline
            objectName: "surveyDeadlineField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Deadline YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Kinds of facility (none ticked: all)")
            wrapMode: Text.Wrap
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            Flow {
                width: root.availableWidth
                spacing: 4
                Repeater {
                    model: root.surveys.categoryOptions
                    CheckBox {
                        required property var modelData
                        objectName: "surveyCategory_" + modelData.code
                        implicitHeight: Theme.touchTarget
                        text: modelData.label
                        checked: root.chosen.indexOf(modelData.code) >= 0
                        onToggled: {
                            const c = root.chosen.filter(x => x !== modelData.code)
                            if (checked)
                                c.push(modelData.code)
                            root.chosen = c
                        }
                    }
                }
            }
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
            objectName: "openSurveyConfirm"
            implicitHeight: Theme.touchTarget
            text: qsTr("Open survey")
            highlighted: true
            enabled: surveyTitle.text.trim().length > 0 && deadline.text.trim().length > 0
            onClicked: {
                if (root.surveys.openCampaign(surveyTitle.text, deadline.text, root.chosen))
                    root.close()
                else
                    problem.text = root.surveys.message
            }
        }
    }
}
