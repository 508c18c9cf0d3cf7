import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import GoodCity

// Reports upward and orders to the vendor: exports in six formats and QR label sheets, for the whole
// inventory, the assignment tab's filter or map selection, or the last assignment batch, saved
// where a save dialog says; and the materials sheet with its cost against the budget.
ScrollView {
    id: view

    required property OfficeController office
    // What the assignment tab narrows to: its filter (with its count) and the map's selection (fids).
    property var assignFilter: ({})
    property int assignFilterCount: 0
    property var mapSelection: []

    contentWidth: availableWidth
    clip: true

    readonly property bool wholeOnly: formatBox.currentValue === "pdf" || formatBox.currentValue === "qgis"
    readonly property var scopes: {
        const out = [{ text: qsTr("Whole inventory"), value: "all", filter: ({}) }]
        if (view.wholeOnly)
            return out
        out.push({ text: qsTr("The assignment filter (%n)", "", view.assignFilterCount), value: "filter", filter: view.assignFilter })
        if (view.mapSelection.length > 0)
            out.push({ text: qsTr("The map selection (%n)", "", view.mapSelection.length), value: "selection",
                       filter: ({ fids: view.mapSelection }) })
        if (view.office.lastBatch !== "")
            out.push({ text: qsTr("The last assignment batch (%n)", "", view.office.lastBatchCount), value: "batch",
                       filter: ({ batch: true }) })
        return out
    }
    readonly property var extensions: ({ pdf: "pdf", xlsx: "xlsx", csv: "csv", gpkg: "gpkg", geojson: "geojson", qgis: "qgz", labels: "pdf" })

    FileDialog {
        id: saveDialog
        objectName: "exportSaveDialog"
        fileMode: FileDialog.SaveFile
        title: formatBox.currentText
        nameFilters: [formatBox.currentText + " (*." + view.extensions[formatBox.currentValue] + ")"]
        defaultSuffix: view.extensions[formatBox.currentValue]
        onAccepted: {
            const scope = view.scopes[Math.max(0, scopeBox.currentIndex)].filter
            if (formatBox.currentValue === "labels")
                view.office.printLabels(selectedFile, scope)
            else
                view.office.exportTo(formatBox.currentValue, selectedFile, scope)
        }
    }

    ColumnLayout {
        width: view.availableWidth - 32
        x: 16
        spacing: 12

        Label { text: qsTr("Export"); font.pixelSize: 18; font.bold: true; Layout.topMargin: 12 }
        GridLayout {
            Layout.fillWidth: true
            columns: view.availableWidth > 900 ? 3 : 1
            ComboBox {
                id: formatBox
                objectName: "exportFormat"
                Layout.fillWidth: true
                Layout.minimumWidth: 260
                textRole: "text"
                valueRole: "value"
                model: [{ text: qsTr("PDF progress report"), value: "pdf" }, { text: qsTr("Excel (XLSX)"), value: "xlsx" },
                        { text: qsTr("CSV (UTF-8, Excel)"), value: "csv" }, { text: qsTr("GeoPackage"), value: "gpkg" },
                        { text: qsTr("GeoJSON"), value: "geojson" }, { text: qsTr("QGIS project"), value: "qgis" },
                        { text: qsTr("QR label sheet (PDF)"), value: "labels" }]
            }
            ComboBox {
                id: scopeBox
                objectName: "exportScope"
                Layout.fillWidth: true
                Layout.minimumWidth: 260
                textRole: "text"
                valueRole: "value"
                model: view.scopes
            }
            Button {
                objectName: "exportSave"
                text: qsTr("Save as…")
                highlighted: true
                enabled: !view.office.busy
                Layout.preferredHeight: 48
                onClicked: {
                    saveDialog.currentFolder = view.office.defaultExportUrl(formatBox.currentValue).toString().replace(/\/[^\/]*$/, "")
                    saveDialog.selectedFile = view.office.defaultExportUrl(formatBox.currentValue)
                    saveDialog.open()
                }
            }
        }
        Label {
            visible: view.wholeOnly
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Material.hintTextColor
            text: qsTr("The progress report and the QGIS project cover the whole rollout.")
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
