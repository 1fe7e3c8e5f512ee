import QtQuick
import QtQuick.Controls
import QtTest
import Qadam.Models
import Qadam.Ui

// Today as a probation officer on a real generated store, phone-sized: record "attended" in two
// taps ("Attended" on the row, "Confirm" in the question) and see the row leave the list and the
// overdue/due counts drop; "Other outcome…" opens the record page for the same appearance.
TestCase {
    id: test
    name: "OfficerToday"
    when: windowShown
    visible: true // TestCase is hidden by default; pages under it must be shown to be tapped
    width: 390
    height: 844

    Component {
        id: pageComponent
        TodayPage { width: test.width; height: test.height }
    }
    Component { id: modelComponent; TodayModel { } }

    property var opened: []
    Connections {
        target: Nav
        function onOpenRequested(page, properties) { test.opened.push({ page: page, properties: properties }) }
    }

    function init() { opened = [] }

    /** The visible button labelled `text` under `item` (depth first). */
    function findButton(item, text) {
        if (!item)
            return null
        if (item.text === text && item.visible && typeof item.clicked === "function")
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findButton(item.children[i], text)
            if (found)
                return found
        }
        return null
    }

    /** The delegate of the first probation appearance this officer can mark attended. */
    function attendableRow(list) {
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const item = list.itemAtIndex(i)
            if (item && item.kind === "appearance" && item.canAttend && item.channel === "probation")
                return item
        }
        return null
    }

    function rowListed(list, key) {
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const item = list.itemAtIndex(i)
            if (item && item.personId === key.personId && item.channel === key.channel && item.dueOn === key.dueOn)
                return true
        }
        return false
    }

    function loadedPage() {
        const page = createTemporaryObject(pageComponent, test)
        const list = findChild(page, "todayList")
        verify(list)
        tryVerify(() => list.count > 0, 30000, "Today lists the officer's appearances")
        tryVerify(() => list.itemAtIndex(0) !== null, 30000, "the first row is on screen") // delegates follow the model
        return { page: page, list: list }
    }

    function test_attendedInTwoTaps() {
        const { page, list } = loadedPage()
        const counts = createTemporaryObject(modelComponent, test)
        tryVerify(() => !counts.loading && counts.count === list.count, 30000)
        const before = counts.count

        const row = attendableRow(list)
        verify(row, "a row offers Attended")
        const key = { personId: row.personId, channel: row.channel, dueOn: row.dueOn }
        const attend = findChild(row, "attendButton")
        verify(attend && attend.visible)

        mouseClick(attend)                                          // tap 1
        tryVerify(() => page.attendQuestion.opened, 30000, "the question is shown")
        const confirm = findButton(page.attendQuestion.footer, "Confirm")
        verify(confirm, "the question offers Confirm")
        mouseClick(confirm)                                         // tap 2

        const snackbar = findChild(page, "snackbar")
        tryVerify(() => snackbar.visible && snackbar.message === "Attendance recorded", 30000)
        tryVerify(() => !rowListed(list, key), 30000, "the attended row leaves Today")
        tryCompare(counts, "count", before - 1, 30000)
        verify(counts.indexOfAppearance(key.personId, key.channel) < 0
               || !rowListed(list, key))
        compare(opened.length, 0) // no page was opened on the way
    }

    function test_otherOutcomeOpensTheRecordPage() {
        const { page, list } = loadedPage()
        const row = attendableRow(list)
        verify(row)
        const other = findChild(row, "otherOutcomeButton")
        verify(other && other.visible)
        mouseClick(other)
        compare(opened.length, 1)
        compare(opened[0].page, "RecordAppearancePage")
        compare(opened[0].properties.personId, row.personId)
        compare(opened[0].properties.dueOn, row.dueOn)
        verify(opened[0].properties.canExcuse)
    }

    function test_tappingARowOpensThePerson() {
        const { page, list } = loadedPage()
        const first = list.itemAtIndex(0)
        verify(first)
        mouseClick(first, first.width / 2, Theme.spacing)
        compare(opened.length, 1)
        compare(opened[0].page, "PersonPage")
        compare(opened[0].properties.personId, first.personId)
    }
}
