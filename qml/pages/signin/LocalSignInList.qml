import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Who is working, on a tablet without a server: the inventory's own users and crews, its
// departments and the design office. A tap signs in (a PIN first when the user has one).
ColumnLayout {
    id: root

    required property Session session
    property int chosen: -1

    function roleText(role) {
        switch (role) {
        case "crew": return qsTr("Crew")
        case "department": return qsTr("Department")
        case "office": return qsTr("Design office")
        case "admin": return qsTr("Administrator")
        }
        return role
    }

    function submit() {
        if (root.chosen < 0)
            return
        root.session.signInLocal(root.session.localChoices[root.chosen].name, pin.text)
        pin.text = ""
    }

    spacing: 8

    Label {
        text: qsTr("Who is working today?")
        font.pixelSize: 18
        font.bold: true
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Everything you record stays on this tablet, under your name, until a server is set up.")
        wrapMode: Text.Wrap
        color: Theme.textDim
    }
    Repeater {
        model: root.session.localChoices
        ItemDelegate {
            required property var modelData
            required property int index
            objectName: "user_" + modelData.name
            Layout.fillWidth: true
            implicitHeight: Theme.touchTargetLarge
            highlighted: root.chosen === index
            text: modelData.name + " · " + root.roleText(modelData.role)
                  + (modelData.crew && modelData.crew !== modelData.name ? " · " + modelData.crew : "")
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
        Layout.preferredHeight: Theme.touchTargetLarge
        visible: root.chosen >= 0 && root.chosen < root.session.localChoices.length && root.session.localChoices[root.chosen].hasPin
        placeholderText: qsTr("PIN")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: root.submit()
    }
    Button {
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTargetLarge
        visible: pin.visible
        text: qsTr("Sign in")
        highlighted: true
        onClicked: root.submit()
    }
    Label {
        visible: root.session.message !== ""
        text: root.session.message
        color: Theme.fail
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
