import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Search and filters for the map; the same AssetFilterState drives the lists.
Pane {
    id: bar

    required property MapView map
    property bool korean: true
    // The room the page leaves it: the filters wrap onto a second row instead of running under the
    // map tools (in portrait, in English).
    property real maxWidth: 100000
    readonly property real oneRowWidth: {
        let w = 0
        for (let i = 0; i < row.children.length; ++i)
            if (row.children[i].visible)
                w += row.children[i].implicitWidth + row.spacing
        return w
    }

    Material.elevation: 4
    padding: 4
    contentWidth: Math.min(oneRowWidth, maxWidth - leftPadding - rightPadding)
    contentHeight: row.implicitHeight

    function entries(list) {
        return list.map(e => ({ code: e.code, label: bar.korean ? e.label : (e.labelEn || e.label) }))
    }

    Flow {
        id: row
        width: bar.availableWidth
        spacing: 2

        TextField {
            id: search
            objectName: "mapSearch"
            implicitWidth: 240
            implicitHeight: 48
            placeholderText: qsTr("Search code, name, address")
            inputMethodHints: Qt.ImhNoPredictiveText
            selectByMouse: true
            onTextEdited: debounce.restart()
            Timer {
                id: debounce
                interval: 300
                onTriggered: bar.map.filter.text = search.text
            }
            Connections {
                target: bar.map.filter
                function onChanged() {
                    if (bar.map.filter.text !== search.text && !debounce.running)
                        search.text = bar.map.filter.text
                }
            }
        }
        FilterMenuButton {
            filterState: bar.map.filter
            field: "category"
            title: qsTr("Category")
            options: bar.entries(bar.map.categoryLegend)
            selected: bar.map.filter.categories
        }
        FilterMenuButton {
            filterState: bar.map.filter
            field: "status"
            title: qsTr("Status")
            options: bar.entries(bar.map.statusLegend)
            selected: bar.map.filter.statuses
        }
        FilterMenuButton {
            filterState: bar.map.filter
            field: "dong"
            title: qsTr("Dong")
            options: bar.map.dongOptions.map(d => ({ code: d.code, label: d.name }))
            selected: bar.map.filter.dongCodes
        }
        FilterMenuButton {
            filterState: bar.map.filter
            field: "department"
            title: qsTr("Department")
            options: bar.map.departmentOptions.map(d => ({ code: d, label: d }))
            selected: bar.map.filter.departments
        }
        FilterMenuButton {
            filterState: bar.map.filter
            field: "method"
            title: qsTr("Method")
            options: bar.entries(bar.map.methodOptions)
            selected: bar.map.filter.methods
        }
        ToolButton {
            visible: bar.map.filter.active
            implicitHeight: 48
            text: qsTr("Clear")
            onClicked: {
                search.text = ""
                bar.map.filter.clear("")
            }
        }
    }
}
