import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// A crew's latest "cannot install" report on an asset (AppController.cannotInstallReport): who and when,
// the reason, the crew's memo, the photo (a tap enlarges it, the original fetched), and what the photo
// check said. The office reads it before assigning the asset again (outside finding F26).
ColumnLayout {
    id: report

    // {actor, time, reason, note, photo, sha256, verdict, reviewReason, problems}; {} when there is none.
    required property var info
    property SyncController sync: null
    readonly property bool present: report.info !== undefined && report.info !== null && report.info.reason !== undefined

    visible: present
    spacing: 4

    function verdictText(verdict) {
        return ({ fail: qsTr("failed"), error: qsTr("could not be checked"), review: qsTr("needs a look"),
                  pass: qsTr("passed") })[verdict] || verdict
    }

    Label {
        objectName: "cannotInstallTitle"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        color: Theme.fail
        text: report.present ? qsTr("Cannot install — reported by %1 on %2").arg(report.info.actor).arg(report.info.time) : ""
    }
    Label {
        objectName: "cannotInstallReason"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: report.present ? qsTr("Reason: %1").arg(report.info.reason) : ""
    }
    Label {
        objectName: "cannotInstallNote"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: report.present && report.info.note !== ""
        text: report.present ? qsTr("Crew's memo: %1").arg(report.info.note) : ""
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Rectangle {
            Layout.preferredWidth: 120
            Layout.preferredHeight: 90
            color: Theme.divider
            visible: report.present && report.info.sha256 !== ""
            Image {
                objectName: "cannotInstallPhoto"
                anchors.fill: parent
                source: report.present ? report.info.photo : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                sourceSize.width: 240
                PhotoZoom {
                    objectName: "cannotInstallPhotoZoom"
                    source: report.present ? report.info.photo : ""
                    title: qsTr("Cannot install")
                    sha256: report.present ? report.info.sha256 : ""
                    sync: report.sync
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "cannotInstallVerdict"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: report.present && report.info.verdict !== "pass" && report.info.verdict !== "" ? Theme.fail : Material.secondaryTextColor
                text: !report.present ? ""
                      : report.info.verdict === "" ? qsTr("Photo check: not run on this install")
                      : qsTr("Photo check: %1").arg(report.verdictText(report.info.verdict))
            }
            Repeater {
                model: report.present ? report.info.problems : []
                Label {
                    required property string modelData
                    required property int index
                    objectName: "cannotInstallProblem_" + index
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: 12
                    color: modelData.startsWith("✗") ? Theme.fail : Theme.review
                    text: modelData
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: 12
                visible: report.present && report.info.reviewReason !== ""
                text: report.present ? qsTr("Crew's reason for sending it anyway: %1").arg(report.info.reviewReason) : ""
            }
        }
    }
}
