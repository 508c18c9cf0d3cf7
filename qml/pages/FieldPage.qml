import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The field crew workspace (W1.4 fills in sign-in, my work, logging replacements).
Page {
    id: page

    required property AppController app

    title: qsTr("Field")

    function countOf(code) {
        const list = page.app.statusCounts
        for (let i = 0; i < list.length; ++i)
            if (list[i].code === code)
                return list[i].count
        return 0
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: 16
        columns: width > height ? 3 : 1
        rowSpacing: 16
        columnSpacing: 16
        StatTile {
            Layout.fillWidth: true
            label: qsTr("Assigned, to install")
            value: page.countOf("assigned")
        }
        StatTile {
            Layout.fillWidth: true
            label: qsTr("Needs attention")
            value: page.countOf("needs_attention")
            accent: "#C62828"
        }
        StatTile {
            Layout.fillWidth: true
            label: qsTr("Installed, awaiting review")
            value: page.countOf("installed")
            accent: "#1565C0"
        }
        Item { Layout.fillHeight: true; Layout.columnSpan: parent.columns }
    }
}
