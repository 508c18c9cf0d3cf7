import QtQuick

// A dialog made the first time it is opened, then kept: a crew's start pays for none of the field
// page's dialogs (start-up memory, BM_AppStartMyWork). Name it after its dialog with "Loader" after
// it ("replacementDialogLoader"): the self-test makes the dialog through it and then finds it by name.
Loader {
    active: false
    // The dialog is open (false before it was ever made).
    readonly property bool shown: item !== null && item.visible
    // Makes the dialog if it is not made yet; returns it.
    function make() {
        active = true
        return item
    }
    function open() { make().open() }
}
