import QtQuick
import GoodCity
import QtQuick.Controls

// A scale bar whose length is a round distance (1, 2 or 5 × 10ⁿ m) no longer than maxWidth.
Item {
    id: bar

    required property real metresPerPixel
    property real maxWidth: 120

    readonly property real metres: {
        const raw = metresPerPixel * maxWidth
        const p = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10))
        const steps = [5, 2, 1]
        for (let i = 0; i < steps.length; ++i)
            if (steps[i] * p <= raw)
                return steps[i] * p
        return p
    }

    implicitWidth: maxWidth
    implicitHeight: label.implicitHeight + 10

    Rectangle {
        id: line
        anchors.bottom: parent.bottom
        width: bar.metres / bar.metresPerPixel
        height: 6
        color: "transparent"
        border.color: Theme.text
        border.width: 2
        Rectangle { width: parent.width / 2; height: parent.height; color: Theme.text }
    }
    Label {
        id: label
        anchors.left: line.left
        anchors.bottom: line.top
        text: bar.metres >= 1000 ? qsTr("%1 km").arg(bar.metres / 1000) : qsTr("%1 m").arg(bar.metres)
        font.pixelSize: 12
    }
}
