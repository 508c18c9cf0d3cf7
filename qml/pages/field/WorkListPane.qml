import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// My work: search, a status filter, and the crew's assets nearest first (or in route order).
// The model fetches further pages as the list scrolls.
Pane {
    id: root

    required property WorkListModel model
    required property bool hasPosition
    // The day's route length in metres (straight lines between stops), shown while the route is on.
    property double routeMetres: 0

    // A status filter was tapped while the route was shown: the list leaves the route for that filter.
    signal routeLeft()

    signal assetChosen(string uuid)

    function distanceText(m) {
        if (m < 0)
            return ""
        return m < 1000 ? qsTr("%1 m").arg(Math.round(m)) : qsTr("%1 km").arg((m / 1000).toFixed(1))
    }

    padding: 8

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        TextField {
            objectName: "searchField"
            Layout.fillWidth: true
            implicitHeight: 52 // a touch target of its own, not only when the layout stretches it
            placeholderText: qsTr("Search code, name or address")
            onTextEdited: root.model.search = text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: [
                    { code: "todo", label: qsTr("To do") },
                    { code: "attention", label: qsTr("Attention") },
                    { code: "done", label: qsTr("Done") },
                    { code: "all", label: qsTr("All") }
                ]
                PlainButton {
                    required property var modelData
                    // While the route is shown no filter is chosen (outside finding B7: "Attention" stayed
                    // lit over the route's list).
                    readonly property bool chosen: !root.model.routeMode && root.model.statusFilter === modelData.code
                    objectName: "workFilter_" + modelData.code
                    Layout.fillWidth: true
                    implicitHeight: 48
                    flat: !chosen
                    highlighted: chosen
                    text: modelData.label
                    onClicked: {
                        if (root.model.routeMode)
                            root.routeLeft()
                        root.model.statusFilter = modelData.code
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            objectName: "workListHeader"
            text: root.model.routeMode ? qsTr("Today's route: %n stop(s) · %1 km in a straight line", "", root.model.totalCount)
                                         .arg((root.routeMetres / 1000).toFixed(1))
                  : (root.hasPosition ? qsTr("%n asset(s), nearest first", "", root.model.totalCount)
                                      : qsTr("%n asset(s), by due date (no position yet)", "", root.model.totalCount))
            color: Material.hintTextColor
            elide: Text.ElideRight
        }
        ListView {
            id: list
            objectName: "workList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.model
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                required property string uuid
                required property string code
                required property string name
                required property string categoryLabel
                required property string statusLabel
                required property string address
                required property double distance
                required property int stop
                required property int index
                required property bool returned
                required property string statusReason
                objectName: "work_" + index
                width: ListView.view.width
                height: returned ? 96 : 72
                // Work the office sent back comes first and says so, with the office's reason.
                background: Rectangle { color: returned ? Theme.errorPale : "transparent" }
                onClicked: root.assetChosen(uuid)
                contentItem: RowLayout {
                    spacing: 10
                    Label {
                        visible: stop > 0
                        text: stop
                        font.bold: true
                        color: Theme.brand
                        Layout.preferredWidth: 28
                        horizontalAlignment: Text.AlignHCenter
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: name !== "" ? name : code
                            font.pixelSize: 16
                            elide: Text.ElideRight
                        }
                        Label {
                            objectName: "returnedReason"
                            visible: returned
                            Layout.fillWidth: true
                            text: qsTr("Sent back by the office: %1").arg(statusReason)
                            color: Theme.fail
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: code + " · " + categoryLabel + " · " + statusLabel + (address !== "" ? " · " + address : "")
                            color: Material.hintTextColor
                            elide: Text.ElideRight
                        }
                    }
                    Label {
                        text: root.distanceText(distance)
                        font.bold: true
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: root.model.errorText !== "" ? root.model.errorText : qsTr("Nothing here.")
                wrapMode: Text.Wrap
                width: parent.width - 32
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
