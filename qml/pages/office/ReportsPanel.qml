import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Reports upward and orders to the vendor: exports in five formats, QR label sheets, and the
// materials sheet with its cost against the budget.
ScrollView {
    id: view

    required property OfficeController office

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: view.availableWidth - 32
        x: 16
        spacing: 12

        Label { text: qsTr("Export"); font.pixelSize: 18; font.bold: true; Layout.topMargin: 12 }
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                id: formatBox
                Layout.preferredWidth: 260
                textRole: "text"
                valueRole: "value"
                model: [{ text: qsTr("PDF progress report"), value: "pdf" }, { text: qsTr("Excel (XLSX)"), value: "xlsx" },
                        { text: qsTr("CSV (UTF-8, Excel)"), value: "csv" }, { text: qsTr("GeoPackage"), value: "gpkg" },
                        { text: qsTr("GeoJSON"), value: "geojson" }, { text: qsTr("QR label sheet (PDF)"), value: "labels" }]
                onActivated: pathField.text = view.office.defaultExportPath(currentValue)
                Component.onCompleted: pathField.text = view.office.defaultExportPath(currentValue)
            }
            TextField { id: pathField; Layout.fillWidth: true; implicitHeight: Theme.touchTarget; selectByMouse: true }
            Button {
                text: qsTr("Save")
                highlighted: true
                enabled: !view.office.busy
                Layout.preferredHeight: 48
                onClicked: formatBox.currentValue === "labels" ? view.office.printLabels(pathField.text)
                                                               : view.office.exportTo(formatBox.currentValue, pathField.text)
            }
        }
        ProgressBar { Layout.fillWidth: true; visible: view.office.busy; value: view.office.progress }

        Label {
            text: qsTr("Materials and budget")
            font.pixelSize: 18
            font.bold: true
            Layout.topMargin: 12
        }
        Label {
            text: qsTr("Estimated cost %1 thousand won of the %2 thousand won budget")
                  .arg(Math.round(view.office.kpis.costThousandWon || 0).toLocaleString(Qt.locale(), "f", 0))
                  .arg(Number(view.office.kpis.budgetThousandWon || 0).toLocaleString(Qt.locale(), "f", 0))
            color: (view.office.kpis.costThousandWon || 0) > (view.office.kpis.budgetThousandWon || 0) ? Theme.fail : Material.foreground
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 6
            columnSpacing: 16
            rowSpacing: 4
            Repeater {
                model: [qsTr("Method and size"), qsTr("Assets"), qsTr("Marks"), qsTr("Not yet installed"), qsTr("Unit price (won)"), qsTr("Cost (thousand won)")]
                Label {
                    required property string modelData
                    required property int index
                    text: modelData
                    font.bold: true
                    Layout.fillWidth: index === 0
                }
            }
            Repeater {
                model: view.office.materials.length * 6
                Label {
                    required property int index
                    readonly property var m: view.office.materials[Math.floor(index / 6)]
                    readonly property int col: index % 6
                    Layout.fillWidth: col === 0
                    horizontalAlignment: col === 0 ? Text.AlignLeft : Text.AlignRight
                    text: col === 0 ? m.label
                        : Number(col === 1 ? m.assets : col === 2 ? m.marks : col === 3 ? m.remaining : col === 4 ? m.unitPrice : Math.round(m.costThousandWon))
                              .toLocaleString(Qt.locale(), "f", 0)
                }
            }
        }
    }
}
