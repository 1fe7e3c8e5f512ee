pragma Singleton
import QtQuick

// Spacing, colours and type sizes for every page: no magic numbers in pages.
QtObject {
    readonly property int spacing: 12
    readonly property int margin: 24
    readonly property int touchTarget: 44
    readonly property int titleSize: 22
    readonly property int bodySize: 15
    readonly property color background: "#f6f7f9"
    readonly property color text: "#1d2430"
    readonly property color muted: "#5b6575"
    readonly property color ok: "#1e7a46"
    readonly property color danger: "#b3261e"
}
