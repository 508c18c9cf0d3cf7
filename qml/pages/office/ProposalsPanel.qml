import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// New places crews proposed in the field: accept one as a new asset (name and managing department)
// or decline it with a reason the crew will see.
ScrollView {
    id: view

    required property OfficeController office

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: view.availableWidth - 32
        x: 16
        spacing: 12

        Label {
            text: qsTr("%n proposal(s) waiting", "", view.office.proposals.length)
            font.pixelSize: 18
            font.bold: true
            Layout.topMargin: 12
        }
        Repeater {
            model: view.office.proposals
            Pane {
                id: card
                required property var modelData
                Layout.fillWidth: true
                Material.elevation: 1
                RowLayout {
                    anchors.fill: parent
                    spacing: 12
                    Image {
                        Layout.preferredWidth: 160
                        Layout.preferredHeight: 120
                        source: card.modelData.photo
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                        sourceSize.width: 320
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Label {
                            text: card.modelData.category + " · " + card.modelData.dong
                            font.bold: true
                        }
                        Label {
                            text: qsTr("Proposed by %1 on %2").arg(card.modelData.proposedBy).arg(card.modelData.proposedAt)
                            color: Material.secondaryTextColor
                        }
                        Label { text: card.modelData.note; wrapMode: Text.Wrap; Layout.fillWidth: true; visible: text.length > 0 }
                        RowLayout {
                            Layout.fillWidth: true
                            TextField { id: nameField; Layout.fillWidth: true; placeholderText: qsTr("Name of the new asset") }
                            TextField { id: deptField; Layout.fillWidth: true; placeholderText: qsTr("Managing department") }
                            Button {
                                text: qsTr("Accept")
                                highlighted: true
                                Layout.preferredHeight: 48
                                enabled: deptField.text.trim().length > 0
                                onClicked: view.office.acceptProposal(card.modelData.proposalId, nameField.text, deptField.text)
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            TextField { id: reasonField; Layout.fillWidth: true; placeholderText: qsTr("Reason to decline") }
                            Button {
                                text: qsTr("Decline")
                                Layout.preferredHeight: 48
                                enabled: reasonField.text.trim().length > 0
                                onClicked: view.office.declineProposal(card.modelData.proposalId, reasonField.text)
                            }
                        }
                    }
                }
            }
        }
    }
}
