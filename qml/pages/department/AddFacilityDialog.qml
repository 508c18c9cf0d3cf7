import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtPositioning
import GoodCity

// A facility the department wants the mark on that the inventory does not have yet: its kind, name,
// how many marks, where (a tap on the small map, the map's centre, or the tablet's GPS) and a photo of
// how it looks now. The survey's rules check it before it joins the sheet.
Dialog {
    id: root

    required property SurveyController survey
    required property string inventoryPath
    property bool hasPoint: false
    property double pointX: 0
    property double pointY: 0
    property string photoPath: ""
    property int viewTick: 0 // bumps when the small map moves, so the marker follows

    function setPoint(x, y) {
        pointX = x
        pointY = y
        hasPoint = true
    }

    objectName: "addFacilityDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 16, 760)
    height: Math.min(parent.height - 16, 760)
    modal: true
    title: qsTr("Add a facility")
    onAboutToShow: {
        hasPoint = false
        photoPath = ""
        category.currentIndex = -1
        name.text = ""
        address.text = ""
        note.text = ""
        marks.value = 1
        errors.model = []
        smallMap.fitDistrict()
    }

    PhotoCapture {
        id: capture
        title: qsTr("Photo of the facility")
        onPhotoTaken: path => root.photoPath = path
    }
    // Only while the dialog is open: a device without positioning then says so once, not at start.
    Loader {
        id: gpsLoader
        active: root.opened
        sourceComponent: PositionSource {
            active: true
            updateInterval: 2000
        }
    }
    readonly property var gps: gpsLoader.item

    contentItem: ColumnLayout {
        spacing: 8
        GridLayout {
            Layout.fillWidth: true
            columns: root.width > 600 ? 2 : 1
            columnSpacing: 8
            ComboBox {
                id: category
                objectName: "facilityCategory"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                model: root.survey.categoryOptions
                textRole: "label"
                valueRole: "code"
                displayText: currentIndex >= 0 ? currentText : qsTr("Kind of facility")
            }
            TextField {
                id: name
                objectName: "facilityName"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Name (e.g. the park or building)")
            }
            TextField {
                id: address
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Road address")
            }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Marks") }
                SpinBox { id: marks; implicitHeight: Theme.touchTarget; from: 1; to: 1000; value: 1 }
            }
        }
        TextField {
            id: note
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            placeholderText: qsTr("Note")
        }
        Label {
            Layout.fillWidth: true
            text: root.hasPoint ? qsTr("Location: %1, %2 (EPSG:5186)").arg(root.pointX.toFixed(1)).arg(root.pointY.toFixed(1))
                                : qsTr("Tap the map where the facility is.")
            color: root.hasPoint ? Theme.text : Theme.warning
            wrapMode: Text.Wrap
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 160
            clip: true
            MapView {
                id: smallMap
                objectName: "facilityMap"
                anchors.fill: parent
                source: root.opened ? root.inventoryPath : ""
                clustering: true
                onViewChanged: root.viewTick++
                onLoadingChanged: if (!loading && !root.hasPoint) fitDistrict()
                onWidthChanged: if (!root.hasPoint) fitDistrict()
            }
            // On top of the map, so it sees the tap before the map takes the press; a drag still pans.
            Item {
                anchors.fill: parent
                TapHandler {
                    onTapped: eventPoint => {
                        const p = smallMap.screenToMap(eventPoint.position)
                        root.setPoint(p.x, p.y)
                    }
                }
            }
            Rectangle {
                readonly property point at: { root.viewTick; return smallMap.mapToScreen(root.pointX, root.pointY) }
                visible: root.hasPoint
                x: at.x - width / 2
                y: at.y - height / 2
                width: 20
                height: 20
                radius: 10
                color: Theme.accent
                border.color: Theme.brandDark
                border.width: 3
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            Button {
                objectName: "facilityMapCentre"
                implicitHeight: Theme.touchTarget
                text: qsTr("Map centre")
                onClicked: root.setPoint(smallMap.centerX, smallMap.centerY)
            }
            Button {
                implicitHeight: Theme.touchTarget
                text: qsTr("My position (GPS)")
                enabled: root.gps !== null && root.gps.valid && root.gps.position.latitudeValid && root.gps.position.longitudeValid
                onClicked: {
                    const p = root.survey.gpsToMap(root.gps.position.coordinate.latitude, root.gps.position.coordinate.longitude)
                    if (p.ok) {
                        root.setPoint(p.x, p.y)
                        smallMap.centerX = p.x
                        smallMap.centerY = p.y
                    }
                }
            }
            Button {
                implicitHeight: Theme.touchTarget
                text: root.photoPath === "" ? qsTr("Photo…") : qsTr("Photo: %1").arg(root.photoPath.substring(root.photoPath.lastIndexOf("/") + 1))
                onClicked: capture.open()
            }
        }
        ListView {
            id: errors
            objectName: "facilityProblems"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 96)
            visible: count > 0
            clip: true
            model: []
            delegate: Label {
                required property string modelData
                width: ListView.view.width
                text: "• " + modelData
                wrapMode: Text.Wrap
                color: Theme.fail
            }
        }
    }

    footer: DialogButtonBox {
        Button { implicitHeight: Theme.touchTarget; text: qsTr("Cancel"); flat: true; onClicked: root.close() }
        Button {
            objectName: "facilityAdd"
            implicitHeight: Theme.touchTarget
            text: qsTr("Add")
            highlighted: true
            enabled: category.currentIndex >= 0 && root.hasPoint
            onClicked: {
                if (root.survey.addFacility(category.currentValue, name.text, marks.value, address.text, note.text,
                                            root.pointX, root.pointY, root.photoPath))
                    root.close()
                else
                    errors.model = root.survey.problems.length > 0 ? root.survey.problems : [root.survey.message]
            }
        }
    }
}
