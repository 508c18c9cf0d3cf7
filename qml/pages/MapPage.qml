import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The map workspace. W1.2 replaces this body with the MapView; until then it lists the dongs.
Page {
    id: page

    required property AppController app

    title: qsTr("Map")

    ScrollView {
        anchors.fill: parent
        anchors.margins: 16
        CountList {
            width: page.width - 32
            title: qsTr("Assets by dong")
            counts: page.app.dongCounts
            total: page.app.assetCount
        }
    }
}
