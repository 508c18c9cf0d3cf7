import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

ApplicationWindow {
    id: root

    required property AppController app
    // Names accepted by showPage(), `--page` and the self-test, in tab order.
    readonly property var pageNames: ["map", "field", "office", "department"]
    // True while the current page still loads data in the background (screenshots wait for it).
    property bool busy: tabs.currentIndex === 0 && mapPage.busy

    function showPage(name) {
        const i = pageNames.indexOf(name)
        if (i < 0)
            return false
        tabs.currentIndex = i
        return true
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("Good City Geumcheon — brand rollout")
    Material.theme: Material.Light
    Material.primary: Theme.brand
    Material.accent: Theme.accent

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                // On a portrait tablet the page tabs need the room.
                visible: root.width >= 1000
                text: qsTr("Good City Geumcheon")
                font.pixelSize: 20
                font.bold: true
                color: "white"
                Layout.leftMargin: 16
            }
            TabBar {
                id: tabs
                Layout.fillWidth: true
                Material.background: "transparent"
                Material.foreground: "white"
                Material.accent: "white"
                Repeater {
                    model: [qsTr("Map"), qsTr("Field"), qsTr("Office"), qsTr("Department")]
                    TabButton {
                        required property string modelData
                        required property int index
                        objectName: "tab_" + root.pageNames[index]
                        text: modelData
                        implicitHeight: 48
                        font.pixelSize: 16
                    }
                }
            }
            Label {
                text: root.app.inventoryOpen ? qsTr("%n assets", "", root.app.assetCount) : qsTr("No inventory")
                color: "white"
                Layout.rightMargin: 16
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex
        MapPage { id: mapPage; app: root.app }
        FieldPage { id: fieldPage; app: root.app }
        OfficePage { app: root.app }
        DepartmentPage { app: root.app; tabBar: tabs; tabIndex: 3 }
    }

    // A file edited in QGIS: offer to record the edits as history (W2.7).
    AdoptDialog {
        id: adoptDialog
        objectName: "adoptDialog"
        offer: root.app.outsideEdits
        actor: fieldPage.controller.signedIn ? fieldPage.controller.userName : root.app.outsideEdits.officeName
    }
    Connections {
        target: root.app.outsideEdits
        function onFound() { adoptDialog.open() }
    }

    InventoryErrorBanner {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        visible: !root.app.inventoryOpen
        message: root.app.errorText
        path: root.app.inventoryPath
    }
}
