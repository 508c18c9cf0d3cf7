import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// One facility line of a department's survey sheet: needed or not, how many marks, a note. On a narrow
// (portrait) screen the controls go under the description instead of squeezing it.
ItemDelegate {
    id: row

    required property int index
    required property string code
    required property string category
    required property string name
    required property bool needed
    required property int markCount
    required property string method
    required property string markSize
    required property string variant
    required property string address
    required property string note
    required property bool hasPhoto
    required property bool editable

    signal neededEdited(bool value)
    signal markCountEdited(int value)
    signal noteEdited(string value)

    readonly property bool wide: width >= 900

    height: Math.max(72, content.implicitHeight + 16)

    contentItem: GridLayout {
        id: content
        columns: row.wide ? 4 : 3
        columnSpacing: 12
        rowSpacing: 4
        ColumnLayout {
            Layout.fillWidth: true
            Layout.columnSpan: row.wide ? 1 : 3
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.name.length > 0 ? row.name : row.category
                font.bold: true
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: [row.code.length > 0 ? row.code : qsTr("New facility"), row.category, row.method, row.markSize, row.variant,
                       row.hasPhoto ? qsTr("photo") : ""]
                      .filter(s => s.length > 0).join(" · ")
                opacity: 0.7
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: row.address.length > 0
                text: row.address
                opacity: 0.6
                font.pixelSize: 12
                wrapMode: Text.Wrap
            }
        }
        TextField {
            Layout.preferredWidth: 180
            Layout.fillWidth: !row.wide
            Layout.preferredHeight: Theme.touchTarget
            placeholderText: qsTr("Note")
            text: row.note
            enabled: row.editable
            onEditingFinished: if (text !== row.note) row.noteEdited(text)
        }
        SpinBox {
            Layout.preferredHeight: Theme.touchTarget
            from: 0
            to: 1000
            value: row.markCount
            enabled: row.editable && row.needed
            onValueModified: row.markCountEdited(value)
        }
        Switch {
            Layout.preferredHeight: Theme.touchTarget
            text: row.needed ? qsTr("Needed") : qsTr("Not needed")
            checked: row.needed
            enabled: row.editable
            onToggled: row.neededEdited(checked)
        }
    }
}
