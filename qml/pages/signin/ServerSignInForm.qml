import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import GoodCity

// The office server: its address, the user and password the office gave, and its certificate when
// it signs its own. The SyncController checks the address and logs in; the answer shows here.
ColumnLayout {
    id: root

    required property AppController app
    required property SyncController sync

    spacing: 8
    // What was kept from the last sign-in, filled once: a failed attempt must not wipe what the user typed.
    Component.onCompleted: {
        address.text = root.sync.serverUrl
        user.text = root.sync.serverUser
        certificate.text = root.sync.trustedCertificateFile
    }

    Label {
        text: qsTr("Office server")
        font.pixelSize: 18
        font.bold: true
    }
    Label {
        Layout.fillWidth: true
        visible: root.sync.loggedIn
        text: qsTr("Signed in to %1 as %2.").arg(root.sync.serverUrl).arg(root.sync.serverUser)
        wrapMode: Text.Wrap
        color: Theme.pass
    }
    TextField {
        id: address
        objectName: "serverAddress"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTargetLarge
        placeholderText: qsTr("Server address, e.g. https://office.example:8443")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
    }
    TextField {
        id: user
        objectName: "serverUser"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTargetLarge
        placeholderText: qsTr("User name")
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
    }
    TextField {
        id: password
        objectName: "serverPassword"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTargetLarge
        placeholderText: qsTr("Password")
        echoMode: TextInput.Password
        onAccepted: signIn.clicked()
    }
    RowLayout {
        Layout.fillWidth: true
        TextField {
            id: certificate
            objectName: "certificateFile"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTargetLarge
            placeholderText: qsTr("Office certificate (only if the office signs its own)")
        }
        Button {
            Layout.preferredHeight: Theme.touchTarget
            text: qsTr("Choose…")
            onClicked: certificateDialog.open()
        }
    }
    Switch {
        id: insecure
        objectName: "allowInsecure"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        checked: root.sync.allowPlainHttp
        text: qsTr("Allow unencrypted http:// (test networks only)")
    }
    Label {
        Layout.fillWidth: true
        visible: root.sync.loginError !== ""
        text: root.sync.loginError
        color: Theme.fail
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        Button {
            id: signIn
            objectName: "serverSignIn"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTargetLarge
            highlighted: true
            enabled: !root.sync.loggingIn && address.text.trim() !== "" && user.text.trim() !== "" && password.text !== ""
            text: root.sync.loggingIn ? qsTr("Signing in…") : qsTr("Sign in")
            onClicked: {
                // No inventory file yet (a file named at start that is not there): the tablet's own,
                // empty, which the first sync fills. A damaged file is not replaced: its error shows.
                if (!root.app.inventoryOpen && !root.app.createInventory(root.app.inventoryPath))
                    return
                const cert = certificate.text.trim()
                // The password stays until the server accepted it: a refusal never makes the crew type it again.
                root.sync.login(address.text, user.text, password.text, insecure.checked,
                                cert.startsWith("file:") ? decodeURIComponent(new URL(cert).pathname) : cert)
            }
        }
        Button {
            objectName: "serverSignOut"
            visible: root.sync.loggedIn
            Layout.preferredHeight: Theme.touchTargetLarge
            text: qsTr("Sign out of the server")
            onClicked: root.sync.logout()
        }
    }

    Connections {
        target: root.sync
        function onLoginFinished(ok) { if (ok) password.text = "" }
    }
    Label {
        Layout.fillWidth: true
        visible: !root.app.inventoryOpen && root.app.errorText !== ""
        text: root.app.errorText
        color: Theme.fail
        wrapMode: Text.Wrap
    }

    FileDialog {
        id: certificateDialog
        title: qsTr("Office certificate")
        nameFilters: [qsTr("Certificates (*.pem *.crt)"), qsTr("All files (*)")]
        onAccepted: certificate.text = decodeURIComponent(new URL(selectedFile).pathname)
    }
}
