import QtQuick
import QtQuick.Controls
import QtTest
import Qadam.Models
import Qadam.Ui

// The calendar date picker (DateField) on "Record an appearance", phone-sized, as a probation
// officer on a real generated store: the new date of an excused appearance is chosen by opening
// the calendar with its button, moving with the arrow keys and pressing Enter — the field then
// holds that day and the controller records the appearance with it. A day outside the field's
// limits (an attendance in the future) cannot be picked by keyboard or by tapping.
TestCase {
    id: test
    name: "OfficerDateField"
    when: windowShown
    visible: true // TestCase is hidden by default; the pages under it must be shown to be tapped
    width: 390
    height: 844

    Component {
        id: pageComponent
        RecordAppearancePage { width: test.width; height: test.height }
    }
    Component { id: todayComponent; TodayModel { } }

    property int backs: 0
    Connections {
        target: Nav
        function onBackRequested() { test.backs += 1 }
    }

    function init() { backs = 0 }

    function isoOf(d) {
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0")
    }
    function plusDays(iso, n) {
        const p = iso.split("-").map(Number)
        return isoOf(new Date(p[0], p[1] - 1, p[2] + n))
    }

    /** A probation appearance on Today that `flag` (CanExcuseRole, CanAttendRole) allows. */
    function appearanceAllowing(flag) {
        const today = createTemporaryObject(todayComponent, test)
        tryVerify(() => !today.loading && today.count > 0, 30000, "Today lists the officer's appearances")
        for (let i = 0; i < today.count; ++i) {
            const at = today.index(i, 0)
            if (today.data(at, TodayModel.KindRole) === "appearance" && today.data(at, flag)
                    && today.data(at, TodayModel.ChannelRole) === "probation")
                return {
                    personId: today.data(at, TodayModel.PersonIdRole), orderId: today.data(at, TodayModel.OrderIdRole),
                    channel: "probation", dueOn: today.data(at, TodayModel.DueOnRole),
                    canAttend: today.data(at, TodayModel.CanAttendRole), canMiss: today.data(at, TodayModel.CanMissRole),
                    canExcuse: today.data(at, TodayModel.CanExcuseRole)
                }
        }
        return null
    }

    /** The calendar cell of `iso` in the open picker of `field`. */
    function dayCell(field, iso) {
        return findChild(field.picker.contentItem, "day_" + iso)
    }

    function test_pickTheNewDateByKeyboard() {
        const row = appearanceAllowing(TodayModel.CanExcuseRole)
        verify(row, "an appearance on Today may be excused")
        const page = createTemporaryObject(pageComponent, test, row)
        mouseClick(findChild(page, "excusedChoice"))
        const field = findChild(page, "newDueField")
        verify(field && field.visible)
        compare(field.text, "")
        // The limit comes from the controller: the day after the due date.
        const earliest = plusDays(row.dueOn, 1)
        compare(field.minimumDate, earliest)

        const button = findChild(field, "calendarButton")
        verify(button && button.visible && button.enabled)
        verify(button.width >= Theme.touchTarget && button.height >= Theme.touchTarget, "the calendar button is a touch target")
        compare(button.Accessible.name, "Pick from a calendar: New date of the appearance")
        mouseClick(button)
        tryVerify(() => field.picker.opened, 5000, "the calendar opens from its button")
        // It opens on today, or on the earliest allowed day when today is before it.
        const start = field.todayIso < earliest ? earliest : field.todayIso
        compare(field.picker.cursor, start)
        verify(dayCell(field, start), "the month of the cursor is shown")

        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Down) // a week on
        const wanted = plusDays(start, 8)
        compare(field.picker.cursor, wanted)
        keyClick(Qt.Key_Return)
        tryVerify(() => !field.picker.visible, 5000, "Enter picks the day and closes the calendar")
        compare(field.text, wanted)

        // The controller records the excused appearance with the picked date.
        mouseClick(findChild(page, "saveButton"))
        tryVerify(() => test.backs === 1, 30000, "the excused appearance was not recorded")
    }

    function test_outsideTheLimitsCannotBePicked() {
        const row = appearanceAllowing(TodayModel.CanAttendRole)
        verify(row, "an appearance on Today may be marked attended")
        const page = createTemporaryObject(pageComponent, test, row)
        mouseClick(findChild(page, "attendedChoice"))
        const field = findChild(page, "occurredField")
        verify(field && field.visible)
        const today = field.todayIso
        compare(field.text, today)
        compare(field.maximumDate, today) // an attendance is not in the future

        // Alt+Down in the field opens the calendar too.
        field.forceActiveFocus()
        keyClick(Qt.Key_Down, Qt.AltModifier)
        tryVerify(() => field.picker.opened, 5000, "Alt+Down opens the calendar")
        compare(field.picker.cursor, today)
        keyClick(Qt.Key_Right) // tomorrow is out of bounds: the cursor stays
        compare(field.picker.cursor, today)

        // Tapping tomorrow does nothing either.
        const tomorrow = dayCell(field, plusDays(today, 1))
        verify(tomorrow, "tomorrow is shown in the grid")
        verify(!tomorrow.allowed)
        mouseClick(tomorrow)
        verify(field.picker.opened, "a day out of bounds closed the calendar")
        compare(field.text, today)
        compare(field.pick(plusDays(today, 1)), false)
        compare(field.text, today)

        // Yesterday is fine; Escape closes without a change.
        keyClick(Qt.Key_Left)
        compare(field.picker.cursor, plusDays(today, -1))
        keyClick(Qt.Key_Escape)
        tryVerify(() => !field.picker.visible, 5000, "Escape closes the calendar")
        compare(field.text, today)
        compare(test.backs, 0) // Escape in the calendar does not leave the page
    }
}
