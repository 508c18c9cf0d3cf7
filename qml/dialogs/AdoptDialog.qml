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
    title: "로그 밖에서 수정됨 / Edited outside the log"
    onAboutToShow: actorField.text = root.actor

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            objectName: "adoptSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: ("QGIS 등에서 시설물 %1건이 이력 없이 수정되었습니다. 받아들이면 %2건이 이벤트로 기록되어 동기화됩니다. / "
                   + "%1 assets were changed outside the app (QGIS, GDAL); adopting records %2 of them as events, which then sync.")
                  .arg(root.offer.count).arg(root.offer.adoptable)
        }
        Label {
            visible: root.offer.refused > 0 || root.offer.conflicts > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.fail
            text: ("거부 %1건(값이 맞지 않음)은 그대로 남고, 더 새로운 이벤트와 충돌한 항목 %2개는 이력의 값을 지킵니다. / "
                   + "%1 refused (invalid values) stay as they are; %2 fields that conflict with a newer event keep the log's value.")
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
                    text: "… 처음 몇 줄만 보입니다(전체: goodcity-cli adopt) / first lines only (all of them: goodcity-cli adopt)"
                    font.pixelSize: 12
                    color: Material.hintTextColor
                }
            }
        }
        Label {
            text: "이벤트에 남을 이름 / recorded as"
            font.pixelSize: 12
            color: Material.hintTextColor
        }
        TextField {
            id: actorField
            objectName: "adoptActor"
            Layout.fillWidth: true
            implicitHeight: 52
            placeholderText: "받아들이는 사람 / who adopts"
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
                text: "나중에 / Later"
                onClicked: root.close()
            }
            Button {
                objectName: "adoptButton"
                Layout.fillWidth: true
                implicitHeight: 56
                highlighted: true
                enabled: root.offer.adoptable > 0 && actorField.text.trim() !== ""
                text: "기록으로 받아들이기 / Adopt as history"
                onClicked: {
                    if (root.offer.adopt(actorField.text))
                        root.close()
                }
            }
        }
    }
}
