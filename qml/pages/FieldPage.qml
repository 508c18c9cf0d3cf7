import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// The field crew workspace: sign in, then my work, the daily route, the asset card and the saves.
// A FieldController does the work; the panes under pages/field/ only show it and report taps.
Page {
    id: page

    required property AppController app
    // An NMEA log to replay as the position source (tests, demos); empty: the device's own source.
    property string nmeaLog: ""
    readonly property alias controller: field

    // Sign out was tapped on the field's toolbar; Main.qml asks about unsent changes, then signs out.
    signal signOutRequested()

    title: qsTr("Field")

    FieldController {
        id: field
        app: page.app
    }

    FieldPosition {
        field: field
        nmeaLog: page.nmeaLog
    }

    // Only while no one is signed in (a crew signed in before starts without it).
    Loader {
        anchors.fill: parent
        active: !field.signedIn
        sourceComponent: SignInPane {
            users: field.users
            message: field.message
            onSignInRequested: (name, pin) => field.signIn(name, pin)
        }
    }

    FieldWorkspace {
        anchors.fill: parent
        visible: field.signedIn
        field: field
        onSignOutRequested: page.signOutRequested()
    }
}
