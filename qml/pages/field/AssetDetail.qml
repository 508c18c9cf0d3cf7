import QtQuick
import GoodCity
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The asset card: what it is, how the mark goes on, its photos and its history, and the two field
// actions.
Pane {
    id: root

    required property var asset
    // From the crew's fix to the asset ({metres, degrees, text}); empty without a fix.
    property var distance: ({})

    signal closeRequested()
    signal replaceRequested()
    signal cannotInstallRequested()

    // A photo's role in the crew's words, not the stored code (outside finding F7: "before", "cannot_install").
    function roleLabel(role) {
        switch (role) {
        case "before": return qsTr("Before")
        case "after": return qsTr("After")
        case "cannot_install": return qsTr("Cannot install")
        case "proposal": return qsTr("New place")
        default: return role
        }
    }
    function historyText(h) {
        switch (h.kind) {
        case "asset.created": return qsTr("Registered")
        case "asset.updated": return qsTr("Details changed")
        case "asset.status": return qsTr("Status: %1").arg(h.statusLabel) + (h.reason ? " — " + h.reason : "")
                                    + (h.note ? " — " + qsTr("Note: %1").arg(h.note) : "")
        case "photo.added": return qsTr("Photo added (%1)").arg(roleLabel(h.role))
        default: return h.kind
        }
    }

    Material.elevation: 6
    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            ToolButton { implicitWidth: 48; implicitHeight: 48; text: "←"; font.pixelSize: 22; onClicked: root.closeRequested() }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label { text: root.asset.name || root.asset.code || ""; font.pixelSize: 20; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                Label {
                    objectName: "assetDistance"
                    visible: root.distance.text !== undefined
                    text: qsTr("%1 from you").arg(root.distance.text || "")
                    color: Theme.info
                }
                Label { objectName: "assetCodeLine"; text: (root.asset.code || "") + " · " + (root.asset.categoryLabel || "") + " · " + (root.asset.statusLabel || ""); color: Material.hintTextColor }
            }
        }
        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: body.implicitHeight + 16
            ScrollBar.vertical: ScrollBar {}
            ColumnLayout {
                id: body
                x: 16
                width: parent.width - 32
                spacing: 8
                GridLayout {
                    columns: 2
                    columnSpacing: 16
                    Layout.fillWidth: true
                    Label { text: qsTr("Address"); color: Material.hintTextColor }
                    Label { text: root.asset.address || "—"; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Label { text: qsTr("Attachment"); color: Material.hintTextColor }
                    Label { text: root.asset.methodLabel || "—" }
                    Label { text: qsTr("Marks"); color: Material.hintTextColor }
                    Label { text: qsTr("%1 × %2 mm").arg(root.asset.markCount || 0).arg(root.asset.markSize || "?") }
                    Label { text: qsTr("Design"); color: Material.hintTextColor }
                    Label { text: root.asset.variantLabel || "—" }
                    Label { text: qsTr("Due"); color: Material.hintTextColor; visible: !!root.asset.dueDate }
                    Label { text: root.asset.dueDate || ""; visible: !!root.asset.dueDate }
                    Label { text: qsTr("Notes"); color: Material.hintTextColor }
                    Label { text: root.asset.notes || "—"; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    Label { text: qsTr("Reason"); color: Material.hintTextColor; visible: !!root.asset.statusReason }
                    Label { text: root.asset.statusReason || ""; visible: !!root.asset.statusReason; wrapMode: Text.Wrap; Layout.fillWidth: true; color: Theme.fail }
                }
                Label { text: qsTr("Photos"); font.bold: true; visible: photoRow.count > 0 }
                ListView {
                    id: photoRow
                    Layout.fillWidth: true
                    Layout.preferredHeight: count > 0 ? 120 : 0
                    orientation: ListView.Horizontal
                    spacing: 8
                    model: root.asset.photos || []
                    delegate: Image {
                        id: assetPhoto
                        required property var modelData
                        width: 160; height: 120
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                        sourceSize.width: 320
                        source: modelData.url
                        Label { anchors { left: parent.left; bottom: parent.bottom; margins: 4 } text: root.roleLabel(assetPhoto.modelData.role); color: "white"; style: Text.Outline }
                        PhotoZoom { objectName: "photoZoom_asset"; source: parent.source; title: (root.asset.code || "") + " · " + root.roleLabel(assetPhoto.modelData.role) }
                    }
                }
                Label { text: qsTr("History"); font.bold: true }
                Repeater {
                    model: root.asset.history || []
                    Label {
                        required property var modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData.time + " · " + modelData.actor + " · " + root.historyText(modelData)
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8
            spacing: 8
            Button {
                objectName: "replaceButton"
                Layout.fillWidth: true
                implicitHeight: 56
                highlighted: true
                enabled: !!root.asset.canReplace
                text: qsTr("Log replacement")
                onClicked: root.replaceRequested()
            }
            Button {
                objectName: "cannotInstallButton"
                Layout.fillWidth: true
                implicitHeight: 56
                enabled: !!root.asset.canFlag
                text: qsTr("Cannot install")
                onClicked: root.cannotInstallRequested()
            }
        }
    }
}
