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
                        PhotoZoom { objectName: "photoZoom_proposal"; source: parent.source; title: card.modelData.category }
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
                        TextField { id: nameField; Layout.fillWidth: true; placeholderText: qsTr("Name of the new asset") }
                        // Category and department come from the closed lists: a typed "Parks" would become a new department.
                        GridLayout {
                            Layout.fillWidth: true
                            columns: view.width > 700 ? 3 : 1
                            ComboBox {
                                id: categoryBox
                                objectName: "proposalCategory_" + card.modelData.proposalId
                                Layout.fillWidth: true
                                textRole: "label"
                                valueRole: "code"
                                model: view.office.categoryRows
                                Component.onCompleted: currentIndex = indexOfValue(card.modelData.categoryCode)
                            }
                            ComboBox {
                                id: deptBox
                                objectName: "proposalDepartment_" + card.modelData.proposalId
                                Layout.fillWidth: true
                                model: view.office.departments
                                currentIndex: -1
                                displayText: currentIndex < 0 ? qsTr("Managing department") : currentText
                            }
                            Button {
                                objectName: "proposalAccept_" + card.modelData.proposalId
                                text: qsTr("Accept")
                                highlighted: true
                                Layout.preferredHeight: 48
                                enabled: deptBox.currentIndex >= 0 && categoryBox.currentIndex >= 0
                                onClicked: view.office.acceptProposal(card.modelData.proposalId, nameField.text, deptBox.currentText,
                                                                      categoryBox.currentValue)
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
