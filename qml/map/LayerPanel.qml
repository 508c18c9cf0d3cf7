import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import GoodCity

// Base layers: add a GIS file the district already has, order, show or hide, and style them.
Drawer {
    id: panel

    required property MapView map

    // The user picked a basemap file (an .mbtiles or .gpkg package, a GDAL tile service .xml, a GeoTIFF).
    signal basemapChosen(url file)

    edge: Qt.RightEdge
    width: Math.min(400, parent ? parent.width * 0.9 : 400)
    height: parent ? parent.height : 600

    FileDialog {
        id: picker
        title: qsTr("Add a GIS file")
        nameFilters: [qsTr("GIS files (*.gpkg *.shp *.geojson *.json *.kml *.kmz *.fgb *.gml *.tif *.tiff *.jp2 *.vrt *.img)"),
                      qsTr("All files (*)")]
        onAccepted: panel.map.layers.addFile(selectedFile)
    }
    FileDialog {
        id: basemapPicker
        title: qsTr("Choose a basemap")
        nameFilters: [qsTr("Basemaps (*.mbtiles *.gpkg *.xml *.tif *.tiff *.vrt)"), qsTr("All files (*)")]
        onAccepted: panel.basemapChosen(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ToolBar {
            Layout.fillWidth: true
            Material.background: "white"
            RowLayout {
                anchors.fill: parent
                Label {
                    text: qsTr("Layers")
                    font.pixelSize: 18
                    font.bold: true
                    Layout.leftMargin: 12
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "chooseBasemap"
                    text: qsTr("Basemap…")
                    flat: true
                    onClicked: basemapPicker.open()
                }
                Button {
                    text: qsTr("Add file…")
                    highlighted: true
                    onClicked: picker.open()
                }
                ToolButton {
                    text: "✕"
                    Accessible.name: qsTr("Close")
                    onClicked: panel.close()
                }
            }
        }
        Label {
            visible: panel.map.layers.saveError !== ""
            text: panel.map.layers.saveError
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.margins: 8
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.map.layers
            delegate: LayerDelegate { layers: panel.map.layers }
            ScrollBar.vertical: ScrollBar {}
        }
        Label {
            text: qsTr("The top layer is drawn over the others. Tap a layer for its style.")
            color: Material.hintTextColor
            font.pixelSize: 12
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.margins: 8
        }
    }
}
