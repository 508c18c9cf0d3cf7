pragma Singleton
import QtQuick

// The app's one palette and its sizes: field and office show the same red for "fail", and every
// control meets the touch-target minimum. Pages name a role here, never a hex colour.
QtObject {
    // Brand (좋은 도시 금천 green and gold)
    readonly property color brand: "#00694B"
    readonly property color brandDark: "#1B4332"
    readonly property color brandPale: "#E8F5E9"
    readonly property color accent: "#F2A900"
    readonly property color accentDark: "#B07A00"
    readonly property color info: "#1565C0"

    // Verdicts and states, the same in the field and the office
    readonly property color pass: "#2E7D32"
    readonly property color review: "#E65100"
    readonly property color fail: "#C62828"
    readonly property color warning: "#E65100"
    readonly property color pending: "#EF6C00"
    readonly property color busy: "#F9A825"
    readonly property color unknown: "#BDBDBD"
    readonly property color errorPale: "#FDECEA"

    // Text and surfaces
    readonly property color text: "#212121"
    readonly property color textDim: "#424242"
    readonly property color muted: "#BDBDBD"
    readonly property color divider: "#E0E0E0"
    readonly property color toast: "#323232"
    readonly property color slate: "#37474F"
    readonly property color none: "#00000000"

    // Fill and outline choices for a map layer (LayerDelegate), first = none
    readonly property var layerFills: ["#00000000", "#4000694B", "#401E88E5", "#40F2A900", "#40E53935", "#40757575"]
    readonly property var layerStrokes: ["#00000000", "#00694B", "#1565C0", "#B07A00", "#C62828", "#212121"]

    // Sizes (px): Material's minimum touch target, the larger one for primary actions, the tap area
    // around a map point however small it is drawn.
    readonly property int touchTarget: 48
    readonly property int touchTargetLarge: 56
    readonly property int pointTapTarget: 44

    // A photo verdict's colour: pass, review, fail, error (error reads as fail).
    function verdictColor(verdict) {
        return verdict === "pass" ? pass : verdict === "review" ? review : (verdict === "fail" || verdict === "error") ? fail : unknown
    }
}
