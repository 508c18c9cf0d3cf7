import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Offered on opening an inventory that someone edited outside the log (QGIS, GDAL): what changed,
// and "adopt as history", which records the edits as events by `actor` (goodcity-cli adopt --yes),
// or "later", which leaves the file as it is. The finding and the recording are core's.
Dialog {
    id: root

    required property OutsideEditsOffer offer
    // Who adopts: the signed-in user, or the office when no one has signed in.
    property string actor: ""

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 680)
    modal: true
    title: qsTr("Edited outside the log")
    onAboutToShow: actorField.text = root.actor

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            objectName: "adoptSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("%1 assets were changed outside the app (QGIS, GDAL); adopting records %2 of them as events, which then sync.")
                  .arg(root.offer.count).arg(root.offer.adoptable)
        }
        Label {
            visible: root.offer.refused > 0 || root.offer.conflicts > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.fail
            text: qsTr("%1 refused (invalid values) stay as they are; %2 fields that conflict with a newer event keep the log's value.")
                  .arg(root.offer.refused).arg(root.offer.conflicts)
        }
        Frame {
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                spacing: 2
                Repeater {
                    model: root.offer.lines
                    Label {
                        required property string modelData
                        required property int index
                        objectName: "adoptLine_" + index
                        Layout.fillWidth: true
                        text: modelData
                        elide: Text.ElideRight
                        font.pixelSize: 13
                    }
                }
                Label {
                    visible: root.offer.lines.length >= 8
                    text: qsTr("… first lines only (all of them: goodcity-cli adopt)")
                    font.pixelSize: 12
                    color: Material.hintTextColor
                }
            }
        }
        Label {
            text: qsTr("recorded as")
            font.pixelSize: 12
            color: Material.hintTextColor
        }
        TextField {
            id: actorField
            objectName: "adoptActor"
            Layout.fillWidth: true
            implicitHeight: 52
            placeholderText: qsTr("who adopts")
        }
        Label {
            objectName: "adoptMessage"
            visible: root.offer.message !== ""
            text: root.offer.message
            color: Theme.fail
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "adoptLater"
                Layout.fillWidth: true
                implicitHeight: 56
                flat: true
                text: qsTr("Later")
                onClicked: root.close()
            }
            Button {
                objectName: "adoptButton"
                Layout.fillWidth: true
                implicitHeight: 56
                highlighted: true
                enabled: root.offer.adoptable > 0 && actorField.text.trim() !== ""
                text: qsTr("Adopt as history")
                onClicked: {
                    if (root.offer.adopt(actorField.text))
                        root.close()
                }
            }
        }
    }
}
