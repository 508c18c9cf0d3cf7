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

    header: TabBar {
        id: tabs
        objectName: "officeTabs"
        TabButton { text: qsTr("Dashboard"); height: 48; width: Math.max(implicitWidth, tabs.width / tabs.count) }
        TabButton { objectName: "officeTab_review"; text: qsTr("Review (%1)").arg(office.reviewQueue.total); height: 48; width: Math.max(implicitWidth, tabs.width / tabs.count) }
        TabButton { text: qsTr("Assignments"); height: 48; width: Math.max(implicitWidth, tabs.width / tabs.count) }
        TabButton { text: qsTr("New places (%1)").arg(office.proposals.length); height: 48; width: Math.max(implicitWidth, tabs.width / tabs.count) }
        TabButton { text: qsTr("Materials and reports"); height: 48; width: Math.max(implicitWidth, tabs.width / tabs.count) }
        TabButton { objectName: "officeTab_survey"; text: qsTr("Survey"); height: 48; width: Math.max(implicitWidth, tabs.width / tabs.count) }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        OfficeDashboard { office: office }
        ReviewQueue { office: office; active: tabs.currentIndex === 1 }
        AssignPanel { office: office; app: page.app }
        ProposalsPanel { office: office }
        ReportsPanel { office: office }
        SurveyPanel { app: page.app }
    }

    footer: Pane {
        visible: office.message.length > 0 || office.busy
        padding: 8
        RowLayout {
            anchors.fill: parent
            Label {
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
