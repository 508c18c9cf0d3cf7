import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The department workspace: the current demand survey (부서별 수요조사) for one department — its
// facilities marked needed or not, the office's comment; the Excel template out and a filled sheet in,
// a facility added with its place and photo; save and submit. Unsaved edits are never lost silently.
Page {
    id: page

    required property AppController app
    // The window's page tabs: leaving this page with unsaved edits asks first.
    property TabBar tabBar: null
    property int tabIndex: -1
    // What to do once the unsaved edits are saved or discarded (another department, page or an import).
    property var pendingAction: null
    // The tab shown before the current change (set by hand: a binding would already follow the change).
    property int shownTab: -1

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
    // Runs `action` now, or after the user saved or discarded the unsaved edits.
    function guarded(action) {
        if (!survey.dirty) {
            action()
            return
        }
        pendingAction = action
        unsaved.open()
    }

    Component.onCompleted: shownTab = tabBar ? tabBar.currentIndex : -1

    SurveyController {
        id: survey
        objectName: "surveyController"
        app: page.app
    }

    Connections {
        target: page.tabBar
        function onCurrentIndexChanged() {
            const to = page.tabBar.currentIndex
            if (page.shownTab === page.tabIndex && to !== page.tabIndex && survey.dirty) {
                page.tabBar.currentIndex = page.tabIndex // stay until the user answers
                page.guarded(() => { page.shownTab = to; page.tabBar.currentIndex = to })
                return
            }
            page.shownTab = to
        }
    }

    UnsavedEditsDialog {
        id: unsaved
        department: survey.department
        onSaveChosen: if (survey.save() && page.pendingAction) page.pendingAction()
        onDiscardChosen: { survey.discard(); if (page.pendingAction) page.pendingAction() }
        onClosed: Qt.callLater(() => { if (!unsaved.visible) page.pendingAction = null })
    }
    SubmitDialog {
        id: confirmSubmit
        department: survey.department
        rowCount: survey.rowTotal
        neededCount: survey.neededCount
        onConfirmed: survey.submit()
    }
    SheetFiles {
        id: files
        department: survey.department
        onTemplateChosen: file => survey.writeTemplate(file)
        onSheetChosen: file => survey.importSheet(file)
    }
    AddFacilityDialog {
        id: addFacility
        survey: survey
        inventoryPath: page.app.inventoryOpen ? page.app.inventoryPath : ""
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        GridLayout {
            Layout.fillWidth: true
            columns: page.width >= 1000 ? 4 : 2
            columnSpacing: 12
            ComboBox {
                id: departmentBox
                objectName: "departmentBox"
                Layout.preferredWidth: 240
                Layout.preferredHeight: Theme.touchTarget
                model: survey.departments
                enabled: page.app.session.canOffice // a department answers for itself only
                currentIndex: survey.departments.indexOf(survey.department)
                onActivated: {
                    const chosen = currentText
                    currentIndex = Qt.binding(() => survey.departments.indexOf(survey.department))
                    page.guarded(() => survey.department = chosen)
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: survey.hasSurvey ? survey.surveyTitle : qsTr("No demand survey is open")
                    font.pixelSize: 20
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: survey.hasSurvey
                    text: (survey.surveyOpen ? qsTr("Deadline %1").arg(survey.deadline) : qsTr("Closed"))
                          + " · " + page.stateText(survey.state)
                          + " · " + qsTr("%1 of %2 facilities need the mark").arg(survey.neededCount).arg(survey.rowTotal)
                          + (survey.dirty ? " · " + qsTr("unsaved changes") : "")
                    opacity: 0.75
                    wrapMode: Text.Wrap
                }
            }
            Button {
                objectName: "surveySave"
                Layout.preferredHeight: Theme.touchTarget
                text: qsTr("Save")
                enabled: survey.editable && survey.dirty
                onClicked: survey.save()
            }
            Button {
                objectName: "surveySubmit"
                Layout.preferredHeight: Theme.touchTarget
                text: survey.state === "has_issues" ? qsTr("Resubmit") : qsTr("Submit")
                highlighted: true
                enabled: survey.editable && survey.rowTotal > 0
                onClicked: confirmSubmit.open()
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: survey.hasSurvey
            TextField {
                objectName: "surveySearch"
                width: Math.min(320, page.width - 32)
                height: Theme.touchTarget
                placeholderText: qsTr("Search code, name, address")
                onTextChanged: survey.shownRows.search = text
            }
            ComboBox {
                objectName: "surveyShow"
                width: 220
                height: Theme.touchTarget
                model: [qsTr("All rows"), qsTr("Needed"), qsTr("Not needed"), qsTr("New facilities")]
                onActivated: index => survey.shownRows.show = index
            }
            Button {
                objectName: "surveyTemplate"
                height: Theme.touchTarget
                text: qsTr("Excel template…")
                onClicked: files.saveTemplate()
            }
            Button {
                objectName: "surveyImport"
                height: Theme.touchTarget
                text: qsTr("Import sheet…")
                enabled: survey.editable
                onClicked: page.guarded(() => files.openSheet())
            }
            Button {
                objectName: "surveyAddFacility"
                height: Theme.touchTarget
                text: qsTr("Add facility…")
                enabled: survey.editable
                onClicked: addFacility.open()
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

        ProblemList {
            Layout.fillWidth: true
            message: survey.message
            problems: survey.problems
        }

        Label {
            Layout.fillWidth: true
            visible: !survey.hasSurvey
            text: qsTr("When the design office opens a survey, this department's facilities appear here, "
                       + "with an Excel template to fill in.")
            wrapMode: Text.Wrap
            opacity: 0.75
        }

        ListView {
            id: list
            objectName: "surveyRows"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: survey.shownRows
            ScrollBar.vertical: ScrollBar {}
            delegate: SurveyRowDelegate {
                width: list.width
                editable: survey.editable
                onNeededEdited: value => survey.shownRows.setData(survey.shownRows.index(index, 0), value, SurveyRowModel.NeededRole)
                onMarkCountEdited: value => survey.shownRows.setData(survey.shownRows.index(index, 0), value, SurveyRowModel.MarkCountRole)
                onNoteEdited: value => survey.shownRows.setData(survey.shownRows.index(index, 0), value, SurveyRowModel.NoteRole)
            }
            Label {
                anchors.centerIn: parent
                visible: survey.hasSurvey && list.count === 0 && survey.rowTotal > 0
                text: qsTr("No row matches the search.")
                opacity: 0.6
            }
        }
    }
}
