import QtQuick
import GoodCity
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The photo checks in plain words: one line per check with a pass / warning / fail mark.
ColumnLayout {
    id: root

    property var checks: []
    // core::PhotoVerdict's word: pass, review, fail, or error (the photo could not be checked; the dialog
    // shows why in its own line), empty while the check runs.
    property string verdict: ""
    property bool running: false

    spacing: 2

    // A check's words for the crew. A photo without a GPS position only asks for the office's look
    // (the slot profile's location check fails only on a measured distance): a photo picked from a
    // file usually has none, and a tablet without a camera cannot "retake it with location on".
    function words(check) {
        if (check.id === "location" && check.status === "warn" && check.measured === false)
            return qsTr("No GPS position in this photo (a photo picked from a file usually has none). You can still save: the office checks the place from the photo, and an after photo is compared with the before photo. When you take photos with a camera, turn its location on.")
        return check.message
    }

    Label {
        visible: root.running
        text: qsTr("Checking the photo…")
        color: Material.hintTextColor
    }
    Label {
        visible: !root.running && ["pass", "review", "fail"].indexOf(root.verdict) >= 0
        font.bold: true
        color: root.verdict === "pass" ? Theme.pass : (root.verdict === "review" ? Theme.review : Theme.fail)
        text: root.verdict === "pass" ? qsTr("✓ The photo passes")
              : (root.verdict === "review" ? qsTr("! The office will look at this photo") : qsTr("✗ The photo does not pass"))
    }
    Repeater {
        model: root.running ? [] : root.checks
        Label {
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: modelData.status === "fail" ? Theme.fail : (modelData.status === "warn" ? Theme.review : Material.foreground)
            text: (modelData.status === "pass" ? "✓ " : (modelData.status === "warn" ? "! " : "✗ ")) + root.words(modelData)
        }
    }
}
