import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

ApplicationWindow {
    id: root

    required property AppController app
    // Names accepted by showPage(), `--page` and the self-test, in tab order ("signin": the sign-in page).
    readonly property var pageNames: ["map", "field", "office", "department", "signin"]
    // The pages the signed-in user's role may open (a crew: field and map; a department: its survey;
    // the office: all); none before anyone signed in.
    // Without an inventory there is nothing to act on: the pages show why (InventoryErrorBanner).
    readonly property var allowedPages: root.app.inventoryOpen ? root.app.session.pages : ["map", "field", "office", "department"]
    property bool signInOpen: false
    // A new tablet signed in with its inventory still empty: the sign-in page shows the first sync
    // bringing the office's inventory until the server has answered a whole round.
    readonly property bool receiving: root.app.inventoryOpen && root.app.eventCount === 0 && root.app.sync.loggedIn
                                      && root.app.sync.lastSyncAt === ""
    readonly property bool showSignIn: root.signInOpen || (!root.app.session.signedIn && root.app.inventoryOpen) || root.receiving
    readonly property string currentPage: root.showSignIn ? "signin"
                                          : (root.allowedPages[tabs.currentIndex] || root.allowedPages[0] || "signin")
    // True while the current page still loads data in the background (screenshots wait for it).
    property bool busy: root.currentPage === "map" && mapLoader.item !== null && mapLoader.item.busy
    // Pages are made the first time they are shown and kept from then on: a crew never pays for the
    // office's dashboard, a department for the map (start-up time and memory, BM_AppStartMyWork).
    property var shownPages: []
    onCurrentPageChanged: if (root.shownPages.indexOf(root.currentPage) < 0) root.shownPages = root.shownPages.concat([root.currentPage])
    function pageMade(name) { return root.currentPage === name || root.shownPages.indexOf(name) >= 0 }

    // Every Sign out (the header menu's, the field toolbar's) comes here: unsent changes stay on this
    // tablet and go when their author signs in again, and the person signing out is told so first
    // (outside finding F23: no word about them).
    function requestSignOut() {
        if (root.app.sync.pending > 0)
            signOutDialog.open()
        else
            root.app.signOut()
    }

    function showPage(name) {
        if (name === "signin") {
            root.signInOpen = true
            return true
        }
        const i = root.allowedPages.indexOf(name)
        if (i < 0)
            return false
        root.signInOpen = false
        tabs.currentIndex = i
        return true
    }

    // A sign-in that succeeded closes the page, also when it is the same user again (a session ended).
    Connections {
        target: root.app.sync
        function onLoginFinished(ok) { if (ok) root.signInOpen = false }
    }
    // A new sign-in starts on the role's first page: "my work" for a crew.
    Connections {
        target: root.app.session
        function onChanged() {
            tabs.currentIndex = 0
            if (root.app.session.signedIn)
                root.signInOpen = false
        }
    }

    width: 1280
    height: 800
    visible: true
    title: qsTr("Good City Geumcheon — brand rollout")
    Material.theme: Material.Light
    Material.primary: Theme.brand
    Material.accent: Theme.accent

    header: ToolBar {
        // No shadow: Material draws it through two offscreen layers the width of the window (start-up memory).
        Material.elevation: 0
        RowLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                // On a portrait tablet the page tabs need the room.
                visible: root.width >= 1000
                text: qsTr("Good City Geumcheon")
                font.pixelSize: 20
                font.bold: true
                color: "white"
                Layout.leftMargin: 16
            }
            TabBar {
                id: tabs
                // The tabs share what the title and the user chip leave: in portrait the chip stays on screen.
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.minimumWidth: 0
                visible: !root.showSignIn
                Material.background: "transparent"
                Material.foreground: "white"
                Material.accent: "white"
                Repeater {
                    model: root.allowedPages
                    TabButton {
                        required property string modelData
                        objectName: "tab_" + modelData
                        text: modelData === "map" ? qsTr("Map") : modelData === "field" ? qsTr("Field")
                              : modelData === "office" ? qsTr("Office") : qsTr("Department")
                        implicitHeight: 48
                        font.pixelSize: 16
                    }
                }
            }
            Item { Layout.fillWidth: true; visible: root.showSignIn }
            ToolButton {
                id: userChip
                objectName: "userChip"
                visible: root.app.session.signedIn
                implicitHeight: 48
                Layout.maximumWidth: Math.max(160, root.width * 0.35)
                Material.foreground: "white"
                font.capitalization: Font.MixedCase // the name as the person typed it, not "CREW1"
                // The crew's own team (현장1팀), as the field page says, else the role (outside finding F8).
                readonly property string team: root.app.session.crew !== "" ? root.app.session.crew : root.app.session.roleLabel
                text: root.app.session.userName + (team !== "" && team !== root.app.session.userName ? " · " + team : "")
                onClicked: userMenu.open()
                Menu {
                    id: userMenu
                    y: userChip.height
                    MenuItem {
                        objectName: "menuServer"
                        height: 48
                        text: qsTr("Office server…")
                        onTriggered: root.signInOpen = true
                    }
                    MenuItem {
                        objectName: "menuSignOut"
                        height: 48
                        text: qsTr("Sign out")
                        onTriggered: root.requestSignOut()
                    }
                }
            }
            Label {
                visible: root.width > 1000
                text: root.app.inventoryOpen ? qsTr("%n assets", "", root.app.assetCount) : qsTr("No inventory")
                color: "white"
                Layout.rightMargin: 16
            }
        }
    }

    footer: SyncStatusChip {
        objectName: "syncChip"
        sync: root.app.sync
        onSignInRequested: root.signInOpen = true
    }

    StackLayout {
        anchors.fill: parent
        anchors.bottomMargin: errorBanner.visible ? errorBanner.height : 0 // the banner never covers a button
        visible: !root.showSignIn
        currentIndex: Math.max(0, root.pageNames.indexOf(root.currentPage))
        Loader { id: mapLoader; active: root.pageMade("map"); sourceComponent: MapPage { app: root.app } }
        Loader { active: root.pageMade("field"); sourceComponent: FieldPage { app: root.app; onSignOutRequested: root.requestSignOut() } }
        Loader { active: root.pageMade("office"); sourceComponent: OfficePage { app: root.app } }
        Loader { active: root.pageMade("department"); sourceComponent: DepartmentPage { app: root.app; tabBar: tabs; tabIndex: 3 } }
    }

    // Made the first time it shows, like the pages: a crew signed in before starts without it.
    Loader {
        anchors.fill: parent
        anchors.bottomMargin: errorBanner.visible ? errorBanner.height : 0
        visible: root.showSignIn
        active: root.pageMade("signin")
        sourceComponent: SignInPage {
            objectName: "signInPage"
            receiving: root.receiving
            app: root.app
            closable: root.app.session.signedIn
            onCloseRequested: root.signInOpen = false
        }
    }

    // Made the first time it is needed (start-up memory).
    DialogLoader {
        id: signOutDialog
        objectName: "signOutDialogLoader"
        sourceComponent: Dialog {
            objectName: "signOutDialog"
            parent: Overlay.overlay
            anchors.centerIn: parent
            width: Math.min(parent.width - 32, 520)
            modal: true
            exit: Transition {} // gone at once: a fading shade would take the next tap (the sign-in page's)
            title: qsTr("Sign out with changes not sent?")
            contentItem: Label {
                wrapMode: Text.Wrap
                text: qsTr("%n change(s) on this tablet have not reached the office yet. They stay here and are sent when %1 signs in again on this tablet.", "", Math.max(0, root.app.sync.pending)).arg(root.app.session.userName)
            }
            footer: DialogButtonBox {
                Button { objectName: "signOutCancel"; text: qsTr("Stay signed in"); flat: true; implicitHeight: Theme.touchTarget; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
                Button { objectName: "signOutConfirm"; text: qsTr("Sign out"); implicitHeight: Theme.touchTarget; DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole }
            }
            onAccepted: root.app.signOut()
        }
    }

    // A file edited in QGIS: offer to record the edits as history (W2.7). Made when there is one.
    DialogLoader {
        id: adoptDialog
        objectName: "adoptDialogLoader"
        sourceComponent: AdoptDialog {
            objectName: "adoptDialog"
            offer: root.app.outsideEdits
            actor: root.app.session.signedIn ? root.app.session.userName : root.app.outsideEdits.officeName
        }
    }
    Connections {
        target: root.app.outsideEdits
        function onFound() { adoptDialog.open() }
    }

    InventoryErrorBanner {
        id: errorBanner
        objectName: "inventoryErrorBanner"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        visible: !root.app.inventoryOpen
        message: root.app.errorText
        path: root.app.inventoryPath
        onSetUpRequested: root.signInOpen = true
    }
}
