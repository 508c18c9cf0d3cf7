import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import GoodCity

// Signed in: the crew's list beside the map (landscape) or above it (portrait), the asset card over
// the map when an asset is open, and the dialogs for the saves.
Item {
    id: root

    required property FieldController field
    readonly property bool portrait: height > width

    // The crew tapped Sign out: the window asks about unsent changes first, as its header menu does.
    signal signOutRequested()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        FieldToolBar {
            Layout.fillWidth: true
            field: root.field
            onRouteRequested: root.field.planRoute()
            onRouteCleared: root.field.clearRoute()
            onProposeRequested: proposeDialog.open()
            onScanRequested: scanDialog.open()
            onSignOutRequested: root.signOutRequested()
        }

        DraftBanner {
            Layout.fillWidth: true
            drafts: root.field.drafts.pending
            formOpen: replaceDialog.shown || cannotDialog.shown || proposeDialog.shown
            onResumeRequested: (form, uuid) => {
                if (form === "proposePlace") {
                    proposeDialog.open()
                } else if (root.field.openAsset(uuid)) {
                    if (form === "replacement")
                        replaceDialog.start()
                    else
                        cannotDialog.open()
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: root.portrait ? 1 : 2
            rowSpacing: 0
            columnSpacing: 0

            WorkListPane {
                Layout.fillHeight: !root.portrait
                Layout.fillWidth: root.portrait
                Layout.preferredWidth: root.portrait ? -1 : Math.max(360, root.width * 0.36)
                Layout.preferredHeight: root.portrait ? root.height * 0.42 : -1
                model: root.field.work
                hasPosition: root.field.hasPosition
                routeMetres: root.field.routeLength
                onAssetChosen: uuid => root.field.openAsset(uuid)
                onRouteLeft: root.field.clearRoute()
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true
                RouteMap {
                    id: routeMap
                    anchors.fill: parent
                    inventoryPath: root.field.app ? root.field.app.inventoryPath : ""
                    basemap: root.field.app ? root.field.app.basemap : ""
                    route: root.field.route
                    crew: root.field.crew
                    hasPosition: root.field.hasPosition
                    positionX: root.field.positionX
                    positionY: root.field.positionY
                    positionAccuracy: root.field.positionAccuracy
                    // What a sync brought (the office's assignments, a new tablet's whole inventory) and the
                    // crew's own saves show at once (outside finding F4: the map kept yesterday's work).
                    Connections {
                        target: root.field.app
                        function onStatsChanged() { routeMap.reload() }
                    }
                }
                AssetDetail {
                    anchors.fill: parent
                    visible: root.field.currentAsset.uuid !== undefined
                    asset: root.field.currentAsset
                    // Re-read on every fix and every new card: metres, bearing and its words.
                    distance: root.field.hasPosition && root.field.currentAsset.x !== undefined
                              ? root.field.distanceTo(root.field.currentAsset.x, root.field.currentAsset.y) : ({})
                    onCloseRequested: root.field.closeAsset()
                    onReplaceRequested: replaceDialog.start()
                    onCannotInstallRequested: cannotDialog.open()
                }
            }
        }
    }

    // Made the first time each is opened (DialogLoader), not with the page.
    DialogLoader {
        id: replaceDialog
        objectName: "replacementDialogLoader"
        sourceComponent: ReplacementDialog { objectName: "replacementDialog"; field: root.field }
        function start() { make().start() }
    }
    DialogLoader {
        id: cannotDialog
        objectName: "cannotInstallDialogLoader"
        sourceComponent: CannotInstallDialog { objectName: "cannotInstallDialog"; field: root.field }
    }
    DialogLoader {
        id: proposeDialog
        objectName: "proposePlaceDialogLoader"
        sourceComponent: ProposePlaceDialog {
            objectName: "proposePlaceDialog"
            field: root.field
            mapX: routeMap.centerX
            mapY: routeMap.centerY
        }
    }
    DialogLoader {
        id: scanDialog
        objectName: "qrScanDialogLoader"
        sourceComponent: QrScanDialog { objectName: "qrScanDialog"; field: root.field }
    }
    Connections {
        target: root.field
        function onQrFailed(message) { if (!scanDialog.shown) toast.show(message) }
        function onSaved(what) { toast.show(what === "proposal" ? qsTr("Proposal saved; it waits for the office.") : qsTr("Saved on this tablet.")) }
    }
    Toast { id: toast }
}
