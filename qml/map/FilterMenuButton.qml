import QtQuick
import GoodCity
import QtQuick.Controls
import QtQuick.Controls.Material

// One filter field as a button with a menu of checkable values; shows how many are picked.
Button {
    id: button

    required property AssetFilterState filterState
    required property string field      // category | status | dong | department | method
    required property string title
    required property var options       // [{ code, label }]
    required property var selected      // the field's current list in filterState

    objectName: "filter_" + field
    text: selected.length > 0 ? qsTr("%1 (%2)").arg(title).arg(selected.length) : title
    highlighted: selected.length > 0
    flat: selected.length === 0
    implicitHeight: 48
    onClicked: menu.open()

    Menu {
        id: menu
        y: button.height
        MenuItem {
            text: qsTr("All")
            enabled: button.selected.length > 0
            onTriggered: button.filterState.clear(button.field)
        }
        MenuSeparator {}
        Repeater {
            model: button.options
            delegate: MenuItem {
                required property var modelData
                text: modelData.label
                checkable: true
                checked: button.selected.indexOf(modelData.code) >= 0
                onTriggered: button.filterState.toggle(button.field, modelData.code)
            }
        }
    }
}
