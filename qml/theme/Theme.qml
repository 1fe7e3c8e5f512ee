pragma Singleton
import QtQuick

// Spacing, colours, type sizes and breakpoints for every page: no magic numbers in pages.
//
// For the other engineers:
// - Colours: text on background/surface meets WCAG AA (4.5:1) for every *text* colour here,
//   including `muted` and the status colours; tints (`*Tint`) are backgrounds only, put the
//   matching strong colour on them for text.
// - Status of an appearance/measure: Theme.statusColor("attended" | "missed" | "excused" |
//   "overdue" | "due" | "upcoming") and Theme.statusTint(...) for the row background.
// - Conflicts (Sync screen): conflictLocal* = this device's value, conflictServer* = the
//   server's value, conflictChosen = the value the person picked.
// - Layout: `phone` width below Theme.compactMaxWidth → one column with bottom navigation;
//   at Theme.expandedMinWidth and wider → navigation rail + master list + detail pane.
//   Pages are shown in a detail pane about 800 px wide on a desktop; keep content within
//   Theme.maxContentWidth for reading comfort.
// - Interactive items: at least Theme.touchTarget (44 px) high and wide.
QtObject {
    // Spacing scale (px).
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacing: 12
    readonly property int spacingL: 16
    readonly property int margin: 24
    readonly property int spacingXl: 32
    readonly property int radius: 8
    readonly property int borderWidth: 1

    // Sizes.
    readonly property int touchTarget: 44
    readonly property int iconSize: 24
    readonly property int railWidth: 88
    readonly property int masterWidth: 380
    readonly property int maxContentWidth: 720
    readonly property int headerHeight: 56
    readonly property int bottomNavHeight: 64

    // Breakpoints (window width, px).
    readonly property int compactMaxWidth: 700     // below: phone, one column, bottom navigation
    readonly property int expandedMinWidth: 1024   // from here: rail + master–detail

    // Type scale (px).
    readonly property int captionSize: 12
    readonly property int smallSize: 13
    readonly property int bodySize: 15
    readonly property int subtitleSize: 17
    readonly property int titleSize: 22
    readonly property int headlineSize: 28

    // Surfaces and text.
    readonly property color background: "#f6f7f9"
    readonly property color surface: "#ffffff"
    readonly property color surfaceAlt: "#eef1f5"
    readonly property color border: "#c9d0da"
    readonly property color divider: "#e1e5eb"
    readonly property color text: "#1d2430"
    readonly property color muted: "#545e6e"
    readonly property color disabled: "#8a93a1"
    readonly property color focus: "#1d5fa8"

    // Brand: calm blue-green, white text on it.
    readonly property color primary: "#1c5d7a"
    readonly property color primaryDark: "#123f54"
    readonly property color textOnPrimary: "#ffffff"
    readonly property color primaryTint: "#e3eff5"
    readonly property color accent: "#2a7d6f"

    // Feedback.
    readonly property color ok: "#1e7a46"
    readonly property color okTint: "#e4f3ea"
    readonly property color warning: "#8a5300"
    readonly property color warningTint: "#fdf1dc"
    readonly property color danger: "#b3261e"
    readonly property color dangerTint: "#fbe9e7"
    readonly property color info: "#1d5fa8"
    readonly property color infoTint: "#e6effa"

    // Appearance and measure status (strong colour for text and icons, tint for backgrounds).
    readonly property color attended: ok
    readonly property color attendedTint: okTint
    readonly property color missed: danger
    readonly property color missedTint: dangerTint
    readonly property color overdue: warning
    readonly property color overdueTint: warningTint
    readonly property color excused: "#5a4a8a"
    readonly property color excusedTint: "#eeeaf7"
    readonly property color due: info
    readonly property color dueTint: infoTint

    // Sync conflicts.
    readonly property color conflictLocal: "#7a3f00"
    readonly property color conflictLocalTint: "#fff3e0"
    readonly property color conflictServer: "#1d5fa8"
    readonly property color conflictServerTint: "#e6effa"
    readonly property color conflictChosen: ok
    readonly property color conflictChosenTint: okTint

    // Connection indicator.
    readonly property color online: ok
    readonly property color offline: "#6b7483"

    function statusColor(status) {
        switch (status) {
        case "attended": case "done": case "completed": return attended
        case "missed": return missed
        case "excused": return excused
        case "overdue": return overdue
        case "due": case "upcoming": return due
        }
        return muted
    }

    function statusTint(status) {
        switch (status) {
        case "attended": case "done": case "completed": return attendedTint
        case "missed": return missedTint
        case "excused": return excusedTint
        case "overdue": return overdueTint
        case "due": case "upcoming": return dueTint
        }
        return surfaceAlt
    }
}
