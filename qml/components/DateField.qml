import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Qadam.Models
import Qadam.Ui

// A date typed as year-month-day (ISO), with a calendar button that opens a month grid to pick
// one. It is a TextField: `text`, `editingFinished`, `objectName`, `Accessible.name` work as on
// any text field, and typing a date still works. The controller that receives the text stays the
// judge of it; `minimumDate`/`maximumDate` (ISO, empty for none) only keep the picker from
// offering days the controller is known to refuse — pass them from the controller, never compute
// a rule here.
//   DateField {
//       objectName: "dateField"
//       Accessible.name: qsTr("Date of the session")
//       maximumDate: controller.today
//   }
// Keyboard: Alt+Down (or F4) in the field opens the calendar; in it the arrow keys move by a day
// or a week, Page Up/Down by a month, Home/End to the month's first/last day, Enter or Space
// picks, Escape closes without a change.
TextField {
    id: field

    /** ISO dates, inclusive; empty: no limit. */
    property string minimumDate
    property string maximumDate
    /** Today (ISO) on the session's clock: highlighted in the calendar. Pass the controller's. */
    property string today: Qt.formatDate(new Date(), "yyyy-MM-dd")
    /** The limits that apply: a limit that is not a valid date (yet) is no limit. */
    /** `today` when it is a date, else the device's. */
    readonly property string todayIso: dateMath.valid(today) ? today : dateMath.ofDate(new Date())
    readonly property string lower: dateMath.valid(minimumDate) ? minimumDate : ""
    readonly property string upper: dateMath.valid(maximumDate) ? maximumDate : ""
    readonly property alias picker: popup

    /** A day was picked in the calendar (the text is already set). */
    signal picked(string isoDate)

    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhDate
    //: Date format hint: year-month-day
    placeholderText: qsTr("YYYY-MM-DD")
    rightPadding: calendarButton.width + Theme.spacingXs
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding, Theme.touchTarget)

    Keys.onPressed: event => {
        if ((event.key === Qt.Key_Down && (event.modifiers & Qt.AltModifier)) || event.key === Qt.Key_F4) {
            field.openPicker()
            event.accepted = true
        }
    }

    /** Opens the calendar on the typed date (else today), kept inside the limits. */
    function openPicker() {
        if (!field.enabled || field.readOnly)
            return
        const typed = dateMath.valid(field.text.trim()) ? field.text.trim() : field.todayIso
        popup.moveTo(dateMath.clamp(typed, field.lower, field.upper))
        popup.open()
    }

    /** Whether the calendar lets `iso` be picked (inside the limits). */
    function allows(iso) {
        return dateMath.valid(iso) && (field.lower === "" || iso >= field.lower)
            && (field.upper === "" || iso <= field.upper)
    }

    /** Writes `iso` into the field as if typed and closes the calendar; refused outside the limits. */
    function pick(iso) {
        if (!field.allows(iso))
            return false
        field.text = iso
        popup.close()
        field.picked(iso)
        field.editingFinished()
        return true
    }

    // Calendar arithmetic on ISO strings (local dates, no time zone involved).
    QtObject {
        id: dateMath
        function pad(n) { return (n < 10 ? "0" : "") + n }
        function iso(y, m, d) { return y + "-" + pad(m + 1) + "-" + pad(d) }
        function ofDate(d) { return iso(d.getFullYear(), d.getMonth(), d.getDate()) }
        function parts(text) {
            const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
            return m ? { y: Number(m[1]), m: Number(m[2]) - 1, d: Number(m[3]) } : null
        }
        function valid(text) {
            const p = parts(text)
            if (!p)
                return false
            const d = new Date(p.y, p.m, p.d)
            return d.getFullYear() === p.y && d.getMonth() === p.m && d.getDate() === p.d
        }
        function addDays(text, n) { const p = parts(text); return ofDate(new Date(p.y, p.m, p.d + n)) }
        function addMonths(text, n) {
            const p = parts(text)
            const last = new Date(p.y, p.m + n + 1, 0).getDate() // the target month's last day
            return ofDate(new Date(p.y, p.m + n, Math.min(p.d, last)))
        }
        function monthStart(text) { const p = parts(text); return iso(p.y, p.m, 1) }
        function monthEnd(text) { const p = parts(text); return ofDate(new Date(p.y, p.m + 1, 0)) }
        function clamp(text, min, max) {
            if (min !== "" && valid(min) && text < min)
                return min
            if (max !== "" && valid(max) && text > max)
                return max
            return text
        }
    }

    ToolButton {
        id: calendarButton
        objectName: "calendarButton"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touchTarget
        height: Theme.touchTarget
        enabled: field.enabled && !field.readOnly
        focusPolicy: Qt.StrongFocus
        Accessible.name: field.Accessible.name !== ""
                         //: Screen-reader name of the button beside a date field that opens a calendar; %1 the field's name
                         ? qsTr("Pick from a calendar: %1").arg(field.Accessible.name)
                         //: Screen-reader name of the button beside a date field that opens a calendar
                         : qsTr("Pick from a calendar")
        onClicked: field.openPicker()
        contentItem: Item {
            implicitWidth: Theme.iconSize
            implicitHeight: Theme.iconSize
            // A calendar sheet: a frame, a header band, two rings and a grid of days.
            Rectangle {
                id: sheet
                anchors.centerIn: parent
                width: 18
                height: 17
                radius: 2
                color: "transparent"
                border.width: 2
                border.color: calendarButton.enabled ? Theme.primary : Theme.disabled
                Rectangle {
                    width: parent.width
                    height: 5
                    radius: 2
                    color: sheet.border.color
                }
                Grid {
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: 7
                    columns: 3
                    spacing: 2
                    Repeater {
                        model: 6
                        Rectangle { width: 3; height: 3; color: sheet.border.color }
                    }
                }
            }
            Repeater {
                model: 2
                Rectangle {
                    required property int index
                    x: sheet.x + 4 + index * 8
                    y: sheet.y - 2
                    width: 2
                    height: 5
                    color: sheet.border.color
                }
            }
        }
    }

    Popup {
        id: popup
        objectName: "datePicker"

        /** The day the keyboard is on (ISO); the month shown is its month. */
        property string cursor: field.todayIso
        readonly property int year: Number(cursor.substring(0, 4))
        readonly property int month: Number(cursor.substring(5, 7)) - 1
        readonly property var calendarLocale: Session ? Qt.locale(Session.language) : Qt.locale()

        function moveTo(iso) { popup.cursor = iso }
        function moveBy(days) {
            const next = dateMath.addDays(popup.cursor, days)
            if (field.allows(next))
                popup.cursor = next
        }
        function moveMonths(months) {
            const next = dateMath.clamp(dateMath.addMonths(popup.cursor, months), field.lower, field.upper)
            popup.cursor = next
        }

        x: Math.min(0, field.width - width)
        y: field.height + Theme.spacingXs
        margins: Theme.spacingS
        padding: Theme.spacingS
        modal: true
        dim: false
        focus: true
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        onOpened: grid.forceActiveFocus()
        onClosed: field.forceActiveFocus()

        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.border
        }

        contentItem: ColumnLayout {
            spacing: Theme.spacingXs
            Accessible.role: Accessible.Dialog
            //: Screen-reader name of the calendar opened from a date field; %1 the field's name
            Accessible.name: qsTr("Calendar: %1").arg(field.Accessible.name)

            RowLayout {
                Layout.fillWidth: true
                spacing: 0
                ToolButton {
                    objectName: "previousMonth"
                    text: "‹"
                    font.pixelSize: Theme.titleSize
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    enabled: field.lower === "" || dateMath.monthStart(popup.cursor) > field.lower
                    focusPolicy: Qt.NoFocus
                    //: Calendar button: shows the month before
                    Accessible.name: qsTr("Previous month")
                    onClicked: popup.moveMonths(-1)
                }
                Label {
                    objectName: "monthTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: {
                        const name = popup.calendarLocale.standaloneMonthName(popup.month, Locale.LongFormat)
                        return name.charAt(0).toUpperCase() + name.slice(1) + " " + popup.year
                    }
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ToolButton {
                    objectName: "nextMonth"
                    text: "›"
                    font.pixelSize: Theme.titleSize
                    Layout.preferredWidth: Theme.touchTarget
                    Layout.preferredHeight: Theme.touchTarget
                    enabled: field.upper === "" || dateMath.monthEnd(popup.cursor) < field.upper
                    focusPolicy: Qt.NoFocus
                    //: Calendar button: shows the month after
                    Accessible.name: qsTr("Next month")
                    onClicked: popup.moveMonths(1)
                }
            }

            DayOfWeekRow {
                Layout.fillWidth: true
                locale: popup.calendarLocale
                delegate: Label {
                    required property string shortName
                    text: shortName
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.captionSize
                    color: Theme.muted
                }
            }

            MonthGrid {
                id: grid
                objectName: "monthGrid"
                Layout.fillWidth: true
                month: popup.month
                year: popup.year
                locale: popup.calendarLocale
                spacing: 0
                focus: true
                activeFocusOnTab: true
                Accessible.role: Accessible.Table
                Accessible.name: popup.calendarLocale.standaloneMonthName(popup.month, Locale.LongFormat) + " " + popup.year

                Keys.onPressed: event => {
                    switch (event.key) {
                    case Qt.Key_Left: popup.moveBy(-1); break
                    case Qt.Key_Right: popup.moveBy(1); break
                    case Qt.Key_Up: popup.moveBy(-7); break
                    case Qt.Key_Down: popup.moveBy(7); break
                    case Qt.Key_PageUp: popup.moveMonths(-1); break
                    case Qt.Key_PageDown: popup.moveMonths(1); break
                    case Qt.Key_Home:
                        popup.cursor = dateMath.clamp(dateMath.monthStart(popup.cursor), field.lower, field.upper); break
                    case Qt.Key_End:
                        popup.cursor = dateMath.clamp(dateMath.monthEnd(popup.cursor), field.lower, field.upper); break
                    case Qt.Key_Return:
                    case Qt.Key_Enter:
                    case Qt.Key_Space: field.pick(popup.cursor); break
                    case Qt.Key_Escape: popup.close(); break
                    default: return
                    }
                    event.accepted = true
                }

                delegate: Rectangle {
                    id: cell
                    required property int day
                    required property int month
                    required property int year
                    readonly property string iso: dateMath.iso(year, month, day)
                    readonly property bool allowed: field.allows(iso)
                    readonly property bool selected: iso === field.text.trim()
                    readonly property bool current: iso === popup.cursor
                    readonly property bool isToday: iso === field.todayIso
                    readonly property bool inMonth: month === grid.month

                    objectName: "day_" + iso
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    radius: height / 2
                    color: selected ? Theme.primary : current ? Theme.primaryTint : "transparent"
                    border.width: isToday ? 2 : (current && grid.activeFocus ? Theme.borderWidth : 0)
                    border.color: isToday ? Theme.accent : Theme.focus
                    Accessible.role: Accessible.Button
                    Accessible.name: new Date(year, month, day).toLocaleDateString(popup.calendarLocale, Locale.LongFormat)
                    Accessible.selected: selected
                    Accessible.focused: current && grid.activeFocus
                    Accessible.onPressAction: field.pick(iso)

                    Label {
                        anchors.centerIn: parent
                        text: cell.day
                        font.pixelSize: Theme.bodySize
                        font.bold: cell.isToday || cell.selected
                        font.strikeout: !cell.allowed
                        color: cell.selected ? Theme.textOnPrimary
                             : !cell.allowed ? Theme.disabled
                             : cell.inMonth ? Theme.text : Theme.muted
                        opacity: cell.inMonth || cell.selected ? 1 : 0.7
                    }
                    TapHandler {
                        enabled: cell.allowed
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: field.pick(cell.iso)
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: field.lower !== "" || field.upper !== ""
                text: field.lower !== "" && field.upper !== ""
                      //: Under the calendar: the days that may be chosen; %1 and %2 dates (YYYY-MM-DD)
                      ? qsTr("From %1 to %2").arg(field.lower).arg(field.upper)
                      : field.lower !== ""
                      //: Under the calendar: the earliest day that may be chosen (YYYY-MM-DD)
                      ? qsTr("From %1").arg(field.lower)
                      //: Under the calendar: the latest day that may be chosen (YYYY-MM-DD)
                      : qsTr("Until %1").arg(field.upper)
                font.pixelSize: Theme.captionSize
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
    }
}
