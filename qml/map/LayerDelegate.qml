import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// One row of the layer panel: visibility, name, state, opacity, order and a simple style.
ItemDelegate {
    id: row

    required property LayerListModel layers
    required property int index
    required property string name
    required property string kind
    required property string path
    required property bool layerVisible
    required property real layerOpacity
    required property string fill
    required property string stroke
    required property string labelField
    required property string encoding
    required property string crs
    required property string state
    required property string message
    required property var fields
    required property string sourceCrs
    required property int featureCount

    property bool expanded: false
    // The basemap row: shown or hidden and faded, always at the bottom, no vector styling.
    readonly property bool basemap: kind === "basemap"
    readonly property bool styled: kind !== "raster" && !basemap
    readonly property var palette: Theme.layerFills
    readonly property var strokes: Theme.layerStrokes

    width: ListView.view ? ListView.view.width : 320
    padding: 8
    onClicked: expanded = !expanded

    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            CheckBox {
                objectName: row.basemap ? "basemapVisible" : ""
                implicitWidth: Math.max(implicitContentWidth + leftPadding + rightPadding, Theme.touchTarget)
                implicitHeight: Math.max(implicitContentHeight + topPadding + bottomPadding, Theme.touchTarget)
                checked: row.layerVisible
                Accessible.name: qsTr("Show %1").arg(row.name)
                onToggled: row.layers.setVisible(row.index, checked)
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label { text: row.name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                Label {
                    Layout.fillWidth: true
                    text: row.state === "loading" ? qsTr("Loading…")
                        : row.state === "error" ? row.message
                        : (!row.styled ? row.message : qsTr("%n features", "", row.featureCount))
                          + (row.sourceCrs ? " · " + row.sourceCrs : "")
                    color: row.state === "error" ? Material.color(Material.Red) : Material.hintTextColor
                    font.pixelSize: 12
                    wrapMode: Text.Wrap
                }
                Label {
                    visible: row.state === "ok" && row.message !== "" && row.styled
                    text: row.message
                    color: Material.color(Material.Orange)
                    font.pixelSize: 12
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            BusyIndicator { running: row.state === "loading"; visible: running; implicitWidth: 32; implicitHeight: 32 }
        }
        RowLayout {
            visible: row.expanded || row.basemap
            Label { text: qsTr("Opacity") }
            Slider {
                objectName: row.basemap ? "basemapOpacity" : ""
                Accessible.name: qsTr("Opacity of %1").arg(row.name)
                implicitHeight: Theme.touchTarget
                Layout.minimumHeight: Theme.touchTarget
                Layout.fillWidth: true
                from: 0; to: 1; value: row.layerOpacity
                onMoved: row.layers.setOpacity(row.index, value)
            }
        }
        RowLayout {
            visible: row.expanded && row.styled
            Label { text: qsTr("Fill") }
            Repeater {
                model: row.palette
                delegate: RoundButton {
                    required property string modelData
                    implicitWidth: 48; implicitHeight: 48
                    Accessible.name: qsTr("Fill colour %1").arg(modelData)
                    background: Rectangle {
                        radius: 14; anchors.centerIn: parent; width: 28; height: 28
                        color: modelData; border.width: row.fill.toLowerCase() === modelData.toLowerCase() ? 3 : 1
                        border.color: Theme.textDim
                    }
                    onClicked: row.layers.setFill(row.index, modelData)
                }
            }
        }
        RowLayout {
            visible: row.expanded && row.styled
            Label { text: qsTr("Line") }
            Repeater {
                model: row.strokes
                delegate: RoundButton {
                    required property string modelData
                    implicitWidth: 48; implicitHeight: 48
                    Accessible.name: qsTr("Line colour %1").arg(modelData)
                    background: Rectangle {
                        radius: 14; anchors.centerIn: parent; width: 28; height: 28; color: "white"
                        border.width: row.stroke.toLowerCase() === modelData.toLowerCase() ? 5 : 3
                        border.color: Qt.colorEqual(modelData, Theme.none) ? Theme.muted : modelData
                    }
                    onClicked: row.layers.setStroke(row.index, modelData)
                }
            }
        }
        GridLayout {
            visible: row.expanded && row.styled
            columns: 2
            Label { text: qsTr("Label field") }
            ComboBox {
                Layout.fillWidth: true
                model: [""].concat(row.fields)
                displayText: currentText === "" ? qsTr("(no labels)") : currentText
                currentIndex: Math.max(0, model.indexOf(row.labelField))
                onActivated: row.layers.setLabelField(row.index, currentText)
            }
            Label { text: qsTr("Text encoding") }
            ComboBox {
                Layout.fillWidth: true
                model: ["", "UTF-8", "CP949", "EUC-KR"]
                displayText: currentText === "" ? qsTr("As the file says") : currentText
                currentIndex: Math.max(0, model.indexOf(row.encoding))
                onActivated: row.layers.setEncoding(row.index, currentText)
            }
        }
        RowLayout {
            visible: row.expanded && row.kind !== "inventory" && !row.basemap
            Label { text: qsTr("CRS") }
            TextField {
                id: crsField
                Layout.fillWidth: true
                text: row.crs
                placeholderText: qsTr("From the file (e.g. EPSG:5174)")
                onAccepted: row.layers.setCrs(row.index, text)
            }
            Button { text: qsTr("Apply"); flat: true; onClicked: row.layers.setCrs(row.index, crsField.text) }
        }
        RowLayout {
            visible: row.expanded && !row.basemap
            ToolButton { text: "▲"; Accessible.name: qsTr("Move up"); enabled: row.index > 0; onClicked: row.layers.move(row.index, row.index - 1) }
            ToolButton {
                text: "▼"; Accessible.name: qsTr("Move down")
                enabled: row.index < row.layers.count - 1
                onClicked: row.layers.move(row.index, row.index + 1)
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Remove")
                flat: true
                visible: row.kind !== "inventory"
                onClicked: row.layers.remove(row.index)
            }
        }
    }
}
