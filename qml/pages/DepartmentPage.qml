import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The department workspace (W1.6 adds demand surveys and Excel round trips).
Page {
    id: page

    required property AppController app

    title: qsTr("Department")

    ScrollView {
        anchors.fill: parent
        anchors.margins: 16
        CountList {
            width: page.width - 32
            title: qsTr("Assets by category")
            counts: page.app.categoryCounts
            total: page.app.assetCount
        }
    }
}
