import QtQuick
import GoodCity
import QtQuick.Controls
import QtQuick.Controls.Material

// A short message at the bottom that goes away by itself.
Popup {
    id: root

    property alias text: label.text

    function show(message) {
        label.text = message
        open()
        timer.restart()
    }

    x: (parent.width - width) / 2
    y: parent.height - height - 24
    width: Math.min(parent.width - 32, 560)
    closePolicy: Popup.CloseOnPressOutside
    Material.background: Theme.toast
    Label {
        id: label
        width: parent.width
        color: "white"
        wrapMode: Text.Wrap
    }
    Timer { id: timer; interval: 4000; onTriggered: root.close() }
}
