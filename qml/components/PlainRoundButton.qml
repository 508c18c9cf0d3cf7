import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import GoodCity

// A round button over a map without Material's shadow (two offscreen layers per button: start-up
// memory); a white face with a dark edge keeps it visible on any basemap.
RoundButton {
    id: control
    background: Rectangle {
        implicitWidth: 56
        implicitHeight: 56
        radius: width / 2
        color: control.down ? Theme.brandPale : "white"
        border.width: 1
        border.color: Theme.slate
        opacity: control.enabled ? 1 : 0.5
    }
}
