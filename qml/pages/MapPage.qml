import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The map workspace: crews find their work, the office sees the rollout and picks assets to assign.
Page {
    id: page

    required property AppController app
    // True while assets, layers or visible tiles are still loading (screenshots wait for it).
    readonly property bool busy: map.busy
    readonly property bool korean: page.app.language !== "en"

    // The office picked assets with a box or lasso and wants to assign work for them.
    signal assignRequested(var fids)
    // A crew or clerk opened one asset from the map.
    signal assetOpened(int fid)

    title: qsTr("Map")

    MapView {
        id: map
        objectName: "mapView"
        anchors.fill: parent
        source: page.app.inventoryOpen ? page.app.inventoryPath : ""
        onAssetTapped: fid => page.assetOpened(fid)
    }

    Connections {
        target: page.app
        function onStatsChanged() { map.reload() }
    }
    Binding { target: map.layers; property: "basemap"; value: page.app.basemap }

    FilterBar {
        id: filterBar
        map: map
        korean: page.korean
        anchors { top: parent.top; left: parent.left; margins: 8 }
        maxWidth: parent.width - tools.width - 32
    }

    Pane {
        id: tools
        objectName: "mapTools"
        anchors { top: parent.top; right: parent.right; margins: 8 }
        Material.elevation: 4
        padding: 0
        ColumnLayout {
            spacing: 0
            ToolButton { text: "+"; font.pixelSize: 22; Accessible.name: qsTr("Zoom in"); onClicked: map.zoomIn() }
            ToolButton { text: "−"; font.pixelSize: 22; Accessible.name: qsTr("Zoom out"); onClicked: map.zoomOut() }
            ToolButton { text: "⤢"; font.pixelSize: 20; Accessible.name: qsTr("Whole district"); ToolTip.text: Accessible.name
                         ToolTip.visible: hovered; onClicked: map.fitDistrict() }
            MenuSeparator { Layout.fillWidth: true }
            ToolButton {
                text: qsTr("Pan"); font.pixelSize: 12; checkable: true; checked: map.interaction === MapView.Pan
                Accessible.name: qsTr("Pan"); ToolTip.text: Accessible.name; ToolTip.visible: hovered
                onClicked: map.interaction = MapView.Pan
            }
            ToolButton {
                text: qsTr("Box"); font.pixelSize: 12; checkable: true; checked: map.interaction === MapView.BoxSelect
                Accessible.name: qsTr("Select with a box"); ToolTip.text: Accessible.name; ToolTip.visible: hovered
                onClicked: map.interaction = MapView.BoxSelect
            }
            ToolButton {
                text: qsTr("Lasso"); font.pixelSize: 12; checkable: true; checked: map.interaction === MapView.LassoSelect
                Accessible.name: qsTr("Select with a lasso"); ToolTip.text: Accessible.name; ToolTip.visible: hovered
                onClicked: map.interaction = MapView.LassoSelect
            }
            MenuSeparator { Layout.fillWidth: true }
            ToolButton {
                text: "▦"; font.pixelSize: 20; checkable: true; checked: map.choropleth
                Accessible.name: qsTr("Colour dongs by share verified"); ToolTip.text: Accessible.name; ToolTip.visible: hovered
                onClicked: map.choropleth = !map.choropleth
            }
            ToolButton {
                objectName: "layersButton"
                text: "☰"; font.pixelSize: 20
                Accessible.name: qsTr("Layers"); ToolTip.text: Accessible.name; ToolTip.visible: hovered
                onClicked: layerPanel.open()
            }
        }
    }

    Legend {
        map: map
        korean: page.korean
        anchors { left: parent.left; bottom: parent.bottom; margins: 8 }
    }

    Pane {
        id: coordinates
        anchors { right: parent.right; bottom: parent.bottom; margins: 8 }
        Material.elevation: 2
        padding: 6
        RowLayout {
            spacing: 12
            ScaleBar { metresPerPixel: map.metresPerPixel }
            Label {
                font.pixelSize: 12
                font.family: "monospace"
                text: qsTr("EPSG:5186 %1, %2\n%3°N %4°E")
                    .arg(map.centerX.toFixed(1)).arg(map.centerY.toFixed(1))
                    .arg(map.centerLat.toFixed(5)).arg(map.centerLon.toFixed(5))
            }
        }
    }

    // The basemap's licence asks for its credit on the map ("© OpenStreetMap contributors").
    Label {
        objectName: "basemapAttribution"
        visible: text !== ""
        text: map.layers.attribution
        anchors { right: parent.right; bottom: coordinates.top; rightMargin: 8; bottomMargin: 4 }
        font.pixelSize: 11
        padding: 3
        background: Rectangle { color: "#CCFFFFFF"; radius: 2 }
    }

    AssetCard {
        id: card
        visible: map.selectedAsset.code !== undefined
        asset: map.selectedAsset
        korean: page.korean
        cannotInstall: map.selectedAsset.uuid !== undefined ? page.app.cannotInstallReport(map.selectedAsset.uuid) : ({})
        sync: page.app.sync
        width: Math.min(360, page.width - 32)
        // Beside the map's tools, below the filter bar, and no taller than the page leaves.
        anchors { right: tools.left; top: filterBar.bottom; margins: 8 }
        height: Math.min(implicitHeight, page.height - y - 8)
        onClosed: map.clearSelection()
    }

    Pane {
        visible: map.selectionCount > 1
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; margins: 8 }
        Material.elevation: 6
        RowLayout {
            Label { text: qsTr("%n assets selected", "", map.selectionCount); font.bold: true }
            Button {
                text: qsTr("Assign work…")
                highlighted: true
                onClicked: page.assignRequested(map.selection)
            }
            Button { text: qsTr("Clear"); flat: true; onClicked: map.clearSelection() }
        }
    }

    Pane {
        visible: map.errorText !== ""
        anchors { horizontalCenter: parent.horizontalCenter; top: filterBar.bottom; margins: 8 }
        Material.background: Material.color(Material.Red, Material.Shade50)
        Label { text: map.errorText; wrapMode: Text.Wrap; width: Math.min(implicitWidth, page.width - 64) }
    }

    BusyIndicator {
        anchors.centerIn: parent
        running: map.loading
        visible: running
    }

    LayerPanel {
        id: layerPanel
        map: map
        onBasemapChosen: file => page.app.chooseBasemap(file)
    }
}
