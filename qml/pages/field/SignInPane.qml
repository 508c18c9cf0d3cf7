import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Who is working: pick your name, type your PIN when you have one.
Pane {
    id: root

    required property var users
    required property string message
    property int chosen: -1

    signal signInRequested(string name, string pin)

    function submit() {
        if (root.chosen < 0)
            return
        root.signInRequested(root.users[root.chosen].name, pin.text)
        pin.text = ""
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 480)
        spacing: 12

        Label {
            text: qsTr("Who is working today?")
            font.pixelSize: 24
            font.bold: true
        }
        Label {
            visible: root.users.length === 0
            text: qsTr("No crew members in this inventory yet. Ask the office to add you.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "userList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 5 * 56)
            clip: true
            model: root.users
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                objectName: "user_" + modelData.name
                width: ListView.view.width
                height: 56
                highlighted: root.chosen === index
                text: modelData.crew && modelData.crew !== modelData.name ? modelData.name + " · " + modelData.crew : modelData.name
                onClicked: {
                    root.chosen = index
                    if (!modelData.hasPin)
                        root.submit()
                    else
                        pin.forceActiveFocus()
                }
            }
        }
        TextField {
            id: pin
            objectName: "pinField"
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            visible: root.chosen >= 0 && root.users[root.chosen].hasPin
            placeholderText: qsTr("PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            onAccepted: root.submit()
        }
        Button {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            visible: pin.visible
            text: qsTr("Sign in")
            highlighted: true
            onClicked: root.submit()
        }
        Label {
            visible: root.message !== ""
            text: root.message
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
