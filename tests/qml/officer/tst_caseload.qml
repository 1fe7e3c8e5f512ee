import QtQuick
import QtQuick.Controls
import QtTest
import Qadam.Models
import Qadam.Ui

// Caseload as a probation officer on a real generated store: type part of a name (Cyrillic, then
// the same name in Latin letters) and see the list narrow to the same people; an unknown name
// shows the empty state; tapping a person opens PersonPage.
TestCase {
    id: test
    name: "OfficerCaseload"
    when: windowShown
    visible: true // TestCase is hidden by default; pages under it must be shown to be tapped
    width: 390
    height: 844

    Component {
        id: pageComponent
        CaseloadPage { width: test.width; height: test.height }
    }

    property var opened: []
    Connections {
        target: Nav
        function onOpenRequested(page, properties) { test.opened.push({ page: page, properties: properties }) }
    }

    function init() { opened = [] }

    function names(list) {
        const out = []
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            out.push(list.itemAtIndex(i).personId)
        }
        return out.sort()
    }

    function typeText(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_Backspace)
        for (let i = 0; i < text.length; ++i) {
            if (text.charCodeAt(i) < 128)
                keyClick(text[i])
            else
                field.insert(field.cursorPosition, text[i]) // QTest types ASCII keys only
        }
    }

    function loadedPage() {
        const page = createTemporaryObject(pageComponent, test)
        const list = findChild(page, "caseloadList")
        tryVerify(() => list.count > 0, 30000, "the caseload is listed")
        tryVerify(() => list.itemAtIndex(0) !== null, 30000, "the first row is on screen") // delegates follow the model
        return { page: page, list: list, search: findChild(page, "searchField") }
    }

    function test_typingFiltersTheList() {
        const { page, list, search } = loadedPage()
        const everyone = list.count
        const row0 = list.itemAtIndex(0)
        const first = { personId: row0.personId, name: row0.name, altName: row0.altName } // delegates are reused
        // The first person's surname as shown (Latin in English, Cyrillic in Kazakh and Russian):
        // the list narrows and keeps them.
        const surname = first.name.split(" ")[0]
        typeText(search, surname)
        tryVerify(() => list.count < everyone && list.count > 0, 30000, "typing narrows the list")
        const byCyrillic = names(list)
        verify(byCyrillic.indexOf(first.personId) >= 0)
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            const row = list.itemAtIndex(i)
            verify((row.name + " " + row.altName).indexOf(surname) >= 0, row.name)
        }

        // The same surname in the other alphabet finds the same people.
        if (first.altName !== "") {
            typeText(search, first.altName.split(" ")[0])
            tryVerify(() => JSON.stringify(names(list)) === JSON.stringify(byCyrillic), 30000,
                      "Latin finds the same people")
        }

        typeText(search, "Zzyzx")
        tryCompare(list, "count", 0, 30000)
        const label = findChild(page, "countLabel")
        tryVerify(() => label.text.indexOf("0 of") === 0, 30000)

        search.selectAll()
        keyClick(Qt.Key_Backspace)
        tryCompare(list, "count", everyone, 30000)
    }

    function test_tappingAPersonOpensThePersonPage() {
        const { page, list } = loadedPage()
        const row = list.itemAtIndex(0)
        const personId = row.personId
        mouseClick(row)
        compare(opened.length, 1)
        compare(opened[0].page, "PersonPage")
        compare(opened[0].properties.personId, personId)
    }

    function test_overdueFilterNarrows() {
        const { page, list } = loadedPage()
        const everyone = list.count
        const toggle = findChild(page, "filtersToggle")
        if (toggle.visible)
            mouseClick(toggle)                      // a phone folds the filters away
        const overdue = findChild(page, "overdueOnly")
        tryVerify(() => overdue.visible && overdue.height > 0
                  && overdue.mapToItem(page, 0, overdue.height).y <= list.mapToItem(page, 0, 0).y,
                  30000, "the overdue filter is shown above the list")
        mouseClick(overdue)
        // Fewer people: the people taken in this month (tests/qml/fixtures) have nothing overdue.
        tryVerify(() => list.count < everyone, 30000)
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            verify(list.itemAtIndex(i).overdue)
        }
    }
}
