import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One facility line of a department's survey sheet: needed or not, how many marks, a note.
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
    required property bool editable

    signal neededEdited(bool value)
    signal markCountEdited(int value)
    signal noteEdited(string value)

    height: Math.max(72, content.implicitHeight + 16)

    contentItem: RowLayout {
        id: content
        spacing: 12
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.name.length > 0 ? row.name : row.category
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: [row.code.length > 0 ? row.code : qsTr("New facility"), row.category, row.method, row.markSize, row.variant]
                      .filter(s => s.length > 0).join(" · ")
                opacity: 0.7
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: row.address.length > 0
                text: row.address
                opacity: 0.6
                font.pixelSize: 12
                elide: Text.ElideRight
            }
        }
        TextField {
            Layout.preferredWidth: 180
            Layout.preferredHeight: 48
            placeholderText: qsTr("Note")
            text: row.note
            enabled: row.editable
            onEditingFinished: if (text !== row.note) row.noteEdited(text)
        }
        SpinBox {
            Layout.preferredHeight: 48
            from: 0
            to: 1000
            value: row.markCount
            enabled: row.editable && row.needed
            onValueModified: row.markCountEdited(value)
        }
        Switch {
            Layout.preferredHeight: 48
            text: row.needed ? qsTr("Needed") : qsTr("Not needed")
            checked: row.needed
            enabled: row.editable
            onToggled: row.neededEdited(checked)
        }
    }
}
