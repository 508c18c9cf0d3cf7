import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The design office workspace: where the rollout stands, what awaits review, who does what next,
// and the reports that go upward.
Page {
    id: page

    required property AppController app

    title: qsTr("Office")

    OfficeController {
        id: office
        app: page.app
    }
    ConflictsController {
        id: conflicts
        app: page.app
        Component.onCompleted: if (page.app.sync.loggedIn) load()
    }

    // Each tab its words' width, and the room left over shared equally; where the words alone are wider
    // than the page (portrait, English), arrows beside the bar step to the tab before or after, which
    // the bar then scrolls into view. All from the tabs' own text widths and the page's: never from the
    // bar's laid-out size, which follows from them (a binding loop).
    component OfficeTab: TabButton {
        height: 48
        width: implicitWidth + (page.tabsOverflow ? 0 : Math.max(0, Math.floor((page.tabsRoom - page.tabsImplicit) / tabs.count)))
    }
    readonly property real tabsImplicit: {
        let w = 0
        for (let i = 0; i < tabs.count; ++i)
            w += tabs.itemAt(i).implicitWidth
        return w
    }
    readonly property real tabsRoom: page.width - tabs.leftPadding - tabs.rightPadding - tabs.spacing * (tabs.count - 1)
    readonly property bool tabsOverflow: tabsImplicit > tabsRoom

    header: RowLayout {
        spacing: 0
        ToolButton {
            objectName: "officeTabsBack"
            visible: page.tabsOverflow
            enabled: tabs.currentIndex > 0
            implicitWidth: 48
            implicitHeight: 48
            text: "‹"
            font.pixelSize: 24
            Accessible.name: qsTr("Previous tab")
            onClicked: tabs.decrementCurrentIndex()
        }
        TabBar {
            id: tabs
            objectName: "officeTabs"
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // the width the arrows leave, never its tabs' total (a binding loop)
            Layout.minimumWidth: 0
            clip: true // scrolled tabs never show under the arrows
            OfficeTab { text: qsTr("Dashboard") }
            OfficeTab { objectName: "officeTab_review"; text: qsTr("Review (%1)").arg(office.reviewQueue.total) }
            OfficeTab { objectName: "officeTab_assign"; text: qsTr("Assignments") }
            OfficeTab { objectName: "officeTab_places"; text: qsTr("New places (%1)").arg(office.proposals.length) }
            OfficeTab { objectName: "officeTab_reports"; text: qsTr("Materials and reports") }
            OfficeTab { objectName: "officeTab_survey"; text: qsTr("Survey") }
            OfficeTab {
                objectName: "officeTab_conflicts"
                text: conflicts.loaded ? qsTr("Conflicts (%1)").arg(conflicts.rows.length) : qsTr("Conflicts")
            }
        }
        ToolButton {
            objectName: "officeTabsNext"
            visible: page.tabsOverflow
            enabled: tabs.currentIndex < tabs.count - 1
            implicitWidth: 48
            implicitHeight: 48
            text: "›"
            font.pixelSize: 24
            Accessible.name: qsTr("Next tab")
            onClicked: tabs.incrementCurrentIndex()
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        OfficeDashboard { office: office }
        ReviewQueue { office: office; active: tabs.currentIndex === 1 }
        AssignPanel { id: assignPanel; office: office; app: page.app }
        ProposalsPanel { office: office }
        ReportsPanel {
            office: office
            assignFilter: assignPanel.filter
            assignFilterCount: assignPanel.filterCount
            mapSelection: assignPanel.mapSelection
        }
        SurveyPanel { app: page.app }
        ConflictsPanel { conflicts: conflicts; active: tabs.currentIndex === 6 }
    }

    footer: Pane {
        visible: office.message.length > 0 || office.busy
        padding: 8
        RowLayout {
            anchors.fill: parent
            Label {
                objectName: "officeMessage"
                Layout.fillWidth: true
                text: office.message
                wrapMode: Text.Wrap
            }
            ProgressBar {
                visible: office.busy
                value: office.progress
                Layout.preferredWidth: 200
            }
        }
    }
}
