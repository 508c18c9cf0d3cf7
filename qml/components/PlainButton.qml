import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import GoodCity

// A raised-looking Material button without Material's shadow, for the start page: the style draws
// the shadow through two offscreen layers per button (start-up memory, BM_AppStartMyWork). Same
// colours (highlighted: the accent), a pressed shade and, unless flat, a hairline edge instead of the shadow.
Button {
    id: control
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: control.Material.buttonHeight
        y: control.topInset
        height: control.height - control.topInset - control.bottomInset
        radius: 2
        color: !control.enabled ? control.Material.buttonDisabledColor
             : control.highlighted ? (control.down ? Qt.darker(control.Material.highlightedButtonColor, 1.15) : control.Material.highlightedButtonColor)
             : (control.down ? Qt.darker(control.Material.buttonColor, 1.1) : control.Material.buttonColor)
        border.width: control.flat ? 0 : 1
        border.color: Qt.rgba(0, 0, 0, 0.12)
    }
}
